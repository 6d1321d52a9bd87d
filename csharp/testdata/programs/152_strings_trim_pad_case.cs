// checks: Trim/TrimStart/TrimEnd with and without chars, PadLeft/PadRight, ToUpper/ToLower(Invariant), IsNullOrEmpty/IsNullOrWhiteSpace
using System;

class Program
{
    static void Main()
    {
        string s = "  \t padded \n ";
        Console.WriteLine("[" + s.Trim() + "][" + s.TrimStart() + "][" + s.TrimEnd() + "]");
        Console.WriteLine("xxhixx".Trim('x') + " " + "--a-b--".TrimStart('-') + " " + "1.500".TrimEnd('0') + " " + "**a*".Trim('*', 'a'));
        Console.WriteLine("[" + "7".PadLeft(3) + "][" + "7".PadLeft(3, '0') + "][" + "ab".PadRight(5, '.') + "][" + "toolong".PadLeft(3) + "]");
        Console.WriteLine("MiXeD".ToUpper() + " " + "MiXeD".ToLower() + " " + "MiXeD".ToUpperInvariant() + " " + "MiXeD".ToLowerInvariant());
        Console.WriteLine(string.IsNullOrEmpty(null) + " " + string.IsNullOrEmpty("") + " " + string.IsNullOrEmpty(" "));
        Console.WriteLine(string.IsNullOrWhiteSpace(null) + " " + string.IsNullOrWhiteSpace(" \t") + " " + string.IsNullOrWhiteSpace("a"));
        Console.WriteLine("abc".ToCharArray().Length + " " + new string('=', 5) + " " + new string(new[] { 'o', 'k' }));
        char[] arr = "hello".ToCharArray();
        Array.Reverse(arr);
        Console.WriteLine(new string(arr));
    }
}
