package dotnet

import (
	"sort"

	"rpbench/csharp/eval"
)

// Native LINQ: the common deferred operators (Where, Select, Range, Take,
// OrderBy, ...) are Go sequences instead of C# iterators, so that a query
// runs without a coroutine switch per element. Deferred execution is kept
// exact: an operator's arguments are checked when it is called, its source
// is first read by the first MoveNext, each enumeration opens the source
// again (side effects in lambdas re-run), and a source collection modified
// during the enumeration throws as it would under .NET.

// seqIter is one enumeration of a sequence (pull style): next returns the
// following element, or false at the end; close (nil when there is nothing to
// release) ends the enumeration early and runs the finally blocks of C#
// iterator sources.
type seqIter struct {
	next  func() (eval.Value, bool)
	close func()
}

// seq is the native state of a __Seq<T> (or __OrderedSeq<T>) object: a
// recipe that opens a fresh enumeration each time.
type seq struct {
	open func(c *eval.Context) seqIter
	// ordered holds the sort levels of an OrderBy sequence (ThenBy adds one).
	ordered *orderedSeq
}

// Enumerate implements eval.GoEnumerable (foreach and the natives' ForEach).
func (s *seq) Enumerate(c *eval.Context, yield func(eval.Value) bool) {
	it := s.open(c)
	if it.close != nil {
		defer it.close()
	}
	for {
		x, ok := it.next()
		if !ok || !yield(x) {
			return
		}
	}
}

// openValue starts a pull enumeration of any enumerable C# value.
func openValue(c *eval.Context, v eval.Value) seqIter {
	switch v.K {
	case eval.KNull:
		throwEx(c, "System.NullReferenceException", "Object reference not set to an instance of an object.")
	case eval.KArray:
		a := v.Arr()
		i := 0
		return seqIter{next: func() (eval.Value, bool) {
			if i < len(a.Data) {
				i++
				return a.Data[i-1], true
			}
			return eval.Null, false
		}}
	case eval.KString:
		u := eval.ToUTF16(v.AsString())
		i := 0
		return seqIter{next: func() (eval.Value, bool) {
			if i < len(u) {
				i++
				return eval.Char(u[i-1]), true
			}
			return eval.Null, false
		}}
	}
	if o := eval.Deref(v).Obj(); o != nil {
		switch n := o.Native.(type) {
		case *seq:
			return n.open(c)
		case *listState:
			ver, i := n.version, 0
			return seqIter{next: func() (eval.Value, bool) {
				if n.version != ver {
					throwEx(c, "System.InvalidOperationException", errModified)
				}
				if i < len(n.items) {
					i++
					return n.items[i-1], true
				}
				return eval.Null, false
			}}
		case *dictState:
			return openTable(c, n.hashTable, n.pair)
		case setState:
			return openTable(c, n.hashTable, nil)
		case *dictView:
			return openTable(c, n.d.hashTable, n.project)
		case *queueState:
			ver, i := n.version, 0
			return seqIter{next: func() (eval.Value, bool) {
				if n.version != ver {
					throwEx(c, "System.InvalidOperationException", errModified)
				}
				if i < len(n.items) {
					i++
					if n.stack {
						return n.items[len(n.items)-i], true
					}
					return n.items[i-1], true
				}
				return eval.Null, false
			}}
		case *groupState:
			return sliceIter(n.items)
		}
	}
	e := c.Call(v, "GetEnumerator")
	if e.K == eval.KNull {
		throwEx(c, "System.NullReferenceException", "Object reference not set to an instance of an object.")
	}
	en := c.NewEnumerator(e)
	closed := false
	return seqIter{
		next: func() (eval.Value, bool) {
			if closed {
				return eval.Null, false
			}
			if !en.MoveNext() {
				closed = true // a finished source is disposed at once, as a C# foreach would
				en.Dispose()
				return eval.Null, false
			}
			return en.Current(), true
		},
		close: func() {
			if !closed {
				closed = true
				en.Dispose()
			}
		},
	}
}

