using System;
class Program {
    static void A() { Console.Write("A"); }
    static void B() { Console.Write("B"); }
    static void Main() {
        Action x = A;
        x += B; x += A; x += A;
        x();
        Console.WriteLine();
        Action y = (Action)Delegate.RemoveAll(x, (Action)A);
        y();
        Console.WriteLine(" " + y.GetInvocationList().Length);
        Console.WriteLine(Delegate.RemoveAll(y, (Action)B) == null);
        try { "abc".IndexOf((string)null); } catch (ArgumentNullException e) { Console.WriteLine(e.Message); }
    }
}
// Output:
// ABAA
// B 1
// True
// Value cannot be null. (Parameter 'value')
