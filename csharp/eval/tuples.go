package eval

import (
	"strings"

	"rpbench/csharp/syntax"
)

// Named tuple elements. A tuple value is a ValueTuple<...> struct whose
// fields are Item1..Item7 and Rest. Element names are part of the static
// type in C#; here a named tuple type ((int Min, int Max)) is a variant of
// the constructed ValueTuple type that carries the names (Type.tupleNames),
// equal to it for conversions, Equals and is-tests (sameConstructed). Names
// travel with values: a tuple literal with explicit or inferred names
// ((name, ext), (Name: "bob", Ext: 1)) gets them when created, and a store
// to a location of a named tuple type (a typed local, a parameter, a
// return value, a field) retags the value. Where a value lacks the name,
// the compiler maps the name to its field through the receiver's static
// type.

// namedTuple returns the variant of tuple type base with element names
// (nil names, or all empty, give base).
func (in *Interp) namedTuple(base *Type, names []string) *Type {
	if base == nil || base.Def == nil || !in.isTupleDef(base.Def) {
		return base
	}
	any := false
	for _, n := range names {
		if n != "" {
			any = true
		}
	}
	if !any {
		return base
	}
	if len(base.tupleNames) > 0 {
		base = in.Instantiate(base.Def, base.TypeArgs)
	}
	key := "(" + strings.Join(names, ",") + ")" + typeIdentity(base)
	def := base.Def
	if t := def.instances[key]; t != nil {
		return t
	}
	t := &Type{Name: base.Name, Namespace: base.Namespace, Kind: base.Kind, Def: def, TypeArgs: base.TypeArgs,
		interp: in, Prim: base.Prim, built: true, open: base.open, Base: base.Base, Ifaces: base.Ifaces,
		tupleNames: append([]string(nil), names...)}
	if def.instances == nil {
		def.instances = map[string]*Type{}
	}
	def.instances[key] = t
	return t
}

// tupleField returns the field index of element name in tuple type t
// (names, or Item1..Item7 / Rest), -1 when t has no such element.
func tupleField(t *Type, name string) int {
	if t == nil {
		return -1
	}
	for i, n := range t.tupleNames {
		if n == name && i < 7 {
			return i
		}
	}
	return -1
}

// tupleElemNames returns the element names of a tuple literal: explicit
// (Name: x) or inferred from a variable or member (C# 7.1: (name, a.Ext)).
// Inferred names that clash with another element or with ItemN/Rest and
// the tuple's members are dropped, as C# does.
func tupleElemNames(x *syntax.TupleExpr) []string {
	names := make([]string, len(x.Elems))
	explicit := make([]bool, len(x.Elems))
	any := false
	for i, a := range x.Elems {
		switch {
		case a.Name != nil:
			names[i], explicit[i] = a.Name.Name, true
		default:
			switch e := a.X.(type) {
			case *syntax.Ident:
				if len(e.TypeArgs) == 0 {
					names[i] = e.Name
				}
			case *syntax.MemberAccess:
				if len(e.Name.TypeArgs) == 0 {
					names[i] = e.Name.Name
				}
			}
		}
		if names[i] != "" {
			any = true
		}
	}
	if !any {
		return nil
	}
	for i, n := range names {
		if n == "" || explicit[i] {
			continue
		}
		drop := reservedTupleName(n)
		for j, m := range names {
			if j != i && m == n {
				drop = true
			}
		}
		if drop {
			names[i] = ""
		}
	}
	return names
}

// reservedTupleName reports whether n cannot be an inferred element name.
func reservedTupleName(n string) bool {
	switch n {
	case "Rest", "ToString", "GetHashCode", "Equals", "CompareTo", "GetType", "Deconstruct", "_":
		return true
	}
	if strings.HasPrefix(n, "Item") && len(n) > 4 {
		for _, r := range n[4:] {
			if r < '0' || r > '9' {
				return false
			}
		}
		return true
	}
	return false
}

