package eval

import "rpbench/csharp/syntax"

// Natural types of lambdas (C# 10): a lambda whose parameters all have
// explicit types gets a delegate type of its own when nothing gives it
// one (var f = (int x) => x * x; object o = () => 1): Func<...> or
// Action<...>, or, when a parameter has a default value or is a params
// array (C# 12), an anonymous delegate type whose Invoke signature carries
// them, so that calls through it fill in defaults and params arrays.

// lambdaParts returns the parts of a lambda or anonymous method expression.
func lambdaParts(e syntax.Expr) (pl *syntax.ParamList, result syntax.Expr, body *syntax.BlockStmt, exprBody syntax.Expr, async, ok bool) {
	switch x := e.(type) {
	case *syntax.LambdaExpr:
		return x.Params, x.Result, x.Body, x.ExprBody, x.Mods.Has(syntax.ModAsync), true
	case *syntax.AnonMethodExpr:
		if x.Params == nil {
			return nil, nil, nil, nil, false, false // delegate { }: no natural type
		}
		return x.Params, nil, x.Body, nil, x.Mods.Has(syntax.ModAsync), true
	}
	return nil, nil, nil, nil, false, false
}

// naturalLambdaType returns the natural delegate type of a lambda, nil
// when it has none (implicitly typed parameters) or it is not easy to know.
func (c *compiler) naturalLambdaType(e syntax.Expr) *Type {
	pl, result, body, exprBody, async, ok := lambdaParts(e)
	if !ok || async {
		return nil
	}
	in := c.in
	var ptypes []*Type
	special := false
	if pl != nil {
		for _, p := range pl.List {
			if p.Type == nil || p.Mode != syntax.ByValue {
				return nil
			}
			t := c.tryType(p.Type)
			if t == nil || t.open {
				return nil
			}
			ptypes = append(ptypes, t)
			if p.Default != nil || p.Params {
				special = true
			}
		}
	}
	// The result: explicit, void, or the static type of the body.
	var ret *Type
	void := false
	switch {
	case result != nil:
		if pt, ok := result.(*syntax.PredefinedType); ok && pt.Kw == syntax.VOID {
			void = true
		} else if ret = c.tryType(result); ret == nil || ret.open {
			return nil
		}
	case exprBody != nil:
		if c.isVoidCall(exprBody) {
			void = true
		} else if ret = c.staticTypeIn(pl, ptypes, exprBody); ret == nil {
			ret = in.tObject
		}
	default:
		if !blockReturnsValue(body) {
			void = true
		} else {
			ret = in.tObject
		}
	}
	if special {
		return c.anonDelegateType(pl, ptypes, ret)
	}
	var def *Type
	args := append([]*Type(nil), ptypes...)
	if void {
		if len(args) == 0 {
			return in.TypeByName("System.Action")
		}
		def = in.TypeByName("System.Action`" + itoa(len(args)))
	} else {
		args = append(args, ret)
		def = in.TypeByName("System.Func`" + itoa(len(args)))
	}
	if def == nil {
		return nil
	}
	return in.Instantiate(def, args)
}

// staticTypeIn returns the static type of e with the lambda's parameters in scope.
func (c *compiler) staticTypeIn(pl *syntax.ParamList, ptypes []*Type, e syntax.Expr) *Type {
	c.pushBlock()
	defer c.popBlock()
	if pl != nil {
		blk := c.fs.blocks[len(c.fs.blocks)-1]
		for i, p := range pl.List {
			blk[p.Name.Name] = &localVar{name: p.Name.Name, slot: -1, t: ptypes[i], fs: c.fs}
		}
	}
	t := c.staticType(e)
	if t != nil && (t.open || t.Kind == TypeTypeParam) {
		return nil
	}
	return t
}

