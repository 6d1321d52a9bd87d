package eval

import (
	"rpbench/csharp/syntax"
	"strings"
)

// callSite caches the method chosen at one call site for one receiver type
// and argument kinds.
type callSite struct {
	name  string
	t     *Type
	kinds [4]Kind
	m     *Method
	ctype *Type
	ext   bool
	st    []*Type // static argument types (see staticTypes); set when stSet
	stSet bool
	// iface is the receiver's static type when it is an interface: an
	// explicit implementation of it (string IA.Who()) is then preferred.
	iface *Type
	// cls is the receiver's static type when it is a non-generic class: a
	// non-virtual method found there wins over one that hides it (new).
	cls *Type
	// nullable: the receiver's static type is Nullable<T> (null.ToString() is "");
	// nullElem is that T.
	nullable bool
	nullElem *Type
	// extension methods: the namespace scopes of the call (see extScopes)
	// and the receiver's static type (nil: unknown)
	extScopes [][]string
	recvST    *Type
}

// explicitImpl returns the explicit implementation of m's name and arity
// for interface iface on t (or a base of t), nil if there is none.
func (in *Interp) explicitImpl(t, iface *Type, m *Method) *Method {
	for b := t; b != nil; b = b.Base {
		bd := b.generic()
		bd.ensureBuilt()
		for _, e := range bd.Methods[m.Name] {
			if e.ExplicitOf == nil || len(e.Params) != len(m.Params) || len(e.TypeParams) != len(m.TypeParams) {
				continue
			}
			x := e.ExplicitOf
			if x.generic() == iface.generic() || iface.Is(x) || m.Decl != nil && x.generic() == m.Decl.generic() {
				return e
			}
		}
	}
	return nil
}

// staticTypes returns the site's static argument types, computed once.
func (site *callSite) staticTypes(as []argC) []*Type {
	if !site.stSet {
		site.st, site.stSet = staticTypes(as), true
	}
	return site.st
}

// argModes returns the passing modes of as (nil when all are by value).
func argModes(as []argC) []ParamMode {
	var ms []ParamMode
	for i := range as {
		m := as[i].mode
		if as[i].intConst {
			m |= argConst
		}
		if m != ByVal {
			if ms == nil {
				ms = make([]ParamMode, len(as))
			}
			ms[i] = m
		}
	}
	return ms
}

func kindsOf(args []Value) (k [4]Kind, ok bool) {
	if len(args) > 4 {
		return k, false
	}
	for i, a := range args {
		if a.K == KObject || a.K == KStruct || a.K == KDelegate || a.K == KNull || a.K == KArray {
			return k, false
		}
		k[i] = a.K
	}
	return k, true
}

