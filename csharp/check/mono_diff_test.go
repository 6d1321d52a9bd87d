package check_test

import (
	"flag"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"

	"rpbench/csharp/syntax"
)

var (
	monoDiffLong = flag.Bool("monodiff.long", false, "mono diff: mutate every corpus program with every mutation (minutes)")
	monoDiffN    = flag.Int("monodiff.n", 60, "mono diff: number of mutants in the default run")
	monoDiffSeed = flag.Int64("monodiff.seed", 1, "mono diff: seed of the mutant sample")
)

// A mutation rewrites one match of re in a program; fn gets the match text and
// returns its replacement.
type mutation struct {
	name string
	re   *regexp.Regexp
	fn   func(m string, r *rand.Rand) string
}

var mutations = []mutation{
	{"rename-use", regexp.MustCompile(`[^\w.]([a-z][A-Za-z0-9]*)\b[^\w(<]`), func(m string, _ *rand.Rand) string {
		if csKeywords[m[1:len(m)-1]] {
			return m
		}
		return m[:len(m)-1] + "Qz" + m[len(m)-1:]
	}},
	{"drop-cast", regexp.MustCompile(`\((int|long|double|float|string|char|byte|short|decimal|object)\)`), func(string, *rand.Rand) string { return "" }},
	{"int-to-string", regexp.MustCompile(`[=(,] ?\d+\b[^.]`), func(m string, _ *rand.Rand) string {
		i := strings.IndexAny(m, "0123456789")
		return m[:i] + `"` + m[i:len(m)-1] + `"` + m[len(m)-1:]
	}},
	{"int-to-double", regexp.MustCompile(`[=(,] ?\d+\b[^.]`), func(m string, _ *rand.Rand) string {
		return m[:len(m)-1] + ".5" + m[len(m)-1:]
	}},
	{"drop-arg", regexp.MustCompile(`\w\(([^()"]*?), [^()"]*\)`), func(m string, _ *rand.Rand) string {
		i := strings.Index(m, ", ")
		return m[:i] + ")"
	}},
	{"add-arg", regexp.MustCompile(`\w\(([^()"]*)\)`), func(m string, _ *rand.Rand) string {
		if strings.HasSuffix(m, "()") {
			return m[:len(m)-1] + "1)"
		}
		return m[:len(m)-1] + ", 1)"
	}},
	{"drop-static", regexp.MustCompile(`static (int|void|string|bool|double|long) [A-Z]\w*\(`), func(m string, _ *rand.Rand) string {
		return strings.TrimPrefix(m, "static ")
	}},
	{"add-static", regexp.MustCompile(`(public|private) (int|void|string|bool|double|long) [A-Z]\w*\(`), func(m string, _ *rand.Rand) string {
		i := strings.Index(m, " ")
		return m[:i] + " static" + m[i:]
	}},
	{"drop-return", regexp.MustCompile(`[;{}]\s*return [^;]+;`), func(m string, _ *rand.Rand) string {
		return m[:strings.Index(m, "return")] + ";" // not yield return (its mutant is a parse error)
	}},
	{"drop-linq", regexp.MustCompile(`using System\.Linq;`), func(string, *rand.Rand) string { return "" }},
	{"override-to-new", regexp.MustCompile(`\boverride\b`), func(string, *rand.Rand) string { return "new" }},
	{"readonly-field", regexp.MustCompile(`(private|public) (int|string|double|long|bool) [a-z_]\w*( =|;)`), func(m string, _ *rand.Rand) string {
		i := strings.Index(m, " ")
		return m[:i] + " readonly" + m[i:]
	}},
	{"foreach-assign", regexp.MustCompile(`foreach \((var|int|string) (\w+) in [^\n]*\)\s*\{`), func(m string, _ *rand.Rand) string {
		v := regexp.MustCompile(`foreach \(\w+ (\w+)`).FindStringSubmatch(m)[1]
		return m + " " + v + " = default;"
	}},
	{"member-on-int", regexp.MustCompile(`\b[a-z]\w*\.Length\b`), func(m string, _ *rand.Rand) string {
		return "1.Length"
	}},
	{"drop-out-assign", regexp.MustCompile(`out (int|string|bool|double) \w+\)\s*\{`), func(m string, _ *rand.Rand) string {
		return m + " return default;"
	}},
	{"string-to-int", regexp.MustCompile(`= "[^"\\]*";`), func(string, *rand.Rand) string { return "= 1;" }},
	{"bool-to-int", regexp.MustCompile(`\b(true|false)\b`), func(string, *rand.Rand) string { return "0" }},
}

