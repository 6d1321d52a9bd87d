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
