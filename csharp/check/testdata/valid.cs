// Valid C# that must check clean (no ERROR comments): tricky binding cases.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Demo
{
    public enum Color { Red, Green, Blue }

    [Flags]
    public enum Perm { None = 0, Read = 1, Write = 2 }

    public struct Point
    {
        public int X, Y;
        public Point(int x, int y) { X = x; Y = y; }
        public static Point operator +(Point a, Point b) => new Point(a.X + b.X, a.Y + b.Y);
        public override string ToString() => $"({X},{Y})";
    }

    public record Person(string Name, int Age);

    public record Tagged(string Tag)
    {
        public string Tag { get; init; } = Tag.ToUpperInvariant();
    }

    public class Service(string name, int retries)
    {
        private readonly string name = name;
        public string Describe() => name + retries;
    }

    public partial class Parts
    {
        partial void OnChanged();
        public void Change() => OnChanged();
    }

    public partial class Parts
    {
        partial void OnChanged() { }
    }

    public interface IShape { double Area(); string Name => "shape"; }

    public abstract class Shape : IShape
    {
        public abstract double Area();
        protected virtual string Describe() => "shape";
    }

    public sealed class Circle : Shape
    {
        readonly double r;
        public Circle(double r) { this.r = r; }
        public override double Area() => Math.PI * r * r;
        protected override string Describe() => "circle " + base.Describe();
        public string Show() => Describe();
    }

    public class Node<T>
    {
        public T Value { get; set; }
        public Node<T> Next { get; set; }
        public IEnumerable<T> Walk()
        {
            for (var n = this; n != null; n = n.Next)
                yield return n.Value;
        }
        public class Cursor { public Node<T> At; }
    }

    public class Paint
    {
        public Color Color { get; set; }
        public bool IsRed => Color == Color.Red;
        public event EventHandler Changed;
        public event Action<int> Counted;
        public void Fire() { Changed?.Invoke(this, EventArgs.Empty); Counted?.Invoke(1); }
        public int this[int i] => i * 2;
    }

    static class Extensions
    {
        public static bool IsEven(this int n) => n % 2 == 0;
        public static IEnumerable<T> Every<T>(this IEnumerable<T> xs, int k) => xs.Where((x, i) => i % k == 0);
    }

    class Program
    {
        static int counter;
        const int Limit = 10;

        static T Max<T>(T a, T b) where T : IComparable<T> => a.CompareTo(b) >= 0 ? a : b;

        static bool TryGet(string s, out int value)
        {
            value = 0;
            if (string.IsNullOrEmpty(s)) return false;
            return int.TryParse(s, out value);
        }

        static IEnumerable<int> Numbers()
        {
            int i = 0;
            while (true)
            {
                if (i > 3) yield break;
                yield return i++;
            }
        }

        static string Kind(object o)
        {
            switch (o)
            {
                case null: return "null";
                case int n when n > 10: return "big";
                case int n: return "int " + n;
                case string { Length: > 3 } s: return "long string " + s;
                case Point { X: 0 }: return "on axis";
                default: return "other";
            }
        }

        static async Task<int> LaterAsync(int x, CancellationToken ct = default)
        {
            await Task.Delay(10, ct);
            return x * 2;
        }

        static async Task Main(string[] args)
        {
            byte b = Limit;
            short sh = 3;
            sh += 2;
            long big = int.MaxValue + 1L;
            uint u = 5;
            u = u * 3 + 1;
            char c = 'a';
            c++;
            int fromChar = c + 1;
            double d = 1 / 3.0;
            decimal m = 1.5m * 2;
            float f = 1.5f;
            Perm p = Perm.Read | Perm.Write;
            bool canRead = (p & Perm.Read) != 0 && p.HasFlag(Perm.Write);
            var pt = new Point(1, 2) + new Point(3, 4);
            Point zero;
            zero.X = 0;
            zero.Y = 0;
            Console.WriteLine(zero.X + pt.Y);
            var person = new Person("Ann", 30);
            var older = person with { Age = 31 };
            var (name, age) = older;
            Console.WriteLine($"{name} {age,5} {d:F2} {m} {f} {b} {sh} {big} {u} {fromChar} {canRead}");
            var shapes = new List<Shape> { new Circle(1), new Circle(2) };
            double total = shapes.Sum(s => s.Area());
            var names = shapes.OfType<Circle>().Select(s => s.Show()).ToList();
            var byArea = shapes.OrderByDescending(s => s.Area()).First();
            Console.WriteLine(total + names.Count + byArea.Area());
            var dict = new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 };
            if (dict.TryGetValue("a", out var one)) Console.WriteLine(one);
            foreach (var (k, v) in dict.Select(kv => (kv.Key, kv.Value))) Console.WriteLine(k + v);
            int? maybe = dict.ContainsKey("z") ? dict["z"] : (int?)null;
            Console.WriteLine(maybe ?? -1);
            Console.WriteLine(maybe.HasValue ? maybe.Value : 0);
            var node = new Node<string> { Value = "x", Next = new Node<string> { Value = "y" } };
            Console.WriteLine(string.Join(",", node.Walk()));
            var cur = new Node<string>.Cursor { At = node };
            Console.WriteLine(cur.At.Value.Length);
            Console.WriteLine(Max(3, 4) + Max("a", "b").Length);
            Console.WriteLine(7.IsEven() + " " + Numbers().Every(2).Count());
            var paint = new Paint { Color = Color.Green };
            paint.Changed += (s, e) => counter++;
            paint.Counted += n => counter += n;
            paint.Fire();
            Console.WriteLine(paint.IsRed + " " + paint[3] + " " + Kind(42) + Kind("hello"));
            Func<int, int> sq = x => x * x;
            Func<int, int, int> add = (x, y) => x + y;
            Action<string> print = Console.WriteLine;
            Predicate<int> isPos = x => x > 0;
            Comparison<string> cmp = (x, y) => string.Compare(x, y);
            var natural = (int x) => x + 1;
            print(sq(3).ToString() + add(1, 2) + isPos(1) + natural(1) + cmp("a", "b"));
            var results = await Task.WhenAll(Enumerable.Range(1, 3).Select(i => LaterAsync(i)));
            int first = results[0];
            var t1 = Task.Run(async () => { await Task.Delay(1); return "s"; });
            string s1 = await t1;
            int r2 = await Task.Run(() => 5).ContinueWith(t => t.Result + 1);
            var cts = new CancellationTokenSource();
            cts.Cancel();
            try
            {
                await LaterAsync(1, cts.Token);
            }
            catch (OperationCanceledException e) when (e.CancellationToken.IsCancellationRequested)
            {
                Console.WriteLine("cancelled");
            }
            catch (Exception)
            {
                throw;
            }
            finally
            {
                Console.WriteLine(first + s1 + r2);
            }
            if (!TryGet("12", out int parsed)) return;
            Console.WriteLine(parsed);
            string label = parsed switch
            {
                < 0 => "neg",
                0 => "zero",
                > 0 and < 10 => "small",
                _ => "big",
            };
            int[] arr = { 3, 1, 2 };
            int[,] grid = new int[2, 2];
            grid[0, 1] = arr[0];
            var last = arr[^1];
            var slice = arr[1..];
            object boxed = arr;
            if (boxed is int[] { Length: 3 } ints) Console.WriteLine(ints[0]);
            Console.WriteLine(label + last + slice.Length + grid[0, 1]);
            var anon = new { A = 1, B = "x" };
            Console.WriteLine(anon.A + anon.B);
            dynamic dyn = 5;
            Console.WriteLine(dyn.Whatever);
            int Local(int n) => n <= 1 ? 1 : n * Local(n - 1);
            Console.WriteLine(Local(5));
            List<int> list = new() { 1, 2 };
            int lastOfList = list[^1] + "abc"[^1];
            int[] collected = [1, 2, .. list];
            Console.WriteLine(collected.Length + nameof(Program.Main).Length + nameof(counter).Length);
            var sb = new System.Text.StringBuilder();
            sb.Append('x').Append(1).AppendLine();
            Console.WriteLine(sb.ToString().Trim().ToUpperInvariant());
            goto end;
        end:
            Console.WriteLine(typeof(Program).Name + default(int) + (args?.Length ?? 0));
        }
    }
}