// call compiles a call expression.
func (c *compiler) call(x *syntax.CallExpr) exprFn {
	in := c.in
	pos := x.Pos()
	switch f := x.Fun.(type) {
	case *syntax.Ident:
		if f.Name == "nameof" && len(x.Args) == 1 {
			if lv, _ := c.lookupVarNoCapture("nameof"); lv == nil {
				n := nameofText(x.Args[0].X)
				v := Str(n)
				return func(*Frame) Value { return v }
			}
		}
		r := c.resolveName(f)
		targs := c.typeArgs(f.TypeArgs)
		switch {
		case r.lv != nil:
			if r.lv.localFunc != nil {
				return c.callLocalFunc(r.lv, r.capIdx, x)
			}
			return c.invokeDelegate(varLoad(r.lv, r.capIdx), x)
		case r.methods != nil:
			var rt *Type
			if c.t != nil && !c.t.isGenericDef() {
				rt = c.t
			}
			as := c.argsFor(x.Args, r.methods, rt)
			names := argNames(as)
			static := true
			for _, m := range r.methods {
				if !m.Static {
					static = false
				}
			}
			if static || c.fs.static && !c.inLambdaWithThis() {
				owner := r.owner
				return c.staticCall(owner, r.methods, as, names, targs, &pos)
			}
			site := &callSite{name: f.Name, cls: c.thisClass()}
			return func(fr *Frame) Value {
				fr.pos = &pos
				return in.callVirtual(fr, site, fr.this, as, names, targs)
			}
		case r.field != nil || r.prop != nil || r.event != nil:
			return c.invokeDelegate(c.ident(f), x)
		}
		c.errorf(f, "the name '%s' does not exist in the current context", f.Name)
	case *syntax.MemberAccess:
		name := f.Name.Name
		targs := c.typeArgs(f.Name.TypeArgs)
		if t := c.typePrefix(f.X); t != nil {
			r, ok := c.memberOf(t, name)
			if ok && r.methods != nil {
				as := c.argsFor(x.Args, r.methods, t)
				return c.staticCall(t, r.methods, as, argNames(as), targs, &pos)
			}
			if ok {
				return c.invokeDelegate(c.staticMember(t, f.Name, f), x)
			}
			c.errorf(f, "'%s' does not contain a definition for '%s'", t.CSharpName(), name)
		}
		if _, ok := f.X.(*syntax.BaseExpr); ok {
			return c.baseCall(name, x, targs, &pos)
		}
		recv := c.refThisRecv(name, f.X, c.structRecv(f.X, c.expr(f.X)))
		rt := c.staticType(f.X)
		var as []argC
		if rt != nil && rt.Kind != TypeTypeParam && !(rt.open && rt.Def == nil) {
			as = c.argsFor(x.Args, in.findMethods(rt, name), rt)
		} else {
			as = c.args(x.Args)
		}
		names := argNames(as)
		site := &callSite{name: name, extScopes: c.extScopes()}
		if rt != nil && !rt.open && rt.Kind != TypeTypeParam {
			site.recvST = rt
		}
		if rt != nil && rt.Def == in.tNullable {
			site.nullable = true
			if !rt.open {
				site.nullElem = rt.TypeArgs[0]
			}
		} else if rt != nil && rt.Kind == TypeInterface {
			site.iface = rt
		} else if rt != nil && rt.Kind == TypeClass && !rt.open && rt.Def == nil && !rt.isGenericDef() && rt.Prim == KObject && rt != in.tObject {
			site.cls = rt
		}
		return func(fr *Frame) Value {
			r := recv(fr)
			fr.pos = &pos
			return in.callVirtual(fr, site, r, as, names, targs)
		}
	case *syntax.MemberBinding:
		// handled by condAccess via condRecv
		name := f.Name.Name
		targs := c.typeArgs(f.Name.TypeArgs)
		as := c.args(x.Args)
		names := argNames(as)
		site := &callSite{name: name}
		slot := c.condSlot()
		return func(fr *Frame) Value {
			fr.pos = &pos
			return in.callVirtual(fr, site, fr.l[slot], as, names, targs)
		}
	}
	return c.invokeDelegate(c.expr(x.Fun), x)
}

func nameofText(e syntax.Expr) string {
	switch x := e.(type) {
	case *syntax.Ident:
		return x.Name
	case *syntax.MemberAccess:
		return x.Name.Name
	case *syntax.PredefinedType:
		return x.Kw.String()
	}
	return ""
}

func (c *compiler) inLambdaWithThis() bool { return false }

func (c *compiler) typeArgs(es []syntax.Expr) []*Type {
	if len(es) == 0 {
		return nil
	}
	out := make([]*Type, len(es))
	for i, e := range es {
		out[i] = c.resolveType(e)
	}
	return out
}

// closeTypes closes method type arguments in the current frame.
func (in *Interp) closeTypes(ts []*Type, fr *Frame) []*Type {
	for _, t := range ts {
		if t.open {
			out := make([]*Type, len(ts))
			for i, t := range ts {
				out[i] = in.closeType(t, fr)
			}
			return out
		}
	}
	return ts
}

// staticCall compiles a call to a static method (or an instance method of this via simple name).
func (c *compiler) staticCall(owner *Type, ms []*Method, as []argC, names []string, targs []*Type, pos *syntax.Pos) exprFn {
	in := c.in
	var static []*Method
	for _, m := range ms {
		if m.Static {
			static = append(static, m)
		}
	}
	if len(static) == 0 {
		static = ms
	}
	site := &callSite{}
	st := staticTypes(as)
	modes := argModes(as)
	if f := c.directCall(owner, static, as, names, targs, pos); f != nil {
		return f
	}
	return func(fr *Frame) Value {
		fr.pos = pos
		th := fr.c
		mark, ch := th.sp, len(th.old)
		args := evalArgs(fr, as)
		var m *Method
		if k, ok := kindsOf(args); ok && site.m != nil && site.kinds == k && names == nil {
			m = site.m
		} else {
			var recv *Type
			if owner != nil && !owner.open && owner.Def != nil {
				recv = owner
			}
			m = in.pickOverloadM(th, static, args, names, st, modes, recv)
			if m == nil {
				th.Throw("System.MissingMethodException", "no overload of "+ms[0].Name+" takes these arguments")
			}
			if k, ok := kindsOf(args); ok {
				site.m, site.kinds = m, k
			}
		}
		ct := owner
		if owner != nil && owner.open {
			ct = in.closeType(owner, fr)
		} else if owner != nil && owner.generic() == c.t && c.t.isGenericDef() {
			ct = in.staticOwner(fr, c.t)
		}
		if ct == nil || ct.generic() != m.Decl {
			ct = in.ctypeFor(ct, m.Decl)
		}
		ta := in.closeTypes(targs, fr)
		if ta == nil && len(m.TypeParams) > 0 {
			ta = in.inferTypeArgsIn(m, args, ct)
		}
		in.paramsNull(m, args, st)
		bound := in.bindArgs(th, m, args, names, in.convInferred(fr, m, args, ct, ta))
		var this Value
		if !m.Static {
			this = fr.this
		}
		r := in.invoke(th, m, ct, ta, this, bound)
		th.release(mark, ch)
		return r
	}
}

