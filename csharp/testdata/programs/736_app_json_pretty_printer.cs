// checks: mini app: a JSON-like value model (Dictionary<string, object>, List<object>, string, double, bool, null), a recursive-descent parser with escapes and error positions, and a pretty printer with indentation, key sorting option and string escaping; type switches on object with is patterns
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

class JsonError : Exception { public JsonError(string m, int pos) : base(m + " at offset " + pos) { } }

class JsonParser
{
    private readonly string s; private int i;
    public JsonParser(string s) { this.s = s; }
    public static object Parse(string s)
    {
        var p = new JsonParser(s);
        var v = p.Value();
        p.Ws();
        if (p.i != s.Length) throw new JsonError("trailing characters", p.i);
        return v;
    }
    void Ws() { while (i < s.Length && char.IsWhiteSpace(s[i])) i++; }
    char Peek() { Ws(); if (i >= s.Length) throw new JsonError("unexpected end", i); return s[i]; }
    void Expect(char c) { if (Peek() != c) throw new JsonError("expected '" + c + "'", i); i++; }
    object Value()
    {
        char c = Peek();
        if (c == '{') return Obj();
        if (c == '[') return Arr();
        if (c == '"') return Str();
        if (c == '-' || char.IsDigit(c)) return Num();
        if (Lit("true")) return true;
        if (Lit("false")) return false;
        if (Lit("null")) return null;
        throw new JsonError("unexpected '" + c + "'", i);
    }
    bool Lit(string w) { if (string.CompareOrdinal(s, i, w, 0, w.Length) == 0) { i += w.Length; return true; } return false; }
    Dictionary<string, object> Obj()
    {
        Expect('{');
        var d = new Dictionary<string, object>();
        if (Peek() == '}') { i++; return d; }
        while (true)
        {
            var k = Str();
            Expect(':');
            d[k] = Value();
            if (Peek() == ',') { i++; continue; }
            Expect('}');
            return d;
        }
    }
    List<object> Arr()
    {
        Expect('[');
        var l = new List<object>();
        if (Peek() == ']') { i++; return l; }
        while (true)
        {
            l.Add(Value());
            if (Peek() == ',') { i++; continue; }
            Expect(']');
            return l;
        }
    }
    string Str()
    {
        Expect('"');
        var sb = new StringBuilder();
        while (true)
        {
            if (i >= s.Length) throw new JsonError("unterminated string", i);
            char c = s[i++];
            if (c == '"') return sb.ToString();
            if (c != '\\') { sb.Append(c); continue; }
            char e = s[i++];
            switch (e)
            {
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case 'u': sb.Append((char)Convert.ToInt32(s.Substring(i, 4), 16)); i += 4; break;
                default: throw new JsonError("bad escape \\" + e, i - 1);
            }
        }
    }
    double Num()
    {
        int start = i;
        if (s[i] == '-') i++;
        while (i < s.Length && (char.IsDigit(s[i]) || s[i] == '.' || s[i] == 'e' || s[i] == 'E' || s[i] == '+' || s[i] == '-')) i++;
        return double.Parse(s.Substring(start, i - start), CultureInfo.InvariantCulture);
    }
}

static class JsonPrinter
{
    public static string Quote(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in s)
        {
            if (c == '"') sb.Append("\\\"");
            else if (c == '\\') sb.Append("\\\\");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\t') sb.Append("\\t");
            else if (c < ' ' || c > '~') sb.Append("\\u").Append(((int)c).ToString("x4"));
            else sb.Append(c);
        }
        return sb.Append('"').ToString();
    }

    public static void Write(StringBuilder sb, object v, int indent, bool sortKeys)
    {
        string pad = new string(' ', indent * 2), inner = new string(' ', (indent + 1) * 2);
        if (v == null) sb.Append("null");
        else if (v is bool) sb.Append((bool)v ? "true" : "false");
        else if (v is double) sb.Append(((double)v).ToString(CultureInfo.InvariantCulture));
        else if (v is string) sb.Append(Quote((string)v));
        else if (v is List<object>)
        {
            var l = (List<object>)v;
            if (l.Count == 0) { sb.Append("[]"); return; }
            if (l.All(x => !(x is List<object>) && !(x is Dictionary<string, object>)))
            {
                sb.Append('[');
                for (int k = 0; k < l.Count; k++) { if (k > 0) sb.Append(", "); Write(sb, l[k], 0, sortKeys); }
                sb.Append(']');
                return;
            }
            sb.Append("[\n");
            for (int k = 0; k < l.Count; k++)
            {
                sb.Append(inner);
                Write(sb, l[k], indent + 1, sortKeys);
                sb.Append(k < l.Count - 1 ? ",\n" : "\n");
            }
            sb.Append(pad).Append(']');
        }
        else if (v is Dictionary<string, object>)
        {
            var d = (Dictionary<string, object>)v;
            if (d.Count == 0) { sb.Append("{}"); return; }
            IEnumerable<string> keys = d.Keys;
            if (sortKeys) keys = keys.OrderBy(k => k, StringComparer.Ordinal);
            var ks = keys.ToList();
            sb.Append("{\n");
            for (int k = 0; k < ks.Count; k++)
            {
                sb.Append(inner).Append(Quote(ks[k])).Append(": ");
                Write(sb, d[ks[k]], indent + 1, sortKeys);
                sb.Append(k < ks.Count - 1 ? ",\n" : "\n");
            }
            sb.Append(pad).Append('}');
        }
        else throw new ArgumentException("cannot print " + v.GetType().Name);
    }

    public static string Print(object v, bool sortKeys = false)
    {
        var sb = new StringBuilder();
        Write(sb, v, 0, sortKeys);
        return sb.ToString();
    }
}

class Program
{
    static void Main()
    {
        var text = "{\"name\": \"Main line\", \"ext\": 100, \"open\": true, \"tags\": [\"sales\", \"vip\"], " +
                   "\"hours\": {\"mon\": [9, 17.5], \"sun\": null}, \"routes\": [{\"to\": \"200\", \"wait\": 20}, {\"to\": \"voicemail\"}], " +
                   "\"note\": \"line1\\nline2 \\\"q\\\" \\u00e9\", \"empty\": {}, \"none\": [], \"neg\": -1.25e2}";
        var doc = JsonParser.Parse(text);
        Console.WriteLine(JsonPrinter.Print(doc));
        Console.WriteLine(JsonPrinter.Print(doc, sortKeys: true).Split('\n').Length);
        var d = (Dictionary<string, object>)doc;
        var routes = (List<object>)d["routes"];
        foreach (Dictionary<string, object> r in routes)
            Console.WriteLine(r["to"] + " wait=" + (r.ContainsKey("wait") ? r["wait"] : "n/a"));
        Console.WriteLine(((string)d["note"]).Length);
        foreach (var bad in new[] { "{\"a\": }", "[1, 2", "{\"a\" 1}", "\"abc", "[1] x", "tru" })
        {
            try { JsonParser.Parse(bad); Console.WriteLine("parsed?!"); }
            catch (JsonError e) { Console.WriteLine(bad + " -> " + e.Message); }
        }
        try { JsonPrinter.Print(new List<object> { 1 }); }
        catch (ArgumentException e) { Console.WriteLine(e.Message); }
    }
}
