// checks: office-hours decisions across time zones: TimeZoneInfo.FindSystemTimeZoneById (IANA ids), ConvertTimeFromUtc/ToUtc, DST transitions (gap and overlap), GetUtcOffset, IsDaylightSavingTime, DayOfWeek and TimeSpan windows, DateTimeOffset
using System;
using System.Globalization;

class Program
{
    static bool IsOpen(DateTime local)
    {
        if (local.DayOfWeek == DayOfWeek.Saturday || local.DayOfWeek == DayOfWeek.Sunday) return false;
        var t = local.TimeOfDay;
        return t >= new TimeSpan(8, 30, 0) && t < new TimeSpan(17, 0, 0);
    }

    static void Main()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var ny = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        DateTime[] utcTimes =
        {
            new DateTime(2024, 3, 29, 7, 0, 0, DateTimeKind.Utc),
            new DateTime(2024, 3, 31, 0, 59, 0, DateTimeKind.Utc),
            new DateTime(2024, 3, 31, 1, 0, 0, DateTimeKind.Utc),
            new DateTime(2024, 7, 1, 15, 59, 0, DateTimeKind.Utc),
            new DateTime(2024, 10, 27, 0, 30, 0, DateTimeKind.Utc),
            new DateTime(2024, 10, 27, 1, 30, 0, DateTimeKind.Utc),
            new DateTime(2024, 11, 4, 13, 0, 0, DateTimeKind.Utc),
            new DateTime(2024, 12, 31, 23, 30, 0, DateTimeKind.Utc),
        };
        foreach (var utc in utcTimes)
        {
            var b = TimeZoneInfo.ConvertTimeFromUtc(utc, berlin);
            var n = TimeZoneInfo.ConvertTimeFromUtc(utc, ny);
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0:yyyy-MM-dd HH:mm} UTC | Berlin {1:ddd HH:mm} {2} dst={3} open={4} | NY {5:ddd HH:mm} {6} dst={7} open={8}",
                utc, b, berlin.GetUtcOffset(utc), berlin.IsDaylightSavingTime(b), IsOpen(b), n, ny.GetUtcOffset(utc), ny.IsDaylightSavingTime(n), IsOpen(n)));
        }
        var localBerlin = new DateTime(2024, 6, 10, 9, 15, 0, DateTimeKind.Unspecified);
        var asUtc = TimeZoneInfo.ConvertTimeToUtc(localBerlin, berlin);
        Console.WriteLine(asUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " + asUtc.Kind + " " + TimeZoneInfo.ConvertTime(localBerlin, berlin, ny).ToString("HH:mm", CultureInfo.InvariantCulture));
        Console.WriteLine(berlin.IsInvalidTime(new DateTime(2024, 3, 31, 2, 30, 0)) + " " + berlin.IsAmbiguousTime(new DateTime(2024, 10, 27, 2, 30, 0)) + " " + berlin.IsAmbiguousTime(new DateTime(2024, 10, 27, 3, 30, 0)));
        Console.WriteLine(berlin.BaseUtcOffset + " " + ny.BaseUtcOffset + " " + berlin.SupportsDaylightSavingTime + " " + TimeZoneInfo.Utc.GetUtcOffset(DateTime.UtcNow) + " " + berlin.Id);
        var dto = new DateTimeOffset(2024, 6, 10, 9, 15, 0, TimeSpan.FromHours(2));
        Console.WriteLine(dto.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) + " " + dto.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture) + " " + dto.ToUnixTimeSeconds() + " " + TimeZoneInfo.ConvertTime(dto, ny).ToString("HH:mm zzz", CultureInfo.InvariantCulture));
        Console.WriteLine(DateTimeOffset.FromUnixTimeSeconds(1718000000).ToString("u", CultureInfo.InvariantCulture) + " " + new DateTimeOffset(new DateTime(2024, 1, 1, 12, 0, 0, DateTimeKind.Utc)).Offset);
        var start = new DateTime(2024, 3, 30, 22, 0, 0);
        for (int h = 0; h < 6; h++)
        {
            var local = start.AddHours(h);
            Console.Write(local.ToString("HH:mm", CultureInfo.InvariantCulture) + (berlin.IsInvalidTime(local) ? "!" : "") + " ");
        }
        Console.WriteLine();
    }
}
