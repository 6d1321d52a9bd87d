package eval

import (
	"math"
	"strings"

	"rpbench/csharp/bcl"
)

// This file implements the String members declared in prelude/String.cs:
// the constructors (new string(char[]), new string(c, n), ...) and the
// static comparisons that take a StringComparison or ignoreCase flag.

// newString runs a String constructor: strings are values, so the native
// constructor's result is the new string (the allocated object is not used).
func (in *Interp) newString(c *Context, args []Value, names []string, fr *Frame, st []*Type) Value {
	ctors := in.tString.Methods[".ctor"]
	m := in.pickOverloadST(c, ctors, args, names, st)
	if m == nil && len(args) > 0 && args[0].K == KArray {
		// an array built at run time with a looser element type (a LINQ
		// ToArray over chars) still holds chars: take the char[] overload
		for _, k := range ctors {
			if len(k.Params) == len(args) && k.Params[0].Type.get(in) != nil && k.Params[0].Type.get(in).Rank == 1 {
				m = k
			}
		}
	}
	if m == nil || m.Native == nil {
		c.Throw("System.MissingMethodException", "'string' does not contain a constructor that takes these arguments")
	}
	return m.Native(c, Null, in.bindArgs(c, m, args, names, fr))
}

// charsOf returns the UTF-16 code units held in a char[] value (nil for null).
func charsOf(v Value) []uint16 {
	a := v.Arr()
	if a == nil {
		return nil
	}
	u := make([]uint16, len(a.Data))
	for i, x := range a.Data {
		u[i] = uint16(x.N)
	}
	return u
}

// stringComparison compares a and b (null first) under a StringComparison
// value: 0/2 culture (invariant), 1/3 culture ignoring case, 4 ordinal,
// 5 ordinal ignoring case.
func stringComparison(a, b Value, kind int64) int {
	if a.K == KNull || b.K == KNull {
		switch {
		case a.K == b.K:
			return 0
		case a.K == KNull:
			return -1
		}
		return 1
	}
	x, y := a.AsString(), b.AsString()
	switch kind {
	case 4:
		return bcl.CompareOrdinal(x, y)
	case 5:
		return bcl.CompareOrdinalIgnoreCase(x, y)
	case 1, 3:
		return bcl.CompareInvariantIgnoreCase(x, y)
	}
	return bcl.CompareInvariant(x, y)
}

// substringForCompare is the part of s that string.Compare(strA, indexA, strB,
// indexB, length) compares: at most length code units from index.
func substringForCompare(c *Context, v Value, index, length int, param string) Value {
	if v.K == KNull {
		return v
	}
	u := ToUTF16(v.AsString())
	if index < 0 || index > len(u) {
		throwArgOutOfRange(c, param, "Index was out of range. Must be non-negative and less than the size of the collection.")
	}
	if length < 0 {
		throwArgOutOfRange(c, "length", "Length cannot be less than zero.")
	}
	return Str(FromUTF16(u[index:min(len(u), index+length)]))
}

