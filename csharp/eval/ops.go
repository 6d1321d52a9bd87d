package eval

import (
	"math"
	"math/bits"
	"strings"

	"rpbench/csharp/syntax"
)

// promoteKinds applies C#'s binary numeric promotion (ECMA-334 §12.4.7.3).
func promoteKinds(a, b Kind) Kind {
	if a == KChar {
		a = KUShort
	}
	if b == KChar {
		b = KUShort
	}
	switch {
	case a == KDecimal || b == KDecimal:
		return KDecimal
	case a == KDouble || b == KDouble:
		return KDouble
	case a == KFloat || b == KFloat:
		return KFloat
	case a == KULong || b == KULong:
		return KULong
	case a == KLong || b == KLong:
		return KLong
	case a == KUInt || b == KUInt:
		if (a.isSigned() && a != KUInt) || (b.isSigned() && b != KUInt) {
			return KLong
		}
		return KUInt
	}
	return KInt
}

// numConvert converts a numeric/char/enum value to kind k (unchecked, or checked when chk).
func (c *Context) numConvert(v Value, k Kind, chk bool) Value {
	if v.K == k {
		return v
	}
	src := v.K
	if src == KEnum {
		src = KLong
	}
	if src == KDecimal {
		if decimalOps == nil {
			return v
		}
		if k == KDouble {
			return Double(decimalOps.ToFloat64(v.R))
		}
		if k == KFloat {
			return Float(float32(decimalOps.ToFloat64(v.R)))
		}
		n, ok := decimalOps.Truncate(v.R)
		if !ok && k == KULong {
			// above long.MaxValue: truncate d - 2^63 and add 2^63 back
			lo, _ := decimalOps.Arith('-', v.R, decimalOps.FromInt64(math.MaxInt64))
			lo, _ = decimalOps.Arith('-', lo, decimalOps.FromInt64(1))
			if m, ok := decimalOps.Truncate(lo); ok && m >= 0 {
				return ULong(uint64(m) + 1<<63)
			}
		}
		if !ok {
			c.Throw("System.OverflowException", "Value was either too large or too small for an Int64.")
		}
		return c.numConvert(Long(n), k, true)
	}
	if k == KDecimal {
		if decimalOps == nil {
			return Double(v.AsDouble())
		}
		if src == KFloat || src == KDouble {
			d, ok := decimalOps.FromFloat64(v.AsDouble())
			if !ok {
				c.Throw("System.OverflowException", "Value was either too large or too small for a Decimal.")
			}
			return DecimalVal(d)
		}
		if src == KULong && v.N > math.MaxInt64 {
			// exact: 2*(n/2) + n%2 (through float64 the low digits were lost)
			half := decimalOps.FromInt64(int64(v.N / 2))
			d, _ := decimalOps.Arith('+', half, half)
			d, _ = decimalOps.Arith('+', d, decimalOps.FromInt64(int64(v.N%2)))
			return DecimalVal(d)
		}
		return DecimalVal(decimalOps.FromInt64(int64(v.N)))
	}
	if k == KDouble {
		return Double(v.AsDouble())
	}
	if k == KFloat {
		return Float(float32(v.AsDouble()))
	}
	// target is integral or char
	if src == KFloat || src == KDouble {
		f := math.Float64frombits(v.N)
		if chk {
			lo, hi := kindRange(k)
			if math.IsNaN(f) || f <= lo-1 || f >= hi+1 {
				c.Throw("System.OverflowException", "Arithmetic operation resulted in an overflow.")
			}
		}
		switch k {
		case KInt, KShort, KSByte, KUShort, KByte, KChar:
			// .NET 8 on x64 converts through a 32-bit int (cvttsd2si): NaN and
			// values outside int's range give int.MinValue, then the narrowing.
			i32 := int32(math.MinInt32)
			if !math.IsNaN(f) && f > -2147483649.0 && f < 2147483648.0 {
				i32 = int32(f)
			}
			return truncKind(uint64(int64(i32)), k)
		}
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return truncKind(0x8000000000000000, k)
		}
		if k == KULong || k == KUInt || k == KUShort || k == KByte || k == KChar {
			if f >= 9.223372036854775807e18 {
				return truncKind(uint64(f), k)
			}
		}
		if f >= 9.223372036854775807e18 || f < -9.223372036854775808e18 {
			return truncKind(0x8000000000000000, k)
		}
		return truncKind(uint64(int64(f)), k)
	}
	if chk {
		signed := src.isSigned()
		n := int64(v.N)
		lo, hi := kindRange(k)
		if signed {
			if float64(n) < lo || float64(n) > hi {
				c.Throw("System.OverflowException", "Arithmetic operation resulted in an overflow.")
			}
		} else if float64(v.N) > hi {
			c.Throw("System.OverflowException", "Arithmetic operation resulted in an overflow.")
		}
	}
	return truncKind(v.N, k)
}

