package dotnet

import (
	"rpbench/csharp/eval"
)

// GroupBy, ToLookup and Zip in Go. Groups come out in the order of their
// first element, elements in source order; null keys form a group of their
// own (as .NET's Lookup does); keys are compared with the given
// IEqualityComparer<TKey> or the default one.

// groupState is the native state of a __Grouping<TKey,TElement>.
type groupState struct {
	key   eval.Value
	items []eval.Value
}

// Enumerate implements eval.GoEnumerable.
func (g *groupState) Enumerate(c *eval.Context, yield func(eval.Value) bool) {
	for _, x := range g.items {
		if !yield(x) {
			return
		}
	}
}

// lookupState is the native state of a __Lookup<TKey,TElement>.
type lookupState struct {
	index     *hashTable // key → position in groups (non-null keys)
	nullGroup int        // position of the null key's group, -1 if none
	groups    []eval.Value
	gtype     *eval.Type // __Grouping<TKey,TElement>
	elem      *eval.Type
}

// Enumerate implements eval.GoEnumerable: the groupings in order.
func (l *lookupState) Enumerate(c *eval.Context, yield func(eval.Value) bool) {
	for _, g := range l.groups {
		if !yield(g) {
			return
		}
	}
}

// groupIndex returns the position of key's grouping, -1 when there is none.
func (l *lookupState) groupIndex(c *eval.Context, key eval.Value) int {
	if key.K == eval.KNull {
		return l.nullGroup
	}
	if j := l.index.find(c, key); j >= 0 {
		return int(l.index.entries[j].val.N)
	}
	return -1
}

// buildLookup reads src once, grouping elemSel(x) (x itself when elemSel is
// null) by keySel(x).
func buildLookup(c *eval.Context, src, keySel, elemSel, cmp eval.Value, ktype, etype *eval.Type) *lookupState {
	in := c.Interp()
	l := &lookupState{index: newHashTable(comparerOf(cmp)), nullGroup: -1, elem: etype,
		gtype: in.Instantiate(in.TypeByName("System.Linq.__Grouping`2"), []*eval.Type{ktype, etype})}
	var buf [2]eval.Value
	c.ForEach(src, func(x eval.Value) bool {
		k := call1(c, keySel, &buf, x)
		e := x
		if elemSel.K != eval.KNull {
			e = call1(c, elemSel, &buf, x)
		}
		var g *groupState
		if k.K == eval.KNull {
			if l.nullGroup < 0 {
				l.nullGroup = len(l.groups)
				g = &groupState{key: k}
				l.groups = append(l.groups, eval.ObjVal(&eval.Object{Type: l.gtype, Native: g}))
			}
			g = l.groups[l.nullGroup].Obj().Native.(*groupState)
		} else {
			i, hv, simple := l.index.lookup(c, k)
			if i >= 0 {
				g = l.groups[l.index.entries[i].val.N].Obj().Native.(*groupState)
			} else {
				g = &groupState{key: k}
				l.index.insertHashed(k, eval.Value{K: eval.KInt, N: uint64(len(l.groups))}, hv, simple)
				l.groups = append(l.groups, eval.ObjVal(&eval.Object{Type: l.gtype, Native: g}))
			}
		}
		g.items = append(g.items, e)
		return true
	})
	return l
}

func sliceIter(items []eval.Value) seqIter {
	i := 0
	return seqIter{next: func() (eval.Value, bool) {
		if i < len(items) {
			i++
			return items[i-1], true
		}
		return eval.Null, false
	}}
}

