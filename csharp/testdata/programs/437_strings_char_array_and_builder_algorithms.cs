// checks: char[] manipulation: in-place reversal, Array.IndexOf on chars, string constructors, ToCharArray ranges, string.Concat of chars
using System;

class Program
{
    static void Main()
    {
        var arr = "dial tone".ToCharArray();
        for (int i = 0, j = arr.Length - 1; i < j; i++, j--) { var t = arr[i]; arr[i] = arr[j]; arr[j] = t; }
        Console.WriteLine(new string(arr));
        Console.WriteLine(Array.IndexOf(arr, ' ') + " " + new string(arr, 2, 3) + " " + new string('-', 4));
        Console.WriteLine(new string("abcdef".ToCharArray(1, 3)));
        Console.WriteLine(string.Concat('a', 'b') + string.Concat(new object[] { 'c', 1, null, "d" }));
        char[] digits = new char[5];
        for (int i = 0; i < digits.Length; i++) digits[i] = (char)('0' + (9 - i));
        Console.WriteLine(digits);
        Console.WriteLine(string.Join("+", "abc".ToCharArray()));
        Console.WriteLine("a,b".Split(',')[1][0] == 'b');
    }
}