// directCall compiles a call to a single non-generic, non-overloaded
// method of a non-generic type with plain parameters, one per argument: the
// target is fixed at compile time and the arguments are evaluated straight
// into the callee's frame (no overload resolution, no argument binding).
// It returns nil when the call does not qualify.
func (c *compiler) directCall(owner *Type, ms []*Method, as []argC, names []string, targs []*Type, pos *syntax.Pos) exprFn {
	if len(ms) != 1 || names != nil || targs != nil || owner == nil || owner.open || owner.isGenericDef() ||
		c.t.isGenericDef() || len(as) > 4 {
		return nil
	}
	m := ms[0]
	if m.Native != nil || m.Async || m.Abstract || m.Extern || m.node == nil || len(m.TypeParams) > 0 ||
		m.prop != nil || m.Decl == nil || m.Decl.isGenericDef() || len(m.Params) != len(as) {
		return nil
	}
	for i, p := range m.Params {
		if p.Mode != 0 || as[i].mode != 0 || as[i].ev == nil || p.Type == nil {
			return nil
		}
	}
	in := c.in
	static := m.Static
	var ct *Type
	var b *compiledBody
	slow := false
	n := len(as)
	fallback := c.in.slowStaticCall(owner, ms, as, pos)
	return func(fr *Frame) Value {
		if b == nil && !slow {
			body := m.body
			if body == nil {
				var err error
				body, err = in.compileMethod(m)
				if err != nil {
					panic(fatalPanic{err.(*RuntimeError)})
				}
			}
			if body.fs.iterator {
				slow = true
			} else {
				b = body
				ct = in.ctypeFor(owner, m.Decl)
			}
		}
		if slow {
			return fallback(fr)
		}
		fr.pos = pos
		th := fr.c
		var buf [4]Value
		for i := 0; i < n; i++ {
			buf[i] = in.convArg(th, as[i].ev(fr), m.Params[i])
		}
		if static && m.Decl.cctorState != 2 {
			in.ensureStatic(th, ct)
		}
		nf := th.pushFrame(b.nlocals)
		copy(nf.l, buf[:n])
		nf.m = m
		nf.ctype = ct
		if !static {
			nf.this = fr.this
		}
		boxParams(b.fs, nf)
		in.steps++
		if in.steps > in.maxSteps {
			th.step()
		}
		b.run(nf)
		r := nf.ret
		th.popFrame(nf)
		return r
	}
}

// slowStaticCall is the general path of staticCall for a direct call that
// turns out not to qualify at run time (an iterator method).
func (in *Interp) slowStaticCall(owner *Type, ms []*Method, as []argC, pos *syntax.Pos) exprFn {
	return func(fr *Frame) Value {
		fr.pos = pos
		th := fr.c
		mark, ch := th.sp, len(th.old)
		args := evalArgs(fr, as)
		m := ms[0]
		var this Value
		if !m.Static {
			this = fr.this
		}
		r := in.invoke(th, m, in.ctypeFor(owner, m.Decl), nil, this, in.bindArgs(th, m, args, nil, fr))
		th.release(mark, ch)
		return r
	}
}

