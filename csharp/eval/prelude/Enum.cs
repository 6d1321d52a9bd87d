// System.Enum's static helpers and CompareTo (natives in csharp/eval/enum_natives.go).
// The other part of the class is in System.cs.
namespace System
{
    public abstract partial class Enum
    {
        public extern int CompareTo(object target);
        public extern string ToString(string format);
        public static extern object Parse(Type enumType, string value);
        public static extern object Parse(Type enumType, string value, bool ignoreCase);
        public static extern TEnum Parse<TEnum>(string value) where TEnum : struct;
        public static extern TEnum Parse<TEnum>(string value, bool ignoreCase) where TEnum : struct;
        public static extern bool TryParse(Type enumType, string value, out object result);
        public static extern bool TryParse(Type enumType, string value, bool ignoreCase, out object result);
        public static extern bool TryParse<TEnum>(string value, out TEnum result) where TEnum : struct;
        public static extern bool TryParse<TEnum>(string value, bool ignoreCase, out TEnum result) where TEnum : struct;
        public static extern Array GetValues(Type enumType);
        public static extern TEnum[] GetValues<TEnum>() where TEnum : struct;
        public static extern string[] GetNames(Type enumType);
        public static extern string[] GetNames<TEnum>() where TEnum : struct;
        public static extern string GetName(Type enumType, object value);
        public static extern string GetName<TEnum>(TEnum value) where TEnum : struct;
        public static extern bool IsDefined(Type enumType, object value);
        public static extern bool IsDefined<TEnum>(TEnum value) where TEnum : struct;
        public static extern Type GetUnderlyingType(Type enumType);
        public static extern object ToObject(Type enumType, int value);
    }
}
