package dotnet

import (
	"math"

	"rpbench/csharp/bcl"
	"rpbench/csharp/eval"
)

// sameKind returns f as a value of kind k (used by Max/Min/Abs/Clamp overloads).
func intOfKind(k eval.Kind, v int64) eval.Value {
	switch k {
	case eval.KInt:
		return eval.Int(int32(v))
	case eval.KShort:
		return eval.Short(int16(v))
	case eval.KSByte:
		return eval.SByte(int8(v))
	case eval.KByte:
		return eval.Byte(uint8(v))
	case eval.KUShort:
		return eval.UShort(uint16(v))
	case eval.KUInt:
		return eval.UInt(uint32(v))
	case eval.KULong:
		return eval.ULong(uint64(v))
	}
	return eval.Long(v)
}

func floatOfKind(k eval.Kind, f float64) eval.Value {
	if k == eval.KFloat {
		return eval.Float(float32(f))
	}
	return eval.Double(f)
}

func bitsOf(k eval.Kind) int {
	switch k {
	case eval.KSByte, eval.KByte:
		return 8
	case eval.KShort, eval.KUShort:
		return 16
	case eval.KInt, eval.KUInt:
		return 32
	}
	return 64
}

func isUnsigned(k eval.Kind) bool {
	return k == eval.KByte || k == eval.KUShort || k == eval.KUInt || k == eval.KULong
}

// cmpValues compares two numeric values of the same kind.
func cmpValues(a, b eval.Value) int {
	switch {
	case a.K == eval.KDecimal:
		return dec(a.R).Cmp(dec(b.R))
	case a.K == eval.KDouble || a.K == eval.KFloat:
		x, y := a.AsDouble(), b.AsDouble()
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	case isUnsigned(a.K):
		switch {
		case a.N < b.N:
			return -1
		case a.N > b.N:
			return 1
		}
		return 0
	}
	x, y := a.AsLong(), b.AsLong()
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

func mode(v eval.Value) bcl.MidpointRounding { return bcl.MidpointRounding(v.AsLong()) }

func registerMath(r *eval.Registry) {
	const m = "System.Math."
	unary := func(name string, f func(float64) float64) {
		r.Register(m+name+"(double)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
			return eval.Double(f(a[0].AsDouble()))
		})
	}
	r.Register(m+"Abs", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		v := a[0]
		switch v.K {
		case eval.KDouble, eval.KFloat:
			return floatOfKind(v.K, math.Abs(v.AsDouble()))
		case eval.KDecimal:
			return eval.DecimalVal(dec(v.R).Abs())
		}
		return intOfKind(v.K, must(bcl.MathAbsInt(v.AsLong(), bitsOf(v.K)))(c))
	})
	maxMin := func(name string, pickMax bool) {
		r.Register(m+name, func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
			x, y := a[0], a[1]
			if x.K == eval.KDouble || x.K == eval.KFloat {
				if pickMax {
					return floatOfKind(x.K, bcl.MathMax(x.AsDouble(), y.AsDouble()))
				}
				return floatOfKind(x.K, bcl.MathMin(x.AsDouble(), y.AsDouble()))
			}
			if (cmpValues(x, y) >= 0) == pickMax {
				return x
			}
			return y
		})
	}
	maxMin("Max", true)
	maxMin("Min", false)
	r.Register(m+"Clamp", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		v, lo, hi := a[0], a[1], a[2]
		if cmpValues(lo, hi) > 0 {
			throwErr(c, bcl.MathClampCheck(true, c.ToString(lo), c.ToString(hi)))
		}
		if cmpValues(v, lo) < 0 {
			return lo
		}
		if cmpValues(v, hi) > 0 {
			return hi
		}
		return v
	})
	r.Register(m+"Sign", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		v := a[0]
		switch v.K {
		case eval.KDouble, eval.KFloat:
			return eval.Int(int32(must(bcl.MathSign(v.AsDouble()))(c)))
		case eval.KDecimal:
			return eval.Int(int32(dec(v.R).Sign()))
		}
		x := v.AsLong()
		switch {
		case x < 0:
			return eval.Int(-1)
		case x > 0:
			return eval.Int(1)
		}
		return eval.Int(0)
	})
	r.Register(m+"Round", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		digits, md := 0, bcl.ToEven
		switch len(a) {
		case 2:
			if a[1].K == eval.KEnum {
				md = mode(a[1])
			} else {
				digits = int(a[1].AsLong())
			}
		case 3:
			digits, md = int(a[1].AsLong()), mode(a[2])
		}
		if a[0].K == eval.KDecimal {
			return eval.DecimalVal(must(dec(a[0].R).Round(digits, md))(c))
		}
		return eval.Double(must(bcl.MathRound(a[0].AsDouble(), digits, md))(c))
	})
	decOrDouble := func(name string, fd func(bcl.Decimal) bcl.Decimal, ff func(float64) float64) {
		r.Register(m+name, func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
			if a[0].K == eval.KDecimal {
				return eval.DecimalVal(fd(dec(a[0].R)))
			}
			return eval.Double(ff(a[0].AsDouble()))
		})
	}
	decOrDouble("Floor", bcl.Decimal.Floor, math.Floor)
	decOrDouble("Ceiling", bcl.Decimal.Ceiling, math.Ceil)
	decOrDouble("Truncate", bcl.Decimal.Truncate, math.Trunc)
	r.Register(m+"Pow(double,double)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Double(math.Pow(a[0].AsDouble(), a[1].AsDouble()))
	})
	for name, f := range map[string]func(float64) float64{
		"Sqrt": math.Sqrt, "Cbrt": math.Cbrt, "Exp": math.Exp, "Log10": math.Log10, "Log2": math.Log2,
		"Sin": math.Sin, "Cos": math.Cos, "Tan": math.Tan, "Asin": math.Asin, "Acos": math.Acos, "Atan": math.Atan,
		"Sinh": math.Sinh, "Cosh": math.Cosh, "Tanh": math.Tanh,
	} {
		unary(name, f)
	}
	r.Register(m+"Log(double)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Double(math.Log(a[0].AsDouble()))
	})
	r.Register(m+"Log(double,double)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Double(bcl.MathLog(a[0].AsDouble(), a[1].AsDouble()))
	})
	r.Register(m+"Atan2(double,double)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Double(math.Atan2(a[0].AsDouble(), a[1].AsDouble()))
	})
	r.Register(m+"IEEERemainder(double,double)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Double(bcl.MathIEEERemainder(a[0].AsDouble(), a[1].AsDouble()))
	})
	r.Register(m+"BigMul(int,int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Long(a[0].AsLong() * a[1].AsLong())
	})
	r.Register(m+"DivRem", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		q, rem, err := bcl.FloorDivRem(a[0].AsLong(), a[1].AsLong())
		throwErr(c, err)
		k := a[0].K
		c.SetRef(a[2], intOfKind(k, rem))
		return intOfKind(k, q)
	})
}
