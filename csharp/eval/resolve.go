package eval

import (
	"fmt"
	"strings"

	"rpbench/csharp/syntax"
)

// tenv is the environment in which type names are resolved.
type tenv struct {
	scope   *fileScope
	outer   *Type   // enclosing type definition
	method  *Method // enclosing method (for method type parameters)
	mparams []string
	mtypes  []*Type // placeholders of method type parameters
}

func (e *tenv) methodParams() ([]string, []*Type) {
	if e.mparams != nil {
		return e.mparams, e.mtypes
	}
	if e.method != nil {
		return e.method.TypeParams, e.method.tparamTypes()
	}
	return nil, nil
}

// tparamTypes returns placeholders for the method's type parameters.
func (m *Method) tparamTypes() []*Type {
	if len(m.TypeParams) == 0 {
		return nil
	}
	if m.tpTypes == nil {
		for i, n := range m.TypeParams {
			m.tpTypes = append(m.tpTypes, &Type{Name: n, Kind: TypeTypeParam, pIndex: i, pMethod: true, Prim: KObject, built: true, open: true})
		}
	}
	return m.tpTypes
}

// typeRef makes a TypeRef for a declared type.
func (in *Interp) typeRef(e syntax.Expr, env *tenv, m *Method) *TypeRef {
	if e == nil {
		return nil
	}
	if p, ok := e.(*syntax.PredefinedType); ok && p.Kw == syntax.VOID {
		return nil
	}
	env2 := *env
	if m != nil {
		env2.method = m
	}
	return &TypeRef{Node: e, env: &env2}
}

// get resolves a TypeRef (possibly to an open type with placeholders).
func (r *TypeRef) get(in *Interp) *Type {
	if r == nil {
		return nil
	}
	if !r.resolved {
		r.resolved = true
		if r.env != nil {
			r.T = in.resolveType(r.Node, r.env)
		}
		if r.T != nil && r.T.Def == in.tNullable && len(r.T.TypeArgs) == 1 {
			r.nullable = true
		}
	}
	return r.T
}

func typeRefDisplay(r *TypeRef) string {
	if r == nil {
		return "Void"
	}
	if r.T != nil {
		if r.T.Def != nil {
			return r.T.Name + "`" + itoa(len(r.T.TypeArgs)) + "[" + r.T.TypeArgs[0].Name + "]"
		}
		return r.T.Name
	}
	if p, ok := r.Node.(*syntax.PredefinedType); ok {
		if n, ok := keywordTypes[p.Kw.String()]; ok {
			return strings.TrimPrefix(n, "System.")
		}
	}
	return typeKeyText(r.Node)
}

// resolveType resolves a type expression. It returns nil if the name is unknown.
func (in *Interp) resolveType(e syntax.Expr, env *tenv) *Type {
	switch x := e.(type) {
	case *syntax.PredefinedType:
		return in.types[keywordTypes[x.Kw.String()]]
	case *syntax.Ident:
		if x.Name == "var" || x.Name == "dynamic" {
			if x.Name == "dynamic" {
				return in.tObject
			}
			return nil
		}
		if n, ok := keywordTypes[x.Name]; ok && (x.Name == "nint" || x.Name == "nuint") {
			return in.types[n]
		}
		args := in.resolveTypeArgs(x.TypeArgs, env)
		if len(x.TypeArgs) == 0 {
			// type parameters
			mp, mt := env.methodParams()
			for i, n := range mp {
				if n == x.Name {
					return mt[i]
				}
			}
			for o := env.outer; o != nil; o = o.Outer {
				for i, n := range o.TypeParams {
					if n == x.Name {
						o.ensureTParams()
						return o.tparamTypes[i]
					}
				}
			}
		}
		t := in.lookupTypeName(x.Name, len(x.TypeArgs), env)
		if t == nil {
			return nil
		}
		if t.outerTP > 0 {
			args = in.nestedArgs(t, in.enclosingFor(t, env), args)
		}
		if len(args) > 0 {
			return in.Instantiate(t, args)
		}
		return t
	case *syntax.MemberAccess:
		args := in.resolveTypeArgs(x.Name.TypeArgs, env)
		name := nameArity(x.Name.Name, len(x.Name.TypeArgs))
		var t *Type
		if ns := exprDotted(x.X); ns != "" && in.nsSet[ns] {
			t = in.types[ns+"."+name]
		}
		if t == nil {
			if alias, ok := in.aliasNS(exprDotted(x.X), env); ok {
				t = in.types[alias+"."+name]
			}
		}
		if t == nil {
			outer := in.resolveType(x.X, env)
			if outer == nil {
				return nil
			}
			od := outer.generic()
			od.ensureBuilt()
			t = od.Nested[name]
			if t != nil && t.outerTP > 0 {
				args = in.nestedArgs(t, outer, args)
			}
		}
		if t == nil {
			return nil
		}
		if len(args) > 0 {
			return in.Instantiate(t, args)
		}
		return t
	case *syntax.AliasQualified:
		return in.resolveType(x.Name, &tenv{scope: &fileScope{}})
	case *syntax.ArrayType:
		el := in.resolveType(x.Elem, env)
		if el == nil {
			return nil
		}
		return in.ArrayType(el, x.Rank)
	case *syntax.NullableType:
		el := in.resolveType(x.Elem, env)
		if el == nil {
			return nil
		}
		if el.IsValueType() && in.tNullable != nil {
			return in.Instantiate(in.tNullable, []*Type{el})
		}
		return el
	case *syntax.TupleType:
		args := make([]*Type, len(x.Elems))
		var names []string
		for i, el := range x.Elems {
			args[i] = in.resolveType(el.Type, env)
			if args[i] == nil {
				return nil
			}
			if el.Name != nil {
				if names == nil {
					names = make([]string, len(x.Elems))
				}
				names[i] = el.Name.Name
			}
		}
		if names != nil && len(args) <= 7 {
			return in.namedTuple(in.tupleType(args), names)
		}
		return in.tupleType(args)
	case *syntax.RefType:
		return in.resolveType(x.Elem, env)
	}
	return nil
}

