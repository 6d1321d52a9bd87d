package eval

import (
	"fmt"

	"rpbench/csharp/syntax"
)

// argC is a compiled argument.
type argC struct {
	name      string
	mode      ParamMode
	ev        exprFn
	addr      func(fr *Frame) *Value // ref/out
	lam       *syntax.Node           // lambda (typed late)
	isNullLit bool
	intConst  bool  // an int constant expression (see argConst)
	st        *Type // static type when the compiler knows it (overload resolution), else nil
}

// staticTypes returns the static argument types of as (nil when none is known).
func staticTypes(as []argC) []*Type {
	var st []*Type
	for i := range as {
		if as[i].st != nil {
			if st == nil {
				st = make([]*Type, len(as))
			}
			st[i] = as[i].st
		}
	}
	return st
}

// args compiles an argument list.
func (c *compiler) args(as []*syntax.Arg) []argC { return c.argsT(as, nil) }

// argsT compiles an argument list; target, when not nil, gives the type
// that a target-typed argument (new(), [..], default; see needsTarget)
// converts to, nil when unknown.
func (c *compiler) argsT(as []*syntax.Arg, target func(i int, a *syntax.Arg) *Type) []argC {
	out := make([]argC, len(as))
	for i, a := range as {
		var ac argC
		if a.Name != nil {
			ac.name = a.Name.Name
		}
		switch a.Mode {
		case syntax.ByRef, syntax.ByRefReadonly:
			ac.mode = ByRef
			ac.addr = c.addr(a.X)
		case syntax.ByOut:
			ac.mode = ByOut
			ac.addr = c.addr(a.X)
		case syntax.ByIn:
			ac.mode = ByIn
			ac.ev = c.expr(a.X)
		default:
			if target != nil && (needsTarget(a.X) || c.structArg(a.X)) {
				if t := target(i, a); t != nil {
					ac.ev = c.exprTyped(a.X, t)
					ac.st = t
					break
				}
			}
			if x, ok := a.X.(*syntax.LambdaExpr); ok {
				if target != nil && !x.Mods.Has(syntax.ModAsync) {
					// list.Sort((x, y) => ...): the one delegate type the candidates take there
					if t := target(i, a); t != nil && t.Kind == TypeDelegate && !t.open {
						ac.ev = c.exprTyped(a.X, t)
						break
					}
				}
				// typed by the parameter it binds to when called, not by its natural type
				code := c.compileLambda(x.Params, x.Body, x.ExprBody, x.Mods.Has(syntax.ModAsync), nil, x.Pos(), "")
				code.retTyper = c.lambdaTyper(x)
				ac.ev = c.makeClosure(code, nil)
				break
			}
			ac.ev = c.expr(a.X)
		}
		if bl, ok := a.X.(*syntax.BasicLit); ok && bl.Kind == syntax.NullLit {
			ac.isNullLit = true
		}
		ac.intConst = ac.mode == ByVal && c.isIntConst(a.X)
		if (ac.mode == 0 || ac.mode == ByIn) && ac.st == nil {
			if st := c.staticType(a.X); st != nil && !st.open && st.Kind != TypeTypeParam {
				ac.st = st
			}
		}
		out[i] = ac
	}
	return out
}

// evalArgs evaluates compiled arguments into a fresh slice on the context stack.
func evalArgs(fr *Frame, as []argC) []Value {
	if len(as) == 0 {
		return nil
	}
	vals, _, _ := fr.c.alloc(len(as))
	for i := range as {
		a := &as[i]
		if a.addr != nil {
			vals[i] = Value{K: KRef, R: a.addr(fr)}
		} else {
			vals[i] = a.ev(fr)
		}
	}
	return vals
}

func hasNamed(as []argC) bool {
	for _, a := range as {
		if a.name != "" {
			return true
		}
	}
	return false
}

func argNames(as []argC) []string {
	if !hasNamed(as) {
		return nil
	}
	n := make([]string, len(as))
	for i, a := range as {
		n[i] = a.name
	}
	return n
}

// invoke calls m with receiver this and bound arguments (one per parameter, already converted).
func (in *Interp) invoke(c *Context, m *Method, ctype *Type, targs []*Type, this Value, args []Value) Value {
	if m.Native != nil {
		saved := c.targs
		c.targs = targs
		r := m.Native(c, this, args)
		c.targs = saved
		return r
	}
	if m.Abstract || (m.node == nil && !m.recordPrimary && m.prop == nil && m.Name != ".ctor") {
		if m.prop != nil && m.prop.Auto != nil {
			return in.autoAccessor(c, m, ctype, this, args)
		}
		if m.Extern {
			c.Throw("System.MissingMethodException", "extern member "+m.Key+" has no native binding")
		}
		if m.Abstract {
			c.Throw("System.MissingMethodException", "abstract member "+m.Name+" called")
		}
	}
	if m.prop != nil && m.prop.Auto != nil && m.node == nil {
		return in.autoAccessor(c, m, ctype, this, args)
	}
	b := m.body
	if b == nil {
		var err error
		b, err = in.compileMethod(m)
		if err != nil {
			panic(fatalPanic{err.(*RuntimeError)})
		}
	}
	if m.Static && m.Decl.cctorState != 2 {
		in.ensureStatic(c, ctype)
	}
	if m.Async {
		return in.startAsync(c, m, b, ctype, targs, this, args)
	}
	if b.fs.iterator {
		return in.makeIterator(c, m, b, ctype, targs, this, args)
	}
	return in.runBody(c, m, b, ctype, targs, this, args, nil)
}

