// System.Globalization: the engine always formats and parses with the invariant
// culture; CultureInfo exists so that scripts passing a provider compile.
namespace System
{
    public interface IFormatProvider { }
    public enum StringComparison
    {
        CurrentCulture = 0, CurrentCultureIgnoreCase = 1, InvariantCulture = 2, InvariantCultureIgnoreCase = 3,
        Ordinal = 4, OrdinalIgnoreCase = 5
    }
}
namespace System
{
    public partial struct Char
    {
        public static System.Globalization.UnicodeCategory GetUnicodeCategory(char c) => (System.Globalization.UnicodeCategory)__Category(c);
        public static System.Globalization.UnicodeCategory GetUnicodeCategory(string s, int index)
        {
            if (s == null) throw new ArgumentNullException("s");
            if ((uint)index >= (uint)s.Length) throw new ArgumentOutOfRangeException("index");
            return GetUnicodeCategory(s[index]);
        }
        public static double GetNumericValue(string s, int index)
        {
            if (s == null) throw new ArgumentNullException("s");
            if ((uint)index >= (uint)s.Length) throw new ArgumentOutOfRangeException("index");
            return GetNumericValue(s[index]);
        }
        private static extern int __Category(char c);
    }
}
namespace System.Globalization
{
    public class CultureInfo : IFormatProvider
    {
        private readonly string _name;
        public CultureInfo(string name) { _name = name; }
        public static CultureInfo InvariantCulture { get; } = new CultureInfo("");
        public static CultureInfo CurrentCulture => InvariantCulture;
        public static CultureInfo CurrentUICulture => InvariantCulture;
        public static CultureInfo GetCultureInfo(string name) => new CultureInfo(name);
        public string Name => _name;
        public NumberFormatInfo NumberFormat => NumberFormatInfo.InvariantInfo;
        public override string ToString() => _name;
    }

    public sealed class NumberFormatInfo : IFormatProvider
    {
        public static NumberFormatInfo InvariantInfo { get; } = new NumberFormatInfo();
        public static NumberFormatInfo CurrentInfo => InvariantInfo;
        public string NumberDecimalSeparator => ".";
        public string NumberGroupSeparator => ",";
        public string CurrencyDecimalSeparator => ".";
        public string CurrencyGroupSeparator => ",";
        public string CurrencySymbol => "\u00a4";
        public string PercentSymbol => "%";
        public string NegativeSign => "-";
        public string PositiveSign => "+";
        public string NaNSymbol => "NaN";
        public string PositiveInfinitySymbol => "\u221e";
        public string NegativeInfinitySymbol => "-\u221e";
        public int NumberDecimalDigits => 2;
    }

    [Flags]
    public enum NumberStyles
    {
        None = 0, AllowLeadingWhite = 1, AllowTrailingWhite = 2, AllowLeadingSign = 4, AllowTrailingSign = 8,
        AllowParentheses = 16, AllowDecimalPoint = 32, AllowThousands = 64, AllowExponent = 128,
        AllowCurrencySymbol = 256, AllowHexSpecifier = 512, Integer = 7, HexNumber = 515, Number = 111,
        Float = 167, Currency = 383, Any = 511
    }

    public enum UnicodeCategory
    {
        UppercaseLetter, LowercaseLetter, TitlecaseLetter, ModifierLetter, OtherLetter, NonSpacingMark,
        SpacingCombiningMark, EnclosingMark, DecimalDigitNumber, LetterNumber, OtherNumber, SpaceSeparator,
        LineSeparator, ParagraphSeparator, Control, Format, Surrogate, PrivateUse, ConnectorPunctuation,
        DashPunctuation, OpenPunctuation, ClosePunctuation, InitialQuotePunctuation, FinalQuotePunctuation,
        OtherPunctuation, MathSymbol, CurrencySymbol, ModifierSymbol, OtherSymbol, OtherNotAssigned
    }

    public static class CharUnicodeInfo
    {
        public static UnicodeCategory GetUnicodeCategory(char ch) => char.GetUnicodeCategory(ch);
        public static UnicodeCategory GetUnicodeCategory(string s, int index) => char.GetUnicodeCategory(s, index);
        public static double GetNumericValue(char ch) => char.GetNumericValue(ch);
        public static double GetNumericValue(string s, int index) => char.GetNumericValue(s, index);
    }

    [Flags]
    public enum TimeSpanStyles { None = 0, AssumeNegative = 1 }

    [Flags]
    public enum DateTimeStyles
    {
        None = 0, AllowLeadingWhite = 1, AllowTrailingWhite = 2, AllowInnerWhite = 4, AllowWhiteSpaces = 7,
        NoCurrentDateDefault = 8, AdjustToUniversal = 16, AssumeLocal = 32, AssumeUniversal = 64, RoundtripKind = 128
    }
}
