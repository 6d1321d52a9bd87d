package eval

import (
	"rpbench/csharp/syntax"
)

// GoEnumerable may be implemented by the Native state of library
// collections (List<T>, Dictionary<K,V>, ...) so that foreach and LINQ
// iterate them without calling GetEnumerator through C#. yield returns
// false to stop early. Enumerate must throw InvalidOperationException
// itself if the collection is modified during enumeration.
type GoEnumerable interface {
	Enumerate(c *Context, yield func(Value) bool)
}

// forEach iterates any enumerable value; it returns false if v is not enumerable.
func (in *Interp) forEach(c *Context, v Value, fn func(Value) bool) bool {
	switch v.K {
	case KArray:
		for _, x := range v.R.(*Array).Data {
			if !fn(x) {
				break
			}
		}
		return true
	case KString:
		s := v.R.(string)
		if v.N&strASCII != 0 {
			for i := 0; i < len(s); i++ {
				if !fn(Char(uint16(s[i]))) {
					break
				}
			}
			return true
		}
		for _, u := range ToUTF16(s) {
			if !fn(Char(u)) {
				break
			}
		}
		return true
	case KNull:
		c.Throw("System.NullReferenceException", "")
	case KObject, KStruct:
		o := v.R.(*Object)
		if ge, ok := o.Native.(GoEnumerable); ok {
			ge.Enumerate(c, fn)
			return true
		}
	}
	t := in.typeOf(v)
	if len(in.findMethods(t, "GetEnumerator")) == 0 && in.pickExtension(c, "GetEnumerator", v, nil, nil) == nil {
		return false // (an extension GetEnumerator serves too, C# 9)
	}
	e := in.callMethodByName(c, v, "GetEnumerator")
	if e.K == KNull {
		c.Throw("System.NullReferenceException", "")
	}
	if eo := e.Obj(); eo != nil {
		if it, ok := eo.Native.(*iterState); ok {
			defer it.dispose(c)
			for it.moveNext(c) {
				if !fn(it.current) {
					break
				}
			}
			return true
		}
	}
	mn := &callSite{name: "MoveNext"}
	cur := &getSite{name: "Current"}
	fr := c.frame
	if fr == nil {
		fr = &Frame{c: c}
	}
	defer func() {
		if len(in.findMethods(in.typeOf(e), "Dispose")) > 0 {
			in.callMethodByName(c, e, "Dispose")
		}
	}()
	for in.callWithValues(fr, mn, e, nil).N != 0 {
		if !fn(in.getMember(fr, e, cur)) {
			break
		}
	}
	return true
}

// ForEach iterates an enumerable C# value (array, string, collection, iterator).
func (c *Context) ForEach(v Value, fn func(Value) bool) {
	if !c.in.forEach(c, v, fn) {
		c.Throw("System.InvalidOperationException", "value is not enumerable")
	}
}

// foreachBinder compiles the iteration variable of a foreach (a declaration, a
// deconstruction or a typed/var name) into a function that binds each element.
// varElem gives the element type of a var loop (nil when unknown); only a named
// tuple element type then converts (retags) the values.
func (c *compiler) foreachBinder(s *syntax.ForeachStmt, varElem func() *Type) func(fr *Frame, v Value) {
	if s.Target != nil {
		switch t := s.Target.(type) {
		case *syntax.DeclExpr:
			return c.designation(t.Des, nil)
		case *syntax.TupleExpr:
			return c.deconstructInto(t)
		default:
			c.errorf(s.Target, "unsupported foreach target")
			return nil
		}
	}
	in := c.in
	var t *Type
	isVar := false
	if id, ok := s.Type.(*syntax.Ident); !ok || id.Name != "var" {
		t = c.resolveType(s.Type)
	} else {
		isVar = true
		t = varElem()
	}
	lv := c.declare(s.Name.Name, t)
	decl := varDecl(lv)
	conv := in.converter(t)
	if isVar && (t == nil || t.Def == nil || !in.isTupleDef(t.Def)) {
		conv = nil
	}
	return func(fr *Frame, v Value) {
		if conv != nil {
			v = conv(v)
		}
		decl(fr, v)
	}
}

