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

    [Flags]
    public enum TimeSpanStyles { None = 0, AssumeNegative = 1 }

    [Flags]
    public enum DateTimeStyles
    {
        None = 0, AllowLeadingWhite = 1, AllowTrailingWhite = 2, AllowInnerWhite = 4, AllowWhiteSpaces = 7,
        NoCurrentDateDefault = 8, AdjustToUniversal = 16, AssumeLocal = 32, AssumeUniversal = 64, RoundtripKind = 128
    }
}
