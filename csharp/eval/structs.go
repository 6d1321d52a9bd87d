package eval

import "rpbench/csharp/syntax"

// Struct receivers. A struct value is an *Object that is copied when it is
// stored, so a method called on a struct variable (a local, a parameter, a
// writable field, an array element, this) mutates the variable in place.
// C# calls a method on a struct that is not a variable (the result of a
// property, an indexer of a collection, a method call) or that is a
// readonly variable (a readonly field outside its type's constructors) on a
// copy: structRecv makes that copy.

// structRecv wraps recv, the compiled receiver x of a method call, so that a
// struct it yields is copied when x is not a writable variable.
func (c *compiler) structRecv(x syntax.Expr, recv exprFn) exprFn {
	if !c.recvIsValue(x) {
		return recv
	}
	return c.copyStructOf(x, recv)
}

// copyStructOf wraps x, compiled from e, so that a struct value it yields
// is copied; x itself when e's static type is known not to be a struct.
func (c *compiler) copyStructOf(e syntax.Expr, x exprFn) exprFn {
	if t := c.staticType(e); t != nil && !isUserStruct(t) && t.Kind != TypeTypeParam {
		return x
	}
	return func(fr *Frame) Value {
		v := x(fr)
		if v.K == KStruct {
			return cloneStruct(v)
		}
		return v
	}
}

// recvIsValue reports whether x denotes a value or a readonly variable (a
// method called on it must not change the storage it was read from).
// Where the compiler cannot tell, it answers false.
func (c *compiler) recvIsValue(x syntax.Expr) bool {
	switch x := x.(type) {
	case *syntax.ParenExpr:
		return c.recvIsValue(x.X)
	case *syntax.CallExpr:
		return true
	case *syntax.Ident:
		if lv, _ := c.lookupVarNoCapture(x.Name); lv != nil {
			return c.isInParam(lv)
		}
		r := c.resolveName(x)
		switch {
		case r.field != nil:
			return c.readonlyHere(r.field)
		case r.prop != nil:
			return true
		}
	case *syntax.MemberAccess:
		if t := c.typePrefix(x.X); t != nil {
			if r, ok := c.memberOf(t, x.Name.Name); ok {
				return r.prop != nil || r.field != nil && c.readonlyHere(r.field)
			}
			return false
		}
		t := c.staticType(x.X)
		if t == nil {
			return false
		}
		r, ok := c.memberOf(t, x.Name.Name)
		if !ok {
			return false
		}
		switch {
		case r.prop != nil:
			return true
		case r.field != nil:
			if c.readonlyHere(r.field) {
				return true
			}
			// a field of a struct value is part of that value
			return t.Kind == TypeStruct && c.recvIsValue(x.X)
		}
	case *syntax.IndexExpr:
		t := c.staticType(x.X)
		return t != nil && t.Rank == 0 && t.Kind != TypeTypeParam
	}
	return false
}

// readonlyHere reports whether field f is readonly at this point of the
// program (readonly fields are writable in their type's constructors).
func (c *compiler) readonlyHere(f *Field) bool {
	if !f.ReadOnly {
		return false
	}
	if c.m == nil || f.Decl == nil {
		return true
	}
	ctor := ".ctor"
	if f.Static {
		ctor = ".cctor"
	}
	return !(c.m.Name == ctor && c.m.Decl.generic() == f.Decl.generic())
}

// Boxing. A boxed struct is a KObject value whose *Object (a copy of the
// struct, marked boxed) is shared like any reference: a method called
// through an interface or object reference mutates the box, and every
// reference to the box sees it. Converting a struct to object, ValueType or
// an interface boxes it (box); converting a boxed value back to its struct
// type (a cast, a pattern, a struct-typed variable or parameter) copies it
// out (unbox).

// isUserStruct reports whether t is a struct type whose values are KStruct
// objects (not a primitive, an enum or Nullable<T>).
func isUserStruct(t *Type) bool {
	return t.Kind == TypeStruct && t.Prim == KObject && !(t.Def != nil && t.Def.Name == "Nullable")
}

// box returns a boxed copy of the struct value v.
func box(v Value) Value {
	c := cloneStruct(v)
	o := c.R.(*Object)
	o.boxed = true
	return Value{K: KObject, R: o}
}

// unbox returns a struct copy of the boxed value v (v itself when it is not a boxed struct).
func unbox(v Value) Value {
	o, ok := v.R.(*Object)
	if !ok || !o.boxed {
		return v
	}
	c := cloneStruct(Value{K: KStruct, R: o})
	c.R.(*Object).boxed = false
	return c
}

// structArg reports whether argument e has a struct static type: passed to
// a parameter of interface or object type (List<IMeter>.Add(meter)), it
// must be converted to that type (boxed) where the argument is compiled.
func (c *compiler) structArg(e syntax.Expr) bool {
	st := c.staticType(e)
	return st != nil && isUserStruct(st)
}

// isInParam reports whether lv is an in parameter of the method being
// compiled (a readonly reference: methods called on it run on a copy).
func (c *compiler) isInParam(lv *localVar) bool {
	if c.m == nil || lv.fs == nil || lv.fs.parent != nil || !lv.byRef {
		return false
	}
	for i, p := range lv.fs.params {
		if p == lv {
			return i < len(c.m.Params) && c.m.Params[i].Mode == ByIn
		}
	}
	return false
}

// copyOut wraps x, the compiled value e that a method or lambda returns,
// so that a struct read from a variable (a field, a local, an array element,
// this) is returned as a copy: the caller must not share the storage.
// Fresh values (new, calls, operators) are returned as they are.
func (c *compiler) copyOut(e syntax.Expr, x exprFn) exprFn {
	for {
		p, ok := e.(*syntax.ParenExpr)
		if !ok {
			break
		}
		e = p.X
	}
	switch e.(type) {
	case *syntax.Ident, *syntax.MemberAccess, *syntax.IndexExpr, *syntax.ThisExpr:
	default:
		return x
	}
	return c.copyStructOf(e, x)
}
