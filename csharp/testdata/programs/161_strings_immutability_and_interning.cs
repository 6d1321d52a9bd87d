// checks: strings are immutable: methods return new strings; string concatenation in loops; char enumerations and string equality
using System;

class Program
{
    static void Main()
    {
        string s = "abc";
        s.ToUpper();
        s.Replace("a", "z");
        Console.WriteLine(s);
        string t = s;
        s += "d";
        Console.WriteLine(t + " " + s);
        string acc = "";
        for (int i = 0; i < 5; i++) acc += i;
        Console.WriteLine(acc);
        string built = new string(new[] { 'a', 'b', 'c' });
        Console.WriteLine((built == t) + " " + ReferenceEquals("lit", "lit"));
        Console.WriteLine("abc".GetType().Name + " " + "abc".Length);
        int upper = 0;
        foreach (char c in "Hello World") if (char.IsUpper(c)) upper++;
        Console.WriteLine(upper);
        Console.WriteLine("x".Equals((object)"x") + " " + "x".Equals(null));
    }
}
