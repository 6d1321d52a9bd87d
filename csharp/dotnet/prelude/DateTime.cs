// System.DateTime, DateTimeKind, DayOfWeek (natives in time.go; semantics in
// csharp/bcl/datetime.go). DateTime.Now reads the host loop's clock in the
// engine's local time zone.
namespace System
{
    public enum DateTimeKind { Unspecified = 0, Utc = 1, Local = 2 }
    public enum DayOfWeek { Sunday = 0, Monday = 1, Tuesday = 2, Wednesday = 3, Thursday = 4, Friday = 5, Saturday = 6 }

    public struct DateTime : IComparable, IComparable<DateTime>, IEquatable<DateTime>
    {
        private readonly long _ticks;
        private readonly DateTimeKind _kind;

        public static readonly DateTime MinValue = new DateTime(0L);
        public static readonly DateTime MaxValue = new DateTime(3155378975999999999L);
        public static readonly DateTime UnixEpoch = new DateTime(621355968000000000L, DateTimeKind.Utc);

        public DateTime(long ticks) { _ticks = __CheckTicks(ticks); _kind = DateTimeKind.Unspecified; }
        public DateTime(long ticks, DateTimeKind kind) { _ticks = __CheckTicks(ticks); _kind = kind; }
        public DateTime(int year, int month, int day) { _ticks = __Make(year, month, day, 0, 0, 0, 0); _kind = DateTimeKind.Unspecified; }
        public DateTime(int year, int month, int day, int hour, int minute, int second) { _ticks = __Make(year, month, day, hour, minute, second, 0); _kind = DateTimeKind.Unspecified; }
        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond) { _ticks = __Make(year, month, day, hour, minute, second, millisecond); _kind = DateTimeKind.Unspecified; }
        public DateTime(int year, int month, int day, int hour, int minute, int second, DateTimeKind kind) { _ticks = __Make(year, month, day, hour, minute, second, 0); _kind = kind; }
        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond, DateTimeKind kind) { _ticks = __Make(year, month, day, hour, minute, second, millisecond); _kind = kind; }

        public static DateTime Now => new DateTime(__Now(), DateTimeKind.Local);
        public static DateTime UtcNow => new DateTime(__UtcNow(), DateTimeKind.Utc);
        public static DateTime Today => Now.Date;

        public long Ticks => _ticks;
        public DateTimeKind Kind => _kind;
        public int Year => __Part(_ticks, 0);
        public int Month => __Part(_ticks, 1);
        public int Day => __Part(_ticks, 2);
        public int DayOfYear => __Part(_ticks, 3);
        public int Hour => (int)(_ticks / 36000000000L % 24);
        public int Minute => (int)(_ticks / 600000000L % 60);
        public int Second => (int)(_ticks / 10000000L % 60);
        public int Millisecond => (int)(_ticks / 10000L % 1000);
        public DayOfWeek DayOfWeek => (DayOfWeek)(int)((_ticks / 864000000000L + 1) % 7);
        public DateTime Date => new DateTime(_ticks - _ticks % 864000000000L, _kind);
        public TimeSpan TimeOfDay => new TimeSpan(_ticks % 864000000000L);

        public DateTime Add(TimeSpan value) => new DateTime(__AddTicks(_ticks, value.Ticks), _kind);
        public DateTime AddTicks(long value) => new DateTime(__AddTicks(_ticks, value), _kind);
        public DateTime AddMilliseconds(double value) => new DateTime(__AddUnits(_ticks, value, 0), _kind);
        public DateTime AddSeconds(double value) => new DateTime(__AddUnits(_ticks, value, 1), _kind);
        public DateTime AddMinutes(double value) => new DateTime(__AddUnits(_ticks, value, 2), _kind);
        public DateTime AddHours(double value) => new DateTime(__AddUnits(_ticks, value, 3), _kind);
        public DateTime AddDays(double value) => new DateTime(__AddUnits(_ticks, value, 4), _kind);
        public DateTime AddMonths(int months) => new DateTime(__AddMonths(_ticks, months), _kind);
        public DateTime AddYears(int value) => new DateTime(__AddMonths(_ticks, value * 12), _kind);
        public DateTime Subtract(TimeSpan value) => new DateTime(__AddTicks(_ticks, -value.Ticks), _kind);
        public TimeSpan Subtract(DateTime value) => new TimeSpan(_ticks - value._ticks);

        public DateTime ToUniversalTime() => _kind == DateTimeKind.Utc ? this : new DateTime(__ToUtc(_ticks), DateTimeKind.Utc);
        public DateTime ToLocalTime() => _kind == DateTimeKind.Local ? this : new DateTime(__ToLocal(_ticks), DateTimeKind.Local);
        public static DateTime SpecifyKind(DateTime value, DateTimeKind kind) => new DateTime(value._ticks, kind);
        public static int DaysInMonth(int year, int month) => __DaysInMonth(year, month);
        public static bool IsLeapYear(int year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

        public static DateTime operator +(DateTime d, TimeSpan t) => d.Add(t);
        public static DateTime operator -(DateTime d, TimeSpan t) => d.Subtract(t);
        public static TimeSpan operator -(DateTime d1, DateTime d2) => new TimeSpan(d1._ticks - d2._ticks);
        public static bool operator ==(DateTime d1, DateTime d2) => d1._ticks == d2._ticks;
        public static bool operator !=(DateTime d1, DateTime d2) => d1._ticks != d2._ticks;
        public static bool operator <(DateTime t1, DateTime t2) => t1._ticks < t2._ticks;
        public static bool operator >(DateTime t1, DateTime t2) => t1._ticks > t2._ticks;
        public static bool operator <=(DateTime t1, DateTime t2) => t1._ticks <= t2._ticks;
        public static bool operator >=(DateTime t1, DateTime t2) => t1._ticks >= t2._ticks;

        public static int Compare(DateTime t1, DateTime t2) => t1._ticks.CompareTo(t2._ticks);
        public int CompareTo(DateTime value) => _ticks.CompareTo(value._ticks);
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is DateTime d) return _ticks.CompareTo(d._ticks);
            throw new ArgumentException("Object must be of type DateTime.");
        }
        public bool Equals(DateTime value) => _ticks == value._ticks;
        public override bool Equals(object value) => value is DateTime d && d._ticks == _ticks;
        public static bool Equals(DateTime t1, DateTime t2) => t1._ticks == t2._ticks;
        public override int GetHashCode() => (int)_ticks ^ (int)(_ticks >> 32);

        public override string ToString() => __Format(_ticks, (int)_kind, "G");
        public string ToString(string format) => __Format(_ticks, (int)_kind, format);
        public string ToString(IFormatProvider provider) => __Format(_ticks, (int)_kind, "G");
        public string ToString(string format, IFormatProvider provider) => __Format(_ticks, (int)_kind, format);
        public string ToShortDateString() => __Format(_ticks, (int)_kind, "d");
        public string ToLongDateString() => __Format(_ticks, (int)_kind, "D");
        public string ToShortTimeString() => __Format(_ticks, (int)_kind, "t");
        public string ToLongTimeString() => __Format(_ticks, (int)_kind, "T");
        public string ToString(string format, System.Globalization.CultureInfo culture) => __Format(_ticks, (int)_kind, format);

        public static DateTime Parse(string s) => __FromPair(__Parse(s, null, 0, false));
        public static DateTime Parse(string s, IFormatProvider provider) => __FromPair(__Parse(s, null, 0, false));
        public static DateTime Parse(string s, IFormatProvider provider, System.Globalization.DateTimeStyles styles) => __FromPair(__Parse(s, null, (int)styles, false));
        public static DateTime ParseExact(string s, string format, IFormatProvider provider) => __FromPair(__Parse(s, format, 0, false));
        public static DateTime ParseExact(string s, string format, IFormatProvider provider, System.Globalization.DateTimeStyles style) => __FromPair(__Parse(s, format, (int)style, false));
        public static bool TryParse(string s, out DateTime result)
        {
            long[] r = __Parse(s, null, 0, true);
            result = r == null ? default(DateTime) : __FromPair(r);
            return r != null;
        }
        public static bool TryParse(string s, IFormatProvider provider, System.Globalization.DateTimeStyles styles, out DateTime result)
        {
            long[] r = __Parse(s, null, (int)styles, true);
            result = r == null ? default(DateTime) : __FromPair(r);
            return r != null;
        }
        public static DateTime ParseExact(string s, string[] formats, IFormatProvider provider, System.Globalization.DateTimeStyles style)
        {
            if (formats == null) throw new ArgumentNullException("formats");
            foreach (var f in formats) { long[] r = __Parse(s, f, (int)style, true); if (r != null) return __FromPair(r); }
            throw new FormatException("String '" + s + "' was not recognized as a valid DateTime.");
        }
        public static bool TryParseExact(string s, string[] formats, IFormatProvider provider, System.Globalization.DateTimeStyles style, out DateTime result)
        {
            result = default(DateTime);
            if (formats == null) return false;
            foreach (var f in formats) { long[] r = __Parse(s, f, (int)style, true); if (r != null) { result = __FromPair(r); return true; } }
            return false;
        }
        public static bool TryParse(string s, IFormatProvider provider, out DateTime result) => TryParse(s, out result);
        public static bool TryParseExact(string s, string format, IFormatProvider provider, System.Globalization.DateTimeStyles style, out DateTime result)
        {
            long[] r = __Parse(s, format, (int)style, true);
            result = r == null ? default(DateTime) : __FromPair(r);
            return r != null;
        }
        private static DateTime __FromPair(long[] r) => new DateTime(r[0], (DateTimeKind)(int)r[1]);

        private static extern long __CheckTicks(long ticks);
        private static extern long __Make(int year, int month, int day, int hour, int minute, int second, int millisecond);
        private static extern long __Now();
        private static extern long __UtcNow();
        private static extern int __Part(long ticks, int part);
        private static extern long __AddTicks(long ticks, long value);
        private static extern long __AddUnits(long ticks, double value, int unit);
        private static extern long __AddMonths(long ticks, int months);
        private static extern long __ToUtc(long ticks);
        private static extern long __ToLocal(long ticks);
        private static extern int __DaysInMonth(int year, int month);
        private static extern string __Format(long ticks, int kind, string format);
        private static extern long[] __Parse(string s, string format, int styles, bool tryOnly);
    }

    public struct DateTimeOffset : IComparable, IComparable<DateTimeOffset>, IEquatable<DateTimeOffset>
    {
        private readonly long _ticks;     // clock ticks
        private readonly int _offsetMin;  // offset in minutes

        public static readonly DateTimeOffset MinValue = new DateTimeOffset(0L, TimeSpan.Zero);
        public static readonly DateTimeOffset MaxValue = new DateTimeOffset(3155378975999999999L, TimeSpan.Zero);
        public static readonly DateTimeOffset UnixEpoch = new DateTimeOffset(621355968000000000L, TimeSpan.Zero);

        public DateTimeOffset(long ticks, TimeSpan offset) { _ticks = ticks; _offsetMin = __CheckOffset(ticks, 0, offset.Ticks); }
        public DateTimeOffset(System.DateTime dateTime, TimeSpan offset) { _ticks = dateTime.Ticks; _offsetMin = __CheckOffset(dateTime.Ticks, (int)dateTime.Kind, offset.Ticks); }
        public DateTimeOffset(System.DateTime dateTime) { _ticks = dateTime.Ticks; _offsetMin = __LocalOffset(dateTime.Ticks, (int)dateTime.Kind); }
        public DateTimeOffset(int year, int month, int day, int hour, int minute, int second, TimeSpan offset) : this(new System.DateTime(year, month, day, hour, minute, second), offset) { }
        public DateTimeOffset(int year, int month, int day, int hour, int minute, int second, int millisecond, TimeSpan offset) : this(new System.DateTime(year, month, day, hour, minute, second, millisecond), offset) { }

        public static DateTimeOffset Now => new DateTimeOffset(System.DateTime.Now);
        public static DateTimeOffset UtcNow => new DateTimeOffset(System.DateTime.UtcNow);

        public System.DateTime DateTime => new System.DateTime(_ticks);
        public System.DateTime UtcDateTime => new System.DateTime(_ticks - _offsetMin * 600000000L, DateTimeKind.Utc);
        public System.DateTime LocalDateTime => UtcDateTime.ToLocalTime();
        public System.DateTime Date => new System.DateTime(_ticks - _ticks % 864000000000L);
        public TimeSpan Offset => new TimeSpan(_offsetMin * 600000000L);
        public long Ticks => _ticks;
        public long UtcTicks => _ticks - _offsetMin * 600000000L;
        public int Year => this.DateTime.Year;
        public int Month => this.DateTime.Month;
        public int Day => this.DateTime.Day;
        public int Hour => this.DateTime.Hour;
        public int Minute => this.DateTime.Minute;
        public int Second => this.DateTime.Second;
        public int Millisecond => this.DateTime.Millisecond;
        public DayOfWeek DayOfWeek => this.DateTime.DayOfWeek;
        public int DayOfYear => this.DateTime.DayOfYear;
        public TimeSpan TimeOfDay => this.DateTime.TimeOfDay;

        public DateTimeOffset Add(TimeSpan timeSpan) => new DateTimeOffset(this.DateTime.Add(timeSpan), Offset);
        public DateTimeOffset AddDays(double days) => new DateTimeOffset(this.DateTime.AddDays(days), Offset);
        public DateTimeOffset AddHours(double hours) => new DateTimeOffset(this.DateTime.AddHours(hours), Offset);
        public DateTimeOffset AddMinutes(double minutes) => new DateTimeOffset(this.DateTime.AddMinutes(minutes), Offset);
        public DateTimeOffset AddSeconds(double seconds) => new DateTimeOffset(this.DateTime.AddSeconds(seconds), Offset);
        public DateTimeOffset AddMilliseconds(double milliseconds) => new DateTimeOffset(this.DateTime.AddMilliseconds(milliseconds), Offset);
        public DateTimeOffset AddMonths(int months) => new DateTimeOffset(this.DateTime.AddMonths(months), Offset);
        public DateTimeOffset AddYears(int years) => new DateTimeOffset(this.DateTime.AddYears(years), Offset);
        public DateTimeOffset Subtract(TimeSpan value) => new DateTimeOffset(this.DateTime.Subtract(value), Offset);
        public TimeSpan Subtract(DateTimeOffset value) => new TimeSpan(UtcTicks - value.UtcTicks);
        public DateTimeOffset ToOffset(TimeSpan offset) => new DateTimeOffset(UtcTicks + offset.Ticks, offset);
        public DateTimeOffset ToUniversalTime() => new DateTimeOffset(UtcTicks, TimeSpan.Zero);
        public DateTimeOffset ToLocalTime() => new DateTimeOffset(UtcDateTime.ToLocalTime());
        public long ToUnixTimeSeconds() => __FloorDiv(UtcTicks - 621355968000000000L, 10000000L);
        public long ToUnixTimeMilliseconds() => __FloorDiv(UtcTicks - 621355968000000000L, 10000L);
        public static DateTimeOffset FromUnixTimeSeconds(long seconds) => new DateTimeOffset(__UnixTicks(seconds, 10000000L), TimeSpan.Zero);
        public static DateTimeOffset FromUnixTimeMilliseconds(long milliseconds) => new DateTimeOffset(__UnixTicks(milliseconds, 10000L), TimeSpan.Zero);

        public static DateTimeOffset operator +(DateTimeOffset d, TimeSpan t) => d.Add(t);
        public static DateTimeOffset operator -(DateTimeOffset d, TimeSpan t) => d.Subtract(t);
        public static TimeSpan operator -(DateTimeOffset l, DateTimeOffset r) => l.Subtract(r);
        public static bool operator ==(DateTimeOffset l, DateTimeOffset r) => l.UtcTicks == r.UtcTicks;
        public static bool operator !=(DateTimeOffset l, DateTimeOffset r) => l.UtcTicks != r.UtcTicks;
        public static bool operator <(DateTimeOffset l, DateTimeOffset r) => l.UtcTicks < r.UtcTicks;
        public static bool operator >(DateTimeOffset l, DateTimeOffset r) => l.UtcTicks > r.UtcTicks;
        public static bool operator <=(DateTimeOffset l, DateTimeOffset r) => l.UtcTicks <= r.UtcTicks;
        public static bool operator >=(DateTimeOffset l, DateTimeOffset r) => l.UtcTicks >= r.UtcTicks;
        public static implicit operator DateTimeOffset(System.DateTime dateTime) => new DateTimeOffset(dateTime);

        public int CompareTo(DateTimeOffset other) => UtcTicks.CompareTo(other.UtcTicks);
        public int CompareTo(object obj) => obj is DateTimeOffset d ? UtcTicks.CompareTo(d.UtcTicks) : 1;
        public bool Equals(DateTimeOffset other) => UtcTicks == other.UtcTicks;
        public bool EqualsExact(DateTimeOffset other) => _ticks == other._ticks && _offsetMin == other._offsetMin;
        public override bool Equals(object obj) => obj is DateTimeOffset d && d.UtcTicks == UtcTicks;
        public override int GetHashCode() => UtcTicks.GetHashCode();

        public override string ToString() => __Format(_ticks, _offsetMin, "");
        public string ToString(string format) => __Format(_ticks, _offsetMin, format);
        public string ToString(string format, IFormatProvider formatProvider) => __Format(_ticks, _offsetMin, format);
        public string ToString(IFormatProvider formatProvider) => __Format(_ticks, _offsetMin, "");
        public static DateTimeOffset Parse(string input) => __FromPair(__Parse(input, null, 0, false));
        public static DateTimeOffset Parse(string input, IFormatProvider formatProvider) => __FromPair(__Parse(input, null, 0, false));
        public static DateTimeOffset ParseExact(string input, string format, IFormatProvider formatProvider) => __FromPair(__Parse(input, format, 0, false));
        public static bool TryParse(string input, out DateTimeOffset result)
        {
            long[] r = __Parse(input, null, 0, true);
            result = r == null ? default(DateTimeOffset) : __FromPair(r);
            return r != null;
        }
        private static DateTimeOffset __FromPair(long[] r) => new DateTimeOffset(r[0], new TimeSpan(r[1] * 600000000L));

        private static extern int __CheckOffset(long ticks, int kind, long offsetTicks);
        private static extern int __LocalOffset(long ticks, int kind);
        private static extern long __FloorDiv(long a, long b);
        private static extern long __UnixTicks(long value, long scale);
        private static extern string __Format(long ticks, int offsetMinutes, string format);
        private static extern long[] __Parse(string s, string format, int styles, bool tryOnly);
    }
}
