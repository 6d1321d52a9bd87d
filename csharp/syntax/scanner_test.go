package syntax

import (
	"strings"
	"testing"
)

// scanString scans src and returns "TOKEN" or "TOKEN:text" per token
// (without EOF), and the diagnostics.
func scanString(src string) (string, Diagnostics) {
	d := newDiagSink()
	s := newScanner("t.cs", []byte(src), d)
	s.scanAll()
	var parts []string
	for _, t := range s.toks {
		if t.tok == EOF {
			break
		}
		switch t.tok {
		case IDENT:
			name := "IDENT:" + t.text
			if t.verbatim {
				name += "@"
			}
			parts = append(parts, name)
		case INT, REAL, CHAR, STRING:
			v := t.lit.Value
			if t.tok == INT {
				v = itoa(int(t.lit.Int))
			}
			parts = append(parts, t.tok.String()+":"+v+t.lit.Suffix)
		case INTERP:
			var segs []string
			for _, sg := range t.interp.segs {
				if sg.hole {
					h := "{" + string(s.src[sg.expr.start:sg.expr.end])
					if sg.align.ok {
						h += "," + string(s.src[sg.align.start:sg.align.end])
					}
					if sg.hasFmt {
						h += ":" + sg.format
					}
					segs = append(segs, h+"}")
				} else {
					segs = append(segs, sg.text)
				}
			}
			parts = append(parts, "INTERP:"+strings.Join(segs, "|"))
		default:
			parts = append(parts, t.tok.String())
		}
	}
	return strings.Join(parts, " "), d.list
}

func TestScanner(t *testing.T) {
	tests := []struct {
		src  string
		want string
	}{
		{"", ""},
		{"a _b c1 @class \\u0061bc été", "IDENT:a IDENT:_b IDENT:c1 IDENT:class@ IDENT:abc IDENT:été"},
		{"class var async", "class IDENT:var IDENT:async"},
		{"{ } ( ) [ ] . , : ; :: ..", "{ } ( ) [ ] . , : ; :: .."},
		{"+ - * / % & | ^ ! ~ = < > ?", "+ - * / % & | ^ ! ~ = < > ?"},
		{"++ -- && || -> == != <= >= => ?? ??= ?.", "++ -- && || -> == != <= >= => ?? ??= ?."},
		{"+= -= *= /= %= &= |= ^= << <<=", "+= -= *= /= %= &= |= ^= << <<="},
		{">> >>= >>>", "> > > >= > > >"}, // the parser combines adjacent '>'
		{"a?.5:b", "IDENT:a ? real literal:.5 : IDENT:b"},
		{"0 123 0x1F 0X1f 0b101 1_000 10L 10u 10UL 10lu", "integer literal:0 integer literal:123 integer literal:31 integer literal:31 integer literal:5 integer literal:1000 integer literal:10L integer literal:10U integer literal:10UL integer literal:10UL"},
		{"1.5 .5 1e3 1.5E-3 2f 3m 4D 1_0.2_5", "real literal:1.5 real literal:.5 real literal:1e3 real literal:1.5e-3 real literal:2F real literal:3M real literal:4D real literal:10.25"},
		{"1.ToString()", "integer literal:1 . IDENT:ToString ( )"},
		{"18446744073709551615", "integer literal:-1"},
		{`'a' '\n' '\'' '\u0041' '\x41' '\\'`, "character literal:a character literal:\n character literal:' character literal:A character literal:A character literal:\\"},
		{`'\uD83D'`, "character literal:\xed\xa0\xbd"},
		{`"a\tb" "q\"q" "\U0001F600"`, "string literal:a\tb string literal:q\"q string literal:\U0001F600"},
		{`@"a\b""c"`, `string literal:a\b"c`},
		{"@\"line1\nline2\"", "string literal:line1\nline2"},
		{`"x"u8`, "string literal:x"},
		{`"""raw "q" """`, `string literal:raw "q" `},
		{"\"\"\"\n    a\n      b\n    \"\"\"", "string literal:a\n  b"},
		{`$"a{b}c"`, "INTERP:a|{b}|c"},
		{`$"{x,5:F2}{{}}{y:yyyy-MM-dd HH:mm}"`, "INTERP:{x,5:F2}|{}|{y:yyyy-MM-dd HH:mm}"},
		{`$"{(a ? b : c)}{f("s}")}"`, `INTERP:{(a ? b : c)}|{f("s}")}`},
		{`$@"{a}""\n"`, `INTERP:{a}|"\n`},
		{`$$"""{"k": {{v}}}"""`, `INTERP:{"k": |{v}|}`},
		{`$"{global::A.B}"`, "INTERP:{global::A.B}"},
		{"a // comment\nb /* c */ c /// doc\nd", "IDENT:a IDENT:b IDENT:c IDENT:d"},
		{"#if X\na\n#elif Y\nb\n#else\nc\n#endif", "IDENT:c"},
		{"#define X\n#if X\na\n#endif", "IDENT:a"},
		{"#define X\n#if !X || (X && false)\na\n#else\nb\n#endif", "IDENT:b"},
		{"#if A\n#if B\nx\n#else\ny\n#endif\n#else\nz\n#endif", "IDENT:z"},
		{"#region r\na\n#endregion\n#pragma warning disable CS0168\n#nullable enable\nb", "IDENT:a IDENT:b"},
		{"\ufeffa", "IDENT:a"},
	}
	for _, tt := range tests {
		got, diags := scanString(tt.src)
		if got != tt.want {
			t.Errorf("scan %q:\n got %q\nwant %q", tt.src, got, tt.want)
		}
		if len(diags) > 0 {
			t.Errorf("scan %q: unexpected errors:\n%v", tt.src, diags)
		}
	}
}

