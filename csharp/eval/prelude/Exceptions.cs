// The exception hierarchy with .NET 8's default messages.
namespace System
{
    public class Exception
    {
        private string _message;
        private Exception _innerException;
        public Exception() { }
        public Exception(string message) { _message = message; }
        public Exception(string message, Exception innerException) { _message = message; _innerException = innerException; }
        public virtual string Message => _message ?? "Exception of type '" + GetType().FullName + "' was thrown.";
        public Exception InnerException => _innerException;
        public virtual string StackTrace => __StackTrace();
        public virtual string Source { get; set; }
        public int HResult { get; set; }
        private System.Collections.IDictionary _data;
        public virtual System.Collections.IDictionary Data => _data ?? (_data = new System.Collections.__ListDictionary());
        public Exception GetBaseException() { Exception e = this; while (e.InnerException != null) e = e.InnerException; return e; }
        private extern string __StackTrace();
        public override string ToString()
        {
            string s = GetType().FullName;
            string m = Message;
            if (!string.IsNullOrEmpty(m)) s = s + ": " + m;
            if (_innerException != null) s = s + " ---> " + _innerException.ToString() + "\n   --- End of inner exception stack trace ---";
            string st = StackTrace;
            if (!string.IsNullOrEmpty(st)) s = s + "\n" + st;
            return s;
        }
    }
    public class SystemException : Exception
    {
        public SystemException() : base("System error.") { }
        public SystemException(string message) : base(message) { }
        public SystemException(string message, Exception innerException) : base(message, innerException) { }
    }
    public class ApplicationException : Exception
    {
        public ApplicationException() : base("Error in the application.") { }
        public ApplicationException(string message) : base(message) { }
        public ApplicationException(string message, Exception innerException) : base(message, innerException) { }
    }
    public class ArgumentException : SystemException
    {
        private string _paramName;
        public ArgumentException() : base("Value does not fall within the expected range.") { }
        public ArgumentException(string message) : base(message) { }
        public ArgumentException(string message, Exception innerException) : base(message, innerException) { }
        public ArgumentException(string message, string paramName) : base(message) { _paramName = paramName; }
        public ArgumentException(string message, string paramName, Exception innerException) : base(message, innerException) { _paramName = paramName; }
        public virtual string ParamName => _paramName;
        public override string Message => _paramName == null ? base.Message : base.Message + " (Parameter '" + _paramName + "')";
    }
    public class ArgumentNullException : ArgumentException
    {
        public ArgumentNullException() : base("Value cannot be null.") { }
        public ArgumentNullException(string paramName) : base("Value cannot be null.", paramName) { }
        public ArgumentNullException(string paramName, string message) : base(message, paramName) { }
        public ArgumentNullException(string message, Exception innerException) : base(message, innerException) { }
        public static void ThrowIfNull(object argument, string paramName = null) { if (argument == null) throw new ArgumentNullException(paramName); }
    }
    public class ArgumentOutOfRangeException : ArgumentException
    {
        public ArgumentOutOfRangeException() : base("Specified argument was out of the range of valid values.") { }
        public ArgumentOutOfRangeException(string paramName) : base("Specified argument was out of the range of valid values.", paramName) { }
        public ArgumentOutOfRangeException(string paramName, string message) : base(message, paramName) { }
        public ArgumentOutOfRangeException(string message, Exception innerException) : base(message, innerException) { }
        private object _actualValue;
        public ArgumentOutOfRangeException(string paramName, object actualValue, string message) : base(message, paramName) { _actualValue = actualValue; }
        public virtual object ActualValue => _actualValue;
        public override string Message => _actualValue == null ? base.Message : base.Message + Environment.NewLine + "Actual value was " + _actualValue + ".";
    }
    public class ArithmeticException : SystemException
    {
        public ArithmeticException() : base("Overflow or underflow in the arithmetic operation.") { }
        public ArithmeticException(string message) : base(message) { }
        public ArithmeticException(string message, Exception innerException) : base(message, innerException) { }
    }
    public class OverflowException : ArithmeticException
    {
        public OverflowException() : base("Arithmetic operation resulted in an overflow.") { }
        public OverflowException(string message) : base(message) { }
        public OverflowException(string message, Exception innerException) : base(message, innerException) { }
    }
    public class DivideByZeroException : ArithmeticException
    {
        public DivideByZeroException() : base("Attempted to divide by zero.") { }
        public DivideByZeroException(string message) : base(message) { }
        public DivideByZeroException(string message, Exception innerException) : base(message, innerException) { }
    }
    public class InvalidOperationException : SystemException
    {
        public InvalidOperationException() : base("Operation is not valid due to the current state of the object.") { }
        public InvalidOperationException(string message) : base(message) { }
        public InvalidOperationException(string message, Exception innerException) : base(message, innerException) { }
    }
    public class ObjectDisposedException : InvalidOperationException
    {
        public ObjectDisposedException(string objectName) : base("Cannot access a disposed object.\nObject name: '" + objectName + "'.") { }
        public ObjectDisposedException(string objectName, string message) : base(message) { }
    }
    public class NullReferenceException : SystemException
    {
        public NullReferenceException() : base("Object reference not set to an instance of an object.") { }
        public NullReferenceException(string message) : base(message) { }
        public NullReferenceException(string message, Exception innerException) : base(message, innerException) { }
    }
    public class ArrayTypeMismatchException : SystemException
    {
        public ArrayTypeMismatchException() : base("Attempted to access an element as a type incompatible with the array.") { }
        public ArrayTypeMismatchException(string message) : base(message) { }
        public ArrayTypeMismatchException(string message, Exception innerException) : base(message, innerException) { }
    }

