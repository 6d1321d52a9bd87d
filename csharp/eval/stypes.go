package eval

import "rpbench/csharp/syntax"

// Static types of member accesses, element accesses and calls: the
// compiler uses them for target-typed expressions (new(), [..], default)
// in assignments and arguments, and for overload resolution.

// staticTypeMore extends staticType to member accesses, indexing, calls,
// conditionals and this. It returns nil when the type is not easy to know.
func (c *compiler) staticTypeMore(e syntax.Expr) *Type {
	in := c.in
	switch x := e.(type) {
	case *syntax.ThisExpr:
		if c.t != nil && !c.t.isGenericDef() && !c.fs.static {
			return c.t
		}
	case *syntax.MemberAccess:
		if _, ok := x.X.(*syntax.BaseExpr); ok {
			return nil
		}
		if t := c.typePrefix(x.X); t != nil {
			return c.memberType(t, x.Name.Name, true)
		}
		rt := c.staticType(x.X)
		if rt == nil {
			return nil
		}
		switch x.Name.Name {
		case "Length":
			if rt.Rank > 0 || rt == in.tString {
				return in.prim[KInt]
			}
		}
		return c.memberType(rt, x.Name.Name, false)
	case *syntax.IndexExpr:
		rt := c.staticType(x.X)
		if rt == nil || len(x.Args) == 0 {
			return nil
		}
		if _, isRange := x.Args[0].X.(*syntax.RangeExpr); isRange {
			if rt.Rank > 0 || rt == in.tString {
				return rt
			}
			return nil
		}
		if rt.Rank > 0 {
			return rt.Elem
		}
		if rt == in.tString {
			return in.prim[KChar]
		}
		return c.indexerType(rt, len(x.Args))
	case *syntax.CallExpr:
		return c.callType(x)
	case *syntax.CondExpr:
		a, b := c.staticType(x.Then), c.staticType(x.Else)
		if a != nil && a == b {
			return a
		}
	case *syntax.AssignExpr:
		if x.Op == syntax.ASSIGN {
			return c.staticType(x.X)
		}
	}
	return nil
}

// closedIn closes a member type declared in owner's definition as seen
// from the constructed type rt (nil when it stays open).
func (c *compiler) closedIn(ft *Type, rt *Type, owner *Type) *Type {
	if ft == nil {
		return nil
	}
	if ft.open {
		if owner == nil {
			return nil
		}
		ct := c.in.ctypeFor(rt, owner)
		if ct.Def == nil || ct.open {
			return nil
		}
		ft = c.in.substType(ft, ct.TypeArgs, nil)
		if ft.open {
			return nil
		}
	}
	return ft
}

// memberType returns the type of field or property name of rt (static
// members when static is set).
func (c *compiler) memberType(rt *Type, name string, static bool) *Type {
	if rt.Kind == TypeTypeParam || rt.open && rt.Def == nil {
		return nil
	}
	r, ok := c.memberOf(rt, name)
	if !ok {
		return nil
	}
	switch {
	case r.field != nil && r.field.Static == static:
		return c.closedIn(r.field.Type.get(c.in), rt, r.owner)
	case r.prop != nil && r.prop.Static == static:
		return c.closedIn(r.prop.Type.get(c.in), rt, r.owner)
	}
	return nil
}

// indexerType returns the element type of rt's indexer taking n arguments.
func (c *compiler) indexerType(rt *Type, n int) *Type {
	if rt.Kind == TypeTypeParam || rt.open && rt.Def == nil {
		return nil
	}
	var found *Type
	for b := rt; b != nil; b = b.Base {
		d := b.generic()
		d.ensureBuilt()
		for _, p := range d.Indexers {
			if indexerArity(p) != n {
				continue
			}
			t := c.closedIn(p.Type.get(c.in), rt, d)
			if t == nil || found != nil && found != t {
				return nil
			}
			found = t
		}
		if found != nil {
			return found
		}
	}
	for _, it := range c.in.allInterfaces(rt) {
		for _, p := range it.generic().Indexers {
			if indexerArity(p) == n {
				if t := c.closedIn(p.Type.get(c.in), rt, it.generic()); t != nil {
					return t
				}
			}
		}
	}
	return nil
}

// indexerArity returns the number of parameters of an indexer.
func indexerArity(p *Property) int {
	switch {
	case p.Get != nil:
		return len(p.Get.Params)
	case p.Set != nil:
		return len(p.Set.Params) - 1
	}
	return len(p.Params)
}

// elementType returns the static element type of a foreach over e: T of
// T[], char of string, T of the one IEnumerable<T> the static type implements.
func (c *compiler) elementType(e syntax.Expr) *Type {
	in := c.in
	st := c.staticType(e)
	switch {
	case st == nil || st.Kind == TypeTypeParam || st.open:
		return nil
	case st.Rank == 1:
		return st.Elem
	case st == in.tString:
		return in.prim[KChar]
	}
	var found *Type
	check := func(i *Type) bool {
		if i.Def != nil && i.Def.Name == "IEnumerable" && i.Def.Namespace == "System.Collections.Generic" && len(i.TypeArgs) == 1 {
			if found != nil && found != i.TypeArgs[0] {
				return false
			}
			found = i.TypeArgs[0]
		}
		return true
	}
	if !check(st) {
		return nil
	}
	for _, i := range in.allInterfaces(st) {
		if !check(i) {
			return nil
		}
	}
	if found != nil && found.open {
		return nil
	}
	return found
}

