package bcl

import (
	"strings"
	"testing"
)

// Reference: "Regular Expression Language - Quick Reference" and "Substitutions in
// Regular Expressions" (learn.microsoft.com, .NET 8); group numbering rule from
// "Grouping Constructs": unnamed groups are numbered first, then named groups.
func TestRegexMatch(t *testing.T) {
	tests := []struct {
		pattern string
		opts    RegexOptions
		input   string
		want    string // Groups[0].Value, or "<nil>"
	}{
		{`\d+`, 0, "abc 123 def", "123"},
		{`\d+`, 0, "٣٤", "٣٤"}, // .NET \d matches any Unicode decimal digit
		{`\d+`, RegexECMAScript, "٣٤5", "5"},
		{`\w+`, 0, "  héllo!", "héllo"},
		{`^abc$`, RegexIgnoreCase, "ABC", "ABC"},
		{`^b`, RegexMultiline, "a\nb", "b"},
		{`a.c`, RegexSingleline, "a\nc", "a\nc"},
		{`a.c`, 0, "a\nc", "<nil>"},
		{`(?i)hello`, 0, "HeLLo", "HeLLo"},
		{`a b # comment`, RegexIgnorePatternWhitespace, "ab", "ab"},
		{`(?x) a \  b`, 0, "a b", "a b"},
		{`\x41\u0042\e?`, 0, "AB", "AB"},
		{`[\d\s]+`, 0, "x1 2y", "1 2"},
		{`a{2,3}`, 0, "aaaa", "aaa"},
		{`a{,2}`, 0, "a{,2}", "a{,2}"},
		{`x*?y`, 0, "xxy", "xxy"},
		{`\p{Lu}+`, 0, "abcDEF", "DEF"},
		{`[^\d]+`, 0, "12ab3", "ab"},
		{`(?#comment)z`, 0, "z", "z"},
		{`\.`, 0, "a.b", "."},
		{`.`, 0, "é", "é"},
	}
	for _, tt := range tests {
		re, err := CompileRegex(tt.pattern, tt.opts)
		if err != nil {
			t.Errorf("CompileRegex(%q): %v", tt.pattern, err)
			continue
		}
		m := re.Match(tt.input, 0)
		got := "<nil>"
		if m != nil {
			got = m.Groups[0].Value
		}
		if got != tt.want {
			t.Errorf("Regex(%q).Match(%q) = %q, want %q", tt.pattern, tt.input, got, tt.want)
		}
	}
}

