// System.TimeSpan (natives in time.go; semantics in csharp/bcl/timespan.go).
namespace System
{
    public struct TimeSpan : IComparable, IComparable<TimeSpan>, IEquatable<TimeSpan>
    {
        private readonly long _ticks;

        public const long TicksPerMillisecond = 10000;
        public const long TicksPerSecond = 10000000;
        public const long TicksPerMinute = 600000000;
        public const long TicksPerHour = 36000000000;
        public const long TicksPerDay = 864000000000;
        public static readonly TimeSpan Zero = new TimeSpan(0L);
        public static readonly TimeSpan MaxValue = new TimeSpan(9223372036854775807L);
        public static readonly TimeSpan MinValue = new TimeSpan(-9223372036854775808L);

        public TimeSpan(long ticks) { _ticks = ticks; }
        public TimeSpan(int hours, int minutes, int seconds) { _ticks = __Make(0, hours, minutes, seconds, 0); }
        public TimeSpan(int days, int hours, int minutes, int seconds) { _ticks = __Make(days, hours, minutes, seconds, 0); }
        public TimeSpan(int days, int hours, int minutes, int seconds, int milliseconds) { _ticks = __Make(days, hours, minutes, seconds, milliseconds); }

        public long Ticks => _ticks;
        public int Days => (int)(_ticks / TicksPerDay);
        public int Hours => (int)(_ticks / TicksPerHour % 24);
        public int Minutes => (int)(_ticks / TicksPerMinute % 60);
        public int Seconds => (int)(_ticks / TicksPerSecond % 60);
        public int Milliseconds => (int)(_ticks / TicksPerMillisecond % 1000);
        public double TotalDays => (double)_ticks / TicksPerDay;
        public double TotalHours => (double)_ticks / TicksPerHour;
        public double TotalMinutes => (double)_ticks / TicksPerMinute;
        public double TotalSeconds => (double)_ticks / TicksPerSecond;
        public double TotalMilliseconds => __TotalMilliseconds(_ticks);

        public static TimeSpan FromDays(double value) => new TimeSpan(__FromUnits(value, TicksPerDay));
        public static TimeSpan FromHours(double value) => new TimeSpan(__FromUnits(value, TicksPerHour));
        public static TimeSpan FromMinutes(double value) => new TimeSpan(__FromUnits(value, TicksPerMinute));
        public static TimeSpan FromSeconds(double value) => new TimeSpan(__FromUnits(value, TicksPerSecond));
        public static TimeSpan FromMilliseconds(double value) => new TimeSpan(__FromUnits(value, TicksPerMillisecond));
        public static TimeSpan FromTicks(long value) => new TimeSpan(value);

        public TimeSpan Add(TimeSpan ts) => new TimeSpan(__Add(_ticks, ts._ticks));
        public TimeSpan Subtract(TimeSpan ts) => new TimeSpan(__Add(_ticks, __Negate(ts._ticks)));
        public TimeSpan Negate() => new TimeSpan(__Negate(_ticks));
        public TimeSpan Duration() => new TimeSpan(_ticks < 0 ? __Negate(_ticks) : _ticks);
        public TimeSpan Multiply(double factor) => new TimeSpan(__Multiply(_ticks, factor));
        public TimeSpan Divide(double divisor) => new TimeSpan(__Divide(_ticks, divisor));
        public double Divide(TimeSpan ts) => (double)_ticks / ts._ticks;

        public static TimeSpan operator +(TimeSpan t1, TimeSpan t2) => t1.Add(t2);
        public static TimeSpan operator -(TimeSpan t1, TimeSpan t2) => t1.Subtract(t2);
        public static TimeSpan operator -(TimeSpan t) => t.Negate();
        public static TimeSpan operator +(TimeSpan t) => t;
        public static TimeSpan operator *(TimeSpan timeSpan, double factor) => timeSpan.Multiply(factor);
        public static TimeSpan operator *(double factor, TimeSpan timeSpan) => timeSpan.Multiply(factor);
        public static TimeSpan operator /(TimeSpan timeSpan, double divisor) => timeSpan.Divide(divisor);
        public static double operator /(TimeSpan t1, TimeSpan t2) => t1.Divide(t2);
        public static bool operator ==(TimeSpan t1, TimeSpan t2) => t1._ticks == t2._ticks;
        public static bool operator !=(TimeSpan t1, TimeSpan t2) => t1._ticks != t2._ticks;
        public static bool operator <(TimeSpan t1, TimeSpan t2) => t1._ticks < t2._ticks;
        public static bool operator >(TimeSpan t1, TimeSpan t2) => t1._ticks > t2._ticks;
        public static bool operator <=(TimeSpan t1, TimeSpan t2) => t1._ticks <= t2._ticks;
        public static bool operator >=(TimeSpan t1, TimeSpan t2) => t1._ticks >= t2._ticks;

