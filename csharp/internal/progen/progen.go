// Package progen generates random, valid, terminating and deterministic C# 7
// console programs for differential testing of the interpreter against a real
// C# compiler and runtime (Mono), in the spirit of Csmith. A program is a
// namespace holding one class Prog whose static Run method is a list of
// independent chunks; each chunk reads and writes the program's static fields
// and prints what it computed, so deleting chunks (minimisation) keeps the
// program valid.
package progen

import (
	"fmt"
	"math/rand"
	"regexp"
	"strings"
)

// Program is one generated program.
type Program struct {
	NS     string   // namespace that holds class Prog
	Header string   // static fields, helper methods and types (inside namespace NS)
	Chunks []string // statements of Prog.Run, each self-contained
}

// Source returns the program as a namespace declaration plus, when withMain,
// a class with a Main that calls Run and prints an exception that escapes it.
func (p *Program) Source(withMain bool) string {
	var b strings.Builder
	if withMain {
		b.WriteString("using System;\nusing System.Text;\nusing System.Collections.Generic;\n\n")
	}
	b.WriteString(p.Body())
	if withMain {
		fmt.Fprintf(&b, "class MainClass\n{\n    static void Main()\n    {\n        %s\n    }\n}\n", p.Call())
	}
	return b.String()
}

// Call is the statement that runs the program and prints an escaping exception.
func (p *Program) Call() string {
	return fmt.Sprintf("try { %s.Prog.Run(); } catch (Exception e) { Console.WriteLine(\"escaped \" + e.GetType().Name); }", p.NS)
}

// Body is the namespace declaration without using directives or Main.
func (p *Program) Body() string {
	var b strings.Builder
	fmt.Fprintf(&b, "namespace %s\n{\n%s", p.NS, p.Header)
	b.WriteString("    static partial class Prog\n    {\n        public static void Run()\n        {\n")
	for _, c := range p.Chunks {
		for _, line := range strings.Split(c, "\n") {
			b.WriteString("            " + line + "\n")
		}
	}
	b.WriteString("        }\n    }\n}\n")
	return b.String()
}

// Batch returns one source holding every program and a Main that runs them in
// order, printing "##NS" before each program's output.
func Batch(ps []*Program) string {
	var b strings.Builder
	b.WriteString("using System;\nusing System.Text;\nusing System.Collections.Generic;\n\n")
	for _, p := range ps {
		b.WriteString(p.Body())
	}
	b.WriteString("class MainClass\n{\n    static void Main()\n    {\n")
	for _, p := range ps {
		fmt.Fprintf(&b, "        Console.WriteLine(\"##%s\");\n        %s\n", p.NS, p.Call())
	}
	b.WriteString("    }\n}\n")
	return b.String()
}

// typ is a C# type the generator knows.
type typ string

const (
	tInt     typ = "int"
	tLong    typ = "long"
	tUint    typ = "uint"
	tUlong   typ = "ulong"
	tShort   typ = "short"
	tByte    typ = "byte"
	tChar    typ = "char"
	tDouble  typ = "double"
	tFloat   typ = "float"
	tDecimal typ = "decimal"
	tBool    typ = "bool"
	tString  typ = "string"
)

var numeric = []typ{tInt, tLong, tUint, tUlong, tShort, tByte, tChar, tDouble, tFloat, tDecimal}
var allTypes = append(append([]typ{}, numeric...), tBool, tString)

func isIntegral(t typ) bool {
	switch t {
	case tInt, tLong, tUint, tUlong, tShort, tByte, tChar:
		return true
	}
	return false
}

func isSmall(t typ) bool { return t == tShort || t == tByte || t == tChar }

// gen holds the state of one program's generation.
type gen struct {
	r     *rand.Rand
	vars  map[typ][]string // static fields by type
	n     int              // counter for unique names and labels
	depth int
}

