package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"rpbench/callflow"
	"rpbench/csharp"
	"rpbench/csharp/syntax"
)

const checkSynopsis = `Usage: rpbench check FILE.cs...

Checks C# files as 3CX does when a route-point script is saved (the green dot):
prints "FILE: OK" per good file, or "file(line,col): error CSxxxx: message" lines;
warnings ("file(line,col): warning CS4014: ...") are shown but do not fail a file.
A file with a class deriving from ScriptBase<T> is checked as a route-point script
(against the 3CX API); any other file as a console program.
Exit status: 0 all good, 1 errors found, 2 bad input.`

const execSynopsis = `Usage: rpbench exec [flags] PROGRAM.cs

Runs a C# console program (static Main) on rpbench's C# engine, on a virtual
clock. Exit status: the program's; 1 on compile errors or an uncaught
exception; 2 bad input.`

// checkMain is `rpbench check`.
func checkMain(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("check", checkSynopsis, stderr)
	files, err := parseArgs(fs, args)
	if err != nil {
		return flagExit(err)
	}
	if len(files) == 0 {
		fmt.Fprintln(stderr, "rpbench check: name at least one file (for example: rpbench check scripts/*.cs)")
		return 2
	}
	code := 0
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			fmt.Fprintf(stderr, "rpbench check: %v\n", err)
			code = 2
			continue
		}
		var diags, warnings []string
		if bytes.Contains(src, []byte("ScriptBase")) {
			diags, warnings = callflow.CheckWithWarnings(file, src)
		} else {
			for _, d := range csharp.Check(file, src) {
				if d.Severity == syntax.SevWarning {
					warnings = append(warnings, d.String())
				} else {
					diags = append(diags, d.String())
				}
			}
		}
		for _, w := range warnings { // as a compiler shows them: they do not fail the check
			fmt.Fprintln(stdout, w)
		}
		if len(diags) == 0 {
			fmt.Fprintf(stdout, "%s: OK\n", file)
			continue
		}
		for _, d := range diags {
			fmt.Fprintln(stdout, d)
		}
		if code == 0 {
			code = 1
		}
	}
	return code
}

// execMain is `rpbench exec`.
func execMain(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("exec", execSynopsis, stderr)
	seed := fs.Int64("seed", 1, "seed of Random and Guid")
	sandbox := fs.String("sandbox", "", "the folder System.IO may use (default: the program's folder); \"-\" forbids file access")
	maxSteps := fs.Int64("max-steps", 0, "stop a runaway program after this many steps (0: the engine's default)")
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "rpbench exec: name one program (for example: rpbench exec Program.cs)")
		return 2
	}
	file := fs.Arg(0)
	src, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintf(stderr, "rpbench exec: %v\n", err)
		return 2
	}
	dir := *sandbox
	switch dir {
	case "":
		dir = filepath.Dir(file)
	case "-":
		dir = ""
	}
	code, err := csharp.Exec(file, src, csharp.Options{
		Stdout: stdout, Stderr: stderr, Stdin: os.Stdin,
		Seed: *seed, MaxSteps: *maxSteps, SandboxDir: dir,
	})
	if err != nil {
		fmt.Fprintln(stderr, strings.TrimRight(err.Error(), "\n"))
		if code == 0 {
			code = 1
		}
	}
	return code
}
