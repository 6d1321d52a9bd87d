package eval

import "rpbench/csharp/syntax"

// Indices and ranges (C# 8): ^i is a System.Index, a..b a System.Range,
// both structs declared in prelude/Range.cs. Arrays and strings are sliced
// directly (a copy, as RuntimeHelpers.GetSubArray and Substring do); other
// types take x[^i] through Count (or Length) and their int indexer and
// x[a..b] through Slice(start, length), the pattern-based support C# has.

// rangeVal is an Index or Range resolved against a length.
type rangeVal struct {
	lo, hi  int
	isRange bool
}

// indexIdx is an Index: a position from the start or from the end.
type indexIdx struct {
	n       int
	fromEnd bool
}

// offset returns the position of i in a sequence of length n.
func (i indexIdx) offset(n int) int {
	if i.fromEnd {
		return n - i.n
	}
	return i.n
}

// rangeExpr compiles a..b (either bound may be missing, an int or an Index).
func (c *compiler) rangeExpr(x *syntax.RangeExpr) exprFn {
	in := c.in
	var lo, hi exprFn
	if x.Low != nil {
		lo = c.expr(x.Low)
	}
	if x.High != nil {
		hi = c.expr(x.High)
	}
	pos := x.Pos()
	return func(fr *Frame) Value {
		start, end := indexIdx{0, false}, indexIdx{0, true}
		if lo != nil {
			start = in.toIndex(fr, lo(fr), &pos)
		}
		if hi != nil {
			end = in.toIndex(fr, hi(fr), &pos)
		}
		return in.newRange(fr.c, start, end)
	}
}

// toIndex converts an int or an Index value to an indexIdx.
func (in *Interp) toIndex(fr *Frame, v Value, pos *syntax.Pos) indexIdx {
	if i, ok := in.asIndex(v); ok {
		return i
	}
	n := v.AsLong()
	if n < 0 {
		fr.pos = pos
		fr.c.Throw("System.ArgumentOutOfRangeException", "Non-negative number required. (Parameter 'value')")
	}
	return indexIdx{int(n), false}
}

// makeIndex makes the Index ^v (fromEnd) or v.
func (in *Interp) makeIndex(fr *Frame, v Value, fromEnd bool) Value {
	n := v.AsLong()
	if n < 0 {
		fr.c.Throw("System.ArgumentOutOfRangeException", "Non-negative number required. (Parameter 'value')")
	}
	return in.newIndex(fr.c, indexIdx{int(n), fromEnd})
}

// rangeTypes returns System.Index and System.Range.
func (in *Interp) rangeTypes(c *Context) (index, rng *Type) {
	index, rng = in.TypeByName("System.Index"), in.TypeByName("System.Range")
	if index == nil || rng == nil {
		c.fatal("System.Index and System.Range are not declared")
	}
	return index, rng
}

// newIndex returns an Index value.
func (in *Interp) newIndex(c *Context, i indexIdx) Value {
	t, _ := in.rangeTypes(c)
	o := in.newObject(t)
	o.Fields[t.FieldByName("_value").Index] = Int(int32(i.n))
	o.Fields[t.FieldByName("_fromEnd").Index] = Bool(i.fromEnd)
	return ObjVal(o)
}

// newRange returns a Range value.
func (in *Interp) newRange(c *Context, start, end indexIdx) Value {
	_, t := in.rangeTypes(c)
	o := in.newObject(t)
	o.Fields[t.FieldByName("_start").Index] = in.newIndex(c, start)
	o.Fields[t.FieldByName("_end").Index] = in.newIndex(c, end)
	return ObjVal(o)
}

// isSystemType reports whether o is an instance of System.name.
func isSystemType(o *Object, name string) bool {
	return o != nil && o.Type != nil && o.Type.Name == name && o.Type.Namespace == "System" && o.Type.Outer == nil
}

// asIndex reads an Index value.
func (in *Interp) asIndex(v Value) (indexIdx, bool) {
	if v.K != KStruct && v.K != KObject {
		return indexIdx{}, false
	}
	o := v.Obj()
	if !isSystemType(o, "Index") {
		return indexIdx{}, false
	}
	t := o.Type
	return indexIdx{int(o.Fields[t.FieldByName("_value").Index].AsLong()), o.Fields[t.FieldByName("_fromEnd").Index].N != 0}, true
}

