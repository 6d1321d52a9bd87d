package syntax

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// TestLowerQuery checks the translation of each clause against the
// specification's rules (ECMA-334 §12.20.3), printed back as C# on one line
// with transparent identifiers shown as "t".
func TestLowerQuery(t *testing.T) {
	tests := []struct{ src, want string }{
		// degenerate query, select, where
		{"from x in xs select x", "xs.Select(x => x)"},
		{"from x in xs where x > 1 select x", "xs.Where(x => x > 1)"},
		{"from x in xs where x > 1 select x * 2", "xs.Where(x => x > 1).Select(x => x * 2)"},
		{"from x in a ?? b select x", "(a ?? b).Select(x => x)"},
		// explicit range variable types
		{"from int x in xs select x * 2", "xs.Cast<int>().Select(x => x * 2)"},
		{"from a in A join string b in B on a equals b select b", "A.Join(B.Cast<string>(), a => a, b => b, (a, b) => b)"},
		// let: a transparent identifier; only the variables a lambda uses are unpacked
		{"from x in xs let y = x * 2 where y > 3 select x + y",
			"xs.Select(x => new { x, y = x * 2 }).Where(t => { var y = t.y; return y > 3; }).Select(t => { var x = t.x; var y = t.y; return x + y; })"},
		{"from x in xs let y = 1 select 0", "xs.Select(x => new { x, y = 1 }).Select(t => 0)"},
		// several from clauses
		{"from a in A from b in B select a + b", "A.SelectMany(a => B, (a, b) => a + b)"},
		{"from a in A from b in a.Bs where b > a select b",
			"A.SelectMany(a => a.Bs, (a, b) => new { a, b }).Where(t => { var a = t.a; var b = t.b; return b > a; }).Select(t => { var b = t.b; return b; })"},
		{"from a in A from b in B from c in C select a + c",
			"A.SelectMany(a => B, (a, b) => new { a, b }).SelectMany(t => C, (t, c) => { var a = t.a; return a + c; })"},
		// join, join into
		{"from a in A join b in B on a.K equals b.K select a + b", "A.Join(B, a => a.K, b => b.K, (a, b) => a + b)"},
		{"from a in A join b in B on a.K equals b.K into g select g.Count()", "A.GroupJoin(B, a => a.K, b => b.K, (a, g) => g.Count())"},
		{"from a in A join b in B on a.K equals b.K orderby b.N select a",
			"A.Join(B, a => a.K, b => b.K, (a, b) => new { a, b }).OrderBy(t => { var b = t.b; return b.N; }).Select(t => { var a = t.a; return a; })"},
		{"from a in A join b in B on a.K equals b.K into g from c in g select c",
			"A.GroupJoin(B, a => a.K, b => b.K, (a, g) => new { a, g }).SelectMany(t => { var g = t.g; return g; }, (t, c) => c)"},
		// orderby
		{"from c in cs orderby c.T descending, c.N, c.M ascending select c.Id",
			"cs.OrderByDescending(c => c.T).ThenBy(c => c.N).ThenBy(c => c.M).Select(c => c.Id)"},
		{"from c in cs orderby c.T, c.N descending select c", "cs.OrderBy(c => c.T).ThenByDescending(c => c.N)"},
		// group by
		{"from c in cs group c by c.K", "cs.GroupBy(c => c.K)"},
		{"from c in cs group c.N by c.K", "cs.GroupBy(c => c.K, c => c.N)"},
		{"from x in xs let y = x group x by y", "xs.Select(x => new { x, y = x }).GroupBy(t => { var y = t.y; return y; }, t => { var x = t.x; return x; })"},
		// continuations
		{"from c in cs group c.N by c.K into g orderby g.Key select g.Key",
			"cs.GroupBy(c => c.K, c => c.N).OrderBy(g => g.Key).Select(g => g.Key)"},
		{"from c in cs group c by c.K into g select g", "cs.GroupBy(c => c.K).Select(g => g)"},
		{"from x in xs select x * 2 into y where y > 2 select y", "xs.Select(x => x * 2).Where(y => y > 2)"},
		{"from a in A from b in B select a + b into s select s", "A.SelectMany(a => B, (a, b) => a + b).Select(s => s)"},
		// nested queries are lowered each on their own
		{"from a in A select (from b in B where b > a select b)", "A.Select(a => (from b in B where b > a select b))"},
	}
	tid := regexp.MustCompile(regexp.QuoteMeta(TransparentPrefix) + `[0-9]+`)
	space := regexp.MustCompile(`\s+`)
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
		got := space.ReplaceAllString(tid.ReplaceAllString(Format(q.Lowered()), "t"), " ")
		if got = strings.TrimSpace(got); got != tt.want {
			t.Errorf("%s\n got  %s\n want %s", tt.src, got, tt.want)
		}
		if got2 := Format(LowerQuery(q)); got2 != Format(q.Lowered()) {
			t.Errorf("%s: LowerQuery differs from the parser's translation", tt.src)
		}
	}
}

