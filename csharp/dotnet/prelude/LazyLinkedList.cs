// System.Lazy<T> and System.Collections.Generic.LinkedList<T>, written in C#.
using System.Collections.Generic;

namespace System
{
    public class Lazy<T>
    {
        private Func<T> _factory;
        private T _value;
        private bool _created;
        public Lazy() : this(() => (T)Activator.__New(typeof(T))) { }
        public Lazy(Func<T> valueFactory) { if (valueFactory == null) throw new ArgumentNullException("valueFactory"); _factory = valueFactory; }
        public Lazy(Func<T> valueFactory, bool isThreadSafe) : this(valueFactory) { }
        public Lazy(T value) { _value = value; _created = true; }
        public bool IsValueCreated => _created;
        public T Value
        {
            get
            {
                if (!_created) { _value = _factory(); _created = true; _factory = null; }
                return _value;
            }
        }
        public override string ToString() => _created ? (_value == null ? "" : _value.ToString()) : "Value is not created.";
    }
    public static class Activator
    {
        internal static object __New(Type t) => throw new MissingMethodException("Lazy<T>() needs a value factory in rpbench.");
    }
}
namespace System.Collections.Generic
{
    public sealed class LinkedListNode<T>
    {
        internal LinkedList<T> _list;
        internal LinkedListNode<T> _next, _prev;
        private T _value;
        public LinkedListNode(T value) { _value = value; }
        public LinkedList<T> List => _list;
        public LinkedListNode<T> Next => _list == null || _next == _list._head ? null : _next;
        public LinkedListNode<T> Previous => _list == null || this == _list._head ? null : _prev;
        public T Value { get => _value; set => _value = value; }
    }

    public class LinkedList<T> : ICollection<T>, IReadOnlyCollection<T>
    {
        internal LinkedListNode<T> _head;
        private int _count;
        private int _version; // changed by every insertion and removal: enumerators check it
        public LinkedList() { }
        public LinkedList(IEnumerable<T> collection) { foreach (var x in collection) __AddLast(new LinkedListNode<T>(x)); }
        public int Count => _count;
        public bool IsReadOnly => false;
        public LinkedListNode<T> First => _head;
        public LinkedListNode<T> Last => _head == null ? null : _head._prev;

        private void __Check(LinkedListNode<T> node, bool owned)
        {
            if (node == null) throw new ArgumentNullException("node");
            if (owned && node._list != this) throw new InvalidOperationException("The LinkedList node does not belong to current LinkedList.");
            if (!owned && node._list != null) throw new InvalidOperationException("The LinkedList node already belongs to a LinkedList.");
        }
        private void __InsertBefore(LinkedListNode<T> node, LinkedListNode<T> n)
        {
            n._list = this; n._next = node; n._prev = node._prev; node._prev._next = n; node._prev = n; _count++; _version++;
        }
        private void __First(LinkedListNode<T> n) { n._list = this; n._next = n; n._prev = n; _head = n; _count++; _version++; }

        // (helpers with their own names: csharp/eval picks overloads by run-time type, and a node is also a T)
        public LinkedListNode<T> AddFirst(T value)
        {
            if ((object)value is LinkedListNode<T> nd) { __Check(nd, false); __AddFirst(nd); return nd; } // run-time overload guard
            var n = new LinkedListNode<T>(value); __AddFirst(n); return n;
        }
        public void AddFirst(LinkedListNode<T> node) { __Check(node, false); __AddFirst(node); }
        private void __AddFirst(LinkedListNode<T> node) { if (_head == null) __First(node); else { __InsertBefore(_head, node); _head = node; } }
        public LinkedListNode<T> AddLast(T value)
        {
            if ((object)value is LinkedListNode<T> nd) { __Check(nd, false); __AddLast(nd); return nd; } // run-time overload guard
            var n = new LinkedListNode<T>(value); __AddLast(n); return n;
        }
        public void AddLast(LinkedListNode<T> node) { __Check(node, false); __AddLast(node); }
        private void __AddLast(LinkedListNode<T> node) { if (_head == null) __First(node); else __InsertBefore(_head, node); }
        public LinkedListNode<T> AddBefore(LinkedListNode<T> node, T value) { __Check(node, true); var n = new LinkedListNode<T>(value); __InsertBefore(node, n); if (node == _head) _head = n; return n; }
        public LinkedListNode<T> AddAfter(LinkedListNode<T> node, T value) { __Check(node, true); var n = new LinkedListNode<T>(value); __InsertBefore(node._next, n); return n; }
        void ICollection<T>.Add(T item) => __AddLast(new LinkedListNode<T>(item));
        public void Remove(LinkedListNode<T> node) { __Check(node, true); __Unlink(node); }
        private void __Unlink(LinkedListNode<T> node)
        {
            if (node._next == node) _head = null;
            else { node._next._prev = node._prev; node._prev._next = node._next; if (_head == node) _head = node._next; }
            node._list = null; node._next = null; node._prev = null; _count--; _version++;
        }
        public bool Remove(T value)
        {
            if ((object)value is LinkedListNode<T> nd) { __Check(nd, true); __Unlink(nd); return true; } // run-time overload guard
            var n = Find(value); if (n == null) return false; __Unlink(n); return true;
        }
        public void RemoveFirst() { if (_head == null) throw new InvalidOperationException("The LinkedList is empty."); __Unlink(_head); }
        public void RemoveLast() { if (_head == null) throw new InvalidOperationException("The LinkedList is empty."); __Unlink(_head._prev); }
        public LinkedListNode<T> Find(T value)
        {
            var n = _head;
            if (n == null) return null;
            do { if (object.Equals(n.Value, value)) return n; n = n._next; } while (n != _head);
            return null;
        }
        public LinkedListNode<T> FindLast(T value)
        {
            if (_head == null) return null;
            var n = _head._prev;
            do { if (object.Equals(n.Value, value)) return n; n = n._prev; } while (n != _head._prev);
            return null;
        }
        public bool Contains(T value) => Find(value) != null;
        public void Clear() { while (_head != null) __Unlink(_head); }
        public IEnumerator<T> GetEnumerator() => __Items().GetEnumerator();
        private IEnumerable<T> __Items()
        {
            int v = _version;
            var n = _head;
            if (n == null) yield break;
            do
            {
                yield return n.Value;
                if (_version != v) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                n = n._next;
            } while (n != _head && n != null);
        }
    }
}
