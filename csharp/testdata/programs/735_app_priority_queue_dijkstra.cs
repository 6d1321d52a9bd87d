// checks: mini app: a generic binary min-heap with an IComparer<T> (ties broken by insertion order for determinism), used for a task scheduler and for Dijkstra's shortest paths on a weighted graph of extensions; path reconstruction; unreachable nodes
using System;
using System.Collections.Generic;
using System.Linq;

struct Entry<T>
{
    public T Item; public long Seq;
    public Entry(T item, long seq) { Item = item; Seq = seq; }
}

class MinHeap<T>
{
    private readonly List<Entry<T>> items = new List<Entry<T>>();
    private readonly IComparer<T> cmp;
    private long seq;
    public MinHeap(IComparer<T> cmp) { this.cmp = cmp; }
    public int Count => items.Count;
    int Compare(int i, int j)
    {
        int c = cmp.Compare(items[i].Item, items[j].Item);
        return c != 0 ? c : items[i].Seq.CompareTo(items[j].Seq);
    }
    void Swap(int i, int j) { var t = items[i]; items[i] = items[j]; items[j] = t; }
    public void Push(T item)
    {
        items.Add(new Entry<T>(item, seq++));
        int i = items.Count - 1;
        while (i > 0)
        {
            int parent = (i - 1) / 2;
            if (Compare(i, parent) >= 0) break;
            Swap(i, parent);
            i = parent;
        }
    }
    public T Pop()
    {
        if (items.Count == 0) throw new InvalidOperationException("heap is empty");
        var top = items[0].Item;
        items[0] = items[items.Count - 1];
        items.RemoveAt(items.Count - 1);
        int i = 0;
        while (true)
        {
            int l = 2 * i + 1, r = l + 1, m = i;
            if (l < items.Count && Compare(l, m) < 0) m = l;
            if (r < items.Count && Compare(r, m) < 0) m = r;
            if (m == i) break;
            Swap(i, m);
            i = m;
        }
        return top;
    }
    public T Peek { get { if (items.Count == 0) throw new InvalidOperationException("heap is empty"); return items[0].Item; } }
}

class Job
{
    public string Name; public int Priority;
    public override string ToString() => Name + "(p" + Priority + ")";
}

class Edge { public string To; public int W; public Edge(string to, int w) { To = to; W = w; } }
class QItem { public long D; public string N; public QItem(long d, string n) { D = d; N = n; } }

class ByPriority : IComparer<Job> { public int Compare(Job a, Job b) => a.Priority.CompareTo(b.Priority); }

class Program
{
    static Dictionary<string, long> Dijkstra(Dictionary<string, List<Edge>> g, string src, out Dictionary<string, string> prev)
    {
        var dist = new Dictionary<string, long>();
        prev = new Dictionary<string, string>();
        foreach (var n in g.Keys) dist[n] = long.MaxValue;
        dist[src] = 0;
        var pq = new MinHeap<QItem>(Comparer<QItem>.Create((a, b) => a.D.CompareTo(b.D)));
        pq.Push(new QItem(0, src));
        while (pq.Count > 0)
        {
            var top = pq.Pop();
            long d = top.D; string n = top.N;
            if (d > dist[n]) continue;
            foreach (var e in g[n])
            {
                string to = e.To;
                long nd = d + e.W;
                if (nd < dist[to]) { dist[to] = nd; prev[to] = n; pq.Push(new QItem(nd, to)); }
            }
        }
        return dist;
    }

    static void Main()
    {
        var heap = new MinHeap<int>(Comparer<int>.Default);
        foreach (var x in new[] { 5, 3, 8, 1, 9, 2, 7 }) heap.Push(x);
        var outp = new List<int>();
        while (heap.Count > 0) outp.Add(heap.Pop());
        Console.WriteLine(string.Join(" ", outp));
        try { heap.Pop(); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }

        var jobs = new MinHeap<Job>(new ByPriority());
        jobs.Push(new Job { Name = "backup", Priority = 3 });
        jobs.Push(new Job { Name = "call", Priority = 1 });
        jobs.Push(new Job { Name = "email", Priority = 2 });
        jobs.Push(new Job { Name = "voicemail", Priority = 1 });
        jobs.Push(new Job { Name = "report", Priority = 3 });
        Console.WriteLine("peek " + jobs.Peek);
        var order = new List<Job>();
        while (jobs.Count > 0) order.Add(jobs.Pop());
        Console.WriteLine(string.Join(" ", order));

        var g = new Dictionary<string, List<Edge>>
        {
            ["100"] = new List<Edge> { new Edge("101", 4), new Edge("102", 1) },
            ["101"] = new List<Edge> { new Edge("103", 1) },
            ["102"] = new List<Edge> { new Edge("101", 2), new Edge("103", 5) },
            ["103"] = new List<Edge> { new Edge("104", 3) },
            ["104"] = new List<Edge>(),
            ["999"] = new List<Edge> { new Edge("100", 1) },
        };
        Dictionary<string, string> prev;
        var dist = Dijkstra(g, "100", out prev);
        foreach (var n in dist.Keys.OrderBy(k => k))
        {
            if (dist[n] == long.MaxValue) { Console.WriteLine(n + ": unreachable"); continue; }
            var path = new Stack<string>();
            for (var c = n; c != null; c = prev.ContainsKey(c) ? prev[c] : null) path.Push(c);
            Console.WriteLine(n + ": " + dist[n] + " via " + string.Join("->", path));
        }
    }
}