// Generate makes the program for seed.
func Generate(seed int64) *Program {
	g := &gen{r: rand.New(rand.NewSource(seed)), vars: map[typ][]string{}}
	p := &Program{NS: fmt.Sprintf("G%d", seed)}
	var h strings.Builder
	h.WriteString("    static partial class Prog\n    {\n")
	for _, t := range allTypes {
		k := 2 + g.r.Intn(2)
		for i := 0; i < k; i++ {
			name := fmt.Sprintf("%s%c%d", t[:1], t[len(t)-1], i)
			g.vars[t] = append(g.vars[t], name)
			fmt.Fprintf(&h, "        static %s %s = %s;\n", t, name, g.literal(t))
		}
	}
	fmt.Fprintf(&h, "        static int[] arr = { %s, %s, %s, %s };\n", g.literal(tInt), g.literal(tInt), g.literal(tInt), g.literal(tInt))
	fmt.Fprintf(&h, "        static long[] larr = { %s, %s, %s, %s };\n", g.literal(tLong), g.literal(tLong), g.literal(tLong), g.literal(tLong))
	h.WriteString(helpers)
	h.WriteString("    }\n")
	h.WriteString(g.hierarchy())
	p.Header = h.String()
	nchunks := 12 + g.r.Intn(12)
	for i := 0; i < nchunks; i++ {
		p.Chunks = append(p.Chunks, g.chunk(i))
	}
	return p
}

// helpers are the fixed helper members of every Prog.
const helpers = `        static T Tr<T>(T v, string tag) { Console.WriteLine("  tr " + tag + " " + S(v)); return v; }
        static string S(object o) { if (o is double) return D((double)o); if (o is float) return D((float)o); if (o is decimal) return M((decimal)o); return o.ToString(); }
        static string D(double d) { return d == 0 ? "0" : double.IsInfinity(d) ? (d > 0 ? "Inf" : "-Inf") : d.ToString("E12"); }
        static string M(decimal d) { return d.ToString("0.####################"); }
        static string F(double d, string f) { return double.IsInfinity(d) ? "Inf" : Math.Abs(d) >= 1e15 ? D(d) : Math.Abs(d).ToString(f); }
        static bool B(bool v, string tag) { Console.WriteLine("  b " + tag + " " + v); return v; }
        static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }
        static bool TryDiv(int a, int b, out int q, out int r) { if (b == 0 || b == -1) { q = 0; r = 0; return false; } q = a / b; r = a % b; return true; }
        static void Bump(ref int x, int by) { x += by; }
        static int P { get; set; }
        static long LP { get { return lp; } set { Console.WriteLine("  set LP " + value); lp = value; } }
        static long lp;
        static string Show(double d) { return D(d) + "|" + (d == 0 || double.IsInfinity(d) ? D(d) : d.ToString("G17")) + "|" + F(d, "F2") + "|" + F(d, "E3"); }
        static string ShowM(decimal d) { return d.ToString() + "|" + d.ToString("F2") + "|" + d.ToString("N"); }
        struct SV { public int A; public string S; public void Inc() { A++; } }
        class CV { public int A; public string S; public void Inc() { A++; } }
`