func kindRange(k Kind) (float64, float64) {
	switch k {
	case KSByte:
		return math.MinInt8, math.MaxInt8
	case KByte:
		return 0, math.MaxUint8
	case KShort:
		return math.MinInt16, math.MaxInt16
	case KUShort, KChar:
		return 0, math.MaxUint16
	case KInt:
		return math.MinInt32, math.MaxInt32
	case KUInt:
		return 0, math.MaxUint32
	case KLong:
		return math.MinInt64, math.MaxInt64
	case KULong:
		return 0, math.MaxUint64
	}
	return math.Inf(-1), math.Inf(1)
}

// truncKind keeps the low bits of n that fit kind k, sign- or zero-extended.
func truncKind(n uint64, k Kind) Value {
	switch k {
	case KSByte:
		return SByte(int8(n))
	case KByte:
		return Byte(uint8(n))
	case KShort:
		return Short(int16(n))
	case KUShort:
		return UShort(uint16(n))
	case KChar:
		return Char(uint16(n))
	case KInt:
		return Int(int32(n))
	case KUInt:
		return UInt(uint32(n))
	case KLong:
		return Long(int64(n))
	case KULong:
		return ULong(n)
	case KBool:
		return Bool(n != 0)
	}
	return Value{K: k, N: n}
}

// converter returns the implicit conversion to t applied on stores, or nil when none is needed.
func (in *Interp) converter(t *Type) func(Value) Value {
	if t == nil {
		return nil
	}
	if t.Def != nil && t.Def == in.tNullable {
		inner := in.converter(t.TypeArgs[0])
		if inner == nil {
			return nil
		}
		return func(v Value) Value {
			if v.K == KNull {
				return v
			}
			return inner(v)
		}
	}
	k := t.Prim
	if t.Kind == TypeEnum {
		return func(v Value) Value {
			if v.K != KEnum && v.K.IsIntegral() {
				return EnumVal(t, int64(v.N))
			}
			return v
		}
	}
	if k.IsNumeric() || k == KChar {
		ctx := &Context{in: in}
		return func(v Value) Value {
			if v.K == k || !(v.K.IsNumeric() || v.K == KChar) {
				if v.K == KStruct && k == KDecimal {
					return v
				}
				return v
			}
			return ctx.numConvert(v, k, false)
		}
	}
	if t.Def != nil && t.Kind == TypeStruct && in.isTupleDef(t.Def) {
		return in.tupleConverter(t)
	}
	if t == in.tObject || t.Kind == TypeInterface || t == in.tValueType {
		return func(v Value) Value {
			if v.K == KStruct {
				return box(v)
			}
			return v
		}
	}
	return nil
}

// convertTo applies the implicit conversion to t.
func (in *Interp) convertTo(v Value, t *Type) Value {
	if f := in.converter(t); f != nil {
		return f(v)
	}
	return v
}

