package eval

import (
	"rpbench/csharp/syntax"
)

// isInstance reports whether v is a non-null instance of t (the 'is T' test).
func (in *Interp) isInstance(v Value, t *Type) bool {
	if v.K == KNull || t == nil {
		return false
	}
	if t == in.tObject {
		return true
	}
	if t.Def == in.tNullable {
		t = t.TypeArgs[0]
	}
	vt := in.typeOf(v)
	if vt == nil {
		return false
	}
	if t.Kind == TypeDelegate && v.K == KDelegate && v.Del().Type == nil {
		return true
	}
	return vt.Is(t) || in.primImplements(vt, t)
}

type patFn func(fr *Frame, v Value) bool

// pattern compiles a pattern test (declaring its variables in the current block).
func (c *compiler) pattern(p syntax.Pattern) patFn {
	in := c.in
	switch x := p.(type) {
	case *syntax.DiscardPattern:
		return func(*Frame, Value) bool { return true }
	case *syntax.ParenPattern:
		return c.pattern(x.Pat)
	case *syntax.NotPattern:
		f := c.pattern(x.Pat)
		return func(fr *Frame, v Value) bool { return !f(fr, v) }
	case *syntax.BinaryPattern:
		a, b := c.pattern(x.X), c.pattern(x.Y)
		if x.Or {
			return func(fr *Frame, v Value) bool { return a(fr, v) || b(fr, v) }
		}
		return func(fr *Frame, v Value) bool { return a(fr, v) && b(fr, v) }
	case *syntax.TypePattern:
		if t := c.typeOrNil(x.Type); t != nil {
			return func(fr *Frame, v Value) bool { return in.isInstance(v, in.closeType(t, fr)) }
		}
		return c.constPattern(x.Type)
	case *syntax.ConstantPattern:
		if t := c.typeOrNil(x.X); t != nil {
			return func(fr *Frame, v Value) bool { return in.isInstance(v, in.closeType(t, fr)) }
		}
		return c.constPattern(x.X)
	case *syntax.DeclPattern:
		t := c.resolveType(x.Type)
		bind := c.designation(x.Des, t)
		return func(fr *Frame, v Value) bool {
			if !in.isInstance(v, in.closeType(t, fr)) {
				return false
			}
			bind(fr, v)
			return true
		}
	case *syntax.VarPattern:
		bind := c.designation(x.Des, nil)
		return func(fr *Frame, v Value) bool { bind(fr, v); return true }
	case *syntax.RelationalPattern:
		k := c.expr(x.X)
		op := x.Op
		return func(fr *Frame, v Value) bool {
			if v.K == KNull {
				return false
			}
			return in.binop(fr, op, v, k(fr), false, nil).N != 0
		}
	case *syntax.RecursivePattern:
		var t *Type
		if x.Type != nil {
			t = c.resolveType(x.Type)
		}
		type sub struct {
			site *getSite
			pos  int
			f    patFn
		}
		var subs []sub
		for i, sp := range x.Positional {
			subs = append(subs, sub{pos: i, f: c.pattern(sp.Pat)})
		}
		for _, sp := range x.Properties {
			name := exprDotted(sp.Name)
			subs = append(subs, sub{pos: -1, site: &getSite{name: name}, f: c.pattern(sp.Pat)})
		}
		var bind func(fr *Frame, v Value)
		if x.Des != nil {
			bind = c.designation(x.Des, t)
		}
		return func(fr *Frame, v Value) bool {
			if v.K == KNull {
				return false
			}
			if t != nil && !in.isInstance(v, in.closeType(t, fr)) {
				return false
			}
			for _, s := range subs {
				var sv Value
				if s.site != nil {
					sv = in.getPath(fr, v, s.site)
				} else {
					sv = in.deconstructItem(fr, v, s.pos, len(x.Positional))
				}
				if !s.f(fr, sv) {
					return false
				}
			}
			if bind != nil {
				bind(fr, v)
			}
			return true
		}
	case *syntax.ListPattern:
		var elems []patFn
		slice := -1
		for i, e := range x.Elems {
			if sp, ok := e.(*syntax.SlicePattern); ok {
				slice = i
				if sp.Pat != nil {
					elems = append(elems, c.pattern(sp.Pat))
				} else {
					elems = append(elems, nil)
				}
				continue
			}
			elems = append(elems, c.pattern(e))
		}
		return func(fr *Frame, v Value) bool {
			items, ok := in.listItems(fr, v)
			if !ok {
				return false
			}
			if slice < 0 {
				if len(items) != len(elems) {
					return false
				}
				for i, f := range elems {
					if !f(fr, items[i]) {
						return false
					}
				}
				return true
			}
			if len(items) < len(elems)-1 {
				return false
			}
			for i := 0; i < slice; i++ {
				if !elems[i](fr, items[i]) {
					return false
				}
			}
			tail := len(elems) - slice - 1
			for i := 0; i < tail; i++ {
				if !elems[slice+1+i](fr, items[len(items)-tail+i]) {
					return false
				}
			}
			if sub := elems[slice]; sub != nil {
				// [first, .. var rest]: the slice is a new array (a substring for strings)
				part := items[slice : len(items)-tail]
				var sv Value
				switch v.K {
				case KString:
					u := make([]uint16, len(part))
					for i, ch := range part {
						u[i] = uint16(ch.N)
					}
					sv = Str(FromUTF16(u))
				case KArray:
					sv = ArrVal(&Array{Elem: v.R.(*Array).Elem, Data: append([]Value(nil), part...)})
				default:
					sv = in.NewArray(in.commonType(part), append([]Value(nil), part...))
				}
				return sub(fr, sv)
			}
			return true
		}
	}
	c.errorf(p, "pattern %T is not supported", p)
	return nil
}

