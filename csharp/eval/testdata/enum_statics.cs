using System;
[Flags]
enum Days { None = 0, Mon = 1, Tue = 2, Wed = 4 }
enum Mode { Active, Passive, Wrapup }
enum Level : byte { High = 9, Low = 1, Mid = 5 }
class Program {
    static void Main() {
        Console.WriteLine((Mode)Enum.Parse(typeof(Mode), "Passive"));
        Console.WriteLine((Mode)Enum.Parse(typeof(Mode), " wrapup ", true));
        Console.WriteLine((Mode)Enum.Parse(typeof(Mode), "1") + " " + (Mode)Enum.Parse(typeof(Mode), "7"));
        Console.WriteLine((Days)Enum.Parse(typeof(Days), "Mon, Wed"));
        Mode m;
        Console.WriteLine(Enum.TryParse("Active", out m) + " " + m);
        Console.WriteLine(Enum.TryParse("nope", out m) + " " + m);
        Console.WriteLine(Enum.TryParse("passive", true, out m) + " " + m);
        Console.WriteLine(Enum.TryParse<Mode>("Wrapup", out var m2) + " " + m2);
        Console.WriteLine(Enum.Parse<Days>("Tue,Mon") + " " + Enum.Parse<Mode>("WRAPUP", true));
        try { Enum.Parse(typeof(Mode), "Bogus"); } catch (ArgumentException e) { Console.WriteLine(e.Message); }
        try { Enum.Parse(typeof(Mode), " "); } catch (ArgumentException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(Enum.GetName(typeof(Mode), 2) + " " + (Enum.GetName(typeof(Mode), 5) == null));
        Console.WriteLine(string.Join(",", Enum.GetNames(typeof(Level))) + " " + string.Join(",", Enum.GetValues<Level>()));
        foreach (Level l in Enum.GetValues(typeof(Level))) Console.Write((int)l + " ");
        Console.WriteLine();
        Console.WriteLine(Enum.IsDefined(typeof(Level), (byte)5) + " " + Enum.IsDefined(typeof(Mode), "Active") + " " + Enum.IsDefined(Mode.Wrapup) + " " + Enum.IsDefined((Mode)9));
        Console.WriteLine(Enum.GetUnderlyingType(typeof(Level)).Name + " " + Enum.GetUnderlyingType(typeof(Mode)).Name);
        Console.WriteLine(Mode.Passive.CompareTo(Mode.Wrapup) + " " + Mode.Wrapup.CompareTo(Mode.Active) + " " + Level.High.CompareTo(Level.High));
        Console.WriteLine(Mode.Wrapup.ToString("D") + " " + Mode.Wrapup.ToString("X") + " " + Level.High.ToString("x") + " " + (Days.Mon | Days.Wed).ToString("G") + " " + ((Mode)3).ToString("F"));
        Console.WriteLine((Days.Mon | Days.Tue).HasFlag(Days.Tue));
    }
}
// Output:
// Passive
// Wrapup
// Passive 7
// Mon, Wed
// True Active
// False Active
// True Passive
// True Wrapup
// Mon, Tue Wrapup
// Requested value 'Bogus' was not found.
// Must specify valid information for parsing in the string. (Parameter 'value')
// Wrapup True
// Low,Mid,High Low,Mid,High
// 1 5 9 
// True True True False
// Byte Int32
// -1 1 0
// 2 00000002 09 Mon, Wed Passive, Wrapup
// True
