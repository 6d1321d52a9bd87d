using System;
using System.Collections.Generic;

class Item
{
    public string Name;
    public int Rank;
    public override string ToString() => Name + ":" + Rank;
}

class Program
{
    static void Main()
    {
        var list = new List<int> { 5, 3, 9, 1 };
        list.Add(7);
        list.Sort();
        Console.WriteLine(string.Join(",", list));
        list.Sort((a, b) => b.CompareTo(a));
        Console.WriteLine(string.Join(",", list));
        Console.WriteLine(list.Count + " " + list[0] + " " + list.IndexOf(3) + " " + list.Contains(4));
        list.RemoveAll(x => x > 6);
        Console.WriteLine(string.Join(",", list));
        Console.WriteLine(list.Find(x => x < 4));
        try { var x = list[10]; } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { foreach (var x in list) list.Add(x); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }

        var d = new Dictionary<string, int>();
        d["one"] = 1; d["two"] = 2; d["three"] = 3; d.Add("four", 4);
        d.Remove("two");
        d["five"] = 5;
        foreach (var kv in d) Console.Write(kv.Key + "=" + kv.Value + " ");
        Console.WriteLine();
        Console.WriteLine(d.ContainsKey("one") + " " + d.Count);
        int v;
        Console.WriteLine(d.TryGetValue("zzz", out v) + " " + v);
        try { Console.WriteLine(d["zzz"]); } catch (KeyNotFoundException e) { Console.WriteLine(e.Message); }
        try { d.Add("one", 9); } catch (ArgumentException e) { Console.WriteLine(e.Message); }
        var ci = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { { "Key", "v" } };
        Console.WriteLine(ci["KEY"] + " " + ci.ContainsKey("key"));
        var init = new Dictionary<int, string> { [1] = "a", [2] = "b" };
        foreach (var (k, s) in init) Console.Write(k + s);
        Console.WriteLine();
        Console.WriteLine(string.Join(",", d.Keys) + " | " + string.Join(",", d.Values));

        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "a", "B" };
        Console.WriteLine(set.Add("A") + " " + set.Contains("b") + " " + set.Count);
        set.UnionWith(new[] { "c", "d" });
        set.Remove("a");
        set.Add("e");
        Console.WriteLine(string.Join(",", set));

        var q = new Queue<int>();
        q.Enqueue(1); q.Enqueue(2); q.Enqueue(3);
        Console.WriteLine(q.Dequeue() + " " + q.Peek() + " " + q.Count);
        var st = new Stack<string>();
        st.Push("x"); st.Push("y");
        Console.WriteLine(st.Pop() + " " + st.Count + " " + string.Join(",", st));
        try { new Stack<int>().Pop(); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }

        var items = new List<Item> { new Item { Name = "b", Rank = 2 }, new Item { Name = "a", Rank = 1 }, new Item { Name = "c", Rank = 2 } };
        items.Sort((x, y) => x.Rank.CompareTo(y.Rank));
        Console.WriteLine(string.Join(" ", items));
        var words = new List<string> { "banana", "Apple", "cherry", "apple" };
        words.Sort();
        Console.WriteLine(string.Join(",", words));
        words.Sort(StringComparer.Ordinal);
        Console.WriteLine(string.Join(",", words));
    }
}
// Output:
// 1,3,5,7,9
// 9,7,5,3,1
// 5 9 3 False
// 5,3,1
// 3
// Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')
// Collection was modified; enumeration operation may not execute.
// one=1 five=5 three=3 four=4 
// True 4
// False 0
// The given key 'zzz' was not present in the dictionary.
// An item with the same key has already been added. Key: one
// v True
// 1a2b
// one,five,three,four | 1,5,3,4
// False True 2
// e,B,c,d
// 1 2 2
// y 1 x
// Stack empty.
// a:1 b:2 c:2
// apple,Apple,banana,cherry
// Apple,apple,banana,cherry