// callVirtual calls method site.name on recv with run-time overload resolution.
func (in *Interp) callVirtual(fr *Frame, site *callSite, recv Value, as []argC, names []string, targs []*Type) Value {
	th := fr.c
	raw := recv // a KRef for the receiver of a "this ref" extension method (refThisRecv)
	if recv.K == KRef {
		recv = *recv.R.(*Value)
	}
	mark, ch := th.sp, len(th.old)
	args := evalArgs(fr, as)
	switch {
	case recv.K == KDelegate && (site.name == "Invoke" || site.name == "BeginInvoke"):
		r := in.callDelegate(th, recv, args)
		th.release(mark, ch)
		return r
	case site.name == "GetValueOrDefault" && (recv.K != KObject && recv.K != KStruct || site.nullElem != nil && len(args) <= 1):
		r := recv
		if r.K == KNull && len(args) == 1 {
			r = args[0]
		} else if r.K == KNull && site.nullElem != nil {
			r = in.zeroValue(site.nullElem) // default(Money)
		} else if r.K == KNull {
			r = Int(0)
		}
		th.release(mark, ch)
		return r
	}
	t := in.typeOf(recv)
	var m *Method
	ctype := site.ctype
	ext := false
	if k, ok := kindsOf(args); ok && site.t == t && site.kinds == k && names == nil && site.m != nil {
		m, ext = site.m, site.ext
	} else {
		if recv.K == KNull && site.nullable && names == nil {
			// members of Nullable<T> on a null value
			switch {
			case site.name == "ToString" && len(args) == 0:
				th.release(mark, ch)
				return Str("")
			case site.name == "GetHashCode" && len(args) == 0:
				th.release(mark, ch)
				return Int(0)
			case site.name == "Equals" && len(args) == 1:
				r := Bool(args[0].K == KNull)
				th.release(mark, ch)
				return r
			}
		}
		if recv.K == KNull {
			// extension methods accept null receivers
			if e := in.pickExtension(th, site.name, recv, args, names); e != nil {
				m, ext = e, true
			} else {
				th.Throw("System.NullReferenceException", "")
			}
		} else {
			ms := in.findMethods(t, site.name)
			m = in.pickOverloadM(th, ms, args, names, site.staticTypes(as), argModes(as), t)
			if m == nil {
				if e := in.pickExtensionIn(th, site.name, recv, args, names, site.extScopes, site.recvST, site.staticTypes(as)); e != nil {
					m, ext = e, true
				} else if e := in.pickRefThisExtension(th, site.name, raw, args, names); e != nil {
					m, ext = e, true
				} else if v, ok := in.invokeMemberDelegate(fr, recv, site.name, args); ok {
					th.release(mark, ch)
					return v
				} else {
					th.Throw("System.MissingMethodException", "'"+t.CSharpName()+"' does not contain an applicable method '"+site.name+"'")
				}
			}
		}
		if !ext && site.iface != nil {
			if e := in.explicitImpl(t, site.iface, m); e != nil {
				m = e
			}
		}
		if !ext && site.cls != nil && t != site.cls && !m.Static {
			// A a = new B(); a.N() calls A.N when B.N only hides it
			if m2 := in.pickOverloadST(th, in.findMethods(site.cls, site.name), args, names, site.staticTypes(as)); m2 != nil && m2 != m && !m2.Static {
				if !m2.Virtual && !m2.Override && !m2.Abstract {
					m = m2
				} else if m3 := in.finalOverride(t, m2); m3 != nil {
					m = m3 // the static type's slot, not a "new virtual" one below it
				}
			}
		}
		if ext {
			ctype = m.Decl
		} else {
			ctype = in.ctypeFor(t, m.Decl)
		}
		if k, ok := kindsOf(args); ok {
			site.t, site.kinds, site.m, site.ctype, site.ext = t, k, m, ctype, ext
		}
	}
	ta := in.closeTypes(targs, fr)
	var r Value
	if ext {
		all, _, _ := th.alloc(len(args) + 1)
		all[0] = refThisArg(m, recv, raw)
		copy(all[1:], args)
		var nm []string
		if names != nil {
			nm = append([]string{""}, names...)
		}
		if ta == nil && len(m.TypeParams) > 0 {
			ta = in.inferTypeArgsIn(m, all, nil)
		}
		r = in.invoke(th, m, ctype, ta, Null, in.bindArgs(th, m, all, nm, in.convInferred(fr, m, all, ctype, ta)))
	} else {
		if ta == nil && len(m.TypeParams) > 0 {
			ta = in.inferTypeArgsIn(m, args, ctype)
		}
		this := recv
		if m.Static {
			this = Null
		}
		in.paramsNull(m, args, site.staticTypes(as))
		r = in.invoke(th, m, ctype, ta, this, in.bindArgs(th, m, args, names, in.convInferred(fr, m, args, ctype, ta)))
	}
	th.release(mark, ch)
	return r
}

// invokeMemberDelegate calls a delegate-typed field or property recv.name(args).
func (in *Interp) invokeMemberDelegate(fr *Frame, recv Value, name string, args []Value) (Value, bool) {
	t := in.typeOf(recv)
	if t == nil {
		return Null, false
	}
	if f := t.FieldByName(name); f != nil {
		d := recv.Obj().Fields[f.Index]
		return in.callDelegate(fr.c, d, args), true
	}
	if g := in.findGetter(t, name); g != nil {
		d := in.invoke(fr.c, g, in.ctypeFor(t, g.Decl), nil, recv, nil)
		return in.callDelegate(fr.c, d, args), true
	}
	return Null, false
}

