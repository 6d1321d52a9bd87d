// Faults found by the Mono differential test (mono_diff_test.go).
using System;
using System.Collections.Generic;
using System.Linq;

static class Ext
{
    public static int Twice(this string s) => s.Length * 2;
    public static int Len<T>(this IEnumerable<T> xs) => xs.Count();
}

class Celsius
{
    public double V;
    public static implicit operator Celsius(double v) => new Celsius { V = v };
    public static implicit operator double(Celsius c) => c.V;
}

class Warm : Celsius { }

class Meter
{
    public readonly int total;
    public int Count { get; }
    public Meter(int t) { total = t; total += 1; Count += 1; }
    public void Add(int n) { total /* ERROR "CS0191" */ += n; Count /* ERROR "CS0200" */ -= 1; }
}

enum Level { Low, Medium = "5" /* ERROR "CS0029" "Cannot implicitly convert type 'string' to 'int'" */, High, Top = High + 2 }

abstract class Animal { public abstract string Sound(); public virtual int Legs() => 4; }

class Dog : Animal
{
    public new string Sound /* ERROR "CS0533" "hides inherited abstract member 'Animal.Sound" */ () => "woof";
    public new int Legs() => 3;
}

interface IShape { double Area(); string Name { get; } }

class Square /* ERROR "CS0736" "does not implement instance interface member 'IShape.Area" */ : IShape
{
    public static double Area() => 1;
    public string Name => "sq";
    public static void Helper() { }
}

class Monodiff
{
    static T Make<T>() => default(T);
    static void Show<T>(Func<T> f) { }
    static T Pick<T>(T a, T b) => a;

    static void Infer()
    {
        var a = Make /* ERROR "CS0411" "'Monodiff.Make<T>..' cannot be inferred" */ ();
        Show /* ERROR "CS0411" */ (null);
        var b = Make<int>() + Pick(1, 2) + Pick("a", null).Length;
        Show(() => 1);
    }

    static void Main()
    {
        int n = 5;
        Console.WriteLine(n.Twice /* ERROR "CS1929" "requires a receiver of type 'string'" */ ());
        Console.WriteLine("ab".Twice() + "ab".Len() + new List<int>().Len());
        var d = new Dictionary<string, int>();
        d.Keys.Add /* ERROR "CS1061" "KeyCollection' does not contain a definition for 'Add'" */ ("x");
        d.Values.Clear /* ERROR "CS1061" "ValueCollection' does not contain a definition for 'Clear'" */ ();
        Console.WriteLine(d.Keys.Count + d.Values.Count() + (d.Keys.Contains("x") ? 1 : 0));
        var xs = new List<int> { 3, 1 };
        xs.Sort(1 /* ERROR "CS1503" "cannot convert from 'int' to 'System.Comparison<int>'" */);
        Console.WriteLine(xs.Sum(1 /* ERROR "CS1503" "Argument 2: cannot convert from 'int'" */));
        Console.WriteLine(xs.Max(x => x) + xs.Sum(x => x * 2.5));
        System.Threading.Tasks.Task.Delay(50.5 /* ERROR "CS1503" "cannot convert from 'double'" */);
        System.Threading.Tasks.Task.Delay(TimeSpan.FromSeconds(1));
        Celsius c = 5.0;
        double dc = new Warm();
        var dt = new DateTime(2024, 3, 9, 14, 5, 7, 123, 1 /* ERROR "CS1503" "cannot convert from 'int' to 'System.DateTimeKind'" */);
        var dt0 = new DateTime(2024, 3, 9, 14, 5, 7, 123, 0);
        var sb = new System.Text.StringBuilder("abc");
        var sbs = sb.ToString /* ERROR "CS1501" "No overload for method 'ToString' takes 1 arguments" */ (1) + sb.ToString(0, 1) + 5.ToString("D3");
        var cmp = 5.CompareTo /* ERROR "CS1501" */ (2, 1) + "a".CompareTo("b");
        int s = 0;
        long big = 5;
        byte by = 1;
        s += big /* ERROR "CS0266" "Cannot implicitly convert type 'long' to 'int'" */;
        s += by;
        by += 1;
        by += by;
        s <<= 2;
        big += s;
        Console.WriteLine(0.25f.ToString("E3", 1 /* ERROR "CS1503" "cannot convert from 'int' to 'System.IFormatProvider'" */));
        IComparable<int> ci = 5;
        IFormattable fi = 2.5;
        IEquatable<char> ce = 'c';
        foreach (var x in xs)
        {
            x /* ERROR "CS1656" "Cannot assign to 'x' because it is a 'foreach iteration variable'" */ = 2;
            x /* ERROR "CS1656" */ += 2;
            x /* ERROR "CS1656" */ ++;
            --x /* ERROR "CS1656" */;
            var y = x;
            y = 3;
        }
        using (var sr = new System.Threading.CancellationTokenSource())
        {
            sr /* ERROR "CS1656" "'using variable'" */ = null;
        }
        var mixed = new /* ERROR "CS0826" "No best type found" */ [] { 1, "a" };
        var nulls = new /* ERROR "CS0826" */ [] { null, null };
        var fine = new[] { 1, 2L, 'c' };
        var objs = new[] { (object)1, "a", null };
        var strs = new[] { "a", null };
    }
}
