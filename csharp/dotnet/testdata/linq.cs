using System;
using System.Collections.Generic;
using System.Linq;

class Person
{
    public string Name { get; set; }
    public int Age { get; set; }
    public string City { get; set; }
}

class Program
{
    static void Main()
    {
        var nums = new List<int> { 5, 3, 8, 1, 9, 2 };
        Console.WriteLine(string.Join(",", nums.Where(n => n > 2).Select(n => n * 10)));
        Console.WriteLine(nums.Any(n => n > 8) + " " + nums.All(n => n > 0) + " " + nums.Count(n => n % 2 == 1));
        Console.WriteLine(nums.First() + " " + nums.Last() + " " + nums.FirstOrDefault(n => n > 100));
        Console.WriteLine(nums.Sum() + " " + nums.Min() + " " + nums.Max() + " " + nums.Average());
        Console.WriteLine(string.Join(",", nums.OrderBy(n => n)) + " | " + string.Join(",", nums.OrderByDescending(n => n).Take(2)));
        Console.WriteLine(string.Join(",", nums.Skip(4)) + " | " + string.Join(",", Enumerable.Range(1, 5).Reverse()));
        var people = new[] {
            new Person { Name = "Ann", Age = 30, City = "Berlin" },
            new Person { Name = "Bob", Age = 25, City = "Paris" },
            new Person { Name = "Cid", Age = 30, City = "Berlin" },
            new Person { Name = "Dan", Age = 25, City = "Rome" },
        };
        foreach (var p in people.OrderBy(p => p.Age).ThenByDescending(p => p.Name)) Console.Write(p.Name + " ");
        Console.WriteLine();
        foreach (var g in people.GroupBy(p => p.City)) Console.Write(g.Key + ":" + g.Count() + " ");
        Console.WriteLine();
        var byName = people.ToDictionary(p => p.Name, p => p.Age);
        Console.WriteLine(byName["Cid"] + " " + people.Select(p => p.City).Distinct().Count());
        Console.WriteLine(people.Sum(p => p.Age) + " " + people.Max(p => p.Age) + " " + people.Average(p => p.Age));
        var words = new[] { "a", "bb", "a", "ccc" };
        Console.WriteLine(string.Join(",", words.Distinct()) + " " + words.Contains("bb"));
        Console.WriteLine(string.Join(",", words.Zip(nums, (w, n) => w + n)));
        Console.WriteLine(words.Aggregate((x, y) => x + "-" + y) + " " + nums.Aggregate(0, (acc, n) => acc + n));
        Console.WriteLine(string.Join(",", new[] { new[] { 1, 2 }, new[] { 3 } }.SelectMany(x => x)));
        Console.WriteLine(string.Join(",", nums.Concat(new[] { 0 }).ToArray()) + " " + nums.ToList().Count);
        try { new List<int>().First(); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        try { nums.Single(n => n > 4); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        var lazy = nums.Where(n => { Console.Write("?"); return n > 4; });
        Console.WriteLine("deferred");
        Console.WriteLine(lazy.First());
        object[] mixed = { 1, "two", 3, "four" };
        Console.WriteLine(string.Join(",", mixed.OfType<string>()));
        Console.WriteLine(nums.SequenceEqual(new[] { 5, 3, 8, 1, 9, 2 }) + " " + Enumerable.Repeat("x", 3).Count());
        Console.WriteLine(new[] { 1.5m, 2.25m }.Sum() + " " + new[] { 0.5, 0.25 }.Sum());
    }
}
// Output:
// 50,30,80,90
// True True 4
// 5 2 0
// 28 1 9 4.666666666666667
// 1,2,3,5,8,9 | 9,8
// 9,2 | 5,4,3,2,1
// Dan Bob Cid Ann 
// Berlin:2 Paris:1 Rome:1 
// 30 3
// 110 30 27.5
// a,bb,ccc True
// a5,bb3,a8,ccc1
// a-bb-a-ccc 28
// 1,2,3
// 5,3,8,1,9,2,0 6
// Sequence contains no elements
// Sequence contains more than one matching element
// deferred
// ?5
// two,four
// True 3
// 3.75 0.75
