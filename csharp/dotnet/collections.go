package dotnet

import (
	"math/bits"
	"strconv"

	"rpbench/csharp/bcl"
	"rpbench/csharp/eval"
)

const errModified = "Collection was modified; enumeration operation may not execute."

// typeArg returns the i-th generic argument of this's type.
func typeArg(this eval.Value, i int) *eval.Type {
	if o := this.Obj(); o != nil && i < len(o.Type.TypeArgs) {
		return o.Type.TypeArgs[i]
	}
	return nil
}

// ---- comparers ----

// Comparer kinds: 0 default, 1 ordinal, 2 ordinal ignore case, 3 invariant,
// 4 invariant ignore case, 9 a user IEqualityComparer<T>/IComparer<T> object.
type comparer struct {
	kind int
	obj  eval.Value
}

func comparerOf(v eval.Value) comparer {
	o := v.Obj()
	if o == nil {
		return comparer{}
	}
	if o.Type.Name == "__StringComparer" && len(o.Fields) > 0 {
		return comparer{kind: int(o.Fields[0].AsLong()), obj: v}
	}
	return comparer{kind: 9, obj: v}
}

func (cm comparer) equals(c *eval.Context, a, b eval.Value) bool {
	switch cm.kind {
	case 1, 2, 3, 4:
		if a.K == eval.KNull || b.K == eval.KNull {
			return a.K == b.K
		}
		return stringCompare(cm.kind, a.AsString(), b.AsString()) == 0
	case 9:
		return c.Call(cm.obj, "Equals", a, b).AsBool()
	}
	return c.Equals(a, b)
}

func (cm comparer) hash(c *eval.Context, v eval.Value) int32 {
	switch cm.kind {
	case 1, 2, 3, 4:
		return int32(stringHash(cm.kind, v.AsString()))
	case 9:
		return int32(c.Call(cm.obj, "GetHashCode", v).AsLong())
	}
	if v.K == eval.KDecimal {
		// numerically equal decimals (1.5, 1.50) must hash alike
		f := dec(v.R).Float64()
		return c.HashCode(eval.Double(f))
	}
	return c.HashCode(v)
}

func stringCompare(kind int, a, b string) int {
	switch kind {
	case 1:
		return bcl.CompareOrdinal(a, b)
	case 2:
		return bcl.CompareOrdinalIgnoreCase(a, b)
	case 4:
		return bcl.CompareInvariantIgnoreCase(a, b)
	}
	return bcl.CompareInvariant(a, b)
}

func stringHash(kind int, s string) int {
	if kind == 2 || kind == 4 {
		s = bcl.ToUpperInvariant(s)
	}
	var h uint32 = 2166136261
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return int(int32(h))
}

// compareDefault is Comparer<T>.Default.Compare (the interpreter's: null first,
// numbers by value, strings with the invariant culture, IComparable objects).
func compareDefault(c *eval.Context, a, b eval.Value) int { return c.CompareDefault(a, b) }

// orderFunc returns the comparison a Sort uses: default, a Comparison<T>
// delegate or an IComparer<T> object.
func orderFunc(c *eval.Context, v eval.Value) func(a, b eval.Value) int {
	switch v.K {
	case eval.KNull:
		return func(a, b eval.Value) int { return compareDefault(c, a, b) }
	case eval.KDelegate:
		return func(a, b eval.Value) int { return int(c.Invoke(v, a, b).AsLong()) }
	}
	if cm := comparerOf(v); cm.kind >= 1 && cm.kind <= 4 {
		return func(a, b eval.Value) int { return stringCompare(cm.kind, a.AsString(), b.AsString()) }
	}
	return func(a, b eval.Value) int { return int(c.Call(v, "Compare", a, b).AsLong()) }
}

// introSort is .NET's ArraySortHelper<T>.IntrospectiveSort (not stable), so that
// elements comparing equal end up in the same order as on .NET.
func introSort(keys []eval.Value, cmp func(a, b eval.Value) int) {
	if len(keys) < 2 {
		return
	}
	depth := 2 * (bits.Len(uint(len(keys))) - 1 + 1)
	introSortRange(keys, 0, len(keys)-1, depth, cmp)
}

func introSortRange(k []eval.Value, lo, hi, depth int, cmp func(a, b eval.Value) int) {
	swapIfGreater := func(i, j int) {
		if cmp(k[i], k[j]) > 0 {
			k[i], k[j] = k[j], k[i]
		}
	}
	for hi > lo {
		size := hi - lo + 1
		if size <= 16 {
			switch size {
			case 2:
				swapIfGreater(lo, hi)
				return
			case 3:
				swapIfGreater(lo, hi-1)
				swapIfGreater(lo, hi)
				swapIfGreater(hi-1, hi)
				return
			}
			for i := lo; i < hi; i++ {
				j := i
				t := k[i+1]
				for j >= lo && cmp(t, k[j]) < 0 {
					k[j+1] = k[j]
					j--
				}
				k[j+1] = t
			}
			return
		}
		if depth == 0 {
			heapSort(k, lo, hi, cmp)
			return
		}
		depth--
		// pick pivot and partition
		mid := lo + (hi-lo)/2
		swapIfGreater(lo, mid)
		swapIfGreater(lo, hi)
		swapIfGreater(mid, hi)
		pivot := k[mid]
		k[mid], k[hi-1] = k[hi-1], k[mid]
		left, right := lo, hi-1
		for left < right {
			for left++; cmp(k[left], pivot) < 0; left++ {
			}
			for right--; cmp(pivot, k[right]) < 0; right-- {
			}
			if left >= right {
				break
			}
			k[left], k[right] = k[right], k[left]
		}
		if left != hi-1 {
			k[left], k[hi-1] = k[hi-1], k[left]
		}
		introSortRange(k, left+1, hi, depth, cmp)
		hi = left - 1
	}
}

