// System.Text.RegularExpressions: .NET regex syntax translated to Go's RE2
// (natives in regex.go; what is supported is in csharp/bcl/regex.go).
using System.Collections.Generic;

namespace System.Text.RegularExpressions
{
    [Flags]
    public enum RegexOptions
    {
        None = 0, IgnoreCase = 1, Multiline = 2, ExplicitCapture = 4, Compiled = 8, Singleline = 16,
        IgnorePatternWhitespace = 32, RightToLeft = 64, ECMAScript = 256, CultureInvariant = 512, NonBacktracking = 1024
    }

    public delegate string MatchEvaluator(Match match);

    public class RegexParseException : ArgumentException
    {
        public RegexParseException(string message) : base(message) { }
    }

    public class Capture
    {
        private readonly int _index;
        private readonly int _length;
        private readonly string _value;
        internal Capture(int index, int length, string value) { _index = index; _length = length; _value = value; }
        public int Index => _index;
        public int Length => _length;
        public string Value => _value;
        public override string ToString() => _value;
    }

    public class Group : Capture
    {
        private readonly string _name;
        private readonly bool _success;
        internal Group(string name, bool success, int index, int length, string value) : base(index, length, value) { _name = name; _success = success; }
        public bool Success => _success;
        public string Name => _name;
    }

    public class GroupCollection : IReadOnlyList<Group>
    {
        private readonly Group[] _groups;
        internal GroupCollection(Group[] groups) { _groups = groups; }
        public int Count => _groups.Length;
        public Group this[int groupnum] => groupnum >= 0 && groupnum < _groups.Length ? _groups[groupnum] : new Group("", false, 0, 0, "");
        public Group this[string groupname]
        {
            get
            {
                foreach (var g in _groups) if (g.Name == groupname) return g;
                return new Group(groupname, false, 0, 0, "");
            }
        }
        public bool ContainsKey(string key) { foreach (var g in _groups) if (g.Name == key) return true; return false; }
        public IEnumerator<Group> GetEnumerator() => ((IEnumerable<Group>)_groups).GetEnumerator();
    }

    public class Match : Group
    {
        private readonly Regex _regex;
        private readonly string _input;
        private readonly GroupCollection _groups;
        internal Match(Regex regex, string input, Group[] groups) : base("0", groups[0].Success, groups[0].Index, groups[0].Length, groups[0].Value)
        {
            _regex = regex; _input = input; _groups = new GroupCollection(groups);
        }
        public static Match Empty { get; } = new Match(null, "", new Group[] { new Group("0", false, 0, 0, "") });
        public GroupCollection Groups => _groups;
        public string Result(string replacement)
        {
            if (replacement == null) throw new ArgumentNullException("replacement");
            var sb = new StringBuilder();
            for (int i = 0; i < replacement.Length; i++)
            {
                char ch = replacement[i];
                if (ch != '$' || i + 1 >= replacement.Length) { sb.Append(ch); continue; }
                char n = replacement[i + 1];
                if (n == '$') { sb.Append('$'); i++; }
                else if (n == '&') { sb.Append(Value); i++; }
                else if (n == '{')
                {
                    int e = replacement.IndexOf('}', i);
                    if (e > i + 2 && _groups.ContainsKey(replacement.Substring(i + 2, e - i - 2))) { sb.Append(_groups[replacement.Substring(i + 2, e - i - 2)].Value); i = e; }
                    else sb.Append(ch);
                }
                else if (n >= '0' && n <= '9')
                {
                    int j = i + 1;
                    while (j < replacement.Length && replacement[j] >= '0' && replacement[j] <= '9') j++;
                    int g = int.Parse(replacement.Substring(i + 1, j - i - 1));
                    if (g < _groups.Count) { sb.Append(_groups[g].Value); i = j - 1; } else sb.Append(ch);
                }
                else sb.Append(ch);
            }
            return sb.ToString();
        }
        public Match NextMatch()
        {
            if (_regex == null || !Success) return Empty;
            return _regex.Match(_input, Index + (Length == 0 ? 1 : Length));
        }
    }

    public class MatchCollection : IReadOnlyList<Match>
    {
        private readonly List<Match> _matches;
        internal MatchCollection(List<Match> matches) { _matches = matches; }
        public int Count => _matches.Count;
        public Match this[int i] => _matches[i];
        public IEnumerator<Match> GetEnumerator() => _matches.GetEnumerator();
    }

