using System;
using System.Globalization;

class Program
{
    static void Main()
    {
        var now = DateTime.Now;
        var utc = DateTime.UtcNow;
        Console.WriteLine(now + " " + now.Kind + " | " + utc + " " + utc.Kind);
        Console.WriteLine(DateTime.Today.ToString("yyyy-MM-dd HH:mm"));
        var d = new DateTime(2024, 2, 28, 23, 30, 0);
        Console.WriteLine(d.AddHours(1).ToString("dddd, dd MMMM yyyy HH:mm") + " " + d.AddMonths(1).ToShortDateString());
        Console.WriteLine(d.DayOfWeek + " " + d.DayOfYear + " " + (d.AddDays(2) - d).TotalHours);
        Console.WriteLine($"{d:o} {d:s} {d:yyyyMMdd}");
        var ts = TimeSpan.FromSeconds(3725.5);
        Console.WriteLine(ts + " " + ts.TotalMinutes + " " + ts.ToString(@"hh\:mm\:ss") + " " + (ts * 2).Hours);
        Console.WriteLine(new TimeSpan(1, 2, 3) + " " + TimeSpan.Parse("1.02:03:04") + " " + TimeSpan.Zero);
        Console.WriteLine(DateTime.Parse("2024-03-10T08:00:00Z").ToString("u") + " " + DateTime.ParseExact("15.01.2024", "dd.MM.yyyy", CultureInfo.InvariantCulture).ToString("d"));
        DateTime parsed;
        Console.WriteLine(DateTime.TryParse("not a date", out parsed) + " " + parsed.Ticks);
        var est = TimeZoneInfo.FindSystemTimeZoneById("Eastern Standard Time");
        var ny = TimeZoneInfo.ConvertTimeFromUtc(new DateTime(2024, 7, 1, 12, 0, 0, DateTimeKind.Utc), est);
        Console.WriteLine(ny + " " + est.BaseUtcOffset + " " + est.IsDaylightSavingTime(ny));
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("W. Europe Standard Time");
        Console.WriteLine(TimeZoneInfo.ConvertTime(new DateTime(2024, 1, 15, 9, 0, 0, DateTimeKind.Utc), berlin).ToString("HH:mm"));
        Console.WriteLine(TimeZoneInfo.Local.Id + " " + TimeZoneInfo.Utc.Id);
        try { TimeZoneInfo.FindSystemTimeZoneById("Mars Standard Time"); } catch (TimeZoneNotFoundException e) { Console.WriteLine(e.Message); }
        var dto = new DateTimeOffset(2024, 1, 15, 10, 30, 0, TimeSpan.FromHours(2));
        Console.WriteLine(dto + " " + dto.UtcDateTime.ToString("HH:mm") + " " + dto.ToUnixTimeSeconds() + " " + DateTimeOffset.FromUnixTimeSeconds(0));
        Console.WriteLine(DateTimeOffset.UtcNow.ToString("o"));
        var r = new Random(0);
        Console.WriteLine(r.Next() + " " + r.Next(100) + " " + r.Next(5, 10));
        var g = Guid.Parse("00112233-4455-6677-8899-aabbccddeeff");
        Console.WriteLine(g.ToString("N") + " " + (g == new Guid("{00112233-4455-6677-8899-AABBCCDDEEFF}")) + " " + Guid.Empty);
        Console.WriteLine(Guid.NewGuid().ToString().Length);
    }
}
// Output:
// 01/15/2024 11:30:00 Local | 01/15/2024 10:30:00 Utc
// 2024-01-15 00:00
// Thursday, 29 February 2024 00:30 03/28/2024
// Wednesday 59 48
// 2024-02-28T23:30:00.0000000 2024-02-28T23:30:00 20240228
// 01:02:05.5000000 62.09166666666667 01:02:05 2
// 01:02:03 1.02:03:04 00:00:00
// 2024-03-10 09:00:00Z 01/15/2024
// False 0
// 07/01/2024 08:00:00 -05:00:00 True
// 10:00
// Europe/Berlin UTC
// The time zone ID 'Mars Standard Time' was not found on the local computer.
// 01/15/2024 10:30:00 +02:00 08:30 1705307400 01/01/1970 00:00:00 +00:00
// 2024-01-15T10:30:00.0000000+00:00
// 1559595546 81 8
// 00112233445566778899aabbccddeeff True 00000000-0000-0000-0000-000000000000
// 36