// runBody runs a compiled body in a new frame on c.
func (in *Interp) runBody(c *Context, m *Method, b *compiledBody, ctype *Type, targs []*Type, this Value, args []Value, clo *Closure) Value {
	return in.runFrame(c, b, m, "", ctype, targs, this, args, clo)
}

// autoAccessor implements the accessors of an auto-property.
func (in *Interp) autoAccessor(c *Context, m *Method, ctype *Type, this Value, args []Value) Value {
	f := m.prop.Auto
	if f.Static {
		t := ctype
		if t == nil {
			t = f.Decl
		}
		in.ensureStatic(c, t)
		vals := t.staticVals()
		if len(args) == 0 {
			return vals[f.Index]
		}
		vals[f.Index] = args[len(args)-1]
		return Null
	}
	o := this.Obj()
	if o == nil {
		c.Throw("System.NullReferenceException", "")
	}
	if len(args) == 0 {
		if v := o.Fields[f.Index]; v.K == KStruct {
			return cloneStruct(v) // a getter returns a copy of the struct
		}
		return o.Fields[f.Index]
	}
	o.Fields[f.Index] = args[len(args)-1]
	return Null
}

// findMethods returns the methods called name visible on t, most derived
// first, with overridden base methods removed.
func (in *Interp) findMethods(t *Type, name string) []*Method {
	if t == nil {
		return nil
	}
	d := t.generic()
	if t.Rank > 0 {
		d = t
	}
	if ms, ok := d.mcache[name]; ok {
		return ms
	}
	var out []*Method
	seen := map[string]bool{}
	add := func(m *Method) {
		sig := paramSig(m)
		if seen[sig] {
			return
		}
		seen[sig] = true
		out = append(out, m)
	}
	for b := t; b != nil; b = b.Base {
		bd := b.generic()
		bd.ensureBuilt()
		for _, m := range bd.Methods[name] {
			if m.ExplicitOf != nil {
				continue
			}
			add(m)
		}
	}
	if t.Kind == TypeInterface || len(out) == 0 {
		for _, i := range in.allInterfaces(t) {
			for _, m := range i.generic().Methods[name] {
				add(m)
			}
		}
	}
	if len(out) == 0 {
		// explicit implementations
		for b := t; b != nil; b = b.Base {
			for _, m := range b.generic().Methods[name] {
				add(m)
			}
		}
	}
	if d.mcache == nil {
		d.mcache = map[string][]*Method{}
	}
	d.mcache[name] = out
	return out
}

func paramSig(m *Method) string {
	s := itoa(len(m.Params)) + ":" + itoa(len(m.TypeParams))
	for _, p := range m.Params {
		if p.Mode == ByRef || p.Mode == ByOut {
			s += ",ref"
		}
		if p.Type != nil {
			s += "," + typeKeyText(p.Type.Node)
		}
	}
	return s
}

// pickOverload selects the best applicable method for the argument values.
func (in *Interp) pickOverload(c *Context, ms []*Method, args []Value, names []string) *Method {
	return in.pickOverloadST(c, ms, args, names, nil)
}

// pickOverloadST is pickOverload with the arguments' static types (st[i]
// nil where unknown): a known static type decides applicability and cost
// as in C#, e.g. a string-typed null prefers F(string) over F(object), and
// an object-typed string does not pick F(string).
func (in *Interp) pickOverloadST(c *Context, ms []*Method, args []Value, names []string, st []*Type) *Method {
	return in.pickOverloadM(c, ms, args, names, st, nil, nil)
}

// pickOverloadM is pickOverloadST with the arguments' passing modes (modes
// nil: all by value), so that F(x), F(ref x) and F(out x) pick their own
// overloads. Among several applicable methods the better-function rules
// of overload.go decide; recv is the receiver's run-time type (nil: static
// call or unknown), whose type arguments close the candidates' parameter types.
func (in *Interp) pickOverloadM(c *Context, ms []*Method, args []Value, names []string, st []*Type, modes []ParamMode, recv *Type) *Method {
	if len(ms) == 1 {
		if ok, _ := in.applicable(ms[0], args, names, st, modes); ok {
			return ms[0]
		}
		return nil
	}
	var buf [8]candidate
	cands := buf[:0]
	for _, m := range ms {
		ok, score := in.applicable(m, args, names, st, modes)
		if !ok || !in.modesFit(m, args, names, modes) {
			continue
		}
		cands = append(cands, candidate{m: m, score: score, expanded: in.isExpanded(m, args, names, st)})
	}
	switch len(cands) {
	case 0:
		return nil
	case 1:
		return cands[0].m
	}
	return in.pickBest(cands, args, names, st, recv)
}