// getPath reads a (possibly dotted) property path.
func (in *Interp) getPath(fr *Frame, v Value, site *getSite) Value {
	name := site.name
	for {
		i := indexByte(name, '.')
		if i < 0 {
			break
		}
		v = in.getMember(fr, v, &getSite{name: name[:i]})
		if v.K == KNull {
			return v
		}
		name = name[i+1:]
	}
	if name != site.name {
		return in.getMember(fr, v, &getSite{name: name})
	}
	return in.getMember(fr, v, site)
}

func indexByte(s string, b byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return i
		}
	}
	return -1
}

// listItems returns the elements of an array or list for list patterns.
func (in *Interp) listItems(fr *Frame, v Value) ([]Value, bool) {
	switch v.K {
	case KArray:
		return v.R.(*Array).Data, true
	case KNull:
		return nil, false
	}
	var out []Value
	ok := in.forEach(fr.c, v, func(x Value) bool { out = append(out, x); return true })
	return out, ok
}

// deconstructItem returns item i of a tuple or the i-th out value of Deconstruct.
func (in *Interp) deconstructItem(fr *Frame, v Value, i, n int) Value {
	if o := v.Obj(); o != nil && o.Type.Def != nil && in.isTupleDef(o.Type.Def) {
		return o.Fields[i]
	}
	vals := in.deconstructAll(fr, v, n)
	return vals[i]
}

func (in *Interp) isTupleDef(t *Type) bool {
	for _, d := range in.tupleTypes {
		if d == t {
			return true
		}
	}
	return false
}

// deconstructAll splits v into n values (tuples, or a Deconstruct method).
func (in *Interp) deconstructAll(fr *Frame, v Value, n int) []Value {
	if o := v.Obj(); o != nil && o.Type.Def != nil && in.isTupleDef(o.Type.Def) {
		out := make([]Value, n)
		for i := 0; i < n && i < len(o.Fields); i++ {
			out[i] = o.Fields[i]
		}
		if n > 7 && len(o.Fields) == 8 {
			rest := in.deconstructAll(fr, o.Fields[7], n-7)
			copy(out[7:], rest)
		}
		return out
	}
	if o := v.Obj(); o != nil && o.Type.generic().Record && len(in.findMethods(o.Type, "Deconstruct")) == 0 {
		// positional records: the synthesized Deconstruct reads the primary constructor's properties
		for _, m := range o.Type.generic().Methods[".ctor"] {
			if m.recordPrimary && len(m.Params) == n {
				out := make([]Value, n)
				for i, p := range m.Params {
					out[i] = in.getMember(fr, v, &getSite{name: p.Name})
				}
				return out
			}
		}
	}
	cells := make([]Value, n)
	args := make([]Value, n)
	for i := range cells {
		args[i] = Value{K: KRef, R: &cells[i]}
	}
	in.callWithValues(fr, &callSite{name: "Deconstruct"}, v, args)
	return cells
}

func (c *compiler) typeOrNil(e syntax.Expr) *Type {
	switch x := e.(type) {
	case *syntax.Ident:
		if lv, _ := c.lookupVarNoCapture(x.Name); lv != nil {
			return nil
		}
		if r := c.resolveName(x); r.typ == nil {
			return nil
		}
	case *syntax.BasicLit, *syntax.UnaryExpr, *syntax.BinaryExpr:
		return nil
	case *syntax.MemberAccess:
		if c.typePrefix(x.X) != nil {
			// Type.Member: a constant, unless it names a nested type
			t := c.typePrefix(x.X)
			if t.generic().Nested[x.Name.Name] == nil {
				return nil
			}
		}
	}
	return c.tryType(e)
}

