// One test per remaining code: CS0026, CS0119, CS0118, CS1955, CS0149, CS0021, CS0131, CS1660,
// CS8030, CS8031, CS1997, CS0712, CS0305, CS0308, CS0426, CS0138, CS0400, CS1579, CS0023 (void).
using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Console; /* ERROR "CS0138" */

static class Tools { public static int Twice(int x) => 2 * x; }

class Box
{
    public int Value;
    public class Inner { }
    void M() { }

    static void S()
    {
        Console.WriteLine(/* ERROR "CS0026" */ this);
    }

    static async Task<int> Async()
    {
        await Task.Delay(1);
        return 1;
    }

    static async Task NoValue()
    {
        await Task.Delay(1);
        /* ERROR "CS1997" */ return 1;
    }

    static void Main()
    {
        var a = /* ERROR "CS0119" */ Box + 1;
        var b = /* ERROR "CS0118" */ System + 1;
        var box = new Box();
        /* ERROR "CS1955" */ box.Value();
        int local = 3;
        /* ERROR "CS0149" */ local();
        Console.WriteLine(local /* ERROR "CS0021" */ [0]);
        /* ERROR "CS0131" */ Math.PI = 3;
        int notDelegate = /* ERROR "CS1660" */ () => 1;
        Action act = () => { /* ERROR "CS8030" */ return 1; };
        Func<int, int> partial = x => /* ERROR "CS1643" "lambda expression of type 'System.Func<int, int>'" */ { if (x > 0) return 1; };
        Func<Task> t = async () => { await Task.Delay(1); /* ERROR "CS8031" */ return 1; };
        var tools = /* ERROR "CS0712" */ new Tools();
        /* ERROR "CS0305" */ List x1 = null;
        /* ERROR "CS0308" */ Box<int> x2 = null;
        Box.Nope /* ERROR "CS0426" */ x3 = null;
        global::Nothing /* ERROR "CS0400" */ x4 = null;
        foreach (var v in /* ERROR "CS1579" */ box) { }
        var nothing = box.M().ToString /* ERROR "CS0023" */ (); // void has no members
        Console.WriteLine(a + b + x1 + x2 + x3 + x4 + nothing + act + t + tools + notDelegate);
    }
}
