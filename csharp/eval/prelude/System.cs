// Core prelude of the rpbench C# interpreter (package eval): the types the
// language itself needs. Members marked extern are implemented in Go
// (csharp/eval/core*.go). The .NET library proper lives in csharp/dotnet.
namespace System
{
    public class Object
    {
        public Object() { }
        public virtual extern string ToString();
        public virtual extern bool Equals(object obj);
        public virtual extern int GetHashCode();
        public extern Type GetType();
        public static extern bool ReferenceEquals(object objA, object objB);
        public static extern bool Equals(object objA, object objB);
    }
    public abstract class ValueType { }
    public abstract partial class Enum : ValueType
    {
        public extern bool HasFlag(Enum flag);
    }
    public abstract partial class Array
    {
        public extern int Length { get; }
        public extern int GetLength(int dimension);
    }
    public abstract class Delegate
    {
        public static extern Delegate Combine(Delegate a, Delegate b);
        public static extern Delegate Remove(Delegate source, Delegate value);
        public static extern Delegate RemoveAll(Delegate source, Delegate value);
        public extern Delegate[] GetInvocationList();
        public extern object DynamicInvoke(params object[] args);
    }
    public abstract class MulticastDelegate : Delegate { }
    public abstract class Type
    {
        public extern string Name { get; }
        public extern string FullName { get; }
        public extern string Namespace { get; }
        public extern bool IsValueType { get; }
        public extern bool IsEnum { get; }
        public extern bool IsClass { get; }
        public extern bool IsInterface { get; }
        public extern bool IsGenericType { get; }
        public extern Type BaseType { get; }
        public extern Type[] GetGenericArguments();
        public extern bool IsAssignableFrom(Type c);
        public extern bool IsInstanceOfType(object o);
    }
    public struct Void { }
    public class Attribute { }
    public sealed class FlagsAttribute : Attribute { }
    public sealed class ObsoleteAttribute : Attribute { public ObsoleteAttribute() { } public ObsoleteAttribute(string message) { } public ObsoleteAttribute(string message, bool error) { } }
    public sealed class SerializableAttribute : Attribute { }
    public interface IDisposable { void Dispose(); }
    public interface IAsyncDisposable { }
    public interface IComparable { int CompareTo(object obj); }
    public interface IComparable<in T> { int CompareTo(T other); }
    public interface IEquatable<T> { bool Equals(T other); }
    public interface IFormattable { }
    public interface ICloneable { object Clone(); }

