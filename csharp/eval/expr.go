package eval

import (
	"math"
	"strconv"
	"strings"

	"rpbench/csharp/syntax"
)

func (c *compiler) resolveType(e syntax.Expr) *Type {
	env := *c.env
	env.mparams = c.allTypeParams()
	if env.mparams != nil {
		env.mtypes = c.allTypeParamTypes()
	}
	t := c.in.resolveType(e, &env)
	if t == nil {
		c.errorf(e, "unknown type %s", typeKeyText(e))
	}
	return t
}

func (c *compiler) allTypeParams() []string {
	var ps []string
	if c.m != nil {
		ps = c.m.TypeParams
	}
	if lp, _ := c.localTypeParams(); lp != nil {
		return append(append([]string(nil), ps...), lp...)
	}
	return ps
}

func (c *compiler) allTypeParamTypes() []*Type {
	var ts []*Type
	if c.m != nil {
		ts = c.m.tparamTypes()
	}
	if _, lt := c.localTypeParams(); lt != nil {
		return append(append([]*Type(nil), ts...), lt...)
	}
	return ts
}

// tryType resolves e as a type, or returns nil without error.
func (c *compiler) tryType(e syntax.Expr) *Type {
	env := *c.env
	env.mparams = c.allTypeParams()
	if env.mparams != nil {
		env.mtypes = c.allTypeParamTypes()
	}
	return c.in.resolveType(e, &env)
}

// exprVoid compiles an expression whose value is discarded.
func (c *compiler) exprVoid(e syntax.Expr) exprFn {
	switch x := e.(type) {
	case *syntax.PostfixExpr:
		if x.Op == syntax.INC || x.Op == syntax.DEC {
			return c.incDec(x.X, x.Op == syntax.INC, false)
		}
	}
	return c.expr(e)
}

// exprTyped compiles e and converts its value to t (implicit conversion).
func (c *compiler) exprTyped(e syntax.Expr, t *Type) exprFn {
	if t != nil && t.Kind != TypeDelegate && t.Kind != TypeTypeParam {
		switch e.(type) {
		case *syntax.LambdaExpr, *syntax.AnonMethodExpr:
			// object o = () => 1: the lambda's natural type
			return c.expr(e)
		}
	}
	if t != nil {
		switch x := e.(type) {
		case *syntax.LambdaExpr:
			return c.lambda(x.Params, x.Body, x.ExprBody, x.Mods.Has(syntax.ModAsync), t, x.Pos())
		case *syntax.AnonMethodExpr:
			return c.lambda(x.Params, x.Body, nil, x.Mods.Has(syntax.ModAsync), t, x.Pos())
		case *syntax.ObjectCreation:
			if x.Type == nil {
				return c.newObject(x, t)
			}
		case *syntax.CollectionExpr:
			return c.collectionExpr(x, t)
		case *syntax.InterpolatedString:
			if t.Namespace == "System" && (t.Name == "FormattableString" || t.Name == "IFormattable") {
				return c.formattable(x)
			}
		case *syntax.DefaultExpr:
			if x.Type == nil {
				in := c.in
				return func(fr *Frame) Value { return in.zeroValue(in.closeType(t, fr)) }
			}
		case *syntax.InitializerExpr:
			return c.arrayInit(t, x)
		case *syntax.Ident, *syntax.MemberAccess:
			if t.Kind == TypeDelegate {
				if mg := c.methodGroup(e); mg != nil {
					return mg(t)
				}
			}
		}
	}
	x := c.expr(e)
	if t == nil {
		return x
	}
	conv := c.in.converter(t)
	if conv == nil {
		ut := t // Money? m = 300L: the conversion to the underlying type
		if t.Def != nil && t.Def == c.in.tNullable && len(t.TypeArgs) == 1 {
			ut = t.TypeArgs[0]
		}
		if st := c.staticType(e); st != nil && st != t && st != ut && !ut.open && !st.open && ut.Prim == KObject &&
			(ut.Kind == TypeClass || ut.Kind == TypeStruct) && ut != c.in.tObject && !st.Is(ut) && st.Kind != TypeTypeParam {
			// Vec v = 5: a user-defined implicit conversion
			in := c.in
			return func(fr *Frame) Value {
				v := x(fr)
				if v.K == KNull {
					return v
				}
				if m := in.findConversion(v, ut, true); m != nil {
					return in.invoke(fr.c, m, m.Decl, nil, Null, []Value{v})
				}
				return v
			}
		}
		return x
	}
	return func(fr *Frame) Value { return conv(x(fr)) }
}

