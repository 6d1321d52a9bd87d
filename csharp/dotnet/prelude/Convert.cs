// System.Convert and System.BitConverter (natives in convert.go).
namespace System
{
    public static class Convert
    {
        public static extern int ToInt32(object value);
        public static extern int ToInt32(string value);
        public static extern int ToInt32(string value, int fromBase);
        public static extern int ToInt32(double value);
        public static extern int ToInt32(decimal value);
        public static extern int ToInt32(long value);
        public static extern int ToInt32(bool value);
        public static extern int ToInt32(char value);
        public static extern long ToInt64(object value);
        public static extern long ToInt64(string value);
        public static extern long ToInt64(string value, int fromBase);
        public static extern long ToInt64(double value);
        public static extern long ToInt64(decimal value);
        public static extern short ToInt16(object value);
        public static extern byte ToByte(object value);
        public static extern uint ToUInt32(object value);
        public static extern ulong ToUInt64(object value);
        public static extern char ToChar(object value);
        public static extern double ToDouble(object value);
        public static extern double ToDouble(string value);
        public static extern float ToSingle(object value);
        public static extern decimal ToDecimal(object value);
        public static extern decimal ToDecimal(string value);
        public static extern bool ToBoolean(object value);
        public static extern bool ToBoolean(string value);
        public static extern string ToString(object value);
        public static extern string ToString(int value, int toBase);
        public static extern string ToString(long value, int toBase);
        public static extern string ToString(short value, int toBase);
        public static extern string ToString(byte value, int toBase);
        // Overloads with an IFormatProvider: every provider is the invariant culture.
        public static int ToInt32(string value, IFormatProvider provider) => ToInt32(value);
        public static int ToInt32(object value, IFormatProvider provider) => ToInt32(value);
        public static long ToInt64(string value, IFormatProvider provider) => ToInt64(value);
        public static long ToInt64(object value, IFormatProvider provider) => ToInt64(value);
        public static short ToInt16(object value, IFormatProvider provider) => ToInt16(value);
        public static byte ToByte(object value, IFormatProvider provider) => ToByte(value);
        public static uint ToUInt32(object value, IFormatProvider provider) => ToUInt32(value);
        public static ulong ToUInt64(object value, IFormatProvider provider) => ToUInt64(value);
        public static double ToDouble(string value, IFormatProvider provider) => ToDouble(value);
        public static double ToDouble(object value, IFormatProvider provider) => ToDouble(value);
        public static float ToSingle(object value, IFormatProvider provider) => ToSingle(value);
        public static decimal ToDecimal(string value, IFormatProvider provider) => ToDecimal(value);
        public static decimal ToDecimal(object value, IFormatProvider provider) => ToDecimal(value);
        public static bool ToBoolean(object value, IFormatProvider provider) => ToBoolean(value);
        public static char ToChar(object value, IFormatProvider provider) => ToChar(value);
        public static string ToString(object value, IFormatProvider provider) => ToString(value);
        public static extern object ChangeType(object value, Type conversionType);
        public static object ChangeType(object value, Type conversionType, IFormatProvider provider) => ChangeType(value, conversionType);
        public static extern string ToBase64String(byte[] inArray);
        public static extern byte[] FromBase64String(string s);
        public static extern string ToHexString(byte[] inArray);
        public static extern byte[] FromHexString(string s);
    }

    public static class BitConverter
    {
        public static readonly bool IsLittleEndian = true;
        public static extern byte[] GetBytes(int value);
        public static extern byte[] GetBytes(long value);
        public static extern byte[] GetBytes(short value);
        public static extern byte[] GetBytes(uint value);
        public static extern byte[] GetBytes(ulong value);
        public static extern byte[] GetBytes(ushort value);
        public static extern byte[] GetBytes(double value);
        public static extern byte[] GetBytes(float value);
        public static extern byte[] GetBytes(bool value);
        public static extern byte[] GetBytes(char value);
        public static extern int ToInt32(byte[] value, int startIndex);
        public static extern long ToInt64(byte[] value, int startIndex);
        public static extern short ToInt16(byte[] value, int startIndex);
        public static extern uint ToUInt32(byte[] value, int startIndex);
        public static extern ushort ToUInt16(byte[] value, int startIndex);
        public static extern double ToDouble(byte[] value, int startIndex);
        public static extern string ToString(byte[] value);
    }
}