// literal returns a random literal of type t (always in range, so no constant errors).
func (g *gen) literal(t typ) string {
	r := g.r
	ints := []int64{0, 1, -1, 2, 3, 7, -7, 10, 100, -100, 255, 256, 1000, 65535, 32767, -32768, 2147483647, -2147483648, 123456789, -987654321}
	pick := func() int64 { return ints[r.Intn(len(ints))] }
	switch t {
	case tInt:
		return fmt.Sprint(pick())
	case tLong:
		ls := []string{"0L", "1L", "-1L", "9223372036854775807L", "-9223372036854775808L", "4294967296L", "-5000000000L", "123456789012L"}
		if r.Intn(2) == 0 {
			return fmt.Sprintf("%dL", pick())
		}
		return ls[r.Intn(len(ls))]
	case tUint:
		us := []string{"0u", "1u", "7u", "4294967295u", "2147483648u", "1000u", "65536u"}
		return us[r.Intn(len(us))]
	case tUlong:
		us := []string{"0UL", "1UL", "18446744073709551615UL", "9223372036854775808UL", "12345UL", "4294967296UL"}
		return us[r.Intn(len(us))]
	case tShort:
		ss := []string{"0", "1", "-1", "32767", "-32768", "300", "-300", "12"}
		return ss[r.Intn(len(ss))]
	case tByte:
		bs := []string{"0", "1", "255", "128", "127", "16", "200"}
		return bs[r.Intn(len(bs))]
	case tChar:
		cs := []string{"'a'", "'Z'", "'0'", "' '", "'\\u00e9'", "'\\uffff'", "'\\0'", "'~'"}
		return cs[r.Intn(len(cs))]
	case tDouble:
		ds := []string{"0.0", "-0.0", "1.5", "-2.5", "0.1", "1e10", "3.14159", "1e-7", "123456.789", "2147483648.0", "-1e300", "0.3", "2.5", "1.0/3"}
		return ds[r.Intn(len(ds))]
	case tFloat:
		fs := []string{"0f", "1.5f", "-2.25f", "0.1f", "3e9f", "16777217f", "0.5f"}
		return fs[r.Intn(len(fs))]
	case tDecimal:
		ms := []string{"0m", "1m", "-1m", "0.1m", "1.50m", "12345.6789m", "-0.005m", "79228162514264337593543950335m", "2.5m", "3.5m", "100m"}
		return ms[r.Intn(len(ms))]
	case tBool:
		if r.Intn(2) == 0 {
			return "true"
		}
		return "false"
	case tString:
		ss := []string{`""`, `"abc"`, `"Hello, World"`, `" pad "`, `"a,b,,c"`, `"xyzzy"`, `"AbC"`, `"42"`}
		return ss[r.Intn(len(ss))]
	}
	panic("literal " + t)
}

func (g *gen) v(t typ) string { vs := g.vars[t]; return vs[g.r.Intn(len(vs))] }

func (g *gen) tag() string { g.n++; return fmt.Sprint(g.n) }

// expr returns an expression of exactly type t.
func (g *gen) expr(t typ, depth int) string {
	r := g.r
	if depth <= 0 || r.Intn(4) == 0 {
		return g.leaf(t)
	}
	d := depth - 1
	switch t {
	case tBool:
		switch r.Intn(7) {
		case 0:
			u := numeric[r.Intn(len(numeric))]
			ops := []string{"<", "<=", ">", ">=", "==", "!="}
			return fmt.Sprintf("(%s %s %s)", g.expr(u, d), ops[r.Intn(len(ops))], g.expr(u, d))
		case 1:
			return fmt.Sprintf("(%s && %s)", g.expr(tBool, d), g.expr(tBool, d))
		case 2:
			return fmt.Sprintf("(%s || %s)", g.expr(tBool, d), g.expr(tBool, d))
		case 3:
			return fmt.Sprintf("!%s", g.expr(tBool, d))
		case 4:
			return fmt.Sprintf("B(%s, \"%s\")", g.expr(tBool, d), g.tag())
		case 5:
			return fmt.Sprintf("(%s == %s)", g.expr(tString, d), g.expr(tString, d))
		default:
			ms := []string{"Contains", "StartsWith", "EndsWith"}
			return fmt.Sprintf("%s.%s(%s)", g.expr(tString, d), ms[r.Intn(3)], g.expr(tString, d))
		}
	case tString:
		switch r.Intn(11) {
		case 0, 1:
			u := allTypes[r.Intn(len(allTypes))]
			return fmt.Sprintf("(%s + \"/\" + %s)", g.expr(tString, d), g.str(u, g.expr(u, d)))
		case 2:
			ms := []string{"ToUpper()", "ToLower()", "Trim()", "TrimStart()", "TrimEnd()"}
			return fmt.Sprintf("%s.%s", g.expr(tString, d), ms[r.Intn(len(ms))])
		case 3:
			return fmt.Sprintf("%s.PadLeft(%s & 15, '*')", g.expr(tString, d), g.expr(tInt, d))
		case 4:
			return fmt.Sprintf("%s.Substring(%s & 3)", g.expr(tString, d), g.expr(tInt, d))
		case 5:
			return fmt.Sprintf("%s.Replace(\"%c\", %s)", g.expr(tString, d), "abc, "[r.Intn(5)], g.expr(tString, d))
		case 6:
			return fmt.Sprintf("string.Join(\"|\", %s.Split(','))", g.expr(tString, d))
		case 7:
			return g.format(d)
		case 8:
			return fmt.Sprintf("(%s ? %s : %s)", g.expr(tBool, d), g.expr(tString, d), g.expr(tString, d))
		case 9:
			return fmt.Sprintf("Tr(%s, \"%s\")", g.expr(tString, d), g.tag())
		default:
			u := allTypes[r.Intn(len(allTypes))]
			if u == tDouble || u == tFloat {
				return g.str(u, g.expr(u, d))
			}
			return fmt.Sprintf("%s.ToString()", g.paren(g.expr(u, d)))
		}
	}
	// numeric
	switch r.Intn(9) {
	case 0, 1, 2:
		return g.binary(t, d)
	case 3:
		return g.cast(t, d)
	case 4:
		return fmt.Sprintf("(%s ? %s : %s)", g.expr(tBool, d), g.expr(t, d), g.expr(t, d))
	case 5:
		return fmt.Sprintf("Tr(%s, \"%s\")", g.expr(t, d), g.tag())
	case 6:
		return g.math(t, d)
	case 7:
		if isIntegral(t) && !isSmall(t) {
			ops := []string{"<<", ">>"}
			return fmt.Sprintf("(%s %s %s)", g.expr(t, d), ops[r.Intn(2)], g.expr(tInt, d))
		}
		return g.binary(t, d)
	default:
		if t == tInt {
			switch r.Intn(4) {
			case 0:
				return fmt.Sprintf("%s.Length", g.expr(tString, d))
			case 1:
				return fmt.Sprintf("%s.IndexOf(%s)", g.expr(tString, d), g.expr(tString, d))
			case 2:
				return fmt.Sprintf("Math.Sign(string.CompareOrdinal(%s, %s))", g.expr(tString, d), g.expr(tString, d))
			default:
				return fmt.Sprintf("arr[%s & 3]", g.expr(tInt, d))
			}
		}
		if t == tLong && r.Intn(2) == 0 {
			return fmt.Sprintf("larr[%s & 3]", g.expr(tInt, d))
		}
		return g.leaf(t)
	}
}