// asRange reads a Range value.
func (in *Interp) asRange(v Value) (start, end indexIdx, ok bool) {
	if v.K != KStruct && v.K != KObject {
		return
	}
	o := v.Obj()
	if !isSystemType(o, "Range") {
		return
	}
	t := o.Type
	start, _ = in.asIndex(o.Fields[t.FieldByName("_start").Index])
	end, _ = in.asIndex(o.Fields[t.FieldByName("_end").Index])
	return start, end, true
}

// rangeOrIndex resolves an Index or Range value against a length n:
// an Index out of range throws IndexOutOfRangeException, a Range out of
// range ArgumentOutOfRangeException. ok is false for other values.
func (in *Interp) rangeOrIndex(fr *Frame, v Value, n int) (rangeVal, bool) {
	if i, ok := in.asIndex(v); ok {
		lo := i.offset(n)
		if lo < 0 || lo >= n {
			fr.c.Throw("System.IndexOutOfRangeException", "Index was outside the bounds of the array.")
		}
		return rangeVal{lo: lo}, true
	}
	start, end, ok := in.asRange(v)
	if !ok {
		return rangeVal{}, false
	}
	lo, hi := start.offset(n), end.offset(n)
	if lo < 0 || hi > n || lo > hi {
		fr.c.Throw("System.ArgumentOutOfRangeException", "Specified argument was out of the range of valid values. (Parameter 'length')")
	}
	return rangeVal{lo: lo, hi: hi, isRange: true}, true
}

// indexOffset returns the int position an Index value v denotes in a
// sequence of length n, or v as an int.
func (in *Interp) indexOffset(v Value, n int) int64 {
	if i, ok := in.asIndex(v); ok {
		return int64(i.offset(n))
	}
	return v.AsLong()
}

// countOf returns the Count (or Length) of recv for x[^i] on a type with an
// int indexer.
func (in *Interp) countOf(fr *Frame, recv Value, t *Type) (int, bool) {
	for _, name := range []string{"Count", "Length"} {
		if g := in.findGetter(t, name); g != nil {
			v := in.invoke(fr.c, g, in.ctypeFor(t, g.Decl), nil, recv, nil)
			return int(v.AsLong()), true
		}
	}
	return 0, false
}

// indexByIndex reads recv[idx] when idx is an Index or a Range and recv's
// type has no indexer taking it (the implicit Index and Range support).
func (in *Interp) indexByIndex(fr *Frame, recv Value, t *Type, idx Value) (Value, bool) {
	if i, ok := in.asIndex(idx); ok {
		n, ok := in.countOf(fr, recv, t)
		if !ok {
			return Null, false
		}
		args := []Value{Int(int32(i.offset(n)))}
		m := in.findIndexer(fr.c, t, "get_Item", args)
		if m == nil {
			return Null, false
		}
		return in.invoke(fr.c, m, in.ctypeFor(t, m.Decl), nil, recv, in.bindArgs(fr.c, m, args, nil, fr)), true
	}
	if start, end, ok := in.asRange(idx); ok {
		n, ok := in.countOf(fr, recv, t)
		if !ok {
			return Null, false
		}
		lo, hi := start.offset(n), end.offset(n)
		if lo < 0 || hi > n || lo > hi {
			fr.c.Throw("System.ArgumentOutOfRangeException", "Specified argument was out of the range of valid values. (Parameter 'length')")
		}
		args := []Value{Int(int32(lo)), Int(int32(hi - lo))}
		m := in.pickOverload(fr.c, in.findMethods(t, "Slice"), args, nil)
		if m == nil {
			return Null, false
		}
		return in.invoke(fr.c, m, in.ctypeFor(t, m.Decl), nil, recv, in.bindArgs(fr.c, m, args, nil, fr)), true
	}
	return Null, false
}

// indexArgByIndex converts an Index argument of recv[idx] = v to an int
// position (through Count or Length) when recv's type has no indexer
// taking an Index; ok is false otherwise.
func (in *Interp) indexArgByIndex(fr *Frame, recv Value, t *Type, idx Value) (Value, bool) {
	i, ok := in.asIndex(idx)
	if !ok {
		return Null, false
	}
	n, ok := in.countOf(fr, recv, t)
	if !ok {
		return Null, false
	}
	return Int(int32(i.offset(n))), true
}
