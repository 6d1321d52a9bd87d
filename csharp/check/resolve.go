package check

import (
	"sort"
	"strings"

	"rpbench/csharp/syntax"
)

// typeEnv is the context in which a type name resolves.
type typeEnv struct {
	block     *nsBlock
	typ       *typeSym     // the enclosing type: its parameters and nested types are visible
	tparamsOf *typeSym     // a type whose parameters only are visible (its base list)
	mtparams  []*tparamSym // method (and local function) type parameters
}

var predefined = map[syntax.Token]string{
	syntax.BOOL: "System.Boolean", syntax.CHAR_KW: "System.Char", syntax.SBYTE: "System.SByte",
	syntax.BYTE: "System.Byte", syntax.SHORT: "System.Int16", syntax.USHORT: "System.UInt16",
	syntax.INT_KW: "System.Int32", syntax.UINT: "System.UInt32", syntax.LONG: "System.Int64",
	syntax.ULONG: "System.UInt64", syntax.FLOAT: "System.Single", syntax.DOUBLE: "System.Double",
	syntax.DECIMAL: "System.Decimal", syntax.STRING_KW: "System.String", syntax.OBJECT: "System.Object",
}

// nsOrType is the meaning of a name in type position: a type or a namespace.
type nsOrType struct {
	t    *ty
	ns   string
	isNS bool
}

// resolveType resolves a type expression; unknown names are reported when report is set.
func (c *checker) resolveType(e syntax.Expr, env *typeEnv, report bool) *ty {
	r := c.resolveNsOrType(e, env, report)
	if r.isNS {
		if report {
			c.errorf(e.Pos(), "CS0118", "'%s' is a namespace but is used like a type", r.ns)
		}
		return tUnknown
	}
	if r.t == nil {
		return tUnknown
	}
	return r.t
}

func (c *checker) typeArgs(args []syntax.Expr, env *typeEnv, report bool) []*ty {
	out := make([]*ty, len(args))
	for i, a := range args {
		if _, ok := a.(*syntax.OmittedExpr); ok {
			out[i] = tUnknown
			continue
		}
		out[i] = c.resolveType(a, env, report)
	}
	return out
}

// instantiate returns s applied to args (with the outer type's arguments first).
func instantiate(s *typeSym, outer *ty, args []*ty) *ty {
	if outer != nil && outer.kind == kNamed && len(outer.args) > 0 && s.Outer == outer.sym {
		return named(s, append(append([]*ty(nil), outer.args...), args...)...)
	}
	if s.Outer != nil && len(s.Outer.allTParams()) > 0 {
		// nested in a generic type, seen from inside it: the outer parameters stand for themselves
		var all []*ty
		for _, tp := range s.Outer.allTParams() {
			all = append(all, &ty{kind: kTypeParam, tp: tp})
		}
		return named(s, append(all, args...)...)
	}
	return named(s, args...)
}

