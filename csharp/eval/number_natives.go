package eval

import (
	"errors"
	"unicode"
	"unicode/utf16"

	"rpbench/csharp/bcl"
)

// This file implements the members declared in prelude/Numbers.cs: Parse and
// TryParse with NumberStyles/IFormatProvider for the primitive numbers
// (through bcl, invariant culture), decimal's statics, and char helpers.

// numberType describes one primitive number type for Parse/TryParse.
type numberType struct {
	name     string // "Int32"
	kind     Kind
	bits     int
	unsigned bool
	float    bool
	styles   bcl.NumberStyles // default styles of Parse(string)
}

var numberTypes = []numberType{
	{"SByte", KSByte, 8, false, false, bcl.StyleInteger},
	{"Byte", KByte, 8, true, false, bcl.StyleInteger},
	{"Int16", KShort, 16, false, false, bcl.StyleInteger},
	{"UInt16", KUShort, 16, true, false, bcl.StyleInteger},
	{"Int32", KInt, 32, false, false, bcl.StyleInteger},
	{"UInt32", KUInt, 32, true, false, bcl.StyleInteger},
	{"Int64", KLong, 64, false, false, bcl.StyleInteger},
	{"UInt64", KULong, 64, true, false, bcl.StyleInteger},
	{"Single", KFloat, 32, false, true, bcl.StyleFloat | bcl.StyleAllowThousands},
	{"Double", KDouble, 64, false, true, bcl.StyleFloat | bcl.StyleAllowThousands},
}

// parseNumber parses s as nt with styles, returning the value or bcl's error.
func parseNumber(nt numberType, s string, styles bcl.NumberStyles) (Value, error) {
	switch {
	case nt.float && nt.bits == 32:
		f, err := bcl.ParseFloat32(s, styles)
		return Float(f), err
	case nt.float:
		f, err := bcl.ParseFloat64(s, styles)
		return Double(f), err
	case nt.unsigned:
		u, err := bcl.ParseUint(s, nt.bits, styles)
		return Value{K: nt.kind, N: u}, err
	}
	n, err := bcl.ParseInt(s, nt.bits, styles)
	return Value{K: nt.kind, N: uint64(n)}, err
}

// stylesArg finds a NumberStyles argument (an enum value) among args.
func stylesArg(args []Value, def bcl.NumberStyles) bcl.NumberStyles {
	for _, a := range args {
		if a.K == KEnum {
			return bcl.NumberStyles(a.N)
		}
	}
	return def
}

// throwBcl throws the .NET exception a bcl error describes.
func throwBcl(c *Context, err error) {
	var e *bcl.Error
	if errors.As(err, &e) {
		c.Throw(e.Type, e.Message)
	}
	c.Throw("System.FormatException", err.Error())
}

// decOf returns the bcl.Decimal held by a decimal value.
func decOf(v Value) bcl.Decimal {
	if v.K == KRef {
		v = Deref(v)
	}
	switch d := v.R.(type) {
	case bcl.Decimal:
		return d
	}
	if v.K.IsIntegral() {
		return bcl.DecimalFromInt64(v.AsLong())
	}
	d, _ := bcl.DecimalFromFloat64(v.AsDouble())
	return d
}

