// System.IO.TextWriter/TextReader, StringWriter/StringReader, and Console's
// Out/Error/In streams with SetOut/SetError/SetIn (Console.Write* go to the
// writer SetOut installed; the host streams are __ConsoleWriter/__ConsoleReader).
using System.Text;

namespace System.IO
{
    public abstract class TextWriter : IDisposable
    {
        public static readonly TextWriter Null = new __NullWriter();
        private string _newLine = "\n";
        protected TextWriter() { }
        public abstract Encoding Encoding { get; }
        public virtual IFormatProvider FormatProvider => null;
        public virtual string NewLine { get => _newLine; set => _newLine = value ?? "\n"; }
        public virtual void Write(char value) { }
        public virtual void Write(char[] buffer) { if (buffer != null) Write(buffer, 0, buffer.Length); }
        public virtual void Write(char[] buffer, int index, int count)
        {
            if (buffer == null) throw new ArgumentNullException(nameof(buffer));
            if (index < 0) throw new ArgumentOutOfRangeException(nameof(index), "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), "Non-negative number required.");
            if (buffer.Length - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            for (int i = 0; i < count; i++) Write(buffer[index + i]);
        }
        public virtual void Write(string value) { if (value != null) Write(value.ToCharArray()); }
        public virtual void Write(bool value) => Write(value ? "True" : "False");
        public virtual void Write(int value) => Write(value.ToString());
        public virtual void Write(uint value) => Write(value.ToString());
        public virtual void Write(long value) => Write(value.ToString());
        public virtual void Write(ulong value) => Write(value.ToString());
        public virtual void Write(float value) => Write(value.ToString());
        public virtual void Write(double value) => Write(value.ToString());
        public virtual void Write(decimal value) => Write(value.ToString());
        public virtual void Write(object value) { if (value != null) Write(value.ToString()); }
        public virtual void Write(string format, object arg0) => Write(string.Format(format, arg0));
        public virtual void Write(string format, object arg0, object arg1) => Write(string.Format(format, arg0, arg1));
        public virtual void Write(string format, params object[] arg) => Write(string.Format(format, arg));
        public virtual void WriteLine() => Write(NewLine);
        public virtual void WriteLine(char value) { Write(value); WriteLine(); }
        public virtual void WriteLine(char[] buffer) { Write(buffer); WriteLine(); }
        public virtual void WriteLine(char[] buffer, int index, int count) { Write(buffer, index, count); WriteLine(); }
        public virtual void WriteLine(string value) { Write(value); Write(NewLine); }
        public virtual void WriteLine(bool value) => WriteLine(value ? "True" : "False");
        public virtual void WriteLine(int value) => WriteLine(value.ToString());
        public virtual void WriteLine(uint value) => WriteLine(value.ToString());
        public virtual void WriteLine(long value) => WriteLine(value.ToString());
        public virtual void WriteLine(ulong value) => WriteLine(value.ToString());
        public virtual void WriteLine(float value) => WriteLine(value.ToString());
        public virtual void WriteLine(double value) => WriteLine(value.ToString());
        public virtual void WriteLine(decimal value) => WriteLine(value.ToString());
        public virtual void WriteLine(object value) { if (value == null) WriteLine(); else WriteLine(value.ToString()); }
        public virtual void WriteLine(string format, object arg0) => WriteLine(string.Format(format, arg0));
        public virtual void WriteLine(string format, object arg0, object arg1) => WriteLine(string.Format(format, arg0, arg1));
        public virtual void WriteLine(string format, params object[] arg) => WriteLine(string.Format(format, arg));
        public virtual void Flush() { }
        public static TextWriter Synchronized(TextWriter writer) => writer ?? throw new ArgumentNullException(nameof(writer));
        public virtual void Close() => Dispose(true);
        public void Dispose() => Dispose(true);
        protected virtual void Dispose(bool disposing) { }
    }

    internal sealed class __NullWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.Unicode;
        public override void Write(char value) { }
        public override void Write(string value) { }
    }

    internal sealed class __ConsoleWriter : TextWriter
    {
        private readonly bool _err;
        internal __ConsoleWriter(bool err) { _err = err; }
        public override Encoding Encoding => Encoding.UTF8;
        public override void Write(char value) => __Write(_err, value.ToString());
        public override void Write(string value) => __Write(_err, value ?? "");
        public override void WriteLine(string value) => __Write(_err, (value ?? "") + NewLine);
        private static extern void __Write(bool err, string s);
    }

