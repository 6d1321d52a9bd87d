package check_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"

	"rpbench/csharp/check"
	"rpbench/csharp/syntax"
	"rpbench/csharp/syntax/syntaxtest"
)

// preludeDirs are the library declarations the engine loads: eval's core,
// dotnet's library and callflow's 3CX API (read from the source tree so the
// tests do not depend on those packages compiling).
var preludeDirs = []string{"../eval/prelude", "../dotnet/prelude", "../../callflow/prelude"}

var (
	uniOnce sync.Once
	uni     *check.Universe
)

func parsePreludes(t testing.TB) []*syntax.File {
	var files []*syntax.File
	for _, dir := range preludeDirs {
		names, _ := filepath.Glob(filepath.Join(dir, "*.cs"))
		sort.Strings(names)
		for _, n := range names {
			src, err := os.ReadFile(n)
			if err != nil {
				t.Fatal(err)
			}
			f, err := syntax.ParseFile(filepath.Base(n), src)
			if err != nil {
				t.Logf("prelude %s: %v", n, err)
			}
			files = append(files, f)
		}
	}
	return files
}

func universe(t testing.TB) *check.Universe {
	uniOnce.Do(func() { uni = check.NewUniverse(parsePreludes(t)) })
	return uni
}

// checkSrc parses and checks one file, returning parse and check diagnostics.
func checkSrc(t testing.TB, name string, src []byte) syntax.Diagnostics {
	f, err := syntax.ParseFile(name, src)
	var diags syntax.Diagnostics
	if err != nil {
		diags = append(diags, err.(syntax.Diagnostics)...)
	}
	diags = append(diags, universe(t).Check(f)...)
	return diags
}

// TestErrors checks the files of testdata/*.cs: each diagnostic is marked by
// an ERROR comment next to the fault.
func TestErrors(t *testing.T) {
	syntaxtest.RunDir(t, "testdata", func(name string, src []byte) []syntax.Diagnostic {
		return checkSrc(t, name, src)
	})
}

// TestSeed checks the seed's parking sample against the real preludes.
func TestSeed(t *testing.T) {
	for _, p := range []string{"../../scripts/ParkingRoutePointSample.cs", "../../../shared/seed/ParkingRoutePointSample.cs"} {
		src, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		for _, d := range checkSrc(t, filepath.Base(p), src) {
			t.Errorf("%s: %v", p, d)
		}
	}
}

// TestScripts checks every .cs under scripts/ and scenarios/: all are valid
// route-point scripts (warnings are allowed).
func TestScripts(t *testing.T) {
	names, _ := filepath.Glob("../../scripts/*.cs")
	_ = filepath.WalkDir("../../scenarios", func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".cs") {
			names = append(names, p)
		}
		return nil
	})
	if len(names) == 0 {
		t.Skip("no scripts")
	}
	for _, n := range names {
		src, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range checkSrc(t, filepath.Base(n), src) {
			if d.Severity == syntax.SevError {
				t.Errorf("%s: %v", n, d)
			}
		}
	}
}

// corpusExceptions are corpus programs the checker still rejects (each
// because the library preludes lack what the program uses). The list must
// only shrink.
// The reason is the first diagnostic (a library member the preludes lack, as
// a rule).
var corpusExceptions = map[string]string{
	"070_interfaces_generic_variance":            "CS0246 The type or namespace name 'ArrayTypeMismatchException' could not be found",
	"269_async_run_continuations_asynchronously": "CS1061 'System.Threading.Tasks.Task<int>' does not contain a definition for 'CreationOptions'",
	"271_async_wait_result_blocking":             "CS1503 Argument 1: cannot convert from 'System.Threading.Tasks.Task[]' to 'System.Threading.Tasks.Task'",
	"278_tuples_valuetuple":                      "CS1501 No overload for method 'CompareTo' takes 1 arguments",
	"329_cs8_async_streams":                      "CS0246 The type or namespace name 'ValueTask' could not be found",
}

// TestCorpus checks that every program of the conformance corpus (valid
// C#, run by Mono or hand-checked) checks clean.
func TestCorpus(t *testing.T) {
	names, _ := filepath.Glob("../testdata/programs/*.cs")
	if len(names) == 0 {
		t.Skip("no corpus")
	}
	bad := 0
	for _, n := range names {
		base := strings.TrimSuffix(filepath.Base(n), ".cs")
		src, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		f, perr := syntax.ParseFile(filepath.Base(n), src)
		if perr != nil {
			continue // the parser's business
		}
		var diags syntax.Diagnostics
		for _, d := range universe(t).Check(f) {
			if d.Severity == syntax.SevError {
				diags = append(diags, d)
			}
		}
		_, known := corpusExceptions[base]
		switch {
		case len(diags) > 0 && !known:
			bad++
			for _, d := range diags {
				t.Errorf("%v", d)
			}
		case len(diags) == 0 && known:
			// the library grows under other hands: say so, but do not fail their builds
			t.Logf("%s checks clean now: remove it from corpusExceptions", base)
		}
	}
	t.Logf("%d of %d corpus programs have diagnostics", bad, len(names))
}

