// checks: switch on int, string, char and enum; case fall-through via stacked labels; default anywhere
using System;

enum Color { Red, Green, Blue }

class Program
{
    static string Describe(int n)
    {
        switch (n)
        {
            case 1:
            case 2:
                return "small";
            default:
                return "other";
            case 3:
                return "three";
        }
    }

    static void Main()
    {
        for (int i = 0; i <= 4; i++) Console.WriteLine(i + " " + Describe(i));
        foreach (var s in new[] { "yes", "no", "YES", null })
        {
            switch (s)
            {
                case "yes": Console.WriteLine("affirmative"); break;
                case "no": Console.WriteLine("negative"); break;
                case null: Console.WriteLine("null!"); break;
                default: Console.WriteLine("unknown " + s); break;
            }
        }
        foreach (var c in "a1 ")
        {
            switch (c)
            {
                case 'a': Console.WriteLine("letter a"); break;
                case ' ': Console.WriteLine("space"); break;
                default: Console.WriteLine("char " + c); break;
            }
        }
        Color col = Color.Blue;
        switch (col)
        {
            case Color.Red: Console.WriteLine("R"); break;
            case Color.Blue: Console.WriteLine("B"); break;
        }
        switch (7) { }
        Console.WriteLine("done");
    }
}
