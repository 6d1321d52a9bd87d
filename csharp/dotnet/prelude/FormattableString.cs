// FormattableString: the target of an interpolated string converted to
// FormattableString or IFormattable (csharp/eval builds one through
// FormattableStringFactory.Create). Every provider formats as the invariant culture.
namespace System
{
    public abstract class FormattableString : IFormattable
    {
        public abstract string Format { get; }
        public abstract int ArgumentCount { get; }
        public abstract object[] GetArguments();
        public abstract object GetArgument(int index);
        public abstract string ToString(IFormatProvider formatProvider);
        public string ToString(string format, IFormatProvider formatProvider) => ToString(formatProvider);
        public override string ToString() => ToString((IFormatProvider)null);
        public static string Invariant(FormattableString formattable)
        {
            if (formattable == null) throw new ArgumentNullException("formattable");
            object o = formattable;
            if (o is string s) return s; // an interpolated argument arrives formatted (invariant culture)
            return formattable.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        public static string CurrentCulture(FormattableString formattable)
        {
            if (formattable == null) throw new ArgumentNullException("formattable");
            object o = formattable;
            if (o is string s) return s; // an interpolated argument arrives formatted (invariant culture)
            return formattable.ToString(System.Globalization.CultureInfo.CurrentCulture);
        }
    }
}
namespace System.Runtime.CompilerServices
{
    public static class FormattableStringFactory
    {
        public static FormattableString Create(string format, params object[] arguments)
        {
            if (format == null) throw new ArgumentNullException("format");
            if (arguments == null) throw new ArgumentNullException("arguments");
            return new __FormattableString(format, arguments);
        }
    }

    internal sealed class __FormattableString : FormattableString
    {
        private readonly string _format;
        private readonly object[] _arguments;
        public __FormattableString(string format, object[] arguments) { _format = format; _arguments = arguments; }
        public override string Format => _format;
        public override int ArgumentCount => _arguments.Length;
        public override object[] GetArguments() => _arguments;
        public override object GetArgument(int index) => _arguments[index];
        public override string ToString(IFormatProvider formatProvider) => string.Format(formatProvider, _format, _arguments);
    }
}
