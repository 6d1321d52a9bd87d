// checks: queries over strings as sequences of char: where on char methods, group by char with counts, orderby on chars, let with char conversions, select into a new string
using System;
using System.Linq;

class Program
{
    static void Main()
    {
        var dial = "Call 1-800-FLOWERS now";
        var digits = new string((from ch in dial where char.IsDigit(ch) select ch).ToArray());
        Console.WriteLine(digits);
        var keypad = "22233344455566677778889999";
        var translated = from ch in dial.ToUpper()
                         where char.IsLetterOrDigit(ch)
                         let key = char.IsLetter(ch) ? keypad[ch - 'A'] : ch
                         select key;
        Console.WriteLine(new string(translated.ToArray()));
        var freq = from ch in "mississippi" group ch by ch into g orderby g.Count() descending, g.Key select g.Key + "" + g.Count();
        Console.WriteLine(string.Join(" ", freq));
        var vowels = from w in "route point scripts run here".Split(' ')
                     let v = (from ch in w where "aeiou".IndexOf(ch) >= 0 select ch).Count()
                     orderby v descending, w
                     select w + "=" + v;
        Console.WriteLine(string.Join(", ", vowels));
        var sortedChars = from ch in "dcba" orderby ch select (int)ch;
        Console.WriteLine(string.Join(",", sortedChars));
    }
}
