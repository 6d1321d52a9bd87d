// checks: forward goto out of nested try/finally runs each finally; backward goto re-runs a block; goto out of nested loops and switch; labels in nested blocks
using System;

class Program
{
    static string Find(int[][] grid, int want)
    {
        string result = "none";
        for (int r = 0; r < grid.Length; r++)
        {
            foreach (var x in grid[r])
            {
                switch (x)
                {
                    case 0:
                        continue;
                    default:
                        if (x == want)
                        {
                            result = "row " + r;
                            goto found;
                        }
                        break;
                }
            }
        }
        return result;
    found:
        return result + " (found)";
    }

    static void Nested(int n)
    {
        {
            int i = 0;
        top:
            if (i < n)
            {
                Console.Write(i + " ");
                i++;
                goto top;
            }
            Console.WriteLine("| done at " + i);
        }
        {
            goto skip;
        skip:
            Console.WriteLine("skipped nothing");
        }
    }

    static int FinallyReturn()
    {
        int x = 1;
        try
        {
            try
            {
                goto end;
            }
            finally
            {
                x += 10;
                Console.WriteLine("inner finally x=" + x);
            }
        }
        finally
        {
            x += 100;
            Console.WriteLine("outer finally x=" + x);
        }
    end:
        return x;
    }

    static void Main()
    {
        var grid = new[] { new[] { 0, 1 }, new[] { 0, 0, 7 }, new[] { 7 } };
        Console.WriteLine(Find(grid, 7));
        Console.WriteLine(Find(grid, 9));
        Nested(3);
        Console.WriteLine(FinallyReturn());
        int k = 0;
    loop:
        k++;
        switch (k)
        {
            case 1: goto loop;
            case 2: Console.WriteLine("two"); goto loop;
            case 3: goto case 5;
            case 5: Console.WriteLine("five via three"); break;
        }
        Console.WriteLine("k=" + k);
    }
}