func (c *compiler) expr(e syntax.Expr) exprFn {
	switch x := e.(type) {
	case *syntax.BasicLit:
		v := c.literal(x)
		return func(*Frame) Value { return v }
	case *syntax.ParenExpr:
		return c.expr(x.X)
	case *syntax.Ident:
		return c.ident(x)
	case *syntax.ThisExpr:
		return func(fr *Frame) Value { return fr.this }
	case *syntax.BaseExpr:
		return func(fr *Frame) Value { return fr.this }
	case *syntax.MemberAccess:
		return c.memberAccess(x)
	case *syntax.InterpolatedString:
		return c.interpolated(x)
	case *syntax.CallExpr:
		return c.callValue(x)
	case *syntax.IndexExpr:
		return c.index(x)
	case *syntax.CondAccess:
		return c.condAccess(x)
	case *syntax.UnaryExpr:
		return c.unary(x)
	case *syntax.PostfixExpr:
		switch x.Op {
		case syntax.INC, syntax.DEC:
			return c.incDec(x.X, x.Op == syntax.INC, true)
		case syntax.NOT:
			return c.expr(x.X)
		}
	case *syntax.BinaryExpr:
		return c.binary(x)
	case *syntax.AssignExpr:
		return c.assign(x)
	case *syntax.CondExpr:
		cond := c.cond(x.Cond)
		a, b := c.expr(x.Then), c.expr(x.Else)
		ta, tb := c.staticType(x.Then), c.staticType(x.Else)
		if ta != nil && tb != nil && ta != tb && ta.Prim.IsNumeric() && tb.Prim.IsNumeric() {
			pt := c.in.prim[promoteKinds(ta.Prim, tb.Prim)]
			a, b = c.exprTyped(x.Then, pt), c.exprTyped(x.Else, pt)
		}
		return func(fr *Frame) Value {
			if cond(fr) {
				return a(fr)
			}
			return b(fr)
		}
	case *syntax.IsExpr:
		return c.isExpr(x)
	case *syntax.AsExpr:
		t := c.resolveType(x.Type)
		v := c.expr(x.X)
		in := c.in
		return func(fr *Frame) Value {
			r := v(fr)
			if in.isInstance(r, in.closeType(t, fr)) {
				return r
			}
			return Null
		}
	case *syntax.CastExpr:
		return c.cast(x)
	case *syntax.LambdaExpr:
		return c.lambda(x.Params, x.Body, x.ExprBody, x.Mods.Has(syntax.ModAsync), c.naturalLambdaType(x), x.Pos())
	case *syntax.AnonMethodExpr:
		return c.lambda(x.Params, x.Body, nil, x.Mods.Has(syntax.ModAsync), c.naturalLambdaType(x), x.Pos())
	case *syntax.ObjectCreation:
		return c.newObject(x, nil)
	case *syntax.ArrayCreation:
		return c.arrayCreation(x)
	case *syntax.ImplicitArrayCreation:
		return c.implicitArray(x)
	case *syntax.CollectionExpr:
		return c.collectionExpr(x, nil)
	case *syntax.TypeOfExpr:
		t := c.resolveType(x.Type)
		in := c.in
		return func(fr *Frame) Value { return TypeVal(in.closeType(t, fr)) }
	case *syntax.DefaultExpr:
		if x.Type == nil {
			return func(*Frame) Value { return Null }
		}
		t := c.resolveType(x.Type)
		in := c.in
		return func(fr *Frame) Value { return in.zeroValue(in.closeType(t, fr)) }
	case *syntax.CheckedExpr:
		old := c.checked
		c.checked = !x.Unchecked
		f := c.expr(x.X)
		c.checked = old
		return f
	case *syntax.AwaitExpr:
		return c.await(x)
	case *syntax.ThrowExpr:
		v := c.expr(x.X)
		pos := x.Pos()
		return func(fr *Frame) Value {
			fr.pos = &pos
			fr.c.ThrowValue(v(fr))
			return Null
		}
	case *syntax.SwitchExpr:
		return c.switchExpr(x)
	case *syntax.TupleExpr:
		return c.tupleExpr(x)
	case *syntax.AnonObjectCreation:
		return c.anonObject(x)
	case *syntax.WithExpr:
		return c.withExpr(x)
	case *syntax.RangeExpr:
		return c.rangeExpr(x)
	case *syntax.PredefinedType:
		c.errorf(e, "type %s used as a value", x.Kw)
	case *syntax.DeclExpr:
		return c.declExprValue(x)
	case *syntax.RefExpr:
		return c.expr(x.X)
	case *syntax.QueryExpr:
		return c.query(x)
	case *syntax.MemberBinding, *syntax.ElementBinding:
		return c.condBody(x)
	}
	c.errorf(e, "expression %T is not supported", e)
	return nil
}