// isVoidCall reports whether e is a call to a method that returns void
// (every candidate with a fitting arity does).
func (c *compiler) isVoidCall(e syntax.Expr) bool {
	x, ok := e.(*syntax.CallExpr)
	if !ok {
		return false
	}
	var ms []*Method
	switch f := x.Fun.(type) {
	case *syntax.Ident:
		if lv, _ := c.lookupVarNoCapture(f.Name); lv != nil {
			return false
		}
		ms = c.resolveName(f).methods
	case *syntax.MemberAccess:
		var rt *Type
		if t := c.typePrefix(f.X); t != nil {
			rt = t
		} else {
			rt = c.staticType(f.X)
		}
		if rt == nil || rt.Kind == TypeTypeParam {
			return false
		}
		ms = c.in.findMethods(rt, f.Name.Name)
	}
	n := 0
	for _, m := range ms {
		if !arityFits(m, len(x.Args)) {
			continue
		}
		if m.Ret != nil {
			return false
		}
		n++
	}
	return n > 0
}

// anonDelegateType makes the anonymous delegate type of a lambda with
// default parameter values or a params array.
func (c *compiler) anonDelegateType(pl *syntax.ParamList, ptypes []*Type, ret *Type) *Type {
	in := c.in
	t := &Type{Name: "<>f__AnonymousDelegate", Kind: TypeDelegate, Base: in.tDelegate, interp: in, Prim: KObject,
		built: true, Methods: map[string][]*Method{}, Props: map[string]*Property{}, fieldIndex: map[string]*Field{},
		statics: map[string]*Field{}, file: c.t.file}
	sig := &Method{Name: "Invoke", Decl: t, Slot: -1}
	for i, p := range pl.List {
		q := &Param{Name: p.Name.Name, Type: &TypeRef{Node: p.Type, T: ptypes[i], resolved: true}, Default: p.Default}
		if p.Params {
			q.Mode = ByParams
		}
		sig.Params = append(sig.Params, q)
	}
	if ret != nil {
		sig.Ret = &TypeRef{T: ret, resolved: true}
	}
	t.delegateSig = sig
	return t
}

// delegateBinds reports whether calls through delegate type t must bind
// their arguments (defaults, params arrays) for n arguments.
func delegateBinds(t *Type, n int) *Method {
	if t == nil {
		return nil
	}
	sig := t.generic().delegateSig
	if sig == nil {
		return nil
	}
	np := len(sig.Params)
	if np > 0 && sig.Params[np-1].Mode == ByParams {
		return sig
	}
	if n < np {
		return sig
	}
	return nil
}

// lambdaTyper returns a function that computes the static result type of
// lambda x given its parameter types, for type inference at call time
// (Map(xs, x => x.Name) infers TR = string). It sees the lambda's
// parameters and the variables in scope where it is written; nil when
// the result is not easy to know.
func (c *compiler) lambdaTyper(x *syntax.LambdaExpr) func(ptypes []*Type) *Type {
	body := x.ExprBody
	if body == nil && x.Body != nil {
		// { ...; return e; }: the first return with a value
		anyStmt(x.Body, func(s syntax.Stmt) bool {
			if r, ok := s.(*syntax.ReturnStmt); ok && r.X != nil {
				body = r.X
				return true
			}
			return false
		})
	}
	if body == nil || x.Mods.Has(syntax.ModAsync) || x.Params == nil {
		return nil
	}
	snap := *c.fs
	snap.blocks = append([]map[string]*localVar(nil), c.fs.blocks...)
	cc := *c
	pl := x.Params
	compute := func(ptypes []*Type) (t *Type) {
		if len(ptypes) != len(pl.List) {
			return nil
		}
		defer func() {
			if r := recover(); r != nil {
				if _, ok := r.(compileError); !ok {
					panic(r)
				}
				t = nil
			}
		}()
		fs := snap
		fs.blocks = append([]map[string]*localVar(nil), snap.blocks...)
		k := cc
		k.fs = &fs
		for i, p := range pl.List {
			if p.Type != nil {
				if pt := k.tryType(p.Type); pt != nil {
					ptypes[i] = pt
				}
			}
		}
		return k.staticTypeIn(pl, ptypes, body)
	}
	// The answer depends only on the parameter types: remember it (a call
	// in a loop or a script run per call asks again and again).
	type answer struct {
		t      *Type
		ptypes [2]*Type
	}
	memo := map[[2]*Type]answer{}
	return func(ptypes []*Type) *Type {
		if len(ptypes) > 2 || len(ptypes) != len(pl.List) {
			return compute(ptypes)
		}
		var key [2]*Type
		copy(key[:], ptypes)
		if a, ok := memo[key]; ok {
			copy(ptypes, a.ptypes[:])
			return a.t
		}
		t := compute(ptypes)
		a := answer{t: t}
		copy(a.ptypes[:], ptypes)
		memo[key] = a
		return t
	}
}

