package eval

import "rpbench/csharp/syntax"

// Ref returns. A method declared "ref T F()" returns a managed reference
// (a KRef value pointing at the storage of "return ref x;"). A call of such
// a method is a variable: it can be assigned to (F() = 1), incremented,
// passed by ref and bound to a ref local (ref int r = ref F();). Used as a
// value, the call reads through the reference.

// mayReturnRef reports whether the call x may call a ref-returning method
// (one of that name is declared in the program).
func (c *compiler) mayReturnRef(x *syntax.CallExpr) bool {
	if len(c.in.refNames) == 0 {
		return false
	}
	switch f := x.Fun.(type) {
	case *syntax.Ident:
		return c.in.refNames[f.Name]
	case *syntax.MemberAccess:
		return c.in.refNames[f.Name.Name]
	}
	return false
}

// callValue compiles a call used as a value.
func (c *compiler) callValue(x *syntax.CallExpr) exprFn {
	call := c.call(x)
	if !c.mayReturnRef(x) {
		return call
	}
	return func(fr *Frame) Value {
		v := call(fr)
		if v.K == KRef {
			return *v.R.(*Value)
		}
		return v
	}
}

// refCallLval compiles a call of a ref-returning method used as a variable.
func (c *compiler) refCallLval(x *syntax.CallExpr) lvalue {
	call := c.call(x)
	t := c.staticType(x)
	conv := c.in.converter(t)
	pos := x.Pos()
	addr := func(fr *Frame) *Value {
		v := call(fr)
		if v.K != KRef {
			fr.pos = &pos
			fr.c.Throw("System.InvalidOperationException", "the method called does not return by reference")
		}
		return v.R.(*Value)
	}
	return lvalue{
		load: func(fr *Frame) Value { return *addr(fr) },
		addr: addr,
		t:    t,
		store: func(fr *Frame, v Value) {
			if conv != nil {
				v = conv(v)
			} else if v.K == KStruct {
				v = cloneStruct(v)
			}
			*addr(fr) = v
		},
		bind: func(fr *Frame) (func() Value, func(Value)) {
			p := addr(fr)
			return func() Value { return *p }, func(v Value) {
				if conv != nil {
					v = conv(v)
				}
				*p = v
			}
		},
	}
}

// Extension methods whose receiver is "this ref S" or "this in S" (C#
// 7.2) take the receiver variable by reference: acc.Add(3) changes acc.

// refThisRecv wraps recv, the compiled receiver x of a call of method name,
// so that it yields a reference (KRef) to x when an extension method of
// that name takes its receiver by reference and x is a struct variable.
func (c *compiler) refThisRecv(name string, x syntax.Expr, recv exprFn) exprFn {
	found := false
	for _, m := range c.in.ext[name] {
		if len(m.Params) > 0 && (m.Params[0].Mode == ByRef || m.Params[0].Mode == ByIn) {
			found = true
			break
		}
	}
	if !found || c.recvIsValue(x) {
		return recv
	}
	switch x.(type) {
	case *syntax.Ident, *syntax.MemberAccess, *syntax.IndexExpr:
	default:
		return recv
	}
	if t := c.staticType(x); t == nil || !isUserStruct(t) {
		return recv
	}
	if id, ok := x.(*syntax.Ident); ok {
		if r := c.resolveName(id); r.lv == nil && r.field == nil {
			return recv
		}
	}
	addr := c.addr(x)
	return func(fr *Frame) Value { return Value{K: KRef, R: addr(fr)} }
}

// pickRefThisExtension picks an extension method that takes the receiver
// raw (a KRef) by reference; nil when raw is not a reference or none fits.
func (in *Interp) pickRefThisExtension(c *Context, name string, raw Value, args []Value, names []string) *Method {
	if raw.K != KRef {
		return nil
	}
	return in.pickExtension(c, name, raw, args, names)
}

// refThisArg is the receiver argument of extension method m: the reference
// raw for a "this ref"/"this in" parameter, else the value recv.
func refThisArg(m *Method, recv, raw Value) Value {
	if raw.K == KRef && len(m.Params) > 0 && (m.Params[0].Mode == ByRef || m.Params[0].Mode == ByIn) {
		return raw
	}
	return recv
}