func heapSort(k []eval.Value, lo, hi int, cmp func(a, b eval.Value) int) {
	n := hi - lo + 1
	down := func(i, n int) {
		d := k[lo+i-1]
		for i <= n>>1 {
			child := 2 * i
			if child < n && cmp(k[lo+child-1], k[lo+child]) < 0 {
				child++
			}
			if !(cmp(d, k[lo+child-1]) < 0) {
				break
			}
			k[lo+i-1] = k[lo+child-1]
			i = child
		}
		k[lo+i-1] = d
	}
	for i := n >> 1; i >= 1; i-- {
		down(i, n)
	}
	for i := n; i > 1; i-- {
		k[lo], k[lo+i-1] = k[lo+i-1], k[lo]
		down(1, i-1)
	}
}

// collect reads any enumerable into a slice.
func collect(c *eval.Context, v eval.Value) []eval.Value {
	var out []eval.Value
	c.ForEach(v, func(x eval.Value) bool { out = append(out, x); return true })
	return out
}

// ---- List<T> ----

type listState struct {
	items   []eval.Value
	version int
}

func (l *listState) Enumerate(c *eval.Context, yield func(eval.Value) bool) {
	v := l.version
	for i := 0; i < len(l.items); i++ {
		if !yield(l.items[i]) {
			return
		}
		if l.version != v {
			throwEx(c, "System.InvalidOperationException", errModified)
		}
	}
}

func listOf(c *eval.Context, this eval.Value) *listState {
	if l, ok := this.Native().(*listState); ok {
		return l
	}
	throwEx(c, "System.NullReferenceException", "Object reference not set to an instance of an object.")
	return nil
}

func indexError(c *eval.Context, param string) {
	throwEx(c, "System.ArgumentOutOfRangeException", "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter '"+param+"')")
}

// newList makes a List<T> value holding items.
func newList(c *eval.Context, elem *eval.Type, items []eval.Value) eval.Value {
	in := c.Interp()
	t := in.Instantiate(in.TypeByName("System.Collections.Generic.List`1"), []*eval.Type{elem})
	v := c.New(t)
	v.Obj().Native.(*listState).items = items
	return v
}

