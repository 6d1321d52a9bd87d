// checks: Uri.EscapeDataString/UnescapeDataString, Guid.Parse and formats (N, D, B), Guid.Empty
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(Uri.EscapeDataString("a b&c=d/é?"));
        Console.WriteLine(Uri.UnescapeDataString("a%20b%26c%3Dd"));
        Console.WriteLine(Uri.EscapeDataString("+49 30 1234") + " " + Uri.EscapeDataString("~-_.!*'()"));
        var g = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
        Console.WriteLine(g);
        Console.WriteLine(g.ToString("N"));
        Console.WriteLine(g.ToString("B"));
        Console.WriteLine(g.ToString("D").ToUpper());
        Console.WriteLine(Guid.Empty);
        Console.WriteLine(g == new Guid("0F8FAD5BD9CB469FA16570867728950E"));
        Guid parsed;
        Console.WriteLine(Guid.TryParse("nope", out parsed) + " " + (parsed == Guid.Empty));
        var u = new Uri("https://crm.example.com:8443/api/lookup?number=%2B4930&x=1#frag");
        Console.WriteLine(u.Scheme + " " + u.Host + " " + u.Port + " " + u.AbsolutePath + " " + u.Query + " " + u.Fragment);
    }
}
