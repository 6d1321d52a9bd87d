// System.DateOnly and System.TimeOnly (.NET 6+), written in C# over DateTime and TimeSpan.
namespace System
{
    public struct DateOnly : IComparable<DateOnly>, IEquatable<DateOnly>
    {
        private readonly int _day; // days since 0001-01-01
        private DateOnly(int dayNumber, bool _) { _day = dayNumber; }
        public DateOnly(int year, int month, int day) { _day = (int)(new DateTime(year, month, day).Ticks / 864000000000L); }
        public static DateOnly MinValue => new DateOnly(0, true);
        public static DateOnly MaxValue => new DateOnly(3652058, true);
        public static DateOnly FromDateTime(DateTime dateTime) => new DateOnly((int)(dateTime.Ticks / 864000000000L), true);
        public static DateOnly FromDayNumber(int dayNumber) => new DateOnly(dayNumber, true);
        public int DayNumber => _day;
        private DateTime __D => new DateTime(_day * 864000000000L);
        public int Year => __D.Year;
        public int Month => __D.Month;
        public int Day => __D.Day;
        public DayOfWeek DayOfWeek => __D.DayOfWeek;
        public int DayOfYear => __D.DayOfYear;
        public DateOnly AddDays(int value) => new DateOnly(_day + value, true);
        public DateOnly AddMonths(int value) => FromDateTime(__D.AddMonths(value));
        public DateOnly AddYears(int value) => FromDateTime(__D.AddYears(value));
        public DateTime ToDateTime(TimeOnly time) => new DateTime(_day * 864000000000L + time.Ticks);
        public DateTime ToDateTime(TimeOnly time, DateTimeKind kind) => new DateTime(_day * 864000000000L + time.Ticks, kind);
        public static DateOnly Parse(string s) => FromDateTime(DateTime.Parse(s));
        public static DateOnly ParseExact(string s, string format) => FromDateTime(DateTime.ParseExact(s, format, null));
        public override string ToString() => __D.ToString("MM/dd/yyyy");
        public string ToString(string format) => __D.ToString(format == null || format == "" ? "MM/dd/yyyy" : format);
        public string ToString(string format, IFormatProvider provider) => ToString(format);
        public string ToString(IFormatProvider provider) => ToString();
        public int CompareTo(DateOnly value) => _day.CompareTo(value._day);
        public bool Equals(DateOnly value) => _day == value._day;
        public override bool Equals(object value) => value is DateOnly d && d._day == _day;
        public override int GetHashCode() => _day;
        public static bool operator ==(DateOnly a, DateOnly b) => a._day == b._day;
        public static bool operator !=(DateOnly a, DateOnly b) => a._day != b._day;
        public static bool operator <(DateOnly a, DateOnly b) => a._day < b._day;
        public static bool operator >(DateOnly a, DateOnly b) => a._day > b._day;
        public static bool operator <=(DateOnly a, DateOnly b) => a._day <= b._day;
        public static bool operator >=(DateOnly a, DateOnly b) => a._day >= b._day;
    }

    public struct TimeOnly : IComparable<TimeOnly>, IEquatable<TimeOnly>
    {
        private readonly long _ticks; // since midnight
        public TimeOnly(long ticks) { if (ticks < 0 || ticks >= 864000000000L) throw new ArgumentOutOfRangeException("ticks", "Ticks must be between TimeOnly.MinValue.Ticks and TimeOnly.MaxValue.Ticks."); _ticks = ticks; }
        public TimeOnly(int hour, int minute) : this(new TimeSpan(hour, minute, 0).Ticks) { }
        public TimeOnly(int hour, int minute, int second) : this(new TimeSpan(hour, minute, second).Ticks) { }
        public TimeOnly(int hour, int minute, int second, int millisecond) : this(new TimeSpan(0, hour, minute, second, millisecond).Ticks) { }
        public static TimeOnly MinValue => new TimeOnly(0L);
        public static TimeOnly MaxValue => new TimeOnly(863999999999L);
        public static TimeOnly FromDateTime(DateTime dateTime) => new TimeOnly(dateTime.TimeOfDay.Ticks);
        public static TimeOnly FromTimeSpan(TimeSpan timeSpan) => new TimeOnly(timeSpan.Ticks);
        public long Ticks => _ticks;
        public int Hour => (int)(_ticks / 36000000000L);
        public int Minute => (int)(_ticks / 600000000L % 60);
        public int Second => (int)(_ticks / 10000000L % 60);
        public int Millisecond => (int)(_ticks / 10000L % 1000);
        public TimeSpan ToTimeSpan() => new TimeSpan(_ticks);
        public TimeOnly Add(TimeSpan value) => new TimeOnly(((_ticks + value.Ticks) % 864000000000L + 864000000000L) % 864000000000L);
        public TimeOnly AddHours(double value) => Add(TimeSpan.FromHours(value));
        public TimeOnly AddMinutes(double value) => Add(TimeSpan.FromMinutes(value));
        public bool IsBetween(TimeOnly start, TimeOnly end)
        {
            long s = start._ticks, e = end._ticks;
            return s <= e ? (_ticks >= s && _ticks < e) : (_ticks >= s || _ticks < e);
        }
        public static TimeOnly Parse(string s) => FromTimeSpan(TimeSpan.Parse(s));
        public override string ToString() => new DateTime(_ticks).ToString("HH:mm");
        public string ToString(string format) => new DateTime(_ticks).ToString(format == null || format == "" ? "HH:mm" : format);
        public string ToString(string format, IFormatProvider provider) => ToString(format);
        public string ToString(IFormatProvider provider) => ToString();
        public int CompareTo(TimeOnly value) => _ticks.CompareTo(value._ticks);
        public bool Equals(TimeOnly value) => _ticks == value._ticks;
        public override bool Equals(object value) => value is TimeOnly t && t._ticks == _ticks;
        public override int GetHashCode() => _ticks.GetHashCode();
        public static TimeSpan operator -(TimeOnly t1, TimeOnly t2) => new TimeSpan(((t1._ticks - t2._ticks) % 864000000000L + 864000000000L) % 864000000000L);
        public static bool operator ==(TimeOnly a, TimeOnly b) => a._ticks == b._ticks;
        public static bool operator !=(TimeOnly a, TimeOnly b) => a._ticks != b._ticks;
        public static bool operator <(TimeOnly a, TimeOnly b) => a._ticks < b._ticks;
        public static bool operator >(TimeOnly a, TimeOnly b) => a._ticks > b._ticks;
        public static bool operator <=(TimeOnly a, TimeOnly b) => a._ticks <= b._ticks;
        public static bool operator >=(TimeOnly a, TimeOnly b) => a._ticks >= b._ticks;
    }
}
