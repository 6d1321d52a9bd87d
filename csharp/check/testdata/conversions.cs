// Conversions (CS0029, CS0266, CS0037, CS1503, CS0030) and operators (CS0019, CS0023).
using System;

class Program
{
    static void Take(int n) { }

    static void Main()
    {
        int a = "text"; /* ERROR "CS0029" "Cannot implicitly convert type 'string' to 'int'" */
        long big = 5;
        int small = big; /* ERROR "CS0266" "Cannot implicitly convert type 'long' to 'int'. An explicit conversion exists \\(are you missing a cast\\?\\)" */
        int fine = (int)big;
        float single = /* ERROR "CS0664" "use an 'F' suffix" */ 1.5;
        decimal money = /* ERROR "CS0664" "use an 'M' suffix" */ 2.5;
        byte b = 200; // a constant that fits
        byte over = /* ERROR "CS0031" "Constant value '300' cannot be converted to a 'byte'" */ 300;
        uint negative = /* ERROR "CS0031" */ -1;
        char ch = /* ERROR "CS0031" */ 65;
        double d = fine; // widening
        int n = null; /* ERROR "CS0037" */
        Take("no"); /* ERROR "CS1503" "Argument 1: cannot convert from 'string' to 'int'" */
        var flag = 1 + /* ERROR "CS0019" "Operator '\\+' cannot be applied to operands of type 'int' and 'bool'" */ true;
        if (a == /* ERROR "CS0019" */ "x") { }
        int c = /* ERROR "CS0030" */ (int)"12";
        var neg = /* ERROR "CS0023" */ -"x";
        string s = 1 + "a"; // string concatenation
        object o = 3; // boxing
        Console.WriteLine(a + small + fine + b + d + n + c + s + o + flag + neg + single + money + over + negative + ch);
    }
}
