// Parse/TryParse overloads with NumberStyles and IFormatProvider for the primitive
// numbers, decimal's members and more char helpers (natives in csharp/eval/number_natives.go).
// The other parts of these structs are in System.cs. Every provider parses as the invariant culture.
namespace System
{
    public partial struct SByte
    {
        public static extern sbyte Parse(string s, System.Globalization.NumberStyles style);
        public static extern sbyte Parse(string s, IFormatProvider provider);
        public static extern sbyte Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider);
        public static extern bool TryParse(string s, IFormatProvider provider, out sbyte result);
        public static extern bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out sbyte result);
        public static extern bool TryParse(string s, out sbyte result);
    }
    public partial struct Byte
    {
        public static extern byte Parse(string s, System.Globalization.NumberStyles style);
        public static extern byte Parse(string s, IFormatProvider provider);
        public static extern byte Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider);
        public static extern bool TryParse(string s, IFormatProvider provider, out byte result);
        public static extern bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out byte result);
    }
    public partial struct Int16
    {
        public static extern short Parse(string s, System.Globalization.NumberStyles style);
        public static extern short Parse(string s, IFormatProvider provider);
        public static extern short Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider);
        public static extern bool TryParse(string s, IFormatProvider provider, out short result);
        public static extern bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out short result);
    }
    public partial struct UInt16
    {
        public static extern ushort Parse(string s, System.Globalization.NumberStyles style);
        public static extern ushort Parse(string s, IFormatProvider provider);
        public static extern ushort Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider);
        public static extern bool TryParse(string s, IFormatProvider provider, out ushort result);
        public static extern bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out ushort result);
        public static extern bool TryParse(string s, out ushort result);
    }
    public partial struct Int32
    {
        public static extern int Parse(string s, System.Globalization.NumberStyles style);
        public static extern int Parse(string s, IFormatProvider provider);
        public static extern int Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider);
        public static extern bool TryParse(string s, IFormatProvider provider, out int result);
        public static extern bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out int result);
    }
    public partial struct UInt32
    {
        public static extern uint Parse(string s, System.Globalization.NumberStyles style);
        public static extern uint Parse(string s, IFormatProvider provider);
        public static extern uint Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider);
        public static extern bool TryParse(string s, IFormatProvider provider, out uint result);
        public static extern bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out uint result);
    }
    public partial struct Int64
    {
        public static extern long Parse(string s, System.Globalization.NumberStyles style);
        public static extern long Parse(string s, IFormatProvider provider);
        public static extern long Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider);
        public static extern bool TryParse(string s, IFormatProvider provider, out long result);
        public static extern bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out long result);
    }
    public partial struct UInt64
    {
        public static extern ulong Parse(string s, System.Globalization.NumberStyles style);
        public static extern ulong Parse(string s, IFormatProvider provider);
        public static extern ulong Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider);
        public static extern bool TryParse(string s, IFormatProvider provider, out ulong result);
        public static extern bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out ulong result);
    }
    public partial struct Single
    {
        public static extern float Parse(string s, System.Globalization.NumberStyles style);
        public static extern float Parse(string s, IFormatProvider provider);
        public static extern float Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider);
        public static extern bool TryParse(string s, IFormatProvider provider, out float result);
        public static extern bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out float result);
        public static bool IsInfinity(float f) => f == PositiveInfinity || f == NegativeInfinity;
        public static bool IsPositiveInfinity(float f) => f == PositiveInfinity;
        public static bool IsNegativeInfinity(float f) => f == NegativeInfinity;
        public static bool IsFinite(float f) => !IsNaN(f) && !IsInfinity(f);
        public static bool IsNegative(float f) => f < 0 || (f == 0 && 1.0f / f < 0);
    }
    public partial struct Double
    {
        public static extern double Parse(string s, System.Globalization.NumberStyles style);
        public static extern double Parse(string s, IFormatProvider provider);
        public static extern double Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider);
        public static extern bool TryParse(string s, IFormatProvider provider, out double result);
        public static extern bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out double result);
        public static bool IsFinite(double d) => !IsNaN(d) && !IsInfinity(d);
        public static bool IsNegative(double d) => d < 0 || (d == 0 && 1.0 / d < 0);
    }
    public partial struct Decimal
    {
        public static readonly decimal Zero = 0m;
        public static readonly decimal One = 1m;
        public static readonly decimal MinusOne = -1m;
        public static readonly decimal MaxValue = 79228162514264337593543950335m;
        public static readonly decimal MinValue = -79228162514264337593543950335m;
        public extern Decimal(int value);
        public extern Decimal(uint value);
        public extern Decimal(long value);
        public extern Decimal(ulong value);
        public extern Decimal(float value);
        public extern Decimal(double value);
        public extern Decimal(int[] bits);
        public extern Decimal(int lo, int mid, int hi, bool isNegative, int scale); // .NET: byte scale (an int here so that a constant argument binds at run time)
        public static extern decimal Parse(string s);
        public static extern decimal Parse(string s, System.Globalization.NumberStyles style);
        public static extern decimal Parse(string s, IFormatProvider provider);
        public static extern decimal Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider);
        public static extern bool TryParse(string s, out decimal result);
        public static extern bool TryParse(string s, IFormatProvider provider, out decimal result);
        public static extern bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out decimal result);
        public static extern decimal Round(decimal d);
        public static extern decimal Round(decimal d, int decimals);
        public static extern decimal Round(decimal d, MidpointRounding mode);
        public static extern decimal Round(decimal d, int decimals, MidpointRounding mode);
        public static extern decimal Floor(decimal d);
        public static extern decimal Ceiling(decimal d);
        public static extern decimal Truncate(decimal d);
        public static extern decimal Negate(decimal d);
        public static extern decimal Abs(decimal d);
        public static extern decimal Add(decimal d1, decimal d2);
        public static extern decimal Subtract(decimal d1, decimal d2);
        public static extern decimal Multiply(decimal d1, decimal d2);
        public static extern decimal Divide(decimal d1, decimal d2);
        public static extern decimal Remainder(decimal d1, decimal d2);
        public static extern int Compare(decimal d1, decimal d2);
        public static extern double ToDouble(decimal d);
        public static extern int ToInt32(decimal d);
        public static extern long ToInt64(decimal d);
        public static extern int[] GetBits(decimal d);
        public extern int CompareTo(decimal value);
        public extern bool Equals(decimal value);
        public extern string ToString(string format);
        public extern int Scale { get; }
    }
    public partial struct Char
    {
        public static extern bool IsSymbol(char c);
        public static extern bool IsSeparator(char c);
        public static extern bool IsNumber(char c);
        public static extern bool IsAscii(char c);
        public static extern bool IsAsciiDigit(char c);
        public static extern bool IsAsciiLetter(char c);
        public static extern bool IsAsciiLetterOrDigit(char c);
        public static extern bool IsAsciiLetterUpper(char c);
        public static extern bool IsAsciiLetterLower(char c);
        public static extern bool IsAsciiHexDigit(char c);
        public static bool IsBetween(char c, char minInclusive, char maxInclusive) => (uint)(c - minInclusive) <= (uint)(maxInclusive - minInclusive);
        public static extern bool IsSymbol(string s, int index);
        public static extern bool IsSurrogate(string s, int index);
        public static extern bool IsSurrogatePair(char highSurrogate, char lowSurrogate);
        public static extern bool TryParse(string s, out char result);
        public static extern int ConvertToUtf32(char highSurrogate, char lowSurrogate);
        public static extern int ConvertToUtf32(string s, int index);
        public static extern string ConvertFromUtf32(int utf32);
    }
}