// cloneStruct copies a struct value (copy semantics).
func cloneStruct(v Value) Value {
	o := v.R.(*Object)
	n := &Object{Type: o.Type, Native: o.Native, boxed: o.boxed}
	n.Fields = make([]Value, len(o.Fields))
	for i, f := range o.Fields {
		if f.K == KStruct {
			f = cloneStruct(f)
		}
		n.Fields[i] = f
	}
	if cl, ok := o.Native.(interface{ CloneNative() any }); ok {
		n.Native = cl.CloneNative()
	}
	return Value{K: KStruct, R: n}
}

// ---------------------------------------------------------------------------
// Binary operators

func (c *compiler) binary(x *syntax.BinaryExpr) exprFn {
	in := c.in
	switch x.Op {
	case syntax.ANDAND:
		a, b := c.expr(x.X), c.expr(x.Y)
		pos := x.OpPos
		return func(fr *Frame) Value {
			l := a(fr)
			if l.K == KObject || l.K == KStruct {
				// user-defined: T.false(x) ? x : T.&(x, y)
				if in.userTruth(fr, l, "op_False") {
					return l
				}
				return in.binop(fr, syntax.AMP, l, b(fr), false, &pos)
			}
			if l.N == 0 {
				return Bool(false)
			}
			return Bool(b(fr).N != 0)
		}
	case syntax.OROR:
		a, b := c.expr(x.X), c.expr(x.Y)
		pos := x.OpPos
		return func(fr *Frame) Value {
			l := a(fr)
			if l.K == KObject || l.K == KStruct {
				// user-defined: T.true(x) ? x : T.|(x, y)
				if in.userTruth(fr, l, "op_True") {
					return l
				}
				return in.binop(fr, syntax.PIPE, l, b(fr), false, &pos)
			}
			if l.N != 0 {
				return Bool(true)
			}
			return Bool(b(fr).N != 0)
		}
	case syntax.QQ:
		a, b := c.expr(x.X), c.expr(x.Y)
		return func(fr *Frame) Value {
			if v := a(fr); v.K != KNull {
				return v
			}
			return b(fr)
		}
	}
	a, b := c.expr(x.X), c.expr(x.Y)
	if constX, ut := c.unsignedOperand(x); ut != nil {
		if constX {
			a = c.exprTyped(x.X, ut)
		} else {
			b = c.exprTyped(x.Y, ut)
		}
	}
	op := x.Op
	chk := c.checked
	pos := x.OpPos
	if (op == syntax.EQ || op == syntax.NE) && c.referenceEquality(x) {
		// object == object: strings compare as objects (string_identity.go)
		eq := op == syntax.EQ
		return func(fr *Frame) Value {
			l, r := a(fr), b(fr)
			if l.K == KString && r.K == KString {
				return Bool(sameString(l, r) == eq)
			}
			if (l.K == KObject || l.K == KNull) && (r.K == KObject || r.K == KNull) {
				// object's ==: references, never a user-defined operator
				return Bool((l.K == r.K && l.R == r.R) == eq)
			}
			return in.binop(fr, op, l, r, chk, &pos)
		}
	}
	// Fast paths for int operands.
	switch op {
	case syntax.PLUS:
		if !chk {
			return func(fr *Frame) Value {
				l, r := a(fr), b(fr)
				if l.K == KInt && r.K == KInt {
					return Value{K: KInt, N: uint64(int64(int32(l.N) + int32(r.N)))}
				}
				if l.K == KLong && (r.K == KLong || r.K == KInt) {
					return Value{K: KLong, N: uint64(int64(l.N) + int64(r.N))}
				}
				return in.binop(fr, op, l, r, chk, &pos)
			}
		}
	case syntax.MINUS:
		if !chk {
			return func(fr *Frame) Value {
				l, r := a(fr), b(fr)
				if l.K == KInt && r.K == KInt {
					return Value{K: KInt, N: uint64(int64(int32(l.N) - int32(r.N)))}
				}
				return in.binop(fr, op, l, r, chk, &pos)
			}
		}
	case syntax.LT:
		return func(fr *Frame) Value {
			l, r := a(fr), b(fr)
			if l.K == KInt && r.K == KInt {
				return Bool(int32(l.N) < int32(r.N))
			}
			return in.binop(fr, op, l, r, chk, &pos)
		}
	case syntax.GT, syntax.LE, syntax.GE, syntax.NE:
		return func(fr *Frame) Value {
			l, r := a(fr), b(fr)
			if l.K == KInt && r.K == KInt {
				x, y := int32(l.N), int32(r.N)
				switch op {
				case syntax.GT:
					return Bool(x > y)
				case syntax.LE:
					return Bool(x <= y)
				case syntax.GE:
					return Bool(x >= y)
				default:
					return Bool(x != y)
				}
			}
			return in.binop(fr, op, l, r, chk, &pos)
		}
	case syntax.STAR:
		if !chk {
			return func(fr *Frame) Value {
				l, r := a(fr), b(fr)
				if l.K == KInt && r.K == KInt {
					return Value{K: KInt, N: uint64(int64(int32(l.N) * int32(r.N)))}
				}
				return in.binop(fr, op, l, r, chk, &pos)
			}
		}
	case syntax.PERCENT, syntax.SLASH:
		return func(fr *Frame) Value {
			l, r := a(fr), b(fr)
			if l.K == KInt && r.K == KInt {
				if y := int32(r.N); y > 0 {
					if op == syntax.PERCENT {
						return Value{K: KInt, N: uint64(int64(int32(l.N) % y))}
					}
					return Value{K: KInt, N: uint64(int64(int32(l.N) / y))}
				}
			}
			return in.binop(fr, op, l, r, chk, &pos)
		}
	case syntax.EQ:
		return func(fr *Frame) Value {
			l, r := a(fr), b(fr)
			if l.K == KInt && r.K == KInt {
				return Bool(l.N == r.N)
			}
			return in.binop(fr, op, l, r, chk, &pos)
		}
	}
	return func(fr *Frame) Value { return in.binop(fr, op, a(fr), b(fr), chk, &pos) }
}

