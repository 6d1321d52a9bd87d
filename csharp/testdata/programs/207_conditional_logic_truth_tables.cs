// checks: three-valued logic of bool? with & and |, ! on bool?, and comparisons with null
using System;

class Program
{
    static string S(bool? b) { return b.HasValue ? b.Value.ToString() : "null"; }

    static void Main()
    {
        bool?[] vals = { true, false, null };
        foreach (var a in vals)
            foreach (var b in vals)
                Console.WriteLine(S(a) + " & " + S(b) + " = " + S(a & b) + "; | = " + S(a | b) + "; ^ = " + S(a ^ b));
        foreach (var a in vals) Console.WriteLine("!" + S(a) + " = " + S(!a));
    }
}
