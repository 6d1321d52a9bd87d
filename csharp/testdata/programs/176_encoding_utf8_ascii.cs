// checks: Encoding.UTF8/ASCII/Unicode GetBytes/GetString/GetByteCount, replacement of non-ASCII with '?', hex dumps of bytes
using System;
using System.Text;

class Program
{
    static string Hex(byte[] b) { return BitConverter.ToString(b).Replace("-", " "); }

    static void Main()
    {
        Console.WriteLine(Hex(Encoding.UTF8.GetBytes("Aé€")));
        Console.WriteLine(Hex(Encoding.ASCII.GetBytes("Aé")));
        Console.WriteLine(Hex(Encoding.Unicode.GetBytes("AB")));
        Console.WriteLine(Hex(Encoding.BigEndianUnicode.GetBytes("A")));
        Console.WriteLine(Encoding.UTF8.GetString(new byte[] { 0x68, 0x69, 0xC3, 0xA9 }));
        Console.WriteLine(Encoding.ASCII.GetString(new byte[] { 72, 105 }));
        Console.WriteLine(Encoding.UTF8.GetByteCount("€") + " " + Encoding.Unicode.GetByteCount("€") + " " + Encoding.ASCII.GetByteCount("€"));
        Console.WriteLine(Encoding.UTF8.GetString(new byte[] { 0x61, 0xFF, 0x62 }).Length);
        Console.WriteLine((int)Encoding.UTF8.GetString(new byte[] { 0xFF })[0]);
        Console.WriteLine(Encoding.UTF8.WebName + " " + Encoding.ASCII.WebName);
        byte[] buf = new byte[10];
        int n = Encoding.UTF8.GetBytes("xyz", 0, 3, buf, 2);
        Console.WriteLine(n + " " + Hex(buf));
        Console.WriteLine(Encoding.UTF8.GetString(buf, 2, 3));
        Console.WriteLine(Hex(Encoding.UTF8.GetPreamble()));
        var enc = new UTF8Encoding(false);
        Console.WriteLine(enc.GetPreamble().Length);
    }
}
