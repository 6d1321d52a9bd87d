// System.Collections.Generic.Dictionary<TKey,TValue> and HashSet<T> (natives in
// collections.go). Enumeration order is .NET's: insertion order, with slots
// freed by Remove reused (most recently freed first) by later additions.
// Keys and Values are live views (__DictionaryView<T>), as .NET's KeyCollection/ValueCollection.
namespace System.Collections.Generic
{
    public class Dictionary<TKey, TValue> : IDictionary<TKey, TValue>, IReadOnlyDictionary<TKey, TValue>
    {
        public extern Dictionary();
        public extern Dictionary(int capacity);
        public extern Dictionary(IEqualityComparer<TKey> comparer);
        public extern Dictionary(int capacity, IEqualityComparer<TKey> comparer);
        public extern Dictionary(IDictionary<TKey, TValue> dictionary);
        public extern Dictionary(IDictionary<TKey, TValue> dictionary, IEqualityComparer<TKey> comparer);
        public extern Dictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection);
        public extern int Count { get; }
        public bool IsReadOnly => false;
        public extern TValue this[TKey key] { get; set; }
        public extern ICollection<TKey> Keys { get; }
        public extern ICollection<TValue> Values { get; }
        public extern IEqualityComparer<TKey> Comparer { get; }
        public extern void Add(TKey key, TValue value);
        public void Add(KeyValuePair<TKey, TValue> item) => Add(item.Key, item.Value);
        public extern bool TryAdd(TKey key, TValue value);
        public extern bool Remove(TKey key);
        public extern bool Remove(TKey key, out TValue value);
        public bool Remove(KeyValuePair<TKey, TValue> item) => Remove(item.Key);
        public extern bool ContainsKey(TKey key);
        public extern bool ContainsValue(TValue value);
        public bool Contains(KeyValuePair<TKey, TValue> item) => ContainsKey(item.Key) && object.Equals(this[item.Key], item.Value);
        public extern bool TryGetValue(TKey key, out TValue value);
        public extern void Clear();
        public int EnsureCapacity(int capacity) => capacity;
        public extern IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator();
    }

    // Dictionary.Keys and .Values: read-only live views of the dictionary.
    public sealed class __DictionaryView<T> : ICollection<T>, IReadOnlyCollection<T>
    {
        public extern int Count { get; }
        public bool IsReadOnly => true;
        public extern void Add(T item);
        public extern void Clear();
        public extern bool Remove(T item);
        public extern bool Contains(T item);
        public extern IEnumerator<T> GetEnumerator();
    }

    public class HashSet<T> : ISet<T>, IReadOnlyCollection<T>
    {
        public extern HashSet();
        public extern HashSet(IEqualityComparer<T> comparer);
        public extern HashSet(IEnumerable<T> collection);
        public extern HashSet(IEnumerable<T> collection, IEqualityComparer<T> comparer);
        public extern int Count { get; }
        public bool IsReadOnly => false;
        public extern IEqualityComparer<T> Comparer { get; }
        public extern bool Add(T item);
        void ICollection<T>.Add(T item) => Add(item);
        public extern bool Remove(T item);
        public extern bool Contains(T item);
        public extern void Clear();
        public extern int RemoveWhere(Predicate<T> match);
        public extern void UnionWith(IEnumerable<T> other);
        public extern void IntersectWith(IEnumerable<T> other);
        public extern void ExceptWith(IEnumerable<T> other);
        public extern void SymmetricExceptWith(IEnumerable<T> other);
        public extern bool IsSubsetOf(IEnumerable<T> other);
        public extern bool IsSupersetOf(IEnumerable<T> other);
        public extern bool IsProperSubsetOf(IEnumerable<T> other);
        public extern bool IsProperSupersetOf(IEnumerable<T> other);
        public extern bool Overlaps(IEnumerable<T> other);
        public extern bool SetEquals(IEnumerable<T> other);
        public extern bool TryGetValue(T equalValue, out T actualValue);
        public extern IEnumerator<T> GetEnumerator();
    }

    public class Queue<T> : IReadOnlyCollection<T>, System.Collections.ICollection
    {
        public extern Queue();
        public extern Queue(int capacity);
        public extern Queue(IEnumerable<T> collection);
        public extern int Count { get; }
        public extern void Enqueue(T item);
        public extern T Dequeue();
        public extern T Peek();
        public extern bool TryDequeue(out T result);
        public extern bool TryPeek(out T result);
        public extern bool Contains(T item);
        public extern void Clear();
        public extern T[] ToArray();
        public extern IEnumerator<T> GetEnumerator();
    }

    public class Stack<T> : IReadOnlyCollection<T>, System.Collections.ICollection
    {
        public extern Stack();
        public extern Stack(int capacity);
        public extern Stack(IEnumerable<T> collection);
        public extern int Count { get; }
        public extern void Push(T item);
        public extern T Pop();
        public extern T Peek();
        public extern bool TryPop(out T result);
        public extern bool TryPeek(out T result);
        public extern bool Contains(T item);
        public extern void Clear();
        public extern T[] ToArray();
        public extern IEnumerator<T> GetEnumerator();
    }

    public static class CollectionExtensions
    {
        public static TValue GetValueOrDefault<TKey, TValue>(this IReadOnlyDictionary<TKey, TValue> dictionary, TKey key)
        {
            TValue v;
            return dictionary.TryGetValue(key, out v) ? v : default(TValue);
        }
        public static TValue GetValueOrDefault<TKey, TValue>(this IReadOnlyDictionary<TKey, TValue> dictionary, TKey key, TValue defaultValue)
        {
            TValue v;
            return dictionary.TryGetValue(key, out v) ? v : defaultValue;
        }
    }
}