// literal converts a literal to a value.
func (c *compiler) literal(x *syntax.BasicLit) Value {
	switch x.Kind {
	case syntax.IntLit:
		n := x.Int
		switch strings.ToUpper(x.Suffix) {
		case "U":
			if n <= math.MaxUint32 {
				return UInt(uint32(n))
			}
			return ULong(n)
		case "L":
			if n <= math.MaxInt64 {
				return Long(int64(n))
			}
			return ULong(n)
		case "UL", "LU":
			return ULong(n)
		}
		switch {
		case n <= math.MaxInt32:
			return Int(int32(n))
		case n <= math.MaxUint32:
			return UInt(uint32(n))
		case n <= math.MaxInt64:
			return Long(int64(n))
		}
		return ULong(n)
	case syntax.RealLit:
		switch strings.ToUpper(x.Suffix) {
		case "F":
			f, _ := strconv.ParseFloat(x.Value, 32)
			return Float(float32(f))
		case "M":
			if decimalOps != nil {
				if d, ok := decimalOps.Parse(x.Value); ok {
					return DecimalVal(d)
				}
			}
			f, _ := strconv.ParseFloat(x.Value, 64)
			return Double(f)
		}
		f, _ := strconv.ParseFloat(x.Value, 64)
		return Double(f)
	case syntax.CharLit:
		u := ToUTF16(x.Value)
		if len(u) == 0 {
			return Char(0)
		}
		return Char(u[0])
	case syntax.StringLit, syntax.UTF8Lit:
		return Str(x.Value)
	case syntax.TrueLit:
		return Bool(true)
	case syntax.FalseLit:
		return Bool(false)
	}
	return Null
}

// staticType returns the compile-time type of e when it is easy to know (nil otherwise).
func (c *compiler) staticType(e syntax.Expr) *Type {
	in := c.in
	switch x := e.(type) {
	case *syntax.BasicLit:
		v := c.literal(x)
		if v.K == KNull {
			return nil
		}
		return in.prim[v.K]
	case *syntax.ParenExpr:
		return c.staticType(x.X)
	case *syntax.Ident:
		if lv, _ := c.lookupVarNoCapture(x.Name); lv != nil {
			return lv.t
		}
		if f := c.fieldOfThis(x.Name); f != nil {
			return f.Type.get(in)
		}
	case *syntax.ObjectCreation:
		if x.Type != nil {
			return c.tryType(x.Type)
		}
	case *syntax.CastExpr:
		return c.tryType(x.Type)
	case *syntax.AsExpr:
		return c.tryType(x.Type)
	case *syntax.InterpolatedString:
		return in.tString
	case *syntax.BinaryExpr:
		switch x.Op {
		case syntax.EQ, syntax.NE, syntax.LT, syntax.GT, syntax.LE, syntax.GE, syntax.ANDAND, syntax.OROR:
			return in.prim[KBool]
		case syntax.PLUS, syntax.MINUS, syntax.STAR, syntax.SLASH, syntax.PERCENT:
			a, b := c.staticType(x.X), c.staticType(x.Y)
			if a == in.tString || b == in.tString {
				return in.tString
			}
			if _, ut := c.unsignedOperand(x); ut != nil {
				return ut
			}
			if a != nil && b != nil && (a.Prim.IsNumeric() || a.Prim == KChar) && (b.Prim.IsNumeric() || b.Prim == KChar) {
				return in.prim[promoteKinds(a.Prim, b.Prim)]
			}
		}
	case *syntax.UnaryExpr:
		if x.Op == syntax.NOT {
			return in.prim[KBool]
		}
		return c.staticType(x.X)
	case *syntax.ArrayCreation:
		return c.tryType(x.Type)
	case *syntax.DefaultExpr:
		if x.Type != nil {
			return c.tryType(x.Type)
		}
	case *syntax.IsExpr:
		return in.prim[KBool]
	default:
		return c.staticTypeMore(e)
	}
	return nil
}