// paren wraps s in parentheses unless it is a plain name or element access.
// str returns an expression that converts e of type t to a string the same way
// on Mono and .NET 8: doubles and floats go through D (Mono's default double
// formatting keeps 15 digits and drops the sign of negative zero).
func (g *gen) str(t typ, e string) string {
	if t == tDouble || t == tFloat {
		return "D(" + e + ")"
	}
	if t == tDecimal { // Mono's decimal quotients keep fewer digits and other scales than .NET's
		return "M(" + e + ")"
	}
	if t == tString || t == tBool || t == tChar {
		return e
	}
	return g.paren(e)
}

func (g *gen) paren(s string) string {
	if plain.MatchString(s) {
		return s
	}
	return "(" + s + ")"
}

var plain = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*(\[[0-9]\])?$`)

func (g *gen) leaf(t typ) string {
	switch g.r.Intn(8) {
	case 0:
		if t == tInt {
			return "P"
		}
	case 1:
		if t == tInt {
			return "arr[" + fmt.Sprint(g.r.Intn(4)) + "]"
		}
	}
	return g.v(t)
}

func (g *gen) binary(t typ, d int) string {
	r := g.r
	ops := []string{"+", "-", "*", "/", "%"}
	if t == tDecimal {
		ops = ops[:4] // Mono's decimal % keeps a different scale than .NET's
	}
	if isIntegral(t) {
		ops = append(ops, "&", "|", "^")
	}
	op := ops[r.Intn(len(ops))]
	e := fmt.Sprintf("(%s %s %s)", g.expr(t, d), op, g.expr(t, d))
	if isSmall(t) {
		return fmt.Sprintf("(%s)%s", t, e)
	}
	if r.Intn(6) == 0 && t != tUlong && t != tUint {
		return fmt.Sprintf("(-%s)", e)
	}
	if r.Intn(8) == 0 && isIntegral(t) {
		return fmt.Sprintf("(~%s)", e)
	}
	return e
}

// cast converts from a random other type. Unchecked float/double to unsigned
// conversions out of range are platform-specific in .NET and are avoided.
func (g *gen) cast(t typ, d int) string {
	u := numeric[g.r.Intn(len(numeric))]
	if (u == tDouble || u == tFloat) && (t == tUint || t == tUlong) {
		u = tInt
	}
	if (u == tDouble || u == tFloat) && t == tDecimal {
		return fmt.Sprintf("(decimal)Math.Round(%s, 3)", g.expr(tDouble, d))
	}
	if t == tUlong && (u == tInt || u == tLong || u == tShort) {
		// mcs compiles a checked (ulong) of a computed signed value without the
		// overflow check (Mono prints 4294967288 for checked((ulong)(a - 1)), a = -7)
		return fmt.Sprintf("(%s)%s", t, g.leaf(u))
	}
	return fmt.Sprintf("(%s)%s", t, g.paren(g.expr(u, d)))
}

func (g *gen) math(t typ, d int) string {
	r := g.r
	if t == tDouble && r.Intn(2) == 0 {
		fs := []string{"Math.Floor(%s)", "Math.Ceiling(%s)", "Math.Round(%s)", "Math.Round(%s, 2)", "Math.Truncate(%s)", "Math.Sqrt(%s)"}
		return fmt.Sprintf(fs[r.Intn(len(fs))], g.expr(tDouble, d))
	}
	switch t {
	case tInt, tLong, tDouble, tDecimal, tShort, tFloat:
		switch r.Intn(3) {
		case 0:
			if t == tShort {
				return fmt.Sprintf("(short)Math.Abs(%s)", g.expr(t, d))
			}
			return fmt.Sprintf("Math.Abs(%s)", g.expr(t, d))
		case 1:
			return fmt.Sprintf("Math.Max(%s, %s)", g.expr(t, d), g.expr(t, d))
		}
		return fmt.Sprintf("Math.Min(%s, %s)", g.expr(t, d), g.expr(t, d))
	case tUint, tUlong, tByte:
		return fmt.Sprintf("Math.Max(%s, %s)", g.expr(t, d), g.expr(t, d))
	}
	return g.leaf(t)
}

func (g *gen) format(d int) string {
	r := g.r
	switch r.Intn(4) {
	case 0:
		fs := []string{"F2", "E3", "N", "P", "F0", "0.00", "#,##0.0", "E10", "N3"}
		return fmt.Sprintf("F(%s, \"%s\")", g.expr(tDouble, d), fs[r.Intn(len(fs))])
	case 1:
		fs := []string{"F2", "N", "G", "0.###", "E3"}
		return fmt.Sprintf("%s.ToString(\"%s\")", g.paren(g.expr(tDecimal, d)), fs[r.Intn(len(fs))])
	case 2:
		fs := []string{"X", "x8", "D5", "N0", "G"}
		u := []typ{tInt, tLong, tUint, tByte, tShort}[r.Intn(5)]
		return fmt.Sprintf("%s.ToString(\"%s\")", g.paren(g.expr(u, d)), fs[r.Intn(len(fs))])
	}
	return fmt.Sprintf("Show(%s)", g.expr(tDouble, d))
}

// chunk returns one self-contained statement group.
func (g *gen) chunk(i int) string {
	r := g.r
	var body string
	switch r.Intn(12) {
	case 0:
		body = g.loop()
	case 1:
		body = g.switchStmt()
	case 2:
		body = g.refOut()
	case 3:
		body = g.copySemantics()
	case 4:
		body = g.lambdas()
	case 5:
		body = g.collections()
	case 6:
		body = g.virtualCalls()
	case 7:
		body = g.tryFinally()
	default:
		body = g.stmts(2 + r.Intn(4))
	}
	ctx := []string{"checked", "unchecked", ""}[r.Intn(3)]
	if ctx != "" && !strings.Contains(body, "=>") { // mcs does not apply checked to lambda bodies
		body = ctx + "\n{\n" + indent(body) + "\n}"
	}
	return fmt.Sprintf("Console.WriteLine(\"-- %d\");\ntry\n{\n%s\n}\ncatch (Exception e) { Console.WriteLine(\"caught \" + e.GetType().Name); }", i, indent(body))
}

func indent(s string) string {
	return "    " + strings.ReplaceAll(s, "\n", "\n    ")
}

// stmts returns n simple statements (assignments, compound assignments, prints).
func (g *gen) stmts(n int) string {
	var out []string
	for i := 0; i < n; i++ {
		out = append(out, g.simple())
	}
	return strings.Join(out, "\n")
}

func (g *gen) simple() string {
	r := g.r
	t := allTypes[r.Intn(len(allTypes))]
	target := g.v(t)
	switch r.Intn(8) {
	case 0:
		if t != tBool && t != tString {
			if r.Intn(2) == 0 {
				return fmt.Sprintf("Console.WriteLine(\"inc %s \" + %s + \" \" + %s);", target, g.str(t, target+"++"), g.str(t, "--"+target))
			}
			return fmt.Sprintf("Console.WriteLine(\"dec %s \" + %s + \" \" + %s);", target, g.str(t, "("+target+"--)"), g.str(t, "(++"+target+")"))
		}
	case 1:
		if t != tBool && t != tString {
			ops := []string{"+=", "-=", "*=", "/=", "%="}
			if t == tDecimal {
				ops = ops[:4]
			}
			if isIntegral(t) {
				ops = append(ops, "&=", "|=", "^=", "<<=", ">>=")
			}
			op := ops[r.Intn(len(ops))]
			rhs := t
			if op == "<<=" || op == ">>=" {
				rhs = tInt
			}
			return fmt.Sprintf("%s %s %s; Console.WriteLine(\"%s=\" + %s);", target, op, g.expr(rhs, 2), target, g.str(t, target))
		}
		if t == tString {
			u := allTypes[r.Intn(len(allTypes))]
			return fmt.Sprintf("%s += %s; Console.WriteLine(\"%s=\" + %s);", target, g.str(u, g.expr(u, 2)), target, target)
		}
	case 2:
		ops := []string{"+=", "-=", "*=", "^=", "<<="}
		return fmt.Sprintf("arr[%s & 3] %s %s; P += arr[1]; Console.WriteLine(\"arr \" + string.Join(\",\", arr) + \" P=\" + P);", g.expr(tInt, 1), ops[r.Intn(len(ops))], g.expr(tInt, 2))
	case 3:
		return fmt.Sprintf("LP += %s; LP++; larr[%d] -= LP; Console.WriteLine(\"LP \" + LP + \" \" + larr[%d]);", g.expr(tLong, 2), r.Intn(4), r.Intn(4))
	case 4:
		u := allTypes[r.Intn(len(allTypes))]
		return fmt.Sprintf("Console.WriteLine(\"e%s \" + %s);", g.tag(), g.str(u, g.expr(u, 3)))
	}
	return fmt.Sprintf("%s = %s; Console.WriteLine(\"%s=\" + %s);", target, g.expr(t, 3), target, g.str(t, target))
}

func (g *gen) loop() string {
	r := g.r
	i := "i" + g.tag()
	n := 2 + r.Intn(5)
	var b strings.Builder
	switch r.Intn(3) {
	case 0:
		fmt.Fprintf(&b, "for (int %s = 0; %s < %d; %s++)\n{\n", i, i, n, i)
	case 1:
		fmt.Fprintf(&b, "int %s = %d;\nwhile (%s-- > 0)\n{\n", i, n, i)
	default:
		fmt.Fprintf(&b, "int %s = 0;\ndo\n{\n    %s++;\n", i, i)
	}
	fmt.Fprintf(&b, "    if (%s %% 3 == 1) { Console.WriteLine(\"skip \" + %s); continue; }\n", i, i)
	b.WriteString(indent(g.stmts(1+r.Intn(3))) + "\n")
	fmt.Fprintf(&b, "    if (%s) { Console.WriteLine(\"break\"); break; }\n", g.expr(tBool, 2))
	b.WriteString("}")
	if strings.HasPrefix(b.String(), "int "+i+" = 0;\ndo") {
		fmt.Fprintf(&b, " while (%s < %d);", i, n)
	}
	return b.String()
}

func (g *gen) switchStmt() string {
	r := g.r
	var b strings.Builder
	fmt.Fprintf(&b, "switch (%s & 7)\n{\n", g.expr(tInt, 2))
	for c := 0; c < 4; c++ {
		fmt.Fprintf(&b, "    case %d:\n", c*2)
		if r.Intn(3) == 0 {
			fmt.Fprintf(&b, "    case %d:\n", c*2+1)
		}
		fmt.Fprintf(&b, "        Console.WriteLine(\"case %d\");\n%s\n        break;\n", c*2, indent(indent(g.stmts(1))))
	}
	fmt.Fprintf(&b, "    default:\n        Console.WriteLine(\"default\");\n        break;\n}")
	if r.Intn(2) == 0 {
		fmt.Fprintf(&b, "\nswitch (%s)\n{\n    case \"abc\": Console.WriteLine(\"s abc\"); break;\n    case \"\": Console.WriteLine(\"s empty\"); break;\n    default: Console.WriteLine(\"s other\"); break;\n}", g.expr(tString, 2))
	}
	return b.String()
}

func (g *gen) refOut() string {
	a, b := g.v(tInt), g.v(tInt)
	q, rr := "q"+g.tag(), "r"+g.tag()
	s1, s2 := g.v(tString), g.v(tString)
	return fmt.Sprintf(`Swap(ref %s, ref %s); Swap(ref %s, ref %s); Bump(ref %s, %s); Bump(ref arr[%d], %s);
