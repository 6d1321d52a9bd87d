// checks: query continuations: select ... into, group ... into, chained continuations, range variables of the first part out of scope after into
using System;
using System.Linq;

class Program
{
    static void Main()
    {
        var words = new[] { "apple", "avocado", "banana", "blueberry", "cherry", "apricot" };
        var initials = from w in words
                       select w.Substring(0, 1).ToUpper() into first
                       group first by first into g
                       select g.Key + g.Count();
        Console.WriteLine(string.Join(" ", initials));
        var lens = from w in words select w.Length into n where n > 6 select n * 10;
        Console.WriteLine(string.Join(",", lens));
        var twice = from w in words
                    group w by w[0] into g
                    select new { Letter = g.Key, Longest = g.OrderByDescending(x => x.Length).First() } into r
                    where r.Longest.Length > 6
                    orderby r.Letter descending
                    select r.Letter + ":" + r.Longest;
        Console.WriteLine(string.Join(" ", twice));
        var same = from n in new[] { 3, 1, 2 } select n into m select m;
        Console.WriteLine(string.Join(",", same));
    }
}
