// Package check is the C# checker of rpbench (the "green dot"): it binds
// every name, type and member of the user's files against their own
// declarations and the library preludes (C# declarations with extern
// members, the same files the interpreter loads), computes the static type
// of every expression, and reports all errors before anything runs, as
// "file(line,col): error CSxxxx: message" with the real compiler's codes and
// texts where one exists, plus a "did you mean" hint for misspelt names.
//
// Constructs the engine does not support are reported with codes of our own
// (RP0001...), listed in docs/csharp-subset.md.
//
// After binding, a flow pass (flow.go) follows the specification's definite
// assignment and reachability rules (CS0165, CS0177, CS0161, CS0163, ...)
// and reports the compiler's warnings that need the flow (CS0162, CS0168,
// CS0219, CS1998); warnings have Severity SevWarning, never fail a check,
// and #pragma warning disable turns them off.
//
// The checker never reports an error it is not sure of: an expression whose
// type cannot be inferred (or depends on an earlier error) gets the unknown
// type, which silences every diagnostic that depends on it (no cascades).
//
// The differential test (mono_diff_test.go) holds the checker to Mono's mcs:
// it mutates the Mono-accepted corpus programs (seeded), compiles each mutant
// with both, and fails on a false positive; -monodiff.long runs every
// mutation, -monodiff.n and -monodiff.seed choose the default sample.
//
// Use: build a Universe once from the parsed preludes (it is read-only and
// safe for concurrent use), then call its Check for each set of user files.
package check

import (
	"fmt"

	"rpbench/csharp/syntax"
)

// A Universe is the checked view of the library preludes. Build it once with
// NewUniverse; it is read-only afterwards and safe for concurrent use.
type Universe struct {
	w        *world
	specials map[string]*ty
}

// specialNames are the library types the checker itself refers to; they are
// looked up once when the universe is built.
var specialNames = []string{
	"System.Object", "System.ValueType", "System.Enum", "System.Array", "System.String", "System.Boolean",
	"System.Char", "System.SByte", "System.Byte", "System.Int16", "System.UInt16", "System.Int32",
	"System.UInt32", "System.Int64", "System.UInt64", "System.Single", "System.Double", "System.Decimal",
	"System.Nullable`1", "System.Delegate", "System.MulticastDelegate", "System.Exception", "System.Type",
	"System.Action", "System.Action`1", "System.Action`2", "System.Action`3", "System.Action`4",
	"System.Func`1", "System.Func`2", "System.Func`3", "System.Func`4", "System.Func`5",
	"System.ValueTuple`1", "System.ValueTuple`2", "System.ValueTuple`3", "System.ValueTuple`4",
	"System.ValueTuple`5", "System.ValueTuple`6", "System.ValueTuple`7", "System.ValueTuple`8",
	"System.IDisposable", "System.IFormattable", "System.FormattableString", "System.Index", "System.Range",
	"System.Collections.IEnumerable", "System.Collections.Generic.IEnumerable`1",
	"System.Collections.Generic.IList`1", "System.Collections.Generic.IReadOnlyList`1",
	"System.Collections.Generic.ICollection`1", "System.Collections.Generic.List`1",
	"System.Threading.Tasks.Task", "System.Threading.Tasks.Task`1",
	"System.Threading.Tasks.ValueTask", "System.Threading.Tasks.ValueTask`1",
}

// NewUniverse builds the universe of the given prelude files (already parsed).
// Errors in the preludes are not reported: what does not resolve is unknown.
func NewUniverse(preludes []*syntax.File) *Universe {
	w := newWorld(nil)
	c := &checker{w: w, lenient: true}
	b := &builder{w: w, parts: map[*typeSym][]part{}}
	for _, f := range preludes {
		if f != nil {
			b.declareFile(f)
		}
	}
	c.resolveHeaders(b)
	c.declareMembers(b)
	for _, s := range b.order {
		s.selfType()
		s.ctx = nil
	}
	for _, n := range specialNames {
		c.special(n)
	}
	return &Universe{w: w, specials: c.specials}
}

// Check checks the user's files against the universe and returns all
// diagnostics, sorted by position. Parse errors are not repeated: pass the
// files as the parser returned them (a file with parse errors is checked too;
// its Bad* nodes are skipped silently).
func (u *Universe) Check(files ...*syntax.File) syntax.Diagnostics {
	c := &checker{w: newWorld(u.w), uspec: u.specials, report: true}
	c.run(files)
	c.diags = applyPragmas(files, c.diags)
	c.diags.Sort()
	return c.diags
}

