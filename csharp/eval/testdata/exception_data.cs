using System;
class Program {
    static void Main() {
        var ex = new InvalidOperationException("x");
        Console.WriteLine(ex.Data.Count + " " + (ex.Data["none"] == null));
        ex.Data["caller"] = "+4930123";
        ex.Data.Add("tries", 3);
        ex.Data["caller"] = "+4930999";
        Console.WriteLine(ex.Data["caller"] + " " + ex.Data["tries"] + " " + ex.Data.Count + " " + ex.Data.Contains("tries"));
        ex.Data.Remove("caller");
        Console.WriteLine(ex.Data.Count + " " + ex.Data.Contains("caller"));
        try { ex.Data.Add("tries", 4); } catch (ArgumentException) { Console.WriteLine("duplicate"); }
    }
}
// Output:
// 0 True
// +4930999 3 2 True
// 1 False
// duplicate
