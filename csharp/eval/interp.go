package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"rpbench/csharp/syntax"
)

// Config configures an interpreter.
type Config struct {
	// Libraries are the registries whose preludes and natives make up the
	// library. Core() (this package's System core) is always loaded first and
	// need not be listed.
	Libraries []*Registry
	// Host is the event loop; nil gives a new VirtualLoop starting at 2024-01-01 UTC.
	Host   Host
	Stdout io.Writer // Console output (nil: discarded)
	Stderr io.Writer // Console.Error (nil: discarded)
	Stdin  io.Reader // Console.ReadLine (nil: empty)
	// MaxSteps is the step budget (statements in loops and calls); 0 gives 1e9.
	MaxSteps int64
	// MaxDepth limits nested calls per coroutine; 0 gives 2000.
	MaxDepth int
	// OnUnhandled is called (on the loop) with an exception that escaped an
	// async void method, a timer callback or another entry with no caller to
	// take it, and with fatal errors (step budget, deadlock). nil: the error
	// is kept and returned by Err.
	OnUnhandled func(err *RuntimeError)
	// Location is the local time zone for DateTime.Now (nil: UTC).
	Location *time.Location
	// Seed seeds Random and Guid.
	Seed int64
}

// Interp is one C# program: its types (and their static state), its
// coroutines, and its host loop. It is not safe for concurrent use: all
// entries must be made from the host loop.
type Interp struct {
	// anonTypes are the anonymous object types by property names: one type
	// per name list, so that equal anonymous objects are Equals.
	anonTypes   map[string]*Type
	cfg         Config
	host        Host
	regs        []*Registry
	types       map[string]*Type // by metadata name ("System.Collections.Generic.List`1")
	nsSet       map[string]bool
	stdout      io.Writer
	stderr      io.Writer
	stdin       io.Reader
	console     *consoleRedirect // Console.SetOut/SetError/SetIn (nil: none)
	steps       int64
	maxSteps    int64 // steps stops the code with an error when it passes this count
	stepBudget  int64 // the budget maxSteps stands for, for the error message
	maxDepth    int
	errs        []*RuntimeError
	ext         map[string][]*Method // extension methods by name
	refNames    map[string]bool      // names of methods declared to return by reference (ref int F())
	arrays      map[*Type][]*Type    // array types by element (index rank-1)
	userFiles   []*syntax.File
	globalStmts []syntax.Stmt
	formatHook  FormatHook
	stdinReader *bufio.Reader
	lastPos     syntax.Pos
	globalScope *fileScope

	// Well-known types.
	tObject, tString, tValueType, tEnum, tArray, tDelegate, tException, tType *Type
	tNullable, tTask, tTaskT, tVoid                                           *Type
	prim                                                                      [KNative + 1]*Type
	tupleTypes                                                                map[int]*Type
	Data                                                                      map[string]any // free slots for natives of other packages (by key)
}