Console.WriteLine("ref " + %s + " " + %s + " " + %s + " " + string.Join(",", arr));
int %s, %s;
if (TryDiv(%s, %s, out %s, out %s)) Console.WriteLine("div " + %s + " " + %s); else Console.WriteLine("nodiv");`,
		a, b, s1, s2, a, g.expr(tInt, 2), g.r.Intn(4), g.expr(tInt, 1),
		a, b, s1, q, rr, g.expr(tInt, 2), g.expr(tInt, 2), q, rr, q, rr)
}

func (g *gen) copySemantics() string {
	n := g.tag()
	return fmt.Sprintf(`SV s%[1]s = new SV { A = %[2]s, S = %[3]s }; SV t%[1]s = s%[1]s; t%[1]s.A += %[4]s; t%[1]s.Inc(); t%[1]s.S += "!";
CV c%[1]s = new CV { A = %[2]s, S = %[3]s }; CV d%[1]s = c%[1]s; d%[1]s.A += %[4]s; d%[1]s.Inc(); d%[1]s.S += "!";
SV[] sa%[1]s = { s%[1]s, t%[1]s }; sa%[1]s[0].A++; sa%[1]s[1].Inc(); var sl%[1]s = new List<SV> { s%[1]s }; var e%[1]s = sl%[1]s[0]; e%[1]s.A = 99;
Console.WriteLine("copy " + s%[1]s.A + " " + s%[1]s.S + " " + t%[1]s.A + " " + t%[1]s.S + " " + c%[1]s.A + " " + c%[1]s.S + " " + sa%[1]s[0].A + " " + sa%[1]s[1].A + " " + sl%[1]s[0].A);`,
		n, g.expr(tInt, 1), g.expr(tString, 1), g.expr(tInt, 1))
}

func (g *gen) lambdas() string {
	n := g.tag()
	k := 2 + g.r.Intn(3)
	return fmt.Sprintf(`var fs%[1]s = new List<Func<int>>();
