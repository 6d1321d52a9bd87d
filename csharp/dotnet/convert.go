package dotnet

import (
	"math"

	"rpbench/csharp/bcl"
	"rpbench/csharp/eval"
)

// toInteger is Convert.ToIntNN / ToUIntNN for any argument kind.
func toInteger(c *eval.Context, v eval.Value, k eval.Kind) eval.Value {
	bits, unsigned := bitsOf(k), isUnsigned(k)
	name := map[eval.Kind]string{eval.KInt: "Int32", eval.KLong: "Int64", eval.KShort: "Int16", eval.KSByte: "SByte",
		eval.KByte: "Byte", eval.KUShort: "UInt16", eval.KUInt: "UInt32", eval.KULong: "UInt64"}[k]
	overflow := func() { throwEx(c, "System.OverflowException", overflowText(name)) }
	switch v.K {
	case eval.KNull:
		return intOfKind(k, 0)
	case eval.KString:
		if unsigned {
			return intOfKind(k, int64(must(bcl.ParseUint(v.AsString(), bits, bcl.StyleInteger))(c)))
		}
		return intOfKind(k, must(bcl.ParseInt(v.AsString(), bits, bcl.StyleInteger))(c))
	case eval.KDouble, eval.KFloat:
		if unsigned {
			u, err := bcl.ConvertFloat64ToUint64(v.AsDouble(), bits)
			if err != nil {
				overflow()
			}
			return intOfKind(k, int64(u))
		}
		n, err := bcl.ConvertFloat64ToInt64(v.AsDouble(), bits)
		if err != nil {
			overflow()
		}
		return intOfKind(k, n)
	case eval.KDecimal:
		d, _ := dec(v.R).Round(0, bcl.ToEven)
		m := d.BigInt()
		if unsigned {
			if m.Sign() < 0 || m.BitLen() > bits {
				overflow()
			}
			return intOfKind(k, int64(m.Uint64()))
		}
		if !m.IsInt64() || (bits < 64 && (m.Int64() < -(1<<(bits-1)) || m.Int64() >= 1<<(bits-1))) {
			overflow()
		}
		return intOfKind(k, m.Int64())
	case eval.KBool:
		return intOfKind(k, int64(v.N))
	case eval.KChar, eval.KEnum:
		return checkRange(c, v.AsLong(), false, k, overflow)
	}
	if v.K.IsIntegral() {
		if isUnsigned(v.K) {
			if v.N > math.MaxInt64 {
				if k != eval.KULong {
					overflow()
				}
				return eval.ULong(v.N)
			}
			return checkRange(c, int64(v.N), false, k, overflow)
		}
		return checkRange(c, v.AsLong(), true, k, overflow)
	}
	throwEx(c, "System.InvalidCastException", "Unable to cast object of type '"+c.TypeOf(v).FullName()+"' to type 'System.IConvertible'.")
	return eval.Null
}

func checkRange(c *eval.Context, n int64, _ bool, k eval.Kind, overflow func()) eval.Value {
	bits := bitsOf(k)
	if isUnsigned(k) {
		if n < 0 || (bits < 64 && n >= 1<<bits) {
			overflow()
		}
	} else if bits < 64 && (n < -(1<<(bits-1)) || n >= 1<<(bits-1)) {
		overflow()
	}
	return intOfKind(k, n)
}

func overflowText(name string) string {
	switch name {
	case "Byte":
		return "Value was either too large or too small for an unsigned byte."
	case "SByte":
		return "Value was either too large or too small for a signed byte."
	case "Int16", "Int32", "Int64":
		return "Value was either too large or too small for an " + name + "."
	}
	return "Value was either too large or too small for a " + name + "."
}

func toDouble(c *eval.Context, v eval.Value) float64 {
	switch v.K {
	case eval.KNull:
		return 0
	case eval.KString:
		return must(bcl.ParseFloat64(v.AsString(), bcl.StyleFloat|bcl.StyleAllowThousands))(c)
	case eval.KBool:
		return float64(v.N)
	case eval.KDecimal:
		return dec(v.R).Float64()
	}
	if v.K.IsNumeric() || v.K == eval.KChar {
		if isUnsigned(v.K) {
			return float64(v.N)
		}
		return v.AsDouble()
	}
	throwEx(c, "System.InvalidCastException", "Unable to cast object of type '"+c.TypeOf(v).FullName()+"' to type 'System.IConvertible'.")
	return 0
}

func toDecimal(c *eval.Context, v eval.Value) bcl.Decimal {
	switch v.K {
	case eval.KNull:
		return bcl.Decimal{}
	case eval.KString:
		return must(bcl.ParseDecimal(v.AsString()))(c)
	case eval.KDecimal:
		return dec(v.R)
	case eval.KDouble, eval.KFloat:
		return must(bcl.DecimalFromFloat64(v.AsDouble()))(c)
	case eval.KBool:
		return bcl.DecimalFromInt64(int64(v.N))
	}
	if isUnsigned(v.K) {
		return bcl.DecimalFromUint64(v.N)
	}
	return bcl.DecimalFromInt64(v.AsLong())
}

