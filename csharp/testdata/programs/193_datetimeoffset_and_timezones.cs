// checks: DateTimeOffset construction with offsets, UtcDateTime, ToOffset, comparisons across offsets, TimeZoneInfo conversion with IANA ids
using System;
using System.Globalization;

class Program
{
    static void Main()
    {
        var inv = CultureInfo.InvariantCulture;
        var dto = new DateTimeOffset(2024, 7, 1, 12, 0, 0, TimeSpan.FromHours(2));
        Console.WriteLine(dto.ToString(inv));
        Console.WriteLine(dto.UtcDateTime.ToString("yyyy-MM-dd HH:mm", inv) + " " + dto.Offset);
        Console.WriteLine(dto.ToOffset(TimeSpan.FromHours(-5)).ToString("yyyy-MM-dd HH:mm zzz", inv));
        var other = new DateTimeOffset(2024, 7, 1, 10, 0, 0, TimeSpan.Zero);
        Console.WriteLine((dto == other) + " " + dto.EqualsExact(other));
        Console.WriteLine(dto.ToString("o", inv));
        Console.WriteLine(dto.AddMinutes(90).ToString("HH:mm zzz", inv));
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var winter = new DateTime(2024, 1, 15, 12, 0, 0, DateTimeKind.Utc);
        var summer = new DateTime(2024, 7, 15, 12, 0, 0, DateTimeKind.Utc);
        Console.WriteLine(TimeZoneInfo.ConvertTimeFromUtc(winter, berlin).ToString("HH:mm", inv) + " " + TimeZoneInfo.ConvertTimeFromUtc(summer, berlin).ToString("HH:mm", inv));
        Console.WriteLine(berlin.GetUtcOffset(winter) + " " + berlin.GetUtcOffset(summer));
        Console.WriteLine(berlin.IsDaylightSavingTime(summer) + " " + berlin.IsDaylightSavingTime(winter));
        var ny = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        Console.WriteLine(TimeZoneInfo.ConvertTimeFromUtc(summer, ny).ToString("yyyy-MM-dd HH:mm", inv));
        Console.WriteLine(TimeZoneInfo.ConvertTimeToUtc(new DateTime(2024, 3, 30, 12, 0, 0), berlin).ToString("HH:mm", inv));
        Console.WriteLine(TimeZoneInfo.Utc.Id + " " + TimeZoneInfo.Utc.BaseUtcOffset);
        Console.WriteLine(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds());
        Console.WriteLine(DateTimeOffset.FromUnixTimeSeconds(1700000000).ToString("yyyy-MM-dd HH:mm:ss", inv));
    }
}
