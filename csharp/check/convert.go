package check

import (
	"rpbench/csharp/syntax"
)

// numeric ranks of the built-in numeric types (0: not numeric).
const (
	nNone = iota
	nSByte
	nByte
	nShort
	nUShort
	nChar
	nInt
	nUInt
	nLong
	nULong
	nFloat
	nDouble
	nDecimal
)

var numericOf = map[string]int{
	"System.SByte": nSByte, "System.Byte": nByte, "System.Int16": nShort, "System.UInt16": nUShort,
	"System.Char": nChar, "System.Int32": nInt, "System.UInt32": nUInt, "System.Int64": nLong,
	"System.UInt64": nULong, "System.Single": nFloat, "System.Double": nDouble, "System.Decimal": nDecimal,
}

var numericNames = [...]string{"", "System.SByte", "System.Byte", "System.Int16", "System.UInt16", "System.Char",
	"System.Int32", "System.UInt32", "System.Int64", "System.UInt64", "System.Single", "System.Double", "System.Decimal"}

func numKind(t *ty) int {
	if t == nil || t.kind != kNamed || t.sym.Outer != nil || t.sym.NS != "System" {
		return nNone
	}
	return numericOf["System."+t.sym.Name]
}

func isSys(t *ty, name string) bool {
	return t != nil && t.kind == kNamed && t.sym.NS == "System" && t.sym.Name == name && t.sym.Outer == nil && len(t.args) == 0
}

func isString(t *ty) bool { return isSys(t, "String") }
func isBool(t *ty) bool   { return isSys(t, "Boolean") }
func isObject(t *ty) bool { return isSys(t, "Object") }

// implicitNumeric reports whether numeric kind a converts implicitly to b.
func implicitNumeric(a, b int) bool {
	if a == b {
		return true
	}
	switch a {
	case nSByte:
		return b == nShort || b == nInt || b == nLong || b == nFloat || b == nDouble || b == nDecimal
	case nByte:
		return b == nShort || b == nUShort || b == nInt || b == nUInt || b == nLong || b == nULong || b >= nFloat
	case nShort:
		return b == nInt || b == nLong || b >= nFloat
	case nUShort, nChar:
		// char also converts to ushort (ushort u = 'A')
		return a == nChar && b == nUShort || b == nInt || b == nUInt || b == nLong || b == nULong || b >= nFloat
	case nInt:
		return b == nLong || b >= nFloat
	case nUInt:
		return b == nLong || b == nULong || b >= nFloat
	case nLong, nULong:
		return b >= nFloat
	case nFloat:
		return b == nDouble
	}
	return false
}

