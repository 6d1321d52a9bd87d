package dotnet

import (
	"strings"

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
	finish := func(parts []string, opts int64) []string {
		var out []string
		for _, x := range parts {
			if opts&2 != 0 {
				x = bcl.TrimWhiteSpace(x)
			}
			if opts&1 != 0 && x == "" {
				continue
			}
			out = append(out, x)
		}
		return out
	}
	r.Register(p+"__Split(string,string,char[],int,int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		s := recv(c, a[0])
		var parts []string
		if a[1].K != eval.KNull {
			sep := a[1].AsString()
			if sep == "" {
				parts = []string{s}
			} else {
				parts = strings.Split(s, sep)
			}
		} else {
			var seps []uint16
			if arr := a[2].Arr(); arr != nil {
				for _, x := range arr.Data {
					seps = append(seps, x.AsChar())
				}
			}
			parts = splitChars(s, seps)
		}
		parts = finish(parts, a[4].AsLong())
		if n := int(a[3].AsLong()); n >= 0 && len(parts) > n {
			if n == 0 {
				parts = nil
			} else {
				// .NET keeps the rest of the string in the last element; approximate by joining
				parts = append(parts[:n-1], strings.Join(parts[n-1:], string(rune(firstChar(a[2])))))
			}
		}
		return stringArray(c, parts)
	})
	r.Register(p+"__SplitMany(string,string[],int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		s := recv(c, a[0])
		var seps []string
		if arr := a[1].Arr(); arr != nil {
			for _, x := range arr.Data {
				if x.AsString() != "" {
					seps = append(seps, x.AsString())
				}
			}
		}
		var parts []string
		for {
			best, bl := -1, 0
			for _, sep := range seps {
				if i := strings.Index(s, sep); i >= 0 && (best < 0 || i < best) {
					best, bl = i, len(sep)
				}
			}
			if best < 0 {
				parts = append(parts, s)
				break
			}
			parts = append(parts, s[:best])
			s = s[best+bl:]
		}
		return stringArray(c, finish(parts, a[2].AsLong()))
	})
}

func firstChar(v eval.Value) uint16 {
	if arr := v.Arr(); arr != nil && len(arr.Data) > 0 {
		return arr.Data[0].AsChar()
	}
	return ' '
}

// splitChars splits s at any of the UTF-16 separator units (white space when none).
func splitChars(s string, seps []uint16) []string {
	isSep := func(r rune) bool {
		if len(seps) == 0 {
			return r < 0x10000 && bcl.CharIsWhiteSpace(uint16(r))
		}
		for _, x := range seps {
			if rune(x) == r {
				return true
			}
		}
		return false
	}
	var parts []string
	start := 0
	for i, r := range s {
		if isSep(r) {
			parts = append(parts, s[start:i])
			start = i + len(string(r))
		}
	}
	return append(parts, s[start:])
}
