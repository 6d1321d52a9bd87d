package eval

import (
	"rpbench/csharp/syntax"
)

// setSite caches the resolution of a member write at one site.
type setSite struct {
	name  string
	t     *Type
	field int
	set   *Method
	ctype *Type
	conv  func(Value) Value
	cls   *Type // the receiver's static type (a non-generic class) when known: it decides which property a "new" one hides
}

// setMember writes v to member site.name of recv.
func (in *Interp) setMember(fr *Frame, recv Value, site *setSite, v Value) {
	c := fr.c
	if recv.K == KRef {
		recv = *recv.R.(*Value)
	}
	if recv.K == KNull {
		c.Throw("System.NullReferenceException", "")
	}
	t := in.typeOf(recv)
	if site.t != t {
		site.t = t
		site.field = -1
		site.set = nil
		site.conv = nil
		start := t
		if site.cls != nil && t != site.cls && t.Is(site.cls) {
			start = site.cls // members a derived class declares "new" are not seen
		}
		for b := start; b != nil; b = b.Base {
			bd := b.generic()
			bd.ensureBuilt()
			if p := bd.Props[site.name]; p != nil && !p.Static {
				if p.Auto != nil && (p.Set == nil || !p.Set.Virtual && !p.Set.Abstract) {
					site.field = p.Auto.Index
					site.conv = in.converter(in.closeFieldType(p.Auto, t))
				} else if start != t && p.Set != nil {
					site.set = p.Set
					if p.Set.Virtual || p.Set.Override || p.Set.Abstract {
						if m := in.finalOverride(t, p.Set); m != nil {
							site.set = m
						}
					}
					site.ctype = in.ctypeFor(t, site.set.Decl)
				} else {
					for x := t; x != nil && site.set == nil; x = x.Base {
						for _, m := range x.generic().Methods["set_"+site.name] {
							if len(m.Params) == 1 && !m.Abstract {
								site.set = m
								break
							}
						}
					}
					if site.set == nil {
						site.set = p.Set
					}
					if site.set == nil {
						c.Throw("System.InvalidOperationException", "property "+site.name+" has no setter")
					}
					site.ctype = in.ctypeFor(t, site.set.Decl)
				}
				break
			}
			if f := bd.fieldIndex[site.name]; f != nil {
				site.field = f.Index
				site.conv = in.converter(in.closeFieldType(f, t))
				break
			}
			if ev := bd.Events[site.name]; ev != nil && ev.Field != nil {
				site.field = ev.Field.Index
				break
			}
		}
		if site.field < 0 && site.set == nil {
			site.field = tupleField(t, site.name) // t.Min = 1 on a named tuple
		}
		if site.field < 0 && site.set == nil {
			site.t = nil
			c.Throw("System.MissingMemberException", "'"+t.CSharpName()+"' does not contain a definition for '"+site.name+"'")
		}
	}
	if site.field >= 0 {
		if site.conv != nil {
			v = site.conv(v)
		} else if v.K == KStruct {
			v = cloneStruct(v)
		}
		recv.R.(*Object).Fields[site.field] = v
		return
	}
	in.invoke(c, site.set, site.ctype, nil, recv, []Value{in.convArg(c, v, site.set.Params[0])})
}

// closeFieldType returns a field's type as seen from constructed type t.
func (in *Interp) closeFieldType(f *Field, t *Type) *Type {
	ft := f.Type.get(in)
	if ft != nil && ft.open {
		return in.substType(ft, in.ctypeFor(t, f.Decl).TypeArgs, nil)
	}
	return ft
}

// lvalue is a compiled assignable expression.
type lvalue struct {
	load  exprFn
	store func(fr *Frame, v Value)
	// addr returns the storage location when it is addressable (locals, fields, array elements).
	addr func(fr *Frame) *Value
	// bind evaluates the receiver/indices once and returns get/set for compound assignment.
	bind func(fr *Frame) (get func() Value, set func(Value))
	t    *Type
}