func registerConvert(r *eval.Registry) {
	const cv = "System.Convert."
	for name, k := range map[string]eval.Kind{"ToInt32": eval.KInt, "ToInt64": eval.KLong, "ToInt16": eval.KShort,
		"ToByte": eval.KByte, "ToUInt32": eval.KUInt, "ToUInt64": eval.KULong} {
		k := k
		r.Register(cv+name, func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
			if len(a) == 2 {
				bits := bitsOf(k)
				return intOfKind(k, must(bcl.ParseIntBase(a[0].AsString(), bits, int(a[1].AsLong())))(c))
			}
			return toInteger(c, a[0], k)
		})
	}
	r.Register(cv+"ToChar", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		v := a[0]
		if v.K == eval.KString {
			s := v.AsString()
			if eval.UTF16Len(s) != 1 {
				throwEx(c, "System.FormatException", "String must be exactly one character long.")
			}
			return eval.Char(eval.ToUTF16(s)[0])
		}
		return eval.Char(uint16(toInteger(c, v, eval.KUShort).N))
	})
	r.Register(cv+"ToDouble", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Double(toDouble(c, a[0]))
	})
	r.Register(cv+"ToSingle", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Float(float32(toDouble(c, a[0])))
	})
	r.Register(cv+"ToDecimal", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.DecimalVal(toDecimal(c, a[0]))
	})
	r.Register(cv+"ToBoolean", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		v := a[0]
		switch v.K {
		case eval.KNull:
			return eval.Bool(false)
		case eval.KString:
			return eval.Bool(must(bcl.ParseBool(v.AsString()))(c))
		case eval.KBool:
			return v
		case eval.KDecimal:
			return eval.Bool(!dec(v.R).IsZero())
		}
		return eval.Bool(toDouble(c, v) != 0)
	})
	r.Register(cv+"ToString", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		if len(a) == 2 {
			return eval.Str(must(bcl.FormatIntBase(a[0].AsLong(), bitsOf(a[0].K), int(a[1].AsLong())))(c))
		}
		return eval.Str(c.ToString(a[0]))
	})
	r.Register(cv+"ChangeType(object,Type)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		t, _ := a[1].R.(*eval.Type)
		if t == nil {
			nullCheck(c, eval.Null, "conversionType")
		}
		v := a[0]
		name := t.Namespace + "." + t.Name
		switch name {
		case "System.Int32":
			return toInteger(c, v, eval.KInt)
		case "System.Int64":
			return toInteger(c, v, eval.KLong)
		case "System.Int16":
			return toInteger(c, v, eval.KShort)
		case "System.Byte":
			return toInteger(c, v, eval.KByte)
		case "System.UInt32":
			return toInteger(c, v, eval.KUInt)
		case "System.UInt64":
			return toInteger(c, v, eval.KULong)
		case "System.Double":
			return eval.Double(toDouble(c, v))
		case "System.Single":
			return eval.Float(float32(toDouble(c, v)))
		case "System.Decimal":
			return eval.DecimalVal(toDecimal(c, v))
		case "System.String":
			if v.K == eval.KNull {
				return eval.Null
			}
			return eval.Str(c.ToString(v))
		case "System.Boolean":
			if v.K == eval.KString {
				return eval.Bool(must(bcl.ParseBool(v.AsString()))(c))
			}
			return eval.Bool(toDouble(c, v) != 0)
		case "System.Object":
			return v
		}
		if v.K != eval.KNull && c.TypeOf(v) == t {
			return v
		}
		from := "null"
		if v.K != eval.KNull {
			from = c.TypeOf(v).FullName()
		}
		throwEx(c, "System.InvalidCastException", "Invalid cast from '"+from+"' to '"+t.FullName()+"'.")
		return eval.Null
	})
	r.Register(cv+"ToBase64String(byte[])", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "inArray")
		return eval.Str(bcl.ToBase64String(bytesOf(a[0])))
	})
	r.Register(cv+"FromBase64String(string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "s")
		return byteArray(c, must(bcl.FromBase64String(a[0].AsString()))(c))
	})
	r.Register(cv+"ToHexString(byte[])", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "inArray")
		return eval.Str(bcl.ToHexString(bytesOf(a[0])))
	})
	r.Register(cv+"FromHexString(string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "s")
		return byteArray(c, must(bcl.FromHexString(a[0].AsString()))(c))
	})

	const bc = "System.BitConverter."
	r.Register(bc+"GetBytes", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		v := a[0]
		switch v.K {
		case eval.KDouble:
			return byteArray(c, bcl.BitConverterGetBytesFloat64(v.AsDouble()))
		case eval.KFloat:
			return byteArray(c, bcl.BitConverterGetBytesInt(uint64(math.Float32bits(float32(v.AsDouble()))), 32))
		case eval.KBool:
			return byteArray(c, []byte{byte(v.N)})
		case eval.KChar:
			return byteArray(c, bcl.BitConverterGetBytesInt(v.N, 16))
		}
		return byteArray(c, bcl.BitConverterGetBytesInt(v.N, bitsOf(v.K)))
	})
	for name, k := range map[string]eval.Kind{"ToInt32": eval.KInt, "ToInt64": eval.KLong, "ToInt16": eval.KShort,
		"ToUInt32": eval.KUInt, "ToUInt16": eval.KUShort} {
		k := k
		r.Register(bc+name, func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
			nullCheck(c, a[0], "value")
			u := must(bcl.BitConverterToUint(bytesOf(a[0]), int(a[1].AsLong()), bitsOf(k)))(c)
			shift := uint(64 - bitsOf(k))
			if isUnsigned(k) {
				return intOfKind(k, int64(u))
			}
			return intOfKind(k, int64(u<<shift)>>shift)
		})
	}
	r.Register(bc+"ToDouble(byte[],int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "value")
		return eval.Double(math.Float64frombits(must(bcl.BitConverterToUint(bytesOf(a[0]), int(a[1].AsLong()), 64))(c)))
	})
	r.Register(bc+"ToString(byte[])", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "value")
		return eval.Str(bcl.BitConverterToString(bytesOf(a[0])))
	})
}
