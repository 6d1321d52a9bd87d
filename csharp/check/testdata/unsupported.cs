// Constructs the engine does not run: our own RP codes.
using System;

class Program
{
    static void Main()
    {
        unsafe /* ERROR "RP0001" "unsupported: unsafe code" */
        {
        }
    }
}
