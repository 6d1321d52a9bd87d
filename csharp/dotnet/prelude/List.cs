// System.Collections.Generic.List<T> (natives in collections.go).
namespace System.Collections.Generic
{
    public class List<T> : IList<T>, IReadOnlyList<T>, System.Collections.IList
    {
        public extern List();
        public extern List(int capacity);
        public extern List(IEnumerable<T> collection);
        public extern int Count { get; }
        public extern int Capacity { get; set; }
        public bool IsReadOnly => false;
        public extern T this[int index] { get; set; }
        public extern void Add(T item);
        public extern void AddRange(IEnumerable<T> collection);
        public extern void Insert(int index, T item);
        public extern void InsertRange(int index, IEnumerable<T> collection);
        public extern bool Remove(T item);
        public extern void RemoveAt(int index);
        public extern void RemoveRange(int index, int count);
        public extern int RemoveAll(Predicate<T> match);
        public extern void Clear();
        public extern bool Contains(T item);
        public extern int IndexOf(T item);
        public extern int IndexOf(T item, int index);
        public extern int LastIndexOf(T item);
        public extern T Find(Predicate<T> match);
        public extern List<T> FindAll(Predicate<T> match);
        public extern int FindIndex(Predicate<T> match);
        public extern T FindLast(Predicate<T> match);
        public extern int FindLastIndex(Predicate<T> match);
        public extern bool Exists(Predicate<T> match);
        public extern bool TrueForAll(Predicate<T> match);
        public extern void ForEach(Action<T> action);
        public extern void Sort();
        public extern void Sort(Comparison<T> comparison);
        public extern void Sort(IComparer<T> comparer);
        public void Sort(int index, int count, IComparer<T> comparer)
        {
            var part = GetRange(index, count);
            if (comparer == null) part.Sort(); else part.Sort((x, y) => comparer.Compare(x, y));
            for (int i = 0; i < count; i++) this[index + i] = part[i];
        }
        public extern void Reverse();
        public extern void Reverse(int index, int count);
        public extern T[] ToArray();
        public extern List<T> GetRange(int index, int count);
        public extern int BinarySearch(T item);
        public List<TOutput> ConvertAll<TOutput>(Converter<T, TOutput> converter)
        {
            var r = new List<TOutput>(Count);
            foreach (var x in this) r.Add(converter(x));
            return r;
        }
        public extern IEnumerator<T> GetEnumerator();
    }
}
