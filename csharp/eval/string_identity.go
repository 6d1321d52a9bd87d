package eval

import (
	"sync/atomic"

	"rpbench/csharp/syntax"
)

// String identity. Strings are values here, but C# compares two operands whose
// static types are object (or an interface) by reference: (object)"text" ==
// (object)new string(chars) is false. A string made by a String constructor
// carries an identity tag in the bits of Value.N above strASCII; literals and
// other strings have tag 0, as if interned. Two strings are the same object
// when their texts and tags are equal.

// strIdentity numbers the strings made by String constructors (process-wide:
// the tags only need to differ, their values never show).
var strIdentity atomic.Uint64

// freshString returns s as a new string object, distinct from every other
// (the empty string is always string.Empty, as in .NET).
func freshString(s string) Value {
	v := Str(s)
	if s == "" {
		return v
	}
	v.N |= strIdentity.Add(1) << 1
	return v
}

// sameString reports whether two string values are the same object.
func sameString(a, b Value) bool {
	return a.R.(string) == b.R.(string) && a.N>>1 == b.N>>1
}

// referenceEquality reports whether == / != in x compares by reference in C#:
// both operand types are known reference types, at least one is object or an
// interface, and neither is a string known statically (string == string is
// text equality).
func (c *compiler) referenceEquality(x *syntax.BinaryExpr) bool {
	l, r := c.staticType(x.X), c.staticType(x.Y)
	// (object)a == null: a null literal takes the other side's type
	if isNullLiteral(x.Y) && l != nil {
		r = l
	} else if isNullLiteral(x.X) && r != nil {
		l = r
	}
	if l == nil || r == nil {
		return false
	}
	isObj := func(t *Type) bool { return t == c.in.tObject || t.Kind == TypeInterface }
	if !isObj(l) && !isObj(r) {
		return false
	}
	for _, t := range []*Type{l, r} {
		if t != c.in.tObject && t.Kind != TypeInterface && t.Kind != TypeClass {
			return false
		}
	}
	return true
}

// isNullLiteral reports whether e is the literal null (possibly parenthesised).
func isNullLiteral(e syntax.Expr) bool {
	switch x := e.(type) {
	case *syntax.ParenExpr:
		return isNullLiteral(x.X)
	case *syntax.BasicLit:
		return x.Kind == syntax.NullLit
	}
	return false
}
