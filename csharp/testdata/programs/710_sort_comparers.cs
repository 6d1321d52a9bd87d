// checks: sorting with Comparison delegates, IComparer<T> classes, IComparable<T> on a user type, StringComparer.Ordinal vs OrdinalIgnoreCase, Array.Sort with a keys array, Array.Reverse, List.Sort(index, count, comparer), Comparer<T>.Create, OrderBy stability with equal keys
using System;
using System.Collections.Generic;
using System.Linq;

class Employee : IComparable<Employee>
{
    public string Name; public int Age; public decimal Salary;
    public Employee(string n, int a, decimal s) { Name = n; Age = a; Salary = s; }
    public int CompareTo(Employee other) => Age != other.Age ? Age.CompareTo(other.Age) : string.CompareOrdinal(Name, other.Name);
    public override string ToString() => Name + "/" + Age;
}

class BySalaryDesc : IComparer<Employee>
{
    public int Compare(Employee x, Employee y) => y.Salary.CompareTo(x.Salary);
}

class Program
{
    static void Print<T>(string label, IEnumerable<T> xs) => Console.WriteLine(label + ": " + string.Join(" ", xs));

    static void Main()
    {
        var staff = new List<Employee>
        {
            new Employee("zoe", 30, 5000m), new Employee("adam", 25, 4200m), new Employee("bea", 30, 6100m),
            new Employee("carl", 41, 4200m), new Employee("dina", 25, 7000m),
        };
        staff.Sort();
        Print("natural", staff);
        staff.Sort(new BySalaryDesc());
        Print("salary", staff.Select(e => e.Name + ":" + e.Salary));
        staff.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        Print("name", staff);
        staff.Sort((a, b) => b.Name.Length.CompareTo(a.Name.Length));
        Print("len desc (unstable tie order not printed)", staff.Select(e => e.Name.Length));
        var stable = staff.OrderBy(e => e.Age).ThenByDescending(e => e.Salary).ToList();
        Print("age,salary desc", stable);

        var words = new List<string> { "banana", "Apple", "cherry", "apple", "Banana", "date" };
        var w1 = new List<string>(words); w1.Sort(StringComparer.Ordinal);
        Print("ordinal", w1);
        var w2 = words.OrderBy(w => w, StringComparer.OrdinalIgnoreCase).ToList();
        Print("ignore case (stable)", w2);
        Print("distinct ignore case", words.Distinct(StringComparer.OrdinalIgnoreCase));

        int[] keys = { 3, 1, 2 };
        string[] vals = { "three", "one", "two" };
        Array.Sort(keys, vals);
        Print("keys", keys); Print("vals", vals);
        Array.Reverse(vals);
        Print("reversed", vals);

        var nums = new List<int> { 9, 8, 7, 6, 5, 4, 3 };
        nums.Sort(1, 4, Comparer<int>.Default);
        Print("partial", nums);
        var desc = Comparer<int>.Create((a, b) => b.CompareTo(a));
        nums.Sort(desc);
        Print("desc", nums);
        int[] arr = { 5, -3, 2, -8, 0 };
        Array.Sort(arr, (a, b) => Math.Abs(a).CompareTo(Math.Abs(b)));
        Print("abs", arr);
        Console.WriteLine(Array.BinarySearch(new[] { 1, 3, 5, 7 }, 5) + " " + Array.BinarySearch(new[] { 1, 3, 5, 7 }, 4));
        Console.WriteLine(StringComparer.OrdinalIgnoreCase.Equals("HeLLo", "hello") + " " + StringComparer.Ordinal.Compare("a", "B"));
    }
}
