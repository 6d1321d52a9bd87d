package eval

import "rpbench/csharp/syntax"

// Async streams (C# 8): ValueTask and ValueTask<T>, async iterator methods
// (async IAsyncEnumerable<T> M() { ... await ...; yield return ...; }),
// await foreach and await using.
//
// An async iterator runs on a coroutine of its own, like an iterator. Its
// coroutine parks for two reasons: a yield return (a value is ready) or an
// await of an incomplete task. The context's awaiting flag tells them apart;
// whoever resumed it settles the MoveNextAsync in progress once it parked
// at a yield or ended (settle, from switchTo), never from inside the
// iterator, so that a consumer resumed by that completion may call
// MoveNextAsync again at once.

// asyncIter is one enumeration of an async iterator.
type asyncIter struct {
	src     *iterSource
	it      *iterState // what yield return writes (current, stop)
	co      *Context
	started bool
	done    bool
	pending *Task   // the MoveNextAsync in progress (a Task<bool>), or nil
	exc     *Object // the exception that ended the body
}

// settle completes the MoveNextAsync in progress after the iterator's
// coroutine parked at a yield return or ended.
func (a *asyncIter) settle() {
	p := a.pending
	if p == nil {
		return
	}
	a.pending = nil
	switch {
	case a.exc != nil:
		p.SetException(a.exc)
	case a.done:
		p.SetResult(Bool(false))
	default:
		p.SetResult(Bool(true))
	}
}

// makeAsyncIterator is the call of an async iterator method: an
// IAsyncEnumerable<T> whose enumerators run the body.
func (in *Interp) makeAsyncIterator(m *Method, b *compiledBody, ctype *Type, targs []*Type, this Value, args []Value) Value {
	src := &iterSource{in: in, m: m, b: b, ctype: ctype, targs: targs, this: this, args: append([]Value(nil), args...)}
	var et *Type
	if m.Ret != nil {
		if rt := m.Ret.get(in); rt != nil && len(rt.TypeArgs) == 1 {
			et = rt.TypeArgs[0]
			if et.open {
				et = in.substType(et, ctypeArgs(ctype), targs)
			}
		}
	}
	return in.asyncIterObject(src, et)
}

func (in *Interp) asyncIterObject(src *iterSource, et *Type) Value {
	if et == nil || et.open {
		et = in.tObject
	}
	t := in.Instantiate(in.TypeByName("System.Collections.Generic.__AsyncIterator`1"), []*Type{et})
	o := in.newObject(t)
	o.Native = &asyncIter{src: src, it: &iterState{src: src}}
	return ObjVal(o)
}

// moveNext starts or resumes the body until its next yield return, its end
// or an await that does not complete at once; it returns the Task<bool> of
// the MoveNextAsync.
func (a *asyncIter) moveNext(c *Context) *Task {
	in := a.src.in
	t := in.NewTask(in.tBoolType())
	if a.done {
		t.SetResult(Bool(false))
		return t
	}
	if a.pending != nil {
		c.Throw("System.InvalidOperationException", "MoveNextAsync was called while the previous call had not completed.")
	}
	a.pending = t
	if !a.started {
		a.started = true
		src := a.src
		a.co = in.newCoroutine("async iterator", func(co *Context) {
			defer func() {
				if r := recover(); r != nil {
					switch p := r.(type) {
					case iterStop:
					case csharpPanic:
						a.exc = p.ex
					case fatalPanic:
						in.reportFatal(p.err)
						a.exc = co.NewException("System.InvalidOperationException", p.err.Msg).Obj()
					default:
						a.done = true
						panic(r)
					}
				}
				a.done = true
			}()
			args := append([]Value(nil), src.args...)
			if src.clo != nil {
				in.runClosure(co, src.clo, args)
			} else {
				in.runBody(co, src.m, src.b, src.ctype, src.targs, src.this, args, nil)
			}
		})
		a.co.iter = a.it
		a.co.aiter = a
	}
	a.co.switchTo()
	return t
}

// dispose stops an iterator parked at a yield return (its finally blocks run).
func (a *asyncIter) dispose() {
	if a.started && !a.done && a.pending == nil && a.co != nil {
		a.it.stop = true
		a.co.switchTo()
	}
}

// tBoolType is System.Boolean.
func (in *Interp) tBoolType() *Type { return in.TypeByName("System.Boolean") }

