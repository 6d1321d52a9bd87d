// Static typing: each deliberate CS0029 proves the checker computed the type it names
// (var inference, generics, LINQ chains, lambdas, tuples, ?., ??, patterns, switch expressions).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

class Person
{
    public string Name { get; set; }
    public int Age { get; set; }
    public Person Boss { get; set; }
}

static class Ext
{
    public static T Second<T>(this IEnumerable<T> xs) => xs.Skip(1).First();
}

class Program
{
    static T Id<T>(T x) => x;

    static string Oldest<T>(IEnumerable<T> xs) where T : Person
    {
        int n = /* ERROR "CS0029" "type 'string' to 'int'" */ xs.First().Name;
        return xs.OrderBy(p => p.Age).Last().Name;
    }

    static async Task Main()
    {
        var people = new List<Person> { new Person { Name = "a", Age = 3 } };
        string s1 = /* ERROR "CS0029" "type 'int' to 'string'" */ people.Where(p => p.Age > 1).Select(p => p.Age).First();
        int i1 = /* ERROR "CS0029" "type 'string' to 'int'" */ people.Second().Name;
        int i2 = /* ERROR "CS0029" "type 'string' to 'int'" */ Id("x");
        var dict = new Dictionary<string, List<int>>();
        string s2 = /* ERROR "CS0029" "'System.Collections.Generic.List<int>' to 'string'" */ dict["k"];
        foreach (var kv in dict)
        {
            int k = /* ERROR "CS0029" "type 'string' to 'int'" */ kv.Key;
        }
        var t = (name: "x", n: 1);
        int i3 = /* ERROR "CS0029" "type 'string' to 'int'" */ t.name;
        Person boss = people[0].Boss;
        int? age = boss?.Age;
        int i4 = /* ERROR "CS0266" "type 'int\\?' to 'int'" */ boss?.Age;
        int i5 = boss?.Age ?? 0;
        string s3 = /* ERROR "CS0029" "type 'int' to 'string'" */ boss?.Age ?? 0;
        object o = people;
        if (o is List<Person> list && list.Count > 0)
        {
            string s4 = /* ERROR "CS0029" */ list;
        }
        var kind = age switch { null => "none", > 10 => "old", _ => "young" };
        int i6 = /* ERROR "CS0029" "type 'string' to 'int'" */ kind;
        Func<int, string> f = n => n.ToString();
        int i7 = /* ERROR "CS0029" "type 'string' to 'int'" */ f(1);
        var sum = people.Sum(p => p.Age);
        string s5 = /* ERROR "CS0029" "type 'int' to 'string'" */ sum;
        var task = Task.Run(() => "done");
        int i8 = /* ERROR "CS0029" "type 'string' to 'int'" */ await task;
        var names = people.Select(p => p.Name).ToList();
        int i9 = /* ERROR "CS0029" "'System.Collections.Generic.List<string>' to 'int'" */ names;
        var arr = new[] { 1, 2, 3 };
        string s6 = /* ERROR "CS0029" "type 'int\\[\\]' to 'string'" */ arr;
        var ordered = arr.OrderBy(x => -x).ThenBy(x => x).ToArray();
        string s7 = /* ERROR "CS0029" "type 'int\\[\\]' to 'string'" */ ordered;
        string avg = /* ERROR "CS0029" "type 'double' to 'string'" */ arr.Average();
        string mx = /* ERROR "CS0029" "type 'int' to 'string'" */ arr.Max();
        var groups = people.GroupBy(p => p.Age).Select(g => g.Key);
        string s8 = /* ERROR "CS0029" */ groups.First();
        Console.WriteLine($"{s1}{i1}{i2}{s2}{i3}{i4}{i5}{s3}{i6}{i7}{s5}{i8}{i9}{s6}{s7}{s8}{avg}{mx}");
    }
}
