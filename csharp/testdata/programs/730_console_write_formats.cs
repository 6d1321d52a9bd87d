// checks: Console.Write/WriteLine overloads: format strings with args and params arrays, bool/char/null/object/char[] arguments, WriteLine() alone, Write of numbers and decimals, Environment.NewLine inside strings, string.Concat of mixed values, format with more args and index reuse
using System;

class Item { public override string ToString() => "item!"; }

class Program
{
    static void Main()
    {
        Console.Write("a");
        Console.Write('b');
        Console.Write(1);
        Console.Write(2L);
        Console.Write(3.5);
        Console.Write(true);
        Console.Write(4.25m);
        Console.Write((object)null);
        Console.Write(new Item());
        Console.WriteLine();
        Console.WriteLine(new[] { 'c', 'h', 'a', 'r', 's' });
        Console.WriteLine("{0} + {0} = {1}", 2, 4);
        Console.WriteLine("{0}|{1}|{2}|{3}", "s", 'c', false, null);
        Console.WriteLine("{0,-6}|{1,6}|", "ab", 12);
        Console.Write("{0}-{1}{2}", "x", "y", Environment.NewLine);
        Console.WriteLine("params: {0} {1} {2} {3} {4}", 1, 2, 3, 4, 5);
        object[] arr = { "from", "array" };
        Console.WriteLine("{0} {1}", arr);
        Console.WriteLine("no format args {0}");
        Console.WriteLine(string.Concat("n=", 5, ", ok=", true, ", c=", 'z'));
        Console.WriteLine(string.Concat(new object[] { 1, null, "two" }));
        Console.WriteLine("line1" + Environment.NewLine + "line2");
        Console.WriteLine(Environment.NewLine.Length);
        Console.WriteLine(1 + 2 + "3" + 4 + 5);
        Console.WriteLine('a' + 'b' + "c" + 'd');
        Console.WriteLine("" + 'a' + 'b');
        Console.WriteLine((string)null + null + "|");
        char[] letters = { 'x', 'y' };
        Console.WriteLine(letters.Length + " " + new string(letters) + " " + string.Join("+", letters));
        Console.WriteLine(0.5m + " " + 1.50m + " " + 100m / 3m + " " + (1.0m).ToString());
        Console.WriteLine(-0.0 == 0.0);
    }
}
