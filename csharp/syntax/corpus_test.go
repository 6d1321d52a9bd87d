package syntax

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRepoSources parses every .cs file elsewhere in the repository (the
// engine's sample programs, library preludes, scripts): they are valid C#,
// so each must parse without error and survive a round trip through Format.
// Files under a directory named "errors" or ending in .flat.cs are skipped.
func TestRepoSources(t *testing.T) {
	root := filepath.Join("..", "..")
	n := 0
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			switch d.Name() {
			case "errors", "syntax", ".git", "node_modules", "fuzz":
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".cs") || strings.HasSuffix(path, ".flat.cs") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return nil
		}
		if strings.Contains(string(src), "/* ERROR") || strings.Contains(string(src), "// ERROR") {
			return nil // an error test of another package
		}
		n++
		f, err := ParseFile(path, src)
		if err != nil {
			t.Errorf("%v", err)
			return nil
		}
		out := Format(f)
		f2, err := ParseFile(path, []byte(out))
		if err != nil {
			t.Errorf("%s: printed source does not parse: %v", path, err)
			return nil
		}
		if d1, d2 := normalizeDump(DumpNoPos(f)), normalizeDump(DumpNoPos(f2)); d1 != d2 {
			t.Errorf("%s: round trip changed the tree:\n%s", path, firstDiff(d1, d2))
		}
		return nil
	})
	t.Logf("%d files", n)
}
