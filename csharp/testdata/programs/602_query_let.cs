// checks: query let clauses: transparent identifiers, a let using an earlier let, let followed by where/orderby/select
using System;
using System.Linq;

class Program
{
    static void Main()
    {
        var numbers = new[] { "0171 555", "030-1234", "089 44 55", "+49 30 1", "12" };
        var q = from raw in numbers
                let digits = new string(raw.Where(c => char.IsDigit(c)).ToArray())
                let len = digits.Length
                where len > 3
                orderby len descending, raw
                select raw + " -> " + digits + " (" + len + ")";
        foreach (var s in q)
            Console.WriteLine(s);
        var squares = from n in Enumerable.Range(1, 6)
                      let sq = n * n
                      let cube = sq * n
                      where sq % 2 == 0 || cube > 100
                      select new { n, sq, cube };
        foreach (var s in squares)
            Console.WriteLine(s);
        var unused = from n in Enumerable.Range(1, 3) let ignored = n * 100 select n;
        Console.WriteLine(string.Join(",", unused));
        var fizz = from i in Enumerable.Range(1, 15)
                   let f = i % 3 == 0 ? "Fizz" : ""
                   let b = i % 5 == 0 ? "Buzz" : ""
                   let word = f + b
                   select word.Length > 0 ? word : i.ToString();
        Console.WriteLine(string.Join(" ", fizz));
    }
}
