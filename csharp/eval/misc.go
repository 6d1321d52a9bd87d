package eval

import (
	"strings"

	"rpbench/csharp/syntax"
)

// FormatHook formats a value for string interpolation and composite
// formatting with a .NET format string (e.g. "F2", "yyyy-MM-dd"). It
// returns ok=false to fall back to the built-in minimal formatting. Set by
// csharp/dotnet through SetFormatHook.
type FormatHook func(c *Context, v Value, format string) (s string, ok bool)

// SetFormatHook installs the formatting hook for this interpreter.
func (in *Interp) SetFormatHook(h FormatHook) { in.formatHook = h }

// Format formats v with an optional .NET format string, as {v:format} does.
func (c *Context) Format(v Value, format string) string {
	in := c.in
	if format != "" && in.formatHook != nil {
		if s, ok := in.formatHook(c, v, format); ok {
			return s
		}
	}
	if format != "" {
		if s, ok := builtinFormat(v, format); ok {
			return s
		}
	}
	return in.ToString(c, v)
}

// Align pads s to width (negative: left-aligned) as composite formatting does.
func Align(s string, width int) string {
	n := UTF16Len(s)
	if width > 0 && n < width {
		return strings.Repeat(" ", width-n) + s
	}
	if width < 0 && n < -width {
		return s + strings.Repeat(" ", -width-n)
	}
	return s
}

func (c *compiler) interpolated(x *syntax.InterpolatedString) exprFn {
	type part struct {
		text   string
		v      exprFn
		align  exprFn
		format string
	}
	var parts []part
	for _, p := range x.Parts {
		if p.X == nil {
			parts = append(parts, part{text: p.Text})
			continue
		}
		pt := part{v: c.expr(p.X), format: p.Format}
		if p.Align != nil {
			pt.align = c.expr(p.Align)
		}
		parts = append(parts, pt)
	}
	return func(fr *Frame) Value {
		var b strings.Builder
		for _, p := range parts {
			if p.v == nil {
				b.WriteString(p.text)
				continue
			}
			s := fr.c.Format(p.v(fr), p.format)
			if p.align != nil {
				s = Align(s, int(p.align(fr).AsLong()))
			}
			b.WriteString(s)
		}
		return Str(b.String())
	}
}

// tupleExpr compiles (a, b) as a ValueTuple.
func (c *compiler) tupleExpr(x *syntax.TupleExpr) exprFn {
	in := c.in
	var vals []exprFn
	for _, a := range x.Elems {
		vals = append(vals, c.expr(a.X))
	}
	names := tupleElemNames(x) // (Name: a, b.Ext): see tuples.go
	if len(vals) > 7 {
		names = nil
	}
	return func(fr *Frame) Value {
		items := make([]Value, len(vals))
		for i, v := range vals {
			items[i] = v(fr)
		}
		t := in.NewTuple(items)
		if names != nil {
			o := t.R.(*Object)
			o.Type = in.namedTuple(o.Type, names)
		}
		return t
	}
}

// NewTuple makes a ValueTuple of the items.
func (in *Interp) NewTuple(items []Value) Value {
	if len(items) > 7 {
		rest := in.NewTuple(items[7:])
		items = append(append([]Value{}, items[:7]...), rest)
	}
	ts := make([]*Type, len(items))
	for i, it := range items {
		ts[i] = in.typeOf(it)
		if ts[i] == nil {
			ts[i] = in.tObject
		}
	}
	t := in.tupleType(ts)
	o := &Object{Type: t, Fields: make([]Value, len(items))}
	for i, it := range items {
		if it.K == KStruct {
			it = cloneStruct(it)
		}
		o.Fields[i] = it
	}
	return Value{K: KStruct, R: o}
}

// deconstruct compiles (a, b) = expr.
func (c *compiler) deconstruct(l *syntax.TupleExpr, y syntax.Expr) exprFn {
	in := c.in
	var stores []func(fr *Frame, v Value)
	for _, a := range l.Elems {
		if de, ok := a.X.(*syntax.DeclExpr); ok {
			var t *Type
			if id, ok := de.Type.(*syntax.Ident); !ok || id.Name != "var" {
				t = c.resolveType(de.Type)
			}
			stores = append(stores, c.designation(de.Des, t))
			continue
		}
		if id, ok := a.X.(*syntax.Ident); ok && id.Name == "_" {
			if lv, _ := c.lookupVarNoCapture("_"); lv == nil {
				stores = append(stores, func(*Frame, Value) {})
				continue
			}
		}
		if te, ok := a.X.(*syntax.TupleExpr); ok {
			inner := c.deconstructInto(te)
			stores = append(stores, inner)
			continue
		}
		lv := c.lval(a.X)
		stores = append(stores, lv.store)
	}
	src := c.expr(y)
	n := len(stores)
	return func(fr *Frame) Value {
		v := src(fr)
		vals := in.deconstructAll(fr, v, n)
		for i, s := range stores {
			s(fr, vals[i])
		}
		return v
	}
}

