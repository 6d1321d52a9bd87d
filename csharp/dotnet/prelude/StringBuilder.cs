// System.Text.StringBuilder (natives in stringbuilder.go).
namespace System.Text
{
    public sealed class StringBuilder
    {
        public extern StringBuilder();
        public extern StringBuilder(int capacity);
        public extern StringBuilder(string value);
        public extern StringBuilder(string value, int capacity);
        public extern StringBuilder(int capacity, int maxCapacity);
        public extern int Length { get; set; }
        public extern int Capacity { get; set; }
        public extern char this[int index] { get; set; }
        public extern StringBuilder Append(string value);
        public extern StringBuilder Append(char value);
        public extern StringBuilder Append(char value, int repeatCount);
        public extern StringBuilder Append(string value, int startIndex, int count);
        public extern StringBuilder Append(char[] value);
        public extern StringBuilder Append(bool value);
        public extern StringBuilder Append(int value);
        public extern StringBuilder Append(long value);
        public extern StringBuilder Append(double value);
        public extern StringBuilder Append(decimal value);
        public extern StringBuilder Append(object value);
        public extern StringBuilder AppendLine();
        public extern StringBuilder AppendLine(string value);
        public extern StringBuilder AppendFormat(string format, params object[] args);
        public extern StringBuilder AppendJoin(string separator, params object[] values);
        public extern StringBuilder Insert(int index, string value);
        public extern StringBuilder Insert(int index, char value);
        public extern StringBuilder Insert(int index, object value);
        public extern StringBuilder Remove(int startIndex, int length);
        public extern StringBuilder Replace(string oldValue, string newValue);
        public extern StringBuilder Replace(char oldChar, char newChar);
        public extern StringBuilder Replace(string oldValue, string newValue, int startIndex, int count);
        public extern StringBuilder Replace(char oldChar, char newChar, int startIndex, int count);
        public extern StringBuilder Clear();
        public extern override string ToString();
        public extern string ToString(int startIndex, int length);
        public bool Equals(StringBuilder sb) => sb != null && Length == sb.Length && ToString() == sb.ToString();
        public StringBuilder Append(StringBuilder value) => value == null ? this : Append(value.ToString());
        public StringBuilder Append(char[] value, int startIndex, int charCount) => Append(new string(value, startIndex, charCount));
        public StringBuilder AppendFormat(IFormatProvider provider, string format, params object[] args) => AppendFormat(format, args);
        public StringBuilder AppendJoin(char separator, params object[] values) => AppendJoin(new string(separator, 1), values);
        public StringBuilder AppendJoin(string separator, params string[] values) => Append(string.Join(separator, values));
        public StringBuilder AppendJoin<T>(string separator, System.Collections.Generic.IEnumerable<T> values) => Append(string.Join(separator, values));
        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Capacity must be positive.");
            if (Capacity < capacity) Capacity = capacity;
            return Capacity;
        }
        public int MaxCapacity => int.MaxValue;
        public StringBuilder Insert(int index, string value, int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (value == null || value.Length == 0 || count == 0) { if (index < 0 || index > Length) throw new ArgumentOutOfRangeException("index"); return this; }
            var sb = new StringBuilder();
            for (int i = 0; i < count; i++) sb.Append(value);
            return Insert(index, sb.ToString());
        }
        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (destination == null) throw new ArgumentNullException("destination");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (sourceIndex < 0 || sourceIndex > Length - count) throw new ArgumentOutOfRangeException("sourceIndex");
            if (destinationIndex < 0 || destinationIndex > destination.Length - count) throw new ArgumentException("Destination array was not long enough.");
            for (int i = 0; i < count; i++) destination[destinationIndex + i] = this[sourceIndex + i];
        }
    }
}