    public class IndexOutOfRangeException : SystemException
    {
        public IndexOutOfRangeException() : base("Index was outside the bounds of the array.") { }
        public IndexOutOfRangeException(string message) : base(message) { }
        public IndexOutOfRangeException(string message, Exception innerException) : base(message, innerException) { }
    }
    public class FormatException : SystemException
    {
        public FormatException() : base("One of the identified items was in an invalid format.") { }
        public FormatException(string message) : base(message) { }
        public FormatException(string message, Exception innerException) : base(message, innerException) { }
    }
    public class InvalidCastException : SystemException
    {
        public InvalidCastException() : base("Specified cast is not valid.") { }
        public InvalidCastException(string message) : base(message) { }
        public InvalidCastException(string message, Exception innerException) : base(message, innerException) { }
    }
    public class NotSupportedException : SystemException
    {
        public NotSupportedException() : base("Specified method is not supported.") { }
        public NotSupportedException(string message) : base(message) { }
        public NotSupportedException(string message, Exception innerException) : base(message, innerException) { }
    }
    public class NotImplementedException : SystemException
    {
        public NotImplementedException() : base("The method or operation is not implemented.") { }
        public NotImplementedException(string message) : base(message) { }
        public NotImplementedException(string message, Exception innerException) : base(message, innerException) { }
    }
    public class TimeoutException : SystemException
    {
        public TimeoutException() : base("The operation has timed out.") { }
        public TimeoutException(string message) : base(message) { }
        public TimeoutException(string message, Exception innerException) : base(message, innerException) { }
    }
    public sealed class TypeInitializationException : SystemException
    {
        private string _typeName;
        public TypeInitializationException(string fullTypeName, Exception innerException) : base("The type initializer for '" + fullTypeName + "' threw an exception.", innerException) { _typeName = fullTypeName; }
        public string TypeName => _typeName ?? "";
    }
    public class MissingMemberException : SystemException
    {
        public MissingMemberException() : base("Attempted to access a missing member.") { }
        public MissingMemberException(string message) : base(message) { }
    }
    public class MissingMethodException : MissingMemberException
    {
        public MissingMethodException() : base("Attempted to access a missing method.") { }
        public MissingMethodException(string message) : base(message) { }
    }
    public class StackOverflowException : SystemException
    {
        public StackOverflowException() : base("Operation caused a stack overflow.") { }
        public StackOverflowException(string message) : base(message) { }
    }
    public class OperationCanceledException : SystemException
    {
        public OperationCanceledException() : base("The operation was canceled.") { }
        public OperationCanceledException(string message) : base(message) { }
        public OperationCanceledException(string message, Exception innerException) : base(message, innerException) { }
        public OperationCanceledException(System.Threading.CancellationToken token) : base("The operation was canceled.") { CancellationToken = token; }
        public OperationCanceledException(string message, System.Threading.CancellationToken token) : base(message) { CancellationToken = token; }
        public System.Threading.CancellationToken CancellationToken { get; private set; }
    }
    public class AggregateException : Exception
    {
        private Exception[] _inner;
        public AggregateException() : base("One or more errors occurred.") { _inner = new Exception[0]; }
        public AggregateException(string message) : base(message) { _inner = new Exception[0]; }
        public AggregateException(params Exception[] innerExceptions) : base("One or more errors occurred.", innerExceptions.Length > 0 ? innerExceptions[0] : null) { _inner = innerExceptions; }
        public AggregateException(string message, params Exception[] innerExceptions) : base(message, innerExceptions.Length > 0 ? innerExceptions[0] : null) { _inner = innerExceptions; }
        public System.Collections.ObjectModel.ReadOnlyCollection<Exception> InnerExceptions => new System.Collections.ObjectModel.ReadOnlyCollection<Exception>(_inner);
        public override string Message
        {
            get
            {
                string s = base.Message;
                foreach (var e in _inner) s = s + " (" + e.Message + ")";
                return s;
            }
        }
        public AggregateException Flatten()
        {
            Exception[] flat = new Exception[0];
            AggregateException[] queue = new AggregateException[] { this };
            for (int qi = 0; qi < queue.Length; qi++)
            {
                foreach (var e in queue[qi]._inner)
                {
                    if (e is AggregateException inner) { Array.Resize(ref queue, queue.Length + 1); queue[queue.Length - 1] = inner; }
                    else if (e != null) { Array.Resize(ref flat, flat.Length + 1); flat[flat.Length - 1] = e; }
                }
            }
            return new AggregateException(base.Message, flat);
        }
        public void Handle(Func<Exception, bool> predicate)
        {
            if (predicate == null) throw new ArgumentNullException("predicate");
            Exception[] unhandled = new Exception[0];
            foreach (var e in _inner)
            {
                if (!predicate(e)) { Array.Resize(ref unhandled, unhandled.Length + 1); unhandled[unhandled.Length - 1] = e; }
            }
            if (unhandled.Length > 0) throw new AggregateException(base.Message, unhandled);
        }
        public override string ToString()
        {
            string s = GetType().FullName + ": " + Message;
            for (int i = 0; i < _inner.Length; i++)
            {
                s = s + "\n ---> (Inner Exception #" + i + ") " + _inner[i].ToString() + "<---\n";
            }
            return s;
        }
    }
}