func registerNumbers(r *Registry) {
	for _, nt := range numberTypes {
		nt := nt
		base := "System." + nt.name + "."
		r.Register(base+"Parse", func(c *Context, this Value, args []Value) Value {
			if args[0].K == KNull {
				c.ThrowValue(c.New(c.in.TypeByName("System.ArgumentNullException"), Str("s")))
			}
			v, err := parseNumber(nt, args[0].AsString(), stylesArg(args[1:], nt.styles))
			if err != nil {
				throwBcl(c, err)
			}
			return v
		})
		r.Register(base+"TryParse", func(c *Context, this Value, args []Value) Value {
			out := args[len(args)-1]
			if args[0].K != KNull {
				if v, err := parseNumber(nt, args[0].AsString(), stylesArg(args[1:len(args)-1], nt.styles)); err == nil {
					c.SetRef(out, v)
					return Bool(true)
				}
			}
			c.SetRef(out, Value{K: nt.kind})
			return Bool(false)
		})
	}

	const D = "System.Decimal."
	dreg := func(key string, f NativeFunc) { r.Register(D+key, f) }
	dval := func(c *Context, d bcl.Decimal, err error) Value {
		if err != nil {
			throwBcl(c, err)
		}
		return DecimalVal(d)
	}
	dreg(".ctor(int)", func(c *Context, this Value, args []Value) Value {
		return DecimalVal(bcl.DecimalFromInt64(args[0].AsLong()))
	})
	dreg(".ctor(long)", func(c *Context, this Value, args []Value) Value {
		return DecimalVal(bcl.DecimalFromInt64(args[0].AsLong()))
	})
	dreg(".ctor(uint)", func(c *Context, this Value, args []Value) Value { return DecimalVal(bcl.DecimalFromUint64(args[0].N)) })
	dreg(".ctor(ulong)", func(c *Context, this Value, args []Value) Value { return DecimalVal(bcl.DecimalFromUint64(args[0].N)) })
	dreg(".ctor(float)", func(c *Context, this Value, args []Value) Value {
		d, err := bcl.DecimalFromFloat32(float32(args[0].AsDouble()))
		return dval(c, d, err)
	})
	dreg(".ctor(double)", func(c *Context, this Value, args []Value) Value {
		d, err := bcl.DecimalFromFloat64(args[0].AsDouble())
		return dval(c, d, err)
	})
	dreg(".ctor(int[])", func(c *Context, this Value, args []Value) Value {
		if args[0].K == KNull {
			c.ThrowValue(c.New(c.in.TypeByName("System.ArgumentNullException"), Str("bits")))
		}
		b := arrItems(args[0])
		if len(b) != 4 {
			throwArg(c, "Decimal constructor requires an array or span of four valid decimal bytes.", "bits")
		}
		flags := int32(b[3].AsLong())
		scale := (flags >> 16) & 0xFF
		if flags&0x7F00FFFF != 0 || scale > 28 {
			throwArg(c, "Decimal constructor requires an array or span of four valid decimal bytes.", "bits")
		}
		d, err := bcl.NewDecimalFromParts(int32(b[0].AsLong()), int32(b[1].AsLong()), int32(b[2].AsLong()), flags < 0, uint8(scale))
		return dval(c, d, err)
	})
	dreg(".ctor(int,int,int,bool,int)", func(c *Context, this Value, args []Value) Value {
		scale := args[4].AsLong()
		if scale < 0 || scale > 28 {
			throwArgOutOfRange(c, "scale", "Decimal's scale value must be between 0 and 28, inclusive.")
		}
		d, err := bcl.NewDecimalFromParts(int32(args[0].AsLong()), int32(args[1].AsLong()), int32(args[2].AsLong()), args[3].AsBool(), uint8(scale))
		return dval(c, d, err)
	})
	dreg("Parse", func(c *Context, this Value, args []Value) Value {
		if args[0].K == KNull {
			c.ThrowValue(c.New(c.in.TypeByName("System.ArgumentNullException"), Str("s")))
		}
		d, err := bcl.ParseDecimalStyle(args[0].AsString(), stylesArg(args[1:], bcl.StyleNumber))
		return dval(c, d, err)
	})
	dreg("TryParse", func(c *Context, this Value, args []Value) Value {
		out := args[len(args)-1]
		if args[0].K != KNull {
			if d, err := bcl.ParseDecimalStyle(args[0].AsString(), stylesArg(args[1:len(args)-1], bcl.StyleNumber)); err == nil {
				c.SetRef(out, DecimalVal(d))
				return Bool(true)
			}
		}
		c.SetRef(out, DecimalVal(bcl.DecimalZero))
		return Bool(false)
	})
	dreg("Round", func(c *Context, this Value, args []Value) Value {
		digits, mode := 0, bcl.ToEven
		for _, a := range args[1:] {
			if a.K == KEnum {
				mode = bcl.MidpointRounding(a.N)
			} else {
				digits = int(a.AsLong())
			}
		}
		d, err := decOf(args[0]).Round(digits, mode)
		return dval(c, d, err)
	})
	unary := map[string]func(bcl.Decimal) bcl.Decimal{
		"Floor": bcl.Decimal.Floor, "Ceiling": bcl.Decimal.Ceiling, "Truncate": bcl.Decimal.Truncate,
		"Negate": bcl.Decimal.Neg, "Abs": bcl.Decimal.Abs,
	}
	for _, name := range []string{"Floor", "Ceiling", "Truncate", "Negate", "Abs"} {
		f := unary[name]
		dreg(name+"(decimal)", func(c *Context, this Value, args []Value) Value { return DecimalVal(f(decOf(args[0]))) })
	}
	binary := map[string]func(bcl.Decimal, bcl.Decimal) (bcl.Decimal, error){
		"Add": bcl.Decimal.Add, "Subtract": bcl.Decimal.Sub, "Multiply": bcl.Decimal.Mul,
		"Divide": bcl.Decimal.Div, "Remainder": bcl.Decimal.Rem,
	}
	for _, name := range []string{"Add", "Subtract", "Multiply", "Divide", "Remainder"} {
		f := binary[name]
		dreg(name+"(decimal,decimal)", func(c *Context, this Value, args []Value) Value {
			d, err := f(decOf(args[0]), decOf(args[1]))
			return dval(c, d, err)
		})
	}
	dreg("Compare(decimal,decimal)", func(c *Context, this Value, args []Value) Value {
		return Int(int32(decOf(args[0]).Cmp(decOf(args[1]))))
	})
	dreg("CompareTo(decimal)", func(c *Context, this Value, args []Value) Value {
		return Int(int32(decOf(this).Cmp(decOf(args[0]))))
	})
	dreg("Equals(decimal)", func(c *Context, this Value, args []Value) Value {
		return Bool(decOf(this).Cmp(decOf(args[0])) == 0)
	})
	dreg("ToDouble(decimal)", func(c *Context, this Value, args []Value) Value { return Double(decOf(args[0]).Float64()) })
	toInt := func(bits int) NativeFunc {
		return func(c *Context, this Value, args []Value) Value {
			n, err := bcl.ConvertDecimalToInt64(decOf(args[0]).Truncate(), bits)
			if err != nil {
				throwBcl(c, err)
			}
			if bits == 32 {
				return Int(int32(n))
			}
			return Long(n)
		}
	}
	dreg("ToInt32(decimal)", toInt(32))
	dreg("ToInt64(decimal)", toInt(64))
	dreg("GetBits(decimal)", func(c *Context, this Value, args []Value) Value {
		b := decOf(args[0]).Bits()
		items := make([]Value, 4)
		for i, x := range b {
			items[i] = Int(x)
		}
		return ArrVal(&Array{Elem: c.in.prim[KInt], Data: items})
	})
	dreg("ToString(string)", func(c *Context, this Value, args []Value) Value {
		f := ""
		if args[0].K != KNull {
			f = args[0].AsString()
		}
		s, err := bcl.FormatDecimal(decOf(this), f)
		if err != nil {
			throwBcl(c, err)
		}
		return Str(s)
	})
	dreg("get_Scale()", func(c *Context, this Value, args []Value) Value { return Int(int32(decOf(this).Scale())) })

	const C = "System.Char."
	creg := func(key string, f NativeFunc) { r.Register(C+key, f) }
	charFn := func(name string, f func(uint16) bool) {
		creg(name+"(char)", func(c *Context, this Value, args []Value) Value { return Bool(f(args[0].AsChar())) })
	}
	charFn("IsSymbol", bcl.CharIsSymbol)
	charFn("IsSeparator", bcl.CharIsSeparator)
	charFn("IsNumber", bcl.CharIsNumber)
	charFn("IsAscii", func(ch uint16) bool { return ch < 128 })
	charFn("IsAsciiDigit", func(ch uint16) bool { return ch >= '0' && ch <= '9' })
	charFn("IsAsciiLetter", func(ch uint16) bool { return ch|0x20 >= 'a' && ch|0x20 <= 'z' })
	charFn("IsAsciiLetterOrDigit", func(ch uint16) bool { return ch|0x20 >= 'a' && ch|0x20 <= 'z' || ch >= '0' && ch <= '9' })
	charFn("IsAsciiLetterUpper", func(ch uint16) bool { return ch >= 'A' && ch <= 'Z' })
	charFn("IsAsciiLetterLower", func(ch uint16) bool { return ch >= 'a' && ch <= 'z' })
	charFn("IsAsciiHexDigit", func(ch uint16) bool { return ch >= '0' && ch <= '9' || ch|0x20 >= 'a' && ch|0x20 <= 'f' })
	at := func(c *Context, s Value, i Value) uint16 {
		if s.K == KNull {
			c.ThrowValue(c.New(c.in.TypeByName("System.ArgumentNullException"), Str("s")))
		}
		ch, ok := bcl.UTF16At(s.AsString(), int(i.AsLong()))
		if !ok {
			throwArgOutOfRange(c, "index", "Index was out of range. Must be non-negative and less than the size of the collection.")
		}
		return ch
	}
	for name, f := range map[string]func(uint16) bool{
		"IsDigit": bcl.CharIsDigit, "IsLetter": bcl.CharIsLetter, "IsLetterOrDigit": bcl.CharIsLetterOrDigit,
		"IsWhiteSpace": bcl.CharIsWhiteSpace, "IsUpper": bcl.CharIsUpper, "IsLower": bcl.CharIsLower,
		"IsPunctuation": bcl.CharIsPunctuation, "IsSymbol": bcl.CharIsSymbol, "IsSurrogate": bcl.CharIsSurrogate,
		"IsHighSurrogate": bcl.CharIsHighSurrogate, "IsLowSurrogate": bcl.CharIsLowSurrogate,
	} {
		f := f
		creg(name+"(string,int)", func(c *Context, this Value, args []Value) Value { return Bool(f(at(c, args[0], args[1]))) })
	}
	creg("IsSurrogatePair(char,char)", func(c *Context, this Value, args []Value) Value {
		return Bool(bcl.CharIsHighSurrogate(args[0].AsChar()) && bcl.CharIsLowSurrogate(args[1].AsChar()))
	})
	creg("TryParse(string,outchar)", func(c *Context, this Value, args []Value) Value {
		if args[0].K == KString {
			if u := ToUTF16(args[0].AsString()); len(u) == 1 {
				c.SetRef(args[1], Char(u[0]))
				return Bool(true)
			}
		}
		c.SetRef(args[1], Char(0))
		return Bool(false)
	})
	toUtf32 := func(c *Context, hi, lo uint16) Value {
		if !bcl.CharIsHighSurrogate(hi) {
			throwArgOutOfRange(c, "highSurrogate", "A valid high surrogate character is between 0xd800 and 0xdbff, inclusive.")
		}
		if !bcl.CharIsLowSurrogate(lo) {
			throwArgOutOfRange(c, "lowSurrogate", "A valid low surrogate character is between 0xdc00 and 0xdfff, inclusive.")
		}
		return Int(int32(utf16.DecodeRune(rune(hi), rune(lo))))
	}
	creg("ConvertToUtf32(char,char)", func(c *Context, this Value, args []Value) Value {
		return toUtf32(c, args[0].AsChar(), args[1].AsChar())
	})
	creg("ConvertToUtf32(string,int)", func(c *Context, this Value, args []Value) Value {
		hi := at(c, args[0], args[1])
		if !bcl.CharIsSurrogate(hi) {
			return Int(int32(hi))
		}
		lo, ok := bcl.UTF16At(args[0].AsString(), int(args[1].AsLong())+1)
		if !bcl.CharIsHighSurrogate(hi) || !ok || !bcl.CharIsLowSurrogate(lo) {
			throwArg(c, "Found a high surrogate char without a following low surrogate at index: "+itoa(int(args[1].AsLong()))+". The input may not be in this encoding, or may not contain valid Unicode (UTF-16) characters.", "s")
		}
		return toUtf32(c, hi, lo)
	})
	creg("ConvertFromUtf32(int)", func(c *Context, this Value, args []Value) Value {
		cp := args[0].AsLong()
		if cp < 0 || cp > unicode.MaxRune || cp >= 0xD800 && cp <= 0xDFFF {
			throwArgOutOfRange(c, "utf32", "A valid UTF32 value is between 0x000000 and 0x10ffff, inclusive, and should not include surrogate codepoint values (0x00d800 ~ 0x00dfff).")
		}
		return Str(string(rune(cp)))
	})
}
