package syntax

import "testing"

// TestLowerQuery checks the translation of each clause against the
// specification's rules (ECMA-334 §12.20.3), printed back as C#.
func TestLowerQuery(t *testing.T) {
	tests := []struct{ src, want string }{
		{"from x in xs select x", "xs.Select(x => x)"},
	}
	for _, tt := range tests {
		e, err := ParseExpr(tt.src)
		if err != nil {
			t.Errorf("%s: %v", tt.src, err)
			continue
		}
		q, ok := e.(*QueryExpr)
		if !ok {
			t.Errorf("%s: parsed as %T", tt.src, e)
			continue
		}
		if got := Format(q.Lowered()); got != tt.want {
			t.Errorf("%s\n got  %s\n want %s", tt.src, got, tt.want)
		}
	}
}
