package csharp

import (
	"sync"

	"rpbench/csharp/check"
	"rpbench/csharp/dotnet"
	"rpbench/csharp/eval"
	"rpbench/csharp/syntax"
)

// preludeFiler is what the facade needs from a registry to give the checker
// the same preludes the interpreter loads. eval.Registry keeps its parsed
// preludes unexported today; once it exports a Files method the checker runs
// automatically (see checkFile).
type preludeFiler interface {
	Files() ([]*syntax.File, error)
}

var (
	universeOnce sync.Once
	universe     *check.Universe // nil while the preludes are not available to the facade
)

// loadUniverse builds the checker's universe once per process from the core
// and library preludes.
func loadUniverse() *check.Universe {
	universeOnce.Do(func() {
		var files []*syntax.File
		for _, r := range []*eval.Registry{eval.Core(), dotnet.Library()} {
			pf, ok := any(r).(preludeFiler)
			if !ok {
				return
			}
			fs, err := pf.Files()
			if err != nil {
				return
			}
			files = append(files, fs...)
		}
		universe = check.NewUniverse(files)
	})
	return universe
}

// checkFile runs the checker on a parsed file (nothing when the universe is
// not available: the interpreter then reports what it cannot load).
func checkFile(f *syntax.File) syntax.Diagnostics {
	u := loadUniverse()
	if u == nil {
		return nil
	}
	return u.Check(f)
}
