package eval

import (
	"strings"
	"sync"

	"rpbench/csharp/syntax"
)

// TypeKind classifies runtime types.
type TypeKind uint8

// The kinds of runtime types.
const (
	TypeClass TypeKind = iota
	TypeStruct
	TypeInterface
	TypeEnum
	TypeDelegate
	TypeTypeParam // a generic type parameter (only inside generic definitions)
)

// Type is a runtime type: a class, struct, interface, enum or delegate,
// declared in user code or in a prelude. A constructed generic type
// (List<int>) is its own *Type whose Def is the generic definition and whose
// TypeArgs are the arguments; members are shared with the definition.
type Type struct {
	Name      string // simple name without arity: "List"
	Namespace string // "System.Collections.Generic"
	Kind      TypeKind
	Outer     *Type // enclosing type of a nested type
	Base      *Type
	Ifaces    []*Type
	Static    bool // static class
	Abstract  bool
	Sealed    bool
	Record    bool

	TypeParams []string // generic parameter names of a definition
	TypeArgs   []*Type  // arguments of a constructed type
	Def        *Type    // generic definition of a constructed type (nil otherwise)
	Elem       *Type    // element type of an array type, underlying type of a Nullable<T>
	Rank       int      // rank of an array type (0: not an array)

	// Prim is the value kind of primitive types (System.Int32 → KInt) and of
	// enums (their underlying kind); KObject for classes.
	Prim Kind

	// Members. Fields holds all instance fields including inherited ones (base first).
	Fields           []*Field
	fieldIndex       map[string]*Field
	StaticVals       []Value
	statics          map[string]*Field
	Methods          map[string][]*Method // declared here, by name (ctors under ".ctor")
	Props            map[string]*Property
	Events           map[string]*Event
	Indexers         []*Property
	Nested           map[string]*Type
	EnumNames        []string // enum members in declaration order
	EnumValues       []int64
	Flags            bool // [Flags] enum
	vtable           []*Method
	ifaceMap         sync.Map // *Method (interface) → *Method (implementation)
	decl             *syntax.TypeDecl
	parts            []typePart // all declarations of a (possibly partial) type
	enumDecl         *syntax.EnumDecl
	delDecl          *syntax.DelegateDecl
	tparamTypes      []*Type // placeholders for TypeParams
	pIndex           int     // index of a type parameter placeholder
	pMethod          bool    // placeholder of a method type parameter
	open             bool    // mentions type parameter placeholders
	mcache           map[string][]*Method
	zeroFields       []Value
	zeroReady        bool
	baseExpr         syntax.Expr
	tpOwner          *Type
	anon             bool
	tupleNames       []string // element names of a named tuple type ((int Min, int Max)), see tuples.go
	hasStructFields  bool
	structFieldTypes []structField
	file             *fileScope
	interp           *Interp
	cctor            *Method
	cctorState       uint8   // 0 not run, 1 running, 2 done, 3 failed
	cctorErr         *Object // the TypeInitializationException of a failed static initialization
	instInit         []fieldInit
	staticInit       []fieldInit
	built            bool
	instances        map[string]*Type   // constructed generic instances of a definition
	instPtr          map[[2]*Type]*Type // the same, by the argument pointers (1 or 2 arguments): no key string to build
	delegateSig      *Method            // Invoke signature of a delegate type
	outerTP          int                // leading TypeParams inherited from the enclosing generic type (see nested.go)
}

// typePart is one declaration of a type (several for partial types).
type typePart struct {
	decl *syntax.TypeDecl
	fs   *fileScope
}

// fieldInit is one field initializer, compiled lazily.
type fieldInit struct {
	f    *Field
	expr syntax.Expr
	code func(*Frame) Value
}

// Field is an instance or static field (or an auto-property's backing field).
type Field struct {
	Name     string
	Type     *TypeRef
	Index    int // index in Object.Fields or Type.StaticVals
	Static   bool
	Const    bool
	ReadOnly bool
	Decl     *Type
	constVal *Value
}

// TypeRef is a type as written in a declaration, resolved lazily to a *Type
// (type parameters resolve at run time against the frame).
type TypeRef struct {
	Node     syntax.Expr
	T        *Type // resolved type (open when it mentions type parameters)
	nullable bool  // T? of a value type
	resolved bool
	env      *tenv
}

// Property is a property or indexer.
type Property struct {
	Name   string
	Type   *TypeRef
	Get    *Method
	Set    *Method
	Static bool
	Decl   *Type
	Auto   *Field // backing field of an auto-property
	Params []*Param
}

