// checks: return inside try within a loop runs finally once; nested finally blocks run innermost first on return
using System;

class Program
{
    static int Find(int[] xs, int target)
    {
        for (int i = 0; i < xs.Length; i++)
        {
            try
            {
                if (xs[i] == target) return i;
            }
            finally { Console.WriteLine("checked " + i); }
        }
        return -1;
    }

    static string Nested()
    {
        try
        {
            try { return "value"; }
            finally { Console.WriteLine("inner finally"); }
        }
        finally { Console.WriteLine("outer finally"); }
    }

    static void Main()
    {
        Console.WriteLine(Find(new[] { 4, 5, 6 }, 5));
        Console.WriteLine(Find(new[] { 1 }, 9));
        Console.WriteLine(Nested());
    }
}