func registerList(r *eval.Registry) {
	const p = "System.Collections.Generic.List`1."
	reg := func(sig string, f eval.NativeFunc) { r.Register(p+sig, f) }
	reg(".ctor", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		l := &listState{}
		if len(a) == 1 {
			if a[0].K == eval.KInt {
				if a[0].AsLong() < 0 {
					throwEx(c, "System.ArgumentOutOfRangeException", "Non-negative number required. (Parameter 'capacity')")
				}
				l.items = make([]eval.Value, 0, a[0].AsLong())
			} else {
				nullCheck(c, a[0], "collection")
				l.items = collect(c, a[0])
			}
		}
		this.Obj().Native = l
		return eval.Null
	})
	reg("get_Count()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		return eval.Int(int32(len(listOf(c, this).items)))
	})
	reg("get_Capacity()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		return eval.Int(int32(cap(listOf(c, this).items)))
	})
	reg("set_Capacity(int)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value { return eval.Null })
	reg("get_Item(int)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		l := listOf(c, this)
		i := a[0].AsLong()
		if i < 0 || i >= int64(len(l.items)) {
			indexError(c, "index")
		}
		return l.items[i]
	})
	reg("set_Item(int,T)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		l := listOf(c, this)
		i := a[0].AsLong()
		if i < 0 || i >= int64(len(l.items)) {
			indexError(c, "index")
		}
		l.items[i] = a[1]
		l.version++
		return eval.Null
	})
	reg("Add(T)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		l := listOf(c, this)
		l.items = append(l.items, a[0])
		l.version++
		return eval.Null
	})
	reg("AddRange(IEnumerable<T>)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "collection")
		l := listOf(c, this)
		l.items = append(l.items, collect(c, a[0])...)
		l.version++
		return eval.Null
	})
	reg("Insert(int,T)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		l := listOf(c, this)
		i := int(a[0].AsLong())
		if i < 0 || i > len(l.items) {
			throwEx(c, "System.ArgumentOutOfRangeException", "Index must be within the bounds of the List. (Parameter 'index')")
		}
		l.items = append(l.items, eval.Null)
		copy(l.items[i+1:], l.items[i:])
		l.items[i] = a[1]
		l.version++
		return eval.Null
	})
	reg("InsertRange(int,IEnumerable<T>)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		l := listOf(c, this)
		i := int(a[0].AsLong())
		if i < 0 || i > len(l.items) {
			throwEx(c, "System.ArgumentOutOfRangeException", "Index must be within the bounds of the List. (Parameter 'index')")
		}
		ins := collect(c, a[1])
		l.items = append(l.items[:i], append(ins, l.items[i:]...)...)
		l.version++
		return eval.Null
	})
	indexOf := func(c *eval.Context, l *listState, v eval.Value, from int) int {
		for i := from; i < len(l.items); i++ {
			if c.Equals(l.items[i], v) {
				return i
			}
		}
		return -1
	}
	reg("Remove(T)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		l := listOf(c, this)
		i := indexOf(c, l, a[0], 0)
		if i < 0 {
			return eval.Bool(false)
		}
		l.items = append(l.items[:i], l.items[i+1:]...)
		l.version++
		return eval.Bool(true)
	})
	reg("RemoveAt(int)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		l := listOf(c, this)
		i := int(a[0].AsLong())
		if i < 0 || i >= len(l.items) {
			indexError(c, "index")
		}
		l.items = append(l.items[:i], l.items[i+1:]...)
		l.version++
		return eval.Null
	})
	reg("RemoveRange(int,int)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		l := listOf(c, this)
		i, n := int(a[0].AsLong()), int(a[1].AsLong())
		if i < 0 || n < 0 {
			throwEx(c, "System.ArgumentOutOfRangeException", "Non-negative number required. (Parameter 'index')")
		}
		if i+n > len(l.items) {
			throwEx(c, "System.ArgumentException", "Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.")
		}
		l.items = append(l.items[:i], l.items[i+n:]...)
		l.version++
		return eval.Null
	})
	reg("RemoveAll(Predicate<T>)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "match")
		l := listOf(c, this)
		kept := l.items[:0:0]
		for _, x := range l.items {
			if !c.Invoke(a[0], x).AsBool() {
				kept = append(kept, x)
			}
		}
		n := len(l.items) - len(kept)
		l.items = kept
		l.version++
		return eval.Int(int32(n))
	})
	reg("Clear()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		l := listOf(c, this)
		l.items = nil
		l.version++
		return eval.Null
	})
	reg("Contains(T)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		return eval.Bool(indexOf(c, listOf(c, this), a[0], 0) >= 0)
	})
	reg("IndexOf(T)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		return eval.Int(int32(indexOf(c, listOf(c, this), a[0], 0)))
	})
	reg("IndexOf(T,int)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		l := listOf(c, this)
		from := int(a[1].AsLong())
		if from < 0 || from > len(l.items) {
			throwEx(c, "System.ArgumentOutOfRangeException", "Index was out of range. Must be non-negative and less than or equal to the size of the collection. (Parameter 'index')")
		}
		return eval.Int(int32(indexOf(c, l, a[0], from)))
	})
	reg("LastIndexOf(T)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		l := listOf(c, this)
		for i := len(l.items) - 1; i >= 0; i-- {
			if c.Equals(l.items[i], a[0]) {
				return eval.Int(int32(i))
			}
		}
		return eval.Int(-1)
	})
	find := func(c *eval.Context, this eval.Value, pred eval.Value, last bool) int {
		nullCheck(c, pred, "match")
		l := listOf(c, this)
		if last {
			for i := len(l.items) - 1; i >= 0; i-- {
				if c.Invoke(pred, l.items[i]).AsBool() {
					return i
				}
			}
			return -1
		}
		for i := 0; i < len(l.items); i++ {
			if c.Invoke(pred, l.items[i]).AsBool() {
				return i
			}
		}
		return -1
	}
	zero := func(c *eval.Context, this eval.Value) eval.Value { return zeroOf(c, typeArg(this, 0)) }
	reg("Find(Predicate<T>)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		if i := find(c, this, a[0], false); i >= 0 {
			return listOf(c, this).items[i]
		}
		return zero(c, this)
	})
	reg("FindLast(Predicate<T>)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		if i := find(c, this, a[0], true); i >= 0 {
			return listOf(c, this).items[i]
		}
		return zero(c, this)
	})
	reg("FindIndex(Predicate<T>)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		return eval.Int(int32(find(c, this, a[0], false)))
	})
	reg("FindLastIndex(Predicate<T>)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		return eval.Int(int32(find(c, this, a[0], true)))
	})
	reg("Exists(Predicate<T>)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		return eval.Bool(find(c, this, a[0], false) >= 0)
	})
	reg("TrueForAll(Predicate<T>)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "match")
		for _, x := range listOf(c, this).items {
			if !c.Invoke(a[0], x).AsBool() {
				return eval.Bool(false)
			}
		}
		return eval.Bool(true)
	})
	reg("FindAll(Predicate<T>)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "match")
		var out []eval.Value
		for _, x := range listOf(c, this).items {
			if c.Invoke(a[0], x).AsBool() {
				out = append(out, x)
			}
		}
		return newList(c, typeArg(this, 0), out)
	})
	reg("ForEach(Action<T>)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "action")
		l := listOf(c, this)
		v := l.version
		for i := 0; i < len(l.items); i++ {
			c.Invoke(a[0], l.items[i])
			if l.version != v {
				throwEx(c, "System.InvalidOperationException", errModified)
			}
		}
		return eval.Null
	})
	reg("Sort", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		l := listOf(c, this)
		var by eval.Value
		if len(a) == 1 {
			by = a[0]
			if by.K == eval.KNull {
				by = eval.Null
			}
		}
		introSort(l.items, orderFunc(c, by))
		l.version++
		return eval.Null
	})
	reg("Reverse()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		l := listOf(c, this)
		for i, j := 0, len(l.items)-1; i < j; i, j = i+1, j-1 {
			l.items[i], l.items[j] = l.items[j], l.items[i]
		}
		l.version++
		return eval.Null
	})
	reg("Reverse(int,int)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		l := listOf(c, this)
		i, n := int(a[0].AsLong()), int(a[1].AsLong())
		if i < 0 || n < 0 || i+n > len(l.items) {
			throwEx(c, "System.ArgumentException", "Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.")
		}
		s := l.items[i : i+n]
		for x, y := 0, len(s)-1; x < y; x, y = x+1, y-1 {
			s[x], s[y] = s[y], s[x]
		}
		l.version++
		return eval.Null
	})
	reg("ToArray()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		l := listOf(c, this)
		return c.Interp().NewArray(typeArg(this, 0), append([]eval.Value(nil), l.items...))
	})
	reg("GetRange(int,int)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		l := listOf(c, this)
		i, n := int(a[0].AsLong()), int(a[1].AsLong())
		if i < 0 || n < 0 || i+n > len(l.items) {
			throwEx(c, "System.ArgumentException", "Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.")
		}
		return newList(c, typeArg(this, 0), append([]eval.Value(nil), l.items[i:i+n]...))
	})
	reg("BinarySearch(T)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		l := listOf(c, this)
		lo, hi := 0, len(l.items)-1
		for lo <= hi {
			m := lo + (hi-lo)/2
			switch r := compareDefault(c, l.items[m], a[0]); {
			case r == 0:
				return eval.Int(int32(m))
			case r < 0:
				lo = m + 1
			default:
				hi = m - 1
			}
		}
		return eval.Int(int32(^lo))
	})
}

