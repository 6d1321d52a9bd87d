package eval

import "rpbench/csharp/syntax"

// Overload resolution by C#'s better-function-member rules (ECMA-334
// §12.6.4): among the applicable candidates, the best is the one whose
// conversion of every argument is at least as good as each other
// candidate's, and better for at least one; ties are broken as C# does
// (non-generic over generic, normal form over expanded params form, no
// substituted defaults over defaults, more specific parameter types).
// Members of a more derived class hide applicable members of its bases.
//
// The arguments' static types are used where the compiler knows them, their
// run-time types otherwise (see pickOverloadST). When no candidate is better
// than all others (C# would report CS0121; the checker stays silent), the
// cheapest by the conversion cost of applicable wins, as before.

// candidate is one applicable method with how it takes the arguments.
type candidate struct {
	m        *Method
	score    int
	expanded bool    // params array in its expanded form
	defaults bool    // some optional parameter takes its default value
	ptypes   []*Type // parameter type taking each argument (nil: unknown)
	generic  []*Type // the declared (unsubstituted) parameter types, for specificity
}

// pickBest chooses among applicable candidates (at least two).
// recv is the receiver's run-time type (nil for static calls or when
// unknown); it closes the class type parameters of the candidates' parameter
// types, and a candidate that then cannot take an argument is dropped.
func (in *Interp) pickBest(cands []candidate, args []Value, names []string, st []*Type, recv *Type) *Method {
	n := 0
	for i := range cands {
		if in.fillParamTypes(&cands[i], args, names, st, recv) {
			cands[n] = cands[i]
			n++
		}
	}
	cands = in.hideBaseMembers(cands[:n])
	switch len(cands) {
	case 0:
		return nil
	case 1:
		return cands[0].m
	}
	atypes := make([]*Type, len(args))
	for i, a := range args {
		if st != nil && i < len(st) && st[i] != nil {
			atypes[i] = st[i]
		} else if a.K != KNull && a.K != KRef {
			atypes[i] = in.typeOf(a)
		}
	}
	for i := range cands {
		win := true
		for j := range cands {
			if i != j && !in.betterCandidate(&cands[i], &cands[j], args, atypes) {
				win = false
				break
			}
		}
		if win {
			return cands[i].m
		}
	}
	best := 0
	for i := range cands {
		if cands[i].score < cands[best].score {
			best = i
		}
	}
	return cands[best].m
}

// hideBaseMembers drops candidates declared in a base of the type that
// declares another applicable (non-override) candidate: C# considers only
// the most derived declarations (§12.8.10.2).
func (in *Interp) hideBaseMembers(cands []candidate) []candidate {
	var out []candidate
	anyHidden := false
	for i := range cands {
		hidden := false
		bi := cands[i].m.Decl
		if cands[i].m.Override && bi != nil && bi.Base != nil {
			bi = bi.Base // an override counts as declared where the method was introduced
		}
		for j := range cands {
			mj := cands[j].m
			if i == j || mj.Override || mj.Extension || cands[i].m.Extension || bi == nil || mj.Decl == nil {
				continue
			}
			dj := mj.Decl
			if dj != bi && dj.generic() != bi.generic() && dj.Is(bi) {
				hidden = true
				break
			}
		}
		if hidden && !anyHidden {
			anyHidden = true
			out = append(make([]candidate, 0, len(cands)), cands[:i]...)
		} else if !hidden && anyHidden {
			out = append(out, cands[i])
		}
	}
	if !anyHidden || len(out) == 0 {
		return cands
	}
	return out
}

