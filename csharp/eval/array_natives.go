package eval

import (
	"math"
	"math/bits"

	"rpbench/csharp/bcl"
)

// This file implements System.Array's members declared in prelude/Array.cs:
// the instance members (Rank, Clone, CopyTo, ...) and the static helpers
// (Sort, BinarySearch, IndexOf, Resize, Copy, Find*, ...).

func registerArray(r *Registry) {
	// Delegate.RemoveAll lives here for want of a delegate natives file.
	r.Register("System.Delegate.RemoveAll(Delegate,Delegate)", func(c *Context, this Value, args []Value) Value {
		d := args[0].Del()
		for {
			next := removeDelegate(d, args[1].Del())
			if next == d {
				return DelVal(d)
			}
			d = next
		}
	})
	const A = "System.Array."
	reg := func(key string, f NativeFunc) { r.Register(A+key, f) }

	reg("get_Rank()", func(c *Context, this Value, args []Value) Value {
		if d := this.Arr().Dims; d != nil {
			return Int(int32(len(d)))
		}
		return Int(1)
	})
	reg("GetEnumerator()", func(c *Context, this Value, args []Value) Value {
		return c.in.arrayEnumerator(this.Arr())
	})
	reg("get_LongLength()", func(c *Context, this Value, args []Value) Value {
		return Long(int64(len(this.Arr().Data)))
	})
	reg("GetUpperBound(int)", func(c *Context, this Value, args []Value) Value {
		return Int(int32(arrayDim(c, this.Arr(), args[0]) - 1))
	})
	reg("GetLowerBound(int)", func(c *Context, this Value, args []Value) Value {
		arrayDim(c, this.Arr(), args[0])
		return Int(0)
	})
	reg("GetValue(int)", func(c *Context, this Value, args []Value) Value {
		a := this.Arr()
		i := arrayIndex(c, a, args[0])
		return c.in.boxValue(a.Elem, a.Data[i])
	})
	reg("SetValue(object,int)", func(c *Context, this Value, args []Value) Value {
		a := this.Arr()
		i := arrayIndex(c, a, args[1])
		a.Data[i] = storeCopy(args[0])
		return Null
	})
	reg("Clone()", func(c *Context, this Value, args []Value) Value {
		a := this.Arr()
		b := &Array{Elem: a.Elem, Data: make([]Value, len(a.Data))}
		if a.Dims != nil {
			b.Dims = append([]int(nil), a.Dims...)
		}
		copyValues(b.Data, a.Data)
		return ArrVal(b)
	})
	reg("CopyTo(Array,int)", func(c *Context, this Value, args []Value) Value {
		src := this.Arr()
		dst := arrayArg(c, args[0], "destinationArray")
		at := int(args[1].AsLong())
		if at < 0 {
			throwArgOutOfRange(c, "destinationIndex", "Non-negative number required.")
		}
		if at+len(src.Data) > len(dst.Data) {
			throwArg(c, "Destination array was not long enough. Check the destination index, length, and the array's lower bounds.", "destinationArray")
		}
		copyValues(dst.Data[at:at+len(src.Data)], src.Data)
		return Null
	})

	reg("Empty``1()", func(c *Context, this Value, args []Value) Value {
		return ArrVal(&Array{Elem: c.typeArg(0), Data: []Value{}})
	})
	reg("CreateInstance(Type,int)", func(c *Context, this Value, args []Value) Value {
		t, _ := args[0].R.(*Type)
		if t == nil {
			c.ThrowValue(c.New(c.in.TypeByName("System.ArgumentNullException"), Str("elementType")))
		}
		n := int(args[1].AsLong())
		if n < 0 {
			throwArgOutOfRange(c, "length", "Non-negative number required.")
		}
		return c.in.newArray(t, nil, n)
	})

	// Sort: one native for every overload, told apart by the arguments.
	sort := func(c *Context, this Value, args []Value) Value {
		a := arrayArg(c, args[0], "array")
		if len(args) == 2 && args[1].K == KArray {
			keys, items := a, args[1].Arr()
			if len(items.Data) < len(keys.Data) {
				throwArg(c, "Destination array was not long enough. Check the destination index, length, and the array's lower bounds.", "items")
			}
			sortKeysItems(keys.Data, items.Data, c.comparison(Null))
			return Null
		}
		lo, n := 0, len(a.Data)
		cmp := Null
		switch len(args) {
		case 2:
			cmp = args[1]
		case 3, 4:
			lo, n = arrayRange(c, a, args[1], args[2], "index", "length")
			if len(args) == 4 {
				cmp = args[3]
			}
		}
		introSort(a.Data[lo:lo+n], c.comparison(cmp))
		return Null
	}
	reg("Sort``1", sort)
	reg("Sort``2", sort)
	reg("BinarySearch``1", func(c *Context, this Value, args []Value) Value {
		a := arrayArg(c, args[0], "array")
		lo, n := 0, len(a.Data)
		value, cmp := Null, Null
		switch len(args) {
		case 2:
			value = args[1]
		case 3:
			value, cmp = args[1], args[2]
		case 4:
			lo, n = arrayRange(c, a, args[1], args[2], "index", "length")
			value = args[3]
		}
		f := c.comparison(cmp)
		hi := lo + n - 1
		for lo <= hi {
			i := lo + (hi-lo)>>1
			switch r := f(a.Data[i], value); {
			case r == 0:
				return Int(int32(i))
			case r < 0:
				lo = i + 1
			default:
				hi = i - 1
			}
		}
		return Int(^int32(lo))
	})
	indexOf := func(c *Context, this Value, args []Value) Value {
		a := arrayArg(c, args[0], "array")
		start, n := 0, len(a.Data)
		if len(args) >= 3 {
			start = int(args[2].AsLong())
			if start < 0 || start > len(a.Data) {
				throwArgOutOfRange(c, "startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.")
			}
			n = len(a.Data) - start
		}
		if len(args) == 4 {
			n = int(args[3].AsLong())
			if n < 0 || start+n > len(a.Data) {
				throwArgOutOfRange(c, "count", "Count must be positive and count must refer to a location within the string/array/collection.")
			}
		}
		for i := start; i < start+n; i++ {
			if c.Equals(a.Data[i], args[1]) {
				return Int(int32(i))
			}
		}
		return Int(-1)
	}
	reg("IndexOf``1(T[],T)", indexOf)
	reg("IndexOf``1(T[],T,int)", indexOf)
	reg("IndexOf``1(T[],T,int,int)", indexOf)
	lastIndexOf := func(c *Context, this Value, args []Value) Value {
		a := arrayArg(c, args[0], "array")
		start := len(a.Data) - 1
		if len(args) == 3 {
			start = int(args[2].AsLong())
			if start < 0 && len(a.Data) > 0 || start >= len(a.Data) && len(a.Data) > 0 {
				throwArgOutOfRange(c, "startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.")
			}
		}
		for i := start; i >= 0; i-- {
			if c.Equals(a.Data[i], args[1]) {
				return Int(int32(i))
			}
		}
		return Int(-1)
	}
	reg("LastIndexOf``1(T[],T)", lastIndexOf)
	reg("LastIndexOf``1(T[],T,int)", lastIndexOf)
	reverse := func(c *Context, this Value, args []Value) Value {
		a := arrayArg(c, args[0], "array")
		lo, n := 0, len(a.Data)
		if len(args) == 3 {
			lo, n = arrayRange(c, a, args[1], args[2], "index", "length")
		}
		d := a.Data[lo : lo+n]
		for i, j := 0, len(d)-1; i < j; i, j = i+1, j-1 {
			d[i], d[j] = d[j], d[i]
		}
		return Null
	}
	reg("Reverse(Array)", reverse)
	reg("Reverse(Array,int,int)", reverse)
	reg("Resize``1(ref T[],int)", func(c *Context, this Value, args []Value) Value {
		n := int(args[1].AsLong())
		if n < 0 {
			throwArgOutOfRange(c, "newSize", "Non-negative number required.")
		}
		old := Deref(args[0])
		elem := c.typeArg(0)
		var data []Value
		if old.K == KArray {
			elem = old.Arr().Elem
			data = old.Arr().Data
			if len(data) == n {
				return Null
			}
		}
		na := c.in.newArray(elem, nil, n)
		copy(na.Arr().Data, data[:min(n, len(data))])
		c.SetRef(args[0], na)
		return Null
	})
	reg("ConvertAll``2(TInput[],Converter<TInput,TOutput>)", func(c *Context, this Value, args []Value) Value {
		a := arrayArg(c, args[0], "array")
		if args[1].K == KNull {
			c.ThrowValue(c.New(c.in.TypeByName("System.ArgumentNullException"), Str("converter")))
		}
		out := make([]Value, len(a.Data))
		for i, x := range a.Data {
			out[i] = c.Invoke(args[1], x)
		}
		elem := c.typeArg(1)
		if elem == c.in.tObject {
			elem = c.in.commonType(out)
		}
		return ArrVal(&Array{Elem: elem, Data: out})
	})
	matchArgs := func(c *Context, args []Value) (*Array, Value) {
		a := arrayArg(c, args[0], "array")
		m := args[len(args)-1]
		if m.K == KNull {
			c.ThrowValue(c.New(c.in.TypeByName("System.ArgumentNullException"), Str("match")))
		}
		return a, m
	}
	test := func(c *Context, m, x Value) bool { return c.Invoke(m, x).AsBool() }
	reg("Exists``1(T[],Predicate<T>)", func(c *Context, this Value, args []Value) Value {
		a, m := matchArgs(c, args)
		for _, x := range a.Data {
			if test(c, m, x) {
				return Bool(true)
			}
		}
		return Bool(false)
	})
	reg("TrueForAll``1(T[],Predicate<T>)", func(c *Context, this Value, args []Value) Value {
		a, m := matchArgs(c, args)
		for _, x := range a.Data {
			if !test(c, m, x) {
				return Bool(false)
			}
		}
		return Bool(true)
	})
	reg("Find``1(T[],Predicate<T>)", func(c *Context, this Value, args []Value) Value {
		a, m := matchArgs(c, args)
		for _, x := range a.Data {
			if test(c, m, x) {
				return x
			}
		}
		return c.in.zeroValue(a.Elem)
	})
	reg("FindLast``1(T[],Predicate<T>)", func(c *Context, this Value, args []Value) Value {
		a, m := matchArgs(c, args)
		for i := len(a.Data) - 1; i >= 0; i-- {
			if test(c, m, a.Data[i]) {
				return a.Data[i]
			}
		}
		return c.in.zeroValue(a.Elem)
	})
	reg("FindAll``1(T[],Predicate<T>)", func(c *Context, this Value, args []Value) Value {
		a, m := matchArgs(c, args)
		out := []Value{}
		for _, x := range a.Data {
			if test(c, m, x) {
				out = append(out, storeCopy(x))
			}
		}
		return ArrVal(&Array{Elem: a.Elem, Data: out})
	})
	findIndex := func(c *Context, this Value, args []Value) Value {
		a, m := matchArgs(c, args)
		start := 0
		if len(args) == 3 {
			start = int(args[1].AsLong())
			if start < 0 || start > len(a.Data) {
				throwArgOutOfRange(c, "startIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.")
			}
		}
		for i := start; i < len(a.Data); i++ {
			if test(c, m, a.Data[i]) {
				return Int(int32(i))
			}
		}
		return Int(-1)
	}
	reg("FindIndex``1(T[],Predicate<T>)", findIndex)
	reg("FindIndex``1(T[],int,Predicate<T>)", findIndex)
	reg("FindLastIndex``1(T[],Predicate<T>)", func(c *Context, this Value, args []Value) Value {
		a, m := matchArgs(c, args)
		for i := len(a.Data) - 1; i >= 0; i-- {
			if test(c, m, a.Data[i]) {
				return Int(int32(i))
			}
		}
		return Int(-1)
	})
	reg("ForEach``1(T[],Action<T>)", func(c *Context, this Value, args []Value) Value {
		a := arrayArg(c, args[0], "array")
		if args[1].K == KNull {
			c.ThrowValue(c.New(c.in.TypeByName("System.ArgumentNullException"), Str("action")))
		}
		for _, x := range a.Data {
			c.Invoke(args[1], x)
		}
		return Null
	})
	fill := func(c *Context, this Value, args []Value) Value {
		a := arrayArg(c, args[0], "array")
		lo, n := 0, len(a.Data)
		if len(args) == 4 {
			lo, n = arrayRange(c, a, args[2], args[3], "startIndex", "count")
		}
		for i := lo; i < lo+n; i++ {
			a.Data[i] = storeCopy(args[1])
		}
		return Null
	}
	reg("Fill``1(T[],T)", fill)
	reg("Fill``1(T[],T,int,int)", fill)
	arrayCopy := func(c *Context, this Value, args []Value) Value {
		var src, dst *Array
		var si, di, n int
		if len(args) == 3 {
			src, dst = arrayArg(c, args[0], "sourceArray"), arrayArg(c, args[1], "destinationArray")
			n = int(args[2].AsLong())
		} else {
			src, dst = arrayArg(c, args[0], "sourceArray"), arrayArg(c, args[2], "destinationArray")
			si, di, n = int(args[1].AsLong()), int(args[3].AsLong()), int(args[4].AsLong())
		}
		switch {
		case n < 0:
			throwArgOutOfRange(c, "length", "Non-negative number required.")
		case si < 0:
			throwArgOutOfRange(c, "sourceIndex", "Non-negative number required.")
		case di < 0:
			throwArgOutOfRange(c, "destinationIndex", "Non-negative number required.")
		case si+n > len(src.Data):
			throwArg(c, "Source array was not long enough. Check the source index, length, and the array's lower bounds.", "sourceArray")
		case di+n > len(dst.Data):
			throwArg(c, "Destination array was not long enough. Check the destination index, length, and the array's lower bounds.", "destinationArray")
		}
		from := src.Data[si : si+n]
		to := dst.Data[di : di+n]
		if src.Elem != dst.Elem && dst.Elem != nil && dst.Elem.Prim.IsNumeric() && src.Elem != nil && src.Elem.Prim.IsNumeric() {
			// widening copies (int[] to long[]) convert each element
			for i, v := range from {
				to[i] = c.numConvert(v, dst.Elem.Prim, false)
			}
			return Null
		}
		copyValues(to, from)
		return Null
	}
	reg("Copy(Array,Array,int)", arrayCopy)
	reg("Copy(Array,int,Array,int,int)", arrayCopy)
	reg("ConstrainedCopy(Array,int,Array,int,int)", arrayCopy)
	clear := func(c *Context, this Value, args []Value) Value {
		a := arrayArg(c, args[0], "array")
		lo, n := 0, len(a.Data)
		if len(args) == 3 {
			lo, n = arrayRange(c, a, args[1], args[2], "index", "length")
		}
		for i := lo; i < lo+n; i++ {
			a.Data[i] = c.in.zeroValue(a.Elem)
		}
		return Null
	}
	reg("Clear(Array)", clear)
	reg("Clear(Array,int,int)", clear)
}

