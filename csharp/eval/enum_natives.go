package eval

import (
	"sort"
	"strconv"
	"strings"

	"rpbench/csharp/bcl"
)

// This file implements System.Enum's members declared in prelude/Enum.cs:
// Parse/TryParse (names, numbers, comma lists, ignoreCase), GetValues,
// GetNames, GetName, IsDefined, GetUnderlyingType, CompareTo, ToString(format).

// enumTypeArg returns the enum type in a Type argument, throwing
// ArgumentNullException/ArgumentException as .NET does.
func enumTypeArg(c *Context, v Value) *Type {
	t, _ := v.R.(*Type)
	if v.K != KType || t == nil {
		c.ThrowValue(c.New(c.in.TypeByName("System.ArgumentNullException"), Str("enumType")))
	}
	if t.Kind != TypeEnum {
		throwArg(c, "Type provided must be an Enum.", "enumType")
	}
	return t
}

// enumGenericArg returns the enum type of a generic Enum method's TEnum:
// the type argument, or else the enum value an out argument holds.
func enumGenericArg(c *Context, out Value) *Type {
	if len(c.targs) > 0 && c.targs[0] != nil && c.targs[0].Kind == TypeEnum {
		return c.targs[0]
	}
	if out.K == KRef {
		if v := Deref(out); v.K == KEnum {
			return v.R.(*Type)
		}
	}
	throwArg(c, "Type provided must be an Enum.", "TEnum")
	return nil
}

// enumBits is the number of bits of an enum's underlying type.
func enumBits(t *Type) int {
	switch t.Prim {
	case KByte, KSByte:
		return 8
	case KShort, KUShort:
		return 16
	case KLong, KULong:
		return 64
	}
	return 32
}

// enumUnsigned is the value as .NET orders enum members: by the unsigned
// bits of the underlying type.
func enumUnsigned(t *Type, v int64) uint64 {
	if b := enumBits(t); b < 64 {
		return uint64(v) & (1<<b - 1)
	}
	return uint64(v)
}

// enumOrder returns the indexes of t's members sorted by unsigned value
// (declaration order among equal values), the order of GetValues/GetNames.
func enumOrder(t *Type) []int {
	idx := make([]int, len(t.EnumValues))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool {
		return enumUnsigned(t, t.EnumValues[idx[i]]) < enumUnsigned(t, t.EnumValues[idx[j]])
	})
	return idx
}

// parseEnum parses s as a member name, a comma-separated list of names or a
// number. It returns a message for ArgumentException when s does not parse.
func parseEnum(t *Type, s string, ignoreCase bool) (int64, string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, "Must specify valid information for parsing in the string."
	}
	if ch := s[0]; ch >= '0' && ch <= '9' || ch == '-' || ch == '+' {
		bitSize := enumBits(t)
		if t.Prim == KByte || t.Prim == KUShort || t.Prim == KUInt || t.Prim == KULong {
			if u, err := bcl.ParseUint(s, bitSize, bcl.StyleInteger); err == nil {
				return int64(u), ""
			}
		} else if n, err := bcl.ParseInt(s, bitSize, bcl.StyleInteger); err == nil {
			return n, ""
		}
		return 0, "Requested value '" + s + "' was not found."
	}
	var r int64
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		found := false
		for i, name := range t.EnumNames {
			if name == part || ignoreCase && bcl.EqualsOrdinalIgnoreCase(name, part) {
				r |= t.EnumValues[i]
				found = true
				break
			}
		}
		if !found {
			return 0, "Requested value '" + s + "' was not found."
		}
	}
	return r, ""
}

// enumNumber returns the integer held by an enum or integral value.
func enumNumber(v Value) (int64, bool) {
	switch {
	case v.K == KRef:
		return enumNumber(Deref(v))
	case v.K == KEnum, v.K.IsIntegral():
		return int64(v.N), true
	}
	return 0, false
}

