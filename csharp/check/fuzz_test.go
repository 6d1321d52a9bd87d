package check_test

import (
	"os"
	"path/filepath"
	"testing"

	"rpbench/csharp/syntax"
)

// FuzzCheck checks arbitrary text: the checker must not panic on any tree
// the parser returns (even one with Bad nodes).
//
//	go test ./csharp/check -run X -fuzz FuzzCheck -fuzztime 1m
func FuzzCheck(f *testing.F) {
	names, _ := filepath.Glob("testdata/*.cs")
	names = append(names, "../../scripts/ParkingRoutePointSample.cs")
	for _, n := range names {
		if src, err := os.ReadFile(n); err == nil {
			f.Add(src)
		}
	}
	u := universe(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		file, _ := syntax.ParseFile("fuzz.cs", src)
		u.Check(file)
	})
}
