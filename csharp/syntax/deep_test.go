package syntax

import (
	"strings"
	"testing"
	"time"
)

// Deeply nested or very long input must give CS8078, not a stack overflow.
func TestDeepNesting(t *testing.T) {
	if testing.Short() {
		t.Skip("slow with -short")
	}
	const n = 20000
	tests := map[string]string{
		"parens":   "class C { int x = " + strings.Repeat("(", n) + "1" + strings.Repeat(")", n) + "; }",
		"blocks":   "class C { void M() " + strings.Repeat("{", n) + strings.Repeat("}", n) + " }",
		"generics": "class C { " + strings.Repeat("A<", n) + "int" + strings.Repeat(">", n) + " x; }",
		"exprgen":  "class C { int x = a" + strings.Repeat("<a", n) + "; }",
		"condacc":  "class C { int x = a" + strings.Repeat("?.a", n) + "; }",
		"sum":      "class C { int x = 1" + strings.Repeat("+1", n) + "; }",
		"interp":   "class C { string s = " + strings.Repeat(`$"{`, n) + "; }",
		"lambdas":  "class C { F f = " + strings.Repeat("x => ", n) + "x; }",
		"unary":    "class C { int x = " + strings.Repeat("-", n) + "1; }",
		"desig":    "class C { void M() { var " + strings.Repeat("(", n) + "a" + strings.Repeat(")", n) + " = t; } }",
		"pattern":  "class C { bool b = x is " + strings.Repeat("(", n) + "1" + strings.Repeat(")", n) + "; }",
		"inactive": strings.Repeat("#if X\n#endif\n", n) + "class C { }",
	}
	for name, src := range tests {
		start := time.Now()
		_, err := ParseFile(name+".cs", []byte(src))
		if d := time.Since(start); testing.Verbose() {
			t.Logf("%s: %v", name, d)
		}
		if name == "inactive" {
			if err != nil {
				t.Errorf("%s: %v", name, err)
			}
			continue
		}
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		if !strings.Contains(err.Error(), "CS8078") {
			t.Errorf("%s: want CS8078, got %.300s", name, err)
		}
	}
}
