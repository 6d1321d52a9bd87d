// Package dotnet is the .NET library subset of rpbench's C# engine: C# prelude
// files (prelude/*.cs, one per type or small family of types) whose extern
// members are bound to Go natives in this package, built on csharp/bcl for
// .NET's semantics (formatting, parsing, dates, regex, ...).
//
// The core types the language needs (Object, String's core members, the
// primitive structs' Parse/TryParse/ToString, Console, exceptions, tasks) are
// csharp/eval's; this package adds the rest (see docs/csharp-library.md).
//
// Use: pass Library() in eval.Config.Libraries, then call Install on the new
// interpreter to set the per-run options (sandbox folder, HTTP handler) and
// the formatting hook ({x:F2}, {date:yyyy-MM-dd}).
package dotnet

import (
	"embed"
	"io/fs"
	"net/http"
	"sort"
	"sync"

	"rpbench/csharp/bcl"
	"rpbench/csharp/eval"
)

//go:embed prelude/*.cs
var preludeFS embed.FS

var (
	libOnce sync.Once
	lib     *eval.Registry
)

// Library returns the registry with the library's preludes and natives. It is
// built once per process and is read-only afterwards (the preludes are parsed
// once, on first use by an interpreter).
func Library() *eval.Registry {
	libOnce.Do(func() {
		r := eval.NewRegistry()
		names, _ := fs.Glob(preludeFS, "prelude/*.cs")
		sort.Strings(names)
		for _, n := range names {
			src, _ := preludeFS.ReadFile(n)
			r.AddPrelude(n[len("prelude/"):], src)
		}
		for _, reg := range registrars {
			reg(r)
		}
		lib = r
	})
	return lib
}

// registrars are the per-type registration functions (one per file).
var registrars = []func(*eval.Registry){
	registerMath,
	registerConvert,
	registerStringBuilder,
	registerTime,
	registerTimeZone,
	registerGuidRandom,
	registerEnvironment,
	registerCollections,
	registerRegex,
	registerEncoding,
	registerUri,
	registerHTTP,
	registerIO,
	registerStringExtras,
	registerNumberExtras,
}

// HTTPHandler answers HttpClient requests (the engine never opens a network
// connection itself). It receives the request and returns the response.
type HTTPHandler interface {
	RoundTrip(req *http.Request) (*http.Response, error)
}

// Options are the per-run settings of the library.
type Options struct {
	// SandboxDir is the folder System.IO may use; "" denies all file access
	// (UnauthorizedAccessException).
	SandboxDir string
	// HTTP answers HttpClient requests; nil makes every request fail with
	// HttpRequestException.
	HTTP HTTPHandler
}

const stateKey = "rpbench/csharp/dotnet"

type state struct {
	opts     Options
	guids    *bcl.GuidGenerator
	randSeed int64 // next seed for new Random() without an argument
}

// Install prepares an interpreter created with Library(): it stores opts and
// installs the formatting hook used by interpolated strings and composite formatting.
func Install(in *eval.Interp, opts Options) {
	seed := in.Config().Seed
	in.Data[stateKey] = &state{opts: opts, guids: bcl.NewGuidGenerator(seed), randSeed: seed}
	in.SetFormatHook(formatHook)
}

func stateOf(c *eval.Context) *state {
	if s, ok := c.Interp().Data[stateKey].(*state); ok {
		return s
	}
	st := &state{guids: bcl.NewGuidGenerator(c.Interp().Config().Seed), randSeed: c.Interp().Config().Seed}
	c.Interp().Data[stateKey] = st
	return st
}

func init() { eval.SetDecimalOps(decimalOps{}) }