// codeEquiv lists pairs where the checker keeps Roslyn's code and mcs reports
// another one for the same fault (mcs's code first).
var codeEquiv = map[string]string{
	"CS1729": "CS7036", // no constructor with N arguments / no argument for parameter
	"CS1501": "CS7036", // no overload takes N arguments
	"CS1502": "CS1503", // best overload has invalid arguments (mcs reports both)
	"CS0029": "CS0266", // cannot implicitly convert (explicit exists)
	"CS0266": "CS0029",
	"CS1061": "CS0117",
	"CS0117": "CS1061",
	"CS0019": "CS0023",
	"CS1928": "CS1503", // extension method with invalid arguments (Roslyn: the argument's conversion)
	"CS0031": "CS0029", // constant value cannot be converted
}

// mcsSyntax are mcs's parser codes: any parse error of ours on the same line
// counts as agreement (mcs says "unexpected symbol" where Roslyn names what
// it expected).
var mcsSyntax = map[string]bool{"CS1525": true, "CS1519": true, "CS1041": true, "CS1026": true, "CS1002": true,
	"CS1003": true, "CS1513": true, "CS1514": true, "CS8025": true, "CS1031": true, "CS1001": true}

// csKeywords are not renamed by rename-use.
var csKeywords = map[string]bool{}

func init() {
	for _, k := range strings.Fields(`abstract as base bool break byte case catch char checked class const continue decimal
		default delegate do double else enum event explicit extern false finally fixed float for foreach goto if implicit
		in int interface internal is lock long namespace new null object operator out override params private protected
		public readonly ref return sbyte sealed short sizeof stackalloc static string struct switch this throw true try
		typeof uint ulong unchecked unsafe ushort using virtual void volatile while var when async await nameof get set
		value yield where select from let orderby group by into join on equals ascending descending dynamic add remove
		partial global alias`) {
		csKeywords[k] = true
	}
}

type mutant struct {
	prog, kind string
	src        []byte
}

var mcsErrRE = regexp.MustCompile(`\((\d+),(\d+)\): error (CS\d+)`)

type verdict struct {
	code string
	line int
}

func mcsVerdict(dir string, m mutant) ([]verdict, error) {
	path := filepath.Join(dir, m.prog)
	if err := os.WriteFile(path, m.src, 0o644); err != nil {
		return nil, err
	}
	out, _ := exec.Command("mcs", "-target:library", "-langversion:experimental", "-nowarn:0168,0219,0162,0414,0169,0649,1998,4014", "-out:"+path+".dll", path).CombinedOutput()
	var vs []verdict
	for _, sm := range mcsErrRE.FindAllStringSubmatch(string(out), -1) {
		var l int
		fmt.Sscan(sm[1], &l)
		vs = append(vs, verdict{sm[3], l})
	}
	if len(vs) == 0 && strings.Contains(string(out), "error") {
		return nil, fmt.Errorf("mcs: %s", out)
	}
	return vs, nil
}