// isExpanded reports whether m takes args in the expanded form of its params parameter.
func (in *Interp) isExpanded(m *Method, args []Value, names []string, st []*Type) bool {
	np := len(m.Params)
	if np == 0 || m.Params[np-1].Mode != ByParams {
		return false
	}
	if len(args) != np {
		return len(args) >= np-1
	}
	if names != nil && names[np-1] != "" {
		return false
	}
	last := args[np-1]
	if last.K != KArray && last.K != KNull {
		return true
	}
	return st != nil && np-1 < len(st) && st[np-1] != nil && st[np-1].Rank == 0
}

// modesFit reports whether the arguments' passing modes match m's
// parameters (ref to ref, out to out, values to value or in parameters),
// and whether by-reference arguments hold values of the parameter's type.
func (in *Interp) modesFit(m *Method, args []Value, names []string, modes []ParamMode) bool {
	if modes == nil {
		return true
	}
	ps := m.Params
	np := len(ps)
	for i := range args {
		if i >= len(modes) {
			break
		}
		var p *Param
		if names != nil && names[i] != "" {
			for _, q := range ps {
				if q.Name == names[i] {
					p = q
				}
			}
		} else if i < np {
			p = ps[i]
		} else if np > 0 {
			p = ps[np-1]
		}
		if p == nil {
			continue
		}
		am := modes[i] &^ argConst
		switch p.Mode {
		case ByRef, ByOut:
			if am != p.Mode {
				return false
			}
			if !in.refHolds(args[i], p) {
				return false
			}
		default:
			if am == ByRef || am == ByOut {
				return false
			}
		}
	}
	return true
}

// refHolds reports whether a by-reference argument may be a variable of
// p's type (a primitive value of another type may not).
func (in *Interp) refHolds(a Value, p *Param) bool {
	if a.K != KRef || p.Type == nil {
		return true
	}
	v := *a.R.(*Value)
	pt := p.Type.get(in)
	if pt == nil || pt.open || pt.Kind == TypeTypeParam || v.K == KNull {
		return true
	}
	switch {
	case pt.Kind == TypeEnum:
		return v.K == KEnum
	case pt.Prim != KObject:
		return v.K == pt.Prim
	}
	return !(v.K >= KBool && v.K <= KEnum) || pt == in.tObject || pt == in.tValueType || pt.Kind == TypeInterface
}

// applicable reports whether m can take the arguments, with a cost (lower is better).
// modes (nil: none known) are the arguments' passing modes, with argConst
// set on int constants (C#'s implicit constant expression conversion
// lets F(byte) take F(1)).
func (in *Interp) applicable(m *Method, args []Value, names []string, st []*Type, modes []ParamMode) (bool, int) {
	ps := m.Params
	score := 0
	np := len(ps)
	hasParams := np > 0 && ps[np-1].Mode == ByParams
	if names != nil {
		// named arguments: every name must match a parameter
		for _, n := range names {
			if n == "" {
				continue
			}
			found := false
			for _, p := range ps {
				if p.Name == n {
					found = true
				}
			}
			if !found {
				return false, 0
			}
		}
		if len(args) > np && !hasParams {
			return false, 0
		}
		return true, 10
	}
	if len(args) > np && !hasParams {
		return false, 0
	}
	for i := len(args); i < np; i++ {
		if ps[i].Default == nil && ps[i].Mode != ByParams {
			return false, 0
		}
		score += 3
		if ps[i].Mode == ByParams {
			score += 20 // the expanded form loses to a normal form
		}
	}
	for i, a := range args {
		var p *Param
		expanded := false
		if i >= np-1 && hasParams {
			p = ps[np-1]
			if !(len(args) == np && (a.K == KArray || a.K == KNull)) {
				expanded = true
			} else if st != nil && i < len(st) && st[i] != nil && st[i].Rank == 0 {
				expanded = true // (object)null or (object)array is one element, not the array
			}
		} else {
			p = ps[i]
		}
		if p.Mode == ByRef || p.Mode == ByOut {
			if a.K != KRef {
				return false, 0
			}
			continue
		}
		if a.K == KRef && p.Mode != ByIn {
			return false, 0
		}
		pt := p.Type.get(in)
		if expanded {
			score += 20
			if pt != nil && pt.Rank > 0 {
				pt = pt.Elem
			}
		}
		var cost int
		if st != nil && i < len(st) && st[i] != nil {
			cost = in.staticConvCost(st[i], a, pt)
		} else {
			cost = in.convCost(a, pt)
		}
		if cost < 0 && modes != nil && i < len(modes) && modes[i]&argConst != 0 && constFits(a, pt) {
			cost = 2
		}
		if cost < 0 {
			return false, 0
		}
		score += cost
	}
	return true, score
}