// valueTask wraps t as a ValueTask (rt nil) or ValueTask<rt>.
func (in *Interp) valueTask(t *Task, rt *Type) Value {
	var vt *Type
	if rt == nil {
		vt = in.TypeByName("System.Threading.Tasks.ValueTask")
	} else {
		vt = in.Instantiate(in.TypeByName("System.Threading.Tasks.ValueTask`1"), []*Type{rt})
	}
	o := in.newObject(vt)
	o.Native = t
	return Value{K: KStruct, R: o}
}

// valueTaskTask returns the Task inside a ValueTask value; a default
// ValueTask gets a completed one (with the default result).
func (in *Interp) valueTaskTask(v Value) *Task {
	o, _ := v.R.(*Object)
	if o != nil {
		if t, ok := o.Native.(*Task); ok {
			return t
		}
	}
	var rt *Type
	if o != nil && len(o.Type.TypeArgs) == 1 {
		rt = o.Type.TypeArgs[0]
	}
	t := in.NewTask(rt)
	if rt != nil {
		t.SetResult(in.zeroOf(rt))
	} else {
		t.SetResult(Null)
	}
	if o != nil {
		o.Native = t
	}
	return t
}

// isValueTask reports whether v is a ValueTask or ValueTask<T> struct.
func (in *Interp) isValueTask(v Value) bool {
	if v.K != KStruct {
		return false
	}
	o, _ := v.R.(*Object)
	if o == nil {
		return false
	}
	d := o.Type.generic()
	return d.Namespace == "System.Threading.Tasks" && d.Name == "ValueTask"
}

func registerAsyncStreams(r *Registry) {
	const VT = "System.Threading.Tasks.ValueTask."
	const VTT = "System.Threading.Tasks.ValueTask`1."
	const AI = "System.Collections.Generic.__AsyncIterator`1."
	vt := func(c *Context, this Value) *Task { return c.in.valueTaskTask(this) }
	ctor := func(c *Context, this Value, args []Value) Value {
		if t := taskOf(args[0]); t != nil {
			this.Obj().Native = t
			return Null
		}
		// ValueTask<T>(T result)
		var rt *Type
		if ta := this.Obj().Type.TypeArgs; len(ta) == 1 {
			rt = ta[0]
		}
		t := c.in.NewTask(rt)
		t.SetResult(args[0])
		this.Obj().Native = t
		return Null
	}
	r.Register(VT+".ctor(Task)", ctor)
	r.Register(VTT+".ctor(TResult)", ctor)
	r.Register(VTT+".ctor(Task<TResult>)", ctor)
	r.Register(VT+"get_CompletedTask()", func(c *Context, this Value, args []Value) Value {
		t := c.in.NewTask(nil)
		t.SetResult(Null)
		return c.in.valueTask(t, nil)
	})
	r.Register(VT+"FromResult``1(TResult)", func(c *Context, this Value, args []Value) Value {
		var rt *Type
		if ta := c.TypeArgs(); len(ta) == 1 {
			rt = ta[0]
		}
		t := c.in.NewTask(rt)
		t.SetResult(args[0])
		return c.in.valueTask(t, rt)
	})
	awaiter := func(name string) NativeFunc {
		return func(c *Context, this Value, args []Value) Value {
			o := c.in.newObject(c.in.TypeByName(name))
			o.Native = vt(c, this)
			return Value{K: KStruct, R: o}
		}
	}
	for _, p := range []string{VT, VTT} {
		awName, cfgName := "System.Threading.Tasks.TaskAwaiter", "System.Threading.Tasks.ConfiguredTaskAwaitable"
		if p == VTT {
			awName, cfgName = awName+"`1", cfgName+"`1"
		}
		r.Register(p+"get_IsCompleted()", func(c *Context, this Value, args []Value) Value { return Bool(vt(c, this).Done()) })
		r.Register(p+"get_IsCompletedSuccessfully()", func(c *Context, this Value, args []Value) Value {
			return Bool(vt(c, this).status == TaskRanToCompletion)
		})
		r.Register(p+"get_IsFaulted()", func(c *Context, this Value, args []Value) Value { return Bool(vt(c, this).status == TaskFaulted) })
		r.Register(p+"get_IsCanceled()", func(c *Context, this Value, args []Value) Value { return Bool(vt(c, this).status == TaskCanceled) })
		r.Register(p+"AsTask()", func(c *Context, this Value, args []Value) Value { return vt(c, this).Value() })
		r.Register(p+"GetAwaiter()", awaiter(awName))
		r.Register(p+"ConfigureAwait(bool)", awaiter(cfgName))
	}
	r.Register(VTT+"get_Result()", func(c *Context, this Value, args []Value) Value { return vt(c, this).blockingResult(c) })

	ai := func(this Value) *asyncIter { return this.Obj().Native.(*asyncIter) }
	r.Register("System.Threading.Tasks.__AwaitDisposer.Dispose()", func(c *Context, this Value, args []Value) Value {
		inner := this.Obj().Native.(Value)
		c.in.awaitValue(c, c.in.callMethodByName(c, inner, "DisposeAsync"))
		return Null
	})
	r.Register(AI+"GetAsyncEnumerator(CancellationToken)", func(c *Context, this Value, args []Value) Value {
		a := ai(this)
		var et *Type
		if ta := this.Obj().Type.TypeArgs; len(ta) == 1 {
			et = ta[0]
		}
		return c.in.asyncIterObject(a.src, et)
	})
	r.Register(AI+"get_Current()", func(c *Context, this Value, args []Value) Value { return ai(this).it.current })
	r.Register(AI+"MoveNextAsync()", func(c *Context, this Value, args []Value) Value {
		return c.in.valueTask(ai(this).moveNext(c), c.in.tBoolType())
	})
	r.Register(AI+"DisposeAsync()", func(c *Context, this Value, args []Value) Value {
		ai(this).dispose()
		t := c.in.NewTask(nil)
		t.SetResult(Null)
		return c.in.valueTask(t, nil)
	})
}

