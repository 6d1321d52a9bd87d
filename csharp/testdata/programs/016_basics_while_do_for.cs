// checks: while, do-while (body runs once), for with multiple variables, break and continue
using System;

class Program
{
    static void Main()
    {
        int n = 0;
        while (n < 3) { Console.Write(n); n++; }
        Console.WriteLine();
        do { Console.WriteLine("do once " + n); } while (n < 0);
        for (int i = 0, j = 10; i < j; i += 3, j -= 3)
            Console.WriteLine(i + ":" + j);
        for (int k = 0; ; k++)
        {
            if (k % 2 == 0) continue;
            if (k > 7) break;
            Console.Write(k + " ");
        }
        Console.WriteLine();
        int m = 10;
        while (true)
        {
            m -= 4;
            if (m < 0) break;
        }
        Console.WriteLine(m);
        int outer = 0;
        for (int a = 0; a < 3; a++)
        {
            for (int b = 0; b < 3; b++)
            {
                if (b == 1) break;
                outer++;
            }
        }
        Console.WriteLine(outer);
    }
}
