package check

import (
	"strconv"
	"unsafe"

	"rpbench/csharp/syntax"
)

// A cand is a member found on a type, with the substitution of the owner's
// type parameters by the receiver's type arguments.
type cand struct {
	m   *memberSym
	sub map[*tparamSym]*ty
	ext bool // extension method called as an instance method
}

// subst applies the candidate's substitution to t.
func (k cand) subst(t *ty) *ty { return subst(t, k.sub) }

// supertypes calls f for t, its base classes and all its interfaces
// (each with its own type arguments), then System.Object for interfaces.
func (c *checker) supertypes(t *ty, f func(*ty) bool) {
	seen := map[*typeSym]bool{}
	var seenGeneric []*ty // a generic interface may be implemented with several argument lists
	var walk func(t *ty, depth int) bool
	walk = func(t *ty, depth int) bool {
		if t == nil || t.kind != kNamed || depth > 40 {
			return true
		}
		if len(t.args) > 0 && seen[t.sym] {
			for _, g := range seenGeneric {
				if identical(g, t) {
					return true
				}
			}
		} else if seen[t.sym] {
			return true
		}
		seen[t.sym] = true
		if len(t.args) > 0 {
			seenGeneric = append(seenGeneric, t)
		}
		if !f(t) {
			return false
		}
		m := typeMap(t)
		if t.sym.Base != nil {
			if !walk(subst(t.sym.Base, m), depth+1) {
				return false
			}
		}
		for _, i := range t.sym.Ifaces {
			if !walk(subst(i, m), depth+1) {
				return false
			}
		}
		return true
	}
	switch t.kind {
	case kNamed:
		if !walk(t, 0) {
			return
		}
		if t.sym.Kind == symInterface {
			walk(c.special("System.Object"), 0)
		}
	case kArray:
		if a := c.special("System.Array"); a != nil && !walk(a, 0) {
			return
		}
		for _, n := range []string{"System.Collections.Generic.IList`1", "System.Collections.Generic.IReadOnlyList`1", "System.Collections.Generic.ICollection`1", "System.Collections.Generic.IEnumerable`1"} {
			if g := c.special(n); g != nil {
				if !walk(named(g.sym, t.elem), 0) {
					return
				}
			}
		}
	case kTuple:
		walk(c.tupleAsNamed(t), 0)
	}
}

// tupleAsNamed returns the ValueTuple type of a tuple type.
func (c *checker) tupleAsNamed(t *ty) *ty {
	n := len(t.elems)
	if n < 1 || n > 8 {
		return c.special("System.ValueType")
	}
	g := c.special("System.ValueTuple`" + string(rune('0'+n)))
	if g == nil {
		return nil
	}
	return named(g.sym, t.elems...)
}

// members finds the members named name on t (most derived first). Overrides
// are skipped (the declaration they override stands for them).
func (c *checker) members(t *ty, name string) []cand {
	if t == nil {
		return nil
	}
	var key memberKey
	if t.kind == kNamed {
		key = memberKey{sym: t.sym, name: name}
		if len(t.args) > 0 {
			var buf [64]byte
			key.args = string(appendTypeKey(buf[:0], t))
		}
		if r, ok := c.memberCache[key]; ok {
			return r
		}
	}
	out := c.lookupMembers(t, name)
	if t.kind == kNamed {
		if c.memberCache == nil {
			c.memberCache = map[memberKey][]cand{}
		}
		c.memberCache[key] = out
	}
	return out
}

// appendTypeKey appends an identity key of t (symbol addresses, not names).
func appendTypeKey(b []byte, t *ty) []byte {
	if t == nil {
		return append(b, '?')
	}
	b = append(b, byte('a'+t.kind))
	switch t.kind {
	case kNamed:
		b = strconv.AppendUint(b, uint64(uintptr(unsafe.Pointer(t.sym))), 36)
		if len(t.args) > 0 {
			b = append(b, '<')
			for _, a := range t.args {
				b = appendTypeKey(b, a)
				b = append(b, ',')
			}
			b = append(b, '>')
		}
	case kArray:
		b = strconv.AppendInt(b, int64(t.rank), 10)
		b = appendTypeKey(b, t.elem)
	case kTypeParam:
		b = strconv.AppendUint(b, uint64(uintptr(unsafe.Pointer(t.tp))), 36)
	case kTuple:
		b = append(b, '(')
		for _, e := range t.elems {
			b = appendTypeKey(b, e)
			b = append(b, ',')
		}
		b = append(b, ')')
	}
	return b
}

