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
        public static extern string Join(string separator, string[] value, int startIndex, int count);
        public static extern string Join(char separator, params object[] values);
        public static extern string Join<T>(char separator, IEnumerable<T> values);
        public extern bool Equals(string value, StringComparison comparisonType);
        public extern string[] Split(char[] separator, int count);
        public extern string[] Split(string separator, StringSplitOptions options = StringSplitOptions.None);
        public extern int LastIndexOf(char value, int startIndex);
        public extern int LastIndexOf(string value, int startIndex);
        public extern int LastIndexOf(string value, StringComparison comparisonType);
        public extern char[] ToCharArray(int startIndex, int length);
        public extern int IndexOf(char value, int startIndex, int count);
        public extern int IndexOf(string value, int startIndex, int count);
        public extern int LastIndexOf(char value, int startIndex, int count);
        public extern int LastIndexOf(string value, int startIndex, int count);
        public extern int IndexOfAny(char[] anyOf, int startIndex);
        public extern int IndexOfAny(char[] anyOf, int startIndex, int count);
        public extern int LastIndexOfAny(char[] anyOf);
        public extern int LastIndexOfAny(char[] anyOf, int startIndex);
        public extern int LastIndexOfAny(char[] anyOf, int startIndex, int count);
        public static string Copy(string str)
        {
            if (str == null) throw new ArgumentNullException("str");
            return new string(str.ToCharArray());
        }
    }
}
