// checks: try/catch/finally inside loops with continue and break in catch and finally ordering per iteration
using System;

class Program
{
    static void Main()
    {
        for (int i = 0; i < 5; i++)
        {
            try
            {
                if (i == 1) throw new ArgumentException("one");
                if (i == 3) throw new InvalidOperationException("three");
                Console.WriteLine("ok " + i);
            }
            catch (ArgumentException e) { Console.WriteLine("arg " + e.Message); continue; }
            catch (InvalidOperationException) { Console.WriteLine("breaking at " + i); break; }
            finally { Console.WriteLine("finally " + i); }
            Console.WriteLine("after try " + i);
        }
        int attempts = 0;
        while (true)
        {
            try
            {
                attempts++;
                if (attempts < 3) throw new TimeoutException();
                Console.WriteLine("succeeded after " + attempts);
                break;
            }
            catch (TimeoutException) { Console.WriteLine("retry " + attempts); }
        }
    }
}