// openTable enumerates a Dictionary (pair != nil) or HashSet in slot order,
// throwing when the table is modified meanwhile.
func openTable(c *eval.Context, h *hashTable, pair func(k, v eval.Value) eval.Value) seqIter {
	ver, i := h.version, 0
	return seqIter{next: func() (eval.Value, bool) {
		if h.version != ver {
			throwEx(c, "System.InvalidOperationException", errModified)
		}
		for i < len(h.entries) {
			e := &h.entries[i]
			i++
			if e.used {
				if pair != nil {
					return pair(e.key, e.val), true
				}
				return e.key, true
			}
		}
		return eval.Null, false
	}}
}

// closeAll returns a close function for the given iterators (nil entries skipped).
func closeOf(its ...*seqIter) func() {
	return func() {
		for _, it := range its {
			if it != nil && it.close != nil {
				cl := it.close
				it.close = nil
				cl()
			}
		}
	}
}

// isOpenType reports whether t still mentions a generic parameter.
func isOpenType(t *eval.Type) bool {
	if t == nil {
		return true
	}
	if t.Kind == eval.TypeTypeParam {
		return true
	}
	if t.Elem != nil && isOpenType(t.Elem) {
		return true
	}
	for _, a := range t.TypeArgs {
		if isOpenType(a) {
			return true
		}
	}
	return false
}

// methodTypeArg is the i-th type argument of the generic method being called
// (object when it is not known at run time).
func methodTypeArg(c *eval.Context, i int) *eval.Type {
	if ta := c.TypeArgs(); i < len(ta) && !isOpenType(ta[i]) {
		return ta[i]
	}
	return c.Interp().TypeByName("System.Object")
}

// newSeq wraps open as a __Seq<elem> object.
func newSeq(c *eval.Context, elem *eval.Type, open func(c *eval.Context) seqIter) eval.Value {
	in := c.Interp()
	t := in.Instantiate(in.TypeByName("System.Linq.__Seq`1"), []*eval.Type{elem})
	return eval.ObjVal(&eval.Object{Type: t, Native: &seq{open: open}})
}

// seqEnum is the native state of a __SeqEnumerator<T>.
type seqEnum struct {
	it      seqIter
	current eval.Value
	done    bool
}

// call1 invokes a delegate with one argument, reusing buf for the argument slice.
func call1(c *eval.Context, del eval.Value, buf *[2]eval.Value, x eval.Value) eval.Value {
	buf[0] = x
	return c.Invoke(del, buf[0:1:1]...)
}

// call2 invokes a delegate with two arguments, reusing buf.
func call2(c *eval.Context, del eval.Value, buf *[2]eval.Value, x, y eval.Value) eval.Value {
	buf[0], buf[1] = x, y
	return c.Invoke(del, buf[0:2:2]...)
}

// takesIndex decides between an operator's (x) and (x, index) forms by the
// delegate's parameter count, falling back to the overload called (a
// run-time overload choice cannot then pass the index to a one-parameter
// lambda or leave it out for a two-parameter one).
func takesIndex(del eval.Value, declared bool) bool {
	switch eval.DelegateArity(del) {
	case 1:
		return false
	case 2:
		return true
	}
	return declared
}

func outOfRange(c *eval.Context, param string) {
	throwEx(c, "System.ArgumentOutOfRangeException", "Specified argument was out of the range of valid values. (Parameter '"+param+"')")
}

