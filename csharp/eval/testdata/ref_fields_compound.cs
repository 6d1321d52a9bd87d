class Box { public int V; }
struct S { public int A; }
class P {
    static void Init(out int x) { x = 42; }
    static void Inc(ref int x) { x++; }
    static void Main() {
        var box = new Box { V = 7 };
        Init(out box.V);
        Inc(ref box.V);
        System.Console.WriteLine(box.V);
        var s = new S();
        Inc(ref s.A);
        System.Console.WriteLine(s.A);
        int j = 1;
        j += j++ + ++j;
        System.Console.WriteLine(j);
        long k = 10;
        k += k++ * 2;
        System.Console.WriteLine(k);
        System.Console.WriteLine((7 % 3) + " " + (-7 % 3) + " " + (7 / -2) + " " + (int.MinValue / 1) + " " + (3 * -4) + " " + (5 >= 5) + " " + (4 != 4));
    }
}
// Output:
// 43
// 1
// 5
// 30
// 1 -1 -3 -2147483648 -12 True False
