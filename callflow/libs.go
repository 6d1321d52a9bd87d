package callflow

import (
	"sync"

	"rpbench/csharp/check"
	"rpbench/csharp/dotnet"
	"rpbench/csharp/eval"
	"rpbench/csharp/syntax"
)

// Libraries returns the registries a route-point script runs against: the
// .NET library subset and the 3CX API (Registry). eval's System core is
// always loaded first by eval itself.
func Libraries() []*eval.Registry {
	return []*eval.Registry{dotnet.Library(), Registry()}
}

// checkScript runs the checker (the green dot) over a parsed script and
// returns its diagnostics, one per line.
func checkScript(name string, src []byte, f *syntax.File) []string {
	errs, _ := checkScriptAll(f)
	return errs
}

// checkScriptAll returns the checker's errors and warnings for a parsed script.
func checkScriptAll(f *syntax.File) (errs, warnings []string) {
	u := universe()
	if u == nil {
		return nil, nil
	}
	for _, d := range u.Check(f) {
		if d.Severity == syntax.SevWarning {
			warnings = append(warnings, d.String())
		} else {
			errs = append(errs, d.String())
		}
	}
	return errs, warnings
}

// preludeLister is what a registry offers when it can hand out its parsed
// preludes (csharp/eval's Registry, once it exports them).
type preludeLister interface {
	Files() ([]*syntax.File, error)
}

var (
	universeOnce sync.Once
	theUniverse  *check.Universe // read-only once built; nil: the checker is not available
)

// universe returns the checker's view of every library the scripts see (the
// .NET subset and the 3CX API), built once; nil when a library cannot hand
// out its parsed preludes (then only the parser's and the loader's errors are
// reported).
func universe() *check.Universe {
	universeOnce.Do(func() {
		var files []*syntax.File
		for _, r := range append([]*eval.Registry{eval.Core()}, Libraries()...) {
			pl, ok := any(r).(preludeLister)
			if !ok {
				return
			}
			fs, err := pl.Files()
			if err != nil {
				return
			}
			files = append(files, fs...)
		}
		theUniverse = check.NewUniverse(files)
	})
	return theUniverse
}

// Check checks a route-point script as 3CX does when it is saved (the green
// dot): it parses and checks the file against the .NET subset and the 3CX API,
// finds the one class deriving from ScriptBase<T> and loads it. It returns the
// diagnostics, "file(line,col): error CSxxxx: message" one per entry, or nil
// when the script is green. name is the file name used in positions.
func Check(name string, src []byte) []string {
	errs, _ := CheckWithWarnings(name, src)
	return errs
}

// CheckWithWarnings is Check that also returns the checker's warnings
// ("file(line,col): warning CS4014: ..."), which do not make a script fail.
func CheckWithWarnings(name string, src []byte) (errs, warnings []string) {
	f, err := syntax.ParseFile(name, src)
	if err != nil {
		return errorLines(err), nil
	}
	errs, warnings = checkScriptAll(f)
	if len(errs) > 0 {
		return errs, warnings
	}
	if _, err := scriptClass(f); err != nil {
		return []string{err.Error()}, warnings
	}
	in, err := eval.New(eval.Config{Libraries: Libraries()})
	if err != nil {
		return []string{name + ": error: the C# library did not load: " + err.Error()}, warnings
	}
	dotnet.Install(in, dotnet.Options{})
	if err := in.Load(f); err != nil {
		return errorLines(err), warnings
	}
	return nil, warnings
}