// New creates an interpreter and loads the core library and the libraries in cfg.
func New(cfg Config) (*Interp, error) {
	in := &Interp{
		cfg:      cfg,
		host:     cfg.Host,
		types:    map[string]*Type{},
		nsSet:    map[string]bool{},
		stdout:   cfg.Stdout,
		stderr:   cfg.Stderr,
		stdin:    cfg.Stdin,
		maxSteps: cfg.MaxSteps,
		maxDepth: cfg.MaxDepth,
		ext:      map[string][]*Method{},
		arrays:   map[*Type][]*Type{},
		Data:     map[string]any{},
	}
	if in.host == nil {
		in.host = NewVirtualLoop(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
	}
	if in.stdout == nil {
		in.stdout = io.Discard
	}
	if in.stderr == nil {
		in.stderr = io.Discard
	}
	if in.maxSteps == 0 {
		in.maxSteps = 1e9
	}
	in.stepBudget = in.maxSteps
	if in.maxDepth == 0 {
		in.maxDepth = 2000
	}
	in.regs = append([]*Registry{Core()}, cfg.Libraries...)
	var files []*syntax.File
	for _, r := range in.regs {
		fs, err := r.files()
		if err != nil {
			return nil, err
		}
		files = append(files, fs...)
	}
	if err := in.declare(files, true); err != nil {
		return nil, err
	}
	return in, nil
}

// Load declares the types of user files (already parsed, and preferably
// checked). It may be called more than once.
func (in *Interp) Load(files ...*syntax.File) error {
	in.userFiles = append(in.userFiles, files...)
	return in.declare(files, false)
}

// Host returns the interpreter's host loop.
func (in *Interp) Host() Host { return in.host }

// Stdout returns the writer Console.Write writes to.
func (in *Interp) Stdout() io.Writer { return in.stdout }

// Stderr returns the writer Console.Error writes to.
func (in *Interp) Stderr() io.Writer { return in.stderr }

// Stdin returns the reader Console.ReadLine reads from (nil: none).
func (in *Interp) Stdin() io.Reader { return in.stdin }

// Config returns the configuration the interpreter was created with.
func (in *Interp) Config() Config { return in.cfg }

// Steps returns the number of steps charged so far.
func (in *Interp) Steps() int64 { return in.steps }

// SetStepBudget lets the code that runs from now on take at most left more steps:
// the step after those stops the running coroutine with a "step budget of whole
// exceeded" error (reported like a fatal error; the interpreter and its other
// coroutines go on). Config.MaxSteps is the budget of the interpreter's whole life;
// a host that runs several independent pieces of work on one interpreter (the calls
// of a route point) gives each of its turns the steps left of that piece's whole
// budget, so one runaway loop cannot use up the others'. restore puts the previous
// budget back.
func (in *Interp) SetStepBudget(left, whole int64) (restore func()) {
	oldMax, oldBudget := in.maxSteps, in.stepBudget
	if left < 0 {
		left = 0
	}
	in.maxSteps, in.stepBudget = in.steps+left, whole
	return func() { in.maxSteps, in.stepBudget = oldMax, oldBudget }
}

// Err returns the first unhandled error recorded (when Config.OnUnhandled is nil).
func (in *Interp) Err() *RuntimeError {
	if len(in.errs) == 0 {
		return nil
	}
	return in.errs[0]
}

func (in *Interp) reportFatal(e *RuntimeError) {
	if in.cfg.OnUnhandled != nil {
		in.cfg.OnUnhandled(e)
		return
	}
	in.errs = append(in.errs, e)
}

func (in *Interp) reportUnhandled(c *Context, ex *Object) {
	in.reportFatal(in.unhandledError(c, ex))
}

// unhandledError describes an exception nobody caught.
func (in *Interp) unhandledError(c *Context, ex *Object) *RuntimeError {
	e := &RuntimeError{Exception: ObjVal(ex)}
	e.Msg = "Unhandled exception. " + in.exceptionString(c, ex)
	if p, ok := ex.Native.(*exState); ok {
		e.Pos = p.pos
	}
	return e
}

// TypeByName returns the type with the given metadata name
// ("System.Collections.Generic.List`1", "Outer.Inner", "System.Int32"), or
// its C# keyword ("int"), or nil.
func (in *Interp) TypeByName(name string) *Type {
	if k, ok := keywordTypes[name]; ok {
		name = k
	}
	return in.types[name]
}

// fileScope is what a declaration sees of its file: namespace and usings.
type fileScope struct {
	ns       string
	usings   []string
	aliases  map[string]syntax.Expr
	statics  []syntax.Expr
	staticTs []*Type
	parent   *fileScope
	file     *syntax.File
	prelude  bool
}

// declare creates the types of files, then builds their members.
func (in *Interp) declare(files []*syntax.File, prelude bool) error {
	var errs []string
	var newTypes []*Type
	for _, f := range files {
		fs := &fileScope{file: f, prelude: prelude}
		in.addUsings(fs, f.Usings)
		for _, d := range f.Decls {
			in.declareDecl(d, fs, nil, &newTypes, &errs)
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	in.bindWellKnown()
	for _, t := range newTypes {
		if err := in.build(t); err != nil {
			errs = append(errs, err.Error())
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	// Bind natives.
	for _, t := range newTypes {
		for _, name := range sortedKeys(t.Methods) {
			for _, m := range t.Methods[name] {
				if m.Extern && m.Native == nil {
					if f, ok := in.lookupNative(m); ok {
						m.Native = f
					} else {
						errs = append(errs, fmt.Sprintf("%s: extern member %s has no native binding (register key %q)", m.pos, m.Name, m.Key))
					}
				}
			}
		}
	}
	if len(errs) > 0 {
		sort.Strings(errs)
		return fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func (in *Interp) lookupNative(m *Method) (NativeFunc, bool) {
	nameKey := m.Decl.metaName() + "." + m.Name
	if len(m.TypeParams) > 0 {
		nameKey += "``" + itoa(len(m.TypeParams))
	}
	for i := len(in.regs) - 1; i >= 0; i-- {
		if f, ok := in.regs[i].lookup(m.Key, nameKey); ok {
			return f, true
		}
	}
	return nil, false
}

func (in *Interp) addUsings(fs *fileScope, us []*syntax.UsingDirective) {
	for _, u := range us {
		switch {
		case u.Alias != nil:
			if fs.aliases == nil {
				fs.aliases = map[string]syntax.Expr{}
			}
			fs.aliases[u.Alias.Name] = u.Name
		case u.Static:
			fs.statics = append(fs.statics, u.Name)
		default:
			fs.usings = append(fs.usings, exprDotted(u.Name))
		}
	}
}

// exprDotted returns the dotted text of a name expression.
func exprDotted(e syntax.Expr) string {
	switch x := e.(type) {
	case *syntax.Ident:
		return x.Name
	case *syntax.MemberAccess:
		return exprDotted(x.X) + "." + x.Name.Name
	case *syntax.AliasQualified:
		return x.Name.Name
	case *syntax.PredefinedType:
		return x.Kw.String()
	}
	return ""
}

func (in *Interp) declareDecl(d syntax.Decl, fs *fileScope, outer *Type, out *[]*Type, errs *[]string) {
	switch d := d.(type) {
	case *syntax.NamespaceDecl:
		ns := exprDotted(d.Name)
		if fs.ns != "" {
			ns = fs.ns + "." + ns
		}
		sub := &fileScope{ns: ns, parent: fs, file: fs.file, prelude: fs.prelude}
		for p := ns; p != ""; {
			in.nsSet[p] = true
			i := strings.LastIndexByte(p, '.')
			if i < 0 {
				break
			}
			p = p[:i]
		}
		in.addUsings(sub, d.Usings)
		if d.FileScoped {
			// Subsequent file decls are nested; the parser puts them in Decls.
		}
		for _, x := range d.Decls {
			in.declareDecl(x, sub, nil, out, errs)
		}
	case *syntax.TypeDecl:
		t := in.newDeclType(d.Name.Name, fs, outer, len(d.TypeParams), d.Pos(), errs)
		if t == nil {
			return
		}
		t.parts = append(t.parts, typePart{d, fs})
		if t.decl != nil {
			for _, m := range d.Members {
				switch m.(type) {
				case *syntax.TypeDecl, *syntax.EnumDecl, *syntax.DelegateDecl:
					in.declareDecl(m, fs, t, out, errs)
				}
			}
			return
		}
		t.decl = d
		if outer != nil && len(outer.TypeParams) > 0 {
			// C#: a generic type nested in a generic type also has the outer
			// type's parameters (Outer<int>.Inner<string> binds T and U).
			t.TypeParams = append(t.TypeParams, outer.TypeParams...)
			t.outerTP = len(outer.TypeParams)
		}
		for _, tp := range d.TypeParams {
			t.TypeParams = append(t.TypeParams, tp.Name.Name)
		}
		switch d.Kind {
		case syntax.StructKind, syntax.RecordStructKind:
			t.Kind = TypeStruct
		case syntax.InterfaceKind:
			t.Kind = TypeInterface
		}
		t.Record = d.Kind == syntax.RecordKind || d.Kind == syntax.RecordStructKind
		t.Static = d.Mods.Has(syntax.ModStatic)
		t.Abstract = d.Mods.Has(syntax.ModAbstract) || t.Kind == TypeInterface
		t.Sealed = d.Mods.Has(syntax.ModSealed)
		*out = append(*out, t)
		for _, m := range d.Members {
			switch m.(type) {
			case *syntax.TypeDecl, *syntax.EnumDecl, *syntax.DelegateDecl:
				in.declareDecl(m, fs, t, out, errs)
			}
		}
	case *syntax.EnumDecl:
		t := in.newDeclType(d.Name.Name, fs, outer, 0, d.Pos(), errs)
		if t == nil {
			return
		}
		t.Kind = TypeEnum
		t.Prim = KInt
		t.Sealed = true
		for _, al := range d.Attrs {
			for _, a := range al.Attrs {
				if n := exprDotted(a.Name); n == "Flags" || n == "FlagsAttribute" || n == "System.Flags" {
					t.Flags = true
				}
			}
		}
		t.enumDecl = d
		*out = append(*out, t)
	case *syntax.DelegateDecl:
		t := in.newDeclType(d.Name.Name, fs, outer, len(d.TypeParams), d.Pos(), errs)
		if t == nil {
			return
		}
		t.Kind = TypeDelegate
		t.Sealed = true
		for _, tp := range d.TypeParams {
			t.TypeParams = append(t.TypeParams, tp.Name.Name)
		}
		t.delDecl = d
		*out = append(*out, t)
	case *syntax.GlobalStmt:
		in.globalStmts = append(in.globalStmts, d.Stmt)
		in.globalScope = fs
	}
}

func (in *Interp) newDeclType(name string, fs *fileScope, outer *Type, arity int, pos syntax.Pos, errs *[]string) *Type {
	t := &Type{Name: name, Namespace: fs.ns, Outer: outer, file: fs, interp: in, Prim: KObject}
	if outer != nil {
		t.Namespace = outer.Namespace
	}
	key := t.metaNameArity(arity)
	if old, dup := in.types[key]; dup {
		if old.decl != nil && old.decl.Mods.Has(syntax.ModPartial) {
			// partial types: merge members into the first declaration.
			return old
		}
		*errs = append(*errs, fmt.Sprintf("%s: type %s is declared twice", pos, key))
		return nil
	}
	in.types[key] = t
	if outer != nil {
		if outer.Nested == nil {
			outer.Nested = map[string]*Type{}
		}
		outer.Nested[nameArity(name, arity)] = t
	}
	if k, ok := primKinds[key]; ok {
		t.Prim = k
	}
	return t
}

func nameArity(name string, arity int) string {
	if arity == 0 {
		return name
	}
	return name + "`" + itoa(arity)
}

func (t *Type) metaNameArity(arity int) string {
	var b strings.Builder
	if t.Outer != nil {
		b.WriteString(t.Outer.metaName())
		b.WriteByte('.')
	} else if t.Namespace != "" {
		b.WriteString(t.Namespace)
		b.WriteByte('.')
	}
	b.WriteString(nameArity(t.Name, arity))
	return b.String()
}

// bindWellKnown finds the core types once the core prelude is declared.
func (in *Interp) bindWellKnown() {
	if in.tObject != nil {
		return
	}
	g := func(n string) *Type { return in.types[n] }
	in.tObject = g("System.Object")
	in.tString = g("System.String")
	in.tValueType = g("System.ValueType")
	in.tEnum = g("System.Enum")
	in.tArray = g("System.Array")
	in.tDelegate = g("System.Delegate")
	in.tException = g("System.Exception")
	in.tType = g("System.Type")
	in.tNullable = g("System.Nullable`1")
	in.tTask = g("System.Threading.Tasks.Task")
	in.tTaskT = g("System.Threading.Tasks.Task`1")
	in.tVoid = g("System.Void")
	for name, k := range primKinds {
		in.prim[k] = g(name)
	}
	in.tupleTypes = map[int]*Type{}
	for i := 1; i <= 8; i++ {
		if t := g("System.ValueTuple`" + itoa(i)); t != nil {
			in.tupleTypes[i] = t
		}
	}
}

// typeOf returns the runtime type of a value (nil for null).
func (in *Interp) typeOf(v Value) *Type {
	switch v.K {
	case KNull:
		return nil
	case KObject, KStruct:
		return v.R.(*Object).Type
	case KEnum:
		return v.R.(*Type)
	case KArray:
		a := v.R.(*Array)
		r := 1
		if a.Dims != nil {
			r = len(a.Dims)
		}
		return in.ArrayType(a.Elem, r)
	case KDelegate:
		d := v.R.(*Delegate)
		if d.Type != nil {
			return d.Type
		}
		return in.tDelegate
	case KType:
		return in.tType
	case KNative:
		return in.tObject
	case KRef:
		return in.typeOf(*v.R.(*Value))
	}
	return in.prim[v.K]
}

// TypeOf returns the runtime type of v (nil for null).
func (c *Context) TypeOf(v Value) *Type { return c.in.typeOf(v) }

// ArrayType returns the array type elem[] (rank 1) or elem[,...].
func (in *Interp) ArrayType(elem *Type, rank int) *Type {
	if elem == nil {
		elem = in.tObject
	}
	ts := in.arrays[elem]
	for len(ts) < rank {
		ts = append(ts, nil)
	}
	if ts[rank-1] == nil {
		ts[rank-1] = &Type{Name: elem.Name + "[]", Namespace: elem.Namespace, Kind: TypeClass, Base: in.tArray,
			Elem: elem, Rank: rank, interp: in, Prim: KObject, built: true, open: elem.open}
	}
	in.arrays[elem] = ts
	return ts[rank-1]
}

// Exit is returned (as a panic through Environment.Exit) to stop the program.
type exitPanic struct{ code int }

// defaultStdout is used by tests that want os.Stdout.
var _ = os.Stdout
