// System.Collections.Generic interfaces, KeyValuePair, comparers and StringComparer
// (natives in collections.go).
namespace System.Collections
{
    public interface ICollection : IEnumerable { int Count { get; } }
    public interface IList : ICollection { }
    public interface IEqualityComparer { bool Equals(object x, object y); int GetHashCode(object obj); }
    public interface IComparer { int Compare(object x, object y); }
}
namespace System.Collections.Generic
{
    public interface IReadOnlyCollection<out T> : IEnumerable<T> { int Count { get; } }
    public interface IReadOnlyList<out T> : IReadOnlyCollection<T> { T this[int index] { get; } }
    public interface ICollection<T> : IEnumerable<T>
    {
        int Count { get; }
        bool IsReadOnly { get; }
        void Add(T item);
        void Clear();
        bool Contains(T item);
        bool Remove(T item);
    }
    public interface IList<T> : ICollection<T>
    {
        T this[int index] { get; set; }
        int IndexOf(T item);
        void Insert(int index, T item);
        void RemoveAt(int index);
    }
    public interface ISet<T> : ICollection<T>
    {
        new bool Add(T item);
        void UnionWith(IEnumerable<T> other);
        void IntersectWith(IEnumerable<T> other);
        void ExceptWith(IEnumerable<T> other);
        bool IsSubsetOf(IEnumerable<T> other);
        bool IsSupersetOf(IEnumerable<T> other);
        bool Overlaps(IEnumerable<T> other);
        bool SetEquals(IEnumerable<T> other);
    }
    public interface IReadOnlyDictionary<TKey, TValue> : IReadOnlyCollection<KeyValuePair<TKey, TValue>>
    {
        TValue this[TKey key] { get; }
        bool ContainsKey(TKey key);
        bool TryGetValue(TKey key, out TValue value);
    }
    public interface IDictionary<TKey, TValue> : ICollection<KeyValuePair<TKey, TValue>>
    {
        TValue this[TKey key] { get; set; }
        ICollection<TKey> Keys { get; }
        ICollection<TValue> Values { get; }
        bool ContainsKey(TKey key);
        void Add(TKey key, TValue value);
        bool Remove(TKey key);
        bool TryGetValue(TKey key, out TValue value);
    }
    public interface IEqualityComparer<in T> { bool Equals(T x, T y); int GetHashCode(T obj); }
    public interface IComparer<in T> { int Compare(T x, T y); }

    public struct KeyValuePair<TKey, TValue>
    {
        private readonly TKey _key;
        private readonly TValue _value;
        public KeyValuePair(TKey key, TValue value) { _key = key; _value = value; }
        public TKey Key => _key;
        public TValue Value => _value;
        public void Deconstruct(out TKey key, out TValue value) { key = _key; value = _value; }
        public override string ToString() => "[" + _key + ", " + _value + "]";
    }
    public static class KeyValuePair
    {
        public static KeyValuePair<TKey, TValue> Create<TKey, TValue>(TKey key, TValue value) => new KeyValuePair<TKey, TValue>(key, value);
    }

    public abstract class Comparer<T> : IComparer<T>
    {
        public static Comparer<T> Default { get; } = new __DefaultComparer<T>();
        public abstract int Compare(T x, T y);
        public static Comparer<T> Create(Comparison<T> comparison) => new __ComparisonComparer<T>(comparison);
    }
    public sealed class __DefaultComparer<T> : Comparer<T>
    {
        public override int Compare(T x, T y) => __Compare(x, y);
        private static extern int __Compare(object x, object y);
    }
    public sealed class __ComparisonComparer<T> : Comparer<T>
    {
        private readonly Comparison<T> _c;
        public __ComparisonComparer(Comparison<T> c) { _c = c; }
        public override int Compare(T x, T y) => _c(x, y);
    }
    public abstract class EqualityComparer<T> : IEqualityComparer<T>
    {
        public static EqualityComparer<T> Default { get; } = new __DefaultEqualityComparer<T>();
        public abstract bool Equals(T x, T y);
        public abstract int GetHashCode(T obj);
    }
    public sealed class __DefaultEqualityComparer<T> : EqualityComparer<T>
    {
        public override bool Equals(T x, T y) => object.Equals(x, y);
        public override int GetHashCode(T obj) => obj == null ? 0 : obj.GetHashCode();
    }
}
namespace System
{
    public abstract class StringComparer : System.Collections.Generic.IEqualityComparer<string>, System.Collections.Generic.IComparer<string>
    {
        private readonly int _kind; // 1 Ordinal, 2 OrdinalIgnoreCase, 3 InvariantCulture, 4 InvariantCultureIgnoreCase
        protected StringComparer(int kind) { _kind = kind; }
        public static StringComparer Ordinal { get; } = new __StringComparer(1);
        public static StringComparer OrdinalIgnoreCase { get; } = new __StringComparer(2);
        public static StringComparer InvariantCulture { get; } = new __StringComparer(3);
        public static StringComparer InvariantCultureIgnoreCase { get; } = new __StringComparer(4);
        public static StringComparer CurrentCulture => InvariantCulture;
        public static StringComparer CurrentCultureIgnoreCase => InvariantCultureIgnoreCase;
        public bool Equals(string x, string y) => __Compare(_kind, x, y) == 0;
        public int GetHashCode(string obj) => __Hash(_kind, obj);
        public int Compare(string x, string y) => __Compare(_kind, x, y);
        private static extern int __Compare(int kind, string x, string y);
        private static extern int __Hash(int kind, string s);
    }
    public sealed class __StringComparer : StringComparer { public __StringComparer(int kind) : base(kind) { } }
    public delegate TOutput Converter<in TInput, out TOutput>(TInput input);
}