// ---- Dictionary<TKey,TValue> and HashSet<T> ----

type dictEntry struct {
	key, val eval.Value
	hash     uint32 // keyHash of key
	next     int32  // 1-based index of the next entry in the bucket's chain, 0 at the end
	used     bool
	simple   bool // key compared by value in Go (see keyHash)
}

// hashTable is an insertion-ordered hash table that reuses freed slots as
// .NET's Dictionary and HashSet do (the most recently freed slot first).
// Entries live in one slice (enumeration order); buckets chain them by hash.
type hashTable struct {
	cmp     comparer
	entries []dictEntry
	buckets []int32 // 1-based index of each chain's first entry; len is a power of two
	free    []int
	count   int
	version int
}

func newHashTable(cmp comparer) *hashTable {
	return &hashTable{cmp: cmp}
}

const fnvOffset, fnvPrime = 2166136261, 16777619

// keyHash hashes k under the table's comparer. Keys equal by value in Go
// (strings under the string comparers, integers, chars, bools, enums, null)
// are "simple": hashed and compared here without calling into C#. Other keys
// use the comparer's (or the key's own) GetHashCode and Equals.
func (h *hashTable) keyHash(c *eval.Context, k eval.Value) (uint32, bool) {
	switch h.cmp.kind {
	case 9:
		return uint32(h.cmp.hash(c, k)), false
	case 2, 4:
		if k.K == eval.KString {
			s := k.AsString()
			hv := uint32(fnvOffset)
			if isASCII(s) {
				for i := 0; i < len(s); i++ {
					b := s[i]
					if 'a' <= b && b <= 'z' {
						b -= 'a' - 'A'
					}
					hv = (hv ^ uint32(b)) * fnvPrime
				}
				return hv, true
			}
			s = bcl.ToUpperInvariant(s)
			for i := 0; i < len(s); i++ {
				hv = (hv ^ uint32(s[i])) * fnvPrime
			}
			return hv, true
		}
	}
	switch k.K {
	case eval.KString:
		s := k.AsString()
		hv := uint32(fnvOffset)
		for i := 0; i < len(s); i++ {
			hv = (hv ^ uint32(s[i])) * fnvPrime
		}
		return hv, true
	case eval.KNull:
		return 0, true
	case eval.KDecimal, eval.KDouble, eval.KFloat:
		return uint32(h.cmp.hash(c, k)), false
	}
	if k.K == eval.KEnum || k.K.IsIntegral() || k.K == eval.KBool || k.K == eval.KChar {
		n := k.N ^ k.N>>32
		return uint32(n)*0x9E3779B1 ^ uint32(k.K), true
	}
	return uint32(h.cmp.hash(c, k)), false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// simpleEqual compares two simple keys (see keyHash).
func (h *hashTable) simpleEqual(a, b eval.Value) bool {
	if a.K != b.K {
		return false
	}
	switch a.K {
	case eval.KString:
		x, y := a.AsString(), b.AsString()
		if h.cmp.kind == 2 || h.cmp.kind == 4 {
			if len(x) == len(y) && isASCII(x) && isASCII(y) {
				for i := 0; i < len(x); i++ {
					p, q := x[i], y[i]
					if 'a' <= p && p <= 'z' {
						p -= 'a' - 'A'
					}
					if 'a' <= q && q <= 'z' {
						q -= 'a' - 'A'
					}
					if p != q {
						return false
					}
				}
				return true
			}
			return bcl.ToUpperInvariant(x) == bcl.ToUpperInvariant(y)
		}
		return x == y
	case eval.KNull:
		return true
	case eval.KEnum:
		ta, _ := a.R.(*eval.Type)
		tb, _ := b.R.(*eval.Type)
		return a.N == b.N && ta == tb
	}
	return a.N == b.N
}

// lookup finds k; it returns its entry index (-1 when absent) and its hash.
func (h *hashTable) lookup(c *eval.Context, k eval.Value) (int, uint32, bool) {
	hv, simple := h.keyHash(c, k)
	if len(h.buckets) == 0 {
		return -1, hv, simple
	}
	for i := h.buckets[hv&uint32(len(h.buckets)-1)]; i != 0; {
		e := &h.entries[i-1]
		if e.hash == hv && e.simple == simple {
			if simple {
				if h.simpleEqual(e.key, k) {
					return int(i - 1), hv, simple
				}
			} else if h.cmp.equals(c, e.key, k) {
				return int(i - 1), hv, simple
			}
		}
		i = e.next
	}
	return -1, hv, simple
}

func (h *hashTable) find(c *eval.Context, k eval.Value) int {
	i, _, _ := h.lookup(c, k)
	return i
}

func (h *hashTable) insert(c *eval.Context, k, v eval.Value) {
	hv, simple := h.keyHash(c, k)
	h.insertHashed(k, v, hv, simple)
}

// insertHashed adds k (not present; hv and simple from lookup) with value v.
func (h *hashTable) insertHashed(k, v eval.Value, hv uint32, simple bool) {
	var i int
	if n := len(h.free); n > 0 {
		i = h.free[n-1]
		h.free = h.free[:n-1]
	} else {
		i = len(h.entries)
		h.entries = append(h.entries, dictEntry{})
		if len(h.entries) > len(h.buckets) {
			h.grow()
		}
	}
	b := &h.buckets[hv&uint32(len(h.buckets)-1)]
	h.entries[i] = dictEntry{key: k, val: v, hash: hv, simple: simple, used: true, next: *b}
	*b = int32(i + 1)
	h.count++
	h.version++
}

// grow doubles the buckets and rechains the entries.
func (h *hashTable) grow() {
	n := 8
	for n < len(h.entries) {
		n *= 2
	}
	n *= 2
	h.buckets = make([]int32, n)
	mask := uint32(n - 1)
	for i := range h.entries {
		e := &h.entries[i]
		if !e.used {
			continue
		}
		b := &h.buckets[e.hash&mask]
		e.next = *b
		*b = int32(i + 1)
	}
}

// remove frees entry i. .NET (Core 3.0+ for Dictionary, 5+ for HashSet)
// does not count a removal as a modification: enumerations go on.
func (h *hashTable) remove(c *eval.Context, i int) {
	e := &h.entries[i]
	for p := &h.buckets[e.hash&uint32(len(h.buckets)-1)]; *p != 0; p = &h.entries[*p-1].next {
		if int(*p) == i+1 {
			*p = e.next
			break
		}
	}
	h.entries[i] = dictEntry{}
	h.free = append(h.free, i)
	h.count--
}

// clear empties the table. Dictionary.Clear does not invalidate enumerators
// on .NET Core 3.0+ (they just end); HashSet.Clear does (invalidate true).
func (h *hashTable) clear(invalidate bool) {
	h.entries, h.free, h.buckets, h.count = nil, nil, nil, 0
	if invalidate {
		h.version++
	}
}

// enumerate yields the keys (pair == nil) or the key/value pairs in slot
// order, throwing when the table is modified meanwhile.
func (h *hashTable) enumerate(c *eval.Context, yield func(eval.Value) bool, pair func(k, v eval.Value) eval.Value) {
	v := h.version
	for i := 0; i < len(h.entries); i++ {
		e := &h.entries[i]
		if !e.used {
			continue
		}
		x := e.key
		if pair != nil {
			x = pair(e.key, e.val)
		}
		if !yield(x) {
			return
		}
		if h.version != v {
			throwEx(c, "System.InvalidOperationException", errModified)
		}
	}
}

// dictState is a Dictionary's native state; setState a HashSet's.
type dictState struct {
	*hashTable
	kvp *eval.Type // KeyValuePair<TKey,TValue>
}

func (d *dictState) pair(k, v eval.Value) eval.Value {
	return eval.ObjVal(&eval.Object{Type: d.kvp, Fields: []eval.Value{k, v}})
}

// Enumerate implements eval.GoEnumerable: KeyValuePair<TKey,TValue> values in slot order.
func (d *dictState) Enumerate(c *eval.Context, yield func(eval.Value) bool) {
	d.enumerate(c, yield, d.pair)
}

type setState struct{ *hashTable }

// dictView is the native state of Dictionary.Keys/Values (__DictionaryView<T>):
// a live view that enumerates the dictionary's keys or values in slot order.
type dictView struct {
	d      *dictState
	values bool
}

func (v *dictView) project(k, x eval.Value) eval.Value {
	if v.values {
		return x
	}
	return k
}

// Enumerate implements eval.GoEnumerable.
func (v *dictView) Enumerate(c *eval.Context, yield func(eval.Value) bool) {
	v.d.enumerate(c, yield, v.project)
}

func registerDictionaryView(r *eval.Registry) {
	const p = "System.Collections.Generic.__DictionaryView`1."
	viewOf := func(this eval.Value) *dictView { return this.Obj().Native.(*dictView) }
	mutate := func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		what := "key"
		if viewOf(this).values {
			what = "value"
		}
		throwEx(c, "System.NotSupportedException", "Mutating a "+what+" collection derived from a dictionary is not allowed.")
		return eval.Null
	}
	r.Register(p+"Add(T)", mutate)
	r.Register(p+"Clear()", mutate)
	r.Register(p+"Remove(T)", mutate)
	r.Register(p+"get_Count()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		return eval.Int(int32(viewOf(this).d.count))
	})
	r.Register(p+"Contains(T)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		v := viewOf(this)
		if !v.values {
			nullCheck(c, a[0], "key")
			return eval.Bool(v.d.find(c, a[0]) >= 0)
		}
		for _, e := range v.d.entries {
			if e.used && c.Equals(e.val, a[0]) {
				return eval.Bool(true)
			}
		}
		return eval.Bool(false)
	})
	r.Register(p+"GetEnumerator()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		v := viewOf(this)
		in := c.Interp()
		t := in.Instantiate(in.TypeByName("System.Linq.__SeqEnumerator`1"), this.Obj().Type.TypeArgs)
		return eval.ObjVal(&eval.Object{Type: t, Native: &seqEnum{it: openTable(c, v.d.hashTable, v.project)}})
	})
}

