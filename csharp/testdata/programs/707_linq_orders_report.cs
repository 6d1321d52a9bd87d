// checks: LINQ pipeline on an order list: Where/GroupBy/Select with anonymous types, Sum/Average/Count/Max, OrderByDescending then ThenBy, ToDictionary, First/FirstOrDefault/Any/All, SelectMany over lines, Distinct, deferred execution seeing later additions
using System;
using System.Collections.Generic;
using System.Linq;

class Line { public string Sku; public int Qty; public decimal Price; }
class Order { public int Id; public string Customer; public string City; public List<Line> Lines = new List<Line>(); public decimal Total => Lines.Sum(l => l.Qty * l.Price); }

class Program
{
    static void Main()
    {
        var orders = new List<Order>
        {
            new Order { Id = 1, Customer = "ann", City = "Oslo", Lines = { new Line { Sku = "A", Qty = 2, Price = 9.99m }, new Line { Sku = "B", Qty = 1, Price = 25m } } },
            new Order { Id = 2, Customer = "bob", City = "Rome", Lines = { new Line { Sku = "A", Qty = 10, Price = 9.50m } } },
            new Order { Id = 3, Customer = "ann", City = "Oslo", Lines = { new Line { Sku = "C", Qty = 3, Price = 4.25m } } },
            new Order { Id = 4, Customer = "cid", City = "Rome", Lines = { } },
            new Order { Id = 5, Customer = "dan", City = "Bern", Lines = { new Line { Sku = "B", Qty = 4, Price = 25m }, new Line { Sku = "C", Qty = 1, Price = 4.25m } } },
        };

        var byCustomer = orders.GroupBy(o => o.Customer)
            .Select(g => new { Customer = g.Key, Count = g.Count(), Total = g.Sum(o => o.Total) })
            .OrderByDescending(x => x.Total).ThenBy(x => x.Customer);
        foreach (var c in byCustomer)
            Console.WriteLine($"{c.Customer,-5}{c.Count,3}{c.Total,10:F2}");

        var perCity = orders.GroupBy(o => o.City).ToDictionary(g => g.Key, g => g.Select(o => o.Id).ToList());
        foreach (var kv in perCity)
            Console.WriteLine(kv.Key + ": " + string.Join(",", kv.Value));

        var skus = orders.SelectMany(o => o.Lines).Select(l => l.Sku).Distinct().OrderBy(s => s);
        Console.WriteLine(string.Join(" ", skus));

        var qtyBySku = orders.SelectMany(o => o.Lines, (o, l) => new { o.Customer, l.Sku, l.Qty })
            .GroupBy(x => x.Sku, x => x.Qty)
            .Select(g => g.Key + "=" + g.Sum());
        Console.WriteLine(string.Join(", ", qtyBySku));

        Console.WriteLine(orders.Max(o => o.Total));
        Console.WriteLine(orders.Where(o => o.Lines.Count > 0).Min(o => o.Total));
        Console.WriteLine(orders.Average(o => o.Lines.Count));
        Console.WriteLine(orders.Any(o => o.Lines.Count == 0) + " " + orders.All(o => o.Id > 0));
        Console.WriteLine(orders.First(o => o.City == "Rome").Id);
        Console.WriteLine(orders.FirstOrDefault(o => o.City == "Paris") == null);
        Console.WriteLine(orders.Count(o => o.Total > 20m));

        var big = orders.Where(o => o.Total > 50m).Select(o => o.Id);
        Console.WriteLine(string.Join(",", big));
        orders.Add(new Order { Id = 6, Customer = "eve", City = "Oslo", Lines = { new Line { Sku = "Z", Qty = 1, Price = 100m } } });
        Console.WriteLine(string.Join(",", big));

        var top2 = orders.OrderByDescending(o => o.Total).Take(2).Select(o => o.Customer + ":" + o.Total);
        Console.WriteLine(string.Join(" ", top2));
        var avgLine = orders.SelectMany(o => o.Lines).Average(l => l.Price);
        Console.WriteLine(avgLine.ToString("F4"));
    }
}
