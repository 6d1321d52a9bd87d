// checks: Convert.ToInt32 rounding (banker's), ToString with base, ToBoolean, ToChar, ToInt32 from bool/char, Base64 round trip, ChangeType
using System;
using System.Text;

class Program
{
    static void Main()
    {
        double a = 2.5, b = 3.5, c = -2.5, d = 2.6;
        Console.WriteLine(Convert.ToInt32(a) + " " + Convert.ToInt32(b) + " " + Convert.ToInt32(c) + " " + Convert.ToInt32(d));
        Console.WriteLine(Convert.ToInt32(2.5m) + " " + Convert.ToInt32("  -17 ") + " " + Convert.ToInt32(true) + " " + Convert.ToInt32('A'));
        Console.WriteLine(Convert.ToString(255, 2) + " " + Convert.ToString(255, 8) + " " + Convert.ToString(255, 16) + " " + Convert.ToString(-1, 16));
        Console.WriteLine(Convert.ToInt32("ff", 16) + " " + Convert.ToInt32("777", 8) + " " + Convert.ToInt32("1010", 2) + " " + Convert.ToInt64("7fffffffffffffff", 16));
        Console.WriteLine(Convert.ToBoolean("True") + " " + Convert.ToBoolean(0) + " " + Convert.ToBoolean(2.5));
        Console.WriteLine(Convert.ToChar(66) + " " + Convert.ToByte("200") + " " + Convert.ToDecimal("1.25"));
        byte[] bytes = Encoding.UTF8.GetBytes("route point");
        string b64 = Convert.ToBase64String(bytes);
        Console.WriteLine(b64);
        Console.WriteLine(Encoding.UTF8.GetString(Convert.FromBase64String(b64)));
        Console.WriteLine(Convert.ToBase64String(new byte[] { 0xFF, 0xFE }) + " " + Convert.ToBase64String(new byte[0]).Length);
        Console.WriteLine(Convert.ToInt32((string)null) + " " + Convert.ToString((object)null).Length);
        Console.WriteLine(Convert.ChangeType("42", typeof(int)).GetType().Name + " " + Convert.ChangeType(7, typeof(string)));
        try { Convert.ToByte(300); }
        catch (OverflowException) { Console.WriteLine("OverflowException"); }
        try { Convert.FromBase64String("not base64!"); }
        catch (FormatException) { Console.WriteLine("FormatException"); }
        Console.WriteLine(BitConverter.ToString(new byte[] { 1, 171, 255 }));
        Console.WriteLine(Convert.ToDouble("1e2") + " " + Convert.ToInt16(-7.7));
    }
}