// Event is a field-like or custom event.
type Event struct {
	Name   string
	Static bool
	Field  *Field // backing field of a field-like event
	Add    *Method
	Remove *Method
	Decl   *Type
}

// ParamMode is how an argument is passed.
type ParamMode uint8

// Parameter modes.
const (
	ByVal ParamMode = iota
	ByRef
	ByOut
	ByIn
	ByParams
)

// Param is one method parameter.
type Param struct {
	Name     string
	Type     *TypeRef
	Mode     ParamMode
	Default  syntax.Expr // nil: required
	defVal   *Value
	This     bool // the 'this' parameter of an extension method
	conv     func(Value) Value
	convDone bool
}

// Method is a method, constructor, accessor or operator.
type Method struct {
	Name          string // "Add", ".ctor", ".cctor", "get_Count", "op_Addition"
	Decl          *Type
	Params        []*Param
	Ret           *TypeRef // nil: void
	TypeParams    []string
	Static        bool
	Virtual       bool
	Abstract      bool
	Override      bool
	New           bool
	Async         bool
	Extern        bool
	Extension     bool
	Iterator      bool
	ExplicitOf    *Type // explicit interface implementation of this interface
	Public        bool
	Slot          int // vtable slot, -1 if not virtual
	Native        NativeFunc
	Key           string // native binding key
	node          syntax.Node
	body          *compiledBody
	compileMu     sync.Mutex
	prop          *Property
	ctorInit      *syntax.ConstructorInit
	pos           syntax.Pos
	tpTypes       []*Type
	recordPrimary bool
}

// Object is an instance of a class, a struct value's storage, or a boxed struct.
type Object struct {
	Type   *Type
	Fields []Value
	// Native is the Go state attached by a native constructor (List<T>'s slice, a Task's state, ...).
	Native any
	boxed  bool
}

// Array is a C# array. Multi-dimensional arrays keep their lengths in Dims
// and store elements in row-major order.
type Array struct {
	Elem *Type
	Data []Value
	Dims []int // nil for single-dimensional arrays
}

// Delegate is a delegate value: a bound method, a lambda closure, a Go
// function, or an invocation list of several (multicast).
type Delegate struct {
	Type   *Type
	Target Value                                // receiver of an instance method
	M      *Method                              // method (nil for closures and Go functions)
	Clo    *Closure                             // lambda
	Fn     func(c *Context, args []Value) Value // Go function
	List   []*Delegate                          // invocation list of a multicast delegate (len >= 2), else nil
	targs  []*Type
}

// FullName returns the type's namespace-qualified name with its generic arguments
// as .NET's Type.ToString and its exception messages print it
// ("System.Collections.Generic.List`1[System.Int32]"; .NET's Type.FullName would add
// assembly names in double brackets, which a program cannot rely on).
func (t *Type) FullName() string {
	var b strings.Builder
	if t.Rank > 0 {
		b.WriteString(t.Elem.FullName())
		b.WriteByte('[')
		for i := 1; i < t.Rank; i++ {
			b.WriteByte(',')
		}
		b.WriteByte(']')
		return b.String()
	}
	if t.Outer != nil {
		b.WriteString(t.Outer.FullName())
		b.WriteByte('+')
	} else if t.Namespace != "" {
		b.WriteString(t.Namespace)
		b.WriteByte('.')
	}
	b.WriteString(t.Name)
	d := t
	if t.Def != nil {
		d = t.Def
	}
	if n := d.ownArity(); n > 0 {
		b.WriteByte('`')
		b.WriteString(itoa(n))
	}
	if len(t.TypeArgs) > 0 {
		b.WriteByte('[')
		for i, a := range t.TypeArgs {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(a.FullName())
		}
		b.WriteByte(']')
	}
	return b.String()
}

// metaName returns "Namespace.Outer+Name`N" (the key prefix for natives).
func (t *Type) metaName() string {
	d := t
	if t.Def != nil {
		d = t.Def
	}
	var b strings.Builder
	if d.Outer != nil {
		b.WriteString(d.Outer.metaName())
		b.WriteByte('.')
	} else if d.Namespace != "" {
		b.WriteString(d.Namespace)
		b.WriteByte('.')
	}
	b.WriteString(d.Name)
	if n := d.ownArity(); n > 0 {
		b.WriteByte('`')
		b.WriteString(itoa(n))
	}
	return b.String()
}

// String returns the type's name as .NET's Type.ToString prints it
// ("System.Collections.Generic.List`1[System.Int32]").
func (t *Type) String() string { return t.FullName() }

