package dotnet

import (
	"strconv"
	"strings"

	"rpbench/csharp/bcl"
	"rpbench/csharp/eval"
)

// sbState is a StringBuilder's text with its length in UTF-16 units.
type sbState struct {
	s     strings.Builder
	n     int // UTF-16 length
	ascii bool
	cap   int // capacity set by the constructor or the Capacity setter (0: default 16)
}

func (b *sbState) append(s string) {
	b.s.WriteString(s)
	if b.ascii && bcl.IsASCII(s) {
		b.n += len(s)
		return
	}
	b.ascii = false
	b.n += bcl.UTF16Len(s)
}

func (b *sbState) set(s string) {
	b.s.Reset()
	b.n = 0
	b.ascii = true
	b.append(s)
}

func sbOf(c *eval.Context, this eval.Value) *sbState {
	if b, ok := this.Native().(*sbState); ok {
		return b
	}
	throwEx(c, "System.NullReferenceException", "Object reference not set to an instance of an object.")
	return nil
}

func charText(u uint16) string { return bcl.FromUTF16([]uint16{u}) }

func registerStringBuilder(r *eval.Registry) {
	const p = "System.Text.StringBuilder."
	r.Register(p+".ctor", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		b := &sbState{ascii: true}
		if len(a) >= 1 && a[0].K == eval.KString {
			b.append(a[0].AsString())
		}
		if len(a) >= 1 && a[0].K == eval.KInt {
			if a[0].AsLong() < 0 {
				throwEx(c, "System.ArgumentOutOfRangeException", "'capacity' must be a non-negative value. (Parameter 'capacity')")
			}
			b.cap = int(a[0].AsLong())
		}
		if len(a) == 2 && a[1].K == eval.KInt && a[0].K == eval.KString {
			b.cap = int(a[1].AsLong())
		}
		this.Obj().Native = b
		return eval.Null
	})
	r.Register(p+"get_Length()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		return eval.Int(int32(sbOf(c, this).n))
	})
	r.Register(p+"set_Length(int)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		b := sbOf(c, this)
		n := int(a[0].AsLong())
		if n < 0 {
			throwEx(c, "System.ArgumentOutOfRangeException", "Length cannot be less than zero. (Parameter 'value')")
		}
		s := b.s.String()
		if n <= b.n {
			b.set(bcl.UTF16Substring(s, 0, n))
		} else {
			b.append(strings.Repeat("\x00", n-b.n))
		}
		return eval.Null
	})
	r.Register(p+"get_Capacity()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		b := sbOf(c, this)
		if b.cap == 0 {
			return eval.Int(int32(max(16, b.n)))
		}
		return eval.Int(int32(max(b.cap, b.n)))
	})
	r.Register(p+"set_Capacity(int)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		b := sbOf(c, this)
		n := int(a[0].AsLong())
		if n < b.n {
			throwEx(c, "System.ArgumentOutOfRangeException", "capacity was less than the current size. (Parameter 'value')")
		}
		b.cap = n
		return eval.Null
	})
	r.Register(p+"get_Item(int)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		ch, ok := bcl.UTF16At(sbOf(c, this).s.String(), int(a[0].AsLong()))
		if !ok {
			throwEx(c, "System.IndexOutOfRangeException", "Index was outside the bounds of the array.")
		}
		return eval.Char(ch)
	})
	r.Register(p+"set_Item(int,char)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		b := sbOf(c, this)
		i := int(a[0].AsLong())
		if i < 0 || i >= b.n {
			throwEx(c, "System.ArgumentOutOfRangeException", "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')")
		}
		u := bcl.ToUTF16(b.s.String())
		u[i] = a[1].AsChar()
		b.set(bcl.FromUTF16(u))
		return eval.Null
	})
	r.Register(p+"Append", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		b := sbOf(c, this)
		switch {
		case len(a) == 2: // (char, repeatCount)
			n := int(a[1].AsLong())
			if n < 0 {
				throwEx(c, "System.ArgumentOutOfRangeException", "Count cannot be less than zero. (Parameter 'repeatCount')")
			}
			b.append(strings.Repeat(charText(a[0].AsChar()), n))
		case len(a) == 3: // (string, start, count)
			s := a[0].AsString()
			start, n := int(a[1].AsLong()), int(a[2].AsLong())
			if start < 0 || n < 0 || start+n > bcl.UTF16Len(s) {
				throwEx(c, "System.ArgumentOutOfRangeException", "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'startIndex')")
			}
			b.append(bcl.UTF16Substring(s, start, n))
		case a[0].K == eval.KArray:
			var u []uint16
			for _, x := range a[0].Arr().Data {
				u = append(u, x.AsChar())
			}
			b.append(bcl.FromUTF16(u))
		case a[0].K == eval.KString:
			b.append(a[0].AsString())
		case a[0].K == eval.KInt:
			b.append(strconv.FormatInt(int64(int32(a[0].N)), 10))
		default:
			b.append(c.ToString(a[0]))
		}
		return this
	})
	r.Register(p+"AppendLine", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		b := sbOf(c, this)
		if len(a) == 1 {
			b.append(a[0].AsString())
		}
		b.append(newLine)
		return this
	})
	r.Register(p+"AppendFormat(string,paramsobject[])", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "format")
		var args []eval.Value
		if arr := a[1].Arr(); arr != nil {
			args = arr.Data
		}
		sbOf(c, this).append(c.CompositeFormat(a[0].AsString(), args))
		return this
	})
	r.Register(p+"AppendJoin(string,paramsobject[])", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		var parts []string
		if arr := a[1].Arr(); arr != nil {
			for _, x := range arr.Data {
				parts = append(parts, c.ToString(x))
			}
		}
		sbOf(c, this).append(strings.Join(parts, a[0].AsString()))
		return this
	})
	r.Register(p+"Insert", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		b := sbOf(c, this)
		i := int(a[0].AsLong())
		if i < 0 || i > b.n {
			throwEx(c, "System.ArgumentOutOfRangeException", "Index was out of range. Must be non-negative and less than or equal to the size of the collection. (Parameter 'index')")
		}
		s := b.s.String()
		off := bcl.UTF16ByteOffset(s, i)
		b.set(s[:off] + c.ToString(a[1]) + s[off:])
		return this
	})
	r.Register(p+"Remove(int,int)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		b := sbOf(c, this)
		start, n := int(a[0].AsLong()), int(a[1].AsLong())
		if start < 0 || n < 0 || start+n > b.n {
			throwEx(c, "System.ArgumentOutOfRangeException", "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'startIndex')")
		}
		s := b.s.String()
		from, to := bcl.UTF16ByteOffset(s, start), bcl.UTF16ByteOffset(s, start+n)
		b.set(s[:from] + s[to:])
		return this
	})
	r.Register(p+"Replace", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		b := sbOf(c, this)
		if len(a) == 4 {
			start, n := int(a[2].AsLong()), int(a[3].AsLong())
			if start < 0 || n < 0 || start+n > b.n {
				throwEx(c, "System.ArgumentOutOfRangeException", "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'startIndex')")
			}
			s := b.s.String()
			from, to := bcl.UTF16ByteOffset(s, start), bcl.UTF16ByteOffset(s, start+n)
			old, repl := c.ToString(a[0]), c.ToString(a[1])
			if old == "" {
				throwEx(c, "System.ArgumentException", "The value cannot be an empty string. (Parameter 'oldValue')")
			}
			b.set(s[:from] + strings.ReplaceAll(s[from:to], old, repl) + s[to:])
			return this
		}
		if a[0].K == eval.KChar {
			b.set(strings.ReplaceAll(b.s.String(), charText(a[0].AsChar()), charText(a[1].AsChar())))
			return this
		}
		nullCheck(c, a[0], "oldValue")
		if a[0].AsString() == "" {
			throwEx(c, "System.ArgumentException", "The value cannot be an empty string. (Parameter 'oldValue')")
		}
		b.set(strings.ReplaceAll(b.s.String(), a[0].AsString(), a[1].AsString()))
		return this
	})
	r.Register(p+"Clear()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		sbOf(c, this).set("")
		return this
	})
	r.Register(p+"ToString()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		return eval.Str(sbOf(c, this).s.String())
	})
	r.Register(p+"ToString(int,int)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		b := sbOf(c, this)
		start, n := int(a[0].AsLong()), int(a[1].AsLong())
		if start < 0 || n < 0 || start+n > b.n {
			throwEx(c, "System.ArgumentOutOfRangeException", "Index and length must refer to a location within the string. (Parameter 'length')")
		}
		return eval.Str(bcl.UTF16Substring(b.s.String(), start, n))
	})
}
