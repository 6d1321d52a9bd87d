package eval

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"rpbench/csharp/syntax"
)

// NativeFunc implements an extern member in Go.
//
// this is the receiver (Null for static members; for a constructor it is the
// freshly allocated object, whose Native field the constructor may set).
// args are the arguments in declaration order: a params array arrives as one
// array argument, optional arguments arrive with their default values filled
// in, and ref/out arguments arrive as KRef values (write through
// *args[i].R.(*Value) or Context.SetRef). The result is ignored for void
// members and constructors. To throw a C# exception call c.Throw.
type NativeFunc func(c *Context, this Value, args []Value) Value

// Registry holds prelude sources (C# declarations) and the Go functions that
// implement their extern members. A Registry is filled once at start-up
// (typically in a package-level constructor function such as
// dotnet.Library()) and is then read-only; it may be shared by any number of
// interpreters.
//
// # Keys
//
// An extern member is bound by a key made of the declaring type's metadata
// name and the member's signature:
//
//		Namespace.Type`Arity.Member(ParamType,ParamType)
//
//	  - the type part is the namespace, the outer types and the type separated by
//	    dots, with "`N" after a generic type's name: "System.Collections.Generic.List`1",
//	    "System.Environment", "TCX.PBXAPI.CallControlAPI";
//	  - the member part is the method name; constructors are ".ctor", property
//	    accessors "get_Name"/"set_Name", indexers "get_Item"/"set_Item", event
//	    accessors "add_Name"/"remove_Name", operators "op_Addition" etc.
//	    (.NET's names), conversion operators "op_Implicit"/"op_Explicit";
//	    a generic method adds "``N": "Enumerable.Select``2";
//	  - the parameter types are written as in the declaration, with C# keywords
//	    for built-in types, no namespaces, no spaces, generic arguments in <>,
//	    and ref/out/in/params prefixes kept: "(int,string)", "(T)",
//	    "(IEnumerable<TSource>,Func<TSource,bool>)", "(string,params object[])",
//	    "(string,out int)". A setter's value parameter is listed last:
//	    "set_Item(int,T)", "set_Capacity(int)".
//
// A key without a parameter list ("System.Math.Max") binds every extern
// overload of that name that has no exact key of its own; the native then sees
// the arguments of whichever overload was called (switch on len(args) or kinds).
//
// Loading a prelude whose extern member has no binding is an error that lists
// the exact key expected, so a missing or misspelt key is found at start-up.
//
// # Example
//
// A prelude file, embedded with go:embed:
//
//	namespace System.Text {
//	    public sealed class StringBuilder {
//	        public extern StringBuilder();
//	        public extern int Length { get; }
//	        public extern StringBuilder Append(string value);
//	        public extern override string ToString();
//	    }
//	}
//
// and its natives:
//
//	r := eval.NewRegistry()
//	r.AddPrelude("StringBuilder.cs", stringBuilderSrc)
//	r.Register("System.Text.StringBuilder..ctor()", func(c *eval.Context, this eval.Value, args []eval.Value) eval.Value {
//	    this.Obj().Native = &strings.Builder{}
//	    return eval.Null
//	})
//	r.Register("System.Text.StringBuilder.get_Length()", func(c *eval.Context, this eval.Value, args []eval.Value) eval.Value {
//	    return eval.Int(int32(eval.UTF16Len(this.Native().(*strings.Builder).String())))
//	})
//	r.Register("System.Text.StringBuilder.Append(string)", func(c *eval.Context, this eval.Value, args []eval.Value) eval.Value {
//	    this.Native().(*strings.Builder).WriteString(args[0].AsString())
//	    return this
//	})
//
// Non-extern members in a prelude are ordinary C# and run in the interpreter.
type Registry struct {
	natives  map[string]NativeFunc
	preludes []prelude
	once     sync.Once
	parsed   []*syntax.File
	parseErr error
}

type prelude struct {
	name string
	src  []byte
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry {
	return &Registry{natives: map[string]NativeFunc{}}
}

// Register binds key (see Registry) to f. Registering a key twice panics:
// it is a programming error found at start-up.
func (r *Registry) Register(key string, f NativeFunc) {
	key = strings.ReplaceAll(key, " ", "")
	if _, dup := r.natives[key]; dup {
		panic("eval: native " + key + " registered twice")
	}
	r.natives[key] = f
}

// AddPrelude adds a C# source file of declarations. name is used in
// positions ("List.cs(12,5)").
func (r *Registry) AddPrelude(name string, src []byte) {
	r.preludes = append(r.preludes, prelude{name, src})
}

// Keys returns the registered keys, sorted (for tests and documentation).
func (r *Registry) Keys() []string {
	ks := make([]string, 0, len(r.natives))
	for k := range r.natives {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// Files returns the registry's prelude files, parsed (once): the checker
// reads the library's declarations from them.
func (r *Registry) Files() ([]*syntax.File, error) { return r.files() }

// files parses the preludes once.
func (r *Registry) files() ([]*syntax.File, error) {
	r.once.Do(func() {
		var errs []string
		for _, p := range r.preludes {
			f, err := syntax.ParseFile(p.name, p.src)
			if err != nil {
				errs = append(errs, err.Error())
			}
			r.parsed = append(r.parsed, f)
		}
		if len(errs) > 0 {
			r.parseErr = fmt.Errorf("prelude: %s", strings.Join(errs, "\n"))
		}
	})
	return r.parsed, r.parseErr
}

// lookup finds the native for an extern member.
func (r *Registry) lookup(key, nameKey string) (NativeFunc, bool) {
	if f, ok := r.natives[key]; ok {
		return f, true
	}
	f, ok := r.natives[nameKey]
	return f, ok
}