// lval compiles an assignable expression.
func (c *compiler) lval(e syntax.Expr) lvalue {
	in := c.in
	switch x := e.(type) {
	case *syntax.ParenExpr:
		return c.lval(x.X)
	case *syntax.Ident:
		r := c.resolveName(x)
		switch {
		case r.lv != nil:
			addr := varAddr(r.lv, r.capIdx)
			conv := in.converter(r.lv.t)
			return lvalue{load: varLoad(r.lv, r.capIdx), addr: addr, t: r.lv.t, store: func(fr *Frame, v Value) {
				if conv != nil {
					v = conv(v)
				} else if v.K == KStruct {
					v = cloneStruct(v)
				}
				*addr(fr) = v
			}}
		case r.field != nil:
			return c.fieldLval(r.field, func(fr *Frame) Value { return fr.this }, nil)
		case r.event != nil && r.event.Field != nil:
			return c.fieldLval(r.event.Field, func(fr *Frame) Value { return fr.this }, nil)
		case r.prop != nil:
			if r.prop.Static {
				return c.staticPropLval(r.prop, r.prop.Decl)
			}
			return c.memberLval(func(fr *Frame) Value { return fr.this }, x.Name)
		}
		c.errorf(x, "the name '%s' does not exist in the current context", x.Name)
	case *syntax.MemberAccess:
		if t := c.typePrefix(x.X); t != nil {
			r, ok := c.memberOf(t, x.Name.Name)
			if !ok {
				c.errorf(x, "'%s' does not contain a definition for '%s'", t.CSharpName(), x.Name.Name)
			}
			switch {
			case r.field != nil:
				return c.fieldLval(r.field, nil, t)
			case r.event != nil && r.event.Field != nil:
				return c.fieldLval(r.event.Field, nil, t)
			case r.prop != nil:
				return c.staticPropLval(r.prop, t)
			}
			c.errorf(x, "cannot assign to %s", x.Name.Name)
		}
		recv := c.expr(x.X)
		if _, ok := x.X.(*syntax.BaseExpr); ok {
			recv = func(fr *Frame) Value { return fr.this }
			// base.P = v: the base class's accessors, not the override
			if r, ok := c.memberOf(c.t.Base, x.Name.Name); ok && r.prop != nil && !r.prop.Static {
				in := c.in
				p := r.prop
				call := func(fr *Frame, m *Method, args []Value) Value {
					if m == nil {
						fr.c.Throw("System.MissingMethodException", "base property "+p.Name+" has no such accessor")
					}
					return in.invoke(fr.c, m, in.ctypeFor(fr.ctype, m.Decl), nil, fr.this, args)
				}
				return lvalue{
					load:  func(fr *Frame) Value { return call(fr, p.Get, nil) },
					store: func(fr *Frame, v Value) { call(fr, p.Set, []Value{v}) },
					bind: func(fr *Frame) (func() Value, func(Value)) {
						return func() Value { return call(fr, p.Get, nil) }, func(v Value) { call(fr, p.Set, []Value{v}) }
					},
				}
			}
		}
		lv := c.memberLval(recv, x.Name.Name)
		if st := c.staticType(x.X); st != nil && st.Kind == TypeClass && !st.open && st.Def == nil && !st.isGenericDef() && st.Prim == KObject && st != in.tObject {
			lv = c.memberLvalCls(recv, x.Name.Name, st, x.Pos())
		}
		return lv
	case *syntax.MemberBinding:
		slot := c.condSlot()
		return c.memberLval(func(fr *Frame) Value { return fr.l[slot] }, x.Name.Name)
	case *syntax.IndexExpr:
		recv := c.expr(x.X)
		as := c.args(x.Args)
		return c.indexLval(recv, as)
	case *syntax.ElementBinding:
		slot := c.condSlot()
		as := c.args(x.Args)
		return c.indexLval(func(fr *Frame) Value { return fr.l[slot] }, as)
	case *syntax.DeclExpr:
		if sd, ok := x.Des.(*syntax.SingleDesignation); ok {
			var t *Type
			if id, ok := x.Type.(*syntax.Ident); !ok || id.Name != "var" {
				t = c.resolveType(x.Type)
			}
			lv := c.declare(sd.Name.Name, t)
			decl := varDecl(lv)
			addr := varAddr(lv, -1)
			return lvalue{load: varLoad(lv, -1), addr: func(fr *Frame) *Value {
				decl(fr, in.zeroOf(t))
				return addr(fr)
			}, store: func(fr *Frame, v Value) { decl(fr, v) }}
		}
		if _, ok := x.Des.(*syntax.DiscardDesignation); ok {
			return discardLval()
		}
	case *syntax.PostfixExpr:
		if x.Op == syntax.NOT {
			return c.lval(x.X)
		}
	case *syntax.CallExpr:
		if c.mayReturnRef(x) {
			return c.refCallLval(x)
		}
	case *syntax.UnaryExpr:
		if x.Op == syntax.STAR {
			c.errorf(x, "pointers are not supported")
		}
	}
	if id, ok := e.(*syntax.Ident); ok && id.Name == "_" {
		return discardLval()
	}
	c.errorf(e, "expression cannot be assigned to")
	return lvalue{}
}

