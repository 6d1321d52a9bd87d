using System;
class Program {
    static int Sign(int x) => x < 0 ? -1 : x > 0 ? 1 : 0;
    static void Main() {
        char[] cs = { 'h', 'e', 'l', 'l', 'o' };
        string a = new string(cs);
        string b = new string('#', 5);
        string c = new string(cs, 1, 3);
        Console.WriteLine(a + "|" + b + "|" + c + "|" + a.Length + "|" + new string('x', 0).Length);
        char[] none = null;
        Console.WriteLine("[" + new string(none) + "]");
        try { new string('a', -1); } catch (ArgumentOutOfRangeException) { Console.WriteLine("negative count"); }
        Console.WriteLine(Sign(string.Compare("apple", "Banana")) + " " + Sign(string.CompareOrdinal("apple", "Banana")) + " " + Sign("a".CompareTo("A")));
        Console.WriteLine(string.CompareOrdinal("abcdef", 2, "xxcdxx", 2, 2) + " " + Sign(string.Compare("abcdef", 2, "xxcdxx", 2, 3)));
    }
}
// Output:
// hello|#####|ell|5|0
// []
// negative count
// -1 1 -1
// 0 -1