func (c *compiler) lookupVarNoCapture(name string) (*localVar, bool) {
	for fs := c.fs; fs != nil; fs = fs.parent {
		for i := len(fs.blocks) - 1; i >= 0; i-- {
			if lv, ok := fs.blocks[i][name]; ok {
				return lv, true
			}
		}
	}
	return nil, false
}

func (c *compiler) fieldOfThis(name string) *Field {
	for o := c.t; o != nil; o = o.Outer {
		if f := o.FieldByName(name); f != nil {
			return f
		}
		if f := o.StaticField(name); f != nil {
			return f
		}
	}
	return nil
}

// constExpr evaluates a constant expression at compile time.
func (c *compiler) constExpr(e syntax.Expr, t *Type) Value {
	f := c.exprTyped(e, t)
	ctx := newContext(c.in, "const")
	fr := &Frame{c: ctx}
	return f(fr)
}

// constEval evaluates a constant expression in the static context of t.
func (in *Interp) constEval(e syntax.Expr, t *Type) (v Value, err error) {
	c := &compiler{in: in, t: t, fs: &funcScope{static: true}, env: &tenv{scope: t.file, outer: t}}
	defer func() {
		if r := recover(); r != nil {
			if ce, ok := r.(compileError); ok {
				err = &RuntimeError{Pos: ce.pos, Msg: ce.msg}
				return
			}
			if cp, ok := r.(csharpPanic); ok {
				err = &RuntimeError{Pos: e.Pos(), Msg: "exception in constant: " + cp.ex.Type.Name}
				return
			}
			panic(r)
		}
	}()
	return c.constExpr(e, nil), nil
}

// ---------------------------------------------------------------------------
// Names

// nameKind describes what a simple or qualified name denotes.
type nameRef struct {
	lv      *localVar
	capIdx  int
	field   *Field
	prop    *Property
	event   *Event
	methods []*Method
	typ     *Type
	ns      string
	static  bool
	owner   *Type // type declaring the member (definition)
}

// resolveName finds what a simple name means at this point.
func (c *compiler) resolveName(x *syntax.Ident) nameRef {
	if len(x.TypeArgs) == 0 || c.isGenericLocalFunc(x) {
		if lv, ci := c.lookupVar(x.Name); lv != nil {
			return nameRef{lv: lv, capIdx: ci}
		}
	}
	if len(x.TypeArgs) == 0 {
		for o := c.t; o != nil; o = o.Outer {
			if r, ok := c.memberOf(o, x.Name); ok {
				if r.typ != nil && r.typ.outerTP > 0 {
					r.typ = c.nestedByName(r.typ, x) // Counter in Reg<T>: Reg<T>.Counter
				}
				return r
			}
		}
		for s := c.env.scope; s != nil; s = s.parent {
			for _, st := range s.statics {
				if t := c.tryType(st); t != nil {
					if r, ok := c.memberOf(t, x.Name); ok {
						return r
					}
				}
			}
		}
	}
	if n := len(x.TypeArgs); n > 0 {
		// Foo<T>(x): a generic method of an enclosing type
		generic := func(r nameRef) (nameRef, bool) {
			var ms []*Method
			for _, m := range r.methods {
				if len(m.TypeParams) == n {
					ms = append(ms, m)
				}
			}
			if len(ms) == 0 {
				return r, false
			}
			r.methods = ms
			r.static = true
			for _, m := range ms {
				r.static = r.static && m.Static
			}
			return r, true
		}
		for o := c.t; o != nil; o = o.Outer {
			if r, ok := c.memberOf(o, x.Name); ok && r.methods != nil {
				if r, ok := generic(r); ok {
					return r
				}
			}
		}
		for s := c.env.scope; s != nil; s = s.parent {
			for _, st := range s.statics {
				if t := c.tryType(st); t != nil {
					if r, ok := c.memberOf(t, x.Name); ok && r.methods != nil {
						if r, ok := generic(r); ok {
							return r
						}
					}
				}
			}
		}
	}
	if t := c.tryType(x); t != nil {
		return nameRef{typ: t}
	}
	if c.in.nsSet[x.Name] {
		return nameRef{ns: x.Name}
	}
	return nameRef{}
}

