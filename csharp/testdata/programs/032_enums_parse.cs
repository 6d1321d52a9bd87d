// checks: Enum.Parse and TryParse with names, numbers, comma lists and ignoreCase
using System;

[Flags]
enum Days { None = 0, Mon = 1, Tue = 2, Wed = 4 }

enum Mode { Active, Passive, Wrapup }

class Program
{
    static void Main()
    {
        Console.WriteLine((Mode)Enum.Parse(typeof(Mode), "Passive"));
        Console.WriteLine((Mode)Enum.Parse(typeof(Mode), "wrapup", true));
        Console.WriteLine((Mode)Enum.Parse(typeof(Mode), "1"));
        Console.WriteLine((Days)Enum.Parse(typeof(Days), "Mon, Wed"));
        Mode m;
        Console.WriteLine(Enum.TryParse("Active", out m) + " " + m);
        Console.WriteLine(Enum.TryParse("nope", out m) + " " + m);
        Console.WriteLine(Enum.TryParse("passive", true, out m) + " " + m);
        Days d;
        Console.WriteLine(Enum.TryParse("Tue,Mon", out d) + " " + d);
        try
        {
            Enum.Parse(typeof(Mode), "Bogus");
        }
        catch (ArgumentException)
        {
            Console.WriteLine("ArgumentException");
        }
        Console.WriteLine(Enum.GetName(typeof(Mode), 2));
        Console.WriteLine(Mode.Passive.CompareTo(Mode.Wrapup));
    }
}