// Enumerate implements eval.GoEnumerable: the elements in slot order.
func (s setState) Enumerate(c *eval.Context, yield func(eval.Value) bool) {
	s.enumerate(c, yield, nil)
}

func dictOf(c *eval.Context, this eval.Value) *dictState {
	if d, ok := this.Native().(*dictState); ok {
		return d
	}
	throwEx(c, "System.NullReferenceException", "Object reference not set to an instance of an object.")
	return nil
}

func keyText(c *eval.Context, k eval.Value) string { return c.ToString(k) }

func registerDictionary(r *eval.Registry) {
	const p = "System.Collections.Generic.Dictionary`2."
	reg := func(sig string, f eval.NativeFunc) { r.Register(p+sig, f) }
	reg(".ctor", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		var cmp comparer
		var src eval.Value
		for _, x := range a {
			switch {
			case x.K == eval.KInt:
				if x.AsLong() < 0 {
					throwEx(c, "System.ArgumentOutOfRangeException", "Non-negative number required. (Parameter 'capacity')")
				}
			case x.K == eval.KNull:
			case isComparer(c, x):
				cmp = comparerOf(x)
			default:
				src = x
			}
		}
		in := c.Interp()
		d := &dictState{hashTable: newHashTable(cmp),
			kvp: in.Instantiate(in.TypeByName("System.Collections.Generic.KeyValuePair`2"), this.Obj().Type.TypeArgs)}
		this.Obj().Native = d
		if src.K != eval.KNull {
			for _, kv := range collect(c, src) {
				k, v := field(kv, 0), field(kv, 1)
				if d.find(c, k) >= 0 {
					throwEx(c, "System.ArgumentException", "An item with the same key has already been added. Key: "+keyText(c, k))
				}
				d.insert(c, k, v)
			}
		}
		return eval.Null
	})
	reg("get_Count()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		return eval.Int(int32(dictOf(c, this).count))
	})
	reg("get_Item(TKey)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "key")
		d := dictOf(c, this)
		i := d.find(c, a[0])
		if i < 0 {
			throwEx(c, "System.Collections.Generic.KeyNotFoundException", "The given key '"+keyText(c, a[0])+"' was not present in the dictionary.")
		}
		return d.entries[i].val
	})
	reg("set_Item(TKey,TValue)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "key")
		d := dictOf(c, this)
		i, hv, simple := d.lookup(c, a[0])
		if i >= 0 {
			d.entries[i].val = a[1] // not a modification for enumerators (.NET 5+)
			return eval.Null
		}
		d.insertHashed(a[0], a[1], hv, simple)
		return eval.Null
	})
	view := func(c *eval.Context, this eval.Value, keys bool) eval.Value {
		d := dictOf(c, this)
		ti := 1
		if keys {
			ti = 0
		}
		in := c.Interp()
		t := in.Instantiate(in.TypeByName("System.Collections.Generic.__DictionaryView`1"), []*eval.Type{typeArg(this, ti)})
		return eval.ObjVal(&eval.Object{Type: t, Native: &dictView{d: d, values: !keys}})
	}
	reg("get_Keys()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value { return view(c, this, true) })
	reg("get_Values()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value { return view(c, this, false) })
	reg("get_Comparer()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		d := dictOf(c, this)
		if d.cmp.obj.K != eval.KNull {
			return d.cmp.obj
		}
		return eval.Null
	})
	reg("Add(TKey,TValue)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "key")
		d := dictOf(c, this)
		i, hv, simple := d.lookup(c, a[0])
		if i >= 0 {
			throwEx(c, "System.ArgumentException", "An item with the same key has already been added. Key: "+keyText(c, a[0]))
		}
		d.insertHashed(a[0], a[1], hv, simple)
		return eval.Null
	})
	reg("TryAdd(TKey,TValue)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "key")
		d := dictOf(c, this)
		i, hv, simple := d.lookup(c, a[0])
		if i >= 0 {
			return eval.Bool(false)
		}
		d.insertHashed(a[0], a[1], hv, simple)
		return eval.Bool(true)
	})
	reg("Remove(TKey)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "key")
		d := dictOf(c, this)
		i := d.find(c, a[0])
		if i < 0 {
			return eval.Bool(false)
		}
		d.remove(c, i)
		return eval.Bool(true)
	})
	reg("Remove(TKey,outTValue)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "key")
		d := dictOf(c, this)
		i := d.find(c, a[0])
		if i < 0 {
			c.SetRef(a[1], zeroOf(c, typeArg(this, 1)))
			return eval.Bool(false)
		}
		c.SetRef(a[1], d.entries[i].val)
		d.remove(c, i)
		return eval.Bool(true)
	})
	reg("ContainsKey(TKey)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "key")
		return eval.Bool(dictOf(c, this).find(c, a[0]) >= 0)
	})
	reg("ContainsValue(TValue)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		for _, e := range dictOf(c, this).entries {
			if e.used && c.Equals(e.val, a[0]) {
				return eval.Bool(true)
			}
		}
		return eval.Bool(false)
	})
	reg("TryGetValue(TKey,outTValue)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "key")
		d := dictOf(c, this)
		i := d.find(c, a[0])
		if i < 0 {
			c.SetRef(a[1], zeroOf(c, typeArg(this, 1)))
			return eval.Bool(false)
		}
		c.SetRef(a[1], d.entries[i].val)
		return eval.Bool(true)
	})
	reg("Clear()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		dictOf(c, this).clear(false)
		return eval.Null
	})
}

