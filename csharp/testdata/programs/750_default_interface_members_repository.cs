// checks: C# 8 default interface members and a generic repository: an interface method with a default body called through the interface, overridden in one class, a static interface member, generic interfaces with constraints (IEntity<TKey> where TKey : IEquatable<TKey>), IReadOnlyList exposure, switch expression on a generic key type name
// expect: hand-checked (C# 8: default interface members and switch expressions)
using System;
using System.Collections.Generic;
using System.Linq;

interface IEntity<TKey> where TKey : IEquatable<TKey>
{
    TKey Id { get; }
    string Describe() => GetType().Name + "#" + Id;
}

interface IRepository<T, TKey> where T : IEntity<TKey> where TKey : IEquatable<TKey>
{
    void Add(T item);
    T Find(TKey id);
    IReadOnlyList<T> All { get; }
    int Count => All.Count;
    bool Exists(TKey id) => Find(id) != null;
    static string Kind => "repository";
}

class Extension : IEntity<int>
{
    public int Id { get; init; }
    public string Name { get; init; }
}

class Queue : IEntity<string>
{
    public string Id { get; init; }
    public string Describe() => "queue " + Id;
}

class MemoryRepository<T, TKey> : IRepository<T, TKey> where T : class, IEntity<TKey> where TKey : IEquatable<TKey>
{
    private readonly List<T> items = new();
    public void Add(T item)
    {
        if (items.Any(i => i.Id.Equals(item.Id))) throw new InvalidOperationException("duplicate id " + item.Id);
        items.Add(item);
    }
    public T Find(TKey id) => items.FirstOrDefault(i => i.Id.Equals(id));
    public IReadOnlyList<T> All => items;
}

class Program
{
    static string KeyKind<TKey>() => typeof(TKey).Name switch
    {
        "Int32" => "numeric keys",
        "String" => "text keys",
        _ => "other keys",
    };

    static void Main()
    {
        IRepository<Extension, int> exts = new MemoryRepository<Extension, int>();
        exts.Add(new Extension { Id = 100, Name = "Reception" });
        exts.Add(new Extension { Id = 101, Name = "Sales" });
        try { exts.Add(new Extension { Id = 100, Name = "Dup" }); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(exts.Count + " " + exts.Exists(101) + " " + exts.Exists(999) + " " + exts.Find(101).Name);
        IEntity<int> e1 = exts.Find(100);
        Console.WriteLine(e1.Describe());
        var queues = new MemoryRepository<Queue, string>();
        queues.Add(new Queue { Id = "support" });
        IEntity<string> q = queues.Find("support");
        Console.WriteLine(q.Describe() + " | " + ((IRepository<Queue, string>)queues).Count);
        Console.WriteLine(IRepository<Queue, string>.Kind + " " + KeyKind<int>() + " " + KeyKind<string>() + " " + KeyKind<Guid>());
        Console.WriteLine(string.Join(",", exts.All.Select(x => ((IEntity<int>)x).Describe())));
    }
}
