// String members beyond the core ones in System.cs (natives in
// csharp/eval/string_natives.go): constructors and the static comparisons
// that take a StringComparison, an ignoreCase flag or substrings.
namespace System
{
    public sealed partial class String
    {
        public extern String(char[] value);
        public extern String(char c, int count);
        public extern String(char[] value, int startIndex, int length);
        public static extern bool Equals(string a, string b, StringComparison comparisonType);
        public static extern int Compare(string strA, string strB, StringComparison comparisonType);
        public static extern int Compare(string strA, string strB, bool ignoreCase);
        public static extern int Compare(string strA, int indexA, string strB, int indexB, int length);
        public static extern int Compare(string strA, int indexA, string strB, int indexB, int length, StringComparison comparisonType);
        public static extern int CompareOrdinal(string strA, int indexA, string strB, int indexB, int length);
        public static extern string Format(IFormatProvider provider, string format, params object[] args);
    }
}