// CSharpName returns the type as C# source spells it ("List<int>").
func (t *Type) CSharpName() string {
	if t.Rank > 0 {
		return t.Elem.CSharpName() + "[" + strings.Repeat(",", t.Rank-1) + "]"
	}
	if k, ok := keywordOf[t.metaName()]; ok {
		return k
	}
	n := t.Name
	if len(t.TypeArgs) > 0 {
		parts := make([]string, len(t.TypeArgs))
		for i, a := range t.TypeArgs {
			parts[i] = a.CSharpName()
		}
		n += "<" + strings.Join(parts, ", ") + ">"
	}
	return n
}

// generic returns the definition of t (t itself when not constructed).
func (t *Type) generic() *Type {
	if t.Def != nil {
		return t.Def
	}
	return t
}

// IsValueType reports whether values of t have value semantics.
func (t *Type) IsValueType() bool {
	d := t.generic()
	return d.Kind == TypeStruct || d.Kind == TypeEnum
}

// Is reports whether t is u or derives from or implements u.
func (t *Type) Is(u *Type) bool {
	if t == u {
		return true
	}
	if u == nil || t == nil {
		return false
	}
	for b := t; b != nil; b = b.Base {
		if b == u || (u.Def == nil && b.Def == u) || sameConstructed(b, u) {
			return true
		}
		for _, i := range b.Ifaces {
			if i.Is(u) {
				return true
			}
		}
	}
	if t.Rank > 0 && u.Rank == 0 && u.Def != nil && len(u.TypeArgs) == 1 {
		// T[] implements IEnumerable<T>, IList<T>, ...
		switch u.Def.Name {
		case "IEnumerable", "IList", "ICollection", "IReadOnlyList", "IReadOnlyCollection":
			return t.Elem.Is(u.TypeArgs[0])
		}
	}
	return false
}

func sameConstructed(a, b *Type) bool {
	if a.Def == nil || a.Def != b.Def || len(a.TypeArgs) != len(b.TypeArgs) {
		return false
	}
	for i := range a.TypeArgs {
		if a.TypeArgs[i] != b.TypeArgs[i] && !sameConstructed(a.TypeArgs[i], b.TypeArgs[i]) {
			return false
		}
	}
	return true
}

// FieldByName returns the instance field called name, or nil.
func (t *Type) FieldByName(name string) *Field {
	t.ensureBuilt()
	return t.generic().fieldIndex[name]
}

// StaticField returns the static field called name declared in t, or nil.
func (t *Type) StaticField(name string) *Field {
	t.ensureBuilt()
	return t.generic().statics[name]
}

func itoa(i int) string {
	if i >= 0 && i < 10 {
		return string(rune('0' + i))
	}
	var b [20]byte
	n := len(b)
	neg := i < 0
	if neg {
		i = -i
	}
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}

// keywordOf maps the metadata names of the built-in types to their C# keywords.
var keywordOf = map[string]string{
	"System.Boolean": "bool", "System.Char": "char", "System.SByte": "sbyte", "System.Byte": "byte",
	"System.Int16": "short", "System.UInt16": "ushort", "System.Int32": "int", "System.UInt32": "uint",
	"System.Int64": "long", "System.UInt64": "ulong", "System.Single": "float", "System.Double": "double",
	"System.Decimal": "decimal", "System.String": "string", "System.Object": "object", "System.Void": "void",
}

// keywordTypes maps C# type keywords to metadata names.
var keywordTypes = map[string]string{
	"bool": "System.Boolean", "char": "System.Char", "sbyte": "System.SByte", "byte": "System.Byte",
	"short": "System.Int16", "ushort": "System.UInt16", "int": "System.Int32", "uint": "System.UInt32",
	"long": "System.Int64", "ulong": "System.UInt64", "float": "System.Single", "double": "System.Double",
	"decimal": "System.Decimal", "string": "System.String", "object": "System.Object", "void": "System.Void",
	"nint": "System.Int64", "nuint": "System.UInt64", "dynamic": "System.Object",
}

// primKinds maps metadata names of primitive types to their kinds.
var primKinds = map[string]Kind{
	"System.Boolean": KBool, "System.Char": KChar, "System.SByte": KSByte, "System.Byte": KByte,
	"System.Int16": KShort, "System.UInt16": KUShort, "System.Int32": KInt, "System.UInt32": KUInt,
	"System.Int64": KLong, "System.UInt64": KULong, "System.Single": KFloat, "System.Double": KDouble,
	"System.Decimal": KDecimal, "System.String": KString,
}