// typeArg returns the i-th type argument of the generic method being called
// (object when it is unknown).
func (c *Context) typeArg(i int) *Type {
	if i < len(c.targs) && c.targs[i] != nil {
		return c.targs[i]
	}
	return c.in.tObject
}

// boxValue returns v as an object of static type t sees it (values are
// already self-describing; structs are copied).
func (in *Interp) boxValue(t *Type, v Value) Value { return storeCopy(v) }

// storeCopy copies a struct value (value semantics on store); other values are returned as they are.
func storeCopy(v Value) Value {
	if v.K == KStruct {
		return cloneStruct(v)
	}
	return v
}

// copyValues copies src into dst (overlap allowed), copying struct values.
func copyValues(dst, src []Value) {
	copy(dst, src)
	for i, v := range dst {
		if v.K == KStruct {
			dst[i] = cloneStruct(v)
		}
	}
}

// arrayArg returns the array in v, throwing ArgumentNullException(param) for null.
func arrayArg(c *Context, v Value, param string) *Array {
	if v.K == KRef {
		v = Deref(v)
	}
	if v.K != KArray {
		if v.K == KNull {
			c.ThrowValue(c.New(c.in.TypeByName("System.ArgumentNullException"), Str(param)))
		}
		throwArg(c, "Object must be an array.", param)
	}
	return v.Arr()
}