func (c *checker) resolveNsOrType(e syntax.Expr, env *typeEnv, report bool) nsOrType {
	switch e := e.(type) {
	case *syntax.PredefinedType:
		if e.Kw == syntax.VOID {
			return nsOrType{t: tVoid}
		}
		if t := c.special(predefined[e.Kw]); t != nil {
			return nsOrType{t: t}
		}
		return nsOrType{t: tUnknown}
	case *syntax.Ident:
		args := c.typeArgs(e.TypeArgs, env, report)
		r, found := c.lookupTypeName(e.Name, len(e.TypeArgs), env)
		if found {
			if r.t != nil && r.t.kind == kNamed && len(args) > 0 {
				r.t = instantiate(r.t.sym, nil, args)
			}
			return r
		}
		switch e.Name {
		case "dynamic":
			return nsOrType{t: tDynamic}
		case "nint":
			return nsOrType{t: c.special("System.Int32")}
		case "var":
			return nsOrType{t: tUnknown}
		}
		if report {
			if other, ok := c.lookupTypeName(e.Name, -1, env); ok && other.t != nil && other.t.kind == kNamed {
				s := other.t.sym
				if len(s.TParams) > 0 {
					c.errorf(e.At, "CS0305", "Using the generic type '%s' requires %d type arguments", s.selfType(), len(s.TParams))
				} else {
					c.errorf(e.At, "CS0308", "The non-generic type '%s' cannot be used with type arguments", other.t)
				}
				return nsOrType{t: tUnknown}
			}
			if badUsings(env.block) {
				return nsOrType{t: tUnknown} // the failed using directive was reported
			}
			h := c.usingHint(func(n *nsInfo) bool { return len(n.types[e.Name]) > 0 })
			if h == "" {
				h = c.hint(e.Name, c.typeNamesInScope(env))
			}
			c.errorf(e.At, "CS0246", "The type or namespace name '%s' could not be found (are you missing a using directive or an assembly reference?)%s", e.Name, h)
		}
		return nsOrType{t: tUnknown}
	case *syntax.AliasQualified:
		if e.Alias.Name == "global" {
			return c.memberNsOrType(nsOrType{isNS: true, ns: ""}, e.Name, env, report)
		}
		return nsOrType{t: tUnknown}
	case *syntax.MemberAccess:
		left := c.resolveNsOrType(e.X, env, report)
		if !left.isNS && isUnknown(left.t) {
			return nsOrType{t: tUnknown}
		}
		return c.memberNsOrType(left, e.Name, env, report)
	case *syntax.ArrayType:
		el := c.resolveType(e.Elem, env, report)
		if isUnknown(el) {
			return nsOrType{t: tUnknown}
		}
		return nsOrType{t: &ty{kind: kArray, elem: el, rank: max(e.Rank, 1)}}
	case *syntax.NullableType:
		el := c.resolveType(e.Elem, env, report)
		return nsOrType{t: c.nullableOf(el)}
	case *syntax.TupleType:
		t := &ty{kind: kTuple}
		for _, el := range e.Elems {
			t.elems = append(t.elems, c.resolveType(el.Type, env, report))
			n := ""
			if el.Name != nil {
				n = el.Name.Name
			}
			t.names = append(t.names, n)
		}
		return nsOrType{t: t}
	case *syntax.RefType:
		return c.resolveNsOrType(e.Elem, env, report)
	}
	return nsOrType{t: tUnknown}
}

// nullableOf returns T? for a value type T (Nullable<T>), T itself otherwise.
func (c *checker) nullableOf(t *ty) *ty {
	if t != nil && t.kind == kTypeParam {
		return tUnknown // T? depends on T's constraints (not tracked)
	}
	if isValueType(t) && !isNullable(t) {
		if n := c.special("System.Nullable`1"); n != nil {
			return named(n.sym, t)
		}
	}
	return t
}

func isValueType(t *ty) bool {
	if t == nil {
		return false
	}
	if t.kind == kTuple {
		return true
	}
	return t.kind == kNamed && (t.sym.Kind == symStruct || t.sym.Kind == symEnum)
}

func isNullable(t *ty) bool {
	return t != nil && t.kind == kNamed && t.sym.Name == "Nullable" && t.sym.NS == "System" && len(t.args) == 1
}