// isComparer reports whether v implements IEqualityComparer<T> (or is a StringComparer).
func isComparer(c *eval.Context, v eval.Value) bool {
	t := c.TypeOf(v)
	for ; t != nil; t = t.Base {
		if t.Name == "StringComparer" || t.Name == "EqualityComparer" {
			return true
		}
		for _, i := range t.Ifaces {
			if i.Name == "IEqualityComparer" {
				return true
			}
		}
	}
	return false
}

// zeroOf is default(T).
func zeroOf(c *eval.Context, t *eval.Type) eval.Value {
	switch {
	case t == nil:
		return eval.Null
	case t.Kind == eval.TypeEnum:
		return eval.EnumVal(t, 0)
	case t.Prim == eval.KDecimal:
		return eval.DecimalVal(dec(nil))
	case t.Prim != eval.KObject && t.Prim != eval.KNull && t.Prim != eval.KString && t.Prim < eval.KString:
		return eval.Value{K: t.Prim}
	case t.Kind == eval.TypeStruct:
		return c.New(t)
	}
	return eval.Null
}

func setOf(c *eval.Context, this eval.Value) setState {
	if s, ok := this.Native().(setState); ok {
		return s
	}
	throwEx(c, "System.NullReferenceException", "Object reference not set to an instance of an object.")
	return setState{}
}