// inferTypeArgs infers method type arguments from argument values (simple cases).
func (in *Interp) inferTypeArgs(m *Method, args []Value) []*Type {
	return in.inferTypeArgsIn(m, args, nil)
}

// inferTypeArgsIn is inferTypeArgs for a method of constructed type ctype
// (nil: unknown): type parameters left open by the values are inferred
// from the result types of lambda arguments (lambdanat.go).
func (in *Interp) inferTypeArgsIn(m *Method, args []Value, ctype *Type) []*Type {
	out := make([]*Type, len(m.TypeParams))
	var bounds [][]*Type // lower bounds of type parameters taken directly (Pick<T>(T a, T b))
	bound := func(pt *Type, a Value) {
		if pt.Kind == TypeTypeParam && pt.pMethod && pt.pIndex < len(out) {
			if a.K != KNull && a.K != KRef {
				if bounds == nil {
					bounds = make([][]*Type, len(out))
				}
				bounds[pt.pIndex] = append(bounds[pt.pIndex], in.typeOf(a))
			}
			return
		}
		in.unify(pt, a, out)
	}
	np := len(m.Params)
	for i, p := range m.Params {
		if i >= len(args) || p.Type == nil {
			continue
		}
		pt := p.Type.get(in)
		if pt == nil {
			continue
		}
		if p.Mode == ByParams && pt.Rank == 1 && i == np-1 && (len(args) != np || args[i].K != KArray && args[i].K != KNull) {
			for _, a := range args[i:] { // Of(1, 2, 3): each element bounds T of params T[]
				bound(pt.Elem, a)
			}
			continue
		}
		bound(pt, args[i])
	}
	for i, bs := range bounds {
		if len(bs) == 0 || out[i] != nil {
			continue
		}
		out[i] = bs[0]
		for _, c := range bs { // the bound every other bound converts to (int, double: double)
			all := true
			for _, o := range bs {
				if o != c && !in.implicitType(o, c) {
					all = false
					break
				}
			}
			if all {
				out[i] = c
				break
			}
		}
	}
	in.inferFromLambdas(m, args, ctype, out)
	for i := range out {
		if out[i] == nil {
			out[i] = in.tObject
		}
	}
	return out
}

func (in *Interp) unify(pt *Type, a Value, out []*Type) {
	if pt.Kind == TypeTypeParam && pt.pMethod {
		if out[pt.pIndex] == nil && a.K != KNull {
			out[pt.pIndex] = in.typeOf(a)
		}
		return
	}
	if !pt.open || a.K == KNull {
		return
	}
	at := in.typeOf(a)
	if pt.Rank > 0 && at != nil && at.Rank > 0 {
		if pt.Elem.Kind == TypeTypeParam && pt.Elem.pMethod && out[pt.Elem.pIndex] == nil {
			out[pt.Elem.pIndex] = at.Elem
		}
		return
	}
	if pt.Def != nil && at != nil {
		// find pt's definition in at's bases/interfaces
		var match *Type
		for b := at; b != nil && match == nil; b = b.Base {
			if b.Def == pt.Def {
				match = b
			}
		}
		if match == nil {
			for _, i := range in.allInterfaces(at) {
				if i.Def == pt.Def {
					match = i
					break
				}
			}
		}
		if match == nil && at.Rank > 0 && len(pt.TypeArgs) == 1 {
			if ta := pt.TypeArgs[0]; ta.Kind == TypeTypeParam && ta.pMethod && out[ta.pIndex] == nil {
				out[ta.pIndex] = at.Elem
			}
			return
		}
		if match != nil {
			for i, ta := range pt.TypeArgs {
				if ta.Kind == TypeTypeParam && ta.pMethod && out[ta.pIndex] == nil && i < len(match.TypeArgs) {
					out[ta.pIndex] = match.TypeArgs[i]
				}
			}
		}
	}
}