// convCost is the cost of converting a to t implicitly, -1 if impossible.
func (in *Interp) convCost(a Value, t *Type) int {
	if t == nil || t.open || t.Kind == TypeTypeParam {
		return 2
	}
	if t.Def == in.tNullable {
		if a.K == KNull {
			return 1
		}
		t = t.TypeArgs[0]
	}
	if a.K == KNull {
		if t.IsValueType() {
			return -1
		}
		if t == in.tObject {
			return 3
		}
		return 1
	}
	if a.K == KDelegate && t.Kind == TypeDelegate {
		d := a.Del()
		if d.Type == nil || d.Type == t {
			if d.Clo != nil && t.delegateSig != nil && len(d.Clo.fn.params) != len(t.generic().delegateSig.Params) {
				return -1
			}
			if d.Clo != nil && d.Clo.fn.hasResult != (t.generic().delegateSig.Ret != nil) && !d.Clo.fn.async {
				// Func vs Action: prefer the matching one
				return 8
			}
			if d.Type == nil && !in.delegateFits(d, t) {
				return -1
			}
			return 1
		}
	}
	at := in.typeOf(a)
	if at == t {
		return 0
	}
	if t.Prim != KObject && t.Prim != KString {
		// numeric target
		if a.K.IsNumeric() || a.K == KChar {
			if t.Kind == TypeEnum {
				return -1 // no implicit int -> enum (the constant 0 aside: see constFits)
			}
			if c := numericConvCost(a.K, t.Prim); c >= 0 {
				return c
			}
			return -1
		}
		if a.K == KEnum && t.Kind == TypeEnum {
			return -1
		}
		if at != nil && at.Is(t) {
			return 1
		}
		return -1
	}
	if t == in.tObject {
		return 10
	}
	if at != nil && arrayCovariant(at, t) {
		return 2
	}
	if at != nil && at.Is(t) {
		// closer bases are better
		d := 1
		for b := at; b != nil && b != t; b = b.Base {
			d++
		}
		return d
	}
	if a.K == KDelegate && (t == in.tDelegate || t.Kind == TypeDelegate) {
		return 5
	}
	if at != nil && t.Kind == TypeInterface && t.Def != nil && in.variantConv(at, t) {
		return 3 // an IComparer<Animal> is an IComparer<Dog> (List<Dog>.Sort)
	}
	// user-defined implicit conversions
	if in.findConversion(a, t, true) != nil {
		return 15
	}
	return -1
}

// paramsNull wraps a null or array whose static type is not an array
// ((object)null) passed to a params parameter in a one-element array, as C# does when the static type is not an array.
func (in *Interp) paramsNull(m *Method, args []Value, st []*Type) {
	np := len(m.Params)
	if st == nil || np == 0 || len(args) != np || m.Params[np-1].Mode != ByParams || args[np-1].K != KNull && args[np-1].K != KArray {
		return
	}
	if t := st[np-1]; t != nil && t.Rank == 0 {
		if pt := m.Params[np-1].Type.get(in); pt != nil && pt.Rank > 0 {
			args[np-1] = in.NewArray(pt.Elem, []Value{args[np-1]})
		}
	}
}

// arrayCovariant reports whether array type a converts to array type t by
// reference (string[] to object[]).
func arrayCovariant(a, t *Type) bool {
	return a.Rank > 0 && a.Rank == t.Rank && a.Elem != nil && t.Elem != nil && a.Elem != t.Elem &&
		!a.Elem.IsValueType() && a.Elem.Is(t.Elem)
}

// staticConvCost is convCost for an argument whose static type st is known.
func (in *Interp) staticConvCost(st *Type, a Value, t *Type) int {
	if t == nil || t.open || t.Kind == TypeTypeParam {
		return 2
	}
	if st == t {
		return 0
	}
	if t.Def == in.tNullable {
		if st.Def == in.tNullable && st.TypeArgs[0] == t.TypeArgs[0] {
			return 0
		}
		t = t.TypeArgs[0]
		if st == t {
			return 1
		}
	}
	if st.Prim != KObject && st.Prim != KString && t.Prim != KObject && t.Prim != KString &&
		(st.Prim.IsNumeric() || st.Prim == KChar) && (t.Prim.IsNumeric() || t.Prim == KChar) {
		return in.convCost(a, t)
	}
	if t == in.tObject {
		return 10
	}
	if arrayCovariant(st, t) {
		return 2
	}
	if st.Is(t) {
		d := 1
		for b := st; b != nil && b != t; b = b.Base {
			d++
		}
		return d
	}
	if t.Is(st) && !st.IsValueType() {
		// a downcast is never implicit
		if in.findConversion(a, t, true) != nil {
			return 15
		}
		return -1
	}
	if (st.Rank > 0 || st == in.tString) && (t.Rank > 0 || t == in.tString) {
		// string and arrays (not covariant, above) never convert to each
		// other, not even a null: "a b".Split((char[])null, options)
		return -1
	}
	return in.convCost(a, t)
}

// numericConvCost ranks implicit numeric conversions (ECMA-334 §10.2.3); -1: none.
func numericConvCost(from, to Kind) int {
	if from == to {
		return 0
	}
	order := func(k Kind) int {
		switch k {
		case KSByte:
			return 1
		case KByte:
			return 1
		case KShort, KUShort, KChar:
			return 2
		case KInt, KUInt:
			return 3
		case KLong, KULong:
			return 4
		case KFloat:
			return 5
		case KDouble:
			return 6
		case KDecimal:
			return 7
		}
		return 0
	}
	ok := false
	switch from {
	case KSByte:
		ok = to == KShort || to == KInt || to == KLong || to == KFloat || to == KDouble || to == KDecimal
	case KByte:
		ok = to != KSByte && to != KChar && to != KByte
	case KShort:
		ok = to == KInt || to == KLong || to == KFloat || to == KDouble || to == KDecimal
	case KUShort, KChar:
		ok = to == KInt || to == KUInt || to == KLong || to == KULong || to == KFloat || to == KDouble || to == KDecimal
		if from == KChar && to == KUShort {
			ok = true
		}
	case KInt:
		ok = to == KLong || to == KFloat || to == KDouble || to == KDecimal
	case KUInt:
		ok = to == KLong || to == KULong || to == KFloat || to == KDouble || to == KDecimal
	case KLong, KULong:
		ok = to == KFloat || to == KDouble || to == KDecimal
	case KFloat:
		ok = to == KDouble
	}
	if !ok {
		return -1
	}
	return 1 + order(to) - order(from)
}