func registerLinqGroup(r *eval.Registry) {
	const p = "System.Linq.Enumerable."
	const g = "System.Linq.__Grouping`2."
	const lk = "System.Linq.__Lookup`2."
	enumerator := func(c *eval.Context, elem *eval.Type, it seqIter) eval.Value {
		in := c.Interp()
		t := in.Instantiate(in.TypeByName("System.Linq.__SeqEnumerator`1"), []*eval.Type{elem})
		return eval.ObjVal(&eval.Object{Type: t, Native: &seqEnum{it: it}})
	}
	r.Register(g+"get_Key()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		return this.Obj().Native.(*groupState).key
	})
	r.Register(g+"get_Count()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		return eval.Int(int32(len(this.Obj().Native.(*groupState).items)))
	})
	r.Register(g+"GetEnumerator()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		o := this.Obj()
		return enumerator(c, o.Type.TypeArgs[1], sliceIter(o.Native.(*groupState).items))
	})
	r.Register(lk+"get_Count()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		return eval.Int(int32(len(this.Obj().Native.(*lookupState).groups)))
	})
	r.Register(lk+"get_Item(TKey)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		l := this.Obj().Native.(*lookupState)
		if i := l.groupIndex(c, a[0]); i >= 0 {
			return l.groups[i]
		}
		return c.Interp().NewArray(l.elem, nil)
	})
	r.Register(lk+"Contains(TKey)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		return eval.Bool(this.Obj().Native.(*lookupState).groupIndex(c, a[0]) >= 0)
	})
	r.Register(lk+"GetEnumerator()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		l := this.Obj().Native.(*lookupState)
		return enumerator(c, l.gtype, sliceIter(l.groups))
	})

	// GroupBy: one native for every overload, which it tells apart by the
	// argument values (a delegate taking two arguments is a result selector,
	// other delegates element selectors, anything else the key comparer), so
	// that a run-time overload choice cannot mix them up.
	groupBy := func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "source")
		nullCheck(c, a[1], "keySelector")
		src, keySel := a[0], a[1]
		var elemSel, resSel, cmp eval.Value
		var dels []eval.Value
		for _, x := range a[2:] {
			if x.K == eval.KDelegate {
				dels = append(dels, x)
			} else {
				cmp = x
			}
		}
		switch {
		case len(dels) == 2:
			elemSel, resSel = dels[0], dels[1]
		case len(dels) == 1 && delegateArity(dels[0]) == 2:
			resSel = dels[0]
		case len(dels) == 1:
			elemSel = dels[0]
		}
		etype := methodTypeArg(c, 0)
		if elemSel.K != eval.KNull {
			etype = methodTypeArg(c, 2)
		}
		ktype := methodTypeArg(c, 1)
		in := c.Interp()
		gtype := in.Instantiate(in.TypeByName("System.Linq.__Grouping`2"), []*eval.Type{ktype, etype})
		elem := gtype
		if resSel.K != eval.KNull {
			elem = in.TypeByName("System.Object")
		}
		return newSeq(c, elem, func(c *eval.Context) seqIter {
			var items []eval.Value
			started := false
			i := 0
			var buf [2]eval.Value
			return seqIter{next: func() (eval.Value, bool) {
				if !started {
					started = true
					items = buildLookup(c, src, keySel, elemSel, cmp, ktype, etype).groups
				}
				if i < len(items) {
					i++
					g := items[i-1]
					if resSel.K != eval.KNull {
						return call2(c, resSel, &buf, g.Obj().Native.(*groupState).key, g), true
					}
					return g, true
				}
				return eval.Null, false
			}}
		})
	}
	for _, k := range []string{
		"GroupBy``2(this IEnumerable<TSource>,Func<TSource,TKey>)",
		"GroupBy``2(this IEnumerable<TSource>,Func<TSource,TKey>,IEqualityComparer<TKey>)",
		"GroupBy``3(this IEnumerable<TSource>,Func<TSource,TKey>,Func<TSource,TElement>)",
		"GroupBy``3(this IEnumerable<TSource>,Func<TSource,TKey>,Func<TSource,TElement>,IEqualityComparer<TKey>)",
		"GroupBy``3(this IEnumerable<TSource>,Func<TSource,TKey>,Func<TKey,IEnumerable<TSource>,TResult>)",
		"GroupBy``4(this IEnumerable<TSource>,Func<TSource,TKey>,Func<TSource,TElement>,Func<TKey,IEnumerable<TElement>,TResult>)",
	} {
		r.Register(p+k, groupBy)
	}

	// ToLookup: one native for all overloads, told apart by the argument values as GroupBy.
	toLookup := func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "source")
		nullCheck(c, a[1], "keySelector")
		var elemSel, cmp eval.Value
		for _, x := range a[2:] {
			if x.K == eval.KDelegate {
				elemSel = x
			} else {
				cmp = x
			}
		}
		etype := methodTypeArg(c, 0)
		if elemSel.K != eval.KNull {
			etype = methodTypeArg(c, 2)
		}
		ktype := methodTypeArg(c, 1)
		l := buildLookup(c, a[0], a[1], elemSel, cmp, ktype, etype)
		in := c.Interp()
		t := in.Instantiate(in.TypeByName("System.Linq.__Lookup`2"), []*eval.Type{ktype, etype})
		return eval.ObjVal(&eval.Object{Type: t, Native: l})
	}
	for _, k := range []string{
		"ToLookup``2(this IEnumerable<TSource>,Func<TSource,TKey>)",
		"ToLookup``2(this IEnumerable<TSource>,Func<TSource,TKey>,IEqualityComparer<TKey>)",
		"ToLookup``3(this IEnumerable<TSource>,Func<TSource,TKey>,Func<TSource,TElement>)",
		"ToLookup``3(this IEnumerable<TSource>,Func<TSource,TKey>,Func<TSource,TElement>,IEqualityComparer<TKey>)",
	} {
		r.Register(p+k, toLookup)
	}

	// Union, Intersect and Except (deferred; the second sequence is read at
	// the first MoveNext): op 0 union, 1 intersect, 2 except.
	setOp := func(op int) eval.NativeFunc {
		return func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
			nullCheck(c, a[0], "first")
			nullCheck(c, a[1], "second")
			first, second := a[0], a[1]
			var cmp eval.Value
			if len(a) > 2 {
				cmp = a[2]
			}
			return newSeq(c, methodTypeArg(c, 0), func(c *eval.Context) seqIter {
				set := newHashTable(comparerOf(cmp))
				var it *seqIter
				phase := 0 // union: 0 first, 1 second, 2 done
				return seqIter{close: func() { closeOf(it)() }, next: func() (eval.Value, bool) {
					if it == nil {
						if op != 0 {
							c.ForEach(second, func(x eval.Value) bool {
								if i, hv, simple := set.lookup(c, x); i < 0 {
									set.insertHashed(x, eval.Null, hv, simple)
								}
								return true
							})
						}
						n := openValue(c, first)
						it = &n
					}
					for {
						x, ok := it.next()
						if !ok {
							if op == 0 && phase == 0 {
								phase = 1
								closeOf(it)()
								n := openValue(c, second)
								it = &n
								continue
							}
							return x, false
						}
						i, hv, simple := set.lookup(c, x)
						switch op {
						case 1: // intersect: yield and forget what the second sequence had
							if i >= 0 {
								set.remove(c, i)
								return x, true
							}
						default: // union and except: yield what was not seen yet
							if i < 0 {
								set.insertHashed(x, eval.Null, hv, simple)
								return x, true
							}
						}
					}
				}}
			})
		}
	}
	for i, name := range []string{"Union", "Intersect", "Except"} {
		r.Register(p+name+"``1(this IEnumerable<TSource>,IEnumerable<TSource>)", setOp(i))
		r.Register(p+name+"``1(this IEnumerable<TSource>,IEnumerable<TSource>,IEqualityComparer<TSource>)", setOp(i))
	}

	// Aggregate with a seed: the accumulator is stored through TAccumulate's
	// conversion, as the C# local of that type would (tuple names survive a
	// lambda that returns an unnamed tuple).
	aggregate := func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "source")
		nullCheck(c, a[2], "func")
		if len(a) > 3 {
			nullCheck(c, a[3], "resultSelector")
		}
		var conv func(eval.Value) eval.Value
		if ta := c.TypeArgs(); len(ta) > 1 && !isOpenType(ta[1]) {
			conv = c.Interp().Converter(ta[1])
		}
		acc := a[1]
		if conv != nil {
			acc = conv(acc)
		}
		f := a[2]
		var buf [2]eval.Value
		c.ForEach(a[0], func(x eval.Value) bool {
			acc = call2(c, f, &buf, acc, x)
			if conv != nil {
				acc = conv(acc)
			}
			return true
		})
		if len(a) > 3 {
			return call1(c, a[3], &buf, acc)
		}
		return acc
	}
	r.Register(p+"Aggregate``2(this IEnumerable<TSource>,TAccumulate,Func<TAccumulate,TSource,TAccumulate>)", aggregate)
	r.Register(p+"Aggregate``3(this IEnumerable<TSource>,TAccumulate,Func<TAccumulate,TSource,TAccumulate>,Func<TAccumulate,TResult>)", aggregate)

	// Zip reads both sources in step and stops at the shorter one; without a
	// result selector it makes (First, Second) tuples.
	zip := func(withSel bool) eval.NativeFunc {
		return func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
			nullCheck(c, a[0], "first")
			nullCheck(c, a[1], "second")
			first, second := a[0], a[1]
			var f eval.Value
			elem := c.Interp().TypeByName("System.Object")
			if withSel {
				nullCheck(c, a[2], "resultSelector")
				f = a[2]
				elem = methodTypeArg(c, 2)
			}
			return newSeq(c, elem, func(c *eval.Context) seqIter {
				it1 := openValue(c, first)
				it2 := openValue(c, second)
				var buf [2]eval.Value
				return seqIter{close: closeOf(&it1, &it2), next: func() (eval.Value, bool) {
					x, ok := it1.next()
					if !ok {
						return x, false
					}
					y, ok := it2.next()
					if !ok {
						return y, false
					}
					if withSel {
						return call2(c, f, &buf, x, y), true
					}
					return c.Interp().NewTuple([]eval.Value{x, y}), true
				}}
			})
		}
	}
	r.Register(p+"Zip``3(this IEnumerable<TFirst>,IEnumerable<TSecond>,Func<TFirst,TSecond,TResult>)", zip(true))
	r.Register(p+"Zip``2(this IEnumerable<TFirst>,IEnumerable<TSecond>)", zip(false))
}

// delegateArity is the parameter count of a delegate value, -1 when unknown.
func delegateArity(v eval.Value) int { return eval.DelegateArity(v) }