// memberOf finds a member called name in t or its bases.
func (c *compiler) memberOf(t *Type, name string) (nameRef, bool) {
	for b := t; b != nil; b = b.Base {
		d := b.generic()
		d.ensureBuilt()
		if f := d.fieldIndex[name]; f != nil && f.Decl == d {
			return nameRef{field: f, owner: d}, true
		}
		if f := d.statics[name]; f != nil {
			return nameRef{field: f, static: true, owner: d}, true
		}
		if p := d.Props[name]; p != nil {
			return nameRef{prop: p, static: p.Static, owner: d}, true
		}
		if ev := d.Events[name]; ev != nil {
			return nameRef{event: ev, static: ev.Static, owner: d}, true
		}
		if ms := d.Methods[name]; len(ms) > 0 {
			return nameRef{methods: c.in.findMethods(t, name), static: ms[0].Static, owner: d}, true
		}
		if nt := d.Nested[name]; nt != nil {
			return nameRef{typ: nt}, true
		}
	}
	if t != nil && t.Kind == TypeInterface && c.in.tObject != nil {
		// GetType() or ToString() in a default interface method: object's members
		if r, ok := c.memberOf(c.in.tObject, name); ok && r.methods != nil {
			return r, true
		}
	}
	return nameRef{}, false
}

func (c *compiler) ident(x *syntax.Ident) exprFn {
	r := c.resolveName(x)
	in := c.in
	switch {
	case r.lv != nil:
		if r.lv.localFunc != nil {
			return c.localFuncValue(r.lv, r.capIdx)
		}
		return varLoad(r.lv, r.capIdx)
	case r.field != nil:
		return c.fieldLoad(r, func(fr *Frame) Value { return fr.this })
	case r.prop != nil:
		p := r.prop
		if p.Static {
			return c.staticPropGet(p, x.Name)
		}
		this := func(fr *Frame) Value { return fr.this }
		if st := c.thisClass(); st != nil {
			if f := c.staticTypePropGet(st, this, x.Name, x.Pos()); f != nil {
				return f // the property this class sees, not a "new" one of a derived class
			}
		}
		return c.instancePropGet(this, x.Name, p)
	case r.event != nil:
		ev := r.event
		if ev.Field != nil {
			return c.fieldLoad(nameRef{field: ev.Field, owner: r.owner, static: ev.Static}, func(fr *Frame) Value { return fr.this })
		}
	case r.methods != nil:
		return c.methodGroupValue(r.methods, func(fr *Frame) Value { return fr.this }, nil)
	case r.typ != nil:
		t := r.typ
		return func(fr *Frame) Value { return TypeVal(in.closeType(t, fr)) }
	}
	c.errorf(x, "the name '%s' does not exist in the current context", x.Name)
	return nil
}

// fieldLoad reads an instance field of recv or a static field.
func (c *compiler) fieldLoad(r nameRef, recv exprFn) exprFn {
	f := r.field
	in := c.in
	if f.Static {
		if f.Const {
			if v := in.constValue(f); v != nil {
				cv := *v
				return func(*Frame) Value { return cv }
			}
		}
		owner := f.Decl
		idx := f.Index
		if owner.isGenericDef() {
			return func(fr *Frame) Value {
				t := in.staticOwner(fr, owner)
				in.ensureStatic(fr.c, t)
				return t.staticVals()[idx]
			}
		}
		return func(fr *Frame) Value {
			if owner.cctorState != 2 {
				in.ensureStatic(fr.c, owner)
			}
			return owner.StaticVals[idx]
		}
	}
	idx := f.Index
	return func(fr *Frame) Value {
		o := recv(fr)
		if obj, ok := o.R.(*Object); ok {
			return obj.Fields[idx]
		}
		fr.c.Throw("System.NullReferenceException", "")
		return Null
	}
}

// constValue returns the value of a const field, evaluating it on first use.
func (in *Interp) constValue(f *Field) *Value {
	if f.constVal != nil {
		return f.constVal
	}
	for _, fi := range f.Decl.staticInit {
		if fi.f == f && fi.expr != nil {
			c := &compiler{in: in, t: f.Decl, fs: &funcScope{static: true}, env: &tenv{scope: f.Decl.file, outer: f.Decl}}
			v := c.constExpr(fi.expr, f.Type.get(in))
			f.constVal = &v
			return f.constVal
		}
	}
	return nil
}

// open reports whether a type definition is generic (static state per instantiation).
func (t *Type) isGenericDef() bool { return len(t.TypeParams) > 0 }

// staticOwner returns the constructed type whose statics a generic definition's code uses.
func (in *Interp) staticOwner(fr *Frame, def *Type) *Type {
	for t := fr.ctype; t != nil; t = t.Base {
		if t.generic() == def {
			return t
		}
	}
	return def
}

