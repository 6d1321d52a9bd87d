// checks: a binary min-heap written with List<T> and IComparable<T>, used for Dijkstra shortest paths on a small graph
using System;
using System.Collections.Generic;

class MinHeap<T> where T : IComparable<T>
{
    readonly List<T> items = new List<T>();
    public int Count => items.Count;
    public void Push(T x)
    {
        items.Add(x);
        int i = items.Count - 1;
        while (i > 0) { int p = (i - 1) / 2; if (items[p].CompareTo(items[i]) <= 0) break; var t = items[p]; items[p] = items[i]; items[i] = t; i = p; }
    }
    public T Pop()
    {
        var top = items[0];
        items[0] = items[items.Count - 1];
        items.RemoveAt(items.Count - 1);
        int i = 0;
        while (true)
        {
            int l = 2 * i + 1, r = l + 1, m = i;
            if (l < items.Count && items[l].CompareTo(items[m]) < 0) m = l;
            if (r < items.Count && items[r].CompareTo(items[m]) < 0) m = r;
            if (m == i) break;
            var t = items[m]; items[m] = items[i]; items[i] = t; i = m;
        }
        return top;
    }
}

struct Entry : IComparable<Entry>
{
    public int Dist; public string Node;
    public int CompareTo(Entry o) { int c = Dist.CompareTo(o.Dist); return c != 0 ? c : string.CompareOrdinal(Node, o.Node); }
}

class Program
{
    static void Main()
    {
        var h = new MinHeap<int>();
        foreach (var x in new[] { 5, 3, 8, 1, 9, 2, 7 }) h.Push(x);
        var outp = new List<int>();
        while (h.Count > 0) outp.Add(h.Pop());
        Console.WriteLine(string.Join(",", outp));
        var graph = new Dictionary<string, Dictionary<string, int>>
        {
            { "A", new Dictionary<string, int> { { "B", 4 }, { "C", 1 } } },
            { "B", new Dictionary<string, int> { { "D", 1 } } },
            { "C", new Dictionary<string, int> { { "B", 2 }, { "D", 5 } } },
            { "D", new Dictionary<string, int>() },
        };
        var dist = new Dictionary<string, int> { { "A", 0 } };
        var prev = new Dictionary<string, string>();
        var pq = new MinHeap<Entry>();
        pq.Push(new Entry { Dist = 0, Node = "A" });
        while (pq.Count > 0)
        {
            var e = pq.Pop();
            if (e.Dist > dist[e.Node]) continue;
            foreach (var kv in graph[e.Node])
            {
                int nd = e.Dist + kv.Value;
                int old;
                if (!dist.TryGetValue(kv.Key, out old) || nd < old) { dist[kv.Key] = nd; prev[kv.Key] = e.Node; pq.Push(new Entry { Dist = nd, Node = kv.Key }); }
            }
        }
        foreach (var n in new[] { "A", "B", "C", "D" })
        {
            var path = new List<string>();
            for (var cur = n; cur != null; cur = prev.ContainsKey(cur) ? prev[cur] : null) path.Insert(0, cur);
            Console.WriteLine(n + " " + dist[n] + " via " + string.Join(">", path));
        }
    }
}
