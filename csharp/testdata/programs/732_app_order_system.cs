// checks: mini app: an order system with products, a cart, discounts by strategy interface, stock reservation with a custom exception, order state enum transitions, an event for state changes, LINQ reporting and formatted receipt lines
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

enum OrderState { New, Paid, Shipped, Cancelled }

class OutOfStockException : Exception
{
    public string Sku { get; }
    public int Requested { get; }
    public int Available { get; }
    public OutOfStockException(string sku, int requested, int available)
        : base($"Not enough '{sku}': requested {requested}, available {available}")
    { Sku = sku; Requested = requested; Available = available; }
}

class Product
{
    public string Sku { get; }
    public string Name { get; }
    public decimal Price { get; }
    public string Category { get; }
    public Product(string sku, string name, decimal price, string category) { Sku = sku; Name = name; Price = price; Category = category; }
}

interface IDiscount
{
    string Name { get; }
    decimal Apply(IReadOnlyList<OrderLine> lines, decimal subtotal);
}

class PercentOff : IDiscount
{
    private readonly decimal pct;
    public PercentOff(decimal pct) { this.pct = pct; }
    public string Name => pct + "% off";
    public decimal Apply(IReadOnlyList<OrderLine> lines, decimal subtotal) => Math.Round(subtotal * pct / 100m, 2);
}

class BuyXGetOne : IDiscount
{
    private readonly string sku; private readonly int x;
    public BuyXGetOne(string sku, int x) { this.sku = sku; this.x = x; }
    public string Name => $"buy {x} {sku} get 1 free";
    public decimal Apply(IReadOnlyList<OrderLine> lines, decimal subtotal)
    {
        var line = lines.FirstOrDefault(l => l.Product.Sku == sku);
        if (line == null) return 0m;
        return line.Quantity / (x + 1) * line.Product.Price;
    }
}

class OrderLine
{
    public Product Product { get; }
    public int Quantity { get; set; }
    public OrderLine(Product p, int q) { Product = p; Quantity = q; }
    public decimal Total => Product.Price * Quantity;
}

class Inventory
{
    private readonly Dictionary<string, int> stock = new Dictionary<string, int>();
    public void Add(string sku, int n) => stock[sku] = Available(sku) + n;
    public int Available(string sku) => stock.TryGetValue(sku, out var n) ? n : 0;
    public void Reserve(string sku, int n)
    {
        int have = Available(sku);
        if (have < n) throw new OutOfStockException(sku, n, have);
        stock[sku] = have - n;
    }
}

class Order
{
    private static int nextId = 1000;
    private readonly List<OrderLine> lines = new List<OrderLine>();
    private readonly List<IDiscount> discounts = new List<IDiscount>();
    public int Id { get; } = ++nextId;
    public OrderState State { get; private set; } = OrderState.New;
    public event Action<Order, OrderState, OrderState> StateChanged;
    public IReadOnlyList<OrderLine> Lines => lines;

    public void Add(Product p, int qty)
    {
        if (State != OrderState.New) throw new InvalidOperationException("order " + Id + " is " + State);
        var existing = lines.Find(l => l.Product.Sku == p.Sku);
        if (existing != null) existing.Quantity += qty; else lines.Add(new OrderLine(p, qty));
    }
    public void AddDiscount(IDiscount d) => discounts.Add(d);
    public decimal Subtotal => lines.Sum(l => l.Total);
    public decimal DiscountTotal => discounts.Sum(d => d.Apply(lines, Subtotal));
    public decimal Total => Subtotal - DiscountTotal;

    private void Move(OrderState to)
    {
        bool ok = State == OrderState.New && (to == OrderState.Paid || to == OrderState.Cancelled)
            || State == OrderState.Paid && (to == OrderState.Shipped || to == OrderState.Cancelled);
        if (!ok) throw new InvalidOperationException($"cannot go from {State} to {to}");
        var from = State;
        State = to;
        StateChanged?.Invoke(this, from, to);
    }
    public void Pay(Inventory inv)
    {
        foreach (var l in lines) inv.Reserve(l.Product.Sku, l.Quantity);
        Move(OrderState.Paid);
    }
    public void Ship() => Move(OrderState.Shipped);
    public void Cancel() => Move(OrderState.Cancelled);

    public string Receipt()
    {
        var sb = new StringBuilder();
        sb.AppendLine($"Order #{Id} ({State})");
        foreach (var l in lines.OrderBy(l => l.Product.Name))
            sb.AppendLine($"  {l.Product.Name,-12}{l.Quantity,3} x {l.Product.Price,7:F2} = {l.Total,8:F2}");
        foreach (var d in discounts)
            sb.AppendLine($"  {d.Name,-30}-{d.Apply(lines, Subtotal),8:F2}");
        sb.Append($"  {"TOTAL",-30}{Total,9:F2}");
        return sb.ToString();
    }
}

class Program
{
    static void Main()
    {
        var catalog = new[]
        {
            new Product("P1", "Headset", 49.90m, "audio"),
            new Product("P2", "Desk phone", 129.00m, "phones"),
            new Product("P3", "Cable", 4.50m, "parts"),
            new Product("P4", "Speaker", 35.00m, "audio"),
        }.ToDictionary(p => p.Sku);
        var inv = new Inventory();
        inv.Add("P1", 5); inv.Add("P2", 2); inv.Add("P3", 100); inv.Add("P4", 1);

        var log = new List<string>();
        var o1 = new Order();
        o1.StateChanged += (o, from, to) => log.Add($"#{o.Id}: {from} -> {to}");
        o1.Add(catalog["P1"], 2);
        o1.Add(catalog["P3"], 7);
        o1.Add(catalog["P1"], 1);
        o1.AddDiscount(new PercentOff(10));
        o1.AddDiscount(new BuyXGetOne("P3", 3));
        Console.WriteLine(o1.Receipt());
        o1.Pay(inv);
        o1.Ship();
        try { o1.Cancel(); } catch (InvalidOperationException e) { Console.WriteLine("error: " + e.Message); }
        try { o1.Add(catalog["P2"], 1); } catch (InvalidOperationException e) { Console.WriteLine("error: " + e.Message); }

        var o2 = new Order();
        o2.StateChanged += (o, from, to) => log.Add($"#{o.Id}: {from} -> {to}");
        o2.Add(catalog["P4"], 2);
        o2.Add(catalog["P2"], 1);
        try { o2.Pay(inv); }
        catch (OutOfStockException e) { Console.WriteLine($"{e.Message} [{e.Sku}:{e.Requested}/{e.Available}]"); o2.Cancel(); }
        Console.WriteLine("P2 left: " + inv.Available("P2") + ", P1 left: " + inv.Available("P1"));
        Console.WriteLine(o2.Receipt());
        Console.WriteLine(string.Join(Environment.NewLine, log));

        var all = new[] { o1, o2 };
        var byCategory = all.Where(o => o.State != OrderState.Cancelled)
            .SelectMany(o => o.Lines)
            .GroupBy(l => l.Product.Category)
            .OrderBy(g => g.Key)
            .Select(g => $"{g.Key}: {g.Sum(l => l.Quantity)} items, {g.Sum(l => l.Total):F2}");
        foreach (var s in byCategory) Console.WriteLine(s);
    }
}