// callType returns the return type of a call when every candidate with a
// fitting arity agrees on it (non-generic methods only).
func (c *compiler) callType(x *syntax.CallExpr) *Type {
	var ms []*Method
	var rt *Type
	switch f := x.Fun.(type) {
	case *syntax.Ident:
		if len(f.TypeArgs) > 0 {
			return nil
		}
		if lv, _ := c.lookupVarNoCapture(f.Name); lv != nil {
			return nil
		}
		r := c.resolveName(f)
		ms = r.methods
		if c.t != nil && !c.t.isGenericDef() {
			rt = c.t
		}
	case *syntax.MemberAccess:
		if len(f.Name.TypeArgs) > 0 {
			return nil
		}
		if _, ok := f.X.(*syntax.BaseExpr); ok {
			return nil
		}
		if t := c.typePrefix(f.X); t != nil {
			rt = t
		} else {
			rt = c.staticType(f.X)
		}
		if rt == nil || rt.Kind == TypeTypeParam || rt.open && rt.Def == nil {
			return nil
		}
		ms = c.in.findMethods(rt, f.Name.Name)
	default:
		return nil
	}
	var found *Type
	for _, m := range ms {
		if !arityFits(m, len(x.Args)) {
			continue
		}
		if len(m.TypeParams) > 0 || m.Ret == nil {
			return nil
		}
		var t *Type
		if rt != nil {
			t = c.closedIn(m.Ret.get(c.in), rt, m.Decl)
		} else if r := m.Ret.get(c.in); r != nil && !r.open {
			t = r
		}
		if t == nil || found != nil && found != t {
			return nil
		}
		found = t
	}
	return found
}

// arityFits reports whether m can take n positional arguments.
func arityFits(m *Method, n int) bool {
	np := len(m.Params)
	if np > 0 && m.Params[np-1].Mode == ByParams {
		return n >= np-1
	}
	if n > np {
		return false
	}
	for i := n; i < np; i++ {
		if m.Params[i].Default == nil {
			return false
		}
	}
	return true
}

// needsTarget reports whether an argument expression takes its type from
// the parameter it is passed to (new(), a collection expression, default).
func needsTarget(e syntax.Expr) bool {
	switch x := e.(type) {
	case *syntax.ObjectCreation:
		return x.Type == nil
	case *syntax.CollectionExpr:
		return true
	case *syntax.DefaultExpr:
		return x.Type == nil
	case *syntax.CondExpr:
		return needsTarget(x.Then) || needsTarget(x.Else)
	}
	return false
}

// targetParamType returns the type of the parameter that argument i
// (named name, "" when positional) maps to in every candidate of ms taking
// n arguments, closed in rt; nil unless all candidates agree.
func (c *compiler) targetParamType(ms []*Method, rt *Type, i, n int, name string) *Type {
	return c.targetParamTypeOf(ms, rt, i, n, name, false)
}

// targetParamTypeOf is targetParamType; with delegates set, only the
// candidates taking a delegate there count (a lambda converts to nothing else).
func (c *compiler) targetParamTypeOf(ms []*Method, rt *Type, i, n int, name string, delegates bool) *Type {
	var found *Type
	for _, m := range ms {
		if name == "" && !arityFits(m, n) {
			continue
		}
		var p *Param
		if name != "" {
			for _, q := range m.Params {
				if q.Name == name {
					p = q
				}
			}
		} else if i < len(m.Params) {
			p = m.Params[i]
		} else if np := len(m.Params); np > 0 && m.Params[np-1].Mode == ByParams {
			p = m.Params[np-1]
		}
		if p == nil || p.Type == nil {
			continue
		}
		pt := p.Type.get(c.in)
		if p.Mode == ByParams && (i >= len(m.Params)-1) && pt != nil && pt.Rank > 0 {
			pt = pt.Elem
		}
		if delegates && (pt == nil || pt.Kind != TypeDelegate) {
			continue
		}
		var t *Type
		if rt != nil {
			t = c.closedIn(pt, rt, m.Decl)
		} else if pt != nil && !pt.open {
			t = pt
		}
		if t == nil || found != nil && found != t {
			return nil
		}
		found = t
	}
	return found
}

// argsFor compiles an argument list for a call to one of ms (receiver
// type rt, nil when static or unknown): target-typed arguments take the
// parameter type all candidates agree on.
func (c *compiler) argsFor(as []*syntax.Arg, ms []*Method, rt *Type) []argC {
	if len(ms) == 0 {
		return c.args(as)
	}
	return c.argsT(as, func(i int, a *syntax.Arg) *Type {
		name := ""
		if a.Name != nil {
			name = a.Name.Name
		}
		_, isLambda := a.X.(*syntax.LambdaExpr)
		return c.targetParamTypeOf(ms, rt, i, len(as), name, isLambda)
	})
}
