// Query expressions: bound as their translation to method calls, so errors in a clause point into
// the clause (CS1061, CS0103, CS0029) and a source without the query pattern is CS1936 at the clause.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

class Call
{
    public bool Ok;
    public string Name;
    public int Time;
}

class Box
{
    public int V;
    public Box Select(Func<int, int> f) { return new Box { V = f(V) }; }
}

class Program
{
    static async Task<int[]> GetAsync() { await Task.Delay(1); return new int[0]; }
    static async Task<bool> OkAsync(int x) { await Task.Delay(1); return x > 0; }

    // await in a query: only in the first from's source and in join sources
    static async Task Awaits()
    {
        var ok = from x in await GetAsync() join y in await GetAsync() on x equals y select x;
        var bad = from x in await GetAsync() where /* ERROR "CS1995" "within the first collection expression" */ await OkAsync(x) select x;
        var bad2 = from x in await GetAsync() from y in /* ERROR "CS1995" */ await GetAsync() select x + y;
        var lam = from x in await GetAsync() select (Func<Task<bool>>)(async () => await OkAsync(x));
    }

    static void Main()
    {
        var calls = new List<Call>();
        var dir = new Dictionary<string, int>();
        // valid queries: no diagnostics
        IEnumerable<int> ids = from c in calls where c.Ok orderby c.Time descending, c.Name select c.Time;
        var names = from c in calls let n = c.Name where n.Length > 1 select n.ToUpper();
        var pairs = from c in calls from d in calls where c != d select c.Name + d.Name;
        var joined = from c in calls join kv in dir on c.Name equals kv.Key into g select g.Count();
        var groups = from c in calls group c.Name by c.Ok into g select g.Key + ":" + g.Count();
        var casts = from string s in new object[] { "a" } select s.Length;
        Box boxed = from x in new Box() select x + 1;
        int first = (from c in calls select c.Time).FirstOrDefault();
        // errors
        var a = from x in 5 /* ERROR "CS1936" "source type 'int'.  'Select' not found" */ select x;
        var b = from c in calls where c.Okk /* ERROR "CS1061" "did you mean 'Ok'" */ select c;
        var d2 = from c in calls select dd /* ERROR "CS0103" */;
        var e = from c in calls where c.Name /* ERROR "CS0029" "'string' to 'bool'" */ select c;
        var f = from c in calls join c2 in calls on c.Time equals c /* ERROR "CS0103" */.Time select c2;
        var h = from c in calls orderby c.Nme /* ERROR "CS1061" */ select c;
        var i = from c in calls group c by c.Tim /* ERROR "CS1061" */;
        var j = from c in calls from k in c.Name select k.Foo /* ERROR "CS1061" "'char' does not contain" */;
        var k2 = from x in new Box() /* ERROR "CS1936" "'Where' not found" */ where x > 1 select x;
        // range variables carried by a transparent identifier (after let, a second from, join) keep their types
        var l1 = from c in calls let n = c.Name where n.Lenght /* ERROR "CS1061" "did you mean 'Length'" */ > 1 select n;
        var l2 = from c in calls from d in calls where d.Tme /* ERROR "CS1061" */ > 1 select c;
        var l3 = from c in calls join d in calls on c.Time equals d.Time orderby d.Nam /* ERROR "CS1061" */ select c;
        var l4 = from c in calls join d in calls on c.Time equals d.Time into g where g.Cnt /* ERROR "CS1061" */() > 0 select c;
        var l5 = from c in calls let n = c.Time let m = n * 2 select m.Foo /* ERROR "CS1061" "'int' does not contain" */;
        // range variables: declared twice in one query, or named like a local or parameter in scope
        int taken = 0;
        var r1 = from taken /* ERROR "CS1931" "The range variable 'taken' conflicts with a previous declaration of 'taken'" */ in calls select taken;
        var r2 = from y in calls let y /* ERROR "CS1930" "The range variable 'y' has already been declared" */ = 1 select y;
        var r3 = from y in calls from y /* ERROR "CS1930" */ in calls select y;
        var r4 = from y in calls join y /* ERROR "CS1930" */ in calls on y equals y select y;
        var r5 = from y in calls select y into y select y;
        var r6 = from y in calls select (from y /* ERROR "CS1931" */ in calls select y).Count();
        Func<Call, int> r7 = p => (from p /* ERROR "CS1931" */ in calls select p).Count();
        var v1 = from c in calls let w /* ERROR "CS1932" "Cannot assign void to a range variable" */ = Console.WriteLine(c) select w;
        var v2 = from c in calls let z /* ERROR "CS1932" "Cannot assign <null> to a range variable" */ = null select z;
        string s2 = /* ERROR "CS0029" "IEnumerable<string>' to 'string'" */ from c in calls select c.Name;
    }
}