func registerLinqSeq(r *eval.Registry) {
	const p = "System.Linq.Enumerable."
	reg := func(sig string, f eval.NativeFunc) { r.Register(p+sig, f) }

	for _, tn := range []string{"System.Linq.__Seq`1.", "System.Linq.__OrderedSeq`1."} {
		r.Register(tn+"GetEnumerator()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
			s := this.Obj().Native.(*seq)
			in := c.Interp()
			t := in.Instantiate(in.TypeByName("System.Linq.__SeqEnumerator`1"), this.Obj().Type.TypeArgs)
			return eval.ObjVal(&eval.Object{Type: t, Native: &seqEnum{it: s.open(c)}})
		})
	}
	// The collections' GetEnumerator: a native enumerator over openValue
	// (with the collection's modification checks), no iterator coroutine.
	collEnum := func(elem func(this eval.Value) *eval.Type) eval.NativeFunc {
		return func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
			in := c.Interp()
			et := elem(this)
			if et == nil {
				et = in.TypeByName("System.Object")
			}
			t := in.Instantiate(in.TypeByName("System.Linq.__SeqEnumerator`1"), []*eval.Type{et})
			return eval.ObjVal(&eval.Object{Type: t, Native: &seqEnum{it: openValue(c, this)}})
		}
	}
	first := func(this eval.Value) *eval.Type { return typeArg(this, 0) }
	for _, tn := range []string{"List`1", "HashSet`1", "Queue`1", "Stack`1"} {
		r.Register("System.Collections.Generic."+tn+".GetEnumerator()", collEnum(first))
	}
	r.Register("System.Collections.Generic.Dictionary`2.GetEnumerator()", collEnum(func(this eval.Value) *eval.Type {
		if d, ok := this.Native().(*dictState); ok {
			return d.kvp
		}
		return nil
	}))
	const e = "System.Linq.__SeqEnumerator`1."
	r.Register(e+"MoveNext()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		st := this.Obj().Native.(*seqEnum)
		if st.done {
			return eval.Bool(false)
		}
		x, ok := st.it.next()
		if !ok {
			st.done = true
			st.current = eval.Null
			closeOf(&st.it)()
			return eval.Bool(false)
		}
		st.current = x
		return eval.Bool(true)
	})
	r.Register(e+"get_Current()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		return this.Obj().Native.(*seqEnum).current
	})
	r.Register(e+"Dispose()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		st := this.Obj().Native.(*seqEnum)
		st.done = true
		closeOf(&st.it)()
		return eval.Null
	})
	r.Register(e+"Reset()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		throwEx(c, "System.NotSupportedException", "Specified method is not supported.")
		return eval.Null
	})

	end := func() (eval.Value, bool) { return eval.Null, false }

	reg("Range(int,int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		start, count := a[0].AsLong(), a[1].AsLong()
		if count < 0 || start+count-1 > 1<<31-1 {
			outOfRange(c, "count")
		}
		return newSeq(c, c.Interp().TypeByName("System.Int32"), func(c *eval.Context) seqIter {
			i := int64(0)
			return seqIter{next: func() (eval.Value, bool) {
				if i < count {
					i++
					c.Step()
					return eval.Int(int32(start + i - 1)), true
				}
				return eval.Null, false
			}}
		})
	})
	reg("Repeat``1(TResult,int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		x, count := a[0], a[1].AsLong()
		if count < 0 {
			outOfRange(c, "count")
		}
		return newSeq(c, methodTypeArg(c, 0), func(c *eval.Context) seqIter {
			i := int64(0)
			return seqIter{next: func() (eval.Value, bool) {
				if i < count {
					i++
					c.Step()
					return x, true
				}
				return eval.Null, false
			}}
		})
	})

	// filter builds Where/TakeWhile/SkipWhile: mode 0 where, 1 take while, 2 skip while; indexed passes the index too.
	filter := func(mode int, indexed bool, pname string) eval.NativeFunc {
		return func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
			nullCheck(c, a[0], "source")
			nullCheck(c, a[1], pname)
			src, pred := a[0], a[1]
			indexed := takesIndex(pred, indexed)
			return newSeq(c, methodTypeArg(c, 0), func(c *eval.Context) seqIter {
				it := openValue(c, src)
				var buf [2]eval.Value
				idx := int32(0)
				stopped, skipping := false, true
				test := func(x eval.Value) bool {
					if indexed {
						r := call2(c, pred, &buf, x, eval.Int(idx))
						idx++
						return r.AsBool()
					}
					return call1(c, pred, &buf, x).AsBool()
				}
				return seqIter{close: closeOf(&it), next: func() (eval.Value, bool) {
					if stopped {
						return eval.Null, false
					}
					for {
						x, ok := it.next()
						if !ok {
							return x, false
						}
						switch mode {
						case 0:
							if test(x) {
								return x, true
							}
						case 1:
							if test(x) {
								return x, true
							}
							stopped = true
							return eval.Null, false
						default:
							if skipping && test(x) {
								continue
							}
							skipping = false
							return x, true
						}
					}
				}}
			})
		}
	}
	reg("Where``1(this IEnumerable<TSource>,Func<TSource,bool>)", filter(0, false, "predicate"))
	reg("Where``1(this IEnumerable<TSource>,Func<TSource,int,bool>)", filter(0, true, "predicate"))
	reg("TakeWhile``1(this IEnumerable<TSource>,Func<TSource,bool>)", filter(1, false, "predicate"))
	reg("TakeWhile``1(this IEnumerable<TSource>,Func<TSource,int,bool>)", filter(1, true, "predicate"))
	reg("SkipWhile``1(this IEnumerable<TSource>,Func<TSource,bool>)", filter(2, false, "predicate"))
	reg("SkipWhile``1(this IEnumerable<TSource>,Func<TSource,int,bool>)", filter(2, true, "predicate"))

	sel := func(indexed bool) eval.NativeFunc {
		return func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
			nullCheck(c, a[0], "source")
			nullCheck(c, a[1], "selector")
			src, f := a[0], a[1]
			indexed := takesIndex(f, indexed)
			return newSeq(c, methodTypeArg(c, 1), func(c *eval.Context) seqIter {
				it := openValue(c, src)
				var buf [2]eval.Value
				idx := int32(0)
				return seqIter{close: closeOf(&it), next: func() (eval.Value, bool) {
					x, ok := it.next()
					if !ok {
						return x, false
					}
					if indexed {
						idx++
						return call2(c, f, &buf, x, eval.Int(idx-1)), true
					}
					return call1(c, f, &buf, x), true
				}}
			})
		}
	}
	reg("Select``2(this IEnumerable<TSource>,Func<TSource,TResult>)", sel(false))
	reg("Select``2(this IEnumerable<TSource>,Func<TSource,int,TResult>)", sel(true))

	selectMany := func(withResult bool) eval.NativeFunc {
		return func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
			nullCheck(c, a[0], "source")
			elem := methodTypeArg(c, 1)
			if withResult {
				nullCheck(c, a[1], "collectionSelector")
				nullCheck(c, a[2], "resultSelector")
				elem = methodTypeArg(c, 2)
			} else {
				nullCheck(c, a[1], "selector")
			}
			src, f := a[0], a[1]
			var rf eval.Value
			if withResult {
				rf = a[2]
			}
			return newSeq(c, elem, func(c *eval.Context) seqIter {
				outer := openValue(c, src)
				var inner *seqIter
				var cur eval.Value
				var buf [2]eval.Value
				return seqIter{close: func() { closeOf(inner, &outer)() }, next: func() (eval.Value, bool) {
					for {
						if inner != nil {
							if y, ok := inner.next(); ok {
								if withResult {
									return call2(c, rf, &buf, cur, y), true
								}
								return y, true
							}
							closeOf(inner)()
							inner = nil
						}
						x, ok := outer.next()
						if !ok {
							return x, false
						}
						cur = x
						coll := call1(c, f, &buf, x)
						if coll.K == eval.KNull { // .NET calls GetEnumerator on it
							throwEx(c, "System.NullReferenceException", "Object reference not set to an instance of an object.")
						}
						ni := openValue(c, coll)
						inner = &ni
					}
				}}
			})
		}
	}
	reg("SelectMany``2(this IEnumerable<TSource>,Func<TSource,IEnumerable<TResult>>)", selectMany(false))
	reg("SelectMany``3(this IEnumerable<TSource>,Func<TSource,IEnumerable<TCollection>>,Func<TSource,TCollection,TResult>)", selectMany(true))

	reg("Take``1(this IEnumerable<TSource>,int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "source")
		src, count := a[0], a[1].AsLong()
		return newSeq(c, methodTypeArg(c, 0), func(c *eval.Context) seqIter {
			if count <= 0 {
				return seqIter{next: end}
			}
			it := openValue(c, src)
			n := int64(0)
			return seqIter{close: closeOf(&it), next: func() (eval.Value, bool) {
				if n >= count {
					closeOf(&it)()
					return eval.Null, false
				}
				n++
				return it.next()
			}}
		})
	})
	reg("Skip``1(this IEnumerable<TSource>,int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "source")
		src, count := a[0], a[1].AsLong()
		return newSeq(c, methodTypeArg(c, 0), func(c *eval.Context) seqIter {
			it := openValue(c, src)
			skipped := false
			return seqIter{close: closeOf(&it), next: func() (eval.Value, bool) {
				if !skipped {
					skipped = true
					for i := int64(0); i < count; i++ {
						if _, ok := it.next(); !ok {
							return eval.Null, false
						}
					}
				}
				return it.next()
			}}
		})
	})
	reg("Concat``1(this IEnumerable<TSource>,IEnumerable<TSource>)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "first")
		nullCheck(c, a[1], "second")
		first, second := a[0], a[1]
		return newSeq(c, methodTypeArg(c, 0), func(c *eval.Context) seqIter {
			it := openValue(c, first)
			var it2 *seqIter
			return seqIter{close: func() { closeOf(&it, it2)() }, next: func() (eval.Value, bool) {
				if it2 == nil {
					if x, ok := it.next(); ok {
						return x, true
					}
					closeOf(&it)()
					n := openValue(c, second)
					it2 = &n
				}
				return it2.next()
			}}
		})
	})
	pend := func(appendIt bool) eval.NativeFunc {
		return func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
			nullCheck(c, a[0], "source")
			src, elem := a[0], a[1]
			return newSeq(c, methodTypeArg(c, 0), func(c *eval.Context) seqIter {
				var it *seqIter
				state := 0 // 0: before the source, 1: in it, 2: after it, 3: done
				if appendIt {
					state = 1
				}
				return seqIter{close: func() { closeOf(it)() }, next: func() (eval.Value, bool) {
					switch state {
					case 0:
						state = 1
						return elem, true
					case 1:
						if it == nil {
							n := openValue(c, src)
							it = &n
						}
						if x, ok := it.next(); ok {
							return x, true
						}
						closeOf(it)()
						if appendIt {
							state = 3
							return elem, true
						}
						state = 3
					}
					return eval.Null, false
				}}
			})
		}
	}
	reg("Append``1(this IEnumerable<TSource>,TSource)", pend(true))
	reg("Prepend``1(this IEnumerable<TSource>,TSource)", pend(false))

	// buffered builds operators that read the whole source on the first
	// MoveNext and then hand out a computed slice (Reverse, TakeLast, SkipLast).
	buffered := func(f func(c *eval.Context, items []eval.Value, a []eval.Value) []eval.Value) eval.NativeFunc {
		return func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
			nullCheck(c, a[0], "source")
			args := append([]eval.Value(nil), a...)
			return newSeq(c, methodTypeArg(c, 0), func(c *eval.Context) seqIter {
				var items []eval.Value
				started := false
				i := 0
				return seqIter{next: func() (eval.Value, bool) {
					if !started {
						started = true
						items = f(c, collect(c, args[0]), args)
					}
					if i < len(items) {
						i++
						return items[i-1], true
					}
					return eval.Null, false
				}}
			})
		}
	}
	reg("Reverse``1(this IEnumerable<TSource>)", buffered(func(c *eval.Context, items, _ []eval.Value) []eval.Value {
		for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
			items[i], items[j] = items[j], items[i]
		}
		return items
	}))
	reg("TakeLast``1(this IEnumerable<TSource>,int)", buffered(func(c *eval.Context, items, a []eval.Value) []eval.Value {
		n := int(a[1].AsLong())
		if n <= 0 {
			return nil
		}
		if n < len(items) {
			return items[len(items)-n:]
		}
		return items
	}))
	reg("SkipLast``1(this IEnumerable<TSource>,int)", buffered(func(c *eval.Context, items, a []eval.Value) []eval.Value {
		n := int(a[1].AsLong())
		if n <= 0 {
			return items
		}
		if n < len(items) {
			return items[:len(items)-n]
		}
		return nil
	}))

	// distinct builds Distinct (key = element) and DistinctBy (key selector).
	distinct := func(by bool) eval.NativeFunc {
		return func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
			nullCheck(c, a[0], "source")
			var keyOf, cmpv eval.Value
			if by {
				nullCheck(c, a[1], "keySelector")
				keyOf = a[1]
				if len(a) > 2 {
					cmpv = a[2]
				}
			} else if len(a) > 1 {
				cmpv = a[1]
			}
			src := a[0]
			return newSeq(c, methodTypeArg(c, 0), func(c *eval.Context) seqIter {
				it := openValue(c, src)
				seen := newHashTable(comparerOf(cmpv))
				var buf [2]eval.Value
				return seqIter{close: closeOf(&it), next: func() (eval.Value, bool) {
					for {
						x, ok := it.next()
						if !ok {
							return x, false
						}
						k := x
						if by {
							k = call1(c, keyOf, &buf, x)
						}
						if seen.find(c, k) < 0 {
							seen.insert(c, k, eval.Null)
							return x, true
						}
					}
				}}
			})
		}
	}
	reg("Distinct``1(this IEnumerable<TSource>)", distinct(false))
	reg("Distinct``1(this IEnumerable<TSource>,IEqualityComparer<TSource>)", distinct(false))
	reg("DistinctBy``2(this IEnumerable<TSource>,Func<TSource,TKey>)", distinct(true))
	reg("DistinctBy``2(this IEnumerable<TSource>,Func<TSource,TKey>,IEqualityComparer<TKey>)", distinct(true))

	// Count and Any without a predicate read a collection's count directly.
	reg("Count``1(this IEnumerable<TSource>)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "source")
		if n, ok := knownCount(a[0]); ok {
			return eval.Int(int32(n))
		}
		n := int64(0)
		c.ForEach(a[0], func(eval.Value) bool { n++; return true })
		if n > 1<<31-1 {
			throwEx(c, "System.OverflowException", "Arithmetic operation resulted in an overflow.")
		}
		return eval.Int(int32(n))
	})
	reg("Any``1(this IEnumerable<TSource>)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "source")
		if n, ok := knownCount(a[0]); ok {
			return eval.Bool(n > 0)
		}
		found := false
		c.ForEach(a[0], func(eval.Value) bool { found = true; return false })
		return eval.Bool(found)
	})

	registerOrderBy(r)
}