func (c *compiler) deconstructInto(te *syntax.TupleExpr) func(fr *Frame, v Value) {
	in := c.in
	var stores []func(fr *Frame, v Value)
	for _, a := range te.Elems {
		stores = append(stores, c.lval(a.X).store)
	}
	return func(fr *Frame, v Value) {
		vals := in.deconstructAll(fr, v, len(stores))
		for i, s := range stores {
			s(fr, vals[i])
		}
	}
}

// deconstructDecl compiles var (a, b) = expr.
func (c *compiler) deconstructDecl(l *syntax.DeclExpr, y syntax.Expr) exprFn {
	src := c.expr(y)
	bind := c.designation(l.Des, nil)
	return func(fr *Frame) Value {
		v := src(fr)
		bind(fr, v)
		return v
	}
}

// declExprValue compiles a declaration expression used as a value (out var x handled by lval).
func (c *compiler) declExprValue(x *syntax.DeclExpr) exprFn {
	lv := c.lval(x)
	return lv.load
}

// withExpr compiles a record/struct 'with' expression: a copy with members set.
func (c *compiler) withExpr(x *syntax.WithExpr) exprFn {
	in := c.in
	src := c.expr(x.X)
	init := c.objectInit(x.Init)
	return func(fr *Frame) Value {
		v := src(fr)
		o := v.Obj()
		if o == nil {
			fr.c.Throw("System.NullReferenceException", "")
		}
		n := &Object{Type: o.Type, Fields: append([]Value(nil), o.Fields...), Native: o.Native}
		nv := ObjVal(n)
		init(fr, nv)
		_ = in
		return nv
	}
}

// query compiles a query expression as its translation to method calls
// (syntax.LowerQuery: Where, Select, SelectMany, Join, GroupBy, ...).
func (c *compiler) query(x *syntax.QueryExpr) exprFn {
	return c.expr(x.Lowered())
}

// ---------------------------------------------------------------------------
// Arrays

func (c *compiler) arrayCreation(x *syntax.ArrayCreation) exprFn {
	in := c.in
	at := c.resolveType(x.Type)
	var sizes []exprFn
	for _, s := range x.Sizes {
		if s == nil {
			continue
		}
		if _, ok := s.(*syntax.OmittedExpr); ok {
			continue
		}
		sizes = append(sizes, c.expr(s))
	}
	if x.Init != nil {
		return c.arrayInit(at, x.Init)
	}
	pos := x.Pos()
	return func(fr *Frame) Value {
		t := in.closeType(at, fr)
		dims := make([]int, len(sizes))
		total := 1
		for i, s := range sizes {
			n := int(s(fr).AsLong())
			if n < 0 {
				fr.pos = &pos
				fr.c.Throw("System.OverflowException", "Arithmetic operation resulted in an overflow.")
			}
			dims[i] = n
			total *= n
		}
		return in.newArray(t.Elem, dims, total)
	}
}

func (in *Interp) newArray(elem *Type, dims []int, total int) Value {
	a := &Array{Elem: elem, Data: make([]Value, total)}
	if len(dims) > 1 {
		a.Dims = dims
	}
	z := in.zeroOf(elem)
	if z.K != KNull || elem.Kind == TypeStruct {
		for i := range a.Data {
			if elem.Kind == TypeStruct && elem.Prim == KObject && elem.Def != in.tNullable {
				a.Data[i] = in.zeroValue(elem)
			} else {
				a.Data[i] = z
			}
		}
	}
	return ArrVal(a)
}

// NewArray makes a single-dimensional array of elem with the given items.
func (in *Interp) NewArray(elem *Type, items []Value) Value {
	if elem == nil {
		elem = in.tObject
	}
	return ArrVal(&Array{Elem: elem, Data: items})
}

// arrayInit compiles { a, b, ... } for an array type at (nil: object[] or element types inferred).
func (c *compiler) arrayInit(at *Type, ie *syntax.InitializerExpr) exprFn {
	in := c.in
	if at != nil && at.Rank == 0 {
		// collection initializer on a non-array target (field = { ... } is not valid C#); treat as object[]
		at = nil
	}
	if at != nil && at.Rank > 1 {
		return c.multiArrayInit(at, ie)
	}
	var el *Type
	if at != nil {
		el = at.Elem
	}
	var vals []exprFn
	for _, e := range ie.Elems {
		if sub, ok := e.(*syntax.InitializerExpr); ok {
			vals = append(vals, c.arrayInit(el, sub))
			continue
		}
		vals = append(vals, c.exprTyped(e, el))
	}
	return func(fr *Frame) Value {
		elem := in.closeType(el, fr)
		data := make([]Value, len(vals))
		for i, v := range vals {
			x := v(fr)
			if x.K == KStruct {
				x = cloneStruct(x)
			}
			data[i] = x
		}
		if elem == nil {
			elem = in.commonType(data)
		}
		return ArrVal(&Array{Elem: elem, Data: data})
	}
}