func TestRegexGroups(t *testing.T) {
	re, err := CompileRegex(`(?<year>\d{4})-(\d{2})-(?'day'\d{2})`, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(re.GroupNames(), ","); got != "0,1,year,day" {
		t.Errorf("GetGroupNames = %s", got)
	}
	m := re.Match("on 2024-03-15!", 0)
	if m == nil || m.Groups[1].Value != "03" || m.Groups[2].Value != "2024" || m.Groups[3].Value != "15" {
		t.Fatalf("groups: %+v", m)
	}
	if m.Groups[0].Index != 3 || m.Groups[0].Length != 10 {
		t.Errorf("index/length = %d/%d", m.Groups[0].Index, m.Groups[0].Length)
	}
	re2, _ := CompileRegex(`(a)(?<n>b)?(c)`, RegexExplicitCapture)
	if re2.GroupCount() != 2 {
		t.Errorf("ExplicitCapture: %d groups", re2.GroupCount())
	}
	// UTF-16 indices
	re3, _ := CompileRegex(`b`, 0)
	if m := re3.Match("😀b", 0); m.Groups[0].Index != 2 {
		t.Errorf("UTF-16 index = %d", m.Groups[0].Index)
	}
	if m := re3.Match("bab", 1); m == nil || m.Groups[0].Index != 2 {
		t.Errorf("startat")
	}
}

func TestRegexReplaceSplit(t *testing.T) {
	tests := []struct {
		pattern, input, repl, want string
	}{
		{`(\w+)\s(\w+)`, "hello world", "$2 $1", "world hello"},
		{`(?<first>\w+)\s(?<second>\w+)`, "hello world", "${second}-${first}", "world-hello"},
		{`\d+`, "a1b22", "<$0>", "a<1>b<22>"},
		{`\d+`, "a1b22", "<$&>", "a<1>b<22>"},
		{`\d`, "a1", "$$", "a$"},
		{`b`, "abc", "[$`|$']", "a[a|c]c"},
		{`x`, "axb", "$9", "a$9b"},
		{`(a)`, "a", "$10", "a0"},
		{`x*`, "abc", "-", "-a-b-c-"},
		// Reference: .NET keeps the empty match after a non-empty one (corpus program 245, run on Mono/.NET).
		{`a*`, "aaa", "X", "XX"},
		{`a*`, "baaac", "-", "-b--c-"},
	}
	for _, tt := range tests {
		re, err := CompileRegex(tt.pattern, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got := re.Replace(tt.input, tt.repl, -1); got != tt.want {
			t.Errorf("Replace(%q, %q, %q) = %q, want %q", tt.pattern, tt.input, tt.repl, got, tt.want)
		}
	}
	re, _ := CompileRegex(`(-)`, 0)
	if got := strings.Join(re.Split("a-b-c"), "|"); got != "a|-|b|-|c" {
		t.Errorf("Split with captures = %q", got)
	}
	re, _ = CompileRegex(`,`, 0)
	if got := strings.Join(re.Split("a,b,,c"), "|"); got != "a|b||c" {
		t.Errorf("Split = %q", got)
	}
	if got := RegexEscape("a.b*c (d)"); got != `a\.b\*c\ \(d\)` {
		t.Errorf("Escape = %q", got)
	}
}

func TestRegexUnsupported(t *testing.T) {
	tests := []struct {
		pattern, mention, typ string
	}{
		{`a(?=b)`, "lookahead", NotSupportedException},
		{`(?<!a)b`, "lookbehind", NotSupportedException},
		{`(a)\1`, "backreferences", NotSupportedException},
		{`(?<x>a)\k<x>`, "backreferences", NotSupportedException},
		{`(?>a+)`, "atomic", NotSupportedException},
		{`(?(a)b|c)`, "conditional", NotSupportedException},
		{`(?<o-c>a)`, "balancing", NotSupportedException},
		{`a++`, "possessive", NotSupportedException},
		{`[a-z-[aeiou]]`, "subtraction", NotSupportedException},
		{`\Gx`, `\G`, NotSupportedException},
		{`(a`, "Not enough )'s", RegexParseException},
		{`a)`, "Too many )'s", RegexParseException},
		{`*a`, "following nothing", RegexParseException},
		{`\q`, "Unrecognized escape", RegexParseException},
		{`[abc`, "Unterminated [] set", RegexParseException},
	}
	for _, tt := range tests {
		_, err := CompileRegex(tt.pattern, 0)
		if err == nil {
			t.Errorf("CompileRegex(%q) accepted", tt.pattern)
			continue
		}
		e := err.(*Error)
		if e.Type != tt.typ || !strings.Contains(e.Message, tt.mention) {
			t.Errorf("CompileRegex(%q) = %v, want %s mentioning %q", tt.pattern, err, tt.typ, tt.mention)
		}
	}
}

// Reference: Regex.Match(input, startat) starts scanning at startat; lookbehind
// assertions (^, \b) still see the text before it. Checked against Mono 6.8.
func TestRegexMatchStartAt(t *testing.T) {
	tests := []struct {
		pattern, input string
		startat        int
		want           string // "" = no match
		index          int
	}{
		{`\d+`, "ab12", 3, "2", 3},
		{`\d+`, "a1b22c333", 2, "22", 3},
		{`\d+`, "a1b22c333", 4, "2", 4},
		{`^\d+`, "12ab", 1, "", 0},
		{`\b\d`, "a12", 2, "", 0},
		{`x`, "abc", 3, "", 0},
	}
	for _, tt := range tests {
		re, err := CompileRegex(tt.pattern, 0)
		if err != nil {
			t.Fatal(err)
		}
		m := re.Match(tt.input, tt.startat)
		got, idx := "", 0
		if m != nil {
			got, idx = m.Groups[0].Value, m.Groups[0].Index
		}
		if got != tt.want || idx != tt.index {
			t.Errorf("Regex(%q).Match(%q, %d) = %q@%d, want %q@%d", tt.pattern, tt.input, tt.startat, got, idx, tt.want, tt.index)
		}
	}
}
