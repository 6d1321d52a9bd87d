// checks: generic class with static factory, instance methods using type parameter, generic method inside generic class, nested closed types
using System;
using System.Collections.Generic;

class Result<T>
{
    public bool Ok { get; private set; }
    public T Value { get; private set; }
    public string Error { get; private set; }
    public static Result<T> Success(T v) { return new Result<T> { Ok = true, Value = v }; }
    public static Result<T> Fail(string e) { return new Result<T> { Error = e }; }
    public Result<U> Map<U>(Func<T, U> f) { return Ok ? Result<U>.Success(f(Value)) : Result<U>.Fail(Error); }
    public T Or(T fallback) { return Ok ? Value : fallback; }
    public override string ToString() { return Ok ? "Ok(" + Value + ")" : "Fail(" + Error + ")"; }
}

class Program
{
    static Result<int> ParseExt(string s)
    {
        int v;
        return int.TryParse(s, out v) && v >= 100 && v <= 999 ? Result<int>.Success(v) : Result<int>.Fail("bad extension '" + s + "'");
    }

    static void Main()
    {
        foreach (var s in new[] { "101", "42", "abc" })
        {
            var r = ParseExt(s);
            Console.WriteLine(r + " -> " + r.Map(v => "sip:" + v + "@pbx") + " or " + r.Or(800));
        }
        var list = new List<Result<string>> { Result<string>.Success("a"), Result<string>.Fail("x") };
        Console.WriteLine(list[0].Map(s => s.Length).Value + " " + list[1].Map(s => s.Length).Ok);
    }
}