func discardLval() lvalue {
	var sink Value
	return lvalue{load: func(*Frame) Value { return sink }, addr: func(*Frame) *Value { return new(Value) },
		store: func(*Frame, Value) {}}
}

func (c *compiler) fieldLval(f *Field, recv exprFn, owner *Type) lvalue {
	in := c.in
	ft := f.Type.get(in)
	conv := in.converter(ft)
	if f.Static {
		decl := f.Decl
		idx := f.Index
		static := func(fr *Frame) []Value {
			t := decl
			if owner != nil && owner.Def != nil {
				t = in.ctypeFor(in.closeType(owner, fr), decl) // Derived<int>.F is Base<int>.F
			} else if decl.isGenericDef() {
				t = in.staticOwner(fr, decl)
			}
			in.ensureStatic(fr.c, t)
			return t.staticVals()
		}
		addr := func(fr *Frame) *Value { return &static(fr)[idx] }
		return lvalue{load: func(fr *Frame) Value { return *addr(fr) }, addr: addr, t: ft, store: func(fr *Frame, v Value) {
			if conv != nil {
				v = conv(v)
			} else if v.K == KStruct {
				v = cloneStruct(v)
			}
			*addr(fr) = v
		}}
	}
	idx := f.Index
	addr := func(fr *Frame) *Value {
		o := recv(fr)
		if o.K == KRef {
			o = *o.R.(*Value)
		}
		obj, ok := o.R.(*Object)
		if !ok {
			fr.c.Throw("System.NullReferenceException", "")
		}
		return &obj.Fields[idx]
	}
	return lvalue{load: func(fr *Frame) Value { return *addr(fr) }, addr: addr, t: ft, store: func(fr *Frame, v Value) {
		if conv != nil && !ft.open {
			v = conv(v)
		} else if v.K == KStruct {
			v = cloneStruct(v)
		}
		*addr(fr) = v
	}}
}

func (c *compiler) staticPropLval(p *Property, owner *Type) lvalue {
	in := c.in
	if p.Auto != nil {
		return c.fieldLval(p.Auto, nil, owner)
	}
	get := c.staticPropGetOn(p, owner)
	return lvalue{load: get, store: func(fr *Frame, v Value) {
		if p.Set == nil {
			fr.c.Throw("System.InvalidOperationException", "property "+p.Name+" has no setter")
		}
		in.invoke(fr.c, p.Set, in.ctypeFor(in.closeType(owner, fr), p.Set.Decl), nil, Null, []Value{in.convArg(fr.c, v, p.Set.Params[0])})
	}}
}

func (c *compiler) memberLval(recv exprFn, name string) lvalue {
	return c.memberLvalCls(recv, name, nil, syntax.Pos{})
}

// memberLvalCls is memberLval for a receiver of static type cls (nil:
// unknown) at position pos.
func (c *compiler) memberLvalCls(recv exprFn, name string, cls *Type, pos syntax.Pos) lvalue {
	in := c.in
	gs := &getSite{name: name}
	ss := &setSite{name: name, cls: cls}
	get := func(fr *Frame, v Value) Value { return in.getMember(fr, v, gs) }
	if cls != nil {
		if read := c.staticTypePropReader(cls, name, pos); read != nil {
			get = read
		}
	}
	return lvalue{
		load:  func(fr *Frame) Value { return get(fr, recv(fr)) },
		store: func(fr *Frame, v Value) { in.setMember(fr, recv(fr), ss, v) },
		bind: func(fr *Frame) (func() Value, func(Value)) {
			r := recv(fr)
			return func() Value { return get(fr, r) }, func(v Value) { in.setMember(fr, r, ss, v) }
		},
		// addr: ref/out to an instance field (Init(out box.V)); nil for properties
		addr: func(fr *Frame) *Value {
			r := recv(fr)
			if r.K == KRef {
				r = *r.R.(*Value)
			}
			o, ok := r.R.(*Object)
			if !ok || o == nil || (r.K != KObject && r.K != KStruct) {
				return nil
			}
			if f := o.Type.fieldIndex[name]; f != nil && !f.Static && f.Index < len(o.Fields) {
				return &o.Fields[f.Index]
			}
			return nil
		},
	}
}

