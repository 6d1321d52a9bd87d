// System.Tuple (reference tuples; ValueTuple is csharp/eval's).
namespace System
{
    public static class Tuple
    {
        public static Tuple<T1> Create<T1>(T1 item1) => new Tuple<T1>(item1);
        public static Tuple<T1, T2> Create<T1, T2>(T1 item1, T2 item2) => new Tuple<T1, T2>(item1, item2);
        public static Tuple<T1, T2, T3> Create<T1, T2, T3>(T1 item1, T2 item2, T3 item3) => new Tuple<T1, T2, T3>(item1, item2, item3);
        public static Tuple<T1, T2, T3, T4> Create<T1, T2, T3, T4>(T1 item1, T2 item2, T3 item3, T4 item4) => new Tuple<T1, T2, T3, T4>(item1, item2, item3, item4);
    }
    public class Tuple<T1>
    {
        public Tuple(T1 item1) { Item1 = item1; }
        public T1 Item1 { get; }
        public override string ToString() => "(" + Item1 + ")";
        public override bool Equals(object obj) => obj is Tuple<T1> t && object.Equals(Item1, t.Item1);
        public override int GetHashCode() => Item1 == null ? 0 : Item1.GetHashCode();
    }
    public class Tuple<T1, T2>
    {
        public Tuple(T1 item1, T2 item2) { Item1 = item1; Item2 = item2; }
        public T1 Item1 { get; }
        public T2 Item2 { get; }
        public override string ToString() => "(" + Item1 + ", " + Item2 + ")";
        public override bool Equals(object obj) => obj is Tuple<T1, T2> t && object.Equals(Item1, t.Item1) && object.Equals(Item2, t.Item2);
        public override int GetHashCode() => (Item1 == null ? 0 : Item1.GetHashCode()) * 31 + (Item2 == null ? 0 : Item2.GetHashCode());
    }
    public class Tuple<T1, T2, T3>
    {
        public Tuple(T1 item1, T2 item2, T3 item3) { Item1 = item1; Item2 = item2; Item3 = item3; }
        public T1 Item1 { get; }
        public T2 Item2 { get; }
        public T3 Item3 { get; }
        public override string ToString() => "(" + Item1 + ", " + Item2 + ", " + Item3 + ")";
        public override bool Equals(object obj) => obj is Tuple<T1, T2, T3> t && object.Equals(Item1, t.Item1) && object.Equals(Item2, t.Item2) && object.Equals(Item3, t.Item3);
        public override int GetHashCode() => ((Item1 == null ? 0 : Item1.GetHashCode()) * 31 + (Item2 == null ? 0 : Item2.GetHashCode())) * 31 + (Item3 == null ? 0 : Item3.GetHashCode());
    }
    public class Tuple<T1, T2, T3, T4>
    {
        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4) { Item1 = item1; Item2 = item2; Item3 = item3; Item4 = item4; }
        public T1 Item1 { get; }
        public T2 Item2 { get; }
        public T3 Item3 { get; }
        public T4 Item4 { get; }
        public override string ToString() => "(" + Item1 + ", " + Item2 + ", " + Item3 + ", " + Item4 + ")";
        public override bool Equals(object obj) => obj is Tuple<T1, T2, T3, T4> t && object.Equals(Item1, t.Item1) && object.Equals(Item2, t.Item2) && object.Equals(Item3, t.Item3) && object.Equals(Item4, t.Item4);
        public override int GetHashCode() => Item1 == null ? 0 : Item1.GetHashCode();
    }
}