// knownCount is the element count of an array, string or library collection.
func knownCount(v eval.Value) (int, bool) {
	switch v.K {
	case eval.KArray:
		return len(v.Arr().Data), true
	}
	if o := v.Obj(); o != nil {
		switch n := o.Native.(type) {
		case *listState:
			return len(n.items), true
		case *dictState:
			return n.count, true
		case setState:
			return n.count, true
		case *queueState:
			return len(n.items), true
		case *dictView:
			return n.d.count, true
		case *groupState:
			return len(n.items), true
		}
	}
	return 0, false
}

// ---- OrderBy / ThenBy ----

// orderLevel is one sort key: its selector, comparer (Null: default) and direction.
type orderLevel struct {
	key  eval.Value
	cmp  eval.Value
	desc bool
}

// orderedSeq is what an OrderBy/ThenBy chain sorts by.
type orderedSeq struct {
	src    eval.Value
	levels []orderLevel
}

// open sorts as .NET does: all keys of the first level are computed, in
// source order, then those of the next level, and so on; the sort is stable
// (equal keys keep their source order).
func (o *orderedSeq) open(c *eval.Context) seqIter {
	var items []eval.Value
	started := false
	i := 0
	return seqIter{next: func() (eval.Value, bool) {
		if !started {
			started = true
			items = o.sort(c, collect(c, o.src))
		}
		if i < len(items) {
			i++
			return items[i-1], true
		}
		return eval.Null, false
	}}
}

