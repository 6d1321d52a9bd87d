// checks: StringReader line loops (\n, \r\n, \r, trailing newline), Peek/Read char scanning, Read(char[],int,int), ReadToEnd after partial reads, Console.SetIn with Console.ReadLine/Console.In, String.Split(null) and Split() white-space splitting
using System;
using System.Collections.Generic;
using System.IO;

class Program
{
    static List<int> Numbers(TextReader r)
    {
        var list = new List<int>();
        int n = 0;
        bool inNum = false;
        while (r.Peek() != -1)
        {
            char c = (char)r.Read();
            if (char.IsDigit(c)) { n = n * 10 + (c - '0'); inNum = true; }
            else if (inNum) { list.Add(n); n = 0; inNum = false; }
        }
        if (inNum) list.Add(n);
        return list;
    }

    static void Main()
    {
        var r = new StringReader("alpha\nbeta\r\ngamma\rdelta\n");
        string line;
        int i = 0;
        while ((line = r.ReadLine()) != null) Console.WriteLine(i++ + ":[" + line + "]");
        Console.WriteLine(r.ReadLine() == null);
        Console.WriteLine(r.Peek());

        Console.WriteLine(string.Join(",", Numbers(new StringReader("a12 b3,,456x7"))));

        var r2 = new StringReader("0123456789");
        var buf = new char[4];
        int got = r2.Read(buf, 0, 4);
        Console.WriteLine(got + " " + new string(buf));
        got = r2.Read(buf, 1, 2);
        Console.WriteLine(got + " " + new string(buf));
        Console.WriteLine(r2.ReadToEnd());
        Console.WriteLine(r2.ReadToEnd().Length);
        Console.WriteLine(new StringReader("").ReadLine() == null);
        Console.WriteLine(new StringReader("\n").ReadLine().Length);

        Console.SetIn(new StringReader("3\n10 20 30\nname  with   spaces"));
        int count = int.Parse(Console.ReadLine());
        string[] parts = Console.ReadLine().Split(' ');
        int sum = 0;
        for (int k = 0; k < count; k++) sum += int.Parse(parts[k]);
        Console.WriteLine("sum " + sum);
        string rest = Console.In.ReadLine();
        Console.WriteLine(rest.Split(null).Length + " " + rest.Split().Length);
        Console.WriteLine(string.Join("|", rest.Split((char[])null, StringSplitOptions.RemoveEmptyEntries)));
        Console.WriteLine(Console.ReadLine() == null);
        Console.WriteLine(string.Join("|", "a\tb\nc d".Split(null)));
    }
}
