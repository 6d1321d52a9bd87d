// checks: goto to labels, goto case and goto default in switch
using System;

class Program
{
    static void Main()
    {
        int i = 0;
    again:
        i++;
        if (i < 3) goto again;
        Console.WriteLine("i=" + i);
        for (int n = 0; n < 4; n++)
        {
            switch (n)
            {
                case 0:
                    Console.WriteLine("zero, then");
                    goto case 2;
                case 1:
                    Console.WriteLine("one, then");
                    goto default;
                case 2:
                    Console.WriteLine("two");
                    break;
                default:
                    Console.WriteLine("default");
                    break;
            }
        }
        for (int a = 0; a < 3; a++)
            for (int b = 0; b < 3; b++)
                if (a * b == 2) { Console.WriteLine("found " + a + "," + b); goto done; }
        done:
        Console.WriteLine("end");
    }
}
