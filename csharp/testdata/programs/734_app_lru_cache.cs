// checks: mini app: a generic LRU cache over LinkedList<KeyValuePair<K,V>> and Dictionary<K, LinkedListNode<...>>, eviction callbacks, hit/miss statistics, TryGet with out, indexer, enumeration from most to least recent, GetOrAdd with a factory delegate
using System;
using System.Collections.Generic;
using System.Linq;

class LruCache<TKey, TValue>
{
    private readonly int capacity;
    private readonly LinkedList<KeyValuePair<TKey, TValue>> order = new LinkedList<KeyValuePair<TKey, TValue>>();
    private readonly Dictionary<TKey, LinkedListNode<KeyValuePair<TKey, TValue>>> map = new Dictionary<TKey, LinkedListNode<KeyValuePair<TKey, TValue>>>();
    public int Hits { get; private set; }
    public int Misses { get; private set; }
    public event Action<TKey, TValue> Evicted;

    public LruCache(int capacity)
    {
        if (capacity <= 0) throw new ArgumentOutOfRangeException(nameof(capacity));
        this.capacity = capacity;
    }

    public int Count => map.Count;

    public bool TryGet(TKey key, out TValue value)
    {
        LinkedListNode<KeyValuePair<TKey, TValue>> node;
        if (map.TryGetValue(key, out node))
        {
            order.Remove(node);
            order.AddFirst(node);
            value = node.Value.Value;
            Hits++;
            return true;
        }
        Misses++;
        value = default(TValue);
        return false;
    }

    public void Put(TKey key, TValue value)
    {
        LinkedListNode<KeyValuePair<TKey, TValue>> node;
        if (map.TryGetValue(key, out node))
        {
            order.Remove(node);
        }
        else if (map.Count == capacity)
        {
            var last = order.Last;
            order.RemoveLast();
            map.Remove(last.Value.Key);
            Evicted?.Invoke(last.Value.Key, last.Value.Value);
        }
        var fresh = order.AddFirst(new KeyValuePair<TKey, TValue>(key, value));
        map[key] = fresh;
    }

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> factory)
    {
        TValue v;
        if (TryGet(key, out v)) return v;
        v = factory(key);
        Put(key, v);
        return v;
    }

    public TValue this[TKey key]
    {
        get { TValue v; if (!TryGet(key, out v)) throw new KeyNotFoundException(key + " not cached"); return v; }
        set { Put(key, value); }
    }

    public IEnumerable<TKey> KeysByRecency() { foreach (var kv in order) yield return kv.Key; }
}

class Program
{
    static void Main()
    {
        var cache = new LruCache<string, int>(3);
        var evicted = new List<string>();
        cache.Evicted += (key, val) => evicted.Add(key + "=" + val);
        cache.Put("a", 1); cache.Put("b", 2); cache.Put("c", 3);
        Console.WriteLine(string.Join(",", cache.KeysByRecency()));
        int v;
        Console.WriteLine(cache.TryGet("a", out v) + " " + v);
        cache.Put("d", 4);
        Console.WriteLine(string.Join(",", cache.KeysByRecency()) + " evicted " + string.Join(";", evicted));
        Console.WriteLine(cache.TryGet("b", out v) + " " + v);
        cache["c"] = 30;
        cache.Put("e", 5);
        Console.WriteLine(string.Join(",", cache.KeysByRecency()) + " evicted " + string.Join(";", evicted));
        try { Console.WriteLine(cache["zzz"]); }
        catch (KeyNotFoundException e) { Console.WriteLine(e.Message); }
        int calls = 0;
        Func<string, int> slowLength = s => { calls++; return s.Length; };
        foreach (var w in new[] { "alpha", "beta", "alpha", "gamma", "delta", "alpha", "beta" })
            Console.Write(cache.GetOrAdd(w, slowLength) + " ");
        Console.WriteLine();
        Console.WriteLine("factory calls " + calls + ", hits " + cache.Hits + ", misses " + cache.Misses + ", count " + cache.Count);
        Console.WriteLine(string.Join(",", cache.KeysByRecency()));
        Console.WriteLine("evicted: " + string.Join(" ", evicted));
        try { new LruCache<int, int>(0); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine("bad capacity: " + e.ParamName); }
        var numbers = new LruCache<int, string>(2);
        for (int i = 0; i < 5; i++) numbers[i % 3] = "v" + i;
        var keys = numbers.KeysByRecency().ToList();
        Console.WriteLine(string.Join(",", keys.Select(k => k + ":" + numbers[k])));
        try { foreach (var k in numbers.KeysByRecency()) Console.Write(numbers[k] + " "); }
        catch (InvalidOperationException) { Console.WriteLine("modified during enumeration"); }
    }
}
