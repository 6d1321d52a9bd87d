// A query over an IEnumerable without using System.Linq: CS1935 names the missing using directive.
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var xs = new List<int> { 1 };
        var q = from x in xs /* ERROR "CS1935" "using directive for 'System.Linq'" */ select x;
        var w = from x in xs /* ERROR "CS1935" "'Where' not found" */ where x > 0 select x;
    }
}
