// checks: the first matching catch clause wins, base-class catches, catch order by specificity
using System;

class Program
{
    static void Throw(int kind)
    {
        switch (kind)
        {
            case 0: throw new ArgumentNullException("p");
            case 1: throw new ArgumentException("bad arg");
            case 2: throw new InvalidOperationException("bad op");
            case 3: throw new FormatException("bad format");
            default: Console.WriteLine("no throw"); break;
        }
    }

    static void Main()
    {
        for (int k = 0; k <= 4; k++)
        {
            try
            {
                Throw(k);
                Console.WriteLine("after call");
            }
            catch (ArgumentNullException e) { Console.WriteLine("ArgumentNull " + e.ParamName); }
            catch (ArgumentException e) { Console.WriteLine("Argument " + e.GetType().Name); }
            catch (InvalidOperationException) { Console.WriteLine("InvalidOperation"); }
            catch (Exception e) { Console.WriteLine("Exception " + e.GetType().Name + " " + e.Message); }
        }
    }
}