func (c *compiler) constPattern(e syntax.Expr) patFn {
	in := c.in
	k := c.expr(e)
	if bl, ok := e.(*syntax.BasicLit); ok && bl.Kind == syntax.NullLit {
		return func(fr *Frame, v Value) bool { return v.K == KNull }
	}
	return func(fr *Frame, v Value) bool {
		kv := k(fr)
		if v.K == KNull {
			return kv.K == KNull
		}
		if v.K == KObject || v.K == KStruct {
			return in.valueEquals(fr.c, v, kv)
		}
		return in.opEquals(fr.c, v, kv)
	}
}

// designation compiles binding a value to the variables of a designation.
func (c *compiler) designation(d syntax.Designation, t *Type) func(fr *Frame, v Value) {
	in := c.in
	switch x := d.(type) {
	case nil:
		return func(*Frame, Value) {}
	case *syntax.DiscardDesignation:
		return func(*Frame, Value) {}
	case *syntax.SingleDesignation:
		if x.Name.Name == "_" {
			return func(*Frame, Value) {}
		}
		lv := c.declare(x.Name.Name, t)
		return varDecl(lv)
	case *syntax.ParenDesignation:
		var binds []func(fr *Frame, v Value)
		for _, s := range x.List {
			binds = append(binds, c.designation(s, nil))
		}
		n := len(binds)
		return func(fr *Frame, v Value) {
			vals := in.deconstructAll(fr, v, n)
			for i, b := range binds {
				b(fr, vals[i])
			}
		}
	}
	return func(*Frame, Value) {}
}

func (c *compiler) isExpr(x *syntax.IsExpr) exprFn {
	v := c.expr(x.X)
	p := c.pattern(x.Pat)
	return func(fr *Frame) Value { return Bool(p(fr, v(fr))) }
}

// cast compiles (T)x: numeric conversions, unboxing, reference casts, user conversions.
func (c *compiler) cast(x *syntax.CastExpr) exprFn {
	in := c.in
	t := c.resolveType(x.Type)
	v := c.exprTyped(x.X, nil)
	chk := c.checked
	pos := x.Pos()
	if st := c.staticType(x.X); st != nil && !t.open && t.Kind != TypeTypeParam {
		switch {
		case st.Def == in.tNullable && t.Def != in.tNullable && t.IsValueType():
			// (int)nullableInt: null has no value
			return func(fr *Frame) Value {
				r := v(fr)
				if r.K == KNull {
					fr.pos = &pos
					fr.c.Throw("System.InvalidOperationException", "Nullable object must have a value.")
				}
				return in.castTo(fr, r, t, chk, &pos)
			}
		case !st.IsValueType() && st.Kind != TypeTypeParam && !st.open && t.Def != in.tNullable &&
			(t.Prim.IsNumeric() || t.Prim == KChar || t.Prim == KBool):
			// unboxing: the boxed value must be exactly of the target type
			k := t.Prim
			return func(fr *Frame) Value {
				r := v(fr)
				if r.K != k && r.K != KNull && !(r.K == KEnum && in.typeOf(r) != nil && in.typeOf(r).Prim == k) &&
					(r.K.IsNumeric() || r.K == KChar || r.K == KBool || r.K == KEnum) {
					fr.pos = &pos
					fr.c.Throw("System.InvalidCastException", "Unable to cast object of type '"+in.typeOf(r).FullName()+"' to type '"+t.FullName()+"'.")
				}
				return in.castTo(fr, r, t, chk, &pos)
			}
		}
	}
	return func(fr *Frame) Value {
		r := v(fr)
		ct := in.closeType(t, fr)
		return in.castTo(fr, r, ct, chk, &pos)
	}
}

// castTo converts r to t as an explicit cast does.
func (in *Interp) castTo(fr *Frame, r Value, t *Type, chk bool, pos *syntax.Pos) Value {
	c := fr.c
	if t.Def == in.tNullable {
		if r.K == KNull {
			return r
		}
		t = t.TypeArgs[0]
	}
	if t.Kind == TypeEnum {
		if r.K == KNull {
			c.Throw("System.NullReferenceException", "")
		}
		if r.K == KObject || r.K == KStruct {
			c.Throw("System.InvalidCastException", "")
		}
		return EnumVal(t, int64(c.numConvert(Value{K: numKindOf(r), N: r.N, R: r.R}, t.Prim, chk).N))
	}
	k := t.Prim
	if k.IsNumeric() || k == KChar || k == KBool {
		switch {
		case r.K == KNull:
			if pos != nil {
				fr.pos = pos
			}
			c.Throw("System.NullReferenceException", "")
		case r.K == k:
			return r
		case r.K == KEnum:
			return c.numConvert(Value{K: r.R.(*Type).Prim, N: r.N}, k, chk)
		case r.K.IsNumeric() || r.K == KChar:
			if k == KBool {
				c.Throw("System.InvalidCastException", "")
			}
			return c.numConvert(r, k, chk)
		case r.K == KObject || r.K == KStruct:
			if m := in.findConversion(r, t, false); m != nil {
				return in.invoke(c, m, m.Decl, nil, Null, []Value{r})
			}
		}
		c.Throw("System.InvalidCastException", "Unable to cast object of type '"+in.typeOf(r).FullName()+"' to type '"+t.FullName()+"'.")
	}
	if r.K == KNull {
		if t.Kind == TypeStruct && t.Prim == KObject {
			c.Throw("System.NullReferenceException", "")
		}
		return r
	}
	if in.isInstance(r, t) || t.Kind == TypeTypeParam {
		switch {
		case r.K == KStruct && (t.Kind == TypeStruct || t.Kind == TypeTypeParam):
			return cloneStruct(r)
		case r.K == KStruct:
			return box(r) // (object)s, (IFoo)s
		case r.K == KObject && t.Kind == TypeStruct:
			return unbox(r) // (S)o
		}
		return r
	}
	if m := in.findConversion(r, t, false); m != nil {
		return in.invoke(c, m, in.ctypeFor(t, m.Decl), nil, Null, []Value{r})
	}
	if t.Kind == TypeDelegate && r.K == KDelegate {
		return r
	}
	c.Throw("System.InvalidCastException", "Unable to cast object of type '"+in.typeOf(r).FullName()+"' to type '"+t.FullName()+"'.")
	return Null
}