func (c *checker) memberNsOrType(left nsOrType, name *syntax.Ident, env *typeEnv, report bool) nsOrType {
	args := c.typeArgs(name.TypeArgs, env, report)
	if left.isNS {
		if s := c.w.lookupNS(left.ns, name.Name, len(args)); s != nil {
			return nsOrType{t: instantiate(s, nil, args)}
		}
		full := name.Name
		if left.ns != "" {
			full = left.ns + "." + name.Name
		}
		if len(args) == 0 && c.w.hasNS(full) {
			return nsOrType{isNS: true, ns: full}
		}
		if report {
			if left.ns == "" {
				c.errorf(name.At, "CS0400", "The type or namespace name '%s' could not be found in the global namespace (are you missing an assembly reference?)", name.Name)
			} else {
				c.errorf(name.At, "CS0234", "The type or namespace name '%s' does not exist in the namespace '%s' (are you missing an assembly reference?)%s", name.Name, left.ns, c.hint(name.Name, c.namesInNS(left.ns)))
			}
		}
		return nsOrType{t: tUnknown}
	}
	if left.t.kind == kNamed {
		if s := c.nestedType(left.t.sym, name.Name, len(args)); s != nil {
			return nsOrType{t: instantiate(s, left.t, args)}
		}
	}
	if report {
		c.errorf(name.At, "CS0426", "The type name '%s' does not exist in the type '%s'", name.Name, left.t)
	}
	return nsOrType{t: tUnknown}
}

// nestedType finds a nested type in s or its base classes.
func (c *checker) nestedType(s *typeSym, name string, arity int) *typeSym {
	for depth := 0; s != nil && depth < 50; depth++ {
		for _, n := range s.nested[name] {
			if arity < 0 || len(n.TParams) == arity {
				return n
			}
		}
		if s.state == 0 && s.User {
			return nil
		}
		if s.Base == nil {
			return nil
		}
		s = s.Base.sym
	}
	return nil
}

// lookupTypeName finds a simple name in type position (arity -1: any).
func (c *checker) lookupTypeName(name string, arity int, env *typeEnv) (nsOrType, bool) {
	if env == nil {
		env = &typeEnv{}
	}
	if len(env.mtparams) == 0 && env.tparamsOf == nil && env.block != nil && env.block.done {
		key := typeKey{env.block, env.typ, name, arity}
		if r, ok := c.typeCache[key]; ok {
			return r.r, r.ok
		}
		r, ok := c.lookupTypeName1(name, arity, env)
		if c.typeCache == nil {
			c.typeCache = map[typeKey]typeRes{}
		}
		c.typeCache[key] = typeRes{r, ok}
		return r, ok
	}
	return c.lookupTypeName1(name, arity, env)
}

type typeKey struct {
	block *nsBlock
	typ   *typeSym
	name  string
	arity int
}

type typeRes struct {
	r  nsOrType
	ok bool
}

func (c *checker) lookupTypeName1(name string, arity int, env *typeEnv) (nsOrType, bool) {
	if arity <= 0 {
		for i := len(env.mtparams) - 1; i >= 0; i-- {
			if tp := env.mtparams[i]; tp.Name == name {
				return nsOrType{t: &ty{kind: kTypeParam, tp: tp}}, true
			}
		}
		if env.tparamsOf != nil {
			for _, tp := range env.tparamsOf.TParams {
				if tp.Name == name {
					return nsOrType{t: &ty{kind: kTypeParam, tp: tp}}, true
				}
			}
		}
	}
	for t := env.typ; t != nil; t = t.Outer {
		if arity <= 0 {
			for _, tp := range t.TParams {
				if tp.Name == name {
					return nsOrType{t: &ty{kind: kTypeParam, tp: tp}}, true
				}
			}
		}
		if t.Name == name && (arity < 0 || len(t.TParams) == arity) && arity <= 0 && len(t.TParams) == 0 {
			return nsOrType{t: t.selfType()}, true
		}
		if s := c.nestedType(t, name, arity); s != nil {
			if arity <= 0 && len(s.TParams) == 0 {
				return nsOrType{t: instantiate(s, nil, nil)}, true
			}
			return nsOrType{t: instantiate(s, nil, nil)}, true
		}
	}
	for b := env.block; b != nil; b = b.parent {
		stop := ""
		if b.parent != nil {
			stop = b.parent.name
		}
		for ns := b.name; ; {
			if s := c.w.lookupNS(ns, name, arity); s != nil {
				return nsOrType{t: named(s)}, true
			}
			if ns == stop || ns == "" {
				break
			}
			if i := strings.LastIndexByte(ns, '.'); i >= 0 {
				ns = ns[:i]
			} else {
				ns = ""
			}
			if ns == stop && b.parent != nil {
				break
			}
		}
		if arity <= 0 {
			if t, ok := b.aliases[name]; ok {
				return nsOrType{t: t}, true
			}
			if ns, ok := b.nsAlias[name]; ok {
				return nsOrType{isNS: true, ns: ns}, true
			}
		}
		for _, imp := range b.imports {
			if s := c.w.lookupNS(imp, name, arity); s != nil {
				return nsOrType{t: named(s)}, true
			}
		}
	}
	if arity <= 0 {
		// a namespace: relative to the enclosing namespaces, then global
		for b := env.block; b != nil; b = b.parent {
			if b.name != "" && c.w.hasNS(b.name+"."+name) {
				return nsOrType{isNS: true, ns: b.name + "." + name}, true
			}
		}
		if c.w.hasNS(name) {
			return nsOrType{isNS: true, ns: name}, true
		}
	}
	if c.lenient {
		// the preludes have no using directives: a name resolves in any namespace
		var best *typeSym
		for ns, n := range c.w.ns {
			for _, s := range n.types[name] {
				if arity < 0 || len(s.TParams) == arity {
					if best == nil || ns < best.NS {
						best = s
					}
				}
			}
		}
		if best != nil {
			return nsOrType{t: named(best)}, true
		}
	}
	return nsOrType{}, false
}

