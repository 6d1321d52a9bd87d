// ToString overloads with an IFormatProvider for the primitive numbers, and
// decimal's ToString(format), as extension methods (the primitive structs are
// csharp/eval's); every provider formats as the invariant culture. Natives in format.go.
namespace System
{
    public static class __NumberExtras
    {
        public static string ToString(this int value, IFormatProvider provider) => __Format(value, null);
        public static string ToString(this int value, string format, IFormatProvider provider) => __Format(value, format);
        public static string ToString(this long value, IFormatProvider provider) => __Format(value, null);
        public static string ToString(this long value, string format, IFormatProvider provider) => __Format(value, format);
        public static string ToString(this double value, IFormatProvider provider) => __Infinity(value, provider) ?? __Format(value, null);
        public static string ToString(this double value, string format, IFormatProvider provider) => __Infinity(value, provider) ?? __Format(value, format);
        public static string ToString(this float value, IFormatProvider provider) => __Infinity(value, provider) ?? __Format(value, null);
        public static string ToString(this float value, string format, IFormatProvider provider) => __Infinity(value, provider) ?? __Format(value, format);
        public static string ToString(this decimal value, string format) => __Format(value, format);
        public static string ToString(this decimal value, IFormatProvider provider) => __Format(value, null);
        public static string ToString(this decimal value, string format, IFormatProvider provider) => __Format(value, format);
        public static string ToString(this short value, string format, IFormatProvider provider) => __Format(value, format);
        public static string ToString(this byte value, string format, IFormatProvider provider) => __Format(value, format);
        public static string ToString(this uint value, string format, IFormatProvider provider) => __Format(value, format);
        public static string ToString(this ulong value, string format, IFormatProvider provider) => __Format(value, format);
        private static extern string __Format(object value, string format);

        // CultureInfo.InvariantCulture spells infinities "Infinity"/"-Infinity"
        // (ToString() without a provider prints the ICU cultures' "∞").
        private static string __Infinity(double value, IFormatProvider provider)
        {
            if (!double.IsInfinity(value)) return null;
            bool invariant = provider is System.Globalization.NumberFormatInfo ||
                (provider is System.Globalization.CultureInfo ci && ci.Name == "");
            if (!invariant) return null;
            return value > 0 ? "Infinity" : "-Infinity";
        }
    }
}