// TestLowerQueryPositions checks that the nodes the lowering makes carry
// their clause's position and that the user's expressions keep theirs.
func TestLowerQueryPositions(t *testing.T) {
	src := "from c in cs\nwhere c.Ok\norderby c.T descending, c.N\nselect c.Id"
	e, err := ParseExpr(src)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	Inspect(e.(*QueryExpr).Lowered(), func(n Node) bool {
		if id, ok := n.(*Ident); ok && IsQueryMethod(id) {
			got = append(got, fmt.Sprintf("%s@%d:%d", id.Name, id.At.Line, id.At.Col))
		}
		return true
	})
	want := "Where@2:1 OrderByDescending@3:1 ThenBy@3:25 Select@4:1"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("query methods at %s, want %s", g, want)
	}
}

// TestLowerQueryBad checks that queries with syntax errors still lower
// without panicking.
func TestLowerQueryBad(t *testing.T) {
	for _, src := range []string{
		"from x in xs where",
		"from x in xs",
		"from x in xs join y in ys select y",
		"from x in xs group x",
		"from x in xs orderby select x",
		"from x in xs let = 1 select x",
		"from x in xs select x into",
		"from in xs select 1",
	} {
		e, _ := ParseExpr(src)
		Inspect(e, func(n Node) bool {
			if q, ok := n.(*QueryExpr); ok {
				_ = Format(q.Lowered())
			}
			return true
		})
	}
	if x := LowerQuery(&QueryExpr{}); x == nil {
		t.Error("LowerQuery of an empty query returned nil")
	}
}

// BenchmarkLowerQuery measures the translation of a query with every kind
// of clause (the parser does it once per query).
func BenchmarkLowerQuery(b *testing.B) {
	e, err := ParseExpr(`from c in calls
		where c.Ok
		let n = c.Name
		from t in c.Tags
		join d in dir on n equals d.Key into ds
		orderby c.Time descending, n
		group new { n, t, ds } by c.Queue into g
		select g.Key + ":" + g.Count()`)
	if err != nil {
		b.Fatal(err)
	}
	q := e.(*QueryExpr)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		LowerQuery(q)
	}
}

// FuzzQuery parses query expressions (the parser lowers each one) and
// prints their translations: neither may panic.
//
//	go test ./csharp/syntax -run X -fuzz FuzzQuery -fuzztime 1m
func FuzzQuery(f *testing.F) {
	for _, s := range []string{
		"from x in xs where x > 1 select x",
		"from int x in xs let y = x * 2 orderby y descending, x select x + y",
		"from a in A from b in a.B join c in C on b.K equals c.K into g from d in g.DefaultIfEmpty() select new { a, d }",
		"from c in cs group c.N by c.K into g where g.Count() > 1 select g.Key",
		"from x in xs select x into y from z in y select z",
		"from x in (from y in ys select y) select (from z in x select z)",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		file, _ := ParseFile("fuzz.cs", []byte("class C { object o = "+src+"; }"))
		Inspect(file, func(n Node) bool {
			if q, ok := n.(*QueryExpr); ok {
				_ = Format(q.Lowered())
			}
			return true
		})
	})
}