// baseCall compiles base.M(args): non-virtual call of the base class's method.
func (c *compiler) baseCall(name string, x *syntax.CallExpr, targs []*Type, pos *syntax.Pos) exprFn {
	in := c.in
	base := c.t.Base
	ms := in.findMethods(base, name)
	if len(ms) == 0 {
		c.errorf(x, "base class does not contain a method '%s'", name)
	}
	as := c.args(x.Args)
	names := argNames(as)
	st := staticTypes(as)
	modes := argModes(as)
	return func(fr *Frame) Value {
		fr.pos = pos
		th := fr.c
		mark, ch := th.sp, len(th.old)
		args := evalArgs(fr, as)
		m := in.pickOverloadM(th, ms, args, names, st, modes, fr.ctype)
		if m == nil {
			th.Throw("System.MissingMethodException", "no overload of base."+name+" takes these arguments")
		}
		ct := in.ctypeFor(fr.ctype, m.Decl)
		r := in.invoke(th, m, ct, in.closeTypes(targs, fr), fr.this, in.bindArgs(th, m, args, names, fr))
		th.release(mark, ch)
		return r
	}
}

// invokeDelegate compiles calling a delegate value.
func (c *compiler) invokeDelegate(d exprFn, x *syntax.CallExpr) exprFn {
	in := c.in
	as := c.args(x.Args)
	pos := x.Pos()
	return func(fr *Frame) Value {
		dv := d(fr)
		fr.pos = &pos
		th := fr.c
		mark, ch := th.sp, len(th.old)
		args := evalArgs(fr, as)
		for i := range args {
			if args[i].K == KRef && as[i].addr == nil {
				args[i] = *args[i].R.(*Value)
			}
		}
		r := in.callDelegate(th, dv, args)
		th.release(mark, ch)
		return r
	}
}

// callDelegate invokes a delegate with arguments; a multicast delegate
// returns the last result.
func (in *Interp) callDelegate(c *Context, dv Value, args []Value) Value {
	if dv.K == KRef {
		dv = *dv.R.(*Value)
	}
	d, ok := dv.R.(*Delegate)
	if !ok || d == nil {
		c.Throw("System.NullReferenceException", "")
	}
	if d.List != nil {
		var r Value
		for _, e := range d.List {
			r = in.callDelegate(c, DelVal(e), args)
		}
		return r
	}
	switch {
	case d.Clo != nil:
		if sig := delegateBinds(d.Type, len(args)); sig != nil {
			// (int x, int by = 1) => ...: defaults and params arrays
			args = in.bindArgs(c, sig, append([]Value(nil), args...), nil, nil)
		}
		return in.callClosure(c, d.Clo, args)
	case d.Fn != nil:
		return d.Fn(c, args)
	case d.M != nil:
		m := d.M
		ct := m.Decl
		if d.Target.K != KNull {
			ct = in.ctypeFor(in.typeOf(d.Target), m.Decl)
		}
		if m.Extension && d.Target.K != KNull {
			all := append([]Value{d.Target}, args...)
			return in.invoke(c, m, m.Decl, d.targs, Null, in.bindArgs(c, m, all, nil, nil))
		}
		return in.invoke(c, m, ct, d.targs, d.Target, in.bindArgs(c, m, append([]Value(nil), args...), nil, nil))
	}
	return Null
}

// Invoke calls a C# delegate (Action, Func, event handler, ...) with args.
func (c *Context) Invoke(del Value, args ...Value) Value {
	return c.in.callDelegate(c, del, args)
}

// NewDelegate wraps a Go function as a C# delegate of type t (nil: untyped).
func (c *Context) NewDelegate(t *Type, fn func(c *Context, args []Value) Value) Value {
	return DelVal(&Delegate{Type: t, Fn: fn})
}

// methodGroup returns a compiler for converting a method group to a delegate of a given type.
func (c *compiler) methodGroup(e syntax.Expr) func(t *Type) exprFn {
	var ms []*Method
	var recv exprFn
	var owner *Type
	switch x := e.(type) {
	case *syntax.Ident:
		if lv, _ := c.lookupVarNoCapture(x.Name); lv != nil {
			return nil
		}
		r := c.resolveName(x)
		if r.methods == nil {
			return nil
		}
		ms = r.methods
		if !ms[0].Static {
			recv = func(fr *Frame) Value { return fr.this }
		}
		owner = r.owner
	case *syntax.MemberAccess:
		if t := c.typePrefix(x.X); t != nil {
			r, ok := c.memberOf(t, x.Name.Name)
			if !ok || r.methods == nil {
				return nil
			}
			ms = r.methods
			owner = t
		} else if st := c.staticType(x.X); st != nil && !st.open && st.Kind != TypeTypeParam && st.Kind != TypeDelegate {
			// obj.Method converted to a delegate type
			r, ok := c.memberOf(st, x.Name.Name)
			if !ok || r.methods == nil || r.methods[0].Static {
				return nil
			}
			ms = r.methods
			recv = c.expr(x.X)
			owner = st
		} else {
			return nil
		}
	default:
		return nil
	}
	return func(t *Type) exprFn { return c.methodGroupValue(ms, recv, owner, t) }
}

