// System.Text.Encoding (natives in encoding.go; semantics in csharp/bcl/encoding.go).
namespace System.Text
{
    public class Encoding
    {
        private readonly int _id;
        private readonly bool _bom;
        protected Encoding(int id) { _id = id; _bom = id != 1 && id != 5; }
        protected Encoding(int id, bool bom) { _id = id; _bom = bom; }
        public static Encoding UTF8 { get; } = new UTF8Encoding(true);
        public static Encoding ASCII { get; } = new Encoding(1);
        public static Encoding Unicode { get; } = new Encoding(2);
        public static Encoding BigEndianUnicode { get; } = new Encoding(3);
        public static Encoding UTF32 { get; } = new Encoding(4);
        public static Encoding Latin1 { get; } = new Encoding(5);
        public static Encoding Default => UTF8;
        public static Encoding GetEncoding(string name)
        {
            int id = __IdOf(name);
            if (id == 0) return UTF8;
            if (id == 1) return ASCII;
            if (id == 2) return Unicode;
            if (id == 3) return BigEndianUnicode;
            if (id == 4) return UTF32;
            return Latin1;
        }
        public string WebName => __WebName(_id);
        public string EncodingName => __WebName(_id);
        public byte[] GetBytes(string s) => __GetBytes(_id, s);
        public byte[] GetBytes(char[] chars) => __GetBytes(_id, new string(chars));
        public int GetBytes(string s, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            var b = __GetBytes(_id, s.Substring(charIndex, charCount));
            if (byteIndex < 0 || byteIndex + b.Length > bytes.Length) throw new ArgumentException("The output byte buffer is too small to contain the encoded data, encoding codepage '65001' and fallback 'System.Text.EncoderReplacementFallback'. (Parameter 'bytes')");
            for (int i = 0; i < b.Length; i++) bytes[byteIndex + i] = b[i];
            return b.Length;
        }
        public int GetCharCount(byte[] bytes) => GetString(bytes).Length;
        public char[] GetChars(byte[] bytes) => GetString(bytes).ToCharArray();
        public string GetString(byte[] bytes) => __GetString(_id, bytes, 0, bytes == null ? 0 : bytes.Length);
        public string GetString(byte[] bytes, int index, int count) => __GetString(_id, bytes, index, count);
        public int GetByteCount(string s) => __GetBytes(_id, s).Length;
        public byte[] GetPreamble()
        {
            if (!_bom) return new byte[0];
            if (_id == 0) return new byte[] { 0xEF, 0xBB, 0xBF };
            if (_id == 2) return new byte[] { 0xFF, 0xFE };
            if (_id == 3) return new byte[] { 0xFE, 0xFF };
            if (_id == 4) return new byte[] { 0xFF, 0xFE, 0, 0 };
            return new byte[0];
        }
        public override string ToString() => "System.Text." + __WebName(_id);

        private static extern int __IdOf(string name);
        private static extern string __WebName(int id);
        private static extern byte[] __GetBytes(int id, string s);
        private static extern string __GetString(int id, byte[] bytes, int index, int count);
    }

    public class UTF8Encoding : Encoding
    {
        public UTF8Encoding() : base(0, false) { }
        public UTF8Encoding(bool encoderShouldEmitUTF8Identifier) : base(0, encoderShouldEmitUTF8Identifier) { }
    }
}