func (c *compiler) multiArrayInit(at *Type, ie *syntax.InitializerExpr) exprFn {
	in := c.in
	var dims []int
	var leaves []exprFn
	var walk func(ie *syntax.InitializerExpr, depth int)
	walk = func(ie *syntax.InitializerExpr, depth int) {
		if len(dims) <= depth {
			dims = append(dims, len(ie.Elems))
		}
		for _, e := range ie.Elems {
			if sub, ok := e.(*syntax.InitializerExpr); ok && depth+1 < at.Rank {
				walk(sub, depth+1)
				continue
			}
			leaves = append(leaves, c.exprTyped(e, at.Elem))
		}
	}
	walk(ie, 0)
	return func(fr *Frame) Value {
		data := make([]Value, len(leaves))
		for i, l := range leaves {
			data[i] = l(fr)
		}
		return ArrVal(&Array{Elem: in.closeType(at.Elem, fr), Data: data, Dims: append([]int(nil), dims...)})
	}
}

// commonType picks the element type of new[] { ... } from the values.
func (in *Interp) commonType(vals []Value) *Type {
	var t *Type
	for _, v := range vals {
		vt := in.typeOf(v)
		if vt == nil {
			continue
		}
		if t == nil {
			t = vt
			continue
		}
		if t == vt || vt.Is(t) {
			continue
		}
		if t.Is(vt) {
			t = vt
			continue
		}
		if t.Prim.IsNumeric() && vt.Prim.IsNumeric() {
			t = in.prim[promoteKinds(t.Prim, vt.Prim)]
			continue
		}
		t = in.tObject
	}
	if t == nil {
		t = in.tObject
	}
	return t
}

func (c *compiler) implicitArray(x *syntax.ImplicitArrayCreation) exprFn {
	in := c.in
	if x.Rank > 1 {
		c.errorf(x, "new[,] is not supported")
	}
	var vals []exprFn
	for _, e := range x.Init.Elems {
		vals = append(vals, c.expr(e))
	}
	return func(fr *Frame) Value {
		data := make([]Value, len(vals))
		for i, v := range vals {
			data[i] = v(fr)
		}
		el := in.commonType(data)
		if conv := in.converter(el); conv != nil {
			for i := range data {
				data[i] = conv(data[i])
			}
		}
		return ArrVal(&Array{Elem: el, Data: data})
	}
}

// collectionExpr compiles [a, b, ..c] for arrays (default) or collection types.
func (c *compiler) collectionExpr(x *syntax.CollectionExpr, target *Type) exprFn {
	in := c.in
	type el struct {
		v      exprFn
		spread bool
	}
	var els []el
	var elemT *Type
	if target != nil && target.Rank > 0 {
		elemT = target.Elem
	}
	for _, e := range x.Elems {
		if s, ok := e.(*syntax.SpreadElem); ok {
			els = append(els, el{v: c.expr(s.X), spread: true})
			continue
		}
		els = append(els, el{v: c.exprTyped(e, elemT)})
	}
	return func(fr *Frame) Value {
		var data []Value
		for _, e := range els {
			v := e.v(fr)
			if e.spread {
				in.forEach(fr.c, v, func(x Value) bool { data = append(data, x); return true })
				continue
			}
			data = append(data, v)
		}
		if target == nil || target.Rank > 0 || target.Kind == TypeInterface {
			elem := elemT
			if elem == nil {
				if target != nil && target.Kind == TypeInterface && len(target.TypeArgs) == 1 {
					elem = target.TypeArgs[0]
				} else {
					elem = in.commonType(data)
				}
			}
			if target != nil && target.Kind == TypeInterface && target.Def != nil && target.Def.Name != "IEnumerable" {
				lt := in.TypeByName("System.Collections.Generic.List`1")
				if lt != nil {
					return in.fillCollection(fr, in.Instantiate(lt, []*Type{elem}), data)
				}
			}
			return ArrVal(&Array{Elem: elem, Data: data})
		}
		return in.fillCollection(fr, in.closeType(target, fr), data)
	}
}

func (in *Interp) fillCollection(fr *Frame, t *Type, data []Value) Value {
	obj := in.construct(fr.c, t, nil, nil, fr)
	site := &callSite{name: "Add"}
	for _, d := range data {
		in.callWithValues(fr, site, obj, []Value{d})
	}
	return obj
}