func (c *compiler) indexLval(recv exprFn, as []argC) lvalue {
	in := c.in
	getSite, setSite := &indexSite{}, &indexSite{}
	return lvalue{
		load: func(fr *Frame) Value {
			r := recv(fr)
			return in.indexGetAt(fr, getSite, r, evalArgs(fr, as))
		},
		store: func(fr *Frame, v Value) {
			r := recv(fr)
			th := fr.c
			mark, ch := th.sp, len(th.old)
			idx := evalArgs(fr, as)
			in.indexSetAt(fr, setSite, r, idx, v)
			th.release(mark, ch)
		},
		addr: func(fr *Frame) *Value {
			r := recv(fr)
			if r.K == KArray {
				idx := evalArgs(fr, as)
				return in.arrayAddr(fr, r.R.(*Array), idx)
			}
			return nil
		},
		bind: func(fr *Frame) (func() Value, func(Value)) {
			r := recv(fr)
			idx := append([]Value(nil), evalArgs(fr, as)...)
			return func() Value { return in.indexGetAt(fr, getSite, r, idx) }, func(v Value) { in.indexSetAt(fr, setSite, r, idx, v) }
		},
	}
}

// mutates reports whether evaluating e may change variables (++, --,
// assignments, calls), so that evaluation order becomes visible.
func mutates(e syntax.Expr) bool {
	found := false
	syntax.Inspect(e, func(n syntax.Node) bool {
		switch x := n.(type) {
		case *syntax.PostfixExpr:
			if x.Op != syntax.NOT {
				found = true
			}
		case *syntax.UnaryExpr:
			if x.Op == syntax.INC || x.Op == syntax.DEC {
				found = true
			}
		case *syntax.AssignExpr, *syntax.CallExpr:
			found = true
		case *syntax.LambdaExpr, *syntax.AnonMethodExpr:
			return false
		}
		return !found
	})
	return found
}

// addr compiles the address of a variable (for ref/out arguments).
func (c *compiler) addr(e syntax.Expr) func(fr *Frame) *Value {
	lv := c.lval(e)
	if lv.addr != nil {
		a := lv.addr
		return func(fr *Frame) *Value {
			if p := a(fr); p != nil {
				return p
			}
			v := lv.load(fr)
			return &v
		}
	}
	return func(fr *Frame) *Value {
		v := lv.load(fr)
		return &v
	}
}

