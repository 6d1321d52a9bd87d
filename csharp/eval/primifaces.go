package eval

// primImplements reports whether a value of the primitive or enum type vt is an
// instance of the interface t as its .NET struct is: every primitive implements
// IComparable, IComparable<T>, IEquatable<T> and IConvertible, the numbers and
// enums also IFormattable ((object)5 is IComparable). The preludes declare the
// primitive structs without their interface lists.
func (in *Interp) primImplements(vt, t *Type) bool {
	if t.Kind != TypeInterface || t.Namespace != "System" {
		return false
	}
	k := vt.Prim
	enum := vt.Kind == TypeEnum
	if !enum && !(k.IsNumeric() || k == KChar || k == KBool) {
		return false
	}
	if len(t.TypeArgs) == 1 {
		if enum || t.TypeArgs[0] != vt {
			return false
		}
		return t.Name == "IComparable" || t.Name == "IEquatable"
	}
	switch t.Name {
	case "IComparable", "IConvertible":
		return true
	case "IFormattable":
		return enum || k != KBool && k != KChar
	}
	return false
}