// fillParamTypes computes, for each argument, the type of the parameter
// that takes it (element type for the expanded params form), with the
// method's type parameters replaced by the types inferred from the
// arguments and the class's by recv's type arguments. It reports false when
// a parameter type closed that way cannot take its argument.
func (in *Interp) fillParamTypes(k *candidate, args []Value, names []string, st []*Type, recv *Type) bool {
	m := k.m
	ps := m.Params
	np := len(ps)
	var targs, cargs []*Type
	if len(m.TypeParams) > 0 {
		targs = in.inferTypeArgs(m, args)
	}
	if recv != nil && m.Decl != nil && m.Decl.isGenericDef() {
		if ct := in.ctypeFor(recv, m.Decl); ct.Def != nil && !ct.open {
			cargs = ct.TypeArgs
		}
	}
	both := make([]*Type, 2*len(args))
	k.ptypes, k.generic = both[:len(args):len(args)], both[len(args):]
	var usedBuf [8]bool
	used := usedBuf[:0]
	if np <= len(usedBuf) {
		used = usedBuf[:np]
	} else {
		used = make([]bool, np)
	}
	pos := 0
	for i := range args {
		var p *Param
		if names != nil && i < len(names) && names[i] != "" {
			for j, q := range ps {
				if q.Name == names[i] {
					p = q
					used[j] = true
				}
			}
		} else if pos < np {
			p = ps[pos]
			used[pos] = true
			if !(k.expanded && pos == np-1) {
				pos++
			}
		}
		if p == nil || p.Type == nil {
			continue
		}
		pt := p.Type.get(in)
		if pt != nil && k.expanded && p == ps[np-1] && pt.Rank > 0 {
			pt = pt.Elem
		}
		k.generic[i] = pt
		if pt != nil && pt.open {
			if cargs == nil && mentionsClassParam(pt) {
				pt = nil
			} else {
				pt = in.substType(pt, cargs, targs)
				if pt.open {
					pt = nil
				} else if cargs != nil && mentionsClassParam(k.generic[i]) && p.Mode != ByRef && p.Mode != ByOut && args[i].K != KRef {
					var cost int
					if st != nil && i < len(st) && st[i] != nil {
						cost = in.staticConvCost(st[i], args[i], pt)
					} else {
						cost = in.convCost(args[i], pt)
					}
					if cost < 0 {
						return false
					}
				}
			}
		}
		k.ptypes[i] = pt
	}
	for j, p := range ps {
		if !used[j] && p.Default != nil {
			k.defaults = true
		}
	}
	return true
}

// mentionsClassParam reports whether t mentions a type parameter of a class.
func mentionsClassParam(t *Type) bool {
	switch {
	case t == nil || !t.open:
		return false
	case t.Kind == TypeTypeParam:
		return !t.pMethod
	case t.Rank > 0:
		return mentionsClassParam(t.Elem)
	}
	for _, a := range t.TypeArgs {
		if mentionsClassParam(a) {
			return true
		}
	}
	return false
}

// betterCandidate reports whether x is a better function member than y.
func (in *Interp) betterCandidate(x, y *candidate, args []Value, atypes []*Type) bool {
	anyBetter, anyWorse := false, false
	for i := range args {
		px, py := x.ptypes[i], y.ptypes[i]
		if px == py {
			continue
		}
		bx := in.betterConv(args[i], atypes[i], px, py)
		by := in.betterConv(args[i], atypes[i], py, px)
		if bx && !by {
			anyBetter = true
		} else if by && !bx {
			anyWorse = true
		}
	}
	if anyBetter != anyWorse {
		return anyBetter
	}
	if anyBetter {
		return false
	}
	// Tie breakers (§12.6.4.3).
	gx, gy := len(x.m.TypeParams) > 0, len(y.m.TypeParams) > 0
	if gx != gy {
		return !gx
	}
	if x.expanded != y.expanded {
		return !x.expanded
	}
	if x.expanded && len(x.m.Params) != len(y.m.Params) {
		return len(x.m.Params) > len(y.m.Params)
	}
	if x.defaults != y.defaults {
		return !x.defaults
	}
	sx, sy := 0, 0
	for i := range args {
		sx += specificity(x.generic[i])
		sy += specificity(y.generic[i])
	}
	if sx != sy {
		return sx > sy
	}
	return false
}

// specificity counts the parts of a declared type that are not type
// parameters (List<T> is more specific than T).
func specificity(t *Type) int {
	switch {
	case t == nil:
		return 0
	case t.Kind == TypeTypeParam:
		return 0
	case t.Rank > 0:
		return 1 + specificity(t.Elem)
	}
	n := 1
	for _, a := range t.TypeArgs {
		n += specificity(a)
	}
	return n
}