// assign compiles = and the compound assignments.
func (c *compiler) assign(x *syntax.AssignExpr) exprFn {
	in := c.in
	if x.Op == syntax.ASSIGN {
		switch l := x.X.(type) {
		case *syntax.TupleExpr:
			return c.deconstruct(l, x.Y)
		case *syntax.DeclExpr:
			if _, ok := l.Des.(*syntax.ParenDesignation); ok {
				return c.deconstructDecl(l, x.Y)
			}
		}
	}
	// events: x.E += handler
	if (x.Op == syntax.ADD_ASSIGN || x.Op == syntax.SUB_ASSIGN) && c.isCustomEvent(x.X) {
		return c.eventAccessor(x)
	}
	lv := c.lval(x.X)
	if x.Op == syntax.ASSIGN {
		var y exprFn
		if lv.t != nil {
			y = c.exprTyped(x.Y, lv.t)
		} else if ie, ok := x.Y.(*syntax.InitializerExpr); ok {
			y = c.arrayInit(nil, ie)
		} else {
			y = c.exprTyped(x.Y, c.lvalTypeHint(x.X))
		}
		if re, ok := x.Y.(*syntax.RefExpr); ok {
			// ref reassignment
			addr := c.addr(re.X)
			if id, ok := x.X.(*syntax.Ident); ok {
				if lvv, _ := c.lookupVar(id.Name); lvv != nil {
					slot := lvv.slot
					return func(fr *Frame) Value {
						p := addr(fr)
						fr.l[slot] = Value{K: KRef, R: p}
						return *p
					}
				}
			}
		}
		if _, ok := x.X.(*syntax.IndexExpr); ok && lv.bind != nil && mutates(x.Y) {
			// a[i++] = i++: the element (array and index) is chosen before the value is computed
			bind := lv.bind
			return func(fr *Frame) Value {
				_, set := bind(fr)
				v := y(fr)
				set(v)
				return v
			}
		}
		store := lv.store
		return func(fr *Frame) Value {
			v := y(fr)
			store(fr, v)
			return v
		}
	}
	op := x.Op.BinaryOf()
	y := c.expr(x.Y)
	chk := c.checked
	pos := x.OpPos
	conv := in.converter(lv.t)
	if op == syntax.QQ {
		if lv.bind != nil {
			bind := lv.bind
			return func(fr *Frame) Value {
				get, set := bind(fr)
				if v := get(); v.K != KNull {
					return v
				}
				v := y(fr)
				set(v)
				return v
			}
		}
		return func(fr *Frame) Value {
			if v := lv.load(fr); v.K != KNull {
				return v
			}
			v := y(fr)
			lv.store(fr, v)
			return v
		}
	}
	apply := func(fr *Frame, old, r Value) Value {
		v := in.binop(fr, op, old, r, chk, &pos)
		// compound assignment converts back to the variable's type (explicitly)
		if old.K != v.K && (old.K.IsNumeric() || old.K == KChar) && v.K.IsNumeric() {
			v = fr.c.numConvert(v, old.K, chk)
		}
		if conv != nil {
			v = conv(v)
		}
		return v
	}
	if lv.addr != nil && lv.bind == nil {
		addr := lv.addr
		if op == syntax.PLUS && !chk {
			return func(fr *Frame) Value {
				p := addr(fr)
				old := *p // the variable is read before the right operand runs (j += j++)
				r := y(fr)
				if old.K == KInt && r.K == KInt {
					*p = Value{K: KInt, N: uint64(int64(int32(old.N) + int32(r.N)))}
					return *p
				}
				if old.K == KLong && (r.K == KLong || r.K == KInt) {
					*p = Value{K: KLong, N: uint64(int64(old.N) + int64(r.N))}
					return *p
				}
				v := apply(fr, old, r)
				*p = v
				return v
			}
		}
		return func(fr *Frame) Value {
			p := addr(fr)
			old := *p
			v := apply(fr, old, y(fr))
			*p = v
			return v
		}
	}
	if lv.bind != nil {
		bind := lv.bind
		return func(fr *Frame) Value {
			get, set := bind(fr)
			v := apply(fr, get(), y(fr))
			set(v)
			return v
		}
	}
	return func(fr *Frame) Value {
		v := apply(fr, lv.load(fr), y(fr))
		lv.store(fr, v)
		return v
	}
}

// lvalTypeHint returns the declared type of an assignment target when easy to know (for lambdas).
func (c *compiler) lvalTypeHint(e syntax.Expr) *Type {
	switch x := e.(type) {
	case *syntax.Ident:
		r := c.resolveName(x)
		if r.field != nil {
			return r.field.Type.get(c.in)
		}
		if r.prop != nil {
			return r.prop.Type.get(c.in)
		}
	case *syntax.IndexExpr, *syntax.MemberAccess:
		return c.staticType(e) // d[k] = new() { ... }, o.P = [1, 2]
	}
	return nil
}

// isCustomEvent reports whether e names an event with add/remove accessors.
func (c *compiler) isCustomEvent(e syntax.Expr) bool {
	_, ok := c.eventOf(e)
	return ok
}

func (c *compiler) eventOf(e syntax.Expr) (*Event, bool) {
	switch x := e.(type) {
	case *syntax.Ident:
		r := c.resolveName(x)
		if r.event != nil && r.event.Field == nil {
			return r.event, true
		}
	case *syntax.MemberAccess:
		if t := c.typePrefix(x.X); t != nil {
			if r, ok := c.memberOf(t, x.Name.Name); ok && r.event != nil && r.event.Field == nil {
				return r.event, true
			}
			return nil, false
		}
		// instance: decided at run time
		return nil, c.maybeEventName(x.Name.Name)
	}
	return nil, false
}

// maybeEventName reports whether any loaded type declares an accessor-style event called name.
func (c *compiler) maybeEventName(name string) bool {
	for _, t := range c.in.types {
		if ev := t.Events[name]; ev != nil && ev.Field == nil {
			return true
		}
	}
	return false
}

