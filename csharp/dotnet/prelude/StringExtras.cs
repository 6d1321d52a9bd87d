// String members that take StringComparison or StringSplitOptions, provided as
// extension methods (String's core members are csharp/eval's); natives in stringextras.go.
namespace System
{
    [Flags]
    public enum StringSplitOptions { None = 0, RemoveEmptyEntries = 1, TrimEntries = 2 }

    public static class __StringExtras
    {
        public static bool Equals(this string a, string b, StringComparison comparisonType) => __Cmp(a, b, (int)comparisonType) == 0;
        public static bool StartsWith(this string s, string value, StringComparison comparisonType) => __StartsWith(s, value, (int)comparisonType);
        public static bool EndsWith(this string s, string value, StringComparison comparisonType) => __EndsWith(s, value, (int)comparisonType);
        public static bool Contains(this string s, string value, StringComparison comparisonType) => __IndexOf(s, value, 0, (int)comparisonType) >= 0;
        public static int IndexOf(this string s, string value, StringComparison comparisonType) => __IndexOf(s, value, 0, (int)comparisonType);
        public static int IndexOf(this string s, char value, StringComparison comparisonType) => __IndexOf(s, new string(value, 1), 0, (int)comparisonType);
        public static int IndexOf(this string s, string value, int startIndex, StringComparison comparisonType) => __IndexOf(s, value, startIndex, (int)comparisonType);
        public static string Replace(this string s, string oldValue, string newValue, StringComparison comparisonType) => __Replace(s, oldValue, newValue, (int)comparisonType);
        public static string[] Split(this string s, char separator, StringSplitOptions options) => __Split(s, new string(separator, 1), null, -1, (int)options);
        public static string[] Split(this string s, char separator, int count, StringSplitOptions options) => __Split(s, new string(separator, 1), null, __Count(count), (int)options);
        public static string[] Split(this string s, char[] separator, StringSplitOptions options) => __Split(s, null, separator, -1, (int)options);
        public static string[] Split(this string s, char[] separator, int count, StringSplitOptions options) => __Split(s, null, separator, __Count(count), (int)options);
        public static string[] Split(this string s, string separator, StringSplitOptions options) => __Split(s, separator ?? "", null, -1, (int)options);
        public static string[] Split(this string s, string separator, int count, StringSplitOptions options = StringSplitOptions.None) => __Split(s, separator ?? "", null, __Count(count), (int)options);
        public static string[] Split(this string s, string[] separator, StringSplitOptions options) => __SplitMany(s, separator, -1, (int)options);
        public static string[] Split(this string s, string[] separator, int count, StringSplitOptions options) => __SplitMany(s, separator, __Count(count), (int)options);
        private static int __Count(int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            return count;
        }
        public static int CompareTo(this string a, string b, StringComparison comparisonType) => __Cmp(a, b, (int)comparisonType);
        public static string ReplaceLineEndings(this string s) => ReplaceLineEndings(s, Environment.NewLine);
        public static string ReplaceLineEndings(this string s, string replacementText)
        {
            if (replacementText == null) throw new ArgumentNullException("replacementText");
            return __ReplaceLineEndings(s, replacementText);
        }

        private static extern int __Cmp(string a, string b, int kind);
        private static extern bool __StartsWith(string s, string value, int kind);
        private static extern bool __EndsWith(string s, string value, int kind);
        private static extern int __IndexOf(string s, string value, int startIndex, int kind);
        private static extern string __Replace(string s, string oldValue, string newValue, int kind);
        private static extern string[] __Split(string s, string separator, char[] separators, int count, int options);
        private static extern string[] __SplitMany(string s, string[] separators, int count, int options);
        private static extern string __ReplaceLineEndings(string s, string replacementText);
    }
}