func registerStringMore(r *Registry) {
	registerStringSearch(r)
	reg := func(sig string, f NativeFunc) { r.Register("System.String."+sig, f) }
	reg(".ctor(char[])", func(c *Context, this Value, args []Value) Value {
		return freshString(FromUTF16(charsOf(args[0])))
	})
	reg(".ctor(char,int)", func(c *Context, this Value, args []Value) Value {
		n := int(args[1].AsLong())
		if n < 0 {
			throwArgOutOfRange(c, "count", "Non-negative number required.")
		}
		u := make([]uint16, n)
		for i := range u {
			u[i] = args[0].AsChar()
		}
		return freshString(FromUTF16(u))
	})
	reg(".ctor(char[],int,int)", func(c *Context, this Value, args []Value) Value {
		u := charsOf(args[0])
		if args[0].K == KNull {
			c.ThrowValue(c.New(c.in.TypeByName("System.ArgumentNullException"), Str("value")))
		}
		i, n := int(args[1].AsLong()), int(args[2].AsLong())
		switch {
		case i < 0:
			throwArgOutOfRange(c, "startIndex", "StartIndex cannot be less than zero.")
		case n < 0:
			throwArgOutOfRange(c, "length", "Length cannot be less than zero.")
		case i+n > len(u):
			throwArgOutOfRange(c, "startIndex", "Index and length must refer to a location within the string.")
		}
		return freshString(FromUTF16(u[i : i+n]))
	})
	reg("Equals(string,string,StringComparison)", func(c *Context, this Value, args []Value) Value {
		if args[0].K == KNull || args[1].K == KNull {
			return Bool(args[0].K == args[1].K)
		}
		return Bool(stringComparison(args[0], args[1], args[2].AsLong()) == 0)
	})
	reg("Compare(string,string,StringComparison)", func(c *Context, this Value, args []Value) Value {
		return Int(int32(stringComparison(args[0], args[1], args[2].AsLong())))
	})
	reg("Compare(string,string,bool)", func(c *Context, this Value, args []Value) Value {
		kind := int64(0)
		if args[2].AsBool() {
			kind = 1
		}
		return Int(int32(stringComparison(args[0], args[1], kind)))
	})
	compareSub := func(kind int64) NativeFunc {
		return func(c *Context, this Value, args []Value) Value {
			n, k := int(args[4].AsLong()), kind
			if len(args) == 6 {
				k = args[5].AsLong()
			}
			a := substringForCompare(c, args[0], int(args[1].AsLong()), n, "indexA")
			b := substringForCompare(c, args[2], int(args[3].AsLong()), n, "indexB")
			return Int(int32(stringComparison(a, b, k)))
		}
	}
	reg("Compare(string,int,string,int,int)", compareSub(0))
	reg("Compare(string,int,string,int,int,StringComparison)", compareSub(0))
	reg("CompareOrdinal(string,int,string,int,int)", compareSub(4))
	reg("Format(IFormatProvider,string,paramsobject[])", func(c *Context, this Value, args []Value) Value {
		if args[1].K == KNull {
			c.ThrowValue(c.New(c.in.TypeByName("System.ArgumentNullException"), Str("format")))
		}
		items := arrItems(args[2])
		if !invariantProvider(c, args[0]) {
			return Str(c.CompositeFormat(args[1].AsString(), items))
		}
		s, err := bcl.FormatComposite(args[1].AsString(), len(items), func(i int, f string, _ bool) (string, error) {
			if v := items[i]; (v.K == KDouble || v.K == KFloat) && math.IsInf(v.AsDouble(), 0) {
				if v.AsDouble() > 0 {
					return "Infinity", nil
				}
				return "-Infinity", nil
			}
			return c.Format(items[i], f), nil
		})
		if err != nil {
			throwBcl(c, err)
		}
		return Str(s)
	})
	reg("Join(string,string[],int,int)", func(c *Context, this Value, args []Value) Value {
		if args[1].K == KNull {
			c.ThrowValue(c.New(c.in.TypeByName("System.ArgumentNullException"), Str("value")))
		}
		items := arrItems(args[1])
		i, n := int(args[2].AsLong()), int(args[3].AsLong())
		switch {
		case i < 0:
			throwArgOutOfRange(c, "startIndex", "StartIndex cannot be less than zero.")
		case n < 0:
			throwArgOutOfRange(c, "count", "Count cannot be less than zero.")
		case i > len(items)-n:
			throwArgOutOfRange(c, "startIndex", "Index and count must refer to a location within the buffer.")
		}
		return joinValues(c, args[0], items[i:i+n])
	})
	reg("Join(char,paramsobject[])", func(c *Context, this Value, args []Value) Value {
		return joinValues(c, Str(charToString(args[0].AsChar())), arrItems(args[1]))
	})
	reg("Join``1(char,IEnumerable<T>)", func(c *Context, this Value, args []Value) Value {
		var items []Value
		c.ForEach(args[1], func(v Value) bool { items = append(items, v); return true })
		return joinValues(c, Str(charToString(args[0].AsChar())), items)
	})
	reg("Equals(string,StringComparison)", func(c *Context, this Value, args []Value) Value {
		if args[0].K == KNull {
			return Bool(false)
		}
		return Bool(stringComparison(this, args[0], args[1].AsLong()) == 0)
	})
	reg("Split(char[],int)", func(c *Context, this Value, args []Value) Value {
		n := int(args[1].AsLong())
		if n < 0 {
			throwArgOutOfRange(c, "count", "Count cannot be less than zero.")
		}
		return stringsArray(c, bcl.Split(this.AsString(), charsOf(args[0]), nil, n, 0))
	})
	lastIndex := func(c *Context, this Value, needle []uint16, start int) Value {
		u := ToUTF16(this.AsString())
		if len(u) == 0 && (start == -1 || start == 0) {
			if len(needle) == 0 {
				return Int(0)
			}
			return Int(-1)
		}
		if start < 0 || start >= len(u) {
			throwArgOutOfRange(c, "startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.")
		}
		if len(needle) == 0 {
			return Int(int32(start))
		}
		for i := start - len(needle) + 1; i >= 0; i-- {
			match := true
			for j := range needle {
				if u[i+j] != needle[j] {
					match = false
					break
				}
			}
			if match {
				return Int(int32(i))
			}
		}
		return Int(-1)
	}
	reg("LastIndexOf(char,int)", func(c *Context, this Value, args []Value) Value {
		return lastIndex(c, this, []uint16{args[0].AsChar()}, int(args[1].AsLong()))
	})
	reg("LastIndexOf(string,int)", func(c *Context, this Value, args []Value) Value {
		if args[0].K == KNull {
			c.ThrowValue(c.New(c.in.TypeByName("System.ArgumentNullException"), Str("value")))
		}
		return lastIndex(c, this, ToUTF16(args[0].AsString()), int(args[1].AsLong()))
	})
	reg("ToCharArray(int,int)", func(c *Context, this Value, args []Value) Value {
		u := ToUTF16(this.AsString())
		i, n := int(args[0].AsLong()), int(args[1].AsLong())
		if i < 0 || i > len(u) || i > len(u)-n {
			throwArgOutOfRange(c, "startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.")
		}
		if n < 0 {
			throwArgOutOfRange(c, "length", "Index was out of range. Must be non-negative and less than the size of the collection.")
		}
		items := make([]Value, n)
		for k := range items {
			items[k] = Char(u[i+k])
		}
		return ArrVal(&Array{Elem: c.in.prim[KChar], Data: items})
	})
	reg("LastIndexOf(string,StringComparison)", func(c *Context, this Value, args []Value) Value {
		if args[0].K == KNull {
			c.ThrowValue(c.New(c.in.TypeByName("System.ArgumentNullException"), Str("value")))
		}
		if args[1].K != KEnum {
			// run-time overload resolution may pick this overload for an
			// int argument: LastIndexOf(string, startIndex)
			return lastIndex(c, this, ToUTF16(args[0].AsString()), int(args[1].AsLong()))
		}
		s, v := this.AsString(), args[0].AsString()
		switch args[1].AsLong() {
		case 1, 3, 5:
			s, v = bcl.ToUpperInvariant(s), bcl.ToUpperInvariant(v)
		}
		if v == "" {
			return Int(int32(max(0, UTF16Len(s)-1)))
		}
		return Int(int32(bcl.LastIndexOfOrdinal(s, v)))
	})
}

