package eval

import "rpbench/csharp/syntax"

// Generic local functions. A local function's type parameters are method
// type parameters that follow those visible where it is declared (the
// enclosing method's, then those of enclosing generic local functions):
// T of `T Def<T>()` declared in a non-generic method is method parameter 0,
// in `void M<A>()` it is 1. A call binds them (explicitly or inferred from
// the arguments' static types) by running the closure with its captured
// type arguments extended by the call's, so default(T), typeof(T), new T[n],
// `is T` and casts inside the body see the call's types.

// tparamBase returns how many method type parameters are visible in fs
// (and so the index of the first type parameter a local function declared
// in fs gets).
func (c *compiler) tparamBase(fs *funcScope) int {
	n := 0
	if c.m != nil {
		n = len(c.m.TypeParams)
	}
	for ; fs != nil && fs.parent != nil; fs = fs.parent {
		n += len(fs.tparams)
	}
	return n
}

// localTParamTypes makes the placeholders of a generic local function's
// type parameters declared after base visible ones.
func (in *Interp) localTParamTypes(names []string, base int) []*Type {
	out := make([]*Type, len(names))
	for i, n := range names {
		out[i] = &Type{Name: n, Kind: TypeTypeParam, pIndex: base + i, pMethod: true, Prim: KObject, built: true, open: true, interp: in}
	}
	return out
}

// visibleTParams returns the names and placeholders of the method type
// parameters visible in fs.
func (c *compiler) visibleTParams(fs *funcScope) ([]string, []*Type) {
	var names []string
	var types []*Type
	for ; fs != nil && fs.parent != nil; fs = fs.parent {
		if len(fs.tparams) > 0 {
			names = append(append([]string(nil), fs.tparams...), names...)
			types = append(append([]*Type(nil), fs.ttypes...), types...)
		}
	}
	if c.m != nil && len(c.m.TypeParams) > 0 {
		names = append(append([]string(nil), c.m.TypeParams...), names...)
		types = append(append([]*Type(nil), c.m.tparamTypes()...), types...)
	}
	return names, types
}

// localCallTypeArgs returns the type arguments of a call of generic local
// function d (declared in lv's scope), explicit or inferred from the static
// types of the arguments (object where nothing gives one), and the index
// of the first one; nil when d is not generic.
func (c *compiler) localCallTypeArgs(lv *localVar, d *syntax.MethodDecl, x *syntax.CallExpr) ([]*Type, int) {
	if len(d.TypeParams) == 0 {
		return nil, 0
	}
	base := c.tparamBase(lv.fs)
	n := len(d.TypeParams)
	if id, ok := x.Fun.(*syntax.Ident); ok && len(id.TypeArgs) == n {
		return c.typeArgs(id.TypeArgs), base
	}
	names, types := c.visibleTParams(lv.fs)
	var own []string
	for _, tp := range d.TypeParams {
		own = append(own, tp.Name.Name)
	}
	env := *c.env
	env.mparams = append(names, own...)
	env.mtypes = append(types, c.in.localTParamTypes(own, base)...)
	out := make([]*Type, n)
	if d.Params != nil {
		for i, p := range d.Params.List {
			if i >= len(x.Args) || p.Params || x.Args[i].Name != nil {
				break
			}
			pt := c.in.resolveType(p.Type, &env)
			if pt == nil || !pt.open {
				continue
			}
			if at := c.staticType(x.Args[i].X); at != nil {
				c.in.unifyStatic(pt, at, base, out)
			}
		}
	}
	for i := range out {
		if out[i] == nil {
			out[i] = c.in.tObject
		}
	}
	return out, base
}

// unifyStatic infers the type arguments (out, numbered from base) that make
// parameter type pt fit argument type at.
func (in *Interp) unifyStatic(pt, at *Type, base int, out []*Type) {
	switch {
	case pt.Kind == TypeTypeParam:
		i := pt.pIndex - base
		if !pt.pMethod || i < 0 || i >= len(out) {
			return
		}
		if out[i] == nil || out[i] != at && in.implicitType(out[i], at) {
			out[i] = at
		}
	case pt.Rank > 0:
		if at.Rank == pt.Rank {
			in.unifyStatic(pt.Elem, at.Elem, base, out)
		}
	case pt.Def != nil:
		if at.Rank == 1 && len(pt.TypeArgs) == 1 {
			in.unifyStatic(pt.TypeArgs[0], at.Elem, base, out)
			return
		}
		cands := []*Type{}
		for b := at; b != nil; b = b.Base {
			cands = append(cands, b)
		}
		cands = append(cands, in.allInterfaces(at)...)
		for _, b := range cands {
			if b.Def == pt.Def && len(b.TypeArgs) == len(pt.TypeArgs) {
				for j, a := range pt.TypeArgs {
					in.unifyStatic(a, b.TypeArgs[j], base, out)
				}
				return
			}
		}
	}
}

// bindLocalTypeArgs wraps the load of a generic local function's closure so
// that the closure runs with its type arguments extended by targs (closed
// in the calling frame) from index base.
func (in *Interp) bindLocalTypeArgs(load exprFn, targs []*Type, base int) exprFn {
	return func(fr *Frame) Value {
		dv := load(fr)
		if dv.K == KRef {
			dv = *dv.R.(*Value)
		}
		d, ok := dv.R.(*Delegate)
		if !ok || d == nil || d.Clo == nil {
			return dv
		}
		all := make([]*Type, base+len(targs))
		copy(all, d.Clo.targs)
		for i := len(d.Clo.targs); i < base; i++ {
			all[i] = in.tObject
		}
		for i, t := range targs {
			all[base+i] = in.closeType(t, fr)
		}
		clo := *d.Clo
		clo.targs = all
		nd := *d
		nd.Clo = &clo
		return DelVal(&nd)
	}
}

// isGenericLocalFunc reports whether x (Name<...>) names a generic local
// function with as many type parameters as x has type arguments.
func (c *compiler) isGenericLocalFunc(x *syntax.Ident) bool {
	lv, _ := c.lookupVarNoCapture(x.Name)
	return lv != nil && lv.localFunc != nil && len(lv.localFunc.TypeParams) == len(x.TypeArgs)
}

// convClassTParams converts the arguments of parameters typed by a bare
// type parameter of the method's class to the constructed type's argument
// (List<double>.Add(2) stores 2.0, as the C# compiler's conversion does).
func (in *Interp) convClassTParams(m *Method, args []Value, ct *Type) {
	if ct == nil || len(ct.TypeArgs) == 0 {
		return
	}
	for i, p := range m.Params {
		if i >= len(args) || p.Type == nil || p.Mode != ByVal && p.Mode != ByIn {
			continue
		}
		pt := p.Type.get(in)
		if pt == nil || pt.Kind != TypeTypeParam || pt.pMethod || pt.pIndex >= len(ct.TypeArgs) {
			continue
		}
		if t := ct.TypeArgs[pt.pIndex]; t != nil && (t.Prim.IsNumeric() || t.Prim == KChar) && t.Kind != TypeEnum && args[i].K != t.Prim && (args[i].K.IsNumeric() || args[i].K == KChar) {
			if conv := in.converter(t); conv != nil {
				args[i] = conv(args[i])
			}
		}
	}
}
