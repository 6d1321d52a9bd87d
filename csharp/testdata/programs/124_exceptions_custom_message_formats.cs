// checks: user exception Message texts built from format strings and data; Data dictionary; Source of user exception unset by default
using System;

class ValidationException : Exception
{
    public string Field { get; }
    public ValidationException(string field, object value)
        : base(string.Format("Field '{0}' has invalid value '{1}'", field, value)) { Field = field; }
}

class Program
{
    static void Validate(string name, int age)
    {
        if (string.IsNullOrEmpty(name)) throw new ValidationException("name", name ?? "<null>");
        if (age < 0) throw new ValidationException("age", age);
    }

    static void Main()
    {
        foreach (var t in new[] { Tuple.Create("", 3), Tuple.Create("Al", -4), Tuple.Create("Bo", 2) })
        {
            try { Validate(t.Item1, t.Item2); Console.WriteLine("valid " + t.Item1); }
            catch (ValidationException e) { Console.WriteLine(e.Field + ": " + e.Message); }
        }
        var ex = new Exception("with data");
        ex.Data["caller"] = "+4930123";
        Console.WriteLine(ex.Data["caller"] + " " + ex.Data.Count);
    }
}
