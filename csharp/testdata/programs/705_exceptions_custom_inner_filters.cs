// checks: custom exception hierarchy with extra properties, inner exceptions wrapped across a call stack, catch order by type, when filters with side effects, throw; keeps the original object, finally ordering across frames, exception Message/InnerException/ToString-free printing
using System;
using System.Collections.Generic;

class AppException : Exception
{
    public int Code { get; }
    public AppException(string message, int code) : base(message) { Code = code; }
    public AppException(string message, int code, Exception inner) : base(message, inner) { Code = code; }
}

class ValidationException : AppException
{
    public string Field { get; }
    public ValidationException(string field, string message) : base(message, 400) { Field = field; }
}

class NotFoundException : AppException
{
    public NotFoundException(string what) : base(what + " not found", 404) { }
}

class Program
{
    static List<string> log = new List<string>();

    static int ParseAge(string s)
    {
        try
        {
            log.Add("parse " + s);
            return int.Parse(s);
        }
        catch (FormatException ex)
        {
            throw new ValidationException("age", "age must be a number: '" + s + "'") { };
        }
        finally
        {
            log.Add("parse done " + s);
        }
    }

    static string Lookup(Dictionary<string, string> d, string key)
    {
        try
        {
            return d[key];
        }
        catch (KeyNotFoundException ex)
        {
            throw new NotFoundException("key " + key);
        }
    }

    static void Service(string op)
    {
        try
        {
            switch (op)
            {
                case "age": ParseAge("x1"); break;
                case "lookup": Lookup(new Dictionary<string, string>(), "k"); break;
                case "div": int z = 0; Console.WriteLine(10 / z); break;
                case "null": string s = null; Console.WriteLine(s.Length); break;
                case "ok": log.Add("ok"); break;
            }
        }
        catch (AppException ex) when (ex.Code == 404)
        {
            log.Add("service saw 404");
            throw;
        }
        catch (Exception ex) when (Note("filter " + ex.GetType().Name))
        {
            log.Add("never");
        }
        finally
        {
            log.Add("service finally " + op);
        }
    }

    static bool Note(string s) { log.Add(s); return false; }

    static void Main()
    {
        foreach (var op in new[] { "age", "lookup", "div", "null", "ok" })
        {
            log.Clear();
            try
            {
                Service(op);
                log.Add("returned");
            }
            catch (ValidationException ex)
            {
                log.Add("validation " + ex.Field + ": " + ex.Message + " code=" + ex.Code);
            }
            catch (AppException ex)
            {
                log.Add("app " + ex.GetType().Name + ": " + ex.Message + " code=" + ex.Code);
            }
            catch (Exception ex)
            {
                var wrapped = new AppException("wrapped", 500, ex);
                log.Add("wrapped " + wrapped.InnerException.GetType().Name + " code=" + wrapped.Code);
            }
            Console.WriteLine(op + ": " + string.Join(" | ", log));
        }

        try
        {
            try { throw new InvalidOperationException("inner-most"); }
            catch (Exception e) { throw new AppException("middle", 1, e); }
        }
        catch (AppException e)
        {
            var outer = new Exception("outer", e);
            for (Exception x = outer; x != null; x = x.InnerException)
                Console.WriteLine(x.GetType().Name + ": " + x.Message);
            Console.WriteLine(outer.GetBaseException().Message);
        }

        var same = new AppException("keep", 7);
        try
        {
            try { throw same; }
            catch { throw; }
        }
        catch (AppException e)
        {
            Console.WriteLine(ReferenceEquals(e, same) + " " + e.Message);
        }
    }
}
