package main

import (
	"fmt"
	"io"
	"regexp"
	"strings"

	"rpbench/runner"
)

const runSynopsis = `Usage: rpbench run [flags] SCENARIO|DIR...

Replays scenario files (YAML, see docs/scenario-format.md) headless on virtual time.
A folder is walked for *.yaml files (PBX configs named *.pbx.yaml, testdata/ and
folders starting with . or _ are skipped). Prints one line per scenario and a closing
"N passed, M failed". Exit status: 0 all passed, 1 a scenario failed, 2 bad input.`

// tagList is a repeatable, comma-separated --tags flag.
type tagList []string

// String returns the tags joined by commas.
func (t *tagList) String() string { return strings.Join(*t, ",") }

// Set adds the comma-separated tags of one --tags flag.
func (t *tagList) Set(v string) error {
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			*t = append(*t, s)
		}
	}
	return nil
}

// runMain is `rpbench run`.
func runMain(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("run", runSynopsis, stderr)
	junit := fs.String("junit", "", "write a JUnit XML report (Ant/Surefire dialect) to `FILE`")
	jsonOut := fs.Bool("json", false, "write NDJSON events and results to stdout (progress goes to stderr)")
	traceDir := fs.String("trace", "", "for each failed scenario write its event log, NDJSON, text ladder and Mermaid diagram into `DIR`")
	update := fs.Bool("update", false, "rewrite golden trace files instead of comparing them")
	verbose := fs.Bool("v", false, "print each scenario's event log under its progress line")
	filter := fs.String("run", "", "run only scenarios whose name or file matches `REGEX`")
	var tags tagList
	fs.Var(&tags, "tags", "run only scenarios with one of these comma-separated `TAGS`; !tag excludes")
	paths, err := parseArgs(fs, args)
	if err != nil {
		return flagExit(err)
	}
	if len(paths) == 0 {
		fmt.Fprintln(stderr, "rpbench run: name at least one scenario file or folder (for example: rpbench run scenarios/)")
		return runner.ExitBadInput
	}
	b := &runner.Batch{
		Paths:    paths,
		JUnit:    *junit,
		JSON:     *jsonOut,
		TraceDir: *traceDir,
		Tags:     tags,
		Verbose:  *verbose,
		Options:  runner.Options{Update: *update, RoutePointHost: runner.CallflowHost, CheckScripts: runner.CallflowCheck},
		Stdout:   stdout,
		Stderr:   stderr,
	}
	if *filter != "" {
		re, err := regexp.Compile(*filter)
		if err != nil {
			fmt.Fprintf(stderr, "rpbench run: --run %q: %v\n", *filter, err)
			return runner.ExitBadInput
		}
		b.Filter = re
	}
	return b.Execute()
}