func registerHashSet(r *eval.Registry) {
	const p = "System.Collections.Generic.HashSet`1."
	reg := func(sig string, f eval.NativeFunc) { r.Register(p+sig, f) }
	reg(".ctor", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		var cmp comparer
		var src eval.Value
		for _, x := range a {
			if x.K == eval.KNull {
				continue
			}
			if isComparer(c, x) {
				cmp = comparerOf(x)
			} else {
				src = x
			}
		}
		s := setState{newHashTable(cmp)}
		this.Obj().Native = s
		if src.K != eval.KNull {
			for _, x := range collect(c, src) {
				if s.find(c, x) < 0 {
					s.insert(c, x, eval.Null)
				}
			}
		}
		return eval.Null
	})
	reg("get_Count()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		return eval.Int(int32(setOf(c, this).count))
	})
	reg("get_Comparer()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		return setOf(c, this).cmp.obj
	})
	reg("Add(T)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		s := setOf(c, this)
		i, hv, simple := s.lookup(c, a[0])
		if i >= 0 {
			return eval.Bool(false)
		}
		s.insertHashed(a[0], eval.Null, hv, simple)
		return eval.Bool(true)
	})
	reg("Remove(T)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		s := setOf(c, this)
		i := s.find(c, a[0])
		if i < 0 {
			return eval.Bool(false)
		}
		s.remove(c, i)
		return eval.Bool(true)
	})
	reg("Contains(T)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		return eval.Bool(setOf(c, this).find(c, a[0]) >= 0)
	})
	reg("TryGetValue(T,outT)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		s := setOf(c, this)
		i := s.find(c, a[0])
		if i < 0 {
			c.SetRef(a[1], zeroOf(c, typeArg(this, 0)))
			return eval.Bool(false)
		}
		c.SetRef(a[1], s.entries[i].key)
		return eval.Bool(true)
	})
	reg("Clear()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		setOf(c, this).clear(true)
		return eval.Null
	})
	reg("RemoveWhere(Predicate<T>)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "match")
		s := setOf(c, this)
		n := 0
		for i := 0; i < len(s.entries); i++ {
			if s.entries[i].used && c.Invoke(a[0], s.entries[i].key).AsBool() {
				s.remove(c, i)
				n++
			}
		}
		return eval.Int(int32(n))
	})
	other := func(c *eval.Context, v eval.Value, s setState) *hashTable {
		nullCheck(c, v, "other")
		o := newHashTable(s.cmp)
		for _, x := range collect(c, v) {
			if o.find(c, x) < 0 {
				o.insert(c, x, eval.Null)
			}
		}
		return o
	}
	reg("UnionWith(IEnumerable<T>)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "other")
		s := setOf(c, this)
		for _, x := range collect(c, a[0]) {
			if s.find(c, x) < 0 {
				s.insert(c, x, eval.Null)
			}
		}
		return eval.Null
	})
	reg("IntersectWith(IEnumerable<T>)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		s := setOf(c, this)
		o := other(c, a[0], s)
		for i := 0; i < len(s.entries); i++ {
			if s.entries[i].used && o.find(c, s.entries[i].key) < 0 {
				s.remove(c, i)
			}
		}
		return eval.Null
	})
	reg("ExceptWith(IEnumerable<T>)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "other")
		s := setOf(c, this)
		for _, x := range collect(c, a[0]) {
			if i := s.find(c, x); i >= 0 {
				s.remove(c, i)
			}
		}
		return eval.Null
	})
	reg("SymmetricExceptWith(IEnumerable<T>)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		s := setOf(c, this)
		o := other(c, a[0], s)
		for _, e := range o.entries {
			if !e.used {
				continue
			}
			if i := s.find(c, e.key); i >= 0 {
				s.remove(c, i)
			} else {
				s.insert(c, e.key, eval.Null)
			}
		}
		return eval.Null
	})
	subset := func(c *eval.Context, a, b *hashTable) bool {
		for _, e := range a.entries {
			if e.used && b.find(c, e.key) < 0 {
				return false
			}
		}
		return true
	}
	reg("IsSubsetOf(IEnumerable<T>)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		s := setOf(c, this)
		return eval.Bool(subset(c, s.hashTable, other(c, a[0], s)))
	})
	reg("IsSupersetOf(IEnumerable<T>)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		s := setOf(c, this)
		return eval.Bool(subset(c, other(c, a[0], s), s.hashTable))
	})
	reg("IsProperSubsetOf(IEnumerable<T>)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		s := setOf(c, this)
		o := other(c, a[0], s)
		return eval.Bool(s.count < o.count && subset(c, s.hashTable, o))
	})
	reg("IsProperSupersetOf(IEnumerable<T>)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		s := setOf(c, this)
		o := other(c, a[0], s)
		return eval.Bool(o.count < s.count && subset(c, o, s.hashTable))
	})
	reg("SetEquals(IEnumerable<T>)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		s := setOf(c, this)
		o := other(c, a[0], s)
		return eval.Bool(subset(c, s.hashTable, o) && subset(c, o, s.hashTable))
	})
	reg("Overlaps(IEnumerable<T>)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "other")
		s := setOf(c, this)
		for _, x := range collect(c, a[0]) {
			if s.find(c, x) >= 0 {
				return eval.Bool(true)
			}
		}
		return eval.Bool(false)
	})
}

