// System.Index and System.Range (C# 8 ^i and i..j). The interpreter builds
// them for ^ and .. (ranges.go) and slices arrays and strings with them; other
// types get x[^i] through their Count or Length and int indexer, and x[a..b]
// through Slice(start, length), as the C# compiler rewrites those.
namespace System
{
    public readonly struct Index : IEquatable<Index>
    {
        private readonly int _value;
        private readonly bool _fromEnd;

        public Index(int value, bool fromEnd = false)
        {
            if (value < 0) throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
            _value = value;
            _fromEnd = fromEnd;
        }

        public static Index Start => new Index(0);
        public static Index End => new Index(0, true);
        public static Index FromStart(int value) => new Index(value);
        public static Index FromEnd(int value) => new Index(value, true);
        public int Value => _value;
        public bool IsFromEnd => _fromEnd;
        public int GetOffset(int length) => _fromEnd ? length - _value : _value;
        public bool Equals(Index other) => _value == other._value && _fromEnd == other._fromEnd;
        public override bool Equals(object value) => value is Index other && Equals(other);
        public override int GetHashCode() => _fromEnd ? ~_value : _value;
        public override string ToString() => _fromEnd ? "^" + _value.ToString() : _value.ToString();
        public static implicit operator Index(int value) => FromStart(value);
    }

    public readonly struct Range : IEquatable<Range>
    {
        private readonly Index _start;
        private readonly Index _end;

        public Range(Index start, Index end)
        {
            _start = start;
            _end = end;
        }

        public Index Start => _start;
        public Index End => _end;
        public static Range All => new Range(Index.Start, Index.End);
        public static Range StartAt(Index start) => new Range(start, Index.End);
        public static Range EndAt(Index end) => new Range(Index.Start, end);

        public (int Offset, int Length) GetOffsetAndLength(int length)
        {
            int start = _start.GetOffset(length);
            int end = _end.GetOffset(length);
            if ((uint)end > (uint)length || (uint)start > (uint)end)
                throw new ArgumentOutOfRangeException("length");
            return (start, end - start);
        }

        public bool Equals(Range other) => _start.Equals(other._start) && _end.Equals(other._end);
        public override bool Equals(object value) => value is Range r && Equals(r);
        public override int GetHashCode() => _start.GetHashCode() * 31 + _end.GetHashCode();
        public override string ToString() => _start.ToString() + ".." + _end.ToString();
    }
}
