// checks: equality contracts: a class with Equals/GetHashCode used as Dictionary key and in HashSet, a class without them (reference equality), IEquatable<T> preferred by List.Contains/IndexOf, IComparable<T> for Sort and SortedSet, IEqualityComparer<T> passed to Dictionary and Distinct, string keys are value-equal, EqualityComparer<T>.Default
using System;
using System.Collections.Generic;
using System.Linq;

class Ext : IEquatable<Ext>, IComparable<Ext>
{
    public string Number { get; }
    public Ext(string n) { Number = n; }
    public bool Equals(Ext other) => other != null && Number == other.Number;
    public override bool Equals(object obj) => Equals(obj as Ext);
    public override int GetHashCode() => Number.GetHashCode();
    public int CompareTo(Ext other) => int.Parse(Number).CompareTo(int.Parse(other.Number));
    public override string ToString() => "ext" + Number;
}

class RefOnly { public string Name; public RefOnly(string n) { Name = n; } }

class CaseInsensitive : IEqualityComparer<string>
{
    public bool Equals(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
    public int GetHashCode(string s) => s.ToUpperInvariant().GetHashCode();
}

class ByLength : IEqualityComparer<string>
{
    public bool Equals(string a, string b) => a.Length == b.Length;
    public int GetHashCode(string s) => s.Length;
}

class Program
{
    static void Main()
    {
        var d = new Dictionary<Ext, string> { [new Ext("100")] = "reception" };
        Console.WriteLine(d.ContainsKey(new Ext("100")) + " " + d[new Ext("100")]);
        d[new Ext("100")] = "front desk";
        Console.WriteLine(d.Count + " " + d[new Ext("100")]);
        var set = new HashSet<Ext> { new Ext("1"), new Ext("1"), new Ext("2") };
        Console.WriteLine(set.Count + " " + set.Contains(new Ext("2")));
        var refs = new HashSet<RefOnly> { new RefOnly("a"), new RefOnly("a") };
        Console.WriteLine(refs.Count);
        var r = new RefOnly("x");
        Console.WriteLine(r.Equals(r) + " " + r.Equals(new RefOnly("x")) + " " + Equals(r, null));
        var list = new List<Ext> { new Ext("30"), new Ext("4"), new Ext("200") };
        Console.WriteLine(list.Contains(new Ext("4")) + " " + list.IndexOf(new Ext("200")) + " " + list.Remove(new Ext("30")) + " " + list.Count);
        list.Add(new Ext("9"));
        list.Sort();
        Console.WriteLine(string.Join(" ", list));
        var sorted = new SortedSet<Ext>(new[] { new Ext("12"), new Ext("3"), new Ext("12"), new Ext("7") });
        Console.WriteLine(string.Join(" ", sorted) + " min " + sorted.Min + " max " + sorted.Max);
        var ci = new Dictionary<string, int>(new CaseInsensitive()) { ["Alice"] = 1 };
        ci["ALICE"] = 2;
        ci["bob"] = 3;
        Console.WriteLine(ci.Count + " " + ci["alice"] + " " + string.Join(",", ci.Keys));
        var words = new[] { "one", "two", "three", "four", "five", "six" };
        Console.WriteLine(string.Join(",", words.Distinct(new ByLength())));
        Console.WriteLine(string.Join(",", words.GroupBy(w => w, new ByLength()).Select(g => g.Key + ":" + g.Count())));
        var s1 = "hello"; var s2 = new string(new[] { 'h', 'e', 'l', 'l', 'o' });
        Console.WriteLine((s1 == s2) + " " + s1.Equals(s2) + " " + ReferenceEquals(s1, s2) + " " + ((object)s1 == (object)s2));
        Console.WriteLine(EqualityComparer<Ext>.Default.Equals(new Ext("5"), new Ext("5")) + " " + EqualityComparer<int>.Default.Equals(3, 4));
        Console.WriteLine(new Ext("5").GetHashCode() == new Ext("5").GetHashCode());
        Console.WriteLine(words.Contains("SIX", StringComparer.OrdinalIgnoreCase) + " " + words.Contains("SIX"));
    }
}