func (o *orderedSeq) sort(c *eval.Context, items []eval.Value) []eval.Value {
	n := len(items)
	keys := make([][]eval.Value, len(o.levels))
	cmps := make([]func(a, b eval.Value) int, len(o.levels))
	var buf [2]eval.Value
	for l, lv := range o.levels {
		ks := make([]eval.Value, n)
		for i, x := range items {
			ks[i] = call1(c, lv.key, &buf, x)
		}
		keys[l] = ks
		cmps[l] = orderFunc(c, lv.cmp)
	}
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(x, y int) bool {
		i, j := idx[x], idx[y]
		for l, lv := range o.levels {
			r := cmps[l](keys[l][i], keys[l][j])
			if r != 0 {
				if lv.desc {
					return r > 0
				}
				return r < 0
			}
		}
		return false
	})
	out := make([]eval.Value, n)
	for k, i := range idx {
		out[k] = items[i]
	}
	return out
}

func newOrderedSeq(c *eval.Context, elem *eval.Type, o *orderedSeq) eval.Value {
	in := c.Interp()
	t := in.Instantiate(in.TypeByName("System.Linq.__OrderedSeq`1"), []*eval.Type{elem})
	return eval.ObjVal(&eval.Object{Type: t, Native: &seq{open: o.open, ordered: o}})
}

