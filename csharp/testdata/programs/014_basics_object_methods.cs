// checks: object.ToString, Equals, ReferenceEquals, GetType().Name/FullName for built-in and user types
using System;

namespace Demo.Inner
{
    class Thing { }
    struct Point { public int X; }

    class Program
    {
        static void Main()
        {
            object a = new Thing();
            object b = new Thing();
            Console.WriteLine(a.ToString());
            Console.WriteLine(a.Equals(b) + " " + a.Equals(a) + " " + ReferenceEquals(a, a));
            Console.WriteLine(new Point().ToString());
            Console.WriteLine(typeof(Point).Name + " " + typeof(Point).FullName);
            Console.WriteLine(42.GetType().FullName);
            Console.WriteLine("s".GetType().FullName);
            Console.WriteLine(typeof(int[]).Name);
            object boxed = 5;
            Console.WriteLine(boxed.Equals(5) + " " + boxed.Equals(5L));
            Console.WriteLine(Equals(null, null) + " " + Equals(a, null));
            string s1 = "ab", s2 = "a" + "b".ToString();
            Console.WriteLine((s1 == s2) + " " + s1.Equals(s2) + " " + ((object)s1 == (object)s1));
            Console.WriteLine(new object().ToString());
            Console.WriteLine(typeof(Program).Namespace);
        }
    }
}
