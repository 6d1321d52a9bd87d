using System;
class Program {
    static void Show(string[] parts) { Console.WriteLine(parts.Length + ": [" + string.Join("][", parts) + "]"); }
    static void Main() {
        Show("k=v=w".Split(new[] { '=' }, 2));
        Show("a b c".Split(null, 5));
        Show("abc".Split(new[] { 'b' }, 0));
        string s = "hello world";
        Console.WriteLine(s.LastIndexOf('o', 6) + " " + s.LastIndexOf("l", 5) + " " + s.LastIndexOf('z', 10) + " " + s.LastIndexOf("o", 3));
        Console.WriteLine(new string(s.ToCharArray(6, 5)) + " " + s.ToCharArray(0, 0).Length);
    }
}
// Output:
// 2: [k][v=w]
// 3: [a][b][c]
// 0: []
// 4 3 -1 -1
// world 0
