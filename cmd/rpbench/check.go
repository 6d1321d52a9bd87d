package main

import (
	"fmt"
	"io"
	"os"

	"rpbench/callflow"
)

const checkSynopsis = `Usage: rpbench check SCRIPT.cs...

Checks route-point scripts as 3CX does when they are saved (the green dot): prints
"FILE: OK" per good file, or "file(line,col): error CSxxxx: message" lines.
Exit status: 0 all good, 1 errors found, 2 bad input.`

const execSynopsis = `Usage: rpbench exec PROGRAM.cs [ARGS...]

Runs a C# console program (static Main) on rpbench's C# engine.
Exit status: the program's, or 1 on compile errors, 2 bad input.`

// checkMain is `rpbench check`: each file is checked as a route-point
// script against the .NET subset and the 3CX API (callflow.Check).
func checkMain(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("check", checkSynopsis, stderr)
	files, err := parseArgs(fs, args)
	if err != nil {
		return flagExit(err)
	}
	if len(files) == 0 {
		fmt.Fprintln(stderr, "rpbench check: name at least one script (for example: rpbench check scripts/*.cs)")
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
		diags := callflow.Check(file, src)
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

// execMain is `rpbench exec`; it waits for the C# engine.
func execMain(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("exec", execSynopsis, stderr)
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	fmt.Fprintln(stderr, "rpbench exec: not available yet (the C# engine is not built in)")
	return 2
}
