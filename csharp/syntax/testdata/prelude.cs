namespace System.Collections.Generic {
    public class List<T> : IList<T>, IEnumerable<T> {
        public extern List();
        public extern List(int capacity);
        public extern int Count { get; }
        public extern T this[int index] { get; set; }
        public extern void Add(T item);
        public extern event EventHandler Changed;
        public static extern List<T> operator +(List<T> a, List<T> b);
        public static extern implicit operator T[](List<T> l);
        public IEnumerable<TResult> Select<TResult>(Func<T, TResult> f) { foreach (var x in this) yield return f(x); }
    }
}
