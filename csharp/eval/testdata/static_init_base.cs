class Log { public static int Note(string s) { System.Console.WriteLine(s); return 0; } }
class Base {
    int b1 = Log.Note("Base field");
    static int bs = Log.Note("Base static field");
    public Base() { Log.Note("Base ctor"); }
}
class Derived : Base {
    int d1 = Log.Note("Derived field");
    static int ds = Log.Note("Derived static field");
    public Derived() { Log.Note("Derived ctor"); }
}
class Plain : Base { }
class P {
    static void Main() {
        new Derived();
        new Plain();
    }
}
// Output:
// Derived static field
// Derived field
// Base static field
// Base field
// Base ctor
// Derived ctor
// Base field
// Base ctor