// methodGroupValue makes a delegate from a method group (choosing by the delegate's arity when known).
func (c *compiler) methodGroupValue(ms []*Method, recv exprFn, owner *Type, dt ...*Type) exprFn {
	var t *Type
	if len(dt) > 0 {
		t = dt[0]
	}
	m := ms[0]
	if t != nil && t.generic().delegateSig != nil {
		n := len(t.generic().delegateSig.Params)
		for _, x := range ms {
			if len(x.Params) == n {
				m = x
				break
			}
		}
	}
	in := c.in
	return func(fr *Frame) Value {
		d := &Delegate{Type: t, M: m}
		if recv != nil && !m.Static {
			d.Target = recv(fr)
			// virtual: bind to the most derived override
			if rt := in.typeOf(d.Target); rt != nil {
				for _, x := range in.findMethods(rt, m.Name) {
					if paramSig(x) == paramSig(m) {
						d.M = x
						break
					}
				}
			}
		}
		return DelVal(d)
	}
}

// ---------------------------------------------------------------------------
// Object creation

func (c *compiler) newObject(x *syntax.ObjectCreation, target *Type) exprFn {
	in := c.in
	var t *Type
	if x.Type != nil {
		t = c.resolveType(x.Type)
	} else {
		t = target
		if t == nil {
			c.errorf(x, "target-typed new needs a known type")
		}
	}
	var as []argC
	if !t.open && t.Kind != TypeDelegate {
		d := t.generic()
		d.ensureBuilt()
		as = c.argsFor(x.Args, d.Methods[".ctor"], t)
	} else {
		as = c.args(x.Args)
	}
	names := argNames(as)
	st := staticTypes(as)
	pos := x.Pos()
	var init func(fr *Frame, obj Value)
	if x.Init != nil {
		init = c.objectInitT(x.Init, t)
	}
	if t.Kind == TypeDelegate && len(x.Args) == 1 {
		// new Action(Method)
		f := c.exprTyped(x.Args[0].X, t)
		return f
	}
	return func(fr *Frame) Value {
		fr.pos = &pos
		th := fr.c
		ct := in.closeType(t, fr)
		mark, ch := th.sp, len(th.old)
		args := evalArgs(fr, as)
		v := in.constructST(th, ct, args, names, fr, st)
		th.release(mark, ch)
		if init != nil {
			init(fr, v)
		}
		return v
	}
}

// objectInit compiles an object or collection initializer applied to a new object.
func (c *compiler) objectInit(ie *syntax.InitializerExpr) func(fr *Frame, obj Value) {
	return c.objectInitT(ie, nil)
}

