package syntax

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

var dumpNodeRE = regexp.MustCompile(`^\s*(?:\w+: )?([A-Z]\w+)`)

// TestInspectVisitsEverything checks that Inspect visits exactly the nodes
// that Dump (which uses reflection) prints, for every sample.
func TestInspectVisitsEverything(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.cs"))
	for _, path := range files {
		if strings.HasSuffix(path, ".flat.cs") {
			continue
		}
		src, _ := os.ReadFile(path)
		f, err := ParseFile(path, src)
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		for _, line := range strings.Split(Dump(f), "\n") {
			if strings.HasSuffix(line, "nil") || strings.HasSuffix(line, "]") && strings.Contains(line, ": [") {
				continue
			}
			if m := dumpNodeRE.FindStringSubmatch(line); m != nil {
				want = append(want, m[1])
			}
		}
		var got []string
		Inspect(f, func(n Node) bool {
			if n != nil {
				got = append(got, strings.TrimPrefix(typeName(n), "*syntax."))
			}
			return true
		})
		sort.Strings(want)
		sort.Strings(got)
		if strings.Join(want, " ") != strings.Join(got, " ") {
			t.Errorf("%s: Inspect visited %d nodes, Dump shows %d\n%s", path, len(got), len(want), firstDiff(strings.Join(want, "\n"), strings.Join(got, "\n")))
		}
	}
}

func typeName(n Node) string { return strings.TrimPrefix(fmtType(n), "*syntax.") }

func fmtType(n Node) string { return fmt.Sprintf("%T", n) }