// staticVals returns the static storage of t (per constructed generic type).
func (t *Type) staticVals() []Value {
	if t.Def == nil {
		return t.StaticVals
	}
	if t.StaticVals == nil {
		t.StaticVals = make([]Value, len(t.Def.StaticVals))
	}
	return t.StaticVals
}

// ---------------------------------------------------------------------------
// Member access

func (c *compiler) memberAccess(x *syntax.MemberAccess) exprFn {
	in := c.in
	name := x.Name.Name
	// namespace or type prefix?
	if t := c.typePrefix(x.X); t != nil {
		return c.staticMember(t, x.Name, x)
	}
	if ns := exprDotted(x.X); ns != "" && c.isNamespace(x.X) {
		full := ns + "." + nameArity(name, len(x.Name.TypeArgs))
		if t := in.types[full]; t != nil {
			return func(*Frame) Value { return TypeVal(t) }
		}
		c.errorf(x, "the type or namespace name '%s' does not exist in the namespace '%s'", name, ns)
	}
	if _, ok := x.X.(*syntax.BaseExpr); ok {
		// base.Prop: non-virtual access to the base class member.
		base := c.t.Base
		if r, ok := c.memberOf(base, name); ok && r.prop != nil && r.prop.Get != nil {
			m := r.prop.Get
			return func(fr *Frame) Value {
				return in.invoke(fr.c, m, in.ctypeFor(fr.ctype, m.Decl), nil, fr.this, nil)
			}
		} else if ok && r.field != nil {
			return c.fieldLoad(r, func(fr *Frame) Value { return fr.this })
		}
	}
	recv := c.expr(x.X)
	if st := c.staticType(x.X); st != nil && st.Kind == TypeClass && !st.open && st.Def == nil && !st.isGenericDef() && st.Prim == KObject {
		// a field of the static type (new hides by static type): its offset is fixed
		if f := st.FieldByName(name); f != nil && !f.Static && !f.Const {
			idx := f.Index
			in := c.in
			site := &getSite{name: name}
			pos := x.Pos()
			return func(fr *Frame) Value {
				v := recv(fr)
				if v.K == KObject {
					if o := v.R.(*Object); idx < len(o.Fields) && (o.Type == st || o.Type.Is(st)) {
						return o.Fields[idx]
					}
				}
				fr.pos = &pos
				return in.getMember(fr, v, site)
			}
		}
		if f := c.staticTypePropGet(st, recv, name, x.Pos()); f != nil {
			return f
		}
	}
	if i := c.staticTupleField(x.X, name); i >= 0 {
		// an element name of the receiver's static tuple type: the value may lack it
		pos := x.Pos()
		site := &getSite{name: name}
		return func(fr *Frame) Value {
			v := recv(fr)
			if o, ok := v.R.(*Object); ok && v.K == KStruct && i < len(o.Fields) {
				return o.Fields[i]
			}
			fr.pos = &pos
			return in.getMember(fr, v, site)
		}
	}
	return c.instanceGet(recv, name, x)
}

// typePrefix returns the type that e denotes, if e is a type name (and not a variable).
func (c *compiler) typePrefix(e syntax.Expr) *Type {
	switch x := e.(type) {
	case *syntax.Ident:
		if lv, _ := c.lookupVarNoCapture(x.Name); lv != nil && len(x.TypeArgs) == 0 {
			return nil
		}
		if len(x.TypeArgs) == 0 {
			for o := c.t; o != nil; o = o.Outer {
				if r, ok := c.memberOf(o, x.Name); ok {
					if r.typ != nil {
						return c.nestedByName(r.typ, x)
					}
					// Color Color: a member named like its type; prefer the type
					// only when the member is not a value.
					return nil
				}
			}
		}
		return c.tryType(x)
	case *syntax.PredefinedType:
		return c.tryType(x)
	case *syntax.MemberAccess:
		if c.isNamespace(x.X) || c.typePrefix(x.X) != nil {
			return c.tryType(x)
		}
	case *syntax.AliasQualified:
		return c.tryType(x)
	}
	return nil
}

func (c *compiler) isNamespace(e syntax.Expr) bool {
	switch x := e.(type) {
	case *syntax.Ident:
		if lv, _ := c.lookupVarNoCapture(x.Name); lv != nil {
			return false
		}
		if _, ok := c.aliasNS(x.Name); ok {
			return true
		}
		return c.in.nsSet[x.Name] && c.typePrefix(x) == nil
	case *syntax.MemberAccess:
		return c.in.nsSet[exprDotted(x)]
	case *syntax.AliasQualified:
		return c.in.nsSet[x.Name.Name]
	}
	return false
}

