package check

import (
	"strings"

	"rpbench/csharp/syntax"
)

// typeKind distinguishes the shapes of *ty.
type typeKind uint8

const (
	kUnknown   typeKind = iota // not known (an earlier error, or too hard to infer): silences diagnostics
	kNamed                     // a class, struct, interface, enum or delegate (sym + args)
	kArray                     // elem[rank]
	kTypeParam                 // a type parameter
	kNull                      // the type of the null literal
	kVoid                      // void
	kTuple                     // (T1 a, T2 b)
	kDynamic                   // dynamic
)

// A ty is a type as the checker computes it. Types are compared with identical.
type ty struct {
	kind  typeKind
	sym   *typeSym
	args  []*ty
	elem  *ty
	rank  int
	tp    *tparamSym
	elems []*ty
	names []string
}

var (
	tUnknown = &ty{kind: kUnknown}
	tNull    = &ty{kind: kNull}
	tVoid    = &ty{kind: kVoid}
	tDynamic = &ty{kind: kDynamic}
)

func isUnknown(t *ty) bool { return t == nil || t.kind == kUnknown || t.kind == kDynamic }

// symKind is the kind of a type symbol.
type symKind uint8

const (
	symClass symKind = iota
	symStruct
	symInterface
	symEnum
	symDelegate
)

// A typeSym is a declared type (from a prelude or a user file).
type typeSym struct {
	Name    string
	NS      string // full namespace ("" for the global namespace)
	Outer   *typeSym
	Kind    symKind
	Mods    syntax.ModFlags
	TParams []*tparamSym
	Base    *ty
	Ifaces  []*ty
	Decl    syntax.Node
	Pos     syntax.Pos
	User    bool // declared in a checked file (not a prelude)
	Record  bool

	members map[string][]*memberSym
	order   []*memberSym
	nested  map[string][]*typeSym
	ctx     *declCtx   // where names in the declaration resolve
	invoke  *memberSym // a delegate's Invoke
	hasConv bool       // declares a user-defined conversion or operator
	convOp  bool       // declares a user-defined conversion (implicit or explicit operator T)
	self    *ty        // the type with its own parameters as arguments
	state   uint8      // 0 new, 1 bases resolving, 2 bases done
	broken  bool       // a base type did not resolve: member lookups are not sure
}

// brokenChain reports whether s or one of its base types has a base that did not resolve.
func brokenChain(s *typeSym) bool {
	for i := 0; s != nil && i < 50; i++ {
		if s.broken {
			return true
		}
		if s.Base == nil {
			return false
		}
		s = s.Base.sym
	}
	return false
}

// A tparamSym is a type parameter of a type or a method.
type tparamSym struct {
	Name   string
	Index  int
	Bounds []*ty // class and interface constraints (where T : B, I)
}

// memberKind is the kind of a member.
type memberKind uint8

const (
	mField memberKind = iota
	mConst
	mProperty
	mIndexer
	mMethod
	mCtor
	mEvent
	mEnumConst
	mOperator
)

// A memberSym is a field, property, method, constructor, event, indexer or enum constant.
type memberSym struct {
	Kind    memberKind
	Name    string
	Owner   *typeSym
	Mods    syntax.ModFlags
	Type    *ty // field/property/event type, method return type
	Params  []*paramSym
	TParams []*tparamSym
	Ext     bool // extension method (first parameter has this)
	Decl    syntax.Node
	Pos     syntax.Pos
	HasGet  bool
	HasSet  bool
	Iface   bool // explicit interface implementation
}

// A paramSym is a method parameter.
type paramSym struct {
	Name       string
	Type       *ty
	Mode       syntax.ParamMode
	HasDefault bool
	IsParams   bool
}

func (m *memberSym) static() bool {
	return m.Mods&(syntax.ModStatic|syntax.ModConst) != 0 || m.Kind == mConst || m.Kind == mEnumConst || m.Kind == mOperator
}

func named(s *typeSym, args ...*ty) *ty { return &ty{kind: kNamed, sym: s, args: args} }

// selfType returns the type of s with its own type parameters as arguments.
func (s *typeSym) selfType() *ty {
	if s.self == nil {
		var args []*ty
		for _, tp := range s.allTParams() {
			args = append(args, &ty{kind: kTypeParam, tp: tp})
		}
		s.self = named(s, args...)
	}
	return s.self
}

// allTParams returns the type parameters of s and its outer types, outermost first.
func (s *typeSym) allTParams() []*tparamSym {
	if s.Outer == nil {
		return s.TParams
	}
	return append(append([]*tparamSym(nil), s.Outer.allTParams()...), s.TParams...)
}

func (s *typeSym) fullName() string {
	if s.Outer != nil {
		return s.Outer.fullName() + "." + s.Name
	}
	if s.NS == "" {
		return s.Name
	}
	return s.NS + "." + s.Name
}

var keywordNames = map[string]string{
	"System.Boolean": "bool", "System.Char": "char", "System.SByte": "sbyte", "System.Byte": "byte",
	"System.Int16": "short", "System.UInt16": "ushort", "System.Int32": "int", "System.UInt32": "uint",
	"System.Int64": "long", "System.UInt64": "ulong", "System.Single": "float", "System.Double": "double",
	"System.Decimal": "decimal", "System.String": "string", "System.Object": "object", "System.Void": "void",
}

