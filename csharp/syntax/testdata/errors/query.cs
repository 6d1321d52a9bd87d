// Query expressions with a missing keyword or clause: one error each, at the fault.
using System.Linq;

class C
{
    void M(int[] xs, int[] ys)
    {
        var a = from x in xs where x > 1 /* ERROR "CS0742" "A query body must end with a select clause or a group clause" */;
        var b = from x in xs join y in ys /* ERROR "CS1003" "'on' expected" */ x equals y select y;
        var c = from x in xs join y in ys on x /* ERROR "CS1003" "'equals' expected" */ y select y;
        var d = from x in xs group x /* ERROR "CS1003" "'by' expected" */ x;
        var e = from x in xs let /* ERROR "CS1001" */ = 1 select x;
        var f = from x in xs select x into y where y > 0 /* ERROR "CS0742" */;
        var ok = from x in xs join y in ys on x equals y into g from z in g orderby z descending group z by z % 2 into h select h.Key;
    }
}
