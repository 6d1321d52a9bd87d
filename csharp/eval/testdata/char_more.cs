using System;
class Program {
    static void Main() {
        Console.WriteLine(char.IsSymbol('+') + " " + char.IsSymbol('a') + " " + char.IsSeparator(' ') + " " + char.IsNumber('5'));
        Console.WriteLine(char.IsDigit("a1", 1) + " " + char.IsLetter("a1", 1) + " " + char.IsUpper("aB", 1));
        string smile = char.ConvertFromUtf32(0x1F600);
        Console.WriteLine(smile.Length + " " + char.IsSurrogate(smile[0]) + " " + char.IsSurrogatePair(smile[0], smile[1]));
        Console.WriteLine(char.ConvertToUtf32(smile[0], smile[1]).ToString("X") + " " + char.ConvertToUtf32(smile, 0) + " " + char.ConvertToUtf32("A", 0));
        char ch;
        Console.WriteLine(char.TryParse("x", out ch) + " " + ch + " " + char.TryParse("xy", out ch));
        sbyte sb;
        Console.WriteLine(sbyte.TryParse("-12", out sb) + " " + sb + " " + sbyte.TryParse("200", out sb) + " " + sb);
        int x;
        Console.WriteLine(int.Parse(" 42 ") + " " + int.TryParse(" 12 ", out x) + " " + x + " " + int.TryParse("99999999999", out x) + " " + double.Parse("1,234.5") + " " + long.Parse("+7"));
        try { int.Parse("99999999999"); } catch (OverflowException e) { Console.WriteLine(e.Message); }
        try { int.Parse("4x"); } catch (FormatException e) { Console.WriteLine(e.Message); }
        try { char.ConvertFromUtf32(0xD800); } catch (ArgumentOutOfRangeException) { Console.WriteLine("surrogate code point"); }
    }
}
// Output:
// True False True True
// True False True
// 2 True True
// 1F600 128512 65
// True x False
// True -12 False 0
// 42 True 12 False 1234.5 7
// Value was either too large or too small for an Int32.
// The input string '4x' was not in a correct format.
// surrogate code point