// eventAccessor compiles x.E += h / -= h: custom accessors when the event has them, else delegate combination.
func (c *compiler) eventAccessor(x *syntax.AssignExpr) exprFn {
	in := c.in
	add := x.Op == syntax.ADD_ASSIGN
	y := c.expr(x.Y)
	if ev, ok := c.eventOf(x.X); ok && ev != nil {
		m := ev.Remove
		if add {
			m = ev.Add
		}
		return func(fr *Frame) Value {
			h := y(fr)
			this := Null
			if !ev.Static {
				this = fr.this
			}
			in.invoke(fr.c, m, in.ctypeFor(fr.ctype, m.Decl), nil, this, []Value{h})
			return Null
		}
	}
	ma := x.X.(*syntax.MemberAccess)
	recv := c.expr(ma.X)
	name := ma.Name.Name
	lv := c.memberLval(recv, name)
	return func(fr *Frame) Value {
		r := recv(fr)
		h := y(fr)
		t := in.typeOf(r)
		for b := t; b != nil; b = b.Base {
			if ev := b.generic().Events[name]; ev != nil {
				if ev.Field == nil {
					m := ev.Remove
					if add {
						m = ev.Add
					}
					in.invoke(fr.c, m, in.ctypeFor(t, m.Decl), nil, r, []Value{h})
					return Null
				}
				break
			}
		}
		get, set := lv.bind(fr)
		if add {
			set(DelVal(combineDelegates(get().Del(), h.Del())))
		} else {
			set(DelVal(removeDelegate(get().Del(), h.Del())))
		}
		return Null
	}
}

// incDec compiles ++/-- (prefix or postfix).
func (c *compiler) incDec(e syntax.Expr, inc bool, postfix bool) exprFn {
	in := c.in
	lv := c.lval(e)
	chk := c.checked
	step := func(fr *Frame, v Value) Value {
		switch v.K {
		case KInt:
			n := int32(v.N)
			if inc {
				if chk && n == 1<<31-1 {
					fr.c.Throw("System.OverflowException", "Arithmetic operation resulted in an overflow.")
				}
				return Int(n + 1)
			}
			if chk && n == -1<<31 {
				fr.c.Throw("System.OverflowException", "Arithmetic operation resulted in an overflow.")
			}
			return Int(n - 1)
		case KEnum:
			if inc {
				return EnumVal(v.R.(*Type), int64(v.N)+1)
			}
			return EnumVal(v.R.(*Type), int64(v.N)-1)
		case KObject, KStruct:
			name := "op_Decrement"
			if inc {
				name = "op_Increment"
			}
			if ms := in.findMethods(in.typeOf(v), name); len(ms) > 0 {
				return in.invoke(fr.c, ms[0], ms[0].Decl, nil, Null, []Value{v})
			}
		case KNull:
			return Null
		}
		op := syntax.MINUS
		if inc {
			op = syntax.PLUS
		}
		r := in.binop(fr, op, v, Int(1), chk, nil)
		if r.K != v.K {
			r = fr.c.numConvert(r, v.K, chk)
		}
		return r
	}
	if lv.addr != nil && lv.bind == nil {
		addr := lv.addr
		if postfix {
			return func(fr *Frame) Value {
				p := addr(fr)
				old := *p
				if old.K == KInt && !chk {
					p.N = uint64(int64(int32(old.N) + map[bool]int32{true: 1, false: -1}[inc]))
					return old
				}
				*p = step(fr, old)
				return old
			}
		}
		if inc && !chk {
			return func(fr *Frame) Value {
				p := addr(fr)
				if p.K == KInt {
					p.N = uint64(int64(int32(p.N) + 1))
					return *p
				}
				*p = step(fr, *p)
				return *p
			}
		}
		return func(fr *Frame) Value {
			p := addr(fr)
			*p = step(fr, *p)
			return *p
		}
	}
	if lv.bind != nil {
		bind := lv.bind
		return func(fr *Frame) Value {
			get, set := bind(fr)
			old := get()
			nv := step(fr, old)
			set(nv)
			if postfix {
				return old
			}
			return nv
		}
	}
	return func(fr *Frame) Value {
		old := lv.load(fr)
		nv := step(fr, old)
		lv.store(fr, nv)
		if postfix {
			return old
		}
		return nv
	}
}

// ---------------------------------------------------------------------------
// Indexing