    public struct Boolean
    {
        public static readonly string TrueString = "True";
        public static readonly string FalseString = "False";
        public static extern bool Parse(string value);
        public static extern bool TryParse(string value, out bool result);
        public extern int CompareTo(bool value);
    }
    public partial struct Char
    {
        public const char MaxValue = '\uffff';
        public const char MinValue = '\0';
        public static extern bool IsDigit(char c);
        public static extern bool IsLetter(char c);
        public static extern bool IsLetterOrDigit(char c);
        public static extern bool IsWhiteSpace(char c);
        public static extern bool IsUpper(char c);
        public static extern bool IsLower(char c);
        public static extern bool IsPunctuation(char c);
        public static extern bool IsControl(char c);
        public static extern bool IsSurrogate(char c);
        public static extern bool IsHighSurrogate(char c);
        public static extern bool IsLowSurrogate(char c);
        // the (string, int) overloads come after the (char) ones: a method group
        // passed without a known delegate type (chars.Count(char.IsDigit)) takes the first
        public static extern bool IsDigit(string s, int index);
        public static extern bool IsLetter(string s, int index);
        public static extern bool IsLetterOrDigit(string s, int index);
        public static extern bool IsWhiteSpace(string s, int index);
        public static extern bool IsUpper(string s, int index);
        public static extern bool IsLower(string s, int index);
        public static extern bool IsPunctuation(string s, int index);
        public static extern bool IsHighSurrogate(string s, int index);
        public static extern bool IsLowSurrogate(string s, int index);
        public static extern char ToUpper(char c);
        public static extern char ToLower(char c);
        public static extern char ToUpperInvariant(char c);
        public static extern char ToLowerInvariant(char c);
        public static extern double GetNumericValue(char c);
        public static extern string ToString(char c);
        public static extern char Parse(string s);
        public extern int CompareTo(char value);
    }
    public partial struct SByte { public const sbyte MaxValue = 127; public const sbyte MinValue = -128; public static extern sbyte Parse(string s); public extern string ToString(string format); }
    public partial struct Byte { public const byte MaxValue = 255; public const byte MinValue = 0; public static extern byte Parse(string s); public static extern bool TryParse(string s, out byte result); public extern string ToString(string format); public extern int CompareTo(byte value); }
    public partial struct Int16 { public const short MaxValue = 32767; public const short MinValue = -32768; public static extern short Parse(string s); public static extern bool TryParse(string s, out short result); public extern string ToString(string format); public extern int CompareTo(short value); }
    public partial struct UInt16 { public const ushort MaxValue = 65535; public const ushort MinValue = 0; public static extern ushort Parse(string s); public extern string ToString(string format); public extern int CompareTo(ushort value); }
    public partial struct Int32
    {
        public const int MaxValue = 2147483647;
        public const int MinValue = -2147483648;
        public static extern int Parse(string s);
        public static extern bool TryParse(string s, out int result);
        public extern string ToString(string format);
        public extern int CompareTo(int value);
        public extern bool Equals(int obj);
    }
    public partial struct UInt32 { public const uint MaxValue = 4294967295; public const uint MinValue = 0; public static extern uint Parse(string s); public static extern bool TryParse(string s, out uint result); public extern string ToString(string format); public extern int CompareTo(uint value); }
    public partial struct Int64
    {
        public const long MaxValue = 9223372036854775807;
        public const long MinValue = -9223372036854775808;
        public static extern long Parse(string s);
        public static extern bool TryParse(string s, out long result);
        public extern string ToString(string format);
        public extern int CompareTo(long value);
    }
    public partial struct UInt64 { public const ulong MaxValue = 18446744073709551615; public const ulong MinValue = 0; public static extern ulong Parse(string s); public static extern bool TryParse(string s, out ulong result); public extern string ToString(string format); public extern int CompareTo(ulong value); }
    public partial struct Single
    {
        public const float MaxValue = 3.40282347E+38f;
        public const float MinValue = -3.40282347E+38f;
        public const float Epsilon = 1.401298E-45f;
        public const float NaN = 0.0f / 0.0f;
        public const float PositiveInfinity = 1.0f / 0.0f;
        public const float NegativeInfinity = -1.0f / 0.0f;
        public static extern float Parse(string s);
        public static extern bool TryParse(string s, out float result);
        public static extern bool IsNaN(float f);
        public extern string ToString(string format);
        public extern int CompareTo(float value);
    }
    public partial struct Double
    {
        public const double MaxValue = 1.7976931348623157E+308;
        public const double MinValue = -1.7976931348623157E+308;
        public const double Epsilon = 4.94065645841247E-324;
        public const double NaN = 0.0 / 0.0;
        public const double PositiveInfinity = 1.0 / 0.0;
        public const double NegativeInfinity = -1.0 / 0.0;
        public static extern double Parse(string s);
        public static extern bool TryParse(string s, out double result);
        public static extern bool IsNaN(double d);
        public static extern bool IsInfinity(double d);
        public static extern bool IsPositiveInfinity(double d);
        public static extern bool IsNegativeInfinity(double d);
        public extern string ToString(string format);
        public extern int CompareTo(double value);
    }
    public partial struct Decimal { }
    public struct Nullable<T> where T : struct
    {
        public extern bool HasValue { get; }
        public extern T Value { get; }
        public extern T GetValueOrDefault();
        public extern T GetValueOrDefault(T defaultValue);
    }

    public static class Nullable
    {
        public static extern int Compare<T>(T? n1, T? n2) where T : struct;
        public static extern bool Equals<T>(T? n1, T? n2) where T : struct;
        public static extern Type GetUnderlyingType(Type nullableType);
    }

    public sealed partial class String : IComparable, IEnumerable<char>
    {
        public static readonly string Empty = "";
        public extern int Length { get; }
        public extern char this[int index] { get; }
        public static extern bool IsNullOrEmpty(string value);
        public static extern bool IsNullOrWhiteSpace(string value);
        public static extern string Concat(params object[] args);
        public static extern string Concat(IEnumerable<string> values);
        public static extern string Concat<T>(IEnumerable<T> values);
        public static extern string Format(string format, params object[] args);
        public static extern string Join(string separator, params string[] value);
        public static extern string Join(string separator, params object[] values);
        public static extern string Join<T>(string separator, IEnumerable<T> values);
        public static extern string Join(char separator, params string[] value);
        public static extern int Compare(string strA, string strB);
        public static extern int CompareOrdinal(string strA, string strB);
        public static extern bool Equals(string a, string b);
        public extern bool Equals(string value);
        public extern int CompareTo(string strB);
        public extern string Substring(int startIndex);
        public extern string Substring(int startIndex, int length);
        public extern int IndexOf(char value);
        public extern int IndexOf(char value, int startIndex);
        public extern int IndexOf(string value);
        public extern int IndexOf(string value, int startIndex);
        public extern int LastIndexOf(char value);
        public extern int LastIndexOf(string value);
        public extern int IndexOfAny(char[] anyOf);
        public extern bool Contains(string value);
        public extern bool Contains(char value);
        public extern bool StartsWith(string value);
        public extern bool StartsWith(char value);
        public extern bool EndsWith(string value);
        public extern bool EndsWith(char value);
        public extern string Replace(string oldValue, string newValue);
        public extern string Replace(char oldChar, char newChar);
        public extern string[] Split(params char[] separator);
        public extern string[] Split(char separator, int count);
        public extern string Trim();
        public extern string Trim(params char[] trimChars);
        public extern string TrimStart();
        public extern string TrimStart(params char[] trimChars);
        public extern string TrimEnd();
        public extern string TrimEnd(params char[] trimChars);
        public extern string ToUpper();
        public extern string ToLower();
        public extern string ToUpperInvariant();
        public extern string ToLowerInvariant();
        public extern string PadLeft(int totalWidth);
        public extern string PadLeft(int totalWidth, char paddingChar);
        public extern string PadRight(int totalWidth);
        public extern string PadRight(int totalWidth, char paddingChar);
        public extern char[] ToCharArray();
        public extern string Insert(int startIndex, string value);
        public extern string Remove(int startIndex);
        public extern string Remove(int startIndex, int count);
        public extern IEnumerator<char> GetEnumerator();
    }