// String formats t as the C# compiler does in messages: keywords for the
// special types, namespace-qualified names otherwise.
func (t *ty) String() string {
	if t == nil {
		return "?"
	}
	switch t.kind {
	case kUnknown:
		return "?"
	case kNull:
		return "<null>"
	case kVoid:
		return "void"
	case kDynamic:
		return "dynamic"
	case kTypeParam:
		return t.tp.Name
	case kArray:
		return t.elem.String() + "[" + strings.Repeat(",", t.rank-1) + "]"
	case kTuple:
		var b strings.Builder
		b.WriteByte('(')
		for i, e := range t.elems {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(e.String())
			if i < len(t.names) && t.names[i] != "" {
				b.WriteString(" " + t.names[i])
			}
		}
		b.WriteByte(')')
		return b.String()
	}
	full := t.sym.fullName()
	if k, ok := keywordNames[full]; ok {
		return k
	}
	if full == "System.Nullable" && len(t.args) == 1 {
		return t.args[0].String() + "?"
	}
	if len(t.args) == 0 {
		return full
	}
	// the outer types' arguments come first
	var b strings.Builder
	args := t.args
	var write func(s *typeSym)
	write = func(s *typeSym) {
		if s.Outer != nil {
			write(s.Outer)
			b.WriteByte('.')
		} else if s.NS != "" {
			b.WriteString(s.NS + ".")
		}
		b.WriteString(s.Name)
		if n := len(s.TParams); n > 0 && n <= len(args) {
			b.WriteByte('<')
			for i, a := range args[:n] {
				if i > 0 {
					b.WriteString(", ")
				}
				b.WriteString(a.String())
			}
			b.WriteByte('>')
			args = args[n:]
		}
	}
	// split args by owner: outer first
	var chain []*typeSym
	for s := t.sym; s != nil; s = s.Outer {
		chain = append(chain, s)
	}
	_ = chain
	write(t.sym)
	return b.String()
}

// identical reports whether a and b are the same type.
func identical(a, b *ty) bool {
	if a == b {
		return true
	}
	if a == nil || b == nil || a.kind != b.kind {
		return false
	}
	switch a.kind {
	case kNamed:
		if a.sym != b.sym || len(a.args) != len(b.args) {
			return false
		}
		for i := range a.args {
			if !identical(a.args[i], b.args[i]) {
				return false
			}
		}
		return true
	case kArray:
		return a.rank == b.rank && identical(a.elem, b.elem)
	case kTypeParam:
		return a.tp == b.tp
	case kTuple:
		if len(a.elems) != len(b.elems) {
			return false
		}
		for i := range a.elems {
			if !identical(a.elems[i], b.elems[i]) {
				return false
			}
		}
		return true
	}
	return true
}

// subst replaces type parameters in t by their bindings in m.
func subst(t *ty, m map[*tparamSym]*ty) *ty {
	if t == nil || len(m) == 0 {
		return t
	}
	switch t.kind {
	case kTypeParam:
		if r, ok := m[t.tp]; ok && r != nil {
			return r
		}
		return t
	case kNamed:
		if len(t.args) == 0 {
			return t
		}
		args := make([]*ty, len(t.args))
		changed := false
		for i, a := range t.args {
			args[i] = subst(a, m)
			changed = changed || args[i] != a
		}
		if !changed {
			return t
		}
		return &ty{kind: kNamed, sym: t.sym, args: args}
	case kArray:
		e := subst(t.elem, m)
		if e == t.elem {
			return t
		}
		return &ty{kind: kArray, elem: e, rank: t.rank}
	case kTuple:
		elems := make([]*ty, len(t.elems))
		for i, e := range t.elems {
			elems[i] = subst(e, m)
		}
		return &ty{kind: kTuple, elems: elems, names: t.names}
	}
	return t
}

// hasTypeParams reports whether t mentions a type parameter of set (any when set is nil).
func mentions(t *ty, set map[*tparamSym]*ty) bool {
	if t == nil {
		return false
	}
	switch t.kind {
	case kTypeParam:
		if set == nil {
			return true
		}
		_, ok := set[t.tp]
		return ok
	case kNamed:
		for _, a := range t.args {
			if mentions(a, set) {
				return true
			}
		}
	case kArray:
		return mentions(t.elem, set)
	case kTuple:
		for _, e := range t.elems {
			if mentions(e, set) {
				return true
			}
		}
	}
	return false
}

// typeMap returns the substitution of a named type's symbol parameters by its arguments.
func typeMap(t *ty) map[*tparamSym]*ty {
	if t == nil || t.kind != kNamed || len(t.args) == 0 {
		return nil
	}
	tps := t.sym.allTParams()
	if len(tps) != len(t.args) {
		return nil
	}
	m := make(map[*tparamSym]*ty, len(tps))
	for i, tp := range tps {
		m[tp] = t.args[i]
	}
	return m
}
