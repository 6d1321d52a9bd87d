// checks: Console.Out/Error/In, SetOut/SetIn redirection, TextWriter overloads, StringWriter, StringReader.ReadLine/Peek/Read/ReadToEnd, Split(null)
using System;
using System.IO;
using System.Text;
class P {
    static void Main() {
        Console.Out.WriteLine("x");
        Console.Out.WriteLine(42);
        Console.Out.Write(1.5); Console.Out.WriteLine();
        Console.Error.WriteLine("err");
        TextWriter w = Console.Out;
        w.WriteLine("{0}-{1}", 1, "a");
        var sw = new StringWriter();
        sw.Write('a'); sw.Write(true); sw.WriteLine(3L); sw.Write(2.5m);
        Console.WriteLine("[" + sw.ToString() + "]");
        Console.WriteLine(sw.GetStringBuilder().Length);
        var sr = new StringReader("l1\r\nl2\nl3");
        string line;
        while ((line = sr.ReadLine()) != null) Console.WriteLine("<" + line + ">");
        sr = new StringReader("abc");
        Console.WriteLine(sr.Peek()); Console.WriteLine((char)sr.Read()); Console.WriteLine(sr.ReadToEnd());
        var orig = Console.Out;
        var cap = new StringWriter();
        Console.SetOut(cap);
        Console.WriteLine("captured");
        Console.Write("n={0}", 5);
        Console.SetOut(orig);
        Console.WriteLine("back: " + cap.ToString().Replace("\n", "|"));
        Console.SetIn(new StringReader("in1\nin2"));
        Console.WriteLine(Console.ReadLine() + Console.In.ReadLine() + (Console.ReadLine() == null));
        Console.WriteLine("a b".Split(null).Length);
    }
}
