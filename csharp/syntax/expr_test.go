package syntax

import "testing"

// formatFull prints an expression with every operator parenthesised.
func formatFull(x Expr) string {
	pr := printer{full: true}
	pr.expr(x)
	return pr.b.String()
}

// Reference: ECMA-334 §12.4.2 (precedence), §12.9.7 (casts), §6.2.5
// (grammar ambiguities: generic '<'); Roslyn for the C# 7+ additions.
func TestExprPrecedenceAndAmbiguities(t *testing.T) {
	tests := []struct{ src, want string }{
		{"a + b * c", "(a + (b * c))"},
		{"a - b - c", "((a - b) - c)"},
		{"a = b = c", "(a = (b = c))"},
		{"a ?? b ?? c", "(a ?? (b ?? c))"},
		{"a || b && c | d ^ e & f == g < h << i + j * k", "(a || (b && (c | (d ^ (e & (f == (g < (h << (i + (j * k))))))))))"},
		{"a ? b : c ? d : e", "(a ? b : (c ? d : e))"},
		{"-a.b", "(-a.b)"},
		{"!a()", "(!a())"},
		{"a++ + ++b", "((a++) + (++b))"},
		{"x >> 1", "(x >> 1)"},
		{"x >>> 1", "(x >>> 1)"},
		{"x >>= 1", "(x >>= 1)"},
		{"x > > 1", "(x > /* bad expression */)"},
		{"a < b", "(a < b)"},
		{"a < b > c", "((a < b) > c)"},
		{"F(a < b, c > d)", "F((a < b), (c > d))"},
		{"F(a < b, c > (d))", "F(a<b, c>(d))"},
		{"F<int>(x)", "F<int>(x)"},
		{"a.F<List<int>>()", "a.F<List<int>>()"},
		{"x is List<int> ? 1 : 2", "((x is List<int>) ? 1 : 2)"},
		{"(int)x", "((int)x)"},
		{"(int)-x", "((int)(-x))"},
		{"(a)-x", "((a) - x)"},
		{"(a)+x", "((a) + x)"},
		{"(a)x", "((a)x)"},
		{"(a)(x)", "((a)(x))"},
		{"(a.B)!x", "((a.B)(!x))"},
		{"(A<B>)x", "((A<B>)x)"},
		{"(int?)x", "((int?)x)"},
		{"(int[])x", "((int[])x)"},
		{"(x)", "(x)"},
		{"(x, y)", "(x, y)"},
		{"(x) => x", "((x) => x)"},
		{"x => y => x + y", "(x => (y => (x + y)))"},
		{"async x => await x", "(async x => (await x))"},
		{"a ?? (x => x)", "(a ?? ((x => x)))"},
		{"a is int ? b : c", "((a is int) ? b : c)"},
		{"a as int? ?? 0", "((a as int?) ?? 0)"},
		{"a is null or 1", "(a is null or 1)"},
		{"a is > 1 and < 5", "(a is > 1 and < 5)"},
		{"a is not null && b", "((a is not null) && b)"},
		{"a switch { _ => 1 } + 2", "((a switch { _ => 1 }) + 2)"},
		{"-a switch { _ => 1 }", "((-a) switch { _ => 1 })"},
		{"a..b", "(a..b)"},
		{"..^1", "(..(^1))"},
		{"a?.b.c", "(a?.b.c)"},
		{"a?.b?.c", "(a?(.b?.c))"},
		{"a?[0]", "(a?[0])"},
		{"c ? [1] : [2]", "(c ? [1] : [2])"},
		{"x = y ?? throw new E()", "(x = (y ?? (throw new E())))"},
		{"await a + b", "((await a) + b)"},
		{"a * b switch { _ => 1 }", "(a * (b switch { _ => 1 }))"},
		{"p with { X = 1 } with { Y = 2 }", "((p with { (X = 1) }) with { (Y = 2) })"},
		{"new int[] { 1 }[0]", "new int[] { 1 }[0]"},
		{"typeof(int).Name", "typeof(int).Name"},
		{"int.MaxValue", "int.MaxValue"},
		{"x is int[] a", "(x is int[] a)"},
		{"global::A.B", "global::A.B"},
		{"default(int) + default", "(default(int) + default)"},
		{"from x in xs where x > 1 select x", "from x in xs where (x > 1) select x"},
	}
	for _, tt := range tests {
		x, err := ParseExpr(tt.src)
		got := formatFull(x)
		if tt.src == "x > > 1" {
			if err == nil {
				t.Errorf("%s: no error", tt.src)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tt.src, err)
			continue
		}
		if got != tt.want {
			t.Errorf("%s\n got %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

func TestParseType(t *testing.T) {
	tests := []struct{ src, want string }{
		{"int", "int"},
		{"int?[][,]", "int?[][,]"},
		{"Dictionary<string, List<int>>", "Dictionary<string, List<int>>"},
		{"(int a, string)", "(int a, string)"},
		{"global::System.String", "global::System.String"},
		{"List<>", "List<>"},
		{"Dictionary<,>", "Dictionary<,>"},
		{"A<B>.C<D>", "A<B>.C<D>"},
	}
	for _, tt := range tests {
		x, err := ParseType(tt.src)
		if err != nil {
			t.Errorf("%s: %v", tt.src, err)
			continue
		}
		if got := Format(x); got != tt.want {
			t.Errorf("%s: got %s", tt.src, got)
		}
	}
	// int[][,] is an array (rank 1) of two-dimensional arrays.
	x, _ := ParseType("int[][,]")
	if a := x.(*ArrayType); a.Rank != 1 || a.Elem.(*ArrayType).Rank != 2 {
		t.Errorf("int[][,]: got %s", Dump(x))
	}
}
