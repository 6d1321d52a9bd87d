package eval

import (
	"math"
	"strconv"
	"strings"

	"rpbench/csharp/bcl"
	"rpbench/csharp/syntax"
)

// ToString converts a value to a string as C#'s ToString() does (invariant culture).
func (in *Interp) ToString(c *Context, v Value) string {
	switch v.K {
	case KNull:
		return ""
	case KString:
		return v.R.(string)
	case KBool:
		if v.N != 0 {
			return "True"
		}
		return "False"
	case KChar:
		return charToString(uint16(v.N))
	case KInt, KLong, KShort, KSByte:
		return strconv.FormatInt(int64(v.N), 10)
	case KUInt, KULong, KUShort, KByte:
		return strconv.FormatUint(v.N, 10)
	case KDouble:
		return FormatDouble(math.Float64frombits(v.N), 64)
	case KFloat:
		return FormatDouble(math.Float64frombits(v.N), 32)
	case KDecimal:
		if decimalOps != nil {
			return decimalOps.String(v.R)
		}
	case KEnum:
		return enumString(v.R.(*Type), int64(v.N))
	case KType:
		return v.R.(*Type).FullName()
	case KArray:
		return in.typeOf(v).FullName()
	case KDelegate:
		d := v.Del()
		if d.Type != nil {
			return d.Type.FullName()
		}
		return "System.Delegate"
	case KRef:
		return in.ToString(c, *v.R.(*Value))
	case KNative:
		return "native"
	}
	o := v.R.(*Object)
	t := o.Type
	if t.anon {
		if len(t.Fields) == 0 {
			return "{ }" // new { }
		}
		var b strings.Builder
		b.WriteString("{ ")
		for i, f := range t.Fields {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(f.Name)
			b.WriteString(" = ")
			b.WriteString(in.ToString(c, o.Fields[i]))
		}
		b.WriteString(" }")
		return b.String()
	}
	ms := in.findMethods(t, "ToString")
	for _, m := range ms {
		if len(m.Params) == 0 {
			if m.Decl == in.tObject || m.Decl == in.tValueType {
				break
			}
			r := in.invoke(c, m, in.ctypeFor(t, m.Decl), nil, v, nil)
			return r.AsString()
		}
	}
	if t.Def != nil && in.isTupleDef(t.Def) {
		var b strings.Builder
		b.WriteByte('(')
		for i, f := range o.Fields {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(in.ToString(c, f))
		}
		b.WriteByte(')')
		return b.String()
	}
	if t.Record {
		return in.recordString(c, o)
	}
	return t.FullName()
}

// ToString converts a value to its C# string (calling overridden ToString methods).
func (c *Context) ToString(v Value) string { return c.in.ToString(c, v) }

func (in *Interp) recordString(c *Context, o *Object) string {
	var b strings.Builder
	b.WriteString(o.Type.Name)
	b.WriteString(" { ")
	first := true
	d := o.Type.generic()
	for _, name := range in.recordProps(d) {
		if !first {
			b.WriteString(", ")
		}
		first = false
		b.WriteString(name)
		b.WriteString(" = ")
		v := in.getMember(&Frame{c: c}, ObjVal(o), &getSite{name: name})
		if v.K == KString {
			b.WriteString(v.AsString())
		} else {
			b.WriteString(in.ToString(c, v))
		}
	}
	if first {
		b.WriteString("}")
		return b.String()
	}
	b.WriteString(" }")
	return b.String()
}

// recordProps lists a record's public instance properties in declaration order.
func (in *Interp) recordProps(d *Type) []string {
	var names []string
	for _, f := range d.Fields {
		if strings.HasPrefix(f.Name, "<") {
			names = append(names, strings.TrimSuffix(strings.TrimPrefix(f.Name, "<"), ">k__BackingField"))
		}
	}
	return names
}

// FormatDouble formats a float as .NET Core 3.0+ does (shortest round-trip
// digits): bitSize 32 formats the value as a float, 64 as a double. As in
// .NET's general format, the exponent form is used when the decimal exponent
// reaches max(digits, 15) (7 for floats) or the value is below 1E-04:
// 1E+14 prints 100000000000000, 1E+15 prints 1E+15.
func FormatDouble(f float64, bitSize int) string {
	switch {
	case math.IsNaN(f), math.IsInf(f, 0):
		if bitSize == 32 {
			return bcl.Float32String(float32(f))
		}
		return bcl.Float64String(f)
	}
	return bcl.ShortestFloat(f, bitSize, false)
}