// convertible reports whether a value of type from (described by op when
// not nil) converts implicitly to to. It answers true when unsure: only a
// certain "no" may become a diagnostic.
func (c *checker) convertible(from, to *ty, op *operand) bool {
	if neverConverts(from, to) {
		return false
	}
	if isUnknown(from) || isUnknown(to) || identical(from, to) || hasUnknown(from) || hasUnknown(to) {
		return true
	}
	if to.kind == kVoid || from.kind == kVoid {
		return false
	}
	if from.kind == kTypeParam || to.kind == kTypeParam {
		return true
	}
	if from.kind == kNull {
		return !isValueType(to) || isNullable(to)
	}
	if isObject(to) {
		return true
	}
	if op != nil && op.interp && to.kind == kNamed && (to.sym.Name == "IFormattable" || to.sym.Name == "FormattableString") {
		return true
	}
	if convOps(from) || convOps(to) {
		return true
	}
	fn, tn := numKind(from), numKind(to)
	if fn != nNone && tn != nNone {
		if implicitNumeric(fn, tn) {
			return true
		}
		if op != nil && op.cnst && fn <= nULong && fn != nChar && tn <= nULong && tn != nChar {
			return true // constant expression conversion (range not checked)
		}
		return false
	}
	if to.kind == kNamed && to.sym.Kind == symEnum && op != nil && op.cnst && fn != nNone && fn <= nULong {
		return true // the constant 0 (other integer literals: CS0266 in convertOp)
	}
	if isNullable(to) {
		if isNullable(from) {
			return c.convertible(from.args[0], to.args[0], op)
		}
		return c.convertible(from, to.args[0], op)
	}
	if from.kind == kTuple && to.kind == kTuple {
		if len(from.elems) != len(to.elems) {
			return false
		}
		for i := range from.elems {
			if !c.convertible(from.elems[i], to.elems[i], nil) {
				return false
			}
		}
		return true
	}
	if from.kind == kTuple {
		if nt := c.tupleAsNamed(from); nt != nil {
			return c.convertible(nt, to, nil)
		}
		return true
	}
	if to.kind == kTuple {
		return from.kind == kNamed && from.sym.Name == "ValueTuple"
	}
	if from.kind == kArray && to.kind == kArray {
		if from.rank != to.rank {
			return false
		}
		if isValueType(from.elem) || isValueType(to.elem) {
			return identical(from.elem, to.elem) || from.elem.kind == kTypeParam || to.elem.kind == kTypeParam
		}
		return c.convertible(from.elem, to.elem, nil)
	}
	if to.kind != kNamed {
		return to.kind != kArray || from.kind != kNamed
	}
	// reference and boxing conversions: to a base class or an interface
	found := false
	variant := false
	seen := false // the target's generic type is implemented, with other arguments
	c.supertypes(from, func(st *ty) bool {
		if st.sym == to.sym {
			seen = true
			if identical(st, to) {
				found = true
				return false
			}
			if (st.sym.Kind == symInterface || st.sym.Kind == symDelegate) && variantArgs(st, to) {
				variant = true // generic variance (directions not checked)
			}
		}
		return true
	})
	if found || variant {
		return true
	}
	if from.kind == kNamed && to.kind == kNamed {
		if from.sym == to.sym && len(from.args) != len(to.args) {
			return true
		}
		if to.sym.Kind == symInterface && !from.sym.User && !seen {
			return true // the preludes may not list every interface a library type implements
		}
		if from.sym.Kind == symDelegate && to.sym.Kind == symDelegate && !to.sym.User && !from.sym.User {
			return false
		}
		return false
	}
	if from.kind == kArray && to.kind == kNamed {
		return to.sym.Kind == symInterface && !seen
	}
	return true
}

// hasUnknown reports whether t contains the unknown type.
func hasUnknown(t *ty) bool {
	if t == nil {
		return true
	}
	switch t.kind {
	case kUnknown, kDynamic:
		return true
	case kNamed:
		for _, a := range t.args {
			if hasUnknown(a) {
				return true
			}
		}
	case kArray:
		return hasUnknown(t.elem)
	case kTuple:
		for _, e := range t.elems {
			if hasUnknown(e) {
				return true
			}
		}
	}
	return false
}

// variantArgs reports whether the differing type arguments of a and b (same
// generic type) are all reference types: only those may vary.
func variantArgs(a, b *ty) bool {
	if len(a.args) != len(b.args) {
		return true
	}
	for i := range a.args {
		x, y := a.args[i], b.args[i]
		if identical(x, y) || hasUnknown(x) || hasUnknown(y) || x.kind == kTypeParam || y.kind == kTypeParam {
			continue
		}
		if isValueType(x) || isValueType(y) {
			return false
		}
	}
	return true
}

// userConv reports whether t declares user-defined operators or conversions.
// convOps reports whether t or one of its base classes declares a
// user-defined conversion operator.
func convOps(t *ty) bool {
	for i := 0; t != nil && t.kind == kNamed && i < 32; i++ {
		if t.sym.convOp || t.sym.broken {
			return true
		}
		t = t.sym.Base
	}
	return false
}

func userConv(t *ty) bool {
	return t != nil && t.kind == kNamed && t.sym.hasConv
}