func (c *compiler) foreachStmt(s *syntax.ForeachStmt) stmtFn {
	if s.Await {
		return c.awaitForeach(s) // asyncstream.go
	}
	in := c.in
	coll := c.expr(s.X)
	c.pushBlock()
	defer c.popBlock()
	bind := c.foreachBinder(s, func() *Type { return c.elementType(s.X) }) // static type only (stypes.go)
	c.pushBlock()
	body := c.stmt(s.Body)
	c.popBlock()
	pos := s.Pos()
	return func(fr *Frame) ctl {
		fr.pos = &pos
		v := coll(fr)
		th := fr.c
		result := ctlNone
		if v.K == KArray {
			a := v.R.(*Array)
			for i := 0; i < len(a.Data); i++ {
				in.steps++
				if in.steps > in.maxSteps {
					th.step()
				}
				bind(fr, a.Data[i])
				r := body(fr)
				if r == ctlBreak {
					break
				}
				if r == ctlReturn || r == ctlGoto {
					return r
				}
			}
			return ctlNone
		}
		ok := in.forEach(th, v, func(x Value) bool {
			in.steps++
			if in.steps > in.maxSteps {
				th.step()
			}
			bind(fr, x)
			switch body(fr) {
			case ctlBreak:
				return false
			case ctlReturn:
				result = ctlReturn
				return false
			case ctlGoto:
				result = ctlGoto
				return false
			}
			return true
		})
		if !ok {
			th.Throw("System.InvalidOperationException", "foreach: '"+in.typeOf(v).CSharpName()+"' is not enumerable")
		}
		return result
	}
}

// ---------------------------------------------------------------------------
// Iterators (yield return): each enumeration runs the body on its own
// coroutine that hands values back to MoveNext.

func (c *compiler) iteratorBody(b *compiledBody, m *Method) stmtFn { return b.run }

func (c *compiler) yieldStmt(s *syntax.YieldStmt) stmtFn {
	if s.Break {
		return func(*Frame) ctl { return ctlReturn }
	}
	rt := c.fs.retType
	var et *Type
	if rt != nil && len(rt.TypeArgs) == 1 {
		et = rt.TypeArgs[0]
	}
	x := c.exprTyped(s.X, et)
	pos := s.Pos()
	return func(fr *Frame) ctl {
		fr.pos = &pos
		v := x(fr)
		it := fr.c.iter
		if it == nil {
			fr.c.fatal("yield return outside an iterator")
		}
		it.current = v
		fr.c.park()
		if it.stop {
			panic(iterStop{})
		}
		return ctlNone
	}
}

type iterStop struct{}

// iterSource is what an iterator method call captured: enough to start the body again.
type iterSource struct {
	in    *Interp
	m     *Method
	b     *compiledBody
	clo   *Closure
	ctype *Type
	targs []*Type
	this  Value
	args  []Value
}

// iterState is one enumeration of an iterator.
type iterState struct {
	src     *iterSource
	co      *Context
	current Value
	done    bool
	started bool
	stop    bool
	exc     *Object
	fatal   *fatalPanic
	next    func() bool // slice enumerators
}

// Enumerate implements GoEnumerable for iterator objects.
func (s *iterSource) Enumerate(c *Context, yield func(Value) bool) {
	it := &iterState{src: s}
	defer it.dispose(c)
	for it.moveNext(c) {
		if !yield(it.current) {
			return
		}
	}
}

