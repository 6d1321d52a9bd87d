// checks: in parameters pass by readonly reference; ref returns and ref locals alias the storage
using System;

struct Big
{
    public int A, B, C;
    public int Sum() { return A + B + C; }
}

class Program
{
    static int Total(in Big b) { return b.Sum(); }

    static int[] store = { 1, 2, 3 };
    static ref int Slot(int i) { return ref store[i]; }

    static void Main()
    {
        var big = new Big { A = 1, B = 2, C = 3 };
        Console.WriteLine(Total(in big));
        Console.WriteLine(Total(big));
        ref int s = ref Slot(1);
        s = 20;
        Console.WriteLine(string.Join(",", store));
        Slot(2) = 30;
        Console.WriteLine(string.Join(",", store));
        int local = 5;
        ref int alias = ref local;
        alias++;
        Console.WriteLine(local);
    }
}
