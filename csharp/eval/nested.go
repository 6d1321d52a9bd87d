package eval

import "rpbench/csharp/syntax"

// Generic types nested in generic types. As in C#, such a type's TypeParams
// begin with the enclosing type's parameters (outerTP of them) and then its
// own: Outer<int>.Inner<string> is Inner instantiated with [int, string], and
// inside Outer<T> the name Inner<U> means Outer<T>.Inner<U>.

// ownArity returns the number of type parameters a type declares itself.
func (t *Type) ownArity() int { return len(t.TypeParams) - t.outerTP }

// nestedArgs prefixes the arguments written for a nested generic type t with
// the enclosing type's arguments taken from outer (the constructed or open
// enclosing type); nil outer gives the placeholders of t's own definition.
func (in *Interp) nestedArgs(t *Type, outer *Type, args []*Type) []*Type {
	if t.outerTP == 0 || len(args) != t.ownArity() {
		return args
	}
	full := make([]*Type, 0, len(t.TypeParams))
	switch {
	case outer != nil && outer.Def != nil && len(outer.TypeArgs) >= t.outerTP:
		full = append(full, outer.TypeArgs[:t.outerTP]...)
	case outer != nil && len(outer.TypeParams) >= t.outerTP:
		outer.ensureTParams()
		full = append(full, outer.tparamTypes[:t.outerTP]...)
	default:
		for range t.outerTP {
			full = append(full, in.tObject)
		}
	}
	return append(full, args...)
}

// enclosingFor returns the type, from the scope's enclosing types, whose
// type parameters supply the outer arguments of nested type t written by
// simple name: t's declaring type, t itself or a sibling nested type, or a
// constructed base whose definition declares t.
func (in *Interp) enclosingFor(t *Type, env *tenv) *Type {
	for o := env.outer; o != nil; o = o.Outer {
		if o == t.Outer || (o.Outer == t.Outer && o.outerTP == t.outerTP && o.outerTP > 0) {
			return o
		}
		for b := o.Base; b != nil; b = b.Base {
			if b.generic() == t.Outer {
				return b
			}
		}
	}
	return nil
}

// nestedByName returns the type a simple name x that found nested type t
// means in the compiled code: for a type nested in a generic type, t
// constructed with the enclosing type's arguments (Counter inside Reg<T> is
// Reg<T>.Counter).
func (c *compiler) nestedByName(t *Type, x *syntax.Ident) *Type {
	if t.outerTP == 0 {
		return t
	}
	if rt := c.tryType(x); rt != nil && rt.generic() == t {
		return rt
	}
	return t
}