func (c *compiler) index(x *syntax.IndexExpr) exprFn {
	in := c.in
	if _, ok := x.X.(*syntax.BaseExpr); ok && c.t.Base != nil {
		// base[i]: the base class's indexer, not the override
		if ms := in.findMethods(c.t.Base, "get_Item"); len(ms) > 0 {
			as := c.args(x.Args)
			pos := x.Pos()
			return func(fr *Frame) Value {
				fr.pos = &pos
				th := fr.c
				mark, ch := th.sp, len(th.old)
				args := evalArgs(fr, as)
				m := in.pickOverload(th, ms, args, nil)
				if m == nil {
					th.Throw("System.MissingMethodException", "no base indexer takes these arguments")
				}
				r := in.invoke(th, m, in.ctypeFor(fr.ctype, m.Decl), nil, fr.this, in.bindArgs(th, m, args, nil, fr))
				th.release(mark, ch)
				return r
			}
		}
	}
	recv := c.expr(x.X)
	as := c.args(x.Args)
	pos := x.Pos()
	if st := c.staticType(x.X); st != nil && st.Kind == TypeClass && !st.open && st.Def == nil && !st.isGenericDef() && st.Prim == KObject && st != in.tObject {
		if f := c.staticTypeIndexGet(st, recv, as, pos); f != nil {
			return f // the indexer the static type sees (a "new" one below it is hidden)
		}
	}
	if len(as) == 1 {
		a0 := as[0].ev
		if a0 != nil {
			return func(fr *Frame) Value {
				r := recv(fr)
				i := a0(fr)
				if r.K == KArray && i.K == KInt {
					arr := r.R.(*Array)
					n := int32(i.N)
					if n < 0 || int(n) >= len(arr.Data) || arr.Dims != nil {
						fr.pos = &pos
						return in.indexGet(fr, r, []Value{i})
					}
					return arr.Data[n]
				}
				if r.K == KString && i.K == KInt {
					ch, ok := strAt(r, int(int32(i.N)))
					if !ok {
						fr.pos = &pos
						fr.c.Throw("System.IndexOutOfRangeException", "")
					}
					return Char(ch)
				}
				fr.pos = &pos
				return in.indexGet(fr, r, []Value{i})
			}
		}
	}
	return func(fr *Frame) Value {
		r := recv(fr)
		fr.pos = &pos
		th := fr.c
		mark, ch := th.sp, len(th.old)
		idx := evalArgs(fr, as)
		v := in.indexGet(fr, r, idx)
		th.release(mark, ch)
		return v
	}
}

// arrayAddr returns the address of an array element, throwing IndexOutOfRangeException.
func (in *Interp) arrayAddr(fr *Frame, a *Array, idx []Value) *Value {
	if a.Dims == nil {
		if len(idx) != 1 {
			fr.c.Throw("System.IndexOutOfRangeException", "")
		}
		i := idx[0].AsLong()
		if idx[0].K == KStruct {
			i = in.indexOffset(idx[0], len(a.Data)) // a[^1]
		}
		if i < 0 || i >= int64(len(a.Data)) {
			fr.c.Throw("System.IndexOutOfRangeException", "")
		}
		return &a.Data[i]
	}
	off := 0
	for d, iv := range idx {
		i := int(iv.AsLong())
		if i < 0 || i >= a.Dims[d] {
			fr.c.Throw("System.IndexOutOfRangeException", "")
		}
		off = off*a.Dims[d] + i
	}
	return &a.Data[off]
}

// indexGet reads recv[idx...].
func (in *Interp) indexGet(fr *Frame, recv Value, idx []Value) Value {
	c := fr.c
	switch recv.K {
	case KNull:
		c.Throw("System.NullReferenceException", "")
	case KRef:
		return in.indexGet(fr, *recv.R.(*Value), idx)
	case KArray:
		a := recv.R.(*Array)
		if len(idx) == 1 && idx[0].K == KStruct {
			if r, ok := in.rangeOrIndex(fr, idx[0], len(a.Data)); ok {
				if r.isRange {
					return ArrVal(&Array{Elem: a.Elem, Data: append([]Value(nil), a.Data[r.lo:r.hi]...)})
				}
				return a.Data[r.lo]
			}
		}
		return *in.arrayAddr(fr, a, idx)
	case KString:
		if len(idx) == 1 {
			if idx[0].K == KStruct {
				u := ToUTF16(recv.AsString())
				if r, ok := in.rangeOrIndex(fr, idx[0], len(u)); ok {
					if r.isRange {
						return Str(FromUTF16(u[r.lo:r.hi]))
					}
					return Char(u[r.lo])
				}
			}
			ch, ok := strAt(recv, int(idx[0].AsLong()))
			if !ok {
				c.Throw("System.IndexOutOfRangeException", "")
			}
			return Char(ch)
		}
	}
	t := in.typeOf(recv)
	m := in.findIndexer(c, t, "get_Item", idx)
	if m == nil {
		if len(idx) == 1 {
			if v, ok := in.indexByIndex(fr, recv, t, idx[0]); ok { // list[^1]
				return v
			}
		}
		c.Throw("System.MissingMemberException", "'"+t.CSharpName()+"' has no indexer")
	}
	// the arguments are copied (bindArgs converts in place) onto the context's stack, not the heap
	args, mark, ch := c.alloc(len(idx))
	copy(args, idx)
	ct := in.ctypeFor(t, m.Decl)
	in.convClassTParams(m, args, ct)
	r := in.invoke(c, m, ct, nil, recv, in.bindArgs(c, m, args, nil, fr))
	c.release(mark, ch)
	return r
}

