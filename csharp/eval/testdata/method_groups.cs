using System;
class Calc { public int Base; public int AddBase(int x) { return x + Base; } public virtual string Who() { return "calc"; } }
class Sci : Calc { public override string Who() { return "sci"; } }
class P {
    static void Main() {
        var calc = new Calc();
        Func<int, int> inst = calc.AddBase;
        calc.Base = 1;
        Console.WriteLine(inst(5));
        Calc s = new Sci();
        Func<string> w = s.Who;
        Console.WriteLine(w());
        Action<string> print = Console.WriteLine;
        print("static group");
    }
}
// Output:
// 6
// sci
// static group