func enumString(t *Type, n int64) string {
	for i, v := range t.EnumValues {
		if v == n {
			return t.EnumNames[i]
		}
	}
	if t.Flags && n != 0 {
		var parts []string
		rest := n
		for i := len(t.EnumValues) - 1; i >= 0; i-- {
			v := t.EnumValues[i]
			if v != 0 && rest&v == v {
				parts = append([]string{t.EnumNames[i]}, parts...)
				rest &^= v
			}
		}
		if rest == 0 && len(parts) > 0 {
			return strings.Join(parts, ", ")
		}
	}
	return strconv.FormatInt(n, 10)
}

// builtinFormat handles common numeric format strings until a hook is installed.
func builtinFormat(v Value, format string) (string, bool) {
	if !(v.K.IsNumeric() || v.K == KChar) || v.K == KDecimal {
		return "", false
	}
	f := format[0] | 0x20
	prec := -1
	if len(format) > 1 {
		p, err := strconv.Atoi(format[1:])
		if err != nil {
			return "", false
		}
		prec = p
	}
	x := v.AsDouble()
	switch f {
	case 'f', 'n':
		if prec < 0 {
			prec = 2
		}
		s := strconv.FormatFloat(x, 'f', prec, 64)
		if f == 'n' {
			s = groupThousands(s)
		}
		return s, true
	case 'd':
		if !v.K.IsIntegral() {
			return "", false
		}
		s := strconv.FormatInt(v.AsLong(), 10)
		neg := strings.HasPrefix(s, "-")
		s = strings.TrimPrefix(s, "-")
		for len(s) < prec {
			s = "0" + s
		}
		if neg {
			s = "-" + s
		}
		return s, true
	case 'x':
		if !v.K.IsIntegral() {
			return "", false
		}
		n := v.N
		switch v.K {
		case KInt:
			n = uint64(uint32(n))
		case KShort:
			n = uint64(uint16(n))
		case KSByte:
			n = uint64(uint8(n))
		}
		s := strconv.FormatUint(n, 16)
		for len(s) < prec {
			s = "0" + s
		}
		if format[0] == 'X' {
			s = strings.ToUpper(s)
		}
		return s, true
	}
	return "", false
}

