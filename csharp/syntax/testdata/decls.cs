// Declarations of every kind.
extern alias Lib;
using System;
using static System.Math;
using Dict = System.Collections.Generic.Dictionary<string, int>;
global using System.Linq;
[assembly: System.Reflection.AssemblyVersion("1.0")]

namespace Outer.Inner
{
    using System.Text;

    public delegate TResult Func2<in T, out TResult>(T arg) where T : class;

    [Flags]
    public enum Color : byte { None = 0, Red = 1 << 0, Green = 1 << 1, Blue = Red | Green, }

    internal interface IShape<T> where T : struct, IComparable<T>
    {
        double Area { get; }
        event EventHandler Changed;
        T this[int i] { get; set; }
        void Draw();
        static abstract int Count();
        string Name => "shape";
    }

    public abstract partial class Shape : Base, IShape<int>, IDisposable
    {
        public const int Max = 10, Min = -Max;
        private static readonly Dictionary<string, List<int>> cache = new();
        protected internal volatile int counter;
        public string Name { get; private set; } = "x";
        public int Id { get; init; }
        public double Area => Width * Height;
        public double Width { get => w; set { w = value; OnChanged(); } }
        public required int Height { get; set; }
        public event EventHandler Changed;
        public event Action<int> Custom { add { handlers += value; } remove => handlers -= value; }
        public int this[int i] { get { return i; } set { } }
        public string this[string key, int n = 0] => key + n;
        static Shape() { }
        public Shape() : this(0) { }
        public Shape(int x) : base(x, y: 2) => counter = x;
        ~Shape() { }
        public abstract void Draw();
        public virtual async Task<int> ComputeAsync<TKey, TValue>(TKey key, out TValue value, ref int r, in int i, params object[] rest)
            where TKey : notnull, new()
            where TValue : class?, IEnumerable<TKey>
        {
            value = default;
            return await Task.FromResult(1);
        }
        public static Shape operator +(Shape a, Shape b) => a;
        public static bool operator ==(Shape a, Shape b) => true;
        public static bool operator !=(Shape a, Shape b) => false;
        public static Shape operator >>(Shape a, int n) => a;
        public static bool operator true(Shape a) => true;
        public static bool operator false(Shape a) => false;
        public static implicit operator int(Shape s) => s.counter;
        public static explicit operator Shape(int n) { return null; }
        int IShape<int>.this[int i] { get => 0; set { } }
        void IDisposable.Dispose() { }
        double IShape<int>.Area => 0;
        public override string ToString() => $"{Name}";
        public new void Hide() { }
        public static extern int NativeCount();
        public extern int Native { get; }
        public sealed override int GetHashCode() => 0;
        unsafe void Ptr() { }
        public static T Max2<T>(T a, T b) where T : IComparable<T> => a.CompareTo(b) > 0 ? a : b;
        private class Nested<T> { public T Value; }
        private struct Point { public int X, Y; public Point(int x, int y) { X = x; Y = y; } }
        [Obsolete("no", true), System.ComponentModel.Description("d")]
        public void Old([NotNull] string s, int n = 5, string t = null) { }
        partial void OnPartial();
        public void OnChanged() => Changed?.Invoke(this, EventArgs.Empty);
        public dynamic D;
        public (int a, string b) Tuple() => (1, "x");
        public int[] Arr = { 1, 2, 3 };
        public int[,] Grid = new int[2, 3];
        public int?[] Nulls;
        public List<int>[] Lists;
        public ref int RefRet(int[] a) => ref a[0];
    }

    public record Person(string Name, int Age) : Entity(Name);
    public record class Employee(string Name) { public int Salary { get; init; } }
    public record struct Pt(int X, int Y);
    public readonly struct RO { public readonly int X; }
    public ref struct Span2 { }
    public static class Ext
    {
        public static int Twice(this int x) => x * 2;
    }
    file class Hidden { }
}
