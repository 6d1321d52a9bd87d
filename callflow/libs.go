package callflow

import (
	"rpbench/csharp/eval"
	"rpbench/csharp/syntax"
)

// Libraries returns the registries a route-point script runs against: the
// .NET library subset and the 3CX API (Registry). eval's System core is
// always loaded first by eval itself.
func Libraries() []*eval.Registry {
	return []*eval.Registry{Registry()}
}

// checkScript runs the checker (the green dot) over a parsed script and
// returns its diagnostics, one per line. Until csharp/check exists only the
// parser's and the loader's errors are reported.
func checkScript(name string, src []byte, f *syntax.File) []string {
	_, _, _ = name, src, f
	return nil
}
