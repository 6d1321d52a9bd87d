package eval

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