// joinValues is string.Join: the items' strings (null as "") between separators (null as "").
func joinValues(c *Context, sep Value, items []Value) Value {
	var b strings.Builder
	for i, it := range items {
		if i > 0 && sep.K == KString {
			b.WriteString(sep.AsString())
		}
		if it.K != KNull {
			b.WriteString(c.ToString(it))
		}
	}
	return Str(b.String())
}

// searchRange checks a (startIndex, count) pair of IndexOf/IndexOfAny on a
// string of n UTF-16 units and returns the searched range [lo, hi).
func searchRange(c *Context, n, start, count int) (int, int) {
	if start < 0 || start > n {
		throwArgOutOfRange(c, "startIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.")
	}
	if count < 0 || count > n-start {
		throwArgOutOfRange(c, "count", "Count must be positive and count must refer to a location within the string/array/collection.")
	}
	return start, start + count
}

// lastSearchRange checks a (startIndex, count) pair of LastIndexOf/LastIndexOfAny
// (the search runs backwards from startIndex over count units) and returns the
// searched range [lo, hi); ok is false when an empty string makes the search empty.
func lastSearchRange(c *Context, n, start, count int) (int, int, bool) {
	if n == 0 && (start == -1 || start == 0) {
		if count < 0 {
			throwArgOutOfRange(c, "count", "Count must be positive and count must refer to a location within the string/array/collection.")
		}
		return 0, 0, false
	}
	if start < 0 || start >= n {
		throwArgOutOfRange(c, "startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.")
	}
	if count < 0 || start-count+1 < 0 {
		throwArgOutOfRange(c, "count", "Count must be positive and count must refer to a location within the string/array/collection.")
	}
	return start - count + 1, start + 1, true
}

