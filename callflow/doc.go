// Package callflow hosts 3CX V20 route-point scripts (C# classes deriving from
// CallFlow.ScriptBase<T>) on the rpbench PBX.
//
// The 3CX API the scripts see (namespaces CallFlow, TCX.Configuration and
// TCX.PBXAPI) is declared as C# source in prelude/*.cs. Members marked extern
// there are implemented in Go in this package and bound through csharp/eval's
// native registry; the rest is plain C# interpreted like the script itself.
//
// Read docs/route-points.md for the behaviour the host implements (execution
// modes, Return and the default route, exceptions, the ToString forms used in
// traces, isolation of faulty scripts).
package callflow

import (
	"embed"
	"io/fs"
	"sort"
)

//go:embed prelude/*.cs
var preludeFS embed.FS

// PreludeFile is one C# declaration file of the 3CX API.
type PreludeFile struct {
	Name string // e.g. "prelude/CallFlow.cs"
	Src  []byte
}

// Preludes returns the C# declaration files of the 3CX API, sorted by name.
// The checker and the interpreter read them next to the .NET library's preludes.
func Preludes() []PreludeFile {
	names, err := fs.Glob(preludeFS, "prelude/*.cs")
	if err != nil {
		panic(err) // the pattern is constant
	}
	sort.Strings(names)
	out := make([]PreludeFile, 0, len(names))
	for _, n := range names {
		b, err := preludeFS.ReadFile(n)
		if err != nil {
			panic(err) // embedded files are always readable
		}
		out = append(out, PreludeFile{Name: n, Src: b})
	}
	return out
}
