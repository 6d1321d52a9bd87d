package callflow

import (
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
// returns its diagnostics, one per line. Until csharp/check exists only the
// parser's and the loader's errors are reported.
func checkScript(name string, src []byte, f *syntax.File) []string {
	_, _, _ = name, src, f
	return nil
}

// Check checks a route-point script as 3CX does when it is saved (the green
// dot): it parses and checks the file against the .NET subset and the 3CX API,
// finds the one class deriving from ScriptBase<T> and loads it. It returns the
// diagnostics, "file(line,col): error CSxxxx: message" one per entry, or nil
// when the script is green. name is the file name used in positions.
func Check(name string, src []byte) []string {
	f, err := syntax.ParseFile(name, src)
	if err != nil {
		return errorLines(err)
	}
	if diags := checkScript(name, src, f); len(diags) > 0 {
		return diags
	}
	if _, err := scriptClass(f); err != nil {
		return []string{err.Error()}
	}
	in, err := eval.New(eval.Config{Libraries: Libraries()})
	if err != nil {
		return []string{name + ": error: the C# library did not load: " + err.Error()}
	}
	dotnet.Install(in, dotnet.Options{})
	if err := in.Load(f); err != nil {
		return errorLines(err)
	}
	return nil
}