// bindArgs arranges evaluated arguments for m: named arguments, defaults,
// params arrays, implicit conversions and struct copies.
func (in *Interp) bindArgs(c *Context, m *Method, args []Value, names []string, fr *Frame) []Value {
	ps := m.Params
	np := len(ps)
	simple := names == nil && len(args) == np
	if simple && np > 0 && ps[np-1].Mode == ByParams {
		last := args[np-1]
		if !(last.K == KArray || last.K == KNull) {
			simple = false
		}
	}
	if simple {
		for i, p := range ps {
			a := args[i]
			if p.Mode == ByRef || p.Mode == ByOut {
				continue
			}
			if a.K == KRef {
				a = *a.R.(*Value)
			}
			if p.Type != nil {
				a = in.convArg(c, a, p)
			} else if a.K == KStruct {
				a = cloneStruct(a)
			}
			args[i] = a
		}
		return args
	}
	out := make([]Value, np)
	var filledBuf [8]bool
	filled := filledBuf[:0]
	if np <= len(filledBuf) {
		filled = filledBuf[:np]
	} else {
		filled = make([]bool, np)
	}
	var extra []Value
	if names == nil && np > 0 && ps[np-1].Mode == ByParams && len(args) >= np {
		// the expanded params form: room for the elements at once
		extra = make([]Value, 0, len(args)-np+1)
	}
	pos := 0
	for i, a := range args {
		if names != nil && names[i] != "" {
			for j, p := range ps {
				if p.Name == names[i] {
					out[j] = a
					filled[j] = true
				}
			}
			continue
		}
		if pos < np && ps[pos].Mode == ByParams {
			extra = append(extra, a)
			continue
		}
		if pos < np {
			out[pos] = a
			filled[pos] = true
			pos++
		}
	}
	for j, p := range ps {
		if p.Mode == ByParams && !filled[j] {
			pt := p.Type.get(in)
			el := in.tObject
			if pt != nil && pt.Rank > 0 {
				el = in.closeType(pt.Elem, fr)
			}
			conv := in.converter(el)
			data := extra
			if data == nil {
				data = []Value{}
			}
			for i, e := range extra {
				if conv != nil {
					e = conv(e)
				}
				data[i] = e
			}
			out[j] = ArrVal(&Array{Elem: el, Data: data})
			filled[j] = true
			continue
		}
		if !filled[j] {
			out[j] = in.defaultArg(c, m, p)
			continue
		}
		if p.Mode == ByRef || p.Mode == ByOut {
			continue
		}
		a := out[j]
		if a.K == KRef {
			a = *a.R.(*Value)
		}
		if p.Type != nil {
			a = in.convArg(c, a, p)
		}
		out[j] = a
	}
	return out
}

func (in *Interp) convArg(c *Context, a Value, p *Param) Value {
	if a.K == KStruct {
		a = cloneStruct(a)
	}
	pt := p.Type.get(in)
	if pt == nil || pt.open {
		return a
	}
	if !p.convDone {
		p.conv = in.converter(pt)
		p.convDone = true
	}
	if a.K == KDelegate && pt.Kind == TypeDelegate {
		return in.typedResult(a, pt) // Num(() => 'a') as a Func<int> returns 97
	}
	if (a.K == KObject || a.K == KStruct) && pt.Prim != KObject && pt.Prim != KString && pt.Kind != TypeEnum && pt.Def == nil {
		// Sq(meters): a user-defined implicit conversion to a primitive parameter type
		if m := in.findConversion(a, pt, true); m != nil {
			return in.invoke(c, m, m.Decl, nil, Null, []Value{a})
		}
	}
	if p.conv != nil {
		return p.conv(a)
	}
	if a.K != KNull && a.K != KRef && a.K != KDelegate && a.K != KNative && pt.Kind != TypeInterface && pt != in.tObject && (pt.Prim == KObject || a.K == KObject || a.K == KStruct) {
		if at := in.typeOf(a); at != nil && !at.Is(pt) {
			if m := in.findConversion(a, pt, true); m != nil {
				return in.invoke(c, m, m.Decl, nil, Null, []Value{a})
			}
		}
	}
	return a
}

// defaultArg evaluates a parameter's default value.
func (in *Interp) defaultArg(c *Context, m *Method, p *Param) Value {
	if p.defVal != nil {
		return *p.defVal
	}
	if p.Default == nil {
		return Null
	}
	t := p.Type.get(in)
	var v Value
	if d, ok := p.Default.(*syntax.DefaultExpr); ok && d.Type == nil {
		v = in.zeroOf(t)
	} else {
		cc := &compiler{in: in, t: m.Decl, fs: &funcScope{static: true}, env: &tenv{scope: m.Decl.file, outer: m.Decl, method: m}}
		v = cc.constExpr(p.Default, t)
	}
	p.defVal = &v
	return v
}