for (int i = 0; i < %[2]d; i++) fs%[1]s.Add(() => i * %[3]s);
foreach (var x in new[] { %[4]s, %[5]s, 3 }) fs%[1]s.Add(() => x + %[3]s);
int cap%[1]s = 1; Action inc%[1]s = () => cap%[1]s *= 3; inc%[1]s(); inc%[1]s();
Func<int, int, int> f%[1]s = (a, b) => a * 10 + b;
foreach (var f in fs%[1]s) Console.Write(f() + " ");
Console.WriteLine("cap " + cap%[1]s + " " + f%[1]s(%[3]s, %[4]s));`, n, k, g.expr(tInt, 1), g.expr(tInt, 1), g.v(tInt))
}

func (g *gen) collections() string {
	n := g.tag()
	return fmt.Sprintf(`var l%[1]s = new List<int> { %[2]s, %[3]s, %[4]s };
l%[1]s.Add(%[5]s); l%[1]s.Insert(1, %[2]s); l%[1]s.Remove(%[3]s); l%[1]s.Sort(); l%[1]s.Reverse();
Console.WriteLine("list " + string.Join(",", l%[1]s) + " " + l%[1]s.IndexOf(%[4]s) + " " + l%[1]s.Contains(%[5]s) + " " + l%[1]s.Count);
var d%[1]s = new Dictionary<string, int>();
foreach (var s in new[] { %[6]s, %[7]s, %[6]s, "k" }) { int c; d%[1]s.TryGetValue(s, out c); d%[1]s[s] = c + 1; }
d%[1]s.Remove(%[7]s);
foreach (var kv in d%[1]s) Console.Write(kv.Key + "=" + kv.Value + ";");
Console.WriteLine(d%[1]s.ContainsKey("k") + " " + d%[1]s.Count);
var sb%[1]s = new StringBuilder();
sb%[1]s.Append(%[6]s).Append('-').Append(%[2]s).Append(%[8]s).Insert(0, "[").AppendLine("]");
sb%[1]s.Replace("a", "A"); if (sb%[1]s.Length > 3) sb%[1]s.Remove(1, 2);
Console.Write(sb%[1]s.ToString()); Console.WriteLine(sb%[1]s.Length);`,
		n, g.expr(tInt, 1), g.expr(tInt, 1), g.expr(tInt, 1), g.expr(tInt, 1), g.expr(tString, 1), g.expr(tString, 1), "D("+g.expr(tDouble, 1)+")")
}

func (g *gen) tryFinally() string {
	return fmt.Sprintf(`try
{
    Console.WriteLine("try1");
    try
    {
        %s
        if (%s) throw new InvalidOperationException("boom");
        Console.WriteLine("after");
    }
    catch (ArithmeticException e) { Console.WriteLine("arith " + e.GetType().Name); throw; }
    finally { Console.WriteLine("finally inner"); }
}
catch (InvalidOperationException e) { Console.WriteLine("ioe " + e.Message); }
finally { Console.WriteLine("finally outer"); }`, g.simple(), g.expr(tBool, 2))
}

// hierarchy emits a small class hierarchy with virtual methods; virtualCalls uses it.
func (g *gen) hierarchy() string {
	r := g.r
	body := func() string {
		ops := []string{"+", "-", "*", "^"}
		return fmt.Sprintf("x %s %d", ops[r.Intn(len(ops))], r.Intn(20)-5)
	}
	return fmt.Sprintf(`    abstract class Shape
    {
        public int Id;
        public abstract int F(int x);
        public virtual string Name() { return "Shape" + Id; }
        public override string ToString() { return Name() + ":" + F(Id); }
    }
    class Sq : Shape
    {
        public override int F(int x) { return %s; }
    }
    class Ci : Sq
    {
        public override int F(int x) { return base.F(x) + (%s); }
        public override string Name() { return "Ci" + Id; }
    }
    class Tri : Shape
    {
        public override int F(int x) { return %s; }
        public new string Name() { return "TriNew"; }
    }
`, body(), body(), body())
}

func (g *gen) virtualCalls() string {
	n := g.tag()
	return fmt.Sprintf(`var shapes%[1]s = new Shape[] { new Sq { Id = %[2]d }, new Ci { Id = %[3]d }, new Tri { Id = %[4]d } };
foreach (var s in shapes%[1]s) Console.Write(s + " " + s.F(%[5]s) + " " + s.Name() + "; ");
Tri tr%[1]s = new Tri(); Console.WriteLine(tr%[1]s.Name() + " " + ((Shape)tr%[1]s).Name());`, n, g.r.Intn(9), g.r.Intn(9), g.r.Intn(9), g.expr(tInt, 1))
}
