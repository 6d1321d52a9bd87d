// Package csharp is the facade of rpbench's C# engine: Exec runs a console
// program and Check reports its diagnostics, wiring the parser (csharp/syntax),
// the interpreter (csharp/eval) and the .NET library subset (csharp/dotnet).
// See README.md in this folder for the map of the engine.
package csharp

import (
	"errors"
	"io"
	"time"

	"rpbench/csharp/dotnet"
	"rpbench/csharp/eval"
	"rpbench/csharp/syntax"
)

// Options configure one run of a console program.
type Options struct {
	Stdout, Stderr io.Writer
	Stdin          io.Reader
	Now            time.Time      // start of the virtual clock (zero: 2024-01-01T00:00:00Z)
	Location       *time.Location // local time zone for DateTime.Now (nil: UTC)
	Seed           int64          // Random/Guid seed
	MaxSteps       int64          // step budget (0: a default of 1e9)
	SandboxDir     string         // System.IO root ("": no file access)
}

// defaultNow is the virtual clock's start when Options.Now is zero.
var defaultNow = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)

// Exec checks and runs the program in src (static Main, void or int or async
// Task), returning its exit code. Compile errors are returned as an error whose
// text is the diagnostics, one per line (the exit code is then 1). An
// exception that escapes Main is printed to Stderr as .NET prints it and gives
// exit code 1; a runaway program (step budget) or a deadlock is returned as an error.
func Exec(filename string, src []byte, opts Options) (exitCode int, err error) {
	f, diags := parseAndCheck(filename, src)
	if diags.HasErrors() {
		return 1, diags
	}
	now := opts.Now
	if now.IsZero() {
		now = defaultNow
	}
	in, err := eval.New(eval.Config{
		Libraries: []*eval.Registry{dotnet.Library()},
		Host:      eval.NewVirtualLoop(now),
		Stdout:    opts.Stdout,
		Stderr:    opts.Stderr,
		Stdin:     opts.Stdin,
		MaxSteps:  opts.MaxSteps,
		Location:  opts.Location,
		Seed:      opts.Seed,
	})
	if err != nil {
		return 1, err
	}
	dotnet.Install(in, dotnet.Options{SandboxDir: opts.SandboxDir})
	if err := in.Load(f); err != nil {
		return 1, err
	}
	code, err := in.Run(nil)
	if err != nil {
		var re *eval.RuntimeError
		if errors.As(err, &re) {
			return code, re
		}
		return code, err
	}
	return code, nil
}

// Check checks one file (plus the library preludes) and returns its
// diagnostics, sorted by position; none means the file compiles.
func Check(filename string, src []byte) []syntax.Diagnostic {
	_, diags := parseAndCheck(filename, src)
	return diags
}

// parseAndCheck parses src and returns the file with its diagnostics.
func parseAndCheck(filename string, src []byte) (*syntax.File, syntax.Diagnostics) {
	f, err := syntax.ParseFile(filename, src)
	var diags syntax.Diagnostics
	if err != nil {
		var d syntax.Diagnostics
		if errors.As(err, &d) {
			diags = append(diags, d...)
		} else {
			diags = append(diags, syntax.Diagnostic{Pos: syntax.Pos{File: filename}, Msg: err.Error()})
		}
	}
	diags = append(diags, checkFile(f)...)
	diags.Sort()
	return f, diags
}