// ---------------------------------------------------------------------------
// Static initialisation and objects

// ensureStatic runs t's static field initializers and static constructor once.
func (in *Interp) ensureStatic(c *Context, t *Type) {
	if t == nil {
		return
	}
	d := t.generic()
	state := &d.cctorState
	if t.Def != nil {
		state = &t.cctorState
	}
	if *state != 0 {
		if *state == 3 {
			in.staticInitFailed(c, t, nil)
		}
		return
	}
	*state = 1
	defer in.catchStaticInit(c, t, state, c.save())
	vals := t.staticVals()
	for _, fi := range d.staticInit {
		if fi.f.Const {
			if v := in.constValue(fi.f); v != nil {
				vals[fi.f.Index] = *v
			}
			continue
		}
		vals[fi.f.Index] = in.zeroOf(in.substType(fi.f.Type.get(in), t.TypeArgs, nil))
	}
	fr := c.pushFrame(0)
	fr.ctype = t
	fr.name = t.Name + "..cctor"
	for i := range d.staticInit {
		fi := &d.staticInit[i]
		if fi.expr == nil || fi.f.Const {
			continue
		}
		if fi.code == nil {
			fi.code = in.compileInit(d, fi, true)
		}
		vals[fi.f.Index] = fi.code(fr)
	}
	c.popFrame(fr)
	if d.cctor != nil {
		in.runCtorBody(c, d.cctor, t, Null, nil)
	}
	*state = 2
}

func (in *Interp) runCtorBody(c *Context, m *Method, t *Type, this Value, args []Value) {
	b, err := in.compileMethod(m)
	if err != nil {
		panic(fatalPanic{err.(*RuntimeError)})
	}
	in.ensureStatic(c, t) // a base class is initialized when its constructor first runs
	in.runBody(c, m, b, t, nil, this, args, nil)
}

// compileInit compiles a field initializer in the context of its type.
func (in *Interp) compileInit(t *Type, fi *fieldInit, static bool) exprFn {
	var code exprFn
	func() {
		defer func() {
			if r := recover(); r != nil {
				if ce, ok := r.(compileError); ok {
					err := &RuntimeError{Pos: ce.pos, Msg: ce.msg}
					code = func(*Frame) Value { panic(fatalPanic{err}) }
					return
				}
				panic(r)
			}
		}()
		scope := t.file
		cc := &compiler{in: in, t: t, fs: &funcScope{static: static}, env: &tenv{scope: scope, outer: t}}
		ft := fi.f.Type.get(in)
		if ie, ok := fi.expr.(*syntax.InitializerExpr); ok {
			code = cc.arrayInit(ft, ie)
		} else {
			code = cc.exprTyped(fi.expr, ft)
		}
		if cc.fs.nslots > 0 {
			inner := code
			n := cc.fs.nslots
			code = func(fr *Frame) Value {
				f2 := fr.c.pushFrame(n)
				f2.this, f2.ctype = fr.this, fr.ctype
				v := inner(f2)
				fr.c.popFrame(f2)
				return v
			}
		}
	}()
	return code
}

// runFieldInits runs the instance field initializers declared in t (not its bases).
func (in *Interp) runFieldInits(fr *Frame, t *Type) {
	o := fr.this.Obj()
	for i := range t.instInit {
		fi := &t.instInit[i]
		if fi.expr == nil {
			continue
		}
		if fi.code == nil {
			fi.code = in.compileInit(t, fi, false)
		}
		o.Fields[fi.f.Index] = fi.code(fr)
	}
}

// zeroOf returns default(t) for types whose default needs no allocation
// (structs get a fresh zero value from zeroValue).
func (in *Interp) zeroOf(t *Type) Value {
	if t == nil {
		return Null
	}
	if t.Kind == TypeEnum {
		return EnumVal(t, 0)
	}
	switch t.Prim {
	case KDecimal:
		if decimalOps != nil {
			return DecimalVal(decimalOps.FromInt64(0))
		}
		return Double(0)
	case KObject, KString:
		if t.Kind == TypeStruct && t.Def != in.tNullable {
			return in.zeroValue(t)
		}
		return Null
	case KFloat, KDouble:
		return Value{K: t.Prim}
	}
	return Value{K: t.Prim}
}

// zeroValue returns default(t), allocating for structs.
func (in *Interp) zeroValue(t *Type) Value {
	if t == nil {
		return Null
	}
	if t.Kind == TypeStruct && t.Prim == KObject && t.Def != in.tNullable {
		return Value{K: KStruct, R: in.newObject(t)}
	}
	return in.zeroOf(t)
}

