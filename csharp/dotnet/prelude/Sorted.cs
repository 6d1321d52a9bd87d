// SortedDictionary<TKey,TValue>, SortedList<TKey,TValue> and SortedSet<T>, written in C#
// over sorted lists (binary search; O(n) insertion, fine for script-sized data).
namespace System.Collections.Generic
{
    public class SortedList<TKey, TValue> : IDictionary<TKey, TValue>, IReadOnlyDictionary<TKey, TValue>
    {
        private readonly List<TKey> _keys = new List<TKey>();
        private readonly List<TValue> _values = new List<TValue>();
        private readonly IComparer<TKey> _cmp;
        public SortedList() : this((IComparer<TKey>)null) { }
        public SortedList(IComparer<TKey> comparer) { _cmp = comparer ?? Comparer<TKey>.Default; }
        public SortedList(int capacity) : this((IComparer<TKey>)null) { }
        public SortedList(IDictionary<TKey, TValue> dictionary) : this((IComparer<TKey>)null) { foreach (var kv in dictionary) Add(kv.Key, kv.Value); }
        public SortedList(IDictionary<TKey, TValue> dictionary, IComparer<TKey> comparer) : this(comparer) { foreach (var kv in dictionary) Add(kv.Key, kv.Value); }
        public int Count => _keys.Count;
        public bool IsReadOnly => false;
        public IComparer<TKey> Comparer => _cmp;
        public IList<TKey> Keys => _keys;
        public IList<TValue> Values => _values;
        ICollection<TKey> IDictionary<TKey, TValue>.Keys => _keys;
        ICollection<TValue> IDictionary<TKey, TValue>.Values => _values;
        public int IndexOfKey(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            int lo = 0, hi = _keys.Count - 1;
            while (lo <= hi)
            {
                int m = lo + (hi - lo) / 2;
                int r = _cmp.Compare(_keys[m], key);
                if (r == 0) return m;
                if (r < 0) lo = m + 1; else hi = m - 1;
            }
            return ~lo;
        }
        public int IndexOfValue(TValue value) { for (int i = 0; i < _values.Count; i++) if (object.Equals(_values[i], value)) return i; return -1; }
        public TValue this[TKey key]
        {
            get { int i = IndexOfKey(key); if (i < 0) throw new KeyNotFoundException("The given key '" + key + "' was not present in the dictionary."); return _values[i]; }
            set { int i = IndexOfKey(key); if (i >= 0) _values[i] = value; else { _keys.Insert(~i, key); _values.Insert(~i, value); } }
        }
        public void Add(TKey key, TValue value)
        {
            int i = IndexOfKey(key);
            if (i >= 0) throw new ArgumentException("An item with the same key has already been added. Key: " + key);
            _keys.Insert(~i, key); _values.Insert(~i, value);
        }
        public void Add(KeyValuePair<TKey, TValue> item) => Add(item.Key, item.Value);
        public bool ContainsKey(TKey key) => IndexOfKey(key) >= 0;
        public bool ContainsValue(TValue value) => IndexOfValue(value) >= 0;
        public bool Contains(KeyValuePair<TKey, TValue> item) { int i = IndexOfKey(item.Key); return i >= 0 && object.Equals(_values[i], item.Value); }
        public bool TryGetValue(TKey key, out TValue value)
        {
            int i = IndexOfKey(key);
            value = i >= 0 ? _values[i] : default(TValue);
            return i >= 0;
        }
        public bool Remove(TKey key) { int i = IndexOfKey(key); if (i < 0) return false; RemoveAt(i); return true; }
        public bool Remove(KeyValuePair<TKey, TValue> item) => Remove(item.Key);
        public void RemoveAt(int index) { _keys.RemoveAt(index); _values.RemoveAt(index); }
        public TKey GetKeyAtIndex(int index) => _keys[index];
        public TValue GetValueAtIndex(int index) => _values[index];
        public void Clear() { _keys.Clear(); _values.Clear(); }
        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => __Items().GetEnumerator();
        private IEnumerable<KeyValuePair<TKey, TValue>> __Items()
        {
            for (int i = 0; i < _keys.Count; i++) yield return new KeyValuePair<TKey, TValue>(_keys[i], _values[i]);
        }
    }

    public class SortedDictionary<TKey, TValue> : SortedList<TKey, TValue>
    {
        public SortedDictionary() : base((IComparer<TKey>)null) { }
        public SortedDictionary(IComparer<TKey> comparer) : base(comparer) { }
        public SortedDictionary(IDictionary<TKey, TValue> dictionary) : base(dictionary) { }
        public SortedDictionary(IDictionary<TKey, TValue> dictionary, IComparer<TKey> comparer) : base(dictionary, comparer) { }
        public new ICollection<TKey> Keys => base.Keys;
        public new ICollection<TValue> Values => base.Values;
    }

    public class SortedSet<T> : ISet<T>, IReadOnlyCollection<T>
    {
        private readonly List<T> _items = new List<T>();
        private readonly IComparer<T> _cmp;
        public SortedSet() : this((IComparer<T>)null) { }
        public SortedSet(IComparer<T> comparer) { _cmp = comparer ?? Comparer<T>.Default; }
        public SortedSet(IEnumerable<T> collection) : this((IComparer<T>)null) { foreach (var x in collection) Add(x); }
        public SortedSet(IEnumerable<T> collection, IComparer<T> comparer) : this(comparer) { foreach (var x in collection) Add(x); }
        public int Count => _items.Count;
        public bool IsReadOnly => false;
        public IComparer<T> Comparer => _cmp;
        public T Min => _items.Count == 0 ? default(T) : _items[0];
        public T Max => _items.Count == 0 ? default(T) : _items[_items.Count - 1];
        private int __Index(T item)
        {
            int lo = 0, hi = _items.Count - 1;
            while (lo <= hi)
            {
                int m = lo + (hi - lo) / 2;
                int r = _cmp.Compare(_items[m], item);
                if (r == 0) return m;
                if (r < 0) lo = m + 1; else hi = m - 1;
            }
            return ~lo;
        }
        public bool Add(T item) { int i = __Index(item); if (i >= 0) return false; _items.Insert(~i, item); return true; }
        void ICollection<T>.Add(T item) => Add(item);
        public bool Remove(T item) { int i = __Index(item); if (i < 0) return false; _items.RemoveAt(i); return true; }
        public bool Contains(T item) => __Index(item) >= 0;
        public void Clear() => _items.Clear();
        public int RemoveWhere(Predicate<T> match) => _items.RemoveAll(match);
        public void UnionWith(IEnumerable<T> other) { foreach (var x in other) Add(x); }
        public void IntersectWith(IEnumerable<T> other) { var o = new SortedSet<T>(other, _cmp); _items.RemoveAll(x => !o.Contains(x)); }
        public void ExceptWith(IEnumerable<T> other) { foreach (var x in other) Remove(x); }
        public bool IsSubsetOf(IEnumerable<T> other) { var o = new SortedSet<T>(other, _cmp); foreach (var x in _items) if (!o.Contains(x)) return false; return true; }
        public bool IsSupersetOf(IEnumerable<T> other) { foreach (var x in other) if (!Contains(x)) return false; return true; }
        public bool Overlaps(IEnumerable<T> other) { foreach (var x in other) if (Contains(x)) return true; return false; }
        public bool SetEquals(IEnumerable<T> other) { var o = new SortedSet<T>(other, _cmp); return o.Count == Count && IsSubsetOf(o); }
        public IEnumerable<T> Reverse() { for (int i = _items.Count - 1; i >= 0; i--) yield return _items[i]; }
        public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();
    }
}
