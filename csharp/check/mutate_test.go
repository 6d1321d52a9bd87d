package check_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"rpbench/csharp/syntax"
)

var callRE = regexp.MustCompile(`\.([A-Z][A-Za-z]+)\(`)

// TestMisspeltMembers misspells one member call in each corpus program that
// checks clean and counts how often the checker notices (a missed error is
// the second-worst outcome). It fails below 95%.
func TestMisspeltMembers(t *testing.T) {
	names, _ := filepath.Glob("../testdata/programs/*.cs")
	if len(names) == 0 {
		t.Skip("no corpus")
	}
	u := universe(t)
	tried, caught := 0, 0
	var missed []string
	for _, n := range names {
		src, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		f, perr := syntax.ParseFile(filepath.Base(n), src)
		if perr != nil || len(u.Check(f)) > 0 {
			continue
		}
		locs := callRE.FindAllSubmatchIndex(src, -1)
		if len(locs) == 0 {
			continue
		}
		m := locs[len(locs)/2]
		mut := string(src[:m[3]]) + "Qq" + string(src[m[3]:])
		f2, perr := syntax.ParseFile(filepath.Base(n), []byte(mut))
		if perr != nil {
			continue
		}
		tried++
		if len(u.Check(f2)) > 0 {
			caught++
		} else {
			missed = append(missed, filepath.Base(n)+": "+string(src[m[2]:m[3]]))
		}
	}
	t.Logf("misspelt member calls caught: %d of %d", caught, tried)
	if len(missed) > 0 {
		t.Logf("missed:\n%s", strings.Join(missed, "\n"))
	}
	if tried > 0 && caught*100 < tried*95 {
		t.Errorf("only %d of %d misspelt member calls caught", caught, tried)
	}
}

var localRE = regexp.MustCompile(`\bvar ([a-z][A-Za-z0-9]{2,}) =`)

// TestMisspeltLocals misspells the last use of a local declared with var in
// each clean corpus program; the checker must notice (CS0103) at least 95%.
func TestMisspeltLocals(t *testing.T) {
	names, _ := filepath.Glob("../testdata/programs/*.cs")
	if len(names) == 0 {
		t.Skip("no corpus")
	}
	u := universe(t)
	tried, caught := 0, 0
	var missed []string
	for _, n := range names {
		src, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		f, perr := syntax.ParseFile(filepath.Base(n), src)
		if perr != nil || len(u.Check(f)) > 0 {
			continue
		}
		m := localRE.FindSubmatchIndex(src)
		if m == nil {
			continue
		}
		name := string(src[m[2]:m[3]])
		uses := regexp.MustCompile(`\b`+name+`\b`).FindAllIndex(src, -1)
		last := uses[len(uses)-1]
		if last[0] == m[2] {
			continue // never used
		}
		mut := string(src[:last[1]]) + "Qq" + string(src[last[1]:])
		f2, perr := syntax.ParseFile(filepath.Base(n), []byte(mut))
		if perr != nil {
			continue
		}
		tried++
		if len(u.Check(f2)) > 0 {
			caught++
		} else {
			missed = append(missed, filepath.Base(n)+": "+name)
		}
	}
	t.Logf("misspelt locals caught: %d of %d", caught, tried)
	if len(missed) > 0 {
		t.Logf("missed:\n%s", strings.Join(missed, "\n"))
	}
	if tried > 0 && caught*100 < tried*95 {
		t.Errorf("only %d of %d misspelt locals caught", caught, tried)
	}
}
