// checks: char.IsDigit/IsLetter/IsWhiteSpace/IsUpper/IsLower/IsLetterOrDigit/IsPunctuation, ToUpper/ToLower, GetNumericValue, char.Parse
using System;

class Program
{
    static void Main()
    {
        foreach (var c in "aZ5 _!\t#")
        {
            Console.WriteLine("'" + (c == '\t' ? "\\t" : c.ToString()) + "' digit=" + char.IsDigit(c) + " letter=" + char.IsLetter(c) + " ws=" + char.IsWhiteSpace(c)
                + " up=" + char.IsUpper(c) + " low=" + char.IsLower(c) + " lod=" + char.IsLetterOrDigit(c) + " punct=" + char.IsPunctuation(c));
        }
        Console.WriteLine(char.ToUpper('q') + "" + char.ToLower('Q') + char.ToUpperInvariant('x'));
        Console.WriteLine(char.GetNumericValue('8'));
        Console.WriteLine(char.Parse("x"));
        Console.WriteLine(char.IsDigit("a1", 1));
        Console.WriteLine('x'.ToString() + 'y'.CompareTo('x') + 'a'.Equals('a'));
        Console.WriteLine(char.IsSymbol('+') + " " + char.IsControl('\n') + " " + char.IsSeparator(' '));
        char r;
        Console.WriteLine(char.TryParse("ab", out r) + " " + (int)r);
    }
}
