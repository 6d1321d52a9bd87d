package check_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"rpbench/csharp/syntax"
)

// declRE matches a whole-line local declaration with a simple type and one
// initializer: "int x = e;".
var declRE = regexp.MustCompile(`(?m)^([ \t]*)(int|long|string|bool|double|char|decimal) ([a-z][A-Za-z0-9]*) = ([^;{}\n]+);[ \t]*$`)

// TestFlowMutations checks the definite-assignment pass on the corpus. Each
// "T x = e;" line of a program that checks clean is mutated:
//
//   - split into "T x; x = e;" and into "T x;" followed by a statement that
//     surely assigns x (both branches of an if, a try, every switch section,
//     a loop left by break, ...): still valid C#, so the checker must report
//     nothing (a false error is the worst outcome);
//   - cut to "T x;": when x is read later, the checker should report CS0165
//     (or the unused-variable warnings when it is not); the share caught is
//     logged and must stay above 90%.
func TestFlowMutations(t *testing.T) {
	names, _ := filepath.Glob("../testdata/programs/*.cs")
	if len(names) == 0 {
		t.Skip("no corpus")
	}
	u := universe(t)
	errorsOf := func(name, src string) []string {
		f, err := syntax.ParseFile(name, []byte(src))
		if err != nil {
			return []string{"parse: " + err.Error()}
		}
		var out []string
		for _, d := range u.Check(f) {
			if d.Severity == syntax.SevError {
				out = append(out, d.String())
			}
		}
		return out
	}
	split, cut, caught := 0, 0, 0
	var missed []string
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		src := string(b)
		base := filepath.Base(n)
		if len(errorsOf(base, src)) > 0 {
			continue
		}
		// the local declarations that are statements of a block or a switch section
		f, _ := syntax.ParseFile(base, b)
		stmtAt := map[int]bool{}
		addList := func(list []syntax.Stmt) {
			for _, st := range list {
				if d, ok := st.(*syntax.LocalDeclStmt); ok && len(d.Vars) == 1 && d.Mods.Flags == 0 && !d.Using {
					stmtAt[int(d.At.Offset)] = true
				}
			}
		}
		syntax.Inspect(f, func(nd syntax.Node) bool {
			switch x := nd.(type) {
			case *syntax.BlockStmt:
				addList(x.Stmts)
			case *syntax.SwitchSection:
				addList(x.Stmts)
			}
			return true
		})
		for _, m := range declRE.FindAllStringSubmatchIndex(src, -1) {
			indent, typ, name, init := src[m[2]:m[3]], src[m[4]:m[5]], src[m[6]:m[7]], src[m[8]:m[9]]
			head, tail := src[:m[0]], src[m[1]:]
			if !stmtAt[m[3]] {
				continue // a field, a for initializer, several declarators...
			}
			set := name + " = " + init + ";"
			shapes := []string{set}
			if !strings.Contains(init, "out ") && !strings.Contains(init, " is ") {
				shapes = append(shapes,
					`if ("a".Length > 0) { `+set+` } else `+set,
					`try { `+set+` } finally { }`,
					`switch ("a".Length) { case 1: `+set+` break; default: `+set+` break; }`,
					`do { `+set+` } while (false);`,
					`for (;;) { `+set+` break; }`,
					`while (true) { if ("a".Length > 5) continue; `+set+` break; }`,
					`if (!("a".Length > 0)) throw new System.Exception(); else `+set,
				)
			}
			for _, sh := range shapes {
				mut := head + indent + typ + " " + name + "; " + sh + tail
				split++
				if errs := errorsOf(base, mut); len(errs) > 0 {
					t.Errorf("%s: %q as %q gives %v", base, src[m[0]:m[1]], sh, errs)
				}
			}
			mut := head + indent + typ + " " + name + ";" + tail
			f, err := syntax.ParseFile(base, []byte(mut))
			if err != nil {
				continue
			}
			cut++
			found := false
			for _, d := range u.Check(f) {
				if strings.Contains(d.Msg, "'"+name+"'") && (d.Code == "CS0165" || d.Code == "CS0168" || d.Code == "CS0219") {
					found = true
				}
			}
			if found {
				caught++
			} else {
				missed = append(missed, base+": "+strings.TrimSpace(src[m[0]:m[1]]))
			}
		}
	}
	t.Logf("split declarations checked clean: %d; cut initializers caught: %d of %d", split, caught, cut)
	if split == 0 {
		t.Error("no declaration to split")
	}
	if len(missed) > 0 {
		t.Logf("missed:\n%s", strings.Join(missed, "\n"))
	}
	if cut > 0 && caught*100 < cut*90 {
		t.Errorf("only %d of %d cut initializers caught", caught, cut)
	}
}

// TestPragmaWarning checks that #pragma warning disable/restore turn the
// checker's warnings off and on again, by number or code, for some or all.
func TestPragmaWarning(t *testing.T) {
	src := `class P
{
    static int M(int x)
    {
        return x;
#pragma warning disable 162
        System.Console.WriteLine(x);
#pragma warning restore 162
    }
    static int N(int x)
    {
        return x;
#pragma warning disable CS0168, CS0219 // not CS0162
        System.Console.WriteLine(x);
        int unused;
#pragma warning disable
        int b = 1;
#pragma warning restore
        int c = 2;
    }
}
`
	var got []string
	for _, d := range checkSrc(t, "p.cs", []byte(src)) {
		got = append(got, fmt.Sprintf("%d:%s", d.Pos.Line, d.Code))
	}
	want := "14:CS0162 19:CS0219"
	if strings.Join(got, " ") != want {
		t.Errorf("got %v, want %s", got, want)
	}
}

// TestNoFlowCascades deletes each token of the parking sample in turn: a
// file that no longer parses must not get errors from the flow pass (they
// would be cascades of the syntax error).
func TestNoFlowCascades(t *testing.T) {
	src, err := os.ReadFile("../../scripts/ParkingRoutePointSample.cs")
	if err != nil {
		t.Skip(err)
	}
	word := func(b byte) bool {
		return b == '_' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
	}
	flowCodes := map[string]bool{"CS0165": true, "CS0170": true, "CS0177": true, "CS0269": true, "CS0131": true,
		"CS1059": true, "CS1510": true, "CS0156": true, "CS0724": true, "RP0005": true}
	mutants := 0
	for i := 0; i < len(src); i++ {
		if c := src[i]; c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			continue
		}
		j := i + 1
		if word(src[i]) {
			for j < len(src) && word(src[j]) {
				j++
			}
		}
		mut := append(append([]byte{}, src[:i]...), src[j:]...)
		gone := string(src[i:j])
		i = j - 1
		f, perr := syntax.ParseFile("p.cs", mut)
		if perr == nil {
			continue
		}
		mutants++
		for _, d := range universe(t).Check(f) {
			if flowCodes[d.Code] {
				t.Errorf("deleting %q at offset %d: %v", gone, j-len(gone), d)
			}
		}
	}
	if mutants == 0 {
		t.Error("no mutant failed to parse")
	}
}
