// Constructors and read-only members: the implicit base() call (CS7036),
// get-only properties assigned outside a constructor (CS0200), ++ on a type
// without it (CS0023).
using System;

class Named
{
    public Named(string name) { Name = name; }
    public string Name { get; }
    public int Computed => 1;
    public void Rename(string n) { /* ERROR "CS0200" "Property or indexer 'Named.Name' cannot be assigned to -- it is read only" */ Name = n; }
    public void Recompute() { /* ERROR "CS0200" */ Computed = 2; }
}

class Bare /* ERROR "CS7036" "There is no argument given that corresponds to the required parameter 'name' of 'Named.Named\\(string\\)'" */ : Named
{
}

class WithCtor : Named
{
    public WithCtor /* ERROR "CS7036" */ () { }
    public WithCtor(int x) : base("x") { }
}

class Fine : Named
{
    public Fine() : base("fine") { Console.WriteLine(Name); }
}

class Optional
{
    public Optional(int x = 0) { }
}

class FromOptional : Optional { }

class Counter
{
    public static Counter operator ++(Counter c) => c;
}

class Program
{
    static void Main()
    {
        var n = new Named("a");
        object o = 1;
        /* ERROR "CS0023" "Operator '\\+\\+' cannot be applied to operand of type 'object'" */ o++;
        string s = "a";
        /* ERROR "CS0023" */ --s;
        var c = new Counter();
        c++;
        Named m = n;
        /* ERROR "CS0023" */ m++;
        Console.WriteLine(n.Name + s + o);
    }
}