// betterConv reports whether converting argument a (of type at, nil when
// unknown or null) to p1 is better than converting it to p2 (§12.6.4.4-6).
func (in *Interp) betterConv(a Value, at, p1, p2 *Type) bool {
	if p1 == nil || p2 == nil || p1 == p2 || sameConstructed(p1, p2) {
		return false
	}
	if a.K == KDelegate {
		if d := a.Del(); d != nil && (d.Clo != nil || d.M != nil) && d.Type == nil && p1.Kind == TypeDelegate && p2.Kind == TypeDelegate {
			// a lambda or method group: a delegate returning a value beats one
			// returning void when it has a result; between two results, the
			// exact one, then the better conversion target (§12.6.4.5)
			s1, s2 := p1.generic().delegateSig, p2.generic().delegateSig
			if s1 == nil || s2 == nil {
				return false
			}
			r, has := in.delegateResult(d, p1)
			if (s1.Ret != nil) != (s2.Ret != nil) {
				return (s1.Ret != nil) == has
			}
			if s1.Ret == nil || r == nil {
				return false
			}
			r1 := in.substType(s1.Ret.get(in), p1.TypeArgs, nil)
			r2 := in.substType(s2.Ret.get(in), p2.TypeArgs, nil)
			if r1 == nil || r2 == nil || r1 == r2 || r1.open || r2.open {
				return false
			}
			if r == r1 {
				return true
			}
			if r == r2 {
				return false
			}
			return in.implicitType(r1, r2) && !in.implicitType(r2, r1)
		}
	}
	if at != nil {
		if at == p1 {
			return true
		}
		if at == p2 {
			return false
		}
	}
	if isNumericType(p1) && isNumericType(p2) {
		k1, k2 := p1.Prim, p2.Prim
		if signedBeatsUnsigned(k1, k2) {
			return true
		}
		if signedBeatsUnsigned(k2, k1) {
			return false
		}
	}
	return in.implicitType(p1, p2) && !in.implicitType(p2, p1)
}

// isNumericType reports whether t is one of the numeric primitive types (not char, not an enum).
func isNumericType(t *Type) bool {
	return t.Kind != TypeEnum && t.Rank == 0 && t.Prim.IsNumeric()
}

// signedBeatsUnsigned is the better-conversion-target rule between a
// signed integral type and an unsigned one of the same or greater size.
func signedBeatsUnsigned(a, b Kind) bool {
	switch a {
	case KSByte:
		return b == KByte || b == KUShort || b == KUInt || b == KULong
	case KShort:
		return b == KUShort || b == KUInt || b == KULong
	case KInt:
		return b == KUInt || b == KULong
	case KLong:
		return b == KULong
	}
	return false
}

// implicitType reports whether an implicit conversion from type from to
// type to exists (identity, numeric, nullable, reference, boxing or user-defined).
func (in *Interp) implicitType(from, to *Type) bool {
	if from == nil || to == nil {
		return false
	}
	if from == to || sameConstructed(from, to) {
		return true
	}
	if from.Kind == TypeTypeParam || to.Kind == TypeTypeParam || from.open || to.open {
		return false
	}
	if to == in.tObject {
		return true
	}
	if from.Rank == 0 && to.Rank == 0 && from.Kind != TypeEnum && to.Kind != TypeEnum &&
		(from.Prim.IsNumeric() || from.Prim == KChar) && (to.Prim.IsNumeric() || to.Prim == KChar) {
		return numericConvCost(from.Prim, to.Prim) >= 0
	}
	if to.Def != nil && to.Def == in.tNullable && len(to.TypeArgs) == 1 {
		if from.Def == in.tNullable && len(from.TypeArgs) == 1 {
			return in.implicitType(from.TypeArgs[0], to.TypeArgs[0])
		}
		return in.implicitType(from, to.TypeArgs[0])
	}
	if from.Def != nil && from.Def == in.tNullable {
		return false
	}
	if arrayCovariant(from, to) || from.Is(to) {
		return true
	}
	if in.variantConv(from, to) {
		return true
	}
	return in.userImplicit(from, to)
}

