// Names, types and members that do not exist (CS0103, CS0246, CS1061, CS0117, CS0234) and the did-you-mean hints.
using System;
using System.Collections.Generic;

class Program
{
    int count;

    static void Main()
    {
        /* ERROR "CS0103" "The name 'Consle' does not exist in the current context \\(did you mean 'Console'\\?\\)" */ Consle.WriteLine("x");
        Console.WriteLin /* ERROR "CS0117" "'System.Console' does not contain a definition for 'WriteLin' \\(did you mean 'WriteLine'\\?\\)" */ ("x");
        var list = new List<int>();
        list.Ad /* ERROR "CS1061" "'System.Collections.Generic.List<int>' does not contain a definition for 'Ad' and no accessible extension method 'Ad' accepting a first argument of type 'System.Collections.Generic.List<int>' could be found \\(are you missing a using directive or an assembly reference\\?\\) \\(did you mean 'Add'\\?\\)" */ (1);
        /* ERROR "CS0246" "The type or namespace name 'Strin' could not be found \\(are you missing a using directive or an assembly reference\\?\\) \\(did you mean 'String'\\?\\)" */ Strin s = "a";
        int n = undefinedThing; /* ERROR "CS0103" "^The name 'undefinedThing' does not exist in the current context$" */
        // no cascade: the unknown value silences what depends on it
        int m = /* ERROR "CS0103" */ undefinedThing2.Foo().Bar + 1;
        string t = s.Whatever; // s has an unknown type: silent
        Console.WriteLine(n + m + t);
        var x = System.Text.Nothing /* ERROR "CS0234" */ .Foo;
        Console.WriteLine(x);
    }

    static int Twice(int valu) => value /* ERROR "CS0103" "did you mean 'valu'" */ * 2;

    static List<strng> /* ERROR "CS0246" "did you mean 'string'|did you mean 'String'" */ Bad() => null;
}

class Hints
{
    async System.Threading.Tasks.Task<int> ComputeAsync() => 1;

    async void M()
    {
        int n = await Compute /* ERROR "CS0103" "did you mean 'ComputeAsync'" */ ();
        string s = "x".toupper /* ERROR "CS1061" "did you mean 'ToUpper'" */ ();
    }
}

class Orphan : MissingBase /* ERROR "CS0246" */
{
    void M()
    {
        Inherited(); // may come from the base: silent
        this.AlsoInherited();
        int x = /* ERROR "CS0029" */ "no";
    }
}