// awaitForeach compiles await foreach (var x in xs) body: GetAsyncEnumerator,
// then await MoveNextAsync() and Current until it is false, and await
// DisposeAsync() at the end whatever happens.
func (c *compiler) awaitForeach(s *syntax.ForeachStmt) stmtFn {
	in := c.in
	coll := c.expr(s.X)
	c.pushBlock()
	defer c.popBlock()
	bind := c.foreachBinder(s, func() *Type { return nil })
	c.pushBlock()
	body := c.stmt(s.Body)
	c.popBlock()
	pos := s.Pos()
	return func(fr *Frame) (result ctl) {
		fr.pos = &pos
		v := coll(fr)
		th := fr.c
		if v.K == KNull {
			th.Throw("System.NullReferenceException", "")
		}
		e := in.callMethodByName(th, v, "GetAsyncEnumerator")
		if e.K == KNull {
			th.Throw("System.NullReferenceException", "")
		}
		st := th.save()
		defer func() {
			p := recover()
			if p != nil {
				switch p.(type) {
				case csharpPanic:
				default:
					panic(p)
				}
				th.restore(st)
			}
			saved := fr.ret
			in.awaitValue(th, in.callMethodByName(th, e, "DisposeAsync"))
			fr.ret = saved
			if p != nil {
				panic(p)
			}
		}()
		for {
			fr.pos = &pos
			if !in.awaitValue(th, in.callMethodByName(th, e, "MoveNextAsync")).AsBool() {
				return ctlNone
			}
			in.steps++
			if in.steps > in.maxSteps {
				th.step()
			}
			bind(fr, in.getMember(fr, e, &getSite{name: "Current"}))
			switch r := body(fr); r {
			case ctlBreak:
				return ctlNone
			case ctlReturn, ctlGoto:
				return r
			}
		}
	}
}

// usingLoad returns load, or for an await using its awaitDisposer.
func (c *compiler) usingLoad(load exprFn, await bool) exprFn {
	if await {
		return c.awaitDisposer(load)
	}
	return load
}

// awaitDisposer wraps the resource of an await using: disposing the wrapper
// calls DisposeAsync and awaits it (see __AwaitDisposer).
func (c *compiler) awaitDisposer(load exprFn) exprFn {
	in := c.in
	return func(fr *Frame) Value {
		v := load(fr)
		if v.IsNull() {
			return v
		}
		o := in.newObject(in.TypeByName("System.Threading.Tasks.__AwaitDisposer"))
		o.Native = v
		return ObjVal(o)
	}
}