// BenchmarkCheckParking measures checking the parking sample (parsed once)
// against a universe built once.
func BenchmarkCheckParking(b *testing.B) {
	src, err := os.ReadFile("../../scripts/ParkingRoutePointSample.cs")
	if err != nil {
		b.Skip(err)
	}
	u := universe(b)
	f, _ := syntax.ParseFile("ParkingRoutePointSample.cs", src)
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	for i := 0; i < b.N; i++ {
		u.Check(f)
	}
	// the machine is shared: CPU time per check is steadier than wall time
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

// cpuTime returns the process's user+system CPU time in nanoseconds.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// TestNoPanics checks every C# file in the repository (including the
// parser's error tests, full of Bad nodes) and the prefixes of the parking
// sample: the checker must never panic.
func TestNoPanics(t *testing.T) {
	var files []string
	for _, g := range []string{"../syntax/testdata/*.cs", "../syntax/testdata/errors/*.cs", "../eval/testdata/*.cs", "../eval/testdata/*/*.cs", "../dotnet/testdata/*.cs", "../dotnet/testdata/*/*.cs", "testdata/*.cs", "../../scripts/*.cs"} {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	run := func(name string, src []byte) {
		defer func() {
			if r := recover(); r != nil {
				t.Errorf("%s: panic: %v", name, r)
			}
		}()
		f, _ := syntax.ParseFile(name, src)
		universe(t).Check(f)
	}
	for _, n := range files {
		src, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		run(n, src)
	}
	src, err := os.ReadFile("../../scripts/ParkingRoutePointSample.cs")
	if err != nil {
		return
	}
	for i := 0; i < len(src); i += 97 {
		run("prefix", src[:i])
	}
}

// TestConcurrent checks that one Universe serves concurrent checks (run with -race).
func TestConcurrent(t *testing.T) {
	src, err := os.ReadFile("../../scripts/ParkingRoutePointSample.cs")
	if err != nil {
		t.Skip(err)
	}
	u := universe(t)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if d := u.CheckSource("p.cs", src); len(d) > 0 {
				t.Errorf("%v", d)
			}
			u.CheckSource("v.cs", []byte("class A { void M() { int x = \"s\"; Consle.Write(1); } }"))
		}()
	}
	wg.Wait()
}

// BenchmarkNewUniverse measures building the universe from the parsed
// preludes (once per process in the product).
func BenchmarkNewUniverse(b *testing.B) {
	files := parsePreludes(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		check.NewUniverse(files)
	}
}

// TestSeedFlat checks that the one-line version of the seed sample fails with
// the parser's positioned diagnostic only (CheckSource does not add cascades).
func TestSeedFlat(t *testing.T) {
	src, err := os.ReadFile("../syntax/testdata/ParkingRoutePointSample.flat.cs")
	if err != nil {
		t.Skip(err)
	}
	d := universe(t).CheckSource("ParkingRoutePointSample.flat.cs", src)
	if len(d) == 0 {
		t.Fatal("the flat sample checks clean")
	}
	for _, x := range d {
		if x.Code == "" || !x.Pos.IsValid() || strings.HasPrefix(x.Code, "RP") {
			t.Errorf("unexpected diagnostic %v", x)
		}
	}
	t.Log(d)
}

// BenchmarkParseAndCheckParking measures parsing plus checking the parking
// sample (the target: under 1 ms).
func BenchmarkParseAndCheckParking(b *testing.B) {
	src, err := os.ReadFile("../../scripts/ParkingRoutePointSample.cs")
	if err != nil {
		b.Skip(err)
	}
	u := universe(b)
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	for i := 0; i < b.N; i++ {
		u.CheckSource("ParkingRoutePointSample.cs", src)
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

// TestCodesDocumented checks that every code the checker reports is in the
// table of docs/csharp-subset.md and has an ERROR-comment test in testdata.
func TestCodesDocumented(t *testing.T) {
	doc, err := os.ReadFile("../../docs/csharp-subset.md")
	if err != nil {
		t.Skip(err)
	}
	codeRE := regexp.MustCompile(`"((?:CS|RP)\d{4})"`)
	rowRE := regexp.MustCompile(`(?m)^\| ((?:CS|RP)\d{4})(?:-RP(\d{4}))?[ |]`)
	documented := map[string]bool{}
	for _, m := range rowRE.FindAllStringSubmatch(string(doc), -1) {
		documented[m[1]] = true
		if m[2] != "" { // RP0001-RP0005
			lo, _ := strconv.Atoi(m[1][2:])
			hi, _ := strconv.Atoi(m[2])
			for i := lo; i <= hi; i++ {
				documented[fmt.Sprintf("RP%04d", i)] = true
			}
		}
	}
	tested := map[string]bool{}
	tests, _ := filepath.Glob("testdata/*.cs")
	for _, n := range tests {
		src, _ := os.ReadFile(n)
		for _, m := range regexp.MustCompile(`ERROR "((?:CS|RP)\d{4})"`).FindAllStringSubmatch(string(src), -1) {
			tested[m[1]] = true
		}
	}
	sources, _ := filepath.Glob("*.go")
	seen := map[string]bool{}
	for _, n := range sources {
		if strings.HasSuffix(n, "_test.go") {
			continue
		}
		src, _ := os.ReadFile(n)
		for _, m := range codeRE.FindAllStringSubmatch(string(src), -1) {
			code := m[1]
			if seen[code] {
				continue
			}
			seen[code] = true
			if !documented[code] {
				t.Errorf("%s (reported in %s) is not in the table of docs/csharp-subset.md", code, n)
			}
			if !tested[code] {
				t.Errorf("%s (reported in %s) has no ERROR test in testdata", code, n)
			}
		}
	}
	if len(seen) < 50 {
		t.Errorf("found only %d codes in the sources", len(seen))
	}
}
