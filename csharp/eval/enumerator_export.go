package eval

// Enumerator drives a C# enumerator object (the result of GetEnumerator) from
// Go, as foreach does: MoveNext and Current are looked up as C# code would
// (virtual, explicit interface implementations included) and cached per
// receiver type. Library natives that pull from several sources at once
// (LINQ's Zip, Concat, ...) use it for enumerables they do not know.
type Enumerator struct {
	c   *Context
	e   Value
	mn  *callSite
	cur *getSite
}

// NewEnumerator wraps enumerator object e.
func (c *Context) NewEnumerator(e Value) *Enumerator {
	return &Enumerator{c: c, e: e, mn: &callSite{name: "MoveNext"}, cur: &getSite{name: "Current"}}
}

func (en *Enumerator) frame() *Frame {
	if fr := en.c.frame; fr != nil {
		return fr
	}
	return &Frame{c: en.c}
}

// MoveNext calls the enumerator's MoveNext.
func (en *Enumerator) MoveNext() bool {
	return en.c.in.callWithValues(en.frame(), en.mn, en.e, nil).N != 0
}

// Current reads the enumerator's Current.
func (en *Enumerator) Current() Value { return en.c.in.getMember(en.frame(), en.e, en.cur) }

// Dispose calls Dispose when the enumerator's type has one.
func (en *Enumerator) Dispose() {
	if len(en.c.in.findMethods(en.c.in.typeOf(en.e), "Dispose")) > 0 {
		en.c.in.callMethodByName(en.c, en.e, "Dispose")
	}
}
