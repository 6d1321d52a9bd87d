// checks: First/FirstOrDefault/Last/LastOrDefault/Single/SingleOrDefault/ElementAt/ElementAtOrDefault/DefaultIfEmpty and their exceptions
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Try(string label, Func<object> f)
    {
        try { Console.WriteLine(label + ": " + (f() ?? "null")); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().Name); }
    }

    static void Main()
    {
        var xs = new List<int> { 3, 8, 5, 8 };
        var words = new[] { "one", "two", "three" };
        Try("First", () => xs.First());
        Try("First>4", () => xs.First(x => x > 4));
        Try("First>9", () => xs.First(x => x > 9));
        Try("FirstOrDefault>9", () => xs.FirstOrDefault(x => x > 9));
        Try("Last", () => xs.Last());
        Try("Last<8", () => xs.Last(x => x < 8));
        Try("LastOrDefault str", () => words.LastOrDefault(w => w.StartsWith("z")));
        Try("Single", () => new[] { 7 }.Single());
        Try("Single many", () => xs.Single());
        Try("Single ==5", () => xs.Single(x => x == 5));
        Try("Single ==8", () => xs.Single(x => x == 8));
        Try("SingleOrDefault ==9", () => xs.SingleOrDefault(x => x == 9));
        Try("SingleOrDefault ==8", () => xs.SingleOrDefault(x => x == 8));
        Try("ElementAt 2", () => xs.ElementAt(2));
        Try("ElementAt 9", () => xs.ElementAt(9));
        Try("ElementAtOrDefault 9", () => xs.ElementAtOrDefault(9));
        Try("DefaultIfEmpty", () => string.Join(",", new int[0].DefaultIfEmpty()));
        Try("DefaultIfEmpty(42)", () => string.Join(",", new int[0].DefaultIfEmpty(42)));
        Try("First empty", () => new string[0].First());
        Try("FirstOrDefault empty", () => new string[0].FirstOrDefault());
    }
}