func (t *Type) ensureTParams() {
	if len(t.tparamTypes) == len(t.TypeParams) {
		return
	}
	t.tparamTypes = nil
	for i, n := range t.TypeParams {
		t.tparamTypes = append(t.tparamTypes, &Type{Name: n, Kind: TypeTypeParam, pIndex: i, interp: t.interp, Prim: KObject, built: true, open: true, tpOwner: t})
	}
}

func (in *Interp) tupleType(args []*Type) *Type {
	if len(args) > 7 {
		rest := in.tupleType(args[7:])
		args = append(append([]*Type{}, args[:7]...), rest)
	}
	def := in.tupleTypes[len(args)]
	if def == nil {
		return in.tObject
	}
	return in.Instantiate(def, args)
}

func (in *Interp) resolveTypeArgs(args []syntax.Expr, env *tenv) []*Type {
	if len(args) == 0 {
		return nil
	}
	out := make([]*Type, len(args))
	for i, a := range args {
		if _, omitted := a.(*syntax.OmittedExpr); omitted {
			return nil
		}
		out[i] = in.resolveType(a, env)
		if out[i] == nil {
			out[i] = in.tObject
		}
	}
	return out
}

func (in *Interp) aliasNS(name string, env *tenv) (string, bool) {
	for s := env.scope; s != nil; s = s.parent {
		if a, ok := s.aliases[name]; ok {
			return exprDotted(a), true
		}
	}
	return "", false
}

// lookupTypeName finds a type by simple name from a scope: nested types of
// the enclosing types (and their bases), the namespace chain, aliases and usings.
func (in *Interp) lookupTypeName(name string, arity int, env *tenv) *Type {
	key := nameArity(name, arity)
	for o := env.outer; o != nil; o = o.Outer {
		for b := o; b != nil; b = b.Base {
			bd := b.generic()
			if t := bd.Nested[key]; t != nil {
				return t
			}
			if b.Base == nil && !bd.built {
				break
			}
		}
	}
	for s := env.scope; s != nil; s = s.parent {
		if s.ns != "" {
			ns := s.ns
			for {
				if t := in.types[ns+"."+key]; t != nil {
					return t
				}
				i := strings.LastIndexByte(ns, '.')
				if i < 0 {
					break
				}
				ns = ns[:i]
			}
		} else if t := in.types[key]; t != nil {
			// a type of the global namespace hides one imported by the file's usings
			return t
		}
		if a, ok := s.aliases[name]; ok && arity == 0 {
			return in.resolveType(a, &tenv{scope: s.parent})
		}
		for _, u := range s.usings {
			if t := in.types[u+"."+key]; t != nil {
				return t
			}
		}
	}
	if t := in.types[key]; t != nil {
		return t
	}
	// Implicit usings of the core namespaces (preludes and scripts rely on System).
	for _, u := range implicitUsings {
		if t := in.types[u+"."+key]; t != nil {
			return t
		}
	}
	return nil
}