func TestScannerErrors(t *testing.T) {
	tests := []struct {
		src  string
		want string // "code@line:col" list
	}{
		{`"abc`, "CS1010@1:1"},
		{"'ab'", "CS1012@1:1"},
		{"''", "CS1011@1:1"},
		{`'\U0001F600'`, "CS1012@1:1"},
		{`"\q"`, "CS1009@1:2"},
		{"a ` b", "CS1056@1:3"},
		{"/* x", "CS1035@1:1"},
		{"@\"abc", "CS1039@1:1"},
		{"99999999999999999999", "CS1021@1:1"},
		{"1e999", "CS0594@1:1"},
		{"a #if X", "CS1040@1:3"},
		{"#if X\na", "CS1027@2:2"},
		{"#endif", "CS1028@1:1"},
		{"#bogus", "CS1024@1:1"},
		{"#error stop here", "CS1029@1:1"},
		{"#if (X\n#endif", "CS1026@1:7"},
		{"#if X Y\n#endif", "CS1025@1:7"},
		{"#nullable bogus", "CS8637@1:11"},
		{"#nullable disable x", "CS1696@1:19"},
		{"a\n#define X", "CS1032@2:1"},
		{"#region\n", "CS1038@2:1"},
		{`$"a}"`, "CS8087@1:4"},
		{`$"{a"`, "CS8076@1:1"},
		{"$\"{a:x\" + b", "CS8076@1:1"},
		{"\"\"\"a", "CS8997@1:1"},
		{"\"\"\"\n  a\n b\n  \"\"\"", "CS8999@3:1"},
		{"\"\"\"\n  a\n  x\"\"\"", "CS9000@1:1"},
	}
	for _, tt := range tests {
		_, diags := scanString(tt.src)
		var got []string
		for _, d := range diags {
			got = append(got, d.Code+"@"+itoa(int(d.Pos.Line))+":"+itoa(int(d.Pos.Col)))
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("scan %q: got %v, want %s\n%v", tt.src, got, tt.want, diags)
		}
	}
}

func TestScannerPositions(t *testing.T) {
	d := newDiagSink()
	s := newScanner("p.cs", []byte("a\r\n  bé c\n\td\n#line 100 \"x.cs\"\ne\n#line default\nf"), d)
	s.scanAll()
	want := []string{"p.cs(1,1)", "p.cs(2,3)", "p.cs(2,6)", "p.cs(3,2)", "x.cs(100,1)", "p.cs(7,1)"}
	for i, w := range want {
		if got := s.toks[i].pos.String(); got != w {
			t.Errorf("token %d (%s): pos %s, want %s", i, s.toks[i].text, got, w)
		}
	}
	if off := s.toks[2].pos.Offset; off != 9 {
		t.Errorf("offset of c = %d, want 9", off)
	}
	if len(d.list) != 0 {
		t.Error(d.list)
	}
}

func TestDocComments(t *testing.T) {
	f, err := ParseFile("d.cs", []byte("/// <summary>\n/// Hi.\n/// </summary>\nclass C { /** M */ void M() { } }"))
	if err != nil {
		t.Fatal(err)
	}
	td := f.Decls[0].(*TypeDecl)
	if td.Doc == nil || td.Doc.Text != "/// <summary>\n/// Hi.\n/// </summary>" {
		t.Errorf("class doc = %#v", td.Doc)
	}
	if m := td.Members[0].(*MethodDecl); m.Doc == nil || m.Doc.Text != "/** M */" {
		t.Errorf("method doc = %#v", m.Doc)
	}
	if len(f.Comments) != 4 {
		t.Errorf("got %d comments, want 4", len(f.Comments))
	}
}

func TestParseFileDefines(t *testing.T) {
	src := []byte("#if DEBUG\nclass D { }\n#else\nclass R { }\n#endif\n")
	f, err := ParseFileDefines("d.cs", src, []string{"DEBUG"})
	if err != nil || f.Decls[0].(*TypeDecl).Name.Name != "D" {
		t.Errorf("with DEBUG: %v %v", err, Format(f))
	}
	f, err = ParseFile("d.cs", src)
	if err != nil || f.Decls[0].(*TypeDecl).Name.Name != "R" {
		t.Errorf("without: %v %v", err, Format(f))
	}
}
