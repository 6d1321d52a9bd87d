package main

import (
	"fmt"
	"io"
)

const checkSynopsis = `Usage: rpbench check SCRIPT.cs...

Checks route-point scripts as 3CX does when they are saved (the green dot): prints
"FILE: OK" per good file, or "file(line,col): error CSxxxx: message" lines.
Exit status: 0 all good, 1 errors found, 2 bad input.`

const execSynopsis = `Usage: rpbench exec PROGRAM.cs [ARGS...]

Runs a C# console program (static Main) on rpbench's C# engine.
Exit status: the program's, or 1 on compile errors, 2 bad input.`

// checkMain is `rpbench check`; it waits for the C# engine.
func checkMain(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("check", checkSynopsis, stderr)
	if _, err := parseArgs(fs, args); err != nil {
		return flagExit(err)
	}
	fmt.Fprintln(stderr, "rpbench check: not available yet (the C# engine is not built in)")
	return 2
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
