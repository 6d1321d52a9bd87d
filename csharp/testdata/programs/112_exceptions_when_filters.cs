// checks: exception filters run before unwinding (inner finally runs after the filter), false filters fall through to later clauses
using System;

class CodeException : Exception
{
    public int Code;
    public CodeException(int code) : base("code " + code) { Code = code; }
}

class Program
{
    static bool Log(string s) { Console.WriteLine("filter: " + s); return false; }

    static void Main()
    {
        foreach (var code in new[] { 404, 500, 200 })
        {
            try { throw new CodeException(code); }
            catch (CodeException e) when (e.Code == 404) { Console.WriteLine("not found"); }
            catch (CodeException e) when (e.Code >= 500) { Console.WriteLine("server error " + e.Code); }
            catch (CodeException e) { Console.WriteLine("other " + e.Message); }
        }
        try
        {
            try
            {
                try { throw new CodeException(1); }
                finally { Console.WriteLine("inner finally"); }
            }
            catch (Exception e) when (Log("middle sees " + e.Message)) { Console.WriteLine("never"); }
        }
        catch (Exception e) when (e is CodeException) { Console.WriteLine("outer caught " + e.Message); }
    }
}
