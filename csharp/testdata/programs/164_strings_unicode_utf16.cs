// checks: strings are UTF-16: surrogate pairs count as 2 chars, char.IsSurrogate, non-ASCII output, ToUpper of Latin-1 letters
using System;
using System.Text;

class Program
{
    static void Main()
    {
        string smile = "\U0001F600";
        Console.WriteLine(smile.Length + " " + char.IsHighSurrogate(smile[0]) + " " + char.IsLowSurrogate(smile[1]));
        Console.WriteLine(char.ConvertToUtf32(smile, 0).ToString("X"));
        Console.WriteLine(char.ConvertFromUtf32(0x1F44D).Length);
        string word = "Grüße";
        Console.WriteLine(word + " " + word.Length + " " + word.ToUpperInvariant());
        Console.WriteLine(Encoding.UTF8.GetByteCount(word) + " " + Encoding.UTF8.GetByteCount(smile));
        Console.WriteLine("ÄÖÜ".ToLowerInvariant());
        Console.WriteLine((int)'€' + " " + "€".Length);
        Console.WriteLine("naïve café");
    }
}