    public class StringWriter : TextWriter
    {
        private readonly StringBuilder _sb;
        private bool _closed;
        public StringWriter() { _sb = new StringBuilder(); }
        public StringWriter(StringBuilder sb) { if (sb == null) throw new ArgumentNullException(nameof(sb)); _sb = sb; }
        public StringWriter(IFormatProvider formatProvider) : this() { }
        public StringWriter(StringBuilder sb, IFormatProvider formatProvider) : this(sb) { }
        public override Encoding Encoding => Encoding.Unicode;
        public virtual StringBuilder GetStringBuilder() => _sb;
        private void Check() { if (_closed) throw new ObjectDisposedException(null, "Cannot write to a closed TextWriter."); }
        public override void Write(char value) { Check(); _sb.Append(value); }
        public override void Write(char[] buffer, int index, int count) { Check(); base.Write(buffer, index, count); }
        public override void Write(string value) { Check(); if (value != null) _sb.Append(value); }
        protected override void Dispose(bool disposing) { _closed = true; }
        public override string ToString() => _sb.ToString();
    }

    public abstract class TextReader : IDisposable
    {
        public static readonly TextReader Null = new StringReader("");
        protected TextReader() { }
        public virtual int Peek() => -1;
        public virtual int Read() => -1;
        public virtual int Read(char[] buffer, int index, int count)
        {
            if (buffer == null) throw new ArgumentNullException(nameof(buffer));
            int n = 0;
            while (n < count)
            {
                int ch = Read();
                if (ch == -1) break;
                buffer[index + n++] = (char)ch;
            }
            return n;
        }
        public virtual string ReadToEnd()
        {
            var sb = new StringBuilder();
            int ch;
            while ((ch = Read()) != -1) sb.Append((char)ch);
            return sb.ToString();
        }
        public virtual string ReadLine()
        {
            var sb = new StringBuilder();
            while (true)
            {
                int ch = Read();
                if (ch == -1) break;
                if (ch == '\r' || ch == '\n')
                {
                    if (ch == '\r' && Peek() == '\n') Read();
                    return sb.ToString();
                }
                sb.Append((char)ch);
            }
            return sb.Length > 0 ? sb.ToString() : null;
        }
        public virtual void Close() => Dispose(true);
        public void Dispose() => Dispose(true);
        protected virtual void Dispose(bool disposing) { }
        public static TextReader Synchronized(TextReader reader) => reader ?? throw new ArgumentNullException(nameof(reader));
    }

    internal sealed class __ConsoleReader : TextReader
    {
        public override extern int Peek();
        public override extern int Read();
        public override extern string ReadLine();
    }

    public class StringReader : TextReader
    {
        private string _s;
        private int _pos;
        public StringReader(string s) { if (s == null) throw new ArgumentNullException(nameof(s)); _s = s; }
        private void Check() { if (_s == null) throw new ObjectDisposedException(null, "Cannot read from a closed TextReader."); }
        public override int Peek() { Check(); return _pos < _s.Length ? _s[_pos] : -1; }
        public override int Read() { Check(); return _pos < _s.Length ? _s[_pos++] : -1; }
        public override string ReadToEnd() { Check(); string r = _pos == 0 ? _s : _s.Substring(_pos); _pos = _s.Length; return r; }
        public override string ReadLine()
        {
            Check();
            if (_pos >= _s.Length) return null;
            int start = _pos;
            while (_pos < _s.Length)
            {
                char ch = _s[_pos];
                if (ch == '\r' || ch == '\n')
                {
                    string line = _s.Substring(start, _pos - start);
                    _pos++;
                    if (ch == '\r' && _pos < _s.Length && _s[_pos] == '\n') _pos++;
                    return line;
                }
                _pos++;
            }
            return _s.Substring(start);
        }
        protected override void Dispose(bool disposing) { _s = null; }
    }
}

namespace System
{
    public static partial class Console
    {
        private static readonly System.IO.TextWriter __stdout = new System.IO.__ConsoleWriter(false);
        private static readonly System.IO.TextWriter __stderr = new System.IO.__ConsoleWriter(true);
        private static readonly System.IO.TextReader __stdin = new System.IO.__ConsoleReader();
        private static System.IO.TextWriter __out, __error;
        private static System.IO.TextReader __in;
        public static System.IO.TextWriter Out => __out ?? __stdout;
        public static System.IO.TextWriter Error => __error ?? __stderr;
        public static System.IO.TextReader In => __in ?? __stdin;
        public static int Read() => In.Read();
        public static void SetOut(System.IO.TextWriter newOut)
        {
            if (newOut == null) throw new ArgumentNullException(nameof(newOut));
            __out = newOut;
            __Redirect(0, newOut == __stdout ? null : newOut);
        }
        public static void SetError(System.IO.TextWriter newError)
        {
            if (newError == null) throw new ArgumentNullException(nameof(newError));
            __error = newError;
        }
        public static void SetIn(System.IO.TextReader newIn)
        {
            if (newIn == null) throw new ArgumentNullException(nameof(newIn));
            __in = newIn;
            __Redirect(2, newIn == __stdin ? null : newIn);
        }
        private static extern void __Redirect(int stream, object target);
    }
}
