// checks: List.Sort with IComparable, Comparison delegate, IComparer class; Array.Sort with keys
using System;
using System.Collections.Generic;

class Emp : IComparable<Emp>
{
    public string Name; public int Age;
    public int CompareTo(Emp o) { return string.CompareOrdinal(Name, o.Name); }
    public override string ToString() { return Name + "(" + Age + ")"; }
}

class ByAgeDesc : IComparer<Emp>
{
    public int Compare(Emp a, Emp b) { return b.Age.CompareTo(a.Age); }
}

class Program
{
    static void Main()
    {
        var list = new List<Emp> { new Emp { Name = "Kim", Age = 30 }, new Emp { Name = "Al", Age = 41 }, new Emp { Name = "Zed", Age = 25 } };
        list.Sort();
        Console.WriteLine(string.Join(" ", list));
        list.Sort(new ByAgeDesc());
        Console.WriteLine(string.Join(" ", list));
        list.Sort((a, b) => a.Age - b.Age);
        Console.WriteLine(string.Join(" ", list));
        var nums = new List<int> { 5, -2, 9, 0 };
        nums.Sort();
        Console.WriteLine(string.Join(",", nums));
        nums.Sort((a, b) => b.CompareTo(a));
        Console.WriteLine(string.Join(",", nums));
        int[] keys = { 3, 1, 2 };
        string[] vals = { "c", "a", "b" };
        Array.Sort(keys, vals);
        Console.WriteLine(string.Join("", vals));
        Console.WriteLine(Comparer<int>.Default.Compare(1, 2));
    }
}