// arrayDim checks a dimension argument of GetUpperBound/GetLowerBound and returns its length.
func arrayDim(c *Context, a *Array, d Value) int {
	i := int(d.AsLong())
	if a.Dims == nil {
		if i != 0 {
			c.Throw("System.IndexOutOfRangeException", "")
		}
		return len(a.Data)
	}
	if i < 0 || i >= len(a.Dims) {
		c.Throw("System.IndexOutOfRangeException", "")
	}
	return a.Dims[i]
}

// arrayIndex checks an index into a single-dimensional array.
func arrayIndex(c *Context, a *Array, v Value) int {
	i := v.AsLong()
	if i < 0 || i >= int64(len(a.Data)) {
		c.Throw("System.IndexOutOfRangeException", "")
	}
	return int(i)
}

// arrayRange checks an (index, length) pair against a and returns it.
func arrayRange(c *Context, a *Array, iv, nv Value, iname, nname string) (int, int) {
	i, n := int(iv.AsLong()), int(nv.AsLong())
	switch {
	case i < 0:
		throwArgOutOfRange(c, iname, "Non-negative number required.")
	case n < 0:
		throwArgOutOfRange(c, nname, "Non-negative number required.")
	case i+n > len(a.Data):
		throwArg(c, "Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.", "")
	}
	return i, n
}

