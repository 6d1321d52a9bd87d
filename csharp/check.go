package csharp

import "rpbench/csharp/syntax"

// checkFile runs the checker on a parsed file. The checker package
// (csharp/check) is wired in here once it has landed; until then only the
// parser's diagnostics are reported and the interpreter reports the rest when
// the program loads.
func checkFile(f *syntax.File) syntax.Diagnostics { return nil }
