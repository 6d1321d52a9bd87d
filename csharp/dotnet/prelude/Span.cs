// System.ReadOnlySpan<T> and Span<T> as plain structs over an array slice (no
// ref-struct restrictions are enforced), with the MemoryExtensions that scripts use
// on strings and arrays. A span over a string holds a copy of its chars.
namespace System
{
    public readonly struct ReadOnlySpan<T>
    {
        private readonly T[] _array;
        private readonly int _start;
        private readonly int _length;

        public ReadOnlySpan(T[] array)
        {
            _array = array;
            _start = 0;
            _length = array == null ? 0 : array.Length;
        }

        public ReadOnlySpan(T[] array, int start, int length)
        {
            if (array == null)
            {
                if (start != 0 || length != 0) throw new ArgumentOutOfRangeException();
                _array = null; _start = 0; _length = 0;
                return;
            }
            if (start < 0 || length < 0 || start > array.Length - length) throw new ArgumentOutOfRangeException();
            _array = array; _start = start; _length = length;
        }

        public static ReadOnlySpan<T> Empty => default(ReadOnlySpan<T>);
        public int Length => _length;
        public bool IsEmpty => _length == 0;

        public T this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_length) throw new IndexOutOfRangeException();
                return _array[_start + index];
            }
        }

        public ReadOnlySpan<T> Slice(int start)
        {
            if ((uint)start > (uint)_length) throw new ArgumentOutOfRangeException();
            return new ReadOnlySpan<T>(_array, _start + start, _length - start);
        }

        public ReadOnlySpan<T> Slice(int start, int length)
        {
            if (start < 0 || length < 0 || start > _length - length) throw new ArgumentOutOfRangeException();
            return new ReadOnlySpan<T>(_array, _start + start, length);
        }

        public T[] ToArray()
        {
            var r = new T[_length];
            for (int i = 0; i < _length; i++) r[i] = _array[_start + i];
            return r;
        }

        public override string ToString()
        {
            object a = _array;
            if (a is char[] cs) return new string(cs, _start, _length);
            if (_array == null && typeof(T) == typeof(char)) return "";
            return "System.ReadOnlySpan<" + typeof(T).Name + ">[" + _length + "]";
        }

        public static implicit operator ReadOnlySpan<T>(T[] array) => new ReadOnlySpan<T>(array);
    }

    public readonly struct Span<T>
    {
        private readonly T[] _array;
        private readonly int _start;
        private readonly int _length;

        public Span(T[] array)
        {
            _array = array;
            _start = 0;
            _length = array == null ? 0 : array.Length;
        }

        public Span(T[] array, int start, int length)
        {
            if (array == null)
            {
                if (start != 0 || length != 0) throw new ArgumentOutOfRangeException();
                _array = null; _start = 0; _length = 0;
                return;
            }
            if (start < 0 || length < 0 || start > array.Length - length) throw new ArgumentOutOfRangeException();
            _array = array; _start = start; _length = length;
        }

        public int Length => _length;
        public bool IsEmpty => _length == 0;

        public T this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_length) throw new IndexOutOfRangeException();
                return _array[_start + index];
            }
            set
            {
                if ((uint)index >= (uint)_length) throw new IndexOutOfRangeException();
                _array[_start + index] = value;
            }
        }

        public Span<T> Slice(int start)
        {
            if ((uint)start > (uint)_length) throw new ArgumentOutOfRangeException();
            return new Span<T>(_array, _start + start, _length - start);
        }

        public Span<T> Slice(int start, int length)
        {
            if (start < 0 || length < 0 || start > _length - length) throw new ArgumentOutOfRangeException();
            return new Span<T>(_array, _start + start, length);
        }

        public void Fill(T value)
        {
            for (int i = 0; i < _length; i++) _array[_start + i] = value;
        }

        public void Clear() => Fill(default(T));

        public T[] ToArray()
        {
            var r = new T[_length];
            for (int i = 0; i < _length; i++) r[i] = _array[_start + i];
            return r;
        }

        public override string ToString()
        {
            object a = _array;
            if (a is char[] cs) return new string(cs, _start, _length);
            return "System.Span<" + typeof(T).Name + ">[" + _length + "]";
        }

        public static implicit operator Span<T>(T[] array) => new Span<T>(array);
        public static implicit operator ReadOnlySpan<T>(Span<T> span) => new ReadOnlySpan<T>(span._array, span._start, span._length);
    }

    public sealed partial class String
    {
        public extern String(ReadOnlySpan<char> value);
        public static string Concat(ReadOnlySpan<char> str0, ReadOnlySpan<char> str1) => str0.ToString() + str1.ToString();
        public static string Concat(ReadOnlySpan<char> str0, ReadOnlySpan<char> str1, ReadOnlySpan<char> str2) => str0.ToString() + str1.ToString() + str2.ToString();
    }

    public partial struct Int32
    {
        public static int Parse(ReadOnlySpan<char> s) => Parse(s.ToString());
        public static int Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s.ToString(), provider);
        public static bool TryParse(ReadOnlySpan<char> s, out int result) => TryParse(s.ToString(), out result);
    }

    public partial struct Int64
    {
        public static long Parse(ReadOnlySpan<char> s) => Parse(s.ToString());
        public static long Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s.ToString(), provider);
        public static bool TryParse(ReadOnlySpan<char> s, out long result) => TryParse(s.ToString(), out result);
    }

    public partial struct Double
    {
        public static double Parse(ReadOnlySpan<char> s) => Parse(s.ToString());
        public static double Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s.ToString(), provider);
        public static bool TryParse(ReadOnlySpan<char> s, out double result) => TryParse(s.ToString(), out result);
    }

    public partial struct Decimal
    {
        public static decimal Parse(ReadOnlySpan<char> s) => Parse(s.ToString());
        public static decimal Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s.ToString(), provider);
        public static bool TryParse(ReadOnlySpan<char> s, out decimal result) => TryParse(s.ToString(), out result);
    }

    public static class MemoryExtensions
    {
        public static ReadOnlySpan<char> AsSpan(this string text) => text == null ? default(ReadOnlySpan<char>) : new ReadOnlySpan<char>(text.ToCharArray());
        public static ReadOnlySpan<char> AsSpan(this string text, int start)
        {
            if (text == null)
            {
                if (start != 0) throw new ArgumentOutOfRangeException("start");
                return default(ReadOnlySpan<char>);
            }
            if ((uint)start > (uint)text.Length) throw new ArgumentOutOfRangeException("start");
            return new ReadOnlySpan<char>(text.ToCharArray(), start, text.Length - start);
        }
        public static ReadOnlySpan<char> AsSpan(this string text, int start, int length)
        {
            if (text == null)
            {
                if (start != 0 || length != 0) throw new ArgumentOutOfRangeException("start");
                return default(ReadOnlySpan<char>);
            }
            if (start < 0 || length < 0 || start > text.Length - length) throw new ArgumentOutOfRangeException("start");
            return new ReadOnlySpan<char>(text.ToCharArray(), start, length);
        }
        public static Span<T> AsSpan<T>(this T[] array) => new Span<T>(array);
        public static Span<T> AsSpan<T>(this T[] array, int start) => new Span<T>(array, start, (array == null ? 0 : array.Length) - start);
        public static Span<T> AsSpan<T>(this T[] array, int start, int length) => new Span<T>(array, start, length);
        public static bool SequenceEqual(this ReadOnlySpan<char> span, ReadOnlySpan<char> other) => span.ToString() == other.ToString();
        public static bool Equals(this ReadOnlySpan<char> span, ReadOnlySpan<char> other, StringComparison comparisonType) => string.Equals(span.ToString(), other.ToString(), comparisonType);
        public static bool StartsWith(this ReadOnlySpan<char> span, ReadOnlySpan<char> value) => span.ToString().StartsWith(value.ToString(), StringComparison.Ordinal);
        public static bool EndsWith(this ReadOnlySpan<char> span, ReadOnlySpan<char> value) => span.ToString().EndsWith(value.ToString(), StringComparison.Ordinal);
        public static int IndexOf(this ReadOnlySpan<char> span, char value) => span.ToString().IndexOf(value);
        public static int IndexOf(this ReadOnlySpan<char> span, ReadOnlySpan<char> value) => span.ToString().IndexOf(value.ToString(), StringComparison.Ordinal);
        public static bool Contains(this ReadOnlySpan<char> span, char value) => span.ToString().IndexOf(value) >= 0;
        public static ReadOnlySpan<char> Trim(this ReadOnlySpan<char> span) => span.ToString().Trim().AsSpan();
        public static ReadOnlySpan<char> TrimStart(this ReadOnlySpan<char> span) => span.ToString().TrimStart().AsSpan();
        public static ReadOnlySpan<char> TrimEnd(this ReadOnlySpan<char> span) => span.ToString().TrimEnd().AsSpan();
        public static bool IsWhiteSpace(this ReadOnlySpan<char> span) => string.IsNullOrWhiteSpace(span.ToString());
    }
}