// tupleConverter returns the conversion applied on stores to tuple type t
// (elements converted to t's element types, names retagged), or nil when
// no conversion is needed.
func (in *Interp) tupleConverter(t *Type) func(Value) Value {
	if t.open || len(t.TypeArgs) == 0 {
		return nil
	}
	convs := make([]func(Value) Value, len(t.TypeArgs))
	need := len(t.tupleNames) > 0
	for i, a := range t.TypeArgs {
		if a.Def != nil && in.isTupleDef(a.Def) && i == 7 {
			continue // Rest
		}
		if convs[i] = in.converter(a); convs[i] != nil {
			need = true
		}
	}
	if !need {
		return nil
	}
	return func(v Value) Value {
		o, ok := v.R.(*Object)
		if v.K != KStruct || !ok || o.Type.Def != t.Def || len(o.Fields) != len(convs) {
			return v
		}
		n := &Object{Type: t, Fields: make([]Value, len(o.Fields))}
		for i, f := range o.Fields {
			if convs[i] != nil {
				f = convs[i](f)
			}
			if f.K == KStruct {
				f = cloneStruct(f)
			}
			n.Fields[i] = f
		}
		return Value{K: KStruct, R: n}
	}
}

// tupleOpEquals implements == between two tuples: element-wise ==.
func (in *Interp) tupleOpEquals(c *Context, l, r Value) (eq, ok bool) {
	lo, ok1 := l.R.(*Object)
	ro, ok2 := r.R.(*Object)
	if !ok1 || !ok2 || lo.Type.Def == nil || ro.Type.Def == nil || !in.isTupleDef(lo.Type.Def) || !in.isTupleDef(ro.Type.Def) ||
		len(lo.Fields) != len(ro.Fields) {
		return false, false
	}
	for i := range lo.Fields {
		a, b := lo.Fields[i], ro.Fields[i]
		if a.K == KStruct && b.K == KStruct {
			if e, ok := in.tupleOpEquals(c, a, b); ok {
				if !e {
					return false, true
				}
				continue
			}
		}
		if !in.opEquals(c, a, b) {
			return false, true
		}
	}
	return true, true
}

// staticTupleField returns the field index that element name of a value
// of static type st has, -1 when st is not a tuple type naming it.
func (c *compiler) staticTupleField(e syntax.Expr, name string) int {
	st := c.staticType(e)
	if st == nil || st.Def == nil || !c.in.isTupleDef(st.Def) {
		return -1
	}
	return tupleField(st, name)
}

// checkArrayStore throws ArrayTypeMismatchException when v cannot be stored
// in an array of reference type elements (array covariance: an Animal[]
// variable holding a Cat[]).
func (in *Interp) checkArrayStore(c *Context, a *Array, v Value) {
	el := a.Elem
	if v.K != KObject || el == nil || el == in.tObject || el.IsValueType() || el.Kind == TypeTypeParam || el.open {
		return
	}
	if vt := in.typeOf(v); vt != nil && vt != el && !vt.Is(el) {
		c.Throw("System.ArrayTypeMismatchException", "Attempted to access an element as a type incompatible with the array.")
	}
}

// registerTuples binds ValueTuple's CompareTo(object): element by element
// with Comparer<T>.Default; null is smaller; another type is an ArgumentException.
func registerTuples(r *Registry) {
	cmp := func(c *Context, this Value, args []Value) Value {
		a := Deref(this)
		b := Deref(args[0])
		if b.K == KNull {
			return Int(1)
		}
		ao, bo := a.Obj(), b.Obj()
		if ao == nil || bo == nil || bo.Type.Def != ao.Type.Def || len(bo.Fields) != len(ao.Fields) {
			c.Throw("System.ArgumentException", "Argument must be of type "+ao.Type.CSharpName()+". (Parameter 'other')")
		}
		for i := range ao.Fields {
			if d := c.CompareDefault(ao.Fields[i], bo.Fields[i]); d != 0 {
				return Int(int32(d))
			}
		}
		return Int(0)
	}
	for n := 1; n <= 8; n++ {
		r.Register("System.ValueTuple`"+itoa(n)+".CompareTo(object)", cmp)
	}
	// System.Nullable's statics: null is smaller than any value, and equal to null.
	r.Register("System.Nullable.Compare``1(T?,T?)", func(c *Context, this Value, args []Value) Value {
		return Int(int32(c.CompareDefault(args[0], args[1])))
	})
	r.Register("System.Nullable.Equals``1(T?,T?)", func(c *Context, this Value, args []Value) Value {
		return Bool(c.Equals(args[0], args[1]))
	})
	r.Register("System.Nullable.GetUnderlyingType(Type)", func(c *Context, this Value, args []Value) Value {
		t, _ := args[0].R.(*Type)
		if t == nil {
			c.Throw("System.ArgumentNullException", "Value cannot be null. (Parameter 'nullableType')")
		}
		if t.Def != nil && t.Def == c.in.tNullable {
			return TypeVal(t.TypeArgs[0])
		}
		return Null
	})
}
