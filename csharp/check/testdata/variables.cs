// Assignment targets, ++/-- operands and ref/out arguments must be variables
// (CS0131, CS1059, CS1510, CS1604); the ref forms the engine does not run
// are RP0005.
using System;

struct Counter
{
    int n;
    public void Reset() { /* ERROR "RP0005" "unsupported: assigning to 'this' in a struct" */ this = new Counter(); }
    public int N => n;
}

class Vars
{
    static int[] store = { 1, 2, 3 };
    static ref int Slot(int i) => ref store[i];
    static int F() => 1;
    static void G(ref int a) { a++; }

    void M()
    {
        /* ERROR "CS1604" */ this = null;
    }

    static void Main()
    {
        int a = 1, b = 2;
        /* ERROR "CS0131" "The left-hand side of an assignment must be a variable, property or indexer" */ F() = 2;
        /* ERROR "CS1059" */ F()++;
        G(ref /* ERROR "CS1510" */ F());
        /* ERROR "CS0131" */ a + 1 = 3;
        Slot(1) = 5;
        ref int s = ref Slot(2);
        ref int c = ref /* ERROR "RP0005" */ (a > b ? ref a : ref b);
        ref int d = ref a;
        d++;
        (a) = 4;
        store[0]++;
        G(ref store[1]);
        G(ref a);
        var cnt = new Counter();
        cnt.Reset();
        Console.WriteLine(a + b + s + c + cnt.N);
    }
}