// explicitExists reports whether an explicit conversion from from to to exists
// (for CS0266 versus CS0029 and casts).
func (c *checker) explicitExists(from, to *ty) bool {
	if isUnknown(from) || isUnknown(to) || from.kind == kTypeParam || to.kind == kTypeParam {
		return true
	}
	if c.convertible(from, to, nil) || c.convertible(to, from, nil) {
		return true
	}
	fn, tn := numKind(from), numKind(to)
	fe := from.kind == kNamed && from.sym.Kind == symEnum
	te := to.kind == kNamed && to.sym.Kind == symEnum
	if (fn != nNone || fe) && (tn != nNone || te) {
		return true
	}
	if isNullable(from) {
		return c.explicitExists(from.args[0], to)
	}
	if from.kind == kArray || to.kind == kArray {
		o := to
		if to.kind == kArray {
			o = from
		}
		return o.kind == kNamed && (o.sym.Kind == symInterface || isSys(o, "Array"))
	}
	if isNullable(to) {
		return c.explicitExists(from, to.args[0])
	}
	if from.kind == kNamed && to.kind == kNamed {
		if isString(from) || isString(to) || isBool(from) || isBool(to) || fn != nNone || tn != nNone {
			return false
		}
		if from.sym.Kind == symInterface || to.sym.Kind == symInterface {
			return true
		}
	}
	return false
}

// reportConv reports that a value of type from (op) does not convert to to.
func (c *checker) reportConv(pos syntax.Pos, from, to *ty, op *operand) {
	if from.kind == kNull {
		c.errorf(pos, "CS0037", "Cannot convert null to '%s' because it is a non-nullable value type", to)
		return
	}
	if c.explicitExists(from, to) {
		c.errorf(pos, "CS0266", "Cannot implicitly convert type '%s' to '%s'. An explicit conversion exists (are you missing a cast?)", from, to)
		return
	}
	c.errorf(pos, "CS0029", "Cannot implicitly convert type '%s' to '%s'", from, to)
}

// binaryNumeric returns the promoted type of a binary arithmetic operation, or nNone.
func binaryNumeric(a, b int) int {
	if a == nNone || b == nNone {
		return nNone
	}
	if a == nDecimal || b == nDecimal {
		if a == nFloat || a == nDouble || b == nFloat || b == nDouble {
			return -1
		}
		return nDecimal
	}
	if a == nDouble || b == nDouble {
		return nDouble
	}
	if a == nFloat || b == nFloat {
		return nFloat
	}
	if a == nULong || b == nULong {
		o := a
		if a == nULong {
			o = b
		}
		if o == nSByte || o == nShort || o == nInt || o == nLong {
			return -1
		}
		return nULong
	}
	if a == nLong || b == nLong {
		return nLong
	}
	if a == nUInt || b == nUInt {
		o := a
		if a == nUInt {
			o = b
		}
		if o == nSByte || o == nShort || o == nInt {
			return nLong
		}
		return nUInt
	}
	return nInt
}

// neverConverts reports the conversions that cannot exist whatever the
// unknown parts of to are: a number, bool, char or string never converts to a
// delegate type (Sum(1) against Func<TSource, TResult> with TResult not
// inferred), and a number, bool or char converts to no interface but the
// few it implements (List<int>.Sort(1) against IComparer<int>).
func neverConverts(from, to *ty) bool {
	if from == nil || to == nil || from.kind != kNamed || to.kind != kNamed || hasUnknown(from) {
		return false
	}
	prim := numKind(from) != nNone || (from.sym.NS == "System" && from.sym.Outer == nil && (from.sym.Name == "Boolean" || from.sym.Name == "Char"))
	str := from.sym.NS == "System" && from.sym.Outer == nil && from.sym.Name == "String"
	if to.sym.Kind == symDelegate && (prim || str) {
		return true
	}
	if to.sym.Kind == symInterface && prim && to.sym.Outer == nil && to.sym.NS != "System.Numerics" {
		if to.sym.NS != "System" {
			return true
		}
		switch to.sym.Name {
		case "IComparable", "IEquatable", "IConvertible", "IFormattable", "ISpanFormattable", "IUtf8SpanFormattable",
			"IParsable", "ISpanParsable", "IUtf8SpanParsable":
			return false
		}
		return true // IFormatProvider, IDisposable, ... (float.ToString("E3", 1))
	}
	return false
}
