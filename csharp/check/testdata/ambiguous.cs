// Ambiguous calls (CS0121) where the better-conversion rules are exact;
// other ties stay silent.
using System;

class Calc
{
    static void F(int a, long b) { }
    static void F(long a, int b) { }
    static void G(int a) { }
    static void G(long a) { }
    static void H(uint a) { }
    static void H(int a) { }
    static void K(double a, int b) { }
    static void K(int a, double b) { }
    void I(int a, long b) { }
    void I(long a, int b) { }

    static void Main()
    {
        /* ERROR "CS0121" "The call is ambiguous between the following methods or properties: 'Calc.F\\(int, long\\)' and 'Calc.F\\(long, int\\)'" */ F(1, 2);
        F(1, 2L);
        F(1L, 2);
        G(1);
        G(1L);
        byte by = 1;
        G(by);
        H(1);
        /* ERROR "CS0121" */ K(1, 2);
        K(1.0, 2);
        /* ERROR "CS0121" */ new Calc().I(1, 2);
    }
}
