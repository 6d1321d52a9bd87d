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
