// checks: an LRU cache built from Dictionary and LinkedList<T> (AddFirst, Remove(node), Last, RemoveLast), eviction order
using System;
using System.Collections.Generic;

class Lru<K, V>
{
    readonly int cap;
    readonly Dictionary<K, LinkedListNode<KeyValuePair<K, V>>> map = new Dictionary<K, LinkedListNode<KeyValuePair<K, V>>>();
    readonly LinkedList<KeyValuePair<K, V>> order = new LinkedList<KeyValuePair<K, V>>();
    public Lru(int cap) { this.cap = cap; }

    public bool TryGet(K k, out V v)
    {
        LinkedListNode<KeyValuePair<K, V>> node;
        if (!map.TryGetValue(k, out node)) { v = default(V); return false; }
        order.Remove(node); order.AddFirst(node);
        v = node.Value.Value;
        return true;
    }

    public void Put(K k, V v)
    {
        LinkedListNode<KeyValuePair<K, V>> node;
        if (map.TryGetValue(k, out node)) order.Remove(node);
        else if (map.Count == cap)
        {
            var last = order.Last;
            Console.WriteLine("evict " + last.Value.Key);
            order.RemoveLast();
            map.Remove(last.Value.Key);
        }
        map[k] = order.AddFirst(new KeyValuePair<K, V>(k, v));
    }

    public string Keys() { var l = new List<K>(); foreach (var kv in order) l.Add(kv.Key); return string.Join(",", l); }
}

class Program
{
    static void Main()
    {
        var c = new Lru<string, int>(3);
        c.Put("a", 1); c.Put("b", 2); c.Put("c", 3);
        Console.WriteLine(c.Keys());
        int v;
        Console.WriteLine(c.TryGet("a", out v) + " " + v + " " + c.Keys());
        c.Put("d", 4);
        Console.WriteLine(c.Keys());
        Console.WriteLine(c.TryGet("b", out v) + " " + v);
        c.Put("c", 30);
        c.Put("e", 5);
        Console.WriteLine(c.Keys());
        var ll = new LinkedList<int>(new[] { 1, 2, 3 });
        ll.AddAfter(ll.First, 9);
        ll.AddBefore(ll.Last, 8);
        Console.WriteLine(string.Join(",", ll) + " first " + ll.First.Value + " last " + ll.Last.Value + " count " + ll.Count);
    }
}
