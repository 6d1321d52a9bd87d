// Command rpbench is a workbench for 3CX V20 route-point scripts: a
// deterministic mini PBX with simulated phones, a C# interpreter for the
// scripts, a headless scenario runner for CI, and a terminal UI.
//
// Usage:
//
//	rpbench [--config pbx.yaml] [--record FILE]   the TUI
//	rpbench run [flags] SCENARIO|DIR...            replay scenarios headless
//	rpbench check SCRIPT.cs...                     check route-point scripts
//	rpbench exec PROGRAM.cs                        run a C# console program
//
// main only parses flags and dispatches; the logic lives in the packages.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
)

// gcPercent is the garbage collector's target (GOGC) unless the environment sets
// one: rpbench's live heap is small (the PBX, the loaded scripts and the C#
// library: about 10 MB) and a call's garbage is short-lived, so collecting at 5x
// the live heap instead of Go's 2x cuts the GC's share of CPU when many calls run
// (BenchmarkParkRpbenchGC in callflow) for a few tens of MB more memory.
const gcPercent = 400

func main() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	os.Exit(rpbenchMain(os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `rpbench: a workbench for 3CX V20 route-point scripts

Usage:
  rpbench [--config pbx.yaml] [--record FILE]  start the terminal UI on the demo PBX (or a config)
  rpbench run [flags] SCENARIO|DIR...           replay scenario files headless (exit 0 passed, 1 failed, 2 bad input)
  rpbench check FILE.cs...                      check route-point scripts and programs (the green dot)
  rpbench exec [flags] PROGRAM.cs               run a C# console program on rpbench's C# engine
  rpbench help [COMMAND]                        show help

Run 'rpbench COMMAND --help' for a command's flags, 'rpbench help tui' for the TUI's.
`

// subcommands maps each subcommand to its entry point.
var subcommands = map[string]func(args []string, stdout, stderr io.Writer) int{
	"run":   runMain,
	"check": checkMain,
	"exec":  execMain,
	"serve": serveMain,
}

// rpbenchMain dispatches to a subcommand and returns the exit code.
func rpbenchMain(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		return tuiMain(args)
	}
	switch a := args[0]; {
	case a == "help":
		if len(args) > 1 {
			if cmd, ok := subcommands[args[1]]; ok {
				return cmd([]string{"--help"}, stdout, stderr)
			}
			if args[1] == "tui" {
				return tuiMain([]string{"--help"})
			}
		}
		fmt.Fprint(stdout, usage)
		return 0
	case a == "-h" || a == "-help" || a == "--help":
		fmt.Fprint(stdout, usage)
		return 0
	case strings.HasPrefix(a, "-"):
		return tuiMain(args)
	default:
		if cmd, ok := subcommands[a]; ok {
			return cmd(args[1:], stdout, stderr)
		}
		fmt.Fprintf(stderr, "rpbench: unknown command %q%s\n\n%s", a, didYouMean(a), usage)
		return 2
	}
}

// didYouMean suggests a subcommand that differs from word by one or two letters.
func didYouMean(word string) string {
	for _, c := range []string{"run", "check", "exec", "help"} {
		if closeTo(word, c) {
			return fmt.Sprintf(" (did you mean %q?)", c)
		}
	}
	return ""
}

// closeTo reports whether a and b are at most two single-letter edits apart
// (a prefix or a transposition counts as close too).
func closeTo(a, b string) bool {
	if strings.HasPrefix(b, a) && len(a) >= 2 {
		return true
	}
	// Levenshtein with a small bound.
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(rb)] <= 2 && len(a) > 2
}

// parseArgs parses flags that may come before, between or after the
// positional arguments ("rpbench run scenarios/ --junit out.xml"); "--"
// ends the flags. It returns the positional arguments.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		consumed := len(args) - len(rest)
		if consumed > 0 && args[consumed-1] == "--" {
			return append(pos, rest...), nil
		}
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// newFlagSet returns a flag set that reports errors instead of exiting and
// prints its usage to stderr.
func newFlagSet(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "%s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// flagExit maps a flag parsing error to an exit code: 0 for --help, 2 otherwise.
func flagExit(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	return 2
}
