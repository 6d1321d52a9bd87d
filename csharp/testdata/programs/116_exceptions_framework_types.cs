// checks: framework exception types raised by the runtime: DivideByZero, NullReference, IndexOutOfRange, InvalidCast, KeyNotFound, Format, Overflow, ArgumentOutOfRange
using System;
using System.Collections.Generic;

class Program
{
    static void Try(string label, Action a)
    {
        try { a(); Console.WriteLine(label + ": no exception"); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().Name); }
    }

    static void Main()
    {
        int zero = 0;
        string s = null;
        object o = "str";
        var d = new Dictionary<string, int>();
        var list = new List<int> { 1 };
        Try("div", () => Console.WriteLine(1 / zero));
        Try("mod", () => Console.WriteLine(1 % zero));
        Try("null", () => Console.WriteLine(s.Length));
        Try("index", () => Console.WriteLine(new int[1][1]));
        Try("cast", () => Console.WriteLine((int)o));
        Try("key", () => Console.WriteLine(d["missing"]));
        Try("format", () => Console.WriteLine(int.Parse("12a")));
        Try("overflow", () => Console.WriteLine(int.Parse("99999999999")));
        Try("list index", () => Console.WriteLine(list[5]));
        Try("substring", () => Console.WriteLine("abc".Substring(5)));
        Try("double div", () => Console.WriteLine(1.0 / zero > 0));
        Try("checked", () => Console.WriteLine(checked(int.MaxValue + zero + 1)));
        Try("decimal div", () => Console.WriteLine(1m / zero));
        Try("empty first", () => Console.WriteLine(new List<int>().ToArray()[0]));
        Try("dictionary add twice", () => { d.Add("k", 1); d.Add("k", 2); });
        Try("string null arg", () => Console.WriteLine("abc".IndexOf((string)null)));
        Try("char at", () => Console.WriteLine("abc"[3]));
        Try("Convert", () => Console.WriteLine(Convert.ToInt32("x1")));
        Try("not implemented", () => { throw new NotImplementedException(); });
        Try("not supported", () => { throw new NotSupportedException(); });
    }
}