func groupThousands(s string) string {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	out := b.String()
	if hasFrac {
		out += "." + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}

// valueEquals implements Equals(object) semantics: overridden Equals, value
// equality for structs and primitives, reference equality otherwise.
func (in *Interp) valueEquals(c *Context, a, b Value) bool {
	if a.K == KNull || b.K == KNull {
		return a.K == b.K
	}
	if a.K == KObject || a.K == KStruct {
		o := a.R.(*Object)
		t := o.Type
		for _, m := range in.findMethods(t, "Equals") {
			if len(m.Params) == 1 && !m.Static && m.Decl != in.tObject && m.Decl != in.tValueType {
				pt := m.Params[0].Type.get(in)
				if pt == nil || pt == in.tObject || in.isInstance(b, pt) {
					return in.invoke(c, m, in.ctypeFor(t, m.Decl), nil, a, []Value{b}).N != 0
				}
			}
		}
		if a.K == KStruct || t.Kind == TypeStruct || t.Record || t.anon {
			bo, ok := b.R.(*Object)
			if !ok || bo.Type != t && !sameConstructed(bo.Type, t) || len(bo.Fields) != len(o.Fields) {
				return false
			}
			if o.Native != nil || bo.Native != nil {
				if eq, ok := o.Native.(interface{ EqualsNative(any) bool }); ok {
					return eq.EqualsNative(bo.Native)
				}
				return o.Native == bo.Native
			}
			for i := range o.Fields {
				if !in.valueEquals(c, o.Fields[i], bo.Fields[i]) {
					return false
				}
			}
			return true
		}
		return a.R == b.R
	}
	if a.K != b.K {
		return false
	}
	if a.K == KDouble || a.K == KFloat {
		x, y := math.Float64frombits(a.N), math.Float64frombits(b.N)
		return x == y || (math.IsNaN(x) && math.IsNaN(y))
	}
	if a.K == KEnum && a.R != b.R {
		return false
	}
	return in.opEquals(c, a, b)
}

// Equals implements C#'s object.Equals(a, b).
func (c *Context) Equals(a, b Value) bool { return c.in.valueEquals(c, a, b) }

// HashCode implements GetHashCode() (overridden methods, value hashing for primitives and strings).
func (c *Context) HashCode(v Value) int32 { return c.in.hashCode(c, v) }

func (in *Interp) hashCode(c *Context, v Value) int32 {
	switch v.K {
	case KNull:
		return 0
	case KString:
		var h uint32 = 2166136261
		s := v.R.(string)
		for i := 0; i < len(s); i++ {
			h ^= uint32(s[i])
			h *= 16777619
		}
		return int32(h)
	case KObject, KStruct:
		o := v.R.(*Object)
		for _, m := range in.findMethods(o.Type, "GetHashCode") {
			if len(m.Params) == 0 && m.Decl != in.tObject && m.Decl != in.tValueType {
				return int32(in.invoke(c, m, in.ctypeFor(o.Type, m.Decl), nil, v, nil).N)
			}
		}
		if v.K == KStruct || o.Type.Kind == TypeStruct || o.Type.Record || o.Type.anon {
			var h int32 = 17
			for _, f := range o.Fields {
				h = h*31 + in.hashCode(c, f)
			}
			return h
		}
		return int32(objectID(o))
	case KDouble, KFloat:
		f := math.Float64frombits(v.N)
		if f == 0 {
			return 0
		}
		return int32(v.N ^ v.N>>32)
	case KDecimal:
		if decimalOps != nil {
			return in.hashCode(c, Str(decimalOps.String(v.R)))
		}
	}
	return int32(v.N ^ v.N>>32)
}

// objectID gives each object a stable small id for default hash codes.
func objectID(o *Object) uint32 {
	if id, ok := o.Native.(objID); ok {
		return uint32(id)
	}
	return uint32(uintptrOf(o) >> 4)
}

type objID uint32

// ---------------------------------------------------------------------------
// Delegates

func combineDelegates(a, b *Delegate) *Delegate {
	if a == nil {
		return b
	}
	if b == nil {
		return a
	}
	var list []*Delegate
	list = append(list, a.invocationList()...)
	list = append(list, b.invocationList()...)
	t := a.Type
	if t == nil {
		t = b.Type
	}
	return &Delegate{Type: t, List: list}
}

func (d *Delegate) invocationList() []*Delegate {
	if d.List != nil {
		return d.List
	}
	return []*Delegate{d}
}

// removeDelegate removes the last occurrence of b's invocation list from a.
func removeDelegate(a, b *Delegate) *Delegate {
	if a == nil || b == nil {
		return a
	}
	al, bl := a.invocationList(), b.invocationList()
	for i := len(al) - len(bl); i >= 0; i-- {
		match := true
		for j := range bl {
			if !delegatesEqual(al[i+j], bl[j]) {
				match = false
				break
			}
		}
		if match {
			rest := append(append([]*Delegate{}, al[:i]...), al[i+len(bl):]...)
			switch len(rest) {
			case 0:
				return nil
			case 1:
				return rest[0]
			}
			return &Delegate{Type: a.Type, List: rest}
		}
	}
	return a
}

func delegatesEqual(a, b *Delegate) bool {
	if a == b {
		return true
	}
	if a == nil || b == nil {
		return false
	}
	if a.List != nil || b.List != nil {
		al, bl := a.invocationList(), b.invocationList()
		if len(al) != len(bl) {
			return false
		}
		for i := range al {
			if !delegatesEqual(al[i], bl[i]) {
				return false
			}
		}
		return true
	}
	if a.M != nil && a.M == b.M {
		return a.Target.R == b.Target.R && a.Target.N == b.Target.N
	}
	if a.Clo != nil && b.Clo != nil {
		return a.Clo == b.Clo
	}
	return false
}

// String describes the delegate's method.
func (d *Delegate) String() string {
	if d.M != nil {
		return d.M.Name
	}
	return "lambda"
}

// ---------------------------------------------------------------------------
// Exceptions

// exState is kept in an exception object's Native field.
type exState struct {
	stack []string
	pos   syntax.Pos
	set   bool
}

// captureStack records where an exception was thrown (on first throw).
func (in *Interp) captureStack(c *Context, o *Object) {
	st, _ := o.Native.(*exState)
	if st == nil {
		st = &exState{}
		o.Native = st
	}
	if st.set {
		return
	}
	st.set = true
	st.pos = c.Pos()
	st.stack = c.stackTrace()
	if c.asyncParent != nil {
		for f := c.asyncParent; f != nil; f = f.parent {
			st.stack = append(st.stack, frameString(f))
		}
	}
}

// exceptionString is Exception.ToString(): "Type: message\n ---> inner\n   at ...".
func (in *Interp) exceptionString(c *Context, ex *Object) string {
	v := in.callMethodByName(c, ObjVal(ex), "ToString")
	return v.AsString()
}

// stackTraceOf returns the captured stack trace text of an exception ("" if never thrown).
func stackTraceOf(o *Object) string {
	st, _ := o.Native.(*exState)
	if st == nil || !st.set {
		return ""
	}
	lines := make([]string, len(st.stack))
	for i, s := range st.stack {
		lines[i] = "   " + s
	}
	return strings.Join(lines, "\n")
}
