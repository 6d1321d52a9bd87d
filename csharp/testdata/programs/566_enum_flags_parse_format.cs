// checks: enums as route-point scripts use them: [Flags] ToString and Parse, HasFlag, bit tests, Enum.GetValues/GetNames/IsDefined, numeric formats D/X/G/F, undefined values, switch on enums
using System;

[Flags]
enum Features { None = 0, Record = 1, Transfer = 2, Park = 4, Voicemail = 8, All = Record | Transfer | Park | Voicemail }

enum CallState : byte { Idle, Ringing = 5, Connected, OnHold = 10, Ended }

enum Priority : long { Low = -1, Normal = 0, High = 1L << 40 }

class Program
{
    static string Describe(CallState s)
    {
        switch (s)
        {
            case CallState.Idle: return "idle";
            case CallState.Ringing:
            case CallState.Connected: return "active";
            default: return "other(" + (int)s + ")";
        }
    }

    static void Main()
    {
        var f = Features.Record | Features.Park;
        Console.WriteLine(f + " | " + (f | Features.Transfer | Features.Voicemail) + " | " + Features.None + " | " + (Features)16 + " | " + (Features)17 + " | " + (Features)0);
        Console.WriteLine(f.HasFlag(Features.Park) + " " + f.HasFlag(Features.Transfer) + " " + f.HasFlag(Features.None) + " " + ((f & Features.Record) != 0) + " " + (f & ~Features.Record));
        Console.WriteLine(f.ToString("D") + " " + f.ToString("X") + " " + f.ToString("G") + " " + f.ToString("F") + " " + Features.All.ToString("D") + " " + CallState.OnHold.ToString("X") + " " + Priority.High.ToString("X"));
        Console.WriteLine((Features)Enum.Parse(typeof(Features), "Transfer, Voicemail") + " " + (Features)Enum.Parse(typeof(Features), "6") + " " + (Features)Enum.Parse(typeof(Features), " park , record ", true));
        Features parsed;
        Console.WriteLine(Enum.TryParse("Record,Bogus", out parsed) + " " + parsed + " " + Enum.TryParse("All", out parsed) + " " + parsed + " " + Enum.TryParse("-1", out parsed) + " " + (int)parsed);
        CallState cs;
        Console.WriteLine(Enum.TryParse("connected", true, out cs) + " " + cs + " " + Enum.TryParse("Connected", false, out cs) + " " + (byte)cs + " " + Enum.TryParse("99", out cs) + " " + cs);
        Console.WriteLine(Enum.IsDefined(typeof(CallState), (byte)6) + " " + Enum.IsDefined(typeof(CallState), "OnHold") + " " + Enum.IsDefined(typeof(Features), 3) + " " + Enum.GetName(typeof(CallState), (byte)11) + " " + (Enum.GetName(typeof(CallState), (byte)3) ?? "null"));
        Console.WriteLine(string.Join(",", Enum.GetNames(typeof(CallState))) + " " + string.Join(",", Enum.GetValues(typeof(Features)).Cast<int>()));
        foreach (CallState s in Enum.GetValues(typeof(CallState))) Console.Write(s + "=" + (int)s + ":" + Describe(s) + " ");
        Console.WriteLine();
        Console.WriteLine(Describe((CallState)42) + " " + (CallState)42 + " " + (Priority)5 + " " + Priority.Low + " " + (long)Priority.High + " " + Enum.GetUnderlyingType(typeof(CallState)).Name + " " + Enum.GetUnderlyingType(typeof(Priority)).Name);
        Console.WriteLine(CallState.Ringing < CallState.OnHold ? "ordered" : "not ordered");
        Console.WriteLine(CallState.Ringing.CompareTo(CallState.Idle) > 0 ? "greater" : "not greater");
        Console.WriteLine(((CallState)6).Equals(CallState.Connected) + " " + (CallState.Ended - CallState.OnHold) + " " + (CallState.Idle + 5) + " " + Enum.ToObject(typeof(Features), 3));
        try { Enum.Parse(typeof(CallState), "Dialing"); }
        catch (ArgumentException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        string txt = $"{f} {f:D} {CallState.OnHold,-10}|{Priority.Low,6}|";
        Console.WriteLine(txt);
        Console.WriteLine(string.Format("{0:G} {0:D} {0:X} {0:F}", Features.Transfer | Features.Voicemail));
    }
}

static class Extensions
{
    public static System.Collections.Generic.IEnumerable<int> Cast<T>(this Array a)
    {
        foreach (var x in a) yield return (int)x;
    }
}
