// checks: generic interface with constraints implemented by a generic class, used via interface; IEnumerable<T> yield implementation
using System;
using System.Collections;
using System.Collections.Generic;

interface IEntity { string Id { get; } }
interface IRepository<T> : IEnumerable<T> where T : IEntity
{
    void Save(T item);
    T Find(string id);
}

class MemoryRepo<T> : IRepository<T> where T : class, IEntity
{
    readonly Dictionary<string, T> items = new Dictionary<string, T>();
    public void Save(T item) { items[item.Id] = item; }
    public T Find(string id) { T v; return items.TryGetValue(id, out v) ? v : null; }
    public IEnumerator<T> GetEnumerator() { foreach (var v in items.Values) yield return v; }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
}

class Ext : IEntity
{
    public string Id { get; set; }
    public string Name { get; set; }
    public override string ToString() { return Id + ":" + Name; }
}

class Program
{
    static void Main()
    {
        IRepository<Ext> repo = new MemoryRepo<Ext>();
        repo.Save(new Ext { Id = "101", Name = "ann" });
        repo.Save(new Ext { Id = "102", Name = "bob" });
        repo.Save(new Ext { Id = "101", Name = "ann2" });
        Console.WriteLine(string.Join(" ", repo));
        Console.WriteLine((repo.Find("102")?.Name ?? "-") + " " + (repo.Find("999")?.Name ?? "-"));
    }
}