// indexIn returns the first index of needle in hay[lo:hi] (as an index into hay), or -1.
func indexIn(hay, needle []uint16, lo, hi int) int {
	for i := lo; i+len(needle) <= hi; i++ {
		if equalUnits(hay[i:i+len(needle)], needle) {
			return i
		}
	}
	return -1
}

// lastIndexIn returns the last index of needle in hay[lo:hi], or -1.
func lastIndexIn(hay, needle []uint16, lo, hi int) int {
	for i := hi - len(needle); i >= lo; i-- {
		if equalUnits(hay[i:i+len(needle)], needle) {
			return i
		}
	}
	return -1
}

func equalUnits(a, b []uint16) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// anyOfUnits returns the set of chars of a char[] argument (ArgumentNullException for null).
func anyOfUnits(c *Context, v Value) map[uint16]bool {
	if v.K == KNull {
		c.ThrowValue(c.New(c.in.TypeByName("System.ArgumentNullException"), Str("anyOf")))
	}
	set := map[uint16]bool{}
	for _, x := range arrItems(v) {
		set[x.AsChar()] = true
	}
	return set
}

func registerStringSearch(r *Registry) {
	reg := func(sig string, f NativeFunc) { r.Register("System.String."+sig, f) }
	needleOf := func(c *Context, v Value) []uint16 {
		if v.K == KNull {
			c.ThrowValue(c.New(c.in.TypeByName("System.ArgumentNullException"), Str("value")))
		}
		return ToUTF16(v.AsString())
	}
	reg("IndexOf(char,int,int)", func(c *Context, this Value, args []Value) Value {
		u := ToUTF16(this.AsString())
		lo, hi := searchRange(c, len(u), int(args[1].AsLong()), int(args[2].AsLong()))
		return Int(int32(indexIn(u, []uint16{args[0].AsChar()}, lo, hi)))
	})
	reg("IndexOf(string,int,int)", func(c *Context, this Value, args []Value) Value {
		needle := needleOf(c, args[0])
		u := ToUTF16(this.AsString())
		lo, hi := searchRange(c, len(u), int(args[1].AsLong()), int(args[2].AsLong()))
		return Int(int32(indexIn(u, needle, lo, hi)))
	})
	reg("LastIndexOf(char,int,int)", func(c *Context, this Value, args []Value) Value {
		u := ToUTF16(this.AsString())
		lo, hi, ok := lastSearchRange(c, len(u), int(args[1].AsLong()), int(args[2].AsLong()))
		if !ok {
			return Int(-1)
		}
		return Int(int32(lastIndexIn(u, []uint16{args[0].AsChar()}, lo, hi)))
	})
	reg("LastIndexOf(string,int,int)", func(c *Context, this Value, args []Value) Value {
		needle := needleOf(c, args[0])
		u := ToUTF16(this.AsString())
		lo, hi, ok := lastSearchRange(c, len(u), int(args[1].AsLong()), int(args[2].AsLong()))
		if !ok {
			if len(needle) == 0 {
				return Int(0)
			}
			return Int(-1)
		}
		if len(needle) == 0 {
			return Int(int32(hi - 1))
		}
		return Int(int32(lastIndexIn(u, needle, lo, hi)))
	})
	indexAny := func(c *Context, this Value, args []Value, start, count int) Value {
		set := anyOfUnits(c, args[0])
		u := ToUTF16(this.AsString())
		if count < 0 {
			count = len(u) - start
		}
		lo, hi := searchRange(c, len(u), start, count)
		for i := lo; i < hi; i++ {
			if set[u[i]] {
				return Int(int32(i))
			}
		}
		return Int(-1)
	}
	reg("IndexOfAny(char[],int)", func(c *Context, this Value, args []Value) Value {
		return indexAny(c, this, args, int(args[1].AsLong()), -1)
	})
	reg("IndexOfAny(char[],int,int)", func(c *Context, this Value, args []Value) Value {
		return indexAny(c, this, args, int(args[1].AsLong()), int(args[2].AsLong()))
	})
	lastAny := func(c *Context, this Value, args []Value, start, count int) Value {
		set := anyOfUnits(c, args[0])
		u := ToUTF16(this.AsString())
		if start == -2 { // LastIndexOfAny(anyOf): the whole string
			start = len(u) - 1
		}
		if count < 0 {
			count = start + 1
		}
		lo, hi, ok := lastSearchRange(c, len(u), start, count)
		if !ok {
			return Int(-1)
		}
		for i := hi - 1; i >= lo; i-- {
			if set[u[i]] {
				return Int(int32(i))
			}
		}
		return Int(-1)
	}
	reg("LastIndexOfAny(char[])", func(c *Context, this Value, args []Value) Value {
		return lastAny(c, this, args, -2, -1)
	})
	reg("LastIndexOfAny(char[],int)", func(c *Context, this Value, args []Value) Value {
		return lastAny(c, this, args, int(args[1].AsLong()), -1)
	})
	reg("LastIndexOfAny(char[],int,int)", func(c *Context, this Value, args []Value) Value {
		return lastAny(c, this, args, int(args[1].AsLong()), int(args[2].AsLong()))
	})
}