// inferFromLambdas infers the method type parameters still open in out
// from the result types of lambda arguments whose parameter types are
// known (Func<T, TR> with T inferred or a class type argument of ctype).
func (in *Interp) inferFromLambdas(m *Method, args []Value, ctype *Type, out []*Type) {
	open := false
	for _, t := range out {
		if t == nil {
			open = true
		}
	}
	if !open {
		return
	}
	var cargs []*Type
	if ctype != nil && !ctype.open {
		cargs = ctype.TypeArgs
	}
	for i, p := range m.Params {
		if i >= len(args) || p.Type == nil || args[i].K != KDelegate {
			continue
		}
		d := args[i].Del()
		if d == nil || d.Type != nil || (d.Clo == nil || d.Clo.fn.retTyper == nil) && d.M == nil {
			continue
		}
		pt := p.Type.get(in)
		if pt == nil || pt.Kind != TypeDelegate || pt.generic().delegateSig == nil {
			continue
		}
		sig := pt.generic().delegateSig
		if sig.Ret == nil {
			continue
		}
		ret := in.substType(sig.Ret.get(in), pt.TypeArgs, nil)
		if !mentionsOpen(ret, out) {
			continue
		}
		ptypes := make([]*Type, len(sig.Params))
		ok := true
		for j, sp := range sig.Params {
			t := in.substType(sp.Type.get(in), pt.TypeArgs, nil)
			if mentionsOpen(t, out) || cargs == nil && mentionsClassParam(t) {
				ok = false
				break
			}
			ptypes[j] = in.substType(t, cargs, out)
		}
		if !ok {
			continue
		}
		if d.M != nil { // Run(Seven): a method group's return type
			if d.M.Ret != nil {
				if r := d.M.Ret.get(in); r != nil && !r.open {
					in.unifyTypes(ret, r, out)
				}
			}
			continue
		}
		if r := d.Clo.fn.retTyper(ptypes); r != nil {
			in.unifyTypes(ret, r, out)
		}
	}
}

// mentionsOpen reports whether t mentions a method type parameter whose
// inferred type in out is still nil.
func mentionsOpen(t *Type, out []*Type) bool {
	switch {
	case t == nil || !t.open:
		return false
	case t.Kind == TypeTypeParam:
		return t.pMethod && t.pIndex < len(out) && out[t.pIndex] == nil
	case t.Rank > 0:
		return mentionsOpen(t.Elem, out)
	}
	for _, a := range t.TypeArgs {
		if mentionsOpen(a, out) {
			return true
		}
	}
	return false
}

// unifyTypes infers method type parameters of pattern p from type a.
func (in *Interp) unifyTypes(p, a *Type, out []*Type) {
	switch {
	case p == nil || a == nil || !p.open:
		return
	case p.Kind == TypeTypeParam:
		if p.pMethod && p.pIndex < len(out) && out[p.pIndex] == nil {
			out[p.pIndex] = a
		}
	case p.Rank > 0:
		if a.Rank == p.Rank {
			in.unifyTypes(p.Elem, a.Elem, out)
		}
	case p.Def != nil:
		match := a
		if a.Def != p.Def {
			match = nil
			for _, i := range in.allInterfaces(a) {
				if i.Def == p.Def {
					match = i
					break
				}
			}
		}
		if match != nil && len(match.TypeArgs) == len(p.TypeArgs) {
			for i := range p.TypeArgs {
				in.unifyTypes(p.TypeArgs[i], match.TypeArgs[i], out)
			}
		}
	}
}

