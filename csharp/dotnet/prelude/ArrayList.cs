// System.Collections.ArrayList (non-generic, kept for old scripts), written in C# over List<object>.
using System.Collections.Generic;

namespace System.Collections
{
    public class ArrayList : IList, IEnumerable<object>
    {
        private readonly List<object> _items;
        public ArrayList() { _items = new List<object>(); }
        public ArrayList(int capacity) { _items = new List<object>(); }
        public ArrayList(ICollection c) { _items = new List<object>(); foreach (object x in (IEnumerable<object>)c) _items.Add(x); }
        public int Count => _items.Count;
        public object this[int index] { get => _items[index]; set => _items[index] = value; }
        public int Add(object value) { _items.Add(value); return _items.Count - 1; }
        public void AddRange(ICollection c) { foreach (object x in (IEnumerable<object>)c) _items.Add(x); }
        public void Insert(int index, object value) => _items.Insert(index, value);
        public void Remove(object obj) => _items.Remove(obj);
        public void RemoveAt(int index) => _items.RemoveAt(index);
        public void Clear() => _items.Clear();
        public bool Contains(object item) => _items.Contains(item);
        public int IndexOf(object value) => _items.IndexOf(value);
        public void Sort() => _items.Sort();
        public void Reverse() => _items.Reverse();
        public object[] ToArray() => _items.ToArray();
        public IEnumerator<object> GetEnumerator() => _items.GetEnumerator();
    }
}
