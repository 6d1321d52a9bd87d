// checks: int overflow in checked and unchecked contexts, casts that truncate, char arithmetic, Convert conversions and their exceptions, bit operations on ids
using System;

class Program
{
    static int Hash(string s)
    {
        unchecked
        {
            int h = 17;
            foreach (char c in s) h = h * 31 + c;
            return h;
        }
    }

    static void Main()
    {
        int max = int.MaxValue;
        Console.WriteLine(unchecked(max + 1) + " " + unchecked((short)70000) + " " + unchecked((byte)300) + " " + unchecked((int)4000000000L) + " " + unchecked((uint)-1));
        try { int x = checked(max + 1); Console.WriteLine(x); }
        catch (OverflowException e) { Console.WriteLine("checked: " + e.Message); }
        try { checked { short s = (short)max; Console.WriteLine(s); } }
        catch (OverflowException e) { Console.WriteLine("checked cast: " + e.Message); }
        try { long big = long.MaxValue; checked { big++; } }
        catch (OverflowException) { Console.WriteLine("checked ++"); }
        try { int m = int.MinValue; Console.WriteLine(checked(-m)); }
        catch (OverflowException) { Console.WriteLine("checked negate"); }
        int y = max; y += 10; Console.WriteLine(y);
        Console.WriteLine(Hash("100") + " " + Hash("sip:alice@pbx") + " " + (Hash("x") & 0x7FFFFFFF) % 16);
        Console.WriteLine((int)3.99 + " " + (int)-3.99 + " " + (long)1e18 + " " + unchecked((byte)255.9) + " " + (int)'A' + " " + (char)97 + " " + unchecked((sbyte)200));
        double huge = 1e20;
        try { Console.WriteLine(checked((int)huge)); } catch (OverflowException) { Console.WriteLine("checked double->int"); }

        char c = 'a';
        c++;
        c += (char)2;
        Console.WriteLine(c + " " + (c + 1) + " " + (char)(c + 1) + " " + ('z' - 'a') + " " + (char)('0' + 7) + " " + ('7' - '0') * 2);
        string word = "Extension";
        var chars = word.ToCharArray();
        for (int i = 0; i < chars.Length; i++) chars[i] = (char)(chars[i] ^ 0x20);
        Console.WriteLine(new string(chars) + " " + char.ToUpperInvariant('ß') + " " + (int)char.MaxValue + " " + "abc".IndexOf((char)('a' + 2)));
        int letterSum = 0;
        foreach (char ch in "ABCxyz") letterSum += char.IsUpper(ch) ? ch - 'A' + 1 : ch - 'a' + 27;
        Console.WriteLine(letterSum);

        Console.WriteLine(Convert.ToInt32("42") + Convert.ToInt32(42.5) + Convert.ToInt32(43.5) + Convert.ToInt32(true) + Convert.ToInt32('A') + " " + Convert.ToInt32(null) + " " + Convert.ToInt64("-9000000000"));
        Console.WriteLine(Convert.ToDouble("1.5") + " " + Convert.ToDecimal("2.50") + " " + Convert.ToBoolean("True") + " " + Convert.ToBoolean(0) + " " + Convert.ToString(255, 16) + " " + Convert.ToString(5, 2) + " " + Convert.ToInt32("ff", 16));
        try { Convert.ToInt32("-101", 2); } catch (ArgumentException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(Convert.ToString(null) + "|" + Convert.ToString(12.5) + "|" + Convert.ToChar(66) + "|" + Convert.ToByte("200") + "|" + Convert.ToInt16(-5.5) + "|" + Convert.ToUInt32(3000000000L));
        foreach (string s in new[] { "12x", "", "99999999999", null, " 7 " })
        {
            try { Console.WriteLine("ok " + Convert.ToInt32(s)); }
            catch (FormatException) { Console.WriteLine("FormatException"); } // .NET 8 names the string in the message, Mono does not
            catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        }
        try { Convert.ToByte(256); } catch (OverflowException e) { Console.WriteLine(e.Message); }
        try { Convert.ToBoolean("yes"); } catch (FormatException) { Console.WriteLine("FormatException"); }
        int flags = 0;
        flags |= 1 << 3;
        flags |= 1 << 0;
        Console.WriteLine(flags + " " + (flags & ~1) + " " + (flags >> 1) + " " + (-16 >> 2) + " " + (int)(unchecked((uint)-16) >> 2) + " " + (0xF0 ^ 0xFF) + " " + Convert.ToString(flags, 2).PadLeft(8, '0'));
        int parsed;
        Console.WriteLine(int.TryParse("2147483648", out parsed) + " " + parsed + " " + int.TryParse("-2147483648", out parsed) + " " + parsed + " " + long.Parse("+12") + " " + uint.Parse("4294967295"));
    }
}