// throwArg throws ArgumentException(msg, param) (no parameter name when param is "").
func throwArg(c *Context, msg, param string) {
	t := c.in.TypeByName("System.ArgumentException")
	if param == "" {
		c.ThrowValue(c.New(t, Str(msg)))
	}
	c.ThrowValue(c.New(t, Str(msg), Str(param)))
}

// throwArgOutOfRange throws ArgumentOutOfRangeException(param, msg).
func throwArgOutOfRange(c *Context, param, msg string) {
	c.ThrowValue(c.New(c.in.TypeByName("System.ArgumentOutOfRangeException"), Str(param), Str(msg)))
}

// comparison returns the order a Sort or BinarySearch uses: Comparer<T>.Default
// for null, a Comparison<T> delegate, or an IComparer<T> object's Compare.
func (c *Context) comparison(v Value) func(a, b Value) int {
	switch v.K {
	case KNull:
		return c.CompareDefault
	case KDelegate:
		return func(a, b Value) int { return int(c.Invoke(v, a, b).AsLong()) }
	}
	return func(a, b Value) int { return int(c.Call(v, "Compare", a, b).AsLong()) }
}

// CompareDefault is Comparer<T>.Default.Compare(a, b): null first, numbers
// by value (NaN first), strings with the invariant culture, decimals, enums
// and chars by value, other objects through IComparable.CompareTo.
func (c *Context) CompareDefault(a, b Value) int {
	if a.K == KRef {
		a = Deref(a)
	}
	if b.K == KRef {
		b = Deref(b)
	}
	if a.K == KNull || b.K == KNull {
		switch {
		case a.K == b.K:
			return 0
		case a.K == KNull:
			return -1
		}
		return 1
	}
	switch {
	case a.K == KString && b.K == KString:
		return bcl.CompareInvariant(a.AsString(), b.AsString())
	case a.K == KDecimal && b.K == KDecimal && decimalOps != nil:
		return decimalOps.Cmp(a.R, b.R)
	case (a.K == KDouble || a.K == KFloat) && (b.K == KDouble || b.K == KFloat):
		x, y := a.AsDouble(), b.AsDouble()
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		case x == y:
			return 0
		case math.IsNaN(x) && math.IsNaN(y):
			return 0
		case math.IsNaN(x):
			return -1
		}
		return 1
	case a.K == b.K && (a.K.IsIntegral() || a.K == KChar || a.K == KBool || a.K == KEnum):
		if a.K.isSigned() || a.K == KEnum {
			return cmpInt(int64(a.N), int64(b.N))
		}
		return cmpUint(a.N, b.N)
	case a.K.IsIntegral() && b.K.IsIntegral():
		return cmpInt(a.AsLong(), b.AsLong())
	}
	if a.K == KObject || a.K == KStruct {
		if len(c.in.findMethods(a.Obj().Type, "CompareTo")) == 0 {
			c.Throw("System.InvalidOperationException", "Failed to compare two elements in the array.")
		}
	}
	return int(c.Call(a, "CompareTo", b).AsLong())
}

