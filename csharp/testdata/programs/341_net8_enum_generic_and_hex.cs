// checks: generic Enum APIs (Enum.Parse<T>, TryParse<T>, GetValues<T>, GetNames<T>) and Convert.ToHexString/FromHexString
// expect: hand-checked (.NET 8 API: Mono 6.8 lacks the generic Enum overloads and ToHexString)
using System;

enum DestinationType { None, VoiceMail, Extension, Queue }

class Program
{
    static void Main()
    {
        Console.WriteLine(Enum.Parse<DestinationType>("Queue") + " " + (int)Enum.Parse<DestinationType>("extension", true));
        Console.WriteLine(Enum.TryParse<DestinationType>("Bogus", out var d) + " " + d);
        Console.WriteLine(string.Join(",", Enum.GetValues<DestinationType>()));
        Console.WriteLine(string.Join(",", Enum.GetNames<DestinationType>()));
        Console.WriteLine(Convert.ToHexString(new byte[] { 0x0A, 0xFF, 0x10 }));
        Console.WriteLine(Convert.FromHexString("CAFE").Length + " " + Convert.FromHexString("cafe")[0]);
        Console.WriteLine(Enum.IsDefined(DestinationType.Queue) + " " + Enum.IsDefined((DestinationType)9));
    }
}