type memberKey struct {
	sym  *typeSym
	args string
	name string
}

func (c *checker) lookupMembers(t *ty, name string) []cand {
	var out []cand
	var firstNonMethod bool
	c.supertypes(t, func(st *ty) bool {
		ms := st.sym.members[name]
		if len(ms) == 0 {
			return true
		}
		sub := typeMap(st)
		for _, m := range ms {
			if m.Iface {
				continue
			}
			if m.Kind == mMethod || m.Kind == mIndexer {
				hidden := false
				for _, o := range out {
					if o.m.Kind == m.Kind && o.m.Owner != m.Owner && len(o.m.TParams) == len(m.TParams) && sameParamsSub(o, m, sub) {
						hidden = true
						break
					}
				}
				if hidden {
					continue
				}
			}
			if m.Kind != mMethod && m.Kind != mCtor && m.Kind != mIndexer {
				if firstNonMethod {
					continue
				}
				firstNonMethod = true
			}
			out = append(out, cand{m: m, sub: sub})
		}
		return true
	})
	return out
}

// sameParamsSub reports whether the derived candidate o has m's parameter types.
func sameParamsSub(o cand, m *memberSym, sub map[*tparamSym]*ty) bool {
	if len(o.m.Params) != len(m.Params) {
		return false
	}
	for i := range m.Params {
		a, b := o.subst(o.m.Params[i].Type), subst(m.Params[i].Type, sub)
		if isUnknown(a) || isUnknown(b) {
			continue
		}
		if !identicalModuloMethodTParams(a, b) {
			return false
		}
	}
	return true
}

// memberNames lists the member names of t (for hints).
func (c *checker) memberNames(t *ty) []string {
	var out []string
	c.supertypes(t, func(st *ty) bool {
		for _, m := range st.sym.order {
			out = append(out, m.Name)
		}
		return true
	})
	return out
}

// accessible reports whether m may be used from the code in type from.
func (c *checker) accessible(m *memberSym, from *typeSym) bool {
	if m.Mods&syntax.ModPublic != 0 {
		return true
	}
	if m.Owner.Kind == symInterface || m.Owner.Kind == symEnum {
		return true
	}
	if m.Mods&syntax.ModInternal != 0 && m.Mods&syntax.ModProtected == 0 {
		return m.Owner.User
	}
	if m.Mods&syntax.ModInternal != 0 && m.Owner.User {
		return true
	}
	// private or protected: from inside the owner (or a type nested in it)
	for t := from; t != nil; t = t.Outer {
		if t == m.Owner {
			return true
		}
	}
	if m.Mods&syntax.ModProtected != 0 {
		for t := from; t != nil; t = t.Outer {
			if c.derivesFrom(t, m.Owner) {
				return true
			}
		}
	}
	return false
}

// derivesFrom reports whether s is base or derives from it (classes and interfaces).
func (c *checker) derivesFrom(s, base *typeSym) bool {
	found := false
	c.supertypes(s.selfType(), func(t *ty) bool {
		if t.sym == base {
			found = true
			return false
		}
		return true
	})
	return found
}

// asSuper returns the instance of generic type g that t is or implements, or nil.
func (c *checker) asSuper(t *ty, g *typeSym) *ty {
	var out *ty
	c.supertypes(t, func(st *ty) bool {
		if st.sym == g {
			out = st
			return false
		}
		return true
	})
	return out
}

// elementType returns the element type of an enumerable (foreach), or unknown.
func (c *checker) elementType(t *ty) *ty {
	if isUnknown(t) {
		return tUnknown
	}
	switch t.kind {
	case kArray:
		return t.elem
	case kNamed:
		if t.sym.fullName() == "System.String" {
			return c.special("System.Char")
		}
		// GetEnumerator().Current
		for _, k := range c.members(t, "GetEnumerator") {
			if len(k.m.Params) == 0 && k.m.Type != nil && k.m.Type.kind == kNamed {
				for _, cur := range c.members(k.subst(k.m.Type), "Current") {
					return cur.subst(cur.m.Type)
				}
			}
		}
		if g := c.special("System.Collections.Generic.IEnumerable`1"); g != nil {
			if st := c.asSuper(t, g.sym); st != nil && len(st.args) == 1 {
				return st.args[0]
			}
		}
	}
	return tUnknown
}