func cmpInt(x, y int64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

func cmpUint(x, y uint64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// sortKeysItems sorts keys and moves items along (Array.Sort(keys, items)).
func sortKeysItems(keys, items []Value, cmp func(a, b Value) int) {
	type pair struct{ k, v Value }
	ps := make([]Value, len(keys))
	for i := range keys {
		ps[i] = Value{K: KNative, R: &pair{keys[i], items[i]}}
	}
	introSort(ps, func(a, b Value) int { return cmp(a.R.(*pair).k, b.R.(*pair).k) })
	for i, p := range ps {
		keys[i], items[i] = p.R.(*pair).k, p.R.(*pair).v
	}
}

// introSort sorts k in place with the introspective sort of .NET's
// ArraySortHelper<T>: insertion sort below 17 elements, median-of-three
// quicksort, heapsort past a depth limit. It is not stable; following .NET's
// steps keeps equal elements in the order .NET leaves them.
func introSort(k []Value, cmp func(a, b Value) int) {
	if len(k) < 2 {
		return
	}
	limit := 2 * bits.Len(uint(len(k)))
	introSortRange(k, 0, len(k)-1, limit, cmp)
}

func introSortRange(k []Value, lo, hi, limit int, cmp func(a, b Value) int) {
	order := func(i, j int) {
		if cmp(k[i], k[j]) > 0 {
			k[i], k[j] = k[j], k[i]
		}
	}
	for lo < hi {
		n := hi - lo + 1
		if n <= 16 {
			switch n {
			case 2:
				order(lo, hi)
			case 3:
				order(lo, hi-1)
				order(lo, hi)
				order(hi-1, hi)
			default:
				insertionSort(k[lo:hi+1], cmp)
			}
			return
		}
		if limit == 0 {
			heapSortValues(k[lo:hi+1], cmp)
			return
		}
		limit--
		p := partitionValues(k, lo, hi, order, cmp)
		introSortRange(k, p+1, hi, limit, cmp)
		hi = p - 1
	}
}

// partitionValues is the median-of-three partition step; it returns the pivot's final index.
func partitionValues(k []Value, lo, hi int, order func(i, j int), cmp func(a, b Value) int) int {
	mid := lo + (hi-lo)/2
	order(lo, mid)
	order(lo, hi)
	order(mid, hi)
	pivot := k[mid]
	k[mid], k[hi-1] = k[hi-1], k[mid]
	l, r := lo, hi-1
	for l < r {
		l++
		for cmp(k[l], pivot) < 0 {
			l++
		}
		r--
		for cmp(pivot, k[r]) < 0 {
			r--
		}
		if l >= r {
			break
		}
		k[l], k[r] = k[r], k[l]
	}
	if l != hi-1 {
		k[l], k[hi-1] = k[hi-1], k[l]
	}
	return l
}

func insertionSort(k []Value, cmp func(a, b Value) int) {
	for i := 1; i < len(k); i++ {
		t := k[i]
		j := i - 1
		for j >= 0 && cmp(t, k[j]) < 0 {
			k[j+1] = k[j]
			j--
		}
		k[j+1] = t
	}
}

// heapSortValues is a max-heap sort with 1-based sift-down, as .NET's.
func heapSortValues(k []Value, cmp func(a, b Value) int) {
	n := len(k)
	sift := func(i, n int) {
		d := k[i-1]
		for i <= n/2 {
			child := 2 * i
			if child < n && cmp(k[child-1], k[child]) < 0 {
				child++
			}
			if cmp(d, k[child-1]) >= 0 {
				break
			}
			k[i-1] = k[child-1]
			i = child
		}
		k[i-1] = d
	}
	for i := n / 2; i >= 1; i-- {
		sift(i, n)
	}
	for i := n; i > 1; i-- {
		k[0], k[i-1] = k[i-1], k[0]
		sift(1, i-1)
	}
}