func registerEnum(r *Registry) {
	const E = "System.Enum."
	reg := func(key string, f NativeFunc) { r.Register(E+key, f) }

	parse := func(c *Context, t *Type, s Value, ignoreCase bool) Value {
		if s.K == KNull {
			c.ThrowValue(c.New(c.in.TypeByName("System.ArgumentNullException"), Str("value")))
		}
		n, msg := parseEnum(t, s.AsString(), ignoreCase)
		if msg != "" {
			if strings.HasPrefix(msg, "Must") {
				throwArg(c, msg, "value")
			}
			throwArg(c, msg, "")
		}
		return EnumVal(t, n)
	}
	reg("Parse(Type,string)", func(c *Context, this Value, args []Value) Value {
		return parse(c, enumTypeArg(c, args[0]), args[1], false)
	})
	reg("Parse(Type,string,bool)", func(c *Context, this Value, args []Value) Value {
		return parse(c, enumTypeArg(c, args[0]), args[1], args[2].AsBool())
	})
	reg("Parse``1(string)", func(c *Context, this Value, args []Value) Value {
		return parse(c, enumGenericArg(c, Null), args[0], false)
	})
	reg("Parse``1(string,bool)", func(c *Context, this Value, args []Value) Value {
		return parse(c, enumGenericArg(c, Null), args[0], args[1].AsBool())
	})
	tryParse := func(c *Context, t *Type, s Value, ignoreCase bool, out Value, boxed bool) Value {
		if s.K != KNull {
			if n, msg := parseEnum(t, s.AsString(), ignoreCase); msg == "" {
				c.SetRef(out, EnumVal(t, n))
				return Bool(true)
			}
		}
		if boxed {
			c.SetRef(out, Null)
		} else {
			c.SetRef(out, EnumVal(t, 0))
		}
		return Bool(false)
	}
	reg("TryParse(Type,string,outobject)", func(c *Context, this Value, args []Value) Value {
		return tryParse(c, enumTypeArg(c, args[0]), args[1], false, args[2], true)
	})
	reg("TryParse(Type,string,bool,outobject)", func(c *Context, this Value, args []Value) Value {
		return tryParse(c, enumTypeArg(c, args[0]), args[1], args[2].AsBool(), args[3], true)
	})
	reg("TryParse``1(string,outTEnum)", func(c *Context, this Value, args []Value) Value {
		return tryParse(c, enumGenericArg(c, args[1]), args[0], false, args[1], false)
	})
	reg("TryParse``1(string,bool,outTEnum)", func(c *Context, this Value, args []Value) Value {
		return tryParse(c, enumGenericArg(c, args[2]), args[0], args[1].AsBool(), args[2], false)
	})
	values := func(c *Context, t *Type) Value {
		var out []Value
		for _, i := range enumOrder(t) {
			out = append(out, EnumVal(t, t.EnumValues[i]))
		}
		return ArrVal(&Array{Elem: t, Data: append([]Value{}, out...)})
	}
	names := func(c *Context, t *Type) Value {
		out := []Value{}
		for _, i := range enumOrder(t) {
			out = append(out, Str(t.EnumNames[i]))
		}
		return ArrVal(&Array{Elem: c.in.tString, Data: out})
	}
	reg("GetValues(Type)", func(c *Context, this Value, args []Value) Value { return values(c, enumTypeArg(c, args[0])) })
	reg("GetValues``1()", func(c *Context, this Value, args []Value) Value { return values(c, enumGenericArg(c, Null)) })
	reg("GetNames(Type)", func(c *Context, this Value, args []Value) Value { return names(c, enumTypeArg(c, args[0])) })
	reg("GetNames``1()", func(c *Context, this Value, args []Value) Value { return names(c, enumGenericArg(c, Null)) })
	getName := func(c *Context, t *Type, v Value) Value {
		n, ok := enumNumber(v)
		if !ok {
			if v.K == KNull {
				c.ThrowValue(c.New(c.in.TypeByName("System.ArgumentNullException"), Str("value")))
			}
			throwArg(c, "The value passed in must be an enum base or an underlying type for an enum, such as an Int32.", "value")
		}
		for _, i := range enumOrder(t) {
			if enumUnsigned(t, t.EnumValues[i]) == enumUnsigned(t, n) {
				return Str(t.EnumNames[i])
			}
		}
		return Null
	}
	reg("GetName(Type,object)", func(c *Context, this Value, args []Value) Value {
		return getName(c, enumTypeArg(c, args[0]), args[1])
	})
	reg("GetName``1(TEnum)", func(c *Context, this Value, args []Value) Value {
		t := c.TypeOf(args[0])
		if t == nil || t.Kind != TypeEnum {
			t = enumGenericArg(c, Null)
		}
		return getName(c, t, args[0])
	})
	isDefined := func(c *Context, t *Type, v Value) Value {
		if v.K == KString {
			for _, name := range t.EnumNames {
				if name == v.AsString() {
					return Bool(true)
				}
			}
			return Bool(false)
		}
		return Bool(getName(c, t, v).K != KNull)
	}
	reg("IsDefined(Type,object)", func(c *Context, this Value, args []Value) Value {
		return isDefined(c, enumTypeArg(c, args[0]), args[1])
	})
	reg("IsDefined``1(TEnum)", func(c *Context, this Value, args []Value) Value {
		t := c.TypeOf(args[0])
		if t == nil || t.Kind != TypeEnum {
			t = enumGenericArg(c, Null)
		}
		return isDefined(c, t, args[0])
	})
	reg("GetUnderlyingType(Type)", func(c *Context, this Value, args []Value) Value {
		t := enumTypeArg(c, args[0])
		return TypeVal(c.in.prim[t.Prim])
	})
	reg("ToObject(Type,int)", func(c *Context, this Value, args []Value) Value {
		return EnumVal(enumTypeArg(c, args[0]), args[1].AsLong())
	})
	reg("CompareTo(object)", func(c *Context, this Value, args []Value) Value {
		o := args[0]
		if o.K == KNull {
			return Int(1)
		}
		if o.K != KEnum || o.R != this.R {
			throwArg(c, "Object must be the same type as the enum. The type passed in was '"+c.TypeOf(o).FullName()+"'; the enum type was '"+c.TypeOf(this).FullName()+"'.", "")
		}
		t := this.R.(*Type)
		if t.Prim == KByte || t.Prim == KUShort || t.Prim == KUInt || t.Prim == KULong {
			return Int(int32(cmpUint(enumUnsigned(t, int64(this.N)), enumUnsigned(t, int64(o.N)))))
		}
		return Int(int32(cmpInt(int64(this.N), int64(o.N))))
	})
	reg("ToString(string)", func(c *Context, this Value, args []Value) Value {
		t := this.R.(*Type)
		n := int64(this.N)
		f := ""
		if args[0].K != KNull {
			f = args[0].AsString()
		}
		switch f {
		case "", "G", "g":
			return Str(enumString(t, n))
		case "D", "d":
			if t.Prim == KByte || t.Prim == KUShort || t.Prim == KUInt || t.Prim == KULong {
				return Str(strconv.FormatUint(enumUnsigned(t, n), 10))
			}
			return Str(strconv.FormatInt(n, 10))
		case "X", "x":
			s := strconv.FormatUint(enumUnsigned(t, n), 16)
			w := enumBits(t) / 4
			s = strings.Repeat("0", max(0, w-len(s))) + s
			return Str(strings.ToUpper(s)) // "x" is upper case too, as in .NET
		case "F", "f":
			return Str(enumFlagsString(t, n))
		}
		c.Throw("System.FormatException", "Format string can be only \"G\", \"g\", \"X\", \"x\", \"F\", \"f\", \"D\" or \"d\".")
		return Null
	})
}

// enumFlagsString formats n as a [Flags] enum's ToString() does, whether or
// not t has the attribute (the "F" format).
func enumFlagsString(t *Type, n int64) string {
	for i, v := range t.EnumValues {
		if v == n {
			return t.EnumNames[i]
		}
	}
	var parts []string
	rest := n
	for i := len(t.EnumValues) - 1; i >= 0 && rest != 0; i-- {
		v := t.EnumValues[i]
		if v != 0 && rest&v == v {
			parts = append([]string{t.EnumNames[i]}, parts...)
			rest &^= v
		}
	}
	if rest != 0 || len(parts) == 0 {
		return strconv.FormatInt(n, 10)
	}
	return strings.Join(parts, ", ")
}