// binop applies a binary operator to two values.
func (in *Interp) binop(fr *Frame, op syntax.Token, l, r Value, chk bool, pos *syntax.Pos) Value {
	c := fr.c
	// user-defined operators
	if l.K == KObject || l.K == KStruct || r.K == KObject || r.K == KStruct {
		if v, ok := in.userOperator(fr, op, l, r); ok {
			return v
		}
	}
	switch op {
	case syntax.EQ:
		return Bool(in.opEquals(c, l, r))
	case syntax.NE:
		return Bool(!in.opEquals(c, l, r))
	}
	if op == syntax.PLUS && (l.K == KString || r.K == KString) {
		return in.concat(c, l, r)
	}
	if op == syntax.PLUS && l.K == KDelegate || op == syntax.PLUS && (l.K == KNull && r.K == KDelegate) {
		return DelVal(combineDelegates(l.Del(), r.Del()))
	}
	if op == syntax.MINUS && (l.K == KDelegate || r.K == KDelegate) {
		return DelVal(removeDelegate(l.Del(), r.Del()))
	}
	// lifted operators on null
	if l.K == KNull || r.K == KNull {
		switch op {
		case syntax.LT, syntax.GT, syntax.LE, syntax.GE:
			return Bool(false)
		case syntax.AMP, syntax.PIPE:
			if l.K == KBool || r.K == KBool {
				// bool? three-valued logic
				if op == syntax.AMP && ((l.K == KBool && l.N == 0) || (r.K == KBool && r.N == 0)) {
					return Bool(false)
				}
				if op == syntax.PIPE && ((l.K == KBool && l.N != 0) || (r.K == KBool && r.N != 0)) {
					return Bool(true)
				}
			}
		}
		return Null
	}
	// enums
	if l.K == KEnum || r.K == KEnum {
		return in.enumOp(fr, op, l, r)
	}
	if l.K == KBool && r.K == KBool {
		switch op {
		case syntax.AMP:
			return Bool(l.N&r.N != 0)
		case syntax.PIPE:
			return Bool(l.N|r.N != 0)
		case syntax.CARET:
			return Bool(l.N != r.N)
		}
	}
	if op == syntax.SHL || op == syntax.SHR || op == syntax.USHR {
		return shiftOp(op, l, r)
	}
	k := promoteKinds(l.K, r.K)
	if !(l.K.IsNumeric() || l.K == KChar) || !(r.K.IsNumeric() || r.K == KChar) {
		c.Throw("System.InvalidOperationException", "operator "+op.String()+" cannot be applied to "+l.K.String()+" and "+r.K.String())
	}
	l = c.numConvert(l, k, false)
	r = c.numConvert(r, k, false)
	switch k {
	case KDouble, KFloat:
		x, y := math.Float64frombits(l.N), math.Float64frombits(r.N)
		var z float64
		switch op {
		case syntax.PLUS:
			z = x + y
		case syntax.MINUS:
			z = x - y
		case syntax.STAR:
			z = x * y
		case syntax.SLASH:
			z = x / y
		case syntax.PERCENT:
			z = math.Mod(x, y)
		case syntax.LT:
			return Bool(x < y)
		case syntax.GT:
			return Bool(x > y)
		case syntax.LE:
			return Bool(x <= y)
		case syntax.GE:
			return Bool(x >= y)
		default:
			c.Throw("System.InvalidOperationException", "bad operator for floating point")
		}
		if k == KFloat {
			return Float(float32(z))
		}
		return Double(z)
	case KDecimal:
		return in.decimalOp(c, op, l, r)
	}
	signed := k == KInt || k == KLong
	x, y := l.N, r.N
	switch op {
	case syntax.LT, syntax.GT, syntax.LE, syntax.GE:
		var cmp int
		if signed {
			a, b := int64(x), int64(y)
			cmp = compareInts(a, b)
		} else {
			cmp = compareUints(x, y)
		}
		switch op {
		case syntax.LT:
			return Bool(cmp < 0)
		case syntax.GT:
			return Bool(cmp > 0)
		case syntax.LE:
			return Bool(cmp <= 0)
		}
		return Bool(cmp >= 0)
	case syntax.AMP:
		return truncKind(x&y, k)
	case syntax.PIPE:
		return truncKind(x|y, k)
	case syntax.CARET:
		return truncKind(x^y, k)
	}
	var z uint64
	switch op {
	case syntax.PLUS:
		z = x + y
		if chk {
			in.checkOverflow(c, k, x, y, z, '+')
		}
	case syntax.MINUS:
		z = x - y
		if chk {
			in.checkOverflow(c, k, x, y, z, '-')
		}
	case syntax.STAR:
		if chk {
			in.checkMul(c, k, x, y)
		}
		z = x * y
	case syntax.SLASH, syntax.PERCENT:
		if y == 0 || (k == KInt && uint32(y) == 0) {
			c.Throw("System.DivideByZeroException", "")
		}
		if signed {
			a, b := int64(x), int64(y)
			if k == KInt {
				a, b = int64(int32(a)), int64(int32(b))
				if a == math.MinInt32 && b == -1 {
					// .NET throws in unchecked code too, for % as for / (ECMA-334 §12.10.4:
					// x % y throws when x / y would)
					c.Throw("System.OverflowException", "")
				}
			} else if a == math.MinInt64 && b == -1 {
				c.Throw("System.OverflowException", "")
			}
			if op == syntax.SLASH {
				z = uint64(a / b)
			} else {
				z = uint64(a % b)
			}
		} else {
			if k == KUInt {
				x, y = uint64(uint32(x)), uint64(uint32(y))
			}
			if op == syntax.SLASH {
				z = x / y
			} else {
				z = x % y
			}
		}
	}
	return truncKind(z, k)
}