// usingHint returns " (add 'using N;')" for the first namespace (in name
// order) where has holds, or "".
func (c *checker) usingHint(has func(*nsInfo) bool) string {
	var names []string
	for w := c.w; w != nil; w = w.parent {
		for ns, n := range w.ns {
			if ns != "" && has(n) {
				names = append(names, ns)
			}
		}
	}
	if len(names) == 0 {
		return ""
	}
	sort.Strings(names)
	return " (add 'using " + names[0] + ";')"
}

// typeNamesInScope lists the type names visible from env (for hints).
func (c *checker) typeNamesInScope(env *typeEnv) []string {
	var out []string
	if env == nil {
		return nil
	}
	for t := env.typ; t != nil; t = t.Outer {
		out = append(out, t.Name)
		for n := range t.nested {
			out = append(out, n)
		}
	}
	for b := env.block; b != nil; b = b.parent {
		out = append(out, c.namesInNS(b.name)...)
		for _, imp := range b.imports {
			out = append(out, c.namesInNS(imp)...)
		}
	}
	return out
}

func (c *checker) namesInNS(ns string) []string {
	var out []string
	for w := c.w; w != nil; w = w.parent {
		if n := w.ns[ns]; n != nil {
			for name := range n.types {
				if !strings.HasPrefix(name, "__") {
					out = append(out, name)
				}
			}
		}
	}
	return out
}

// hint returns " (did you mean 'X'?)" for the candidate closest to name, or "".
func (c *checker) hint(name string, cands []string) string {
	best, bestD := "", 0
	limit := 1 + len(name)/4
	if limit > 3 {
		limit = 3
	}
	lname := strings.ToLower(name)
	for _, cand := range cands {
		if cand == name || cand == "" {
			continue
		}
		d := editDistance(lname, strings.ToLower(cand))
		if strings.EqualFold(cand, name) {
			d = 0
		} else if strings.EqualFold(cand, name+"Async") || strings.EqualFold(cand+"Async", name) {
			d = 1 // RouteTo for RouteToAsync
		}
		if d <= limit && (best == "" || d < bestD || (d == bestD && cand < best)) {
			best, bestD = cand, d
		}
	}
	if best == "" {
		return ""
	}
	return " (did you mean '" + best + "'?)"
}

// editDistance is the Levenshtein distance of a and b (with adjacent transpositions).
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > 3 || d < -3 {
		return 99
	}
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