func registerOrderBy(r *eval.Registry) {
	const p = "System.Linq.Enumerable."
	orderBy := func(desc, then, self bool) eval.NativeFunc {
		return func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
			nullCheck(c, a[0], "source")
			var lv orderLevel
			if self {
				lv = orderLevel{key: c.NewDelegate(nil, func(_ *eval.Context, args []eval.Value) eval.Value { return args[0] }), desc: desc}
			} else {
				nullCheck(c, a[1], "keySelector")
				lv = orderLevel{key: a[1], desc: desc}
				if len(a) > 2 {
					lv.cmp = a[2]
				}
			}
			if then {
				o := a[0].Obj()
				s, ok := o.Native.(*seq)
				if o == nil || !ok || s.ordered == nil {
					throwEx(c, "System.NotSupportedException", "ThenBy needs a sequence made by OrderBy")
				}
				levels := append(append([]orderLevel(nil), s.ordered.levels...), lv)
				return newOrderedSeq(c, methodTypeArg(c, 0), &orderedSeq{src: s.ordered.src, levels: levels})
			}
			return newOrderedSeq(c, methodTypeArg(c, 0), &orderedSeq{src: a[0], levels: []orderLevel{lv}})
		}
	}
	for _, x := range []struct {
		name       string
		desc, then bool
	}{{"OrderBy", false, false}, {"OrderByDescending", true, false}, {"ThenBy", false, true}, {"ThenByDescending", true, true}} {
		src := "IEnumerable<TSource>"
		if x.then {
			src = "IOrderedEnumerable<TSource>"
		}
		r.Register(p+x.name+"``2(this "+src+",Func<TSource,TKey>)", orderBy(x.desc, x.then, false))
		r.Register(p+x.name+"``2(this "+src+",Func<TSource,TKey>,IComparer<TKey>)", orderBy(x.desc, x.then, false))
	}
	r.Register(p+"Order``1(this IEnumerable<TSource>)", orderBy(false, false, true))
	r.Register(p+"OrderDescending``1(this IEnumerable<TSource>)", orderBy(true, false, true))
}