    public static partial class Console
    {
        public static extern void WriteLine();
        public static extern void WriteLine(string value);
        public static extern void WriteLine(object value);
        public static extern void WriteLine(char[] buffer);
        public static extern void WriteLine(string format, params object[] arg);
        public static extern void Write(string value);
        public static extern void Write(object value);
        public static extern void Write(char[] buffer);
        public static extern void Write(string format, params object[] arg);
        public static extern string ReadLine();
    }

    public delegate void Action();
    public delegate void Action<in T>(T obj);
    public delegate void Action<in T1, in T2>(T1 arg1, T2 arg2);
    public delegate void Action<in T1, in T2, in T3>(T1 arg1, T2 arg2, T3 arg3);
    public delegate void Action<in T1, in T2, in T3, in T4>(T1 arg1, T2 arg2, T3 arg3, T4 arg4);
    public delegate TResult Func<out TResult>();
    public delegate TResult Func<in T, out TResult>(T arg);
    public delegate TResult Func<in T1, in T2, out TResult>(T1 arg1, T2 arg2);
    public delegate TResult Func<in T1, in T2, in T3, out TResult>(T1 arg1, T2 arg2, T3 arg3);
    public delegate TResult Func<in T1, in T2, in T3, in T4, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4);
    public delegate bool Predicate<in T>(T obj);
    public delegate int Comparison<in T>(T x, T y);
    public delegate void EventHandler(object sender, EventArgs e);
    public delegate void EventHandler<TEventArgs>(object sender, TEventArgs e);
    public class EventArgs { public static readonly EventArgs Empty = new EventArgs(); }

    public struct ValueTuple<T1> : IComparable { public T1 Item1; public ValueTuple(T1 item1) { Item1 = item1; } public extern int CompareTo(object other); }
    public struct ValueTuple<T1, T2> : IComparable { public T1 Item1; public T2 Item2; public ValueTuple(T1 item1, T2 item2) { Item1 = item1; Item2 = item2; } public extern int CompareTo(object other); }
    public struct ValueTuple<T1, T2, T3> : IComparable { public T1 Item1; public T2 Item2; public T3 Item3; public extern int CompareTo(object other); }
    public struct ValueTuple<T1, T2, T3, T4> : IComparable { public T1 Item1; public T2 Item2; public T3 Item3; public T4 Item4; public extern int CompareTo(object other); }
    public struct ValueTuple<T1, T2, T3, T4, T5> : IComparable { public T1 Item1; public T2 Item2; public T3 Item3; public T4 Item4; public T5 Item5; public extern int CompareTo(object other); }
    public struct ValueTuple<T1, T2, T3, T4, T5, T6> : IComparable { public T1 Item1; public T2 Item2; public T3 Item3; public T4 Item4; public T5 Item5; public T6 Item6; public extern int CompareTo(object other); }
    public struct ValueTuple<T1, T2, T3, T4, T5, T6, T7> : IComparable { public T1 Item1; public T2 Item2; public T3 Item3; public T4 Item4; public T5 Item5; public T6 Item6; public T7 Item7; public extern int CompareTo(object other); }
    public struct ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> : IComparable { public T1 Item1; public T2 Item2; public T3 Item3; public T4 Item4; public T5 Item5; public T6 Item6; public T7 Item7; public TRest Rest; public extern int CompareTo(object other); }
}

namespace System.Collections
{
    public interface IEnumerable { }
    public interface IEnumerator { bool MoveNext(); object Current { get; } void Reset(); }
}

namespace System.Collections.Generic
{
    public interface IEnumerable<out T> : System.Collections.IEnumerable { IEnumerator<T> GetEnumerator(); }
    public interface IEnumerator<out T> : System.IDisposable, System.Collections.IEnumerator { new T Current { get; } }
    public sealed class __Iterator : IEnumerable<object>
    {
        public extern IEnumerator<object> GetEnumerator();
    }
    public sealed class __IteratorEnumerator : IEnumerator<object>
    {
        public extern bool MoveNext();
        public extern object Current { get; }
        public extern void Dispose();
        public extern void Reset();
    }
}

namespace System.Runtime.CompilerServices
{
    public sealed class SwitchExpressionException : InvalidOperationException
    {
        public SwitchExpressionException() : base("Non-exhaustive switch expression failed to match its input.") { }
    }
}