func numKindOf(v Value) Kind {
	if v.K == KEnum {
		return v.R.(*Type).Prim
	}
	return v.K
}

// switchStmt compiles a switch statement (constants, patterns, when clauses, goto case).
func (c *compiler) switchStmt(s *syntax.SwitchStmt) stmtFn {
	tag := c.expr(s.Tag)
	c.pushBlock()
	defer c.popBlock()
	tagVar := c.declare("<switch>", nil)
	tagSlot := tagVar.slot
	info := &switchInfo{labels: map[string]int{}}
	c.switches = append(c.switches, info)
	defer func() { c.switches = c.switches[:len(c.switches)-1] }()
	type label struct {
		pat     patFn
		when    func(fr *Frame) bool
		section int
		def     bool
	}
	var labels []label
	bodies := make([]stmtFn, len(s.Sections))
	for i, sec := range s.Sections {
		c.pushBlock()
		for _, l := range sec.Labels {
			if l.Default {
				labels = append(labels, label{section: i, def: true})
				info.labels["default"] = i
				continue
			}
			lb := label{section: i, pat: c.pattern(l.Pat)}
			if cp, ok := l.Pat.(*syntax.ConstantPattern); ok && c.typeOrNil(cp.X) == nil {
				func() {
					defer func() { recover() }()
					info.labels[constKey(c.constExpr(cp.X, nil))] = i
				}()
			}
			if l.When != nil {
				lb.when = c.cond(l.When)
			}
			labels = append(labels, lb)
		}
		bodies[i] = c.stmtList(sec.Stmts)
		c.popBlock()
	}
	defIdx := -1
	for _, l := range labels {
		if l.def {
			defIdx = l.section
		}
	}
	pos := s.Pos()
	return func(fr *Frame) ctl {
		fr.pos = &pos
		v := tag(fr)
		fr.l[tagSlot] = v
		sec := -1
		for _, l := range labels {
			if l.def {
				continue
			}
			if l.pat(fr, v) && (l.when == nil || l.when(fr)) {
				sec = l.section
				break
			}
		}
		if sec < 0 {
			sec = defIdx
		}
		for sec >= 0 {
			r := bodies[sec](fr)
			switch r {
			case ctlBreak, ctlNone:
				return ctlNone
			case ctlGoto:
				if fr.ret.K != KInt {
					return r // goto label (gotoLabel) out of the switch
				}
				sec = int(fr.ret.N)
				fr.ret = Null
				continue
			}
			return r
		}
		return ctlNone
	}
}

// switchExpr compiles x switch { pat when cond => value, ... }.
func (c *compiler) switchExpr(x *syntax.SwitchExpr) exprFn {
	v := c.expr(x.X)
	type arm struct {
		pat  patFn
		when func(fr *Frame) bool
		body exprFn
	}
	var arms []arm
	for _, a := range x.Arms {
		c.pushBlock()
		ar := arm{pat: c.pattern(a.Pat)}
		if a.When != nil {
			ar.when = c.cond(a.When)
		}
		ar.body = c.expr(a.Body)
		c.popBlock()
		arms = append(arms, ar)
	}
	pos := x.Pos()
	return func(fr *Frame) Value {
		val := v(fr)
		for _, a := range arms {
			if a.pat(fr, val) && (a.when == nil || a.when(fr)) {
				return a.body(fr)
			}
		}
		fr.pos = &pos
		fr.c.Throw("System.Runtime.CompilerServices.SwitchExpressionException", "")
		return Null
	}
}
