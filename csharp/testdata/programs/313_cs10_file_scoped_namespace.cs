// checks: file-scoped namespace declaration applies to the whole file; type full names include it
// expect: hand-checked (C# 10: file-scoped namespaces)
namespace Company.RoutePoints;

using System;

class Helper
{
    public static string Where() => typeof(Helper).FullName;
}

class Program
{
    static void Main()
    {
        Console.WriteLine(Helper.Where());
        Console.WriteLine(typeof(Program).Namespace);
    }
}
