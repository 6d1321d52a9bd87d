// checks: a user TextWriter (Write(char) only) gets every Write/WriteLine overload through the base class; Console.SetOut/SetError with it; NewLine; TextWriter.Null; StringWriter over a StringBuilder; a closed StringWriter throws ObjectDisposedException
using System;
using System.IO;
using System.Text;

class UpperWriter : TextWriter
{
    public readonly StringBuilder Sb = new StringBuilder();
    public int Chars;
    public override Encoding Encoding => Encoding.UTF8;
    public override void Write(char value) { Chars++; Sb.Append(char.ToUpperInvariant(value)); }
}

class CountingWriter : StringWriter
{
    public int Lines;
    public override void WriteLine(string value) { Lines++; base.WriteLine(value); }
}

class Program
{
    static void Main()
    {
        var u = new UpperWriter();
        u.Write("abc");
        u.Write(12);
        u.Write(true);
        u.Write(-3L);
        u.Write(0.25);
        u.Write(1.50m);
        u.Write('x');
        u.Write(new[] { 'p', 'q' });
        u.Write((object)"obj");
        u.Write("{0}+{1}", 1, 2);
        u.WriteLine();
        u.WriteLine("line");
        u.NewLine = "<NL>";
        u.WriteLine(7);
        u.WriteLine((object)null);
        Console.WriteLine(u.Sb.ToString().Replace("\n", "\\n"));
        Console.WriteLine(u.Chars);

        var orig = Console.Out;
        var cw = new CountingWriter();
        Console.SetOut(cw);
        Console.WriteLine("one");
        Console.WriteLine("two {0}", 2);
        Console.Write("no newline");
        Console.Out.WriteLine("three");
        Console.SetOut(orig);
        Console.WriteLine("lines counted: " + cw.Lines);
        Console.WriteLine(cw.ToString().Replace("\n", "|"));

        var errs = new StringWriter();
        var origErr = Console.Error;
        Console.SetError(errs);
        Console.Error.WriteLine("oops {0}", 42);
        Console.Error.Write('!');
        Console.SetError(origErr);
        Console.WriteLine("stderr captured: " + errs.ToString().Replace("\n", "|"));

        TextWriter.Null.WriteLine("dropped");
        Console.WriteLine(Console.Out == orig);

        var sb = new StringBuilder("pre:");
        var sw = new StringWriter(sb);
        sw.Write("x");
        sw.WriteLine(3.5);
        Console.WriteLine(sb.ToString().Trim() + " " + (sw.GetStringBuilder() == sb));
        using (var w2 = new StringWriter())
        {
            w2.Write("in using");
            Console.WriteLine(w2);
        }
        sw.Dispose();
        try { sw.Write("late"); }
        catch (ObjectDisposedException e) { Console.WriteLine("caught " + e.GetType().Name); }
        Console.WriteLine(sw.ToString().Length);
        try { Console.SetOut(null); }
        catch (ArgumentNullException e) { Console.WriteLine("caught " + e.GetType().Name); }
    }
}
