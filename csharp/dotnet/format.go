package dotnet

import (
	"math"

	"rpbench/csharp/bcl"
	"rpbench/csharp/eval"
)

// formatHook formats {value:format} with .NET's invariant-culture rules:
// numbers through bcl, IFormattable library structs (DateTime, TimeSpan, ...)
// through their ToString(string). Invalid formats throw FormatException.
func formatHook(c *eval.Context, v eval.Value, format string) (string, bool) {
	switch v.K {
	case eval.KInt:
		return must(bcl.FormatInt(int64(int32(v.N)), 32, format))(c), true
	case eval.KLong:
		return must(bcl.FormatInt(int64(v.N), 64, format))(c), true
	case eval.KShort:
		return must(bcl.FormatInt(int64(int16(v.N)), 16, format))(c), true
	case eval.KSByte:
		return must(bcl.FormatInt(int64(int8(v.N)), 8, format))(c), true
	case eval.KUInt, eval.KULong, eval.KUShort, eval.KByte:
		return must(bcl.FormatUint(v.N, format))(c), true
	case eval.KDouble:
		return must(bcl.FormatFloat64(math.Float64frombits(v.N), format))(c), true
	case eval.KFloat:
		return must(bcl.FormatFloat32(float32(math.Float64frombits(v.N)), format))(c), true
	case eval.KDecimal:
		return must(bcl.FormatDecimal(dec(v.R), format))(c), true
	case eval.KEnum:
		return c.Call(v, "ToString", eval.Str(format)).AsString(), true
	case eval.KStruct, eval.KObject:
		o := v.Obj()
		if o == nil {
			return "", false
		}
		switch o.Type.Namespace + "." + o.Type.Name {
		case "System.DateTime", "System.TimeSpan", "System.DateTimeOffset", "System.Guid", "System.DateOnly", "System.TimeOnly":
			return c.Call(v, "ToString", eval.Str(format)).AsString(), true
		}
		if implementsFormattable(o.Type) {
			// a user type implementing IFormattable gets ToString(format, provider), as in .NET
			return c.Call(v, "ToString", eval.Str(format), eval.Null).AsString(), true
		}
	}
	return "", false
}

func registerNumberExtras(r *eval.Registry) {
	r.Register("System.Char.__Category(char)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Int(int32(bcl.CharUnicodeCategory(a[0].AsChar())))
	})
	r.Register("System.__NumberExtras.__Format(object,string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		v := eval.Deref(a[0])
		if a[1].K == eval.KNull || a[1].AsString() == "" {
			return eval.Str(c.ToString(v))
		}
		if s, ok := formatHook(c, v, a[1].AsString()); ok {
			return eval.Str(s)
		}
		return eval.Str(c.ToString(v))
	})
}

// implementsFormattable reports whether t (or a base type) implements System.IFormattable.
func implementsFormattable(t *eval.Type) bool {
	for ; t != nil; t = t.Base {
		for _, i := range t.Ifaces {
			if i.Name == "IFormattable" && i.Namespace == "System" {
				return true
			}
		}
	}
	return false
}