// newObject allocates an instance of t with zeroed fields.
func (in *Interp) newObject(t *Type) *Object {
	d := t.generic()
	d.ensureBuilt()
	if !t.zeroReady {
		t.zeroReady = true
		t.zeroFields = make([]Value, len(d.Fields))
		for i, f := range d.Fields {
			ft := f.Type.get(in)
			if ft != nil && ft.open {
				ft = in.substType(ft, in.ctypeFor(t, f.Decl).TypeArgs, nil)
			}
			if ft != nil && ft.Kind == TypeStruct && ft.Prim == KObject && ft.Def != in.tNullable {
				t.zeroFields[i] = Value{K: KStruct, R: (*Object)(nil)}
				t.hasStructFields = true
				t.structFieldTypes = append(t.structFieldTypes, structField{i, ft})
				continue
			}
			t.zeroFields[i] = in.zeroOf(ft)
		}
	}
	o := &Object{Type: t, Fields: make([]Value, len(t.zeroFields))}
	copy(o.Fields, t.zeroFields)
	for _, sf := range t.structFieldTypes {
		o.Fields[sf.index] = Value{K: KStruct, R: in.newObject(sf.t)}
	}
	return o
}

type structField struct {
	index int
	t     *Type
}

// New creates an object of type t by calling the constructor that fits args.
func (c *Context) New(t *Type, args ...Value) Value {
	return c.in.construct(c, t, args, nil, nil)
}

// NewByName creates an object of the named type (see Interp.TypeByName).
func (c *Context) NewByName(typeName string, args ...Value) Value {
	t := c.in.TypeByName(typeName)
	if t == nil {
		c.fatal("unknown type " + typeName)
	}
	return c.New(t, args...)
}

// construct allocates t and runs the constructor chosen for args.
func (in *Interp) construct(c *Context, t *Type, args []Value, names []string, fr *Frame) Value {
	return in.constructST(c, t, args, names, fr, nil)
}

// constructST is construct with the arguments' static types (see pickOverloadST).
func (in *Interp) constructST(c *Context, t *Type, args []Value, names []string, fr *Frame, st []*Type) Value {
	if t == in.tString {
		return in.newString(c, args, names, fr, st)
	}
	d := t.generic()
	d.ensureBuilt()
	if d.Kind == TypeStruct && t.Prim != KObject {
		// primitive "constructors": new int() etc.
		if len(args) == 0 {
			return in.zeroOf(t)
		}
		// new decimal(1.5): a native constructor returns the value
		if m := in.pickOverloadST(c, d.Methods[".ctor"], args, names, st); m != nil && m.Native != nil {
			return m.Native(c, Null, in.bindArgs(c, m, args, names, fr))
		}
	}
	if d.Kind == TypeEnum {
		return EnumVal(t, 0)
	}
	if d.Abstract && d.Kind != TypeStruct {
		c.Throw("System.MissingMethodException", "Cannot create an instance of an abstract class.")
	}
	in.ensureStatic(c, t)
	o := in.newObject(t)
	this := ObjVal(o)
	ctors := d.Methods[".ctor"]
	if len(ctors) == 0 {
		if len(args) > 0 {
			c.Throw("System.MissingMethodException", fmt.Sprintf("'%s' does not contain a constructor that takes %d arguments", t.CSharpName(), len(args)))
		}
		// implicit default constructor: field initializers, base constructor
		in.implicitCtor(c, t, this)
		return this
	}
	m := in.pickOverloadM(c, ctors, args, names, st, nil, t)
	if m == nil {
		if d.Kind == TypeStruct && len(args) == 0 {
			in.implicitCtor(c, t, this)
			return this
		}
		c.Throw("System.MissingMethodException", fmt.Sprintf("'%s' does not contain a constructor that takes %d arguments", t.CSharpName(), len(args)))
	}
	bound := in.bindArgs(c, m, args, names, fr)
	in.invokeCtor(c, m, t, this, bound)
	return this
}

func (in *Interp) invokeCtor(c *Context, m *Method, t *Type, this Value, args []Value) {
	if m.Native != nil {
		saved := c.targs
		c.targs = nil
		m.Native(c, this, args)
		c.targs = saved
		return
	}
	in.runCtorBody(c, m, t, this, args)
}

// implicitCtor runs the initializers of t and its bases for a type without constructors.
func (in *Interp) implicitCtor(c *Context, t *Type, this Value) {
	in.ensureStatic(c, t)
	d := t.generic()
	fr := c.pushFrame(0)
	fr.this = this
	fr.ctype = t
	fr.name = d.Name + "..ctor"
	in.runFieldInits(fr, d)
	c.popFrame(fr)
	if t.Base != nil && t.Base != in.tObject && t.Base != in.tValueType {
		in.ctorChain(c, t.Base, this, nil, nil)
	}
}

// ctorChain runs a base constructor of t on an existing object.
func (in *Interp) ctorChain(c *Context, t *Type, this Value, args []Value, names []string) {
	d := t.generic()
	ctors := d.Methods[".ctor"]
	if len(ctors) == 0 {
		in.implicitCtor(c, t, this)
		return
	}
	m := in.pickOverload(c, ctors, args, names)
	if m == nil {
		c.Throw("System.MissingMethodException", "no matching base constructor in "+t.CSharpName())
	}
	in.invokeCtor(c, m, t, this, in.bindArgs(c, m, args, names, nil))
}

// callCtor runs the base(...) or this(...) constructor initializer.
func (in *Interp) callCtor(fr *Frame, t *Type, this Value, as []argC, pos *syntax.Pos) {
	if pos != nil {
		fr.pos = pos
	}
	c := fr.c
	mark, ch := c.sp, len(c.old)
	args := evalArgs(fr, as)
	in.ctorChain(c, t, this, args, argNames(as))
	c.release(mark, ch)
}