// TestMonoDiff mutates Mono-accepted corpus programs (seeded), compiles each
// mutant with mcs and with the checker, and classifies the outcomes. It fails
// when the checker rejects a mutant mcs accepts (a false positive); accepted
// mutants mcs rejects (checker gaps) and code disagreements are logged.
// -monodiff.long runs every mutation on every program.
func TestMonoDiff(t *testing.T) {
	if _, err := exec.LookPath("mcs"); err != nil {
		t.Skip("mcs (Mono) not installed")
	}
	if testing.Short() {
		t.Skip("short")
	}
	names, _ := filepath.Glob("../testdata/programs/*.cs")
	u := universe(t)
	var muts []mutant
	rnd := rand.New(rand.NewSource(*monoDiffSeed))
	for _, n := range names {
		src, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(src), "// expect: hand-checked") {
			continue
		}
		for _, mu := range mutations {
			locs := mu.re.FindAllIndex(src, -1)
			if len(locs) == 0 {
				continue
			}
			l := locs[rnd.Intn(len(locs))]
			rep := mu.fn(string(src[l[0]:l[1]]), rnd)
			if rep == string(src[l[0]:l[1]]) {
				continue
			}
			ms := string(src[:l[0]]) + rep + string(src[l[1]:])
			muts = append(muts, mutant{filepath.Base(n), mu.name, []byte(ms)})
		}
	}
	if !*monoDiffLong {
		rnd.Shuffle(len(muts), func(i, j int) { muts[i], muts[j] = muts[j], muts[i] })
		if len(muts) > *monoDiffN {
			muts = muts[:*monoDiffN]
		}
	}
	type result struct {
		m      mutant
		class  string
		detail string
	}
	results := make([]result, len(muts))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for i, m := range muts {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			dir := t.TempDir()
			mv, err := mcsVerdict(dir, m)
			if err != nil {
				results[i] = result{m, "mcs-failed", err.Error()}
				return
			}
			f, perr := syntax.ParseFile(m.prog, m.src)
			var ours []verdict
			var oursS []string
			if perr != nil {
				for _, d := range perr.(syntax.Diagnostics) {
					if d.Severity == syntax.SevError {
						ours = append(ours, verdict{"syntax", int(d.Pos.Line)})
						oursS = append(oursS, d.String())
					}
				}
			}
			if f != nil && perr == nil {
				for _, d := range u.Check(f) {
					if d.Severity == syntax.SevError {
						ours = append(ours, verdict{d.Code, int(d.Pos.Line)})
						oursS = append(oursS, d.String())
					}
				}
			}
			r := result{m: m}
			switch {
			case len(mv) == 0 && len(ours) == 0:
				r.class = "both-accept"
			case len(mv) == 0:
				r.class = "false-positive"
				r.detail = strings.Join(oursS, "; ")
			case len(ours) == 0:
				r.class = "gap"
				r.detail = fmt.Sprint(mv)
			default:
				r.class = "code-differs"
				for _, a := range mv {
					for _, b := range ours {
						if a.line == b.line && (a.code == b.code || codeEquiv[a.code] == b.code || b.code == "syntax" && mcsSyntax[a.code]) {
							r.class = "agree"
						}
					}
				}
				r.detail = fmt.Sprintf("mcs %v, ours %s", mv, strings.Join(oursS, "; "))
			}
			results[i] = r
		}()
	}
	wg.Wait()
	counts := map[string]int{}
	var lines []string
	for _, r := range results {
		counts[r.class]++
		if r.class != "both-accept" && r.class != "agree" {
			lines = append(lines, fmt.Sprintf("%s %s %s: %s", r.class, r.m.prog, r.m.kind, r.detail))
		}
	}
	sort.Strings(lines)
	t.Logf("mutants: %d; both accept %d, agree %d, code differs %d, gaps %d, false positives %d, mcs failed %d",
		len(results), counts["both-accept"], counts["agree"], counts["code-differs"], counts["gap"], counts["false-positive"], counts["mcs-failed"])
	for _, l := range lines {
		t.Log(l)
	}
	if counts["false-positive"] > 0 {
		t.Errorf("%d false positives (checker rejects what mcs accepts)", counts["false-positive"])
	}
}
