package dotnet

import (
	"strings"
	"unicode/utf8"

	"rpbench/csharp/bcl"
	"rpbench/csharp/eval"
)

// compareKind maps StringComparison (0..5) to a comparer kind: culture
// comparisons use bcl's invariant approximation, ordinal ones are exact.
func compareKind(sc int64) int {
	switch sc {
	case 4:
		return 1
	case 5:
		return 2
	case 1, 3:
		return 4
	}
	return 3
}

// fold prepares s for searching under a comparison kind (case-insensitive kinds upper-case).
func fold(kind int, s string) string {
	if kind == 2 || kind == 4 {
		return bcl.ToUpperInvariant(s)
	}
	return s
}

func registerStringExtras(r *eval.Registry) {
	const p = "System.__StringExtras."
	recv := func(c *eval.Context, v eval.Value) string {
		if v.K == eval.KNull {
			throwEx(c, "System.NullReferenceException", "Object reference not set to an instance of an object.")
		}
		return v.AsString()
	}
	r.Register("System.String..ctor(ReadOnlySpan<char>)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return c.Call(a[0], "ToString")
	})
	r.Register(p+"__Cmp(string,string,int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		x, y := a[0], a[1]
		if x.K == eval.KNull || y.K == eval.KNull {
			switch {
			case x.K == y.K:
				return eval.Int(0)
			case x.K == eval.KNull:
				return eval.Int(-1)
			}
			return eval.Int(1)
		}
		return eval.Int(int32(stringCompare(compareKind(a[2].AsLong()), x.AsString(), y.AsString())))
	})
	r.Register(p+"__StartsWith(string,string,int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		s := recv(c, a[0])
		nullCheck(c, a[1], "value")
		k := compareKind(a[2].AsLong())
		return eval.Bool(strings.HasPrefix(fold(k, s), fold(k, a[1].AsString())))
	})
	r.Register(p+"__EndsWith(string,string,int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		s := recv(c, a[0])
		nullCheck(c, a[1], "value")
		k := compareKind(a[2].AsLong())
		return eval.Bool(strings.HasSuffix(fold(k, s), fold(k, a[1].AsString())))
	})
	r.Register(p+"__IndexOf(string,string,int,int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		s := recv(c, a[0])
		nullCheck(c, a[1], "value")
		k := compareKind(a[3].AsLong())
		start := int(a[2].AsLong())
		if start < 0 || start > bcl.UTF16Len(s) {
			throwEx(c, "System.ArgumentOutOfRangeException", "Index was out of range. Must be non-negative and less than or equal to the size of the collection. (Parameter 'startIndex')")
		}
		fs := fold(k, s)
		off := bcl.UTF16ByteOffset(fs, start)
		i := strings.Index(fs[off:], fold(k, a[1].AsString()))
		if i < 0 {
			return eval.Int(-1)
		}
		return eval.Int(int32(bcl.UTF16Index(fs, off+i)))
	})
	r.Register(p+"__Replace(string,string,string,int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		s := recv(c, a[0])
		nullCheck(c, a[1], "oldValue")
		old := a[1].AsString()
		if old == "" {
			throwEx(c, "System.ArgumentException", "The value cannot be an empty string. (Parameter 'oldValue')")
		}
		k := compareKind(a[3].AsLong())
		if k != 2 && k != 4 {
			return eval.Str(strings.ReplaceAll(s, old, a[2].AsString()))
		}
		fs, fo := fold(k, s), fold(k, old)
		var sb strings.Builder
		for {
			i := strings.Index(fs, fo)
			if i < 0 || len(fs) != len(s) {
				if i >= 0 { // folding changed byte lengths: fall back to ordinal replacement
					return eval.Str(strings.ReplaceAll(s, old, a[2].AsString()))
				}
				sb.WriteString(s)
				return eval.Str(sb.String())
			}
			sb.WriteString(s[:i])
			sb.WriteString(a[2].AsString())
			s, fs = s[i+len(old):], fs[i+len(fo):]
		}
	})
	r.Register(p+"__Split(string,string,char[],int,int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		s := recv(c, a[0])
		count, opts := int(a[3].AsLong()), int(a[4].AsLong())
		if count < -1 {
			throwEx(c, "System.ArgumentOutOfRangeException", "Count cannot be less than zero. (Parameter 'count')")
		}
		checkSplitOptions(c, opts)
		if a[1].K != eval.KNull {
			return stringArray(c, bcl.Split(s, nil, []string{a[1].AsString()}, count, opts))
		}
		return stringArray(c, bcl.Split(s, charUnits(a[2]), nil, count, opts))
	})
	r.Register(p+"__ReplaceLineEndings(string,string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		s, repl := recv(c, a[0]), a[1].AsString()
		var sb strings.Builder
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			switch r {
			case '\r':
				if strings.HasPrefix(s[i+1:], "\n") {
					n++
				}
				sb.WriteString(repl)
			case '\n', '\f', '\u0085', '\u2028', '\u2029':
				sb.WriteString(repl)
			default:
				sb.WriteString(s[i : i+n])
			}
			i += n
		}
		return eval.Str(sb.String())
	})
	r.Register(p+"__SplitMany(string,string[],int,int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		s := recv(c, a[0])
		count, opts := int(a[2].AsLong()), int(a[3].AsLong())
		checkSplitOptions(c, opts)
		var seps []string
		if arr := a[1].Arr(); arr != nil {
			for _, x := range arr.Data {
				if x.K == eval.KString {
					seps = append(seps, x.AsString())
				}
			}
		}
		if len(seps) == 0 { // null or empty array: white space
			return stringArray(c, bcl.Split(s, nil, nil, count, opts))
		}
		return stringArray(c, bcl.Split(s, nil, seps, count, opts))
	})
}

// checkSplitOptions rejects StringSplitOptions values beyond the defined flags.
func checkSplitOptions(c *eval.Context, opts int) {
	if opts&^3 != 0 {
		throwEx(c, "System.ArgumentException", "Value of flags is invalid. (Parameter 'options')")
	}
}

// charUnits returns the chars of a char[] value (nil for null).
func charUnits(v eval.Value) []uint16 {
	arr := v.Arr()
	if arr == nil {
		return nil
	}
	u := make([]uint16, len(arr.Data))
	for i, x := range arr.Data {
		u[i] = x.AsChar()
	}
	return u
}