// ordinalDiff is string.CompareOrdinal(a, b) as .NET computes it: the
// difference of the first differing UTF-16 units, else of the lengths (null first).
func ordinalDiff(a, b Value) int {
	switch {
	case a.K == KNull && b.K == KNull:
		return 0
	case a.K == KNull:
		return -1
	case b.K == KNull:
		return 1
	}
	ua, ub := ToUTF16(a.AsString()), ToUTF16(b.AsString())
	for i := 0; i < len(ua) && i < len(ub); i++ {
		if ua[i] != ub[i] {
			return int(ua[i]) - int(ub[i])
		}
	}
	return len(ua) - len(ub)
}

// checkStart throws ArgumentOutOfRangeException for an IndexOf startIndex
// outside [0, Length].
func checkStart(c *Context, s, start Value) {
	if i := start.AsLong(); i < 0 || i > int64(UTF16Len(s.AsString())) {
		throwArgOutOfRange(c, "startIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.")
	}
}

// stringsArray makes a string[] of ss.
func stringsArray(c *Context, ss []string) Value {
	items := make([]Value, len(ss))
	for i, x := range ss {
		items[i] = Str(x)
	}
	return ArrVal(&Array{Elem: c.in.tString, Data: items})
}

// splitString is String.Split without options (see bcl.Split) as a string[].
func splitString(c *Context, s string, chars []uint16, strs []string, count int) Value {
	return stringsArray(c, bcl.Split(s, chars, strs, count, 0))
}

// compositeFormat is String.Format through bcl.FormatComposite: .NET 8's
// parser, limits (index and alignment below 1,000,000) and error messages;
// each item goes through Context.Format (the format hook).
func compositeFormat(c *Context, format string, args []Value) string {
	s, err := bcl.FormatComposite(format, len(args), func(i int, f string, _ bool) (string, error) {
		return c.Format(args[i], f), nil
	})
	if err != nil {
		throwBcl(c, err)
	}
	return s
}

// Invariant case mappings (bcl: Unicode's simple mappings with .NET's
// exceptions for the Turkish dotted and dotless i).
func upperInvariant(s string) string { return bcl.ToUpperInvariant(s) }
func lowerInvariant(s string) string { return bcl.ToLowerInvariant(s) }
func charUpper(c uint16) uint16      { return bcl.CharToUpperInvariant(c) }
func charLower(c uint16) uint16      { return bcl.CharToLowerInvariant(c) }

// charNumericValue is char.GetNumericValue (bcl.CharNumericValue).
func charNumericValue(c uint16) float64 { return bcl.CharNumericValue(c) }

// invariantProvider reports whether an IFormatProvider argument is
// CultureInfo.InvariantCulture (a CultureInfo named "") or a NumberFormatInfo:
// their infinity symbols are "Infinity"/"-Infinity" where the default
// formatting prints "∞" (see docs/csharp-library.md).
func invariantProvider(c *Context, p Value) bool {
	if p.K != KObject {
		return false
	}
	t := c.in.typeOf(p)
	if t == nil || t.Namespace != "System.Globalization" {
		return false
	}
	switch t.Name {
	case "NumberFormatInfo":
		return true
	case "CultureInfo":
		return c.Call(p, "ToString").AsString() == ""
	}
	return false
}