func compareInts(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func compareUints(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func (in *Interp) checkOverflow(c *Context, k Kind, x, y, z uint64, op byte) {
	over := false
	switch k {
	case KInt:
		r := int64(int32(x))
		if op == '+' {
			r += int64(int32(y))
		} else {
			r -= int64(int32(y))
		}
		over = r != int64(int32(r))
	case KUInt:
		r := int64(uint32(x))
		if op == '+' {
			r += int64(uint32(y))
		} else {
			r -= int64(uint32(y))
		}
		over = r < 0 || r > math.MaxUint32
	case KLong:
		a, b, s := int64(x), int64(y), int64(z)
		if op == '+' {
			over = (a >= 0) == (b >= 0) && (s >= 0) != (a >= 0)
		} else {
			over = (a >= 0) != (b >= 0) && (s >= 0) != (a >= 0)
		}
	case KULong:
		if op == '+' {
			over = z < x
		} else {
			over = y > x
		}
	}
	if over {
		c.Throw("System.OverflowException", "Arithmetic operation resulted in an overflow.")
	}
}

func (in *Interp) checkMul(c *Context, k Kind, x, y uint64) {
	over := false
	switch k {
	case KInt:
		r := int64(int32(x)) * int64(int32(y))
		over = r != int64(int32(r))
	case KUInt:
		r := uint64(uint32(x)) * uint64(uint32(y))
		over = r > math.MaxUint32
	case KLong:
		a, b := int64(x), int64(y)
		if a != 0 && b != 0 {
			r := a * b
			over = r/b != a || (a == -1 && b == math.MinInt64) || (b == -1 && a == math.MinInt64)
		}
	case KULong:
		hi, _ := bits.Mul64(x, y)
		over = hi != 0
	}
	if over {
		c.Throw("System.OverflowException", "Arithmetic operation resulted in an overflow.")
	}
}

func shiftOp(op syntax.Token, l, r Value) Value {
	k := l.K
	if k == KChar || k == KSByte || k == KByte || k == KShort || k == KUShort {
		k = KInt
		l = truncKind(l.N, KInt)
	}
	n := uint(r.N)
	switch k {
	case KInt:
		n &= 31
		x := int32(l.N)
		switch op {
		case syntax.SHL:
			return Int(x << n)
		case syntax.SHR:
			return Int(x >> n)
		}
		return Int(int32(uint32(x) >> n))
	case KUInt:
		n &= 31
		x := uint32(l.N)
		if op == syntax.SHL {
			return UInt(x << n)
		}
		return UInt(x >> n)
	case KLong:
		n &= 63
		x := int64(l.N)
		switch op {
		case syntax.SHL:
			return Long(x << n)
		case syntax.SHR:
			return Long(x >> n)
		}
		return Long(int64(uint64(x) >> n))
	}
	n &= 63
	if op == syntax.SHL {
		return ULong(l.N << n)
	}
	return ULong(l.N >> n)
}

func (in *Interp) decimalOp(c *Context, op syntax.Token, l, r Value) Value {
	if decimalOps == nil {
		c.Throw("System.NotSupportedException", "decimal arithmetic is not available")
	}
	switch op {
	case syntax.LT, syntax.GT, syntax.LE, syntax.GE:
		cmp := decimalOps.Cmp(l.R, r.R)
		switch op {
		case syntax.LT:
			return Bool(cmp < 0)
		case syntax.GT:
			return Bool(cmp > 0)
		case syntax.LE:
			return Bool(cmp <= 0)
		}
		return Bool(cmp >= 0)
	}
	var b byte
	switch op {
	case syntax.PLUS:
		b = '+'
	case syntax.MINUS:
		b = '-'
	case syntax.STAR:
		b = '*'
	case syntax.SLASH:
		b = '/'
	case syntax.PERCENT:
		b = '%'
	}
	res, err := decimalOps.Arith(b, l.R, r.R)
	if err != "" {
		if strings.Contains(err, "zero") {
			c.Throw("System.DivideByZeroException", "")
		}
		c.Throw("System.OverflowException", "Value was either too large or too small for a Decimal.")
	}
	return DecimalVal(res)
}

func (in *Interp) enumOp(fr *Frame, op syntax.Token, l, r Value) Value {
	t, _ := l.R.(*Type)
	if t == nil {
		t, _ = r.R.(*Type)
	}
	x, y := int64(l.N), int64(r.N)
	switch op {
	case syntax.AMP:
		return EnumVal(t, x&y)
	case syntax.PIPE:
		return EnumVal(t, x|y)
	case syntax.CARET:
		return EnumVal(t, x^y)
	case syntax.PLUS:
		return EnumVal(t, x+y)
	case syntax.MINUS:
		if l.K == KEnum && r.K == KEnum {
			return truncKind(uint64(x-y), t.Prim)
		}
		return EnumVal(t, x-y)
	case syntax.LT:
		return Bool(x < y)
	case syntax.GT:
		return Bool(x > y)
	case syntax.LE:
		return Bool(x <= y)
	case syntax.GE:
		return Bool(x >= y)
	}
	fr.c.Throw("System.InvalidOperationException", "bad enum operator")
	return Null
}

// opEquals implements == for built-in types (reference equality for classes).
func (in *Interp) opEquals(c *Context, l, r Value) bool {
	if l.K == r.K {
		switch l.K {
		case KNull:
			return true
		case KString:
			return l.R.(string) == r.R.(string)
		case KDouble, KFloat:
			return math.Float64frombits(l.N) == math.Float64frombits(r.N)
		case KObject:
			if l.R == r.R {
				return true
			}
			if o, ok := l.R.(*Object); ok && o.Type.Record {
				return in.valueEquals(c, l, r) // records: == is value equality
			}
			return false
		case KStruct:
			if eq, ok := in.tupleOpEquals(c, l, r); ok {
				return eq // (1, "a") == (1, "a"): element-wise
			}
			return in.valueEquals(c, l, r)
		case KDelegate:
			return delegatesEqual(l.Del(), r.Del())
		case KDecimal:
			return decimalOps != nil && decimalOps.Cmp(l.R, r.R) == 0
		case KEnum, KBool, KChar, KInt, KLong, KUInt, KULong, KShort, KUShort, KByte, KSByte:
			return l.N == r.N
		case KType:
			return l.R == r.R
		case KArray:
			return l.R == r.R
		}
		return l.R == r.R && l.N == r.N
	}
	if l.K == KNull || r.K == KNull {
		return false
	}
	if (l.K.IsNumeric() || l.K == KChar || l.K == KEnum) && (r.K.IsNumeric() || r.K == KChar || r.K == KEnum) {
		k := promoteKinds(l.K, r.K)
		if l.K == KEnum || r.K == KEnum {
			return l.N == r.N
		}
		a, b := c.numConvert(l, k, false), c.numConvert(r, k, false)
		if k == KDouble || k == KFloat {
			return math.Float64frombits(a.N) == math.Float64frombits(b.N)
		}
		if k == KDecimal {
			return decimalOps != nil && decimalOps.Cmp(a.R, b.R) == 0
		}
		return a.N == b.N
	}
	return l.R == r.R && l.R != nil
}

// userOperator finds and calls a user-defined operator.
func (in *Interp) userOperator(fr *Frame, op syntax.Token, l, r Value) (Value, bool) {
	name := operatorName(op, 2)
	for _, v := range []Value{l, r} {
		t := in.typeOf(v)
		if t == nil || t.Prim != KObject {
			continue
		}
		ms := in.findMethods(t, name)
		if len(ms) == 0 {
			continue
		}
		args := []Value{l, r}
		m := in.pickOverload(fr.c, ms, args, nil)
		if m == nil {
			continue
		}
		for i := range args {
			if i < len(m.Params) {
				args[i] = in.convArg(fr.c, args[i], m.Params[i]) // b <= 3: Money's implicit operator from int
			}
		}
		return in.invoke(fr.c, m, in.ctypeFor(t, m.Decl), nil, Null, args), true
	}
	return Null, false
}

// concat implements string + anything.
func (in *Interp) concat(c *Context, l, r Value) Value {
	ls, la := in.strOf(c, l)
	rs, ra := in.strOf(c, r)
	return strKnown(ls+rs, la && ra)
}

// strOf converts a value to its string for concatenation, with its ASCII flag.
func (in *Interp) strOf(c *Context, v Value) (string, bool) {
	switch v.K {
	case KString:
		return v.R.(string), v.N&strASCII != 0
	case KNull:
		return "", true
	}
	s := in.ToString(c, v)
	return s, isASCII(s)
}

// ---------------------------------------------------------------------------
// Unary operators

func (c *compiler) unary(x *syntax.UnaryExpr) exprFn {
	switch x.Op {
	case syntax.INC, syntax.DEC:
		return c.incDec(x.X, x.Op == syntax.INC, false)
	case syntax.CARET:
		v := c.expr(x.X)
		in := c.in
		return func(fr *Frame) Value { return in.makeIndex(fr, v(fr), true) }
	}
	v := c.expr(x.X)
	in := c.in
	op := x.Op
	chk := c.checked
	return func(fr *Frame) Value { return in.unop(fr, op, v(fr), chk) }
}

func (in *Interp) unop(fr *Frame, op syntax.Token, v Value, chk bool) Value {
	c := fr.c
	if v.K == KObject || v.K == KStruct {
		name := operatorName(op, 1)
		if ms := in.findMethods(in.typeOf(v), name); len(ms) > 0 {
			return in.invoke(c, ms[0], ms[0].Decl, nil, Null, []Value{v})
		}
	}
	if v.K == KNull {
		return Null
	}
	switch op {
	case syntax.NOT:
		return Bool(v.N == 0)
	case syntax.PLUS:
		if v.K == KChar || v.K == KSByte || v.K == KByte || v.K == KShort || v.K == KUShort {
			return c.numConvert(v, KInt, false)
		}
		return v
	case syntax.MINUS:
		switch v.K {
		case KDouble:
			return Double(-math.Float64frombits(v.N))
		case KFloat:
			return Float(-float32(math.Float64frombits(v.N)))
		case KDecimal:
			if decimalOps != nil {
				return DecimalVal(decimalOps.Neg(v.R))
			}
		case KLong:
			if chk && int64(v.N) == math.MinInt64 {
				c.Throw("System.OverflowException", "Arithmetic operation resulted in an overflow.")
			}
			return Long(-int64(v.N))
		case KUInt:
			return Long(-int64(v.N))
		case KULong:
			return Long(-int64(v.N))
		}
		n := int32(c.numConvert(v, KInt, false).N)
		if chk && n == math.MinInt32 {
			c.Throw("System.OverflowException", "Arithmetic operation resulted in an overflow.")
		}
		return Int(-n)
	case syntax.TILDE:
		switch v.K {
		case KEnum:
			return EnumVal(v.R.(*Type), ^int64(v.N))
		case KLong:
			return Long(^int64(v.N))
		case KULong:
			return ULong(^v.N)
		case KUInt:
			return UInt(^uint32(v.N))
		}
		return Int(^int32(v.N))
	}
	c.Throw("System.InvalidOperationException", "unsupported unary operator "+op.String())
	return Null
}