// ---- Queue<T> and Stack<T> ----

type queueState struct {
	items   []eval.Value // front first
	version int
	stack   bool // Stack<T>: items are bottom first, enumeration from the top
}

func (q *queueState) Enumerate(c *eval.Context, yield func(eval.Value) bool) {
	v := q.version
	n := len(q.items)
	for i := 0; i < n; i++ {
		x := q.items[i]
		if q.stack {
			x = q.items[n-1-i]
		}
		if !yield(x) {
			return
		}
		if q.version != v {
			throwEx(c, "System.InvalidOperationException", errModified)
		}
	}
}

func queueOf(c *eval.Context, this eval.Value) *queueState {
	if q, ok := this.Native().(*queueState); ok {
		return q
	}
	throwEx(c, "System.NullReferenceException", "Object reference not set to an instance of an object.")
	return nil
}

func registerQueueStack(r *eval.Registry) {
	for _, kind := range []string{"Queue", "Stack"} {
		isStack := kind == "Stack"
		p := "System.Collections.Generic." + kind + "`1."
		reg := func(sig string, f eval.NativeFunc) { r.Register(p+sig, f) }
		empty := kind + " empty."
		reg(".ctor", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
			q := &queueState{stack: isStack}
			if len(a) == 1 && a[0].K != eval.KInt {
				nullCheck(c, a[0], "collection")
				q.items = collect(c, a[0])
			}
			this.Obj().Native = q
			return eval.Null
		})
		reg("get_Count()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
			return eval.Int(int32(len(queueOf(c, this).items)))
		})
		add := func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
			q := queueOf(c, this)
			q.items = append(q.items, a[0])
			q.version++
			return eval.Null
		}
		take := func(c *eval.Context, q *queueState, remove bool) (eval.Value, bool) {
			if len(q.items) == 0 {
				return eval.Null, false
			}
			var x eval.Value
			if isStack {
				x = q.items[len(q.items)-1]
				if remove {
					q.items = q.items[:len(q.items)-1]
				}
			} else {
				x = q.items[0]
				if remove {
					q.items[0] = eval.Null
					q.items = q.items[1:]
				}
			}
			if remove {
				q.version++
			}
			return x, true
		}
		get := func(remove bool) eval.NativeFunc {
			return func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
				x, ok := take(c, queueOf(c, this), remove)
				if !ok {
					throwEx(c, "System.InvalidOperationException", empty)
				}
				return x
			}
		}
		try := func(remove bool) eval.NativeFunc {
			return func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
				x, ok := take(c, queueOf(c, this), remove)
				if !ok {
					x = zeroOf(c, typeArg(this, 0))
				}
				c.SetRef(a[0], x)
				return eval.Bool(ok)
			}
		}
		if isStack {
			reg("Push(T)", add)
			reg("Pop()", get(true))
			reg("TryPop(outT)", try(true))
		} else {
			reg("Enqueue(T)", add)
			reg("Dequeue()", get(true))
			reg("TryDequeue(outT)", try(true))
		}
		reg("Peek()", get(false))
		reg("TryPeek(outT)", try(false))
		reg("Contains(T)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
			for _, x := range queueOf(c, this).items {
				if c.Equals(x, a[0]) {
					return eval.Bool(true)
				}
			}
			return eval.Bool(false)
		})
		reg("Clear()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
			q := queueOf(c, this)
			q.items = nil
			q.version++
			return eval.Null
		})
		reg("ToArray()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
			var out []eval.Value
			queueOf(c, this).Enumerate(c, func(x eval.Value) bool { out = append(out, x); return true })
			return c.Interp().NewArray(typeArg(this, 0), out)
		})
	}
}

func registerCollections(r *eval.Registry) {
	registerList(r)
	registerDictionary(r)
	registerDictionaryView(r)
	registerHashSet(r)
	registerQueueStack(r)
	registerLinq(r)
	r.Register("System.Collections.Generic.__DefaultComparer`1.__Compare(object,object)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Int(int32(compareDefault(c, a[0], a[1])))
	})
	r.Register("System.StringComparer.__Compare(int,string,string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		x, y := a[1], a[2]
		if x.K == eval.KNull || y.K == eval.KNull {
			switch {
			case x.K == y.K:
				return eval.Int(0)
			case x.K == eval.KNull:
				return eval.Int(-1)
			}
			return eval.Int(1)
		}
		return eval.Int(int32(stringCompare(int(a[0].AsLong()), x.AsString(), y.AsString())))
	})
	r.Register("System.StringComparer.__Hash(int,string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[1], "obj")
		return eval.Int(int32(stringHash(int(a[0].AsLong()), a[1].AsString())))
	})
}

var _ = strconv.Itoa
