package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// readmeFile matches a file of the README's walk-through: an HTML comment naming the
// file, then a fenced code block with its text.
var readmeFile = regexp.MustCompile("(?s)<!-- file: ([^ ]+) -->\n```[a-z]*\n(.*?)```\n")

// TestReadmeRoutePointWalkthrough writes the files of the README's "Write, check and
// test a route point" section to a folder and runs the commands it shows: the README's
// example must check green and its scenario must pass.
func TestReadmeRoutePointWalkthrough(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	files := readmeFile.FindAllSubmatch(readme, -1)
	if len(files) != 3 {
		t.Fatalf("the README has %d files in its walk-through, want 3 (script, PBX config, scenario)", len(files))
	}
	dir := t.TempDir()
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(dir, string(f[1])), f[2], 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	if code, out, errs := rpbench("check", "Hello.cs"); code != 0 || strings.TrimSpace(out) != "Hello.cs: OK" {
		t.Errorf("rpbench check Hello.cs: exit %d\n%s%s", code, out, errs)
	}
	if code, out, errs := rpbench("run", "hello.yaml"); code != 0 || !strings.Contains(out, "1 passed, 0 failed") {
		t.Errorf("rpbench run hello.yaml: exit %d\n%s%s", code, out, errs)
	}
}