// indexSet writes recv[idx...] = v.
func (in *Interp) indexSet(fr *Frame, recv Value, idx []Value, v Value) {
	c := fr.c
	switch recv.K {
	case KNull:
		c.Throw("System.NullReferenceException", "")
	case KRef:
		in.indexSet(fr, *recv.R.(*Value), idx, v)
		return
	case KArray:
		a := recv.R.(*Array)
		p := in.arrayAddr(fr, a, idx)
		if conv := in.converter(a.Elem); conv != nil {
			v = conv(v)
		} else if v.K == KStruct {
			v = cloneStruct(v)
		} else {
			in.checkArrayStore(c, a, v) // Animal[] arr = new Cat[1]; arr[0] = new Animal()
		}
		*p = v
		return
	}
	t := in.typeOf(recv)
	// index arguments and value on the context's stack, not the heap
	all, mark, ch := c.alloc(len(idx) + 1)
	copy(all, idx)
	all[len(idx)] = v
	m := in.findIndexer(c, t, "set_Item", all)
	if m == nil && len(idx) == 1 {
		if i, ok := in.indexArgByIndex(fr, recv, t, idx[0]); ok { // list[^1] = v
			all[0] = i
			m = in.findIndexer(c, t, "set_Item", all)
		}
	}
	if m == nil {
		c.Throw("System.MissingMemberException", "'"+t.CSharpName()+"' has no indexer setter")
	}
	ct := in.ctypeFor(t, m.Decl)
	in.convClassTParams(m, all, ct)
	in.invoke(c, m, ct, nil, recv, in.bindArgs(c, m, all, nil, fr))
	c.release(mark, ch)
}

func (in *Interp) findIndexer(c *Context, t *Type, name string, args []Value) *Method {
	ms := in.findMethods(t, name)
	return in.pickOverload(c, ms, args, nil)
}

// ---------------------------------------------------------------------------
// Conditional access

// condSlot returns the hidden local that holds the receiver of the innermost ?. .
func (c *compiler) condSlot() int {
	if len(c.condSlots) == 0 {
		c.errorf(nil, "member binding outside ?.")
	}
	return c.condSlots[len(c.condSlots)-1]
}

func (c *compiler) condAccess(x *syntax.CondAccess) exprFn {
	recv := c.expr(x.X)
	lv := c.declare("<cond>", nil)
	slot := lv.slot
	c.condSlots = append(c.condSlots, slot)
	body := c.condBody(x.Body)
	c.condSlots = c.condSlots[:len(c.condSlots)-1]
	return func(fr *Frame) Value {
		r := recv(fr)
		if r.K == KNull {
			return Null
		}
		fr.l[slot] = r
		return body(fr)
	}
}

// condBody compiles the body of a ?. whose innermost receiver is a binding.
func (c *compiler) condBody(e syntax.Expr) exprFn {
	in := c.in
	switch x := e.(type) {
	case *syntax.MemberBinding:
		slot := c.condSlot()
		site := &getSite{name: x.Name.Name}
		return func(fr *Frame) Value { return in.getMember(fr, fr.l[slot], site) }
	case *syntax.ElementBinding:
		slot := c.condSlot()
		as := c.args(x.Args)
		return func(fr *Frame) Value { return in.indexGet(fr, fr.l[slot], evalArgs(fr, as)) }
	}
	return c.expr(e)
}