func (c *compiler) aliasNS(name string) (string, bool) { return c.in.aliasNS(name, c.env) }

// staticMember compiles T.Name.
func (c *compiler) staticMember(t *Type, id *syntax.Ident, x syntax.Node) exprFn {
	in := c.in
	name := id.Name
	if nt := t.generic().Nested[nameArity(name, len(id.TypeArgs))]; nt != nil {
		return func(*Frame) Value { return TypeVal(nt) }
	}
	r, ok := c.memberOf(t, name)
	if !ok {
		c.errorf(x, "'%s' does not contain a definition for '%s'", t.CSharpName(), name)
	}
	switch {
	case r.field != nil:
		if t.Def != nil && r.field.Static {
			f := r.field
			return func(fr *Frame) Value {
				// Derived<int>.F reads the statics of Base<int>, F's declaring type
				ct := in.ctypeFor(in.closeType(t, fr), f.Decl)
				in.ensureStatic(fr.c, ct)
				return ct.staticVals()[f.Index]
			}
		}
		return c.fieldLoad(r, nil)
	case r.prop != nil:
		return c.staticPropGetOn(r.prop, t)
	case r.event != nil && r.event.Field != nil:
		return c.fieldLoad(nameRef{field: r.event.Field}, nil)
	case r.methods != nil:
		return c.methodGroupValue(r.methods, nil, t)
	}
	c.errorf(x, "'%s.%s' cannot be used as a value", t.CSharpName(), name)
	return nil
}

func (c *compiler) staticPropGet(p *Property, name string) exprFn {
	return c.staticPropGetOn(p, p.Decl)
}

func (c *compiler) staticPropGetOn(p *Property, t *Type) exprFn {
	in := c.in
	if p.Auto != nil && !(t.Def != nil && p.Static) {
		return c.fieldLoad(nameRef{field: p.Auto}, nil)
	}
	if p.Auto != nil {
		// Gen<int>.P: the backing field of the closed type that declares P
		f := p.Auto
		return func(fr *Frame) Value {
			ct := in.ctypeFor(in.closeType(t, fr), f.Decl)
			in.ensureStatic(fr.c, ct)
			return ct.staticVals()[f.Index]
		}
	}
	m := p.Get
	if m == nil {
		c.errorf(nil, "property %s has no getter", p.Name)
	}
	return func(fr *Frame) Value {
		ct := in.ctypeFor(in.closeType(t, fr), m.Decl)
		if ct.generic() != m.Decl {
			ct = m.Decl
		}
		return in.invoke(fr.c, m, ct, nil, Null, nil)
	}
}

// instancePropGet reads a property through this (virtual when needed).
func (c *compiler) instancePropGet(recv exprFn, name string, p *Property) exprFn {
	in := c.in
	if p.Auto != nil && !p.Get.Virtual && !p.Get.Override && !p.Get.Abstract {
		idx := p.Auto.Index
		return func(fr *Frame) Value {
			o := recv(fr)
			if obj, ok := o.R.(*Object); ok {
				return obj.Fields[idx]
			}
			fr.c.Throw("System.NullReferenceException", "")
			return Null
		}
	}
	site := &getSite{name: name}
	return func(fr *Frame) Value { return in.getMember(fr, recv(fr), site) }
}

// instanceGet compiles recv.name for a value receiver, resolved at run time.
func (c *compiler) instanceGet(recv exprFn, name string, x syntax.Node) exprFn {
	in := c.in
	site := &getSite{name: name}
	pos := x.Pos()
	return func(fr *Frame) Value {
		v := recv(fr)
		if v.K == KObject || v.K == KStruct {
			o := v.R.(*Object)
			if o.Type == site.t {
				if site.field >= 0 {
					return o.Fields[site.field]
				}
			}
		}
		fr.pos = &pos
		return in.getMember(fr, v, site)
	}
}

// getSite caches the resolution of a member read at one site.
type getSite struct {
	name  string
	t     *Type
	field int
	get   *Method
	ctype *Type
}

