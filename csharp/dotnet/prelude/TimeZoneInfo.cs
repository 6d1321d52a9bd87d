// System.TimeZoneInfo (natives in timezone.go): IANA names and Windows ids,
// resolved against the zone database embedded in the binary.
namespace System
{
    public sealed class TimeZoneInfo : IEquatable<TimeZoneInfo>
    {
        private readonly string _id;
        private TimeZoneInfo(string id) { _id = id; }
        public static TimeZoneInfo Utc { get; } = new TimeZoneInfo("UTC");
        public static TimeZoneInfo Local => new TimeZoneInfo(__LocalId());
        public static TimeZoneInfo FindSystemTimeZoneById(string id)
        {
            if (id == null) throw new ArgumentNullException("id");
            __Check(id);
            return new TimeZoneInfo(id);
        }
        public string Id => _id;
        public string DisplayName => __Name(_id, 0);
        public string StandardName => __Name(_id, 1);
        public string DaylightName => __Name(_id, 2);
        public TimeSpan BaseUtcOffset => new TimeSpan(__BaseOffset(_id));
        public bool SupportsDaylightSavingTime => __SupportsDst(_id);
        public TimeSpan GetUtcOffset(DateTime dateTime) => new TimeSpan(__Offset(_id, dateTime.Ticks, (int)dateTime.Kind));
        public TimeSpan GetUtcOffset(DateTimeOffset dateTimeOffset) => GetUtcOffset(dateTimeOffset.UtcDateTime);
        public bool IsDaylightSavingTime(DateTime dateTime) => GetUtcOffset(dateTime) != BaseUtcOffset;
        public bool IsDaylightSavingTime(DateTimeOffset dateTimeOffset) => GetUtcOffset(dateTimeOffset) != BaseUtcOffset;
        public bool IsInvalidTime(DateTime dateTime) => __IsInvalid(_id, dateTime.Ticks);
        public bool IsAmbiguousTime(DateTime dateTime) => __IsAmbiguous(_id, dateTime.Ticks, (int)dateTime.Kind);
        public bool IsAmbiguousTime(DateTimeOffset dateTimeOffset) => IsAmbiguousTime(ConvertTime(dateTimeOffset, this).DateTime);

        public static DateTime ConvertTimeFromUtc(DateTime dateTime, TimeZoneInfo destinationTimeZone)
        {
            if (destinationTimeZone == null) throw new ArgumentNullException("destinationTimeZone");
            return __Pair(__Convert(dateTime.Ticks, (int)dateTime.Kind, "UTC", destinationTimeZone._id, 0));
        }
        public static DateTime ConvertTimeToUtc(DateTime dateTime) => dateTime.ToUniversalTime();
        public static DateTime ConvertTimeToUtc(DateTime dateTime, TimeZoneInfo sourceTimeZone)
        {
            if (sourceTimeZone == null) throw new ArgumentNullException("sourceTimeZone");
            return __Pair(__Convert(dateTime.Ticks, (int)dateTime.Kind, sourceTimeZone._id, "UTC", 1));
        }
        public static DateTime ConvertTime(DateTime dateTime, TimeZoneInfo destinationTimeZone)
        {
            if (destinationTimeZone == null) throw new ArgumentNullException("destinationTimeZone");
            return __Pair(__Convert(dateTime.Ticks, (int)dateTime.Kind, null, destinationTimeZone._id, 2));
        }
        public static DateTime ConvertTime(DateTime dateTime, TimeZoneInfo sourceTimeZone, TimeZoneInfo destinationTimeZone)
        {
            if (sourceTimeZone == null) throw new ArgumentNullException("sourceTimeZone");
            if (destinationTimeZone == null) throw new ArgumentNullException("destinationTimeZone");
            return __Pair(__Convert(dateTime.Ticks, (int)dateTime.Kind, sourceTimeZone._id, destinationTimeZone._id, 3));
        }
        public static DateTimeOffset ConvertTime(DateTimeOffset dateTimeOffset, TimeZoneInfo destinationTimeZone)
        {
            if (destinationTimeZone == null) throw new ArgumentNullException("destinationTimeZone");
            var utc = dateTimeOffset.UtcDateTime;
            return new DateTimeOffset(utc.Ticks + destinationTimeZone.GetUtcOffset(utc).Ticks, destinationTimeZone.GetUtcOffset(utc));
        }
        public static DateTime ConvertTimeBySystemTimeZoneId(DateTime dateTime, string destinationTimeZoneId) => ConvertTime(dateTime, FindSystemTimeZoneById(destinationTimeZoneId));
        public static DateTime ConvertTimeBySystemTimeZoneId(DateTime dateTime, string sourceTimeZoneId, string destinationTimeZoneId) => ConvertTime(dateTime, FindSystemTimeZoneById(sourceTimeZoneId), FindSystemTimeZoneById(destinationTimeZoneId));
        public static DateTimeOffset ConvertTimeBySystemTimeZoneId(DateTimeOffset dateTimeOffset, string destinationTimeZoneId) => ConvertTime(dateTimeOffset, FindSystemTimeZoneById(destinationTimeZoneId));

        public bool Equals(TimeZoneInfo other) => other != null && other._id == _id;
        public override bool Equals(object obj) => obj is TimeZoneInfo z && z._id == _id;
        public override int GetHashCode() => _id.GetHashCode();
        public override string ToString() => DisplayName;
        private static DateTime __Pair(long[] r) => new DateTime(r[0], (DateTimeKind)(int)r[1]);

        private static extern string __LocalId();
        private static extern void __Check(string id);
        private static extern string __Name(string id, int which);
        private static extern long __BaseOffset(string id);
        private static extern bool __SupportsDst(string id);
        private static extern long __Offset(string id, long ticks, int kind);
        private static extern bool __IsAmbiguous(string id, long ticks, int kind);
        private static extern bool __IsInvalid(string id, long ticks);
        private static extern long[] __Convert(long ticks, int kind, string source, string destination, int mode);
    }
}
