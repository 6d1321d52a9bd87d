// A using directive that does not resolve is reported once; the type names it
// would have provided are not reported again (no cascade).
using System;
using System.Nope; /* ERROR "CS0234" "The type or namespace name 'Nope' does not exist in the namespace 'System'" */
using TCX.Configuratoin; /* ERROR "CS0234" "The type or namespace name 'Configuratoin' does not exist in the namespace 'TCX'" */

class Program
{
    static void Main()
    {
        PhoneSystem ps = PhoneSystem.Root;
        DN dn = ps.GetDNByNumber("100");
        int n = /* ERROR "CS0029" */ "x";
        Console.WriteLine(dn);
        Console.WriteLine(undefinedLocal /* ERROR "CS0103" */);
    }
}
