package eval

import "rpbench/csharp/syntax"

// nonNegIntConst reports whether e is a non-negative int constant (a literal or a
// const local), which converts implicitly to uint and ulong (§10.2.11).
func (c *compiler) nonNegIntConst(e syntax.Expr) bool {
	switch x := e.(type) {
	case *syntax.ParenExpr:
		return c.nonNegIntConst(x.X)
	case *syntax.BasicLit:
		return x.Kind == syntax.IntLit && x.Suffix == "" && x.Int <= 0x7fffffff
	case *syntax.Ident:
		if lv, _ := c.lookupVarNoCapture(x.Name); lv != nil {
			return lv.isConst && lv.constVal.K == KInt && int32(lv.constVal.N) >= 0
		}
	}
	return false
}

// unsignedOperand returns the uint or ulong type an int constant operand of a binary
// arithmetic, bitwise or comparison operator takes when the other operand is of that
// type: u + 1 is uint + uint (0u - 1 wraps to 4294967295), not long + long as binary
// numeric promotion of uint and int would give.
func (c *compiler) unsignedOperand(x *syntax.BinaryExpr) (constX bool, t *Type) {
	switch x.Op {
	case syntax.PLUS, syntax.MINUS, syntax.STAR, syntax.SLASH, syntax.PERCENT, syntax.AMP, syntax.PIPE, syntax.CARET,
		syntax.EQ, syntax.NE, syntax.LT, syntax.GT, syntax.LE, syntax.GE:
	default:
		return false, nil
	}
	unsigned := func(t *Type) bool { return t != nil && t.Kind != TypeEnum && (t.Prim == KUInt || t.Prim == KULong) }
	if c.nonNegIntConst(x.Y) {
		if tx := c.staticType(x.X); unsigned(tx) {
			return false, tx
		}
	}
	if c.nonNegIntConst(x.X) {
		if ty := c.staticType(x.Y); unsigned(ty) {
			return true, ty
		}
	}
	return false, nil
}