var implicitUsings = []string{"System", "System.Collections.Generic", "System.Threading.Tasks", "System.Threading", "System.Linq", "System.Text"}

// Instantiate returns the constructed type def<args>.
func (in *Interp) Instantiate(def *Type, args []*Type) *Type {
	def = def.generic()
	if len(args) != len(def.TypeParams) {
		return def
	}
	var pk [2]*Type
	if len(args) <= 2 {
		copy(pk[:], args)
		if t := def.instPtr[pk]; t != nil {
			return t
		}
		if def.instPtr == nil {
			def.instPtr = map[[2]*Type]*Type{}
		}
		t := in.instantiate(def, args)
		def.instPtr[pk] = t
		return t
	}
	return in.instantiate(def, args)
}

// instantiate is Instantiate keyed by the arguments' identities.
func (in *Interp) instantiate(def *Type, args []*Type) *Type {
	var kb strings.Builder
	open := false
	for i, a := range args {
		if i > 0 {
			kb.WriteByte(',')
		}
		kb.WriteString(typeIdentity(a))
		if a.open {
			open = true
		}
	}
	key := kb.String()
	if t := def.instances[key]; t != nil {
		return t
	}
	def.ensureBuilt()
	t := &Type{Name: def.Name, Namespace: def.Namespace, Kind: def.Kind, Outer: def.Outer, Def: def,
		TypeArgs: args, interp: in, Prim: def.Prim, built: true, open: open, Static: def.Static,
		Abstract: def.Abstract, Record: def.Record, Flags: def.Flags}
	if def.instances == nil {
		def.instances = map[string]*Type{}
	}
	def.instances[key] = t
	if def == in.tNullable {
		t.Elem = args[0]
	}
	if def.Base != nil {
		t.Base = in.substType(def.Base, args, nil)
	}
	for _, i := range def.Ifaces {
		t.Ifaces = append(t.Ifaces, in.substType(i, args, nil))
	}
	return t
}

// typeIdentity returns a string that identifies a type (for instance caches).
func typeIdentity(t *Type) string {
	if t.Kind == TypeTypeParam {
		if t.pMethod {
			return "!!" + itoa(t.pIndex) + t.Name
		}
		return "!" + itoa(t.pIndex) + t.Name + "@" + ptrID(t)
	}
	if t.Rank > 0 {
		return typeIdentity(t.Elem) + "[" + itoa(t.Rank) + "]"
	}
	if t.Def != nil {
		var b strings.Builder
		if len(t.tupleNames) > 0 {
			b.WriteString("(" + strings.Join(t.tupleNames, ",") + ")")
		}
		b.WriteString(t.Def.metaName())
		b.WriteByte('<')
		for i, a := range t.TypeArgs {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(typeIdentity(a))
		}
		b.WriteByte('>')
		return b.String()
	}
	return t.metaName()
}

// substType replaces type parameter placeholders in t: class parameters by
// cargs, method parameters by margs.
func (in *Interp) substType(t *Type, cargs, margs []*Type) *Type {
	if t == nil || !t.open {
		return t
	}
	switch {
	case t.Kind == TypeTypeParam:
		if t.pMethod {
			if t.pIndex < len(margs) {
				return margs[t.pIndex]
			}
			return in.tObject
		}
		if t.pIndex < len(cargs) {
			return cargs[t.pIndex]
		}
		return in.tObject
	case t.Rank > 0:
		return in.ArrayType(in.substType(t.Elem, cargs, margs), t.Rank)
	case t.Def != nil:
		args := make([]*Type, len(t.TypeArgs))
		for i, a := range t.TypeArgs {
			args[i] = in.substType(a, cargs, margs)
		}
		return in.Instantiate(t.Def, args)
	}
	return t
}

// closeType substitutes the type parameters of t as seen from frame fr.
func (in *Interp) closeType(t *Type, fr *Frame) *Type {
	if t == nil || !t.open {
		return t
	}
	var cargs, margs []*Type
	if fr != nil {
		if fr.ctype != nil {
			cargs = fr.ctype.TypeArgs
		}
		margs = fr.targs
	}
	return in.substType(t, cargs, margs)
}

func ptrID(t *Type) string { return fmt.Sprintf("%p", t) }