        public static int Compare(TimeSpan t1, TimeSpan t2) => t1._ticks.CompareTo(t2._ticks);
        public int CompareTo(TimeSpan value) => _ticks.CompareTo(value._ticks);
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is TimeSpan t) return _ticks.CompareTo(t._ticks);
            throw new ArgumentException("Object must be of type TimeSpan.");
        }
        public bool Equals(TimeSpan obj) => _ticks == obj._ticks;
        public override bool Equals(object value) => value is TimeSpan t && t._ticks == _ticks;
        public static bool Equals(TimeSpan t1, TimeSpan t2) => t1._ticks == t2._ticks;
        public override int GetHashCode() => (int)_ticks ^ (int)(_ticks >> 32);

        public override string ToString() => __Format(_ticks, "c");
        public string ToString(string format) => __Format(_ticks, format);
        public string ToString(string format, IFormatProvider formatProvider) => __Format(_ticks, format);
        public static TimeSpan Parse(string s) => new TimeSpan(__Parse(s));
        public static TimeSpan Parse(string input, IFormatProvider formatProvider) => new TimeSpan(__Parse(input));
        public static TimeSpan ParseExact(string input, string format, IFormatProvider formatProvider) => ParseExact(input, format, formatProvider, System.Globalization.TimeSpanStyles.None);
        public static TimeSpan ParseExact(string input, string format, IFormatProvider formatProvider, System.Globalization.TimeSpanStyles styles)
        {
            if (input == null) throw new ArgumentNullException("input");
            if (format == null) throw new ArgumentNullException("format");
            return new TimeSpan(__ParseExact(input, format, (int)styles));
        }
        public static TimeSpan ParseExact(string input, string[] formats, IFormatProvider formatProvider) => ParseExact(input, formats, formatProvider, System.Globalization.TimeSpanStyles.None);
        public static TimeSpan ParseExact(string input, string[] formats, IFormatProvider formatProvider, System.Globalization.TimeSpanStyles styles)
        {
            if (input == null) throw new ArgumentNullException("input");
            if (formats == null) throw new ArgumentNullException("formats");
            TimeSpan result;
            if (TryParseExact(input, formats, formatProvider, styles, out result)) return result;
            throw new FormatException("String '" + input + "' was not recognized as a valid TimeSpan.");
        }
        public static bool TryParseExact(string input, string format, IFormatProvider formatProvider, out TimeSpan result) => TryParseExact(input, format, formatProvider, System.Globalization.TimeSpanStyles.None, out result);
        public static bool TryParseExact(string input, string format, IFormatProvider formatProvider, System.Globalization.TimeSpanStyles styles, out TimeSpan result)
        {
            long t;
            bool ok = input != null && format != null && __TryParseExact(input, format, (int)styles, out t);
            result = ok ? new TimeSpan(t) : Zero;
            return ok;
        }
        public static bool TryParseExact(string input, string[] formats, IFormatProvider formatProvider, out TimeSpan result) => TryParseExact(input, formats, formatProvider, System.Globalization.TimeSpanStyles.None, out result);
        public static bool TryParseExact(string input, string[] formats, IFormatProvider formatProvider, System.Globalization.TimeSpanStyles styles, out TimeSpan result)
        {
            if (input != null && formats != null)
            {
                foreach (var f in formats)
                {
                    if (TryParseExact(input, f, formatProvider, styles, out result)) return true;
                }
            }
            result = Zero;
            return false;
        }
        public static bool TryParse(string s, IFormatProvider formatProvider, out TimeSpan result) => TryParse(s, out result);
        public static bool TryParse(string s, out TimeSpan result)
        {
            long t;
            bool ok = __TryParse(s, out t);
            result = new TimeSpan(t);
            return ok;
        }

        private static extern long __Make(int days, int hours, int minutes, int seconds, int milliseconds);
        private static extern double __TotalMilliseconds(long ticks);
        private static extern long __FromUnits(double value, long scale);
        private static extern long __Add(long a, long b);
        private static extern long __Negate(long a);
        private static extern long __Multiply(long a, double f);
        private static extern long __Divide(long a, double f);
        private static extern string __Format(long ticks, string format);
        private static extern long __Parse(string s);
        private static extern bool __TryParse(string s, out long ticks);
        private static extern long __ParseExact(string s, string format, int styles);
        private static extern bool __TryParseExact(string s, string format, int styles, out long ticks);
    }
}