// variantConv reports whether from converts to to by generic variance
// (IEnumerable<string> to IEnumerable<object>, Action<object> to Action<string>),
// for the variant interfaces and delegates of the library.
func (in *Interp) variantConv(from, to *Type) bool {
	if to.Def == nil || (to.Kind != TypeInterface && to.Kind != TypeDelegate) {
		return false
	}
	var match *Type
	if from.Def == to.Def {
		match = from
	} else {
		for _, i := range in.allInterfaces(from) {
			if i.Def == to.Def {
				match = i
				break
			}
		}
		if match == nil && from.Rank == 1 && len(to.TypeArgs) == 1 && from.Is(in.Instantiate(to.Def, []*Type{from.Elem})) {
			match = in.Instantiate(to.Def, []*Type{from.Elem})
		}
	}
	if match == nil || len(match.TypeArgs) != len(to.TypeArgs) {
		return false
	}
	vs := variance(to.Def)
	for i, a := range match.TypeArgs {
		b := to.TypeArgs[i]
		if a == b || sameConstructed(a, b) {
			continue
		}
		if a.IsValueType() || b.IsValueType() || i >= len(vs) {
			return false
		}
		switch vs[i] {
		case '+':
			if !in.implicitType(a, b) {
				return false
			}
		case '-':
			if !in.implicitType(b, a) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// variance returns the variance of each type parameter of a generic
// definition: '+' out, '-' in, 0 invariant.
func variance(def *Type) []byte {
	var tps []*syntax.TypeParam
	switch {
	case def.decl != nil:
		tps = def.decl.TypeParams
	case def.delDecl != nil:
		tps = def.delDecl.TypeParams
	}
	out := make([]byte, def.outerTP+len(tps))
	for i, tp := range tps {
		i += def.outerTP
		switch tp.Variance {
		case syntax.Covariant:
			out[i] = '+'
		case syntax.Contravariant:
			out[i] = '-'
		}
	}
	return out
}

// userImplicit reports whether a user-defined implicit conversion operator
// declared in from or to converts from to to.
func (in *Interp) userImplicit(from, to *Type) bool {
	for _, owner := range []*Type{from, to} {
		if owner.Rank > 0 {
			continue
		}
		for _, m := range owner.generic().Methods["op_Implicit"] {
			if len(m.Params) != 1 || m.Ret == nil {
				continue
			}
			rt := in.substType(m.Ret.get(in), owner.TypeArgs, nil)
			pt := in.substType(m.Params[0].Type.get(in), owner.TypeArgs, nil)
			if rt == nil || pt == nil {
				continue
			}
			if (rt == to || rt.Is(to)) && (pt == from || from.Is(pt)) {
				return true
			}
		}
	}
	return false
}

// argConst flags an argument mode: the argument is an int constant
// expression, which converts implicitly to any integral type its value
// fits (§10.2.11).
const argConst ParamMode = 0x80

// isIntConst reports whether e is an int constant expression (a literal,
// a negated literal, a const local).
func (c *compiler) isIntConst(e syntax.Expr) bool {
	switch x := e.(type) {
	case *syntax.ParenExpr:
		return c.isIntConst(x.X)
	case *syntax.BasicLit:
		return x.Kind == syntax.IntLit && x.Suffix == "" && x.Int <= 0x7fffffff
	case *syntax.UnaryExpr:
		return (x.Op == syntax.MINUS || x.Op == syntax.PLUS) && c.isIntConst(x.X)
	case *syntax.Ident:
		if lv, _ := c.lookupVarNoCapture(x.Name); lv != nil {
			return lv.isConst && lv.constVal.K == KInt
		}
	}
	return false
}

// constFits reports whether the int constant a fits integral type t.
func constFits(a Value, t *Type) bool {
	if t != nil && t.Kind == TypeEnum {
		return a.K == KInt && a.N == 0 // the literal 0 converts to any enum
	}
	if a.K != KInt || t == nil || t.Rank > 0 {
		return false
	}
	if t.Def != nil && len(t.TypeArgs) == 1 && t.Elem != nil { // Nullable<T>
		t = t.Elem
	}
	v := int64(int32(a.N))
	switch t.Prim {
	case KSByte:
		return v >= -128 && v <= 127
	case KByte:
		return v >= 0 && v <= 255
	case KShort:
		return v >= -32768 && v <= 32767
	case KUShort:
		return v >= 0 && v <= 65535
	case KUInt, KULong:
		return v >= 0
	}
	return false
}

// convInferred converts the arguments of parameters typed by a bare
// method type parameter to the inferred type argument (Pick('a', 98) is
// Pick<int>: 'a' becomes 97), and returns the frame in which bindArgs
// closes the params array's element type (the callee's type arguments).
func (in *Interp) convInferred(fr *Frame, m *Method, args []Value, ct *Type, ta []*Type) *Frame {
	if len(ta) == 0 {
		if ct != nil && len(ct.TypeArgs) > 0 {
			in.convClassTParams(m, args, ct)
		}
		return fr
	}
	if ct != nil && len(ct.TypeArgs) > 0 {
		in.convClassTParams(m, args, ct)
	}
	for i, p := range m.Params {
		if i >= len(args) || p.Type == nil || p.Mode == ByRef || p.Mode == ByOut {
			continue
		}
		pt := p.Type.get(in)
		if pt == nil || pt.Kind != TypeTypeParam || !pt.pMethod || pt.pIndex >= len(ta) {
			continue
		}
		if t := ta[pt.pIndex]; t != nil && (t.Prim.IsNumeric() || t.Prim == KChar) && t.Kind != TypeEnum && args[i].K != t.Prim {
			if conv := in.converter(t); conv != nil {
				args[i] = conv(args[i])
			}
		}
	}
	if np := len(m.Params); np > 0 && m.Params[np-1].Mode == ByParams {
		return &Frame{c: fr.c, ctype: ct, targs: ta}
	}
	return fr
}