// callMethodByName calls an instance method with no arguments by name (Dispose, ToString, ...).
func (in *Interp) callMethodByName(c *Context, recv Value, name string, args ...Value) Value {
	t := in.typeOf(recv)
	ms := in.findMethods(t, name)
	m := in.pickOverloadM(c, ms, args, nil, nil, nil, t)
	if m == nil {
		if ext := in.pickExtension(c, name, recv, args, nil); ext != nil {
			return in.invoke(c, ext, ext.Decl, nil, Null, in.bindArgs(c, ext, append([]Value{recv}, args...), nil, nil))
		}
		c.Throw("System.MissingMethodException", "'"+t.CSharpName()+"' does not contain a method '"+name+"'")
	}
	return in.invoke(c, m, in.ctypeFor(t, m.Decl), nil, recv, in.bindArgs(c, m, args, nil, nil))
}

// Call calls method name on recv (virtual dispatch, overloads chosen by the
// argument values) and returns its result.
func (c *Context) Call(recv Value, name string, args ...Value) Value {
	if recv.K == KNull {
		c.Throw("System.NullReferenceException", "")
	}
	return c.in.callMethodByName(c, recv, name, args...)
}

// CallStatic calls static method name of type t.
func (c *Context) CallStatic(t *Type, name string, args ...Value) Value {
	ms := c.in.findMethods(t, name)
	m := c.in.pickOverload(c, ms, args, nil)
	if m == nil {
		c.Throw("System.MissingMethodException", "'"+t.CSharpName()+"' does not contain a method '"+name+"'")
	}
	return c.in.invoke(c, m, t, nil, Null, c.in.bindArgs(c, m, args, nil, nil))
}

// pickExtension finds an extension method applicable to recv and args.
func (in *Interp) pickExtension(c *Context, name string, recv Value, args []Value, names []string) *Method {
	return in.pickExtensionIn(c, name, recv, args, names, nil, nil, nil)
}

// pickExtensionIn is pickExtension with C#'s scoping: scopes lists, from
// the innermost, the namespaces whose extension methods are considered
// together (the first scope with an applicable method wins; then all
// extension methods, for the library's implicit usings); recvST and st
// are the static types of the receiver and the arguments (nil: unknown).
func (in *Interp) pickExtensionIn(c *Context, name string, recv Value, args []Value, names []string, scopes [][]string, recvST *Type, st []*Type) *Method {
	cands := in.ext[name]
	if len(cands) == 0 {
		return nil
	}
	// the receiver is the first argument
	all := make([]Value, 0, len(args)+1)
	all = append(all, recv)
	all = append(all, args...)
	var nm []string
	if names != nil {
		nm = append([]string{""}, names...)
	}
	if scopes == nil && recvST == nil {
		return in.pickOverload(c, cands, all, nm)
	}
	var sts []*Type
	if recvST != nil || st != nil {
		sts = make([]*Type, len(all))
		sts[0] = recvST
		copy(sts[1:], st)
	}
	for _, scope := range scopes {
		var in1 []*Method
		for _, m := range cands {
			if m.Decl != nil && m.Decl.Outer == nil && containsStr(scope, m.Decl.Namespace) {
				in1 = append(in1, m)
			}
		}
		if len(in1) == 0 {
			continue
		}
		if m := in.pickOverloadM(c, in1, all, nm, sts, nil, nil); m != nil {
			return m
		}
	}
	if m := in.pickOverloadM(c, cands, all, nm, sts, nil, nil); m != nil {
		return m
	}
	return in.pickOverload(c, cands, all, nm)
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// extScopes returns the namespace groups searched for extension methods
// from the code being compiled, innermost first: each enclosing namespace
// (its own types), then the namespaces its using directives import.
func (c *compiler) extScopes() [][]string {
	var out [][]string
	for s := c.env.scope; s != nil; s = s.parent {
		out = append(out, []string{s.ns})
		if len(s.usings) > 0 {
			out = append(out, s.usings)
		}
	}
	return out
}

// findConversion finds a user-defined conversion operator from a's type to t.
func (in *Interp) findConversion(a Value, t *Type, implicitOnly bool) *Method {
	at := in.typeOf(a)
	for _, owner := range []*Type{at, t} {
		if owner == nil || owner.Prim != KObject && owner.Prim != KString {
			if owner == nil {
				continue
			}
		}
		for _, name := range []string{"op_Implicit", "op_Explicit"} {
			if implicitOnly && name == "op_Explicit" {
				continue
			}
			for _, m := range owner.generic().Methods[name] {
				rt := m.Ret.get(in)
				if rt == nil || len(m.Params) != 1 {
					continue
				}
				rt = in.substType(rt, owner.TypeArgs, nil)
				pt := in.substType(m.Params[0].Type.get(in), owner.TypeArgs, nil)
				if (rt == t || rt.Is(t)) && (at == pt || (at != nil && at.Is(pt)) || in.convCost(a, pt) >= 0 && pt != in.tObject) {
					return m
				}
			}
		}
	}
	return nil
}