// delegateFits reports whether an untyped lambda or method group d can
// convert to delegate type t: explicitly typed lambda parameters and a
// method group's parameters must be t's parameter types, and a lambda's
// result (when its type is known) must convert to t's return type.
func (in *Interp) delegateFits(d *Delegate, t *Type) bool {
	sig := t.generic().delegateSig
	if sig == nil || t.open {
		return true
	}
	ptype := func(i int) *Type {
		pt := sig.Params[i].Type.get(in)
		if pt != nil && pt.open {
			pt = in.substType(pt, t.TypeArgs, nil)
		}
		if pt != nil && pt.open {
			return nil
		}
		return pt
	}
	switch {
	case d.Clo != nil:
		fn := d.Clo.fn
		if len(fn.params) != len(sig.Params) {
			return false
		}
		ptypes := make([]*Type, len(sig.Params))
		for i, p := range fn.params {
			ptypes[i] = ptype(i)
			if p.t != nil && ptypes[i] != nil && p.t != ptypes[i] && !sameConstructed(p.t, ptypes[i]) {
				return false // (string s) => ... is not a Func<int, int>
			}
			if p.t != nil {
				ptypes[i] = p.t
			}
		}
		if fn.retTyper != nil && sig.Ret != nil && !fn.async {
			for _, p := range ptypes {
				if p == nil {
					return true
				}
			}
			rt := sig.Ret.get(in)
			if rt != nil && rt.open {
				rt = in.substType(rt, t.TypeArgs, nil)
			}
			if r := fn.retTyper(ptypes); r != nil && rt != nil && !rt.open && !in.implicitType(r, rt) {
				return false // () => 1.5 is not a Func<int>
			}
		}
	case d.M != nil:
		m := d.M
		np := len(m.Params)
		if m.Extension && d.Target.K != KNull {
			np--
		}
		if np != len(sig.Params) {
			return false
		}
		off := len(m.Params) - np
		for i := 0; i < np; i++ {
			mp := m.Params[off+i].Type.get(in)
			if pt := ptype(i); pt != nil && mp != nil && !mp.open && mp != pt && !sameConstructed(mp, pt) && !in.implicitType(pt, mp) {
				return false // Twice(int) is not a Func<string, int>
			}
		}
	}
	return true
}

// delegateResult returns the result type of an untyped lambda or method
// group d converted to delegate type t (nil: void or unknown), and whether
// it has a result at all.
func (in *Interp) delegateResult(d *Delegate, t *Type) (*Type, bool) {
	switch {
	case d.M != nil:
		if d.M.Ret == nil {
			return nil, false
		}
		r := d.M.Ret.get(in)
		if r != nil && r.open {
			r = nil
		}
		return r, true
	case d.Clo != nil:
		fn := d.Clo.fn
		if !fn.hasResult || fn.async {
			return nil, fn.hasResult
		}
		sig := t.generic().delegateSig
		if fn.retTyper == nil || sig == nil || len(sig.Params) != len(fn.params) {
			return nil, true
		}
		ptypes := make([]*Type, len(sig.Params))
		for i, p := range fn.params {
			if p.t != nil {
				ptypes[i] = p.t
				continue
			}
			pt := in.substType(sig.Params[i].Type.get(in), t.TypeArgs, nil)
			if pt == nil || pt.open {
				return nil, true
			}
			ptypes[i] = pt
		}
		return fn.retTyper(ptypes), true
	}
	return nil, false
}

// typedResult converts an untyped lambda passed for delegate type t whose
// result is numeric to a delegate that converts the lambda's result to t's
// return type (the lambda was compiled before the overload was chosen).
func (in *Interp) typedResult(a Value, t *Type) Value {
	d := a.Del()
	if d == nil || d.Clo == nil || d.Type != nil || !d.Clo.fn.hasResult || d.Clo.fn.async || t.open {
		return a
	}
	sig := t.generic().delegateSig
	if sig == nil || sig.Ret == nil {
		return a
	}
	rt := in.substType(sig.Ret.get(in), t.TypeArgs, nil)
	if rt == nil || rt.open || rt.Kind == TypeEnum || !(rt.Prim.IsNumeric() || rt.Prim == KChar) {
		return a
	}
	conv := in.converter(rt)
	if conv == nil {
		return a
	}
	clo := d.Clo
	return DelVal(&Delegate{Type: t, Fn: func(c *Context, args []Value) Value {
		return conv(in.callClosure(c, clo, args))
	}})
}