namespace System.Collections
{
    public interface IDictionary : IEnumerable
    {
        object this[object key] { get; set; }
        int Count { get; }
        bool Contains(object key);
        void Add(object key, object value);
        void Remove(object key);
        void Clear();
    }
    // __ListDictionary is the small insertion-ordered dictionary behind Exception.Data.
    public sealed class __ListDictionary : IDictionary
    {
        private object[] _keys = new object[0];
        private object[] _values = new object[0];
        private int IndexOf(object key)
        {
            if (key == null) throw new ArgumentNullException("key");
            for (int i = 0; i < _keys.Length; i++) if (object.Equals(_keys[i], key)) return i;
            return -1;
        }
        public object this[object key]
        {
            get { int i = IndexOf(key); return i < 0 ? null : _values[i]; }
            set { int i = IndexOf(key); if (i < 0) Add(key, value); else _values[i] = value; }
        }
        public int Count => _keys.Length;
        public bool Contains(object key) => IndexOf(key) >= 0;
        public void Add(object key, object value)
        {
            if (IndexOf(key) >= 0) throw new ArgumentException("Item has already been added. Key in dictionary: '" + key + "'  Key being added: '" + key + "'");
            Array.Resize(ref _keys, _keys.Length + 1);
            Array.Resize(ref _values, _values.Length + 1);
            _keys[_keys.Length - 1] = key;
            _values[_values.Length - 1] = value;
        }
        public void Remove(object key)
        {
            int i = IndexOf(key);
            if (i < 0) return;
            object[] k = new object[_keys.Length - 1], v = new object[_keys.Length - 1];
            Array.Copy(_keys, 0, k, 0, i); Array.Copy(_keys, i + 1, k, i, _keys.Length - i - 1);
            Array.Copy(_values, 0, v, 0, i); Array.Copy(_values, i + 1, v, i, _values.Length - i - 1);
            _keys = k; _values = v;
        }
        public void Clear() { _keys = new object[0]; _values = new object[0]; }
    }
}

namespace System.Collections.ObjectModel
{
    public class ReadOnlyCollection<T> : System.Collections.Generic.IEnumerable<T>
    {
        private T[] _items;
        public ReadOnlyCollection(T[] items) { _items = items; }
        public int Count => _items.Length;
        public T this[int index] => _items[index];
        public System.Collections.Generic.IEnumerator<T> GetEnumerator() { foreach (var x in _items) yield return x; }
    }
}

namespace System.Collections.Generic
{
    public class KeyNotFoundException : SystemException
    {
        public KeyNotFoundException() : base("The given key was not present in the dictionary.") { }
        public KeyNotFoundException(string message) : base(message) { }
        public KeyNotFoundException(string message, Exception innerException) : base(message, innerException) { }
    }
}