func (it *iterState) moveNext(c *Context) bool {
	if it.done {
		return false
	}
	if it.next != nil {
		if !it.next() {
			it.done = true
			return false
		}
		return true
	}
	in := it.src.in
	if !it.started {
		it.started = true
		src := it.src
		it.co = in.spawnRaw("iterator", func(co *Context) {
			co.iter = it
			defer func() {
				if r := recover(); r != nil {
					switch p := r.(type) {
					case iterStop:
					case csharpPanic:
						it.exc = p.ex
					case fatalPanic:
						it.fatal = &p
					default:
						it.fatal = &fatalPanic{&RuntimeError{Msg: "internal error in iterator"}}
					}
				}
				it.done = true
			}()
			if src.clo != nil {
				in.runClosure(co, src.clo, append([]Value(nil), src.args...))
			} else {
				in.runBody(co, src.m, src.b, src.ctype, src.targs, src.this, append([]Value(nil), src.args...), nil)
			}
		})
	}
	it.co.switchTo()
	if it.exc != nil {
		ex := it.exc
		it.exc = nil
		c.raise(ex)
	}
	if it.fatal != nil {
		panic(*it.fatal)
	}
	return !it.done
}

func (it *iterState) dispose(c *Context) {
	if it.started && !it.done && it.co != nil {
		it.stop = true
		it.co.switchTo()
	}
	it.done = true
}

func (in *Interp) iteratorObject(src *iterSource) Value {
	t := in.TypeByName("System.Collections.Generic.__Iterator")
	o := &Object{Type: t, Native: src}
	return ObjVal(o)
}

func (in *Interp) makeIterator(c *Context, m *Method, b *compiledBody, ctype *Type, targs []*Type, this Value, args []Value) Value {
	src := &iterSource{in: in, m: m, b: b, ctype: ctype, targs: targs, this: this, args: append([]Value(nil), args...)}
	if m.Ret != nil {
		if rt := m.Ret.get(in); rt != nil && (rt.generic().Name == "IEnumerator" || rt.Name == "IEnumerator") {
			// an iterator declared as IEnumerator<T> GetEnumerator() is an enumerator, not an enumerable
			t := in.TypeByName("System.Collections.Generic.__IteratorEnumerator")
			return ObjVal(&Object{Type: t, Native: &iterState{src: src}})
		}
	}
	return in.iteratorObject(src)
}

func (in *Interp) makeIteratorClosure(c *Context, clo *Closure, args []Value) Value {
	return in.iteratorObject(&iterSource{in: in, clo: clo, args: append([]Value(nil), args...)})
}

// spawnRaw creates a coroutine without the guard (the body handles its own panics).
func (in *Interp) spawnRaw(name string, body func(c *Context)) *Context {
	return in.newCoroutine(name, body)
}

// ---------------------------------------------------------------------------
// await

func (c *compiler) await(x *syntax.AwaitExpr) exprFn {
	in := c.in
	v := c.expr(x.X)
	pos := x.Pos()
	return func(fr *Frame) Value {
		t := v(fr)
		fr.pos = &pos
		return in.awaitValue(fr.c, t)
	}
}

// awaitValue waits (parking the coroutine) for a task-like value and returns its result.
func (in *Interp) awaitValue(c *Context, v Value) Value {
	if o, isObj := v.R.(*Object); isObj && o == nil {
		return Null // default of a struct (a default ValueTask): completed
	}
	t := taskOf(v)
	if t == nil && in.isValueTask(v) {
		t = in.valueTaskTask(v)
	}
	if t == nil {
		if v.K == KNull {
			c.Throw("System.NullReferenceException", "")
		}
		// awaiter pattern: GetAwaiter().GetResult()
		aw := in.callMethodByName(c, v, "GetAwaiter")
		if at := taskOf(aw); at != nil {
			t = at
		} else {
			return in.callMethodByName(c, aw, "GetResult")
		}
	}
	c.waitTask(t)
	return t.awaitResult(c)
}

// arrayEnumerator returns an IEnumerator over a's elements that reads them
// as it goes (a store into the array shows in a later Current, as in .NET).
func (in *Interp) arrayEnumerator(a *Array) Value {
	t := in.TypeByName("System.Collections.Generic.__IteratorEnumerator")
	st := &iterState{started: true, src: &iterSource{in: in}}
	idx := -1
	st.next = func() bool {
		idx++
		if idx < len(a.Data) {
			st.current = a.Data[idx]
			return true
		}
		return false
	}
	return ObjVal(&Object{Type: t, Native: st})
}
