package eval

import "rpbench/csharp/syntax"

// Virtual slots: a method declared virtual, abstract or new starts a slot;
// an override joins the slot of the method it overrides. A call through a
// receiver of static type S binds, at compile time in C#, to a method of
// S's slot; at run time the most derived override of that slot in the
// receiver's type runs. "new virtual" in a derived class starts another
// slot, so calls through the base class's static type never reach its
// overrides.

// slotRoot returns the method that started m's virtual slot (m itself when
// m is not an override, or when the overridden method cannot be found).
func (in *Interp) slotRoot(m *Method) *Method {
	for depth := 0; m.Override && m.Decl != nil && depth < 64; depth++ {
		sig := paramSig(m)
		var base *Method
		for b := m.Decl.Base; b != nil && base == nil; b = b.Base {
			bd := b.generic()
			bd.ensureBuilt()
			for _, x := range bd.Methods[m.Name] {
				if x.ExplicitOf == nil && !x.Static && paramSig(x) == sig && (x.Virtual || x.Override || x.Abstract) {
					base = x
					break
				}
			}
		}
		if base == nil {
			return m
		}
		m = base
	}
	return m
}

// finalOverride returns the method that runs for a call bound to the
// virtual method m on a receiver of run-time type t: the most derived
// override in t's base chain (below m's declaring type) that belongs to
// m's slot, or m itself. It returns nil when m's declaring type is not in
// t's base chain.
func (in *Interp) finalOverride(t *Type, m *Method) *Method {
	if m.Decl == nil {
		return nil
	}
	root := in.slotRoot(m)
	sig := paramSig(m)
	decl := m.Decl.generic()
	for b := t; b != nil; b = b.Base {
		bd := b.generic()
		if bd == decl {
			return m
		}
		bd.ensureBuilt()
		for _, x := range bd.Methods[m.Name] {
			if x.Override && x.ExplicitOf == nil && !x.Static && paramSig(x) == sig && in.slotRoot(x) == root {
				return x
			}
		}
	}
	return nil
}

// staticTypePropGet compiles the read of instance property name through a
// receiver whose static type st is a non-generic class: the property that
// st sees decides (a "new" property of a derived class hides it only for
// receivers of the derived static type), and a virtual one runs its slot's
// most derived override. It returns nil when st has no such property.
func (c *compiler) staticTypePropGet(st *Type, recv exprFn, name string, pos syntax.Pos) exprFn {
	read := c.staticTypePropReader(st, name, pos)
	if read == nil {
		return nil
	}
	return func(fr *Frame) Value { return read(fr, recv(fr)) }
}

// staticTypePropReader is staticTypePropGet for an already evaluated receiver.
func (c *compiler) staticTypePropReader(st *Type, name string, pos syntax.Pos) func(fr *Frame, v Value) Value {
	r, ok := c.memberOf(st, name)
	if !ok || r.prop == nil || r.prop.Static || r.prop.Get == nil || r.prop.Get.ExplicitOf != nil {
		return nil
	}
	in := c.in
	get := r.prop.Get
	site := &getSite{name: name}
	virtual := get.Virtual || get.Override || get.Abstract
	if r.prop.Auto != nil && !virtual {
		idx := r.prop.Auto.Index
		return func(fr *Frame, v Value) Value {
			if v.K == KObject {
				if o := v.R.(*Object); idx < len(o.Fields) && o.Type.Is(st) {
					return o.Fields[idx]
				}
			}
			fr.pos = &pos
			return in.getMember(fr, v, site)
		}
	}
	var lastT *Type
	var lastM *Method
	var lastCT *Type
	return func(fr *Frame, v Value) Value {
		if v.K != KObject {
			fr.pos = &pos
			return in.getMember(fr, v, site)
		}
		t := v.R.(*Object).Type
		if t != lastT {
			m := get
			if virtual {
				m = in.finalOverride(t, get)
			}
			if m == nil || !t.Is(st) {
				fr.pos = &pos
				return in.getMember(fr, v, site)
			}
			lastT, lastM, lastCT = t, m, in.ctypeFor(t, m.Decl)
		}
		fr.pos = &pos
		return in.invoke(fr.c, lastM, lastCT, nil, v, nil)
	}
}

// thisClass returns the class being compiled when it is a non-generic
// class (the static type of this for staticTypePropGet and callSite.cls),
// else nil.
func (c *compiler) thisClass() *Type {
	t := c.t
	if t == nil || t.Kind != TypeClass || t.open || t.Def != nil || t.isGenericDef() || t.Prim != KObject || t == c.in.tObject || c.fs.static {
		return nil
	}
	return t
}

// staticTypeIndexGet compiles the read of an indexer through a receiver
// whose static type st is a non-generic class: st's indexers are the
// candidates, and a virtual one runs its slot's most derived override. It
// returns nil when st declares or inherits no indexer.
func (c *compiler) staticTypeIndexGet(st *Type, recv exprFn, as []argC, pos syntax.Pos) exprFn {
	in := c.in
	ms := in.findMethods(st, "get_Item")
	if len(ms) == 0 {
		return nil
	}
	return func(fr *Frame) Value {
		v := recv(fr)
		fr.pos = &pos
		th := fr.c
		mark, ch := th.sp, len(th.old)
		args := evalArgs(fr, as)
		var m *Method
		if v.K == KObject && v.R.(*Object).Type.Is(st) {
			if len(ms) == 1 {
				m = ms[0]
			} else {
				m = in.pickOverload(th, ms, args, nil)
			}
		}
		if m == nil {
			r := in.indexGet(fr, v, args)
			th.release(mark, ch)
			return r
		}
		t := v.R.(*Object).Type
		if m.Virtual || m.Override || m.Abstract {
			if o := in.finalOverride(t, m); o != nil {
				m = o
			}
		}
		r := in.invoke(th, m, in.ctypeFor(t, m.Decl), nil, v, in.bindArgs(th, m, args, nil, fr))
		th.release(mark, ch)
		return r
	}
}