    public class Regex
    {
        private readonly string _pattern;
        private readonly RegexOptions _options;
        private readonly object _re;

        public Regex(string pattern) : this(pattern, RegexOptions.None) { }
        public Regex(string pattern, RegexOptions options)
        {
            if (pattern == null) throw new ArgumentNullException("pattern");
            _pattern = pattern;
            _options = options;
            _re = __Compile(pattern, (int)options);
        }
        public Regex(string pattern, RegexOptions options, TimeSpan matchTimeout) : this(pattern, options) { }

        public RegexOptions Options => _options;
        public override string ToString() => _pattern;
        public string[] GetGroupNames() => __Names(_re);
        public int[] GetGroupNumbers() => __Numbers(_re);
        public int GroupNumberFromName(string name) { var n = __Names(_re); for (int i = 0; i < n.Length; i++) if (n[i] == name) return __Numbers(_re)[i]; return -1; }

        public bool IsMatch(string input) { if (input == null) throw new ArgumentNullException("input"); return __IsMatch(_re, input); }
        public Match Match(string input) => Match(input, 0);
        public Match Match(string input, int startat)
        {
            if (input == null) throw new ArgumentNullException("input");
            if (startat < 0 || startat > input.Length) throw new ArgumentOutOfRangeException("startat", "Start index cannot be less than 0 or greater than input length.");
            return __Make(input, __Match(_re, input, startat));
        }
        public MatchCollection Matches(string input)
        {
            if (input == null) throw new ArgumentNullException("input");
            var all = __Matches(_re, input);
            var list = new List<Match>();
            foreach (var d in all) list.Add(__Make(input, d));
            return new MatchCollection(list);
        }
        public string Replace(string input, string replacement) => Replace(input, replacement, -1);
        public string Replace(string input, string replacement, int count)
        {
            if (input == null) throw new ArgumentNullException("input");
            if (replacement == null) throw new ArgumentNullException("replacement");
            return __Replace(_re, input, replacement, count);
        }
        public string Replace(string input, MatchEvaluator evaluator) => Replace(input, evaluator, -1);
        public string Replace(string input, MatchEvaluator evaluator, int count)
        {
            if (input == null) throw new ArgumentNullException("input");
            if (evaluator == null) throw new ArgumentNullException("evaluator");
            var sb = new StringBuilder();
            int last = 0, n = 0;
            foreach (Match m in Matches(input))
            {
                if (count >= 0 && n++ >= count) break;
                sb.Append(input, last, m.Index - last);
                sb.Append(evaluator(m));
                last = m.Index + m.Length;
            }
            sb.Append(input, last, input.Length - last);
            return sb.ToString();
        }
        public string[] Split(string input)
        {
            if (input == null) throw new ArgumentNullException("input");
            return __Split(_re, input);
        }
        public string[] Split(string input, int count) => Split(input, count, 0);
        public string[] Split(string input, int count, int startat)
        {
            if (input == null) throw new ArgumentNullException("input");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than -1.");
            if (startat < 0 || startat > input.Length) throw new ArgumentOutOfRangeException("startat", "Start index cannot be less than 0 or greater than input length.");
            if (count == 1) return new[] { input };
            if (count == 0 && startat == 0) return Split(input);
            var parts = new List<string>();
            int last = 0, splits = 0;
            for (var m = this.Match(input, startat); m.Success; m = m.NextMatch())
            {
                if (count > 0 && splits >= count - 1) break;
                splits++;
                parts.Add(input.Substring(last, m.Index - last));
                last = m.Index + m.Length;
                for (int g = 1; g < m.Groups.Count; g++)
                    if (m.Groups[g].Success) parts.Add(m.Groups[g].Value);
            }
            parts.Add(input.Substring(last));
            return parts.ToArray();
        }
        public bool IsMatch(string input, int startat) => this.Match(input, startat).Success;
        public MatchCollection Matches(string input, int startat)
        {
            var list = new List<Match>();
            for (var m = this.Match(input, startat); m.Success; m = m.NextMatch()) list.Add(m);
            return new MatchCollection(list);
        }
        public string Replace(string input, string replacement, int count, int startat)
        {
            if (replacement == null) throw new ArgumentNullException("replacement");
            return __ReplaceFrom(input, count, startat, m => m.Result(replacement));
        }
        public string Replace(string input, MatchEvaluator evaluator, int count, int startat)
        {
            if (evaluator == null) throw new ArgumentNullException("evaluator");
            return __ReplaceFrom(input, count, startat, evaluator);
        }
        private string __ReplaceFrom(string input, int count, int startat, MatchEvaluator evaluator)
        {
            if (input == null) throw new ArgumentNullException("input");
            if (count < -1) throw new ArgumentOutOfRangeException("count", "Count cannot be less than -1.");
            if (startat < 0 || startat > input.Length) throw new ArgumentOutOfRangeException("startat", "Start index cannot be less than 0 or greater than input length.");
            if (count == 0) return input;
            var sb = new StringBuilder();
            int last = 0, n = 0;
            for (var m = this.Match(input, startat); m.Success; m = m.NextMatch())
            {
                if (count > 0 && n >= count) break;
                n++;
                sb.Append(input, last, m.Index - last);
                sb.Append(evaluator(m));
                last = m.Index + m.Length;
            }
            sb.Append(input, last, input.Length - last);
            return sb.ToString();
        }