// objectInitT is objectInit for an object of static type t (nil when
// unknown): member values and collection elements that are target-typed
// (new(), [..]) take the member's, indexer's or Add parameter's type.
func (c *compiler) objectInitT(ie *syntax.InitializerExpr, t *Type) func(fr *Frame, obj Value) {
	in := c.in
	if t != nil && (t.open && t.Def == nil || t.Kind == TypeTypeParam) {
		t = nil
	}
	typed := func(e syntax.Expr, target func() *Type) exprFn {
		if t != nil && (needsTarget(e) || c.structArg(e)) {
			if tt := target(); tt != nil {
				return c.exprTyped(e, tt)
			}
		}
		return c.expr(e)
	}
	var steps []func(fr *Frame, obj Value)
	for _, e := range ie.Elems {
		switch el := e.(type) {
		case *syntax.AssignExpr:
			switch lhs := el.X.(type) {
			case *syntax.Ident:
				name := lhs.Name
				site := &setSite{name: name}
				var mt *Type
				if t != nil {
					mt = c.memberType(t, name, false)
				}
				if sub, ok := el.Y.(*syntax.InitializerExpr); ok && sub.Kind != syntax.ArrayInit {
					inner := c.objectInitT(sub, mt)
					gsite := &getSite{name: name}
					steps = append(steps, func(fr *Frame, obj Value) { inner(fr, in.getMember(fr, obj, gsite)) })
					continue
				}
				var val exprFn
				if sub, ok := el.Y.(*syntax.InitializerExpr); ok {
					val = c.arrayInit(nil, sub)
				} else {
					val = typed(el.Y, func() *Type { return mt })
				}
				steps = append(steps, func(fr *Frame, obj Value) { in.setMember(fr, obj, site, val(fr)) })
			case *syntax.ImplicitElementAccess:
				as := c.args(lhs.Args)
				nargs := len(lhs.Args)
				if sub, ok := el.Y.(*syntax.InitializerExpr); ok {
					var et *Type
					if t != nil {
						et = c.indexerType(t, nargs)
					}
					inner := c.objectInitT(sub, et)
					steps = append(steps, func(fr *Frame, obj Value) {
						idx := evalArgs(fr, as)
						inner(fr, in.indexGet(fr, obj, idx))
					})
					continue
				}
				val := typed(el.Y, func() *Type { return c.indexerType(t, nargs) })
				steps = append(steps, func(fr *Frame, obj Value) {
					th := fr.c
					mark, ch := th.sp, len(th.old)
					idx := evalArgs(fr, as)
					in.indexSet(fr, obj, idx, val(fr))
					th.release(mark, ch)
				})
			default:
				c.errorf(el, "unsupported initializer member")
			}
		case *syntax.InitializerExpr:
			// { k, v } complex element: Add(k, v)
			var vals []exprFn
			for i, x := range el.Elems {
				vals = append(vals, typed(x, func() *Type {
					return c.targetParamType(in.findMethods(t, "Add"), t, i, len(el.Elems), "")
				}))
			}
			site := &callSite{name: "Add"}
			steps = append(steps, func(fr *Frame, obj Value) {
				args := make([]Value, len(vals))
				for i, v := range vals {
					args[i] = v(fr)
				}
				in.callWithValues(fr, site, obj, args)
			})
		default:
			v := typed(e, func() *Type { return c.targetParamType(in.findMethods(t, "Add"), t, 0, 1, "") })
			site := &callSite{name: "Add"}
			steps = append(steps, func(fr *Frame, obj Value) { in.callWithValues(fr, site, obj, []Value{v(fr)}) })
		}
	}
	return func(fr *Frame, obj Value) {
		for _, s := range steps {
			s(fr, obj)
		}
	}
}

// callWithValues calls recv.site.name(args) with already evaluated arguments.
func (in *Interp) callWithValues(fr *Frame, site *callSite, recv Value, args []Value) Value {
	th := fr.c
	t := in.typeOf(recv)
	ms := in.findMethods(t, site.name)
	m := in.pickOverloadM(th, ms, args, nil, nil, nil, t)
	if m == nil {
		if e := in.pickExtension(th, site.name, recv, args, nil); e != nil {
			all := append([]Value{recv}, args...)
			return in.invoke(th, e, e.Decl, in.inferTypeArgs(e, all), Null, in.bindArgs(th, e, all, nil, fr))
		}
		th.Throw("System.MissingMethodException", "'"+t.CSharpName()+"' does not contain an applicable method '"+site.name+"'")
	}
	var ta []*Type
	if len(m.TypeParams) > 0 {
		ta = in.inferTypeArgs(m, args)
	}
	ct := in.ctypeFor(t, m.Decl)
	in.convClassTParams(m, args, ct)
	return in.invoke(th, m, ct, ta, recv, in.bindArgs(th, m, args, nil, fr))
}

// anonObject compiles new { A = 1, B } as an object of a synthesized type.
func (c *compiler) anonObject(x *syntax.AnonObjectCreation) exprFn {
	in := c.in
	names := make([]string, len(x.Members))
	vals := make([]exprFn, len(x.Members))
	for i, m := range x.Members {
		if m.Name != nil {
			names[i] = m.Name.Name
		} else {
			names[i] = nameofText(m.X)
		}
		vals[i] = c.expr(m.X)
	}
	t := in.anonType(names)
	return func(fr *Frame) Value {
		o := &Object{Type: t, Fields: make([]Value, len(vals))}
		for i, v := range vals {
			o.Fields[i] = v(fr)
		}
		return ObjVal(o)
	}
}

// anonType makes a type for an anonymous object with the given property names.
func (in *Interp) anonType(names []string) *Type {
	key := strings.Join(names, ",")
	if t := in.anonTypes[key]; t != nil {
		return t
	}
	if in.anonTypes == nil {
		in.anonTypes = map[string]*Type{}
	}
	t := &Type{Name: "<>f__AnonymousType", Kind: TypeClass, Base: in.tObject, interp: in, Prim: KObject, built: true,
		Methods: map[string][]*Method{}, Props: map[string]*Property{}, fieldIndex: map[string]*Field{}, statics: map[string]*Field{}, anon: true}
	for i, n := range names {
		f := &Field{Name: n, Index: i, Decl: t}
		t.Fields = append(t.Fields, f)
		t.fieldIndex[n] = f
	}
	in.anonTypes[key] = t
	return t
}