// getMember reads member site.name of v.
func (in *Interp) getMember(fr *Frame, v Value, site *getSite) Value {
	c := fr.c
	switch v.K {
	case KNull:
		switch site.name {
		case "HasValue":
			return Bool(false)
		case "Value":
			c.Throw("System.InvalidOperationException", "Nullable object must have a value.")
		}
		c.Throw("System.NullReferenceException", "")
	case KString:
		if site.name == "Length" {
			return Int(int32(strLen(v)))
		}
	case KArray:
		a := v.R.(*Array)
		switch site.name {
		case "Length":
			return Int(int32(len(a.Data)))
		case "LongLength":
			return Long(int64(len(a.Data)))
		case "Rank":
			if a.Dims == nil {
				return Int(1)
			}
			return Int(int32(len(a.Dims)))
		}
	case KRef:
		return in.getMember(fr, *v.R.(*Value), site)
	}
	t := in.typeOf(v)
	if site.t != t {
		site.t = t
		site.field = -1
		site.get = nil
		d := t
		for b := t; b != nil; b = b.Base {
			bd := b.generic()
			bd.ensureBuilt()
			if p := bd.Props[site.name]; p != nil && !p.Static {
				if p.Auto != nil && p.Get != nil && !p.Get.Virtual && !p.Get.Abstract {
					site.field = p.Auto.Index
				} else {
					site.get = in.findGetter(t, site.name)
					if site.get == nil {
						site.get = p.Get
					}
					site.ctype = in.ctypeFor(t, site.get.Decl)
				}
				break
			}
			if f := bd.fieldIndex[site.name]; f != nil {
				site.field = f.Index
				break
			}
			if ev := bd.Events[site.name]; ev != nil && ev.Field != nil {
				site.field = ev.Field.Index
				break
			}
			_ = d
		}
		if site.field < 0 && site.get == nil {
			site.field = tupleField(t, site.name) // (int Min, int Max) t; t.Min
		}
		if site.field < 0 && site.get == nil {
			// interface explicit implementations, nullable and delegate members
			if m := in.findExplicitGetter(t, site.name); m != nil {
				site.get = m
				site.ctype = in.ctypeFor(t, m.Decl)
			}
		}
	}
	if site.field >= 0 {
		if o, ok := v.R.(*Object); ok {
			return o.Fields[site.field]
		}
	}
	if site.get != nil {
		return in.invoke(c, site.get, site.ctype, nil, v, nil)
	}
	// Nullable<T> members on a value with a value.
	switch site.name {
	case "HasValue":
		return Bool(true)
	case "Value":
		return v
	}
	if v.K == KDelegate && site.name == "Method" {
		return Str(v.Del().String())
	}
	site.t = nil
	if ms := in.findMethods(t, site.name); len(ms) > 0 && !ms[0].Static && (v.K == KObject || v.K == KStruct) {
		// obj.Method as a value: a method group converted to a delegate bound to obj
		return DelVal(&Delegate{M: ms[0], Target: v})
	}
	c.Throw("System.MissingMemberException", "'"+t.CSharpName()+"' does not contain a definition for '"+site.name+"'")
	return Null
}

// findGetter finds the most derived getter of property name for runtime type t.
func (in *Interp) findGetter(t *Type, name string) *Method {
	for b := t; b != nil; b = b.Base {
		bd := b.generic()
		for _, m := range bd.Methods["get_"+name] {
			if len(m.Params) == 0 && !m.Abstract && m.ExplicitOf == nil {
				return m
			}
		}
	}
	return nil
}

func (in *Interp) findExplicitGetter(t *Type, name string) *Method {
	for b := t; b != nil; b = b.Base {
		bd := b.generic()
		for _, m := range bd.Methods["get_"+name] {
			if len(m.Params) == 0 && !m.Abstract {
				return m
			}
		}
	}
	// default interface implementations
	for _, it := range in.allInterfaces(t) {
		for _, m := range it.generic().Methods["get_"+name] {
			if len(m.Params) == 0 && m.node != nil {
				return m
			}
		}
	}
	return nil
}

// allInterfaces lists the interfaces t implements.
func (in *Interp) allInterfaces(t *Type) []*Type {
	var out []*Type
	seen := map[*Type]bool{}
	var walk func(x *Type)
	walk = func(x *Type) {
		for _, i := range x.Ifaces {
			if !seen[i] {
				seen[i] = true
				out = append(out, i)
				walk(i)
			}
		}
	}
	for b := t; b != nil; b = b.Base {
		walk(b)
	}
	return out
}

// ctypeFor returns the constructed type in t's base chain whose definition is decl.
func (in *Interp) ctypeFor(t *Type, decl *Type) *Type {
	for b := t; b != nil; b = b.Base {
		if b == decl || b.Def == decl {
			return b
		}
	}
	for _, i := range in.allInterfaces(t) {
		if i == decl || i.Def == decl {
			return i
		}
	}
	return decl
}
