package eval

// indexSite caches, for one indexer expression in the source, the accessor
// it called last: when the receiver's run-time type is the same again and
// that type has a single accessor of the kind, the lookup and overload
// check are skipped (d[k] = v in a loop).
type indexSite struct {
	t     *Type
	m     *Method
	ctype *Type
}

// cachedIndexer returns the accessor the site may call directly for recv
// (nil: take the general way).
func (in *Interp) cachedIndexer(site *indexSite, recv Value) (*Method, *Type) {
	if recv.K == KObject && site.t != nil && site.t == in.typeOf(recv) {
		return site.m, site.ctype
	}
	return nil, nil
}

// remember records recv's accessor name after a general call succeeded,
// when its type has just that one.
func (in *Interp) remember(site *indexSite, recv Value, name string) {
	if recv.K != KObject {
		return
	}
	t := in.typeOf(recv)
	if ms := in.findMethods(t, name); len(ms) == 1 {
		site.t, site.m, site.ctype = t, ms[0], in.ctypeFor(t, ms[0].Decl)
	}
}

// indexGetAt is indexGet through a site cache.
func (in *Interp) indexGetAt(fr *Frame, site *indexSite, recv Value, idx []Value) Value {
	if m, ct := in.cachedIndexer(site, recv); m != nil {
		c := fr.c
		args, mark, ch := c.alloc(len(idx))
		copy(args, idx)
		r := in.invoke(c, m, ct, nil, recv, in.bindArgs(c, m, args, nil, fr))
		c.release(mark, ch)
		return r
	}
	r := in.indexGet(fr, recv, idx)
	in.remember(site, recv, "get_Item")
	return r
}

// indexSetAt is indexSet through a site cache.
func (in *Interp) indexSetAt(fr *Frame, site *indexSite, recv Value, idx []Value, v Value) {
	if m, ct := in.cachedIndexer(site, recv); m != nil {
		c := fr.c
		all, mark, ch := c.alloc(len(idx) + 1)
		copy(all, idx)
		all[len(idx)] = v
		in.invoke(c, m, ct, nil, recv, in.bindArgs(c, m, all, nil, fr))
		c.release(mark, ch)
		return
	}
	in.indexSet(fr, recv, idx, v)
	in.remember(site, recv, "set_Item")
}
