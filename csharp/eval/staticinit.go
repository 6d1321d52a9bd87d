package eval

// Failed static initialization: an exception thrown by a static field
// initializer or a static constructor reaches the code that triggered the
// initialization as a TypeInitializationException (InnerException: the
// original), and the type stays unusable: every later access throws the
// same TypeInitializationException again, as .NET does.

// catchStaticInit is deferred by ensureStatic: it turns a C# exception
// escaping t's static initialization into the type's TypeInitializationException.
func (in *Interp) catchStaticInit(c *Context, t *Type, state *uint8, st state) {
	r := recover()
	if r == nil {
		return
	}
	p, ok := r.(csharpPanic)
	if !ok {
		panic(r)
	}
	c.restore(st)
	*state = 3
	in.staticInitFailed(c, t, p.ex)
}

// staticInitFailed throws t's TypeInitializationException, creating it
// around inner the first time.
func (in *Interp) staticInitFailed(c *Context, t *Type, inner *Object) {
	d := t.generic()
	holder := d
	if t.Def != nil {
		holder = t
	}
	if holder.cctorErr == nil {
		tt := in.TypeByName("System.TypeInitializationException")
		if tt == nil || inner == nil {
			c.fatal("static initialization of " + t.FullName() + " failed")
		}
		ex := c.New(tt, Str(d.FullName()), ObjVal(inner)) // G`1 for G<string>, as Mono and .NET name it
		holder.cctorErr = ex.Obj()
	}
	c.raise(holder.cctorErr)
}
