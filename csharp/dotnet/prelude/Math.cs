// System.Math and System.MidpointRounding (natives in math.go).
namespace System
{
    public enum MidpointRounding { ToEven = 0, AwayFromZero = 1, ToZero = 2, ToNegativeInfinity = 3, ToPositiveInfinity = 4 }

    public static class Math
    {
        public const double PI = 3.141592653589793;
        public const double E = 2.718281828459045;
        public const double Tau = 6.283185307179586;

        public static extern int Abs(int value);
        public static extern long Abs(long value);
        public static extern short Abs(short value);
        public static extern sbyte Abs(sbyte value);
        public static extern double Abs(double value);
        public static extern float Abs(float value);
        public static extern decimal Abs(decimal value);

        public static extern int Max(int val1, int val2);
        public static extern long Max(long val1, long val2);
        public static extern uint Max(uint val1, uint val2);
        public static extern ulong Max(ulong val1, ulong val2);
        public static extern short Max(short val1, short val2);
        public static extern byte Max(byte val1, byte val2);
        public static extern double Max(double val1, double val2);
        public static extern float Max(float val1, float val2);
        public static extern decimal Max(decimal val1, decimal val2);

        public static extern int Min(int val1, int val2);
        public static extern long Min(long val1, long val2);
        public static extern uint Min(uint val1, uint val2);
        public static extern ulong Min(ulong val1, ulong val2);
        public static extern short Min(short val1, short val2);
        public static extern byte Min(byte val1, byte val2);
        public static extern double Min(double val1, double val2);
        public static extern float Min(float val1, float val2);
        public static extern decimal Min(decimal val1, decimal val2);

        public static extern int Clamp(int value, int min, int max);
        public static extern long Clamp(long value, long min, long max);
        public static extern double Clamp(double value, double min, double max);
        public static extern decimal Clamp(decimal value, decimal min, decimal max);

        public static extern int Sign(int value);
        public static extern int Sign(long value);
        public static extern int Sign(double value);
        public static extern int Sign(decimal value);

        public static extern double Round(double a);
        public static extern double Round(double value, int digits);
        public static extern double Round(double value, MidpointRounding mode);
        public static extern double Round(double value, int digits, MidpointRounding mode);
        public static extern decimal Round(decimal d);
        public static extern decimal Round(decimal d, int decimals);
        public static extern decimal Round(decimal d, MidpointRounding mode);
        public static extern decimal Round(decimal d, int decimals, MidpointRounding mode);

        public static extern double Floor(double d);
        public static extern decimal Floor(decimal d);
        public static extern double Ceiling(double a);
        public static extern decimal Ceiling(decimal d);
        public static extern double Truncate(double d);
        public static extern decimal Truncate(decimal d);

        public static extern double Pow(double x, double y);
        public static extern double Sqrt(double d);
        public static extern double Cbrt(double d);
        public static extern double Exp(double d);
        public static extern double Log(double d);
        public static extern double Log(double a, double newBase);
        public static extern double Log10(double d);
        public static extern double Log2(double d);
        public static extern double Sin(double a);
        public static extern double Cos(double d);
        public static extern double Tan(double a);
        public static extern double Asin(double d);
        public static extern double Acos(double d);
        public static extern double Atan(double d);
        public static extern double Atan2(double y, double x);
        public static extern double Sinh(double value);
        public static extern double Cosh(double value);
        public static extern double Tanh(double value);
        public static extern double IEEERemainder(double x, double y);
        public static extern long BigMul(int a, int b);
        public static extern int DivRem(int a, int b, out int result);
        public static extern long DivRem(long a, long b, out long result);
    }
}
