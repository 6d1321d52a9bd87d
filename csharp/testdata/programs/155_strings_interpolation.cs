// checks: interpolated strings with expressions, alignment, format specifiers, nested quotes, conditional in parentheses, verbatim
using System;

class Program
{
    static void Main()
    {
        string name = "Ann";
        int n = 7;
        double price = 12.5;
        Console.WriteLine($"Hi {name}, you have {n} items");
        Console.WriteLine($"[{n,5}] [{n,-5}] [{price,8:F2}] [{price:F3}]");
        Console.WriteLine($"{n * 2} {name.ToUpper()} {name.Length}");
        Console.WriteLine($"{(n > 5 ? "many" : "few")}");
        Console.WriteLine($"{n:D3} {n:X2} {255:x}");
        Console.WriteLine($"{{{n}}}");
        Console.WriteLine($"{name}{n}{price}");
        string nul = null;
        Console.WriteLine($"null=[{nul}]");
        Console.WriteLine($@"C:\{name}\{n}");
        Console.WriteLine($"{new DateTime(2024, 1, 2):dd.MM.yyyy}");
        Console.WriteLine($"{"inner string"} {'c'} {true}");
        var items = new[] { "a", "b" };
        Console.WriteLine($"{string.Join("+", items)} count={items.Length}");
        Console.WriteLine($"{1234567.891:N2}|{0.256:P1}|{-5,4}");
        FormattableString fs = $"{n} of {name}";
        Console.WriteLine(fs.Format + " " + fs.ArgumentCount);
    }
}
