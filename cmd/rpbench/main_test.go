package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// rpbench runs the command line in-process and returns its exit code and output.
func rpbench(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := rpbenchMain(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestRunExitCodes(t *testing.T) {
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stdout string // substring
		stderr string // substring
	}{
		{"all pass", []string{"run", "../../scenarios/basic-call.yaml", "../../scenarios/pickup.yaml"}, 0, "2 passed, 0 failed\n", ""},
		{"one fails", []string{"run", "../../runner/testdata/failing.yaml", "../../scenarios/basic-call.yaml"}, 1, "1 passed, 1 failed\n", ""},
		{"broken", []string{"run", "../../runner/testdata/broken.yaml"}, 2, "",
			`../../runner/testdata/broken.yaml:6:5: unknown verb "anwser" (did you mean "answer"?)`},
		{"missing file", []string{"run", "nosuch.yaml"}, 2, "", "nosuch.yaml: cannot read: no such file or directory"},
		{"no args", []string{"run"}, 2, "", "name at least one scenario"},
		{"bad regex", []string{"run", "--run", "(", "../../scenarios"}, 2, "", "--run"},
		{"bad flag", []string{"run", "--jnuit", "x", "../../scenarios"}, 2, "", "flag provided but not defined: -jnuit"},
		{"flags after paths", []string{"run", "../../scenarios/basic-call.yaml", "../../scenarios/pickup.yaml", "--run", "basic call"}, 0, "1 passed, 0 failed\n", ""},
		{"tags", []string{"run", "--tags", "transfer,!nosuch", "--run", `/(blind|attended)-transfer\.yaml$`, "../../scenarios/"}, 0, "2 passed, 0 failed\n", ""},
		{"help", []string{"run", "--help"}, 0, "", "Usage: rpbench run"},
		{"verbose", []string{"run", "-v", "../../scenarios/basic-call.yaml"}, 0, " 0:00:00.000 call c1 from=100 to=101\n", ""},
		{"top help", []string{"--help"}, 0, "rpbench run [flags] SCENARIO|DIR...", ""},
		{"help run", []string{"help", "run"}, 0, "", "Usage: rpbench run"},
		{"unknown command", []string{"rnu"}, 2, "", `unknown command "rnu" (did you mean "run"?)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := rpbench(tc.args...)
			if code != tc.code || !strings.Contains(out, tc.stdout) || !strings.Contains(errOut, tc.stderr) {
				t.Errorf("rpbench %s: exit %d (want %d)\nstdout:\n%s\nstderr:\n%s", strings.Join(tc.args, " "), code, tc.code, out, errOut)
			}
		})
	}
}

func TestRunReports(t *testing.T) {
	dir := t.TempDir()
	junit := filepath.Join(dir, "out", "junit.xml")
	code, out, errOut := rpbench("run", "--json", "--junit", junit, "--trace", filepath.Join(dir, "trace"),
		"../../scenarios/basic-call.yaml", "../../runner/testdata/failing.yaml")
	if code != 1 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if !strings.HasPrefix(line, `{"type":"`) {
			t.Errorf("stdout line is not NDJSON: %s", line)
		}
	}
	if !strings.Contains(errOut, "1 passed, 1 failed") {
		t.Errorf("progress should go to stderr with --json:\n%s", errOut)
	}
	if data, err := os.ReadFile(junit); err != nil || !bytes.Contains(data, []byte("<testsuites")) {
		t.Errorf("junit: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "trace", "runner__testdata__failing.ladder.txt")); err != nil {
		entries, _ := os.ReadDir(filepath.Join(dir, "trace"))
		t.Errorf("ladder missing: %v (have %v)", err, entries)
	}
}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "Bad.cs")
	os.WriteFile(bad, []byte("class {"), 0o644)
	if code, out, _ := rpbench("check", "../../scripts/ParkingRoutePointSample.cs"); code != 0 || out != "../../scripts/ParkingRoutePointSample.cs: OK\n" {
		t.Errorf("check of the seed's sample: exit %d, %q", code, out)
	}
	if code, out, _ := rpbench("check", bad); code != 1 || !strings.Contains(out, "Bad.cs(1,") || !strings.Contains(out, ": error CS") {
		t.Errorf("check of a bad script: exit %d, %q", code, out)
	}
	warn := filepath.Join(dir, "Warn.cs")
	os.WriteFile(warn, []byte("class P {\n    static void Main() { int unused = 3; }\n}\n"), 0o644)
	if code, out, _ := rpbench("check", warn); code != 0 ||
		out != warn+"(2,30): warning CS0219: The variable 'unused' is assigned but its value is never used\n"+warn+": OK\n" {
		t.Errorf("check of a file with a warning: exit %d, %q", code, out)
	}
	if code, _, errOut := rpbench("check", filepath.Join(dir, "nosuch.cs")); code != 2 || errOut == "" {
		t.Errorf("check of a missing file: exit %d, %q", code, errOut)
	}
}

func TestExec(t *testing.T) {
	dir := t.TempDir()
	prog := filepath.Join(dir, "Hello.cs")
	os.WriteFile(prog, []byte(`using System;
class P { static int Main() { Console.WriteLine("hello " + (6 * 7)); return 3; } }
`), 0o644)
	bad := filepath.Join(dir, "Bad.cs")
	os.WriteFile(bad, []byte("class P { static void Main() { int x = ; } }\n"), 0o644)
	if code, out, errOut := rpbench("exec", prog); code != 3 || out != "hello 42\n" {
		t.Errorf("exec: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if code, out, _ := rpbench("check", prog); code != 0 || !strings.HasSuffix(out, "Hello.cs: OK\n") {
		t.Errorf("check of a console program: exit %d, %q", code, out)
	}
	if code, _, errOut := rpbench("exec", bad); code != 1 || !strings.Contains(errOut, "Bad.cs(1,") {
		t.Errorf("exec of a bad program: exit %d, stderr %q", code, errOut)
	}
	if code, _, errOut := rpbench("exec"); code != 2 || errOut == "" {
		t.Errorf("exec with no program: exit %d, %q", code, errOut)
	}
}