// Files checks files against the given preludes: a convenience that builds
// a Universe for one call. Prefer NewUniverse once and Universe.Check.
func Files(files, preludes []*syntax.File) syntax.Diagnostics {
	return NewUniverse(preludes).Check(files...)
}

// checker is the state of one check run.
type checker struct {
	w             *world
	uspec         map[string]*ty // the universe's specials (read-only)
	specials      map[string]*ty
	report        bool
	lenient       bool // names resolve in every namespace (the preludes)
	silent        int  // >0: diagnostics are dropped (speculative binding of lambdas)
	diags         syntax.Diagnostics
	seen          map[diagKey]bool
	lamCache      map[lamKey]*lamInfo
	memberCache   map[memberKey][]cand
	typeCache     map[typeKey]typeRes
	extCache      map[extKey][]cand
	localTypes    map[*syntax.Ident]*ty           // the declared types of locals (for the flow pass)
	constRefs     map[syntax.Expr]*memberSym      // names of constants (for the flow pass)
	valueBodies   map[*syntax.BlockStmt]valueBody // bodies that must return a value (CS0161, by the flow pass)
	constConds    map[syntax.Expr]bool            // conditions that are constant expressions (not literals)
	refMethods    map[string]bool                 // names of the user's ref-returning methods
	flowStruct    bool                            // the flow pass is in a struct's members
	flowFilesList []*syntax.File                  // the files of the run (for the flow pass's lazy scans)
	flowBad       bool                            // the flow pass met a Bad node (the file did not parse)
	flowSrc       []byte                          // the source of the file the flow pass is in
}

type diagKey struct {
	off  int32
	file string
	code string
}

func (c *checker) errorf(pos syntax.Pos, code, format string, args ...any) {
	if !c.report || c.silent > 0 {
		return
	}
	k := diagKey{pos.Offset, pos.File, code}
	if c.seen == nil {
		c.seen = map[diagKey]bool{}
	}
	if c.seen[k] {
		return
	}
	c.seen[k] = true
	c.diags = append(c.diags, syntax.Diagnostic{Pos: pos, Code: code, Msg: fmt.Sprintf(format, args...)})
}

// warnf records a warning (at most one per position and code).
func (c *checker) warnf(pos syntax.Pos, code, format string, args ...any) {
	n := len(c.diags)
	c.errorf(pos, code, format, args...)
	if len(c.diags) > n {
		c.diags[n].Severity = syntax.SevWarning
	}
}

func (c *checker) run(files []*syntax.File) {
	b := &builder{c: c, w: c.w, parts: map[*typeSym][]part{}}
	var fileBlocks []*nsBlock
	var globals []*syntax.UsingDirective // global usings apply to every file
	for _, f := range files {
		if f == nil {
			continue
		}
		for _, u := range f.Usings {
			if u.Global {
				globals = append(globals, u)
			}
		}
	}
	for _, f := range files {
		if f == nil {
			fileBlocks = append(fileBlocks, nil)
			continue
		}
		usings := f.Usings
		if len(globals) > 0 {
			usings = nil
			for _, u := range f.Usings {
				if !u.Global {
					usings = append(usings, u)
				}
			}
			usings = append(usings, globals...)
		}
		blk := &nsBlock{name: "", usings: usings}
		fileBlocks = append(fileBlocks, blk)
		b.declareDecls(f.Decls, blk, nil)
	}
	// the blocks declared by the builder are distinct objects: resolve them through the type parts
	for _, blk := range fileBlocks {
		c.resolveUsings(blk)
	}
	c.resolveHeaders(b)
	c.declareMembers(b)
	for _, s := range b.order {
		c.checkDuplicates(s)
		c.checkTypeDecl(s, b.parts[s])
	}
	for _, s := range b.order {
		for _, p := range b.parts[s] {
			c.bindType(s, p)
		}
	}
	for i, f := range files {
		if f != nil {
			c.bindGlobals(f, fileBlocks[i])
		}
	}
	c.flowFiles(files)
}

// CheckSource parses src and checks it against the universe. When the file
// does not parse, only the syntax errors are returned (the checker would
// mostly repeat them); otherwise the checker's diagnostics, sorted. Parser
// warnings (#warning) are included.
func (u *Universe) CheckSource(filename string, src []byte) syntax.Diagnostics {
	f, err := syntax.ParseFile(filename, src)
	if err != nil {
		if d, ok := err.(syntax.Diagnostics); ok {
			return d
		}
		return syntax.Diagnostics{{Pos: syntax.Pos{File: filename, Line: 1, Col: 1}, Msg: err.Error()}}
	}
	diags := append(syntax.Diagnostics(nil), f.Warnings...)
	diags = append(diags, u.Check(f)...)
	diags.Sort()
	return diags
}