        private Match __Make(string input, int[] d)
        {
            if (d == null) return System.Text.RegularExpressions.Match.Empty;
            var names = __Names(_re);
            var groups = new Group[names.Length];
            for (int i = 0; i < names.Length; i++)
            {
                bool ok = d[3 * i] == 1;
                int idx = d[3 * i + 1], len = d[3 * i + 2];
                groups[i] = new Group(names[i], ok, idx, len, ok ? input.Substring(idx, len) : "");
            }
            return new Match(this, input, groups);
        }

        public static bool IsMatch(string input, string pattern) => new Regex(pattern).IsMatch(input);
        public static bool IsMatch(string input, string pattern, RegexOptions options) => new Regex(pattern, options).IsMatch(input);
        public static Match Match(string input, string pattern) => new Regex(pattern).Match(input);
        public static Match Match(string input, string pattern, RegexOptions options) => new Regex(pattern, options).Match(input);
        public static MatchCollection Matches(string input, string pattern) => new Regex(pattern).Matches(input);
        public static MatchCollection Matches(string input, string pattern, RegexOptions options) => new Regex(pattern, options).Matches(input);
        public static string Replace(string input, string pattern, string replacement) => new Regex(pattern).Replace(input, replacement);
        public static string Replace(string input, string pattern, string replacement, RegexOptions options) => new Regex(pattern, options).Replace(input, replacement);
        public static string Replace(string input, string pattern, MatchEvaluator evaluator) => new Regex(pattern).Replace(input, evaluator);
        public static string Replace(string input, string pattern, MatchEvaluator evaluator, RegexOptions options) => new Regex(pattern, options).Replace(input, evaluator);
        public static string Replace(string input, string pattern, string replacement, RegexOptions options, TimeSpan matchTimeout) => new Regex(pattern, options).Replace(input, replacement);
        public static bool IsMatch(string input, string pattern, RegexOptions options, TimeSpan matchTimeout) => new Regex(pattern, options).IsMatch(input);
        public static Match Match(string input, string pattern, RegexOptions options, TimeSpan matchTimeout) => new Regex(pattern, options).Match(input);
        public static MatchCollection Matches(string input, string pattern, RegexOptions options, TimeSpan matchTimeout) => new Regex(pattern, options).Matches(input);
        public static string[] Split(string input, string pattern, RegexOptions options, TimeSpan matchTimeout) => new Regex(pattern, options).Split(input);
        public static string[] Split(string input, string pattern) => new Regex(pattern).Split(input);
        public static string[] Split(string input, string pattern, RegexOptions options) => new Regex(pattern, options).Split(input);
        public static extern string Escape(string str);
        public static extern string Unescape(string str);

        private static extern object __Compile(string pattern, int options);
        private static extern string[] __Names(object re);
        private static extern int[] __Numbers(object re);
        private static extern bool __IsMatch(object re, string input);
        private static extern int[] __Match(object re, string input, int startat);
        private static extern int[][] __Matches(object re, string input);
        private static extern string __Replace(object re, string input, string replacement, int count);
        private static extern string[] __Split(object re, string input);
    }
}
