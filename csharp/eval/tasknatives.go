package eval

import (
	"time"
)

// durationOf reads a TimeSpan (anything with TotalMilliseconds) or milliseconds as a duration.
func (c *Context) durationOf(v Value) time.Duration {
	if v.K.IsNumeric() {
		return time.Duration(v.AsLong()) * time.Millisecond
	}
	if d, ok := v.Native().(time.Duration); ok {
		return d
	}
	ms := c.in.getMember(&Frame{c: c}, v, &getSite{name: "TotalMilliseconds"})
	return time.Duration(ms.AsDouble() * float64(time.Millisecond))
}

// cts is the Go state of a CancellationTokenSource.
type cts struct {
	canceled bool
	regs     []*ctsReg
	stop     func() bool
	disposed bool
}

type ctsReg struct {
	f    func()
	dead bool
}

func (s *cts) cancel() {
	if s.canceled {
		return
	}
	s.canceled = true
	if s.stop != nil {
		s.stop()
	}
	regs := s.regs
	s.regs = nil
	// .NET runs callbacks in reverse registration order.
	for i := len(regs) - 1; i >= 0; i-- {
		if !regs[i].dead {
			regs[i].f()
		}
	}
}

func (s *cts) register(f func()) *ctsReg {
	r := &ctsReg{f: f}
	if s.canceled {
		f()
		return r
	}
	s.regs = append(s.regs, r)
	return r
}

// tokenSource returns the cts of a CancellationToken value (nil: None).
func tokenSource(v Value) *cts {
	if o := v.Obj(); o != nil {
		if s, ok := o.Native.(*cts); ok {
			return s
		}
	}
	return nil
}

func (in *Interp) tokenValue(s *cts) Value {
	t := in.TypeByName("System.Threading.CancellationToken")
	o := in.newObject(t)
	o.Native = s
	return Value{K: KStruct, R: o}
}

func (in *Interp) runDelegateAsync(c *Context, d Value, args []Value) {
	in.host.Post(func() {
		in.Go("callback", func(co *Context) {
			co.Invoke(d, args...)
		})
	})
}

// lateResult reports whether d is a lambda that returns a value but was
// compiled without a delegate type (an argument typed only when the call
// binds it): a Task that runs it is a Task<object>, so that its Result can
// be read, where C# infers the exact TResult at compile time (Task.Run(() => 42)).
func lateResult(d Value) bool {
	if d.K != KDelegate {
		return false
	}
	del := d.Del()
	if del == nil || del.Clo == nil || del.Clo.fn == nil {
		return false
	}
	code := del.Clo.fn
	return code.retType == nil && code.hasResult
}

func registerTasks(r *Registry) {
	registerAsyncStreams(r)
	const T = "System.Threading.Tasks.Task."
	const TT = "System.Threading.Tasks.Task`1."
	task := func(v Value) *Task { return taskOf(v) }
	r.Register(T+"get_Status()", func(c *Context, this Value, args []Value) Value {
		return EnumVal(c.in.TypeByName("System.Threading.Tasks.TaskStatus"), int64(task(this).status))
	})
	r.Register(T+"get_IsCompleted()", func(c *Context, this Value, args []Value) Value { return Bool(task(this).Done()) })
	r.Register(T+"get_IsCompletedSuccessfully()", func(c *Context, this Value, args []Value) Value {
		return Bool(task(this).status == TaskRanToCompletion)
	})
	r.Register(T+"get_IsFaulted()", func(c *Context, this Value, args []Value) Value { return Bool(task(this).status == TaskFaulted) })
	r.Register(T+"get_IsCanceled()", func(c *Context, this Value, args []Value) Value { return Bool(task(this).status == TaskCanceled) })
	r.Register(T+"get_Exception()", func(c *Context, this Value, args []Value) Value {
		t := task(this)
		if t.status != TaskFaulted {
			return Null
		}
		t.observed = true
		return c.in.aggregate(c, t.excs)
	})
	r.Register(T+"get_Id()", func(c *Context, this Value, args []Value) Value { return Int(int32(objectID(this.Obj()) & 0xffff)) })
	r.Register(T+"get_CompletedTask()", func(c *Context, this Value, args []Value) Value {
		t := c.in.NewTask(nil)
		t.SetResult(Null)
		return t.Value()
	})
	r.Register(T+"Wait()", func(c *Context, this Value, args []Value) Value { task(this).blockingResult(c); return Null })
	r.Register(T+"Wait(int)", func(c *Context, this Value, args []Value) Value {
		return waitTimeout(c, task(this), c.durationOf(args[0]))
	})
	r.Register(T+"Wait(TimeSpan)", func(c *Context, this Value, args []Value) Value {
		return waitTimeout(c, task(this), c.durationOf(args[0]))
	})
	r.Register(TT+"get_Result()", func(c *Context, this Value, args []Value) Value { return task(this).blockingResult(c) })
	awaiter := func(name string) NativeFunc {
		return func(c *Context, this Value, args []Value) Value {
			t := c.in.TypeByName(name)
			o := c.in.newObject(t)
			o.Native = task(this)
			if o.Native == (*Task)(nil) {
				if ow := this.Obj(); ow != nil {
					o.Native = ow.Native
				}
			}
			return Value{K: KStruct, R: o}
		}
	}
	r.Register(T+"GetAwaiter()", awaiter("System.Threading.Tasks.TaskAwaiter"))
	r.Register(TT+"GetAwaiter()", awaiter("System.Threading.Tasks.TaskAwaiter`1"))
	r.Register(T+"ConfigureAwait(bool)", awaiter("System.Threading.Tasks.ConfiguredTaskAwaitable"))
	r.Register(TT+"ConfigureAwait(bool)", awaiter("System.Threading.Tasks.ConfiguredTaskAwaitable`1"))
	r.Register("System.Threading.Tasks.ConfiguredTaskAwaitable.GetAwaiter()", awaiter("System.Threading.Tasks.TaskAwaiter"))
	r.Register("System.Threading.Tasks.ConfiguredTaskAwaitable`1.GetAwaiter()", awaiter("System.Threading.Tasks.TaskAwaiter`1"))
	r.Register("System.Threading.Tasks.YieldAwaitable.GetAwaiter()", awaiter("System.Threading.Tasks.TaskAwaiter"))
	for _, a := range []string{"System.Threading.Tasks.TaskAwaiter.", "System.Threading.Tasks.TaskAwaiter`1."} {
		r.Register(a+"get_IsCompleted()", func(c *Context, this Value, args []Value) Value { return Bool(this.Native().(*Task).Done()) })
		r.Register(a+"GetResult()", func(c *Context, this Value, args []Value) Value {
			t := this.Native().(*Task)
			c.waitTask(t)
			return t.awaitResult(c)
		})
	}
	r.Register(T+"Yield()", func(c *Context, this Value, args []Value) Value {
		t := c.in.NewTask(nil)
		c.in.host.Post(func() { t.SetResult(Null) })
		yt := c.in.TypeByName("System.Threading.Tasks.YieldAwaitable")
		o := c.in.newObject(yt)
		o.Native = t
		return Value{K: KStruct, R: o}
	})
	r.Register(T+"Dispose()", func(c *Context, this Value, args []Value) Value { return Null })
	// ContinueWith
	cont := func(withResult bool) NativeFunc {
		return func(c *Context, this Value, args []Value) Value {
			in := c.in
			ante := task(this)
			fn := args[0]
			var opts int64
			var tok *cts
			if len(args) > 1 {
				if args[1].K == KEnum {
					opts = int64(args[1].N)
				} else {
					tok = tokenSource(args[1])
				}
			}
			var rt *Type
			if withResult && len(c.TypeArgs()) > 0 {
				rt = c.TypeArgs()[0]
			} else if len(c.TypeArgs()) == 0 && lateResult(fn) {
				rt = in.tObject
			}
			ct := in.NewTask(rt)
			run := func() {
				st := ante.status
				skip := (st == TaskRanToCompletion && opts&0x10000 != 0) ||
					(st == TaskFaulted && opts&0x20000 != 0) ||
					(st == TaskCanceled && opts&0x40000 != 0) ||
					(tok != nil && tok.canceled)
				if skip {
					ct.SetCanceled(nil)
					return
				}
				if st == TaskFaulted {
					ante.observed = true
				}
				in.Go("continuation", func(co *Context) {
					defer func() {
						if r := recover(); r != nil {
							if p, ok := r.(csharpPanic); ok {
								if p.ex.Type.Is(in.TypeByName("System.OperationCanceledException")) {
									ct.SetCanceled(p.ex)
								} else {
									ct.SetException(p.ex)
								}
								return
							}
							panic(r)
						}
					}()
					v := co.Invoke(fn, ante.Value())
					ct.SetResult(v)
				})
			}
			ante.OnDone(func() {
				if opts&0x80000 != 0 {
					run()
				} else {
					in.host.Post(run)
				}
			})
			return ct.Value()
		}
	}
	for _, k := range []string{"ContinueWith(Action<Task>)", "ContinueWith(Action<Task>,TaskContinuationOptions)", "ContinueWith(Action<Task>,CancellationToken)"} {
		r.Register(T+k, cont(false))
	}
	for _, k := range []string{"ContinueWith``1(Func<Task,TResult>)", "ContinueWith``1(Func<Task,TResult>,TaskContinuationOptions)", "ContinueWith``1(Func<Task,TResult>,CancellationToken)"} {
		r.Register(T+k, cont(true))
	}
	r.Register(TT+"ContinueWith(Action<Task<TResult>>)", cont(false))
	r.Register(TT+"ContinueWith(Action<Task<TResult>>,TaskContinuationOptions)", cont(false))
	r.Register(TT+"ContinueWith``1(Func<Task<TResult>,TNewResult>)", cont(true))
	r.Register(TT+"ContinueWith``1(Func<Task<TResult>,TNewResult>,TaskContinuationOptions)", cont(true))
	// Run
	run := func(c *Context, this Value, args []Value) Value {
		in := c.in
		fn := args[0]
		var rt *Type
		if len(c.TypeArgs()) > 0 {
			rt = c.TypeArgs()[0]
			if inner := taskResultType(in, rt); inner != nil {
				rt = inner
			} else if rt == in.tTask {
				rt = nil
			}
		}
		if rt == nil && len(c.TypeArgs()) == 0 && lateResult(fn) {
			rt = in.tObject
		}
		proxy := in.NewTask(rt)
		proxy.opts = 8 // DenyChildAttach, as Task.Run's tasks have
		var tok *cts
		if len(args) > 1 {
			tok = tokenSource(args[1])
		}
		if tok != nil && tok.canceled {
			// an already-canceled token: the body never runs
			proxy.SetCanceled(nil)
			return proxy.Value()
		}
		in.host.Post(func() {
			if tok != nil && tok.canceled {
				proxy.SetCanceled(nil)
				return
			}
			in.Go("Task.Run", func(co *Context) {
				defer func() {
					if r := recover(); r != nil {
						if p, ok := r.(csharpPanic); ok {
							if p.ex.Type.Is(in.TypeByName("System.OperationCanceledException")) {
								proxy.SetCanceled(p.ex)
							} else {
								proxy.SetException(p.ex)
							}
							return
						}
						panic(r)
					}
				}()
				v := co.Invoke(fn)
				if inner := taskOf(v); inner != nil {
					inner.OnDone(func() { proxy.copyFrom(inner) })
					return
				}
				proxy.SetResult(v)
			})
		})
		return proxy.Value()
	}
	for _, k := range []string{"Run(Action)", "Run(Func<Task>)", "Run``1(Func<TResult>)", "Run``1(Func<Task<TResult>>)", "Run(Action,CancellationToken)", "Run(Func<Task>,CancellationToken)"} {
		r.Register(T+k, run)
	}
	unwrap := func(c *Context, this Value, args []Value) Value {
		in := c.in
		outer := taskOf(args[0])
		if outer == nil {
			c.Throw("System.ArgumentNullException", "task")
		}
		var rt *Type
		if len(c.TypeArgs()) > 0 {
			rt = c.TypeArgs()[0]
		}
		proxy := in.NewTask(rt)
		outer.OnDone(func() {
			switch outer.status {
			case TaskRanToCompletion:
				inner := taskOf(outer.result)
				if inner == nil {
					proxy.SetCanceled(nil)
					return
				}
				inner.OnDone(func() { proxy.copyFrom(inner) })
			default:
				proxy.copyFrom(outer)
			}
		})
		return proxy.Value()
	}
	r.Register("System.Threading.Tasks.TaskExtensions.Unwrap``1(thisTask<Task<TResult>>)", unwrap)
	r.Register("System.Threading.Tasks.TaskExtensions.Unwrap(thisTask<Task>)", unwrap)
	// Delay
	delay := func(c *Context, this Value, args []Value) Value {
		in := c.in
		d := c.durationOf(args[0])
		t := in.NewTask(nil)
		var tok *cts
		if len(args) > 1 {
			tok = tokenSource(args[1])
		}
		if tok != nil && tok.canceled {
			t.SetCanceled(nil)
			return t.Value()
		}
		if d < 0 {
			if d == -time.Millisecond {
				// infinite
			} else {
				c.Throw("System.ArgumentOutOfRangeException", "The value needs to be either -1 (signifying an infinite timeout), 0, or a positive integer. (Parameter 'millisecondsDelay')")
			}
		} else if d == 0 {
			// Task.Delay(0) is an already-completed task, as in .NET
			t.SetResult(Null)
			return t.Value()
		} else {
			stop := in.host.AfterFunc(d, func() { t.SetResult(Null) })
			if tok != nil {
				tok.register(func() {
					stop()
					t.SetCanceled(nil)
				})
			}
			return t.Value()
		}
		if tok != nil {
			tok.register(func() { t.SetCanceled(nil) })
		}
		return t.Value()
	}
	for _, k := range []string{"Delay(int)", "Delay(TimeSpan)", "Delay(int,CancellationToken)", "Delay(TimeSpan,CancellationToken)"} {
		r.Register(T+k, delay)
	}
	taskList := func(c *Context, v Value) []*Task {
		var out []*Task
		c.ForEach(v, func(x Value) bool {
			t := taskOf(x)
			if t == nil {
				c.Throw("System.ArgumentException", "The tasks argument included a null value. (Parameter 'tasks')")
			}
			out = append(out, t)
			return true
		})
		return out
	}
	whenAll := func(withResults bool) NativeFunc {
		return func(c *Context, this Value, args []Value) Value {
			in := c.in
			ts := taskList(c, args[0])
			var rt *Type
			elem := in.tObject
			generic := withResults
			if ta := c.TypeArgs(); withResults && len(ta) > 0 && ta[0] != nil && ta[0] != in.tObject {
				elem = ta[0]
			} else if len(ts) > 0 {
				// overloads are chosen from run-time types: Task<T>[] arguments
				// get the generic behaviour (a T[] result).
				withResults = true
				for _, t := range ts {
					if t.obj.Type.Def != in.tTaskT || t.obj.Type.TypeArgs[0] != ts[0].obj.Type.TypeArgs[0] {
						withResults = false
						break
					}
				}
				if withResults {
					elem = ts[0].obj.Type.TypeArgs[0]
				}
				withResults = withResults || generic
			}
			if withResults {
				rt = in.ArrayType(elem, 1)
			}
			all := in.NewTask(rt)
			remaining := len(ts)
			finish := func() {
				var excs []*Object
				canceled := false
				for _, t := range ts {
					switch t.status {
					case TaskFaulted:
						excs = append(excs, t.excs...)
						t.observed = true
					case TaskCanceled:
						canceled = true
					}
				}
				switch {
				case len(excs) > 0:
					all.SetException(excs...)
				case canceled:
					all.SetCanceled(nil)
				case withResults:
					items := make([]Value, len(ts))
					for i, t := range ts {
						items[i] = t.result
					}
					all.SetResult(in.NewArray(elem, items))
				default:
					all.SetResult(Null)
				}
			}
			if remaining == 0 {
				finish()
				return all.Value()
			}
			for _, t := range ts {
				t.OnDone(func() {
					remaining--
					if remaining == 0 {
						finish()
					}
				})
			}
			return all.Value()
		}
	}
	r.Register(T+"WhenAll(paramsTask[])", whenAll(false))
	r.Register(T+"WhenAll(IEnumerable<Task>)", whenAll(false))
	r.Register(T+"WhenAll``1(paramsTask<TResult>[])", whenAll(true))
	r.Register(T+"WhenAll``1(IEnumerable<Task<TResult>>)", whenAll(true))
	whenAny := func(c *Context, this Value, args []Value) Value {
		in := c.in
		ts := taskList(c, args[0])
		if len(ts) == 0 {
			c.Throw("System.ArgumentException", "The tasks argument contains no tasks. (Parameter 'tasks')")
		}
		var rt *Type = in.tTask
		if len(c.TypeArgs()) > 0 {
			rt = in.Instantiate(in.tTaskT, c.TypeArgs())
		}
		any := in.NewTask(rt)
		for _, t := range ts {
			t := t
			t.OnDone(func() { any.SetResult(t.Value()) })
		}
		return any.Value()
	}
	r.Register(T+"WhenAny(paramsTask[])", whenAny)
	r.Register(T+"WhenAny(IEnumerable<Task>)", whenAny)
	r.Register(T+"WhenAny``1(paramsTask<TResult>[])", whenAny)
	r.Register(T+"WaitAll(paramsTask[])", func(c *Context, this Value, args []Value) Value {
		ts := taskList(c, args[0])
		var excs []*Object
		for _, t := range ts {
			c.waitTask(t)
			if t.status == TaskFaulted {
				excs = append(excs, t.excs...)
			}
			if t.status == TaskCanceled {
				excs = append(excs, t.cancelException(c))
			}
		}
		if len(excs) > 0 {
			c.ThrowValue(c.in.aggregate(c, excs))
		}
		return Null
	})
	r.Register(T+"get_CreationOptions()", func(c *Context, this Value, args []Value) Value {
		return EnumVal(c.in.TypeByName("System.Threading.Tasks.TaskCreationOptions"), task(this).opts)
	})
	// WaitAll/WaitAny with a timeout: a task that completes when the tasks
	// do (all or any) or the time is up, whichever comes first.
	waitUntil := func(c *Context, ts []*Task, d time.Duration, all bool) {
		done := func() bool {
			for _, t := range ts {
				if t.Done() != all {
					return !all
				}
			}
			return all
		}
		if done() {
			return
		}
		w := c.in.NewTask(nil)
		if d >= 0 {
			stop := c.in.host.AfterFunc(d, func() { w.SetResult(Null) })
			w.OnDone(func() { stop() })
		}
		for _, t := range ts {
			t.OnDone(func() {
				if done() {
					w.SetResult(Null)
				}
			})
		}
		c.waitTask(w)
	}
	waitAllTimeout := func(c *Context, this Value, args []Value) Value {
		ts := taskList(c, args[0])
		waitUntil(c, ts, c.durationOf(args[1]), true)
		var excs []*Object
		for _, t := range ts {
			switch t.status {
			case TaskFaulted:
				excs = append(excs, t.excs...)
			case TaskCanceled:
				excs = append(excs, t.cancelException(c))
			case TaskRanToCompletion:
			default:
				return Bool(false)
			}
		}
		if len(excs) > 0 {
			c.ThrowValue(c.in.aggregate(c, excs))
		}
		return Bool(true)
	}
	r.Register(T+"WaitAll(Task[],int)", waitAllTimeout)
	r.Register(T+"WaitAll(Task[],TimeSpan)", waitAllTimeout)
	waitAnyTimeout := func(c *Context, this Value, args []Value) Value {
		ts := taskList(c, args[0])
		waitUntil(c, ts, c.durationOf(args[1]), false)
		for i, t := range ts {
			if t.Done() {
				return Int(int32(i))
			}
		}
		return Int(-1)
	}
	r.Register(T+"WaitAny(Task[],int)", waitAnyTimeout)
	r.Register(T+"WaitAny(Task[],TimeSpan)", waitAnyTimeout)
	r.Register(T+"WaitAny(paramsTask[])", func(c *Context, this Value, args []Value) Value {
		ts := taskList(c, args[0])
		for {
			for i, t := range ts {
				if t.Done() {
					return Int(int32(i))
				}
			}
			w := c.in.NewTask(nil)
			for _, t := range ts {
				t.OnDone(func() { w.SetResult(Null) })
			}
			c.waitTask(w)
		}
	})
	r.Register(T+"FromResult``1(TResult)", func(c *Context, this Value, args []Value) Value {
		var rt *Type
		if len(c.TypeArgs()) > 0 {
			rt = c.TypeArgs()[0]
		}
		t := c.in.NewTask(rt)
		t.SetResult(args[0])
		return t.Value()
	})
	fromEx := func(c *Context, this Value, args []Value) Value {
		var rt *Type
		if len(c.TypeArgs()) > 0 {
			rt = c.TypeArgs()[0]
		}
		t := c.in.NewTask(rt)
		t.SetException(args[0].Obj())
		return t.Value()
	}
	r.Register(T+"FromException(Exception)", fromEx)
	r.Register(T+"FromException``1(Exception)", fromEx)
	fromCanceled := func(c *Context, this Value, args []Value) Value {
		var rt *Type
		if len(c.TypeArgs()) > 0 {
			rt = c.TypeArgs()[0]
		}
		t := c.in.NewTask(rt)
		t.SetCanceled(nil)
		return t.Value()
	}
	r.Register(T+"FromCanceled(CancellationToken)", fromCanceled)
	r.Register(T+"FromCanceled``1(CancellationToken)", fromCanceled)

	// TaskCompletionSource
	for _, tcsName := range []string{"System.Threading.Tasks.TaskCompletionSource`1.", "System.Threading.Tasks.TaskCompletionSource."} {
		generic := tcsName != "System.Threading.Tasks.TaskCompletionSource."
		ctor := func(c *Context, this Value, args []Value) Value {
			var rt *Type
			if generic {
				rt = this.Obj().Type.TypeArgs[0]
			}
			t := c.in.NewTask(rt)
			if len(args) == 1 && args[0].K == KEnum {
				t.opts = int64(args[0].N)
				t.asyncCont = args[0].N&64 != 0
			}
			this.Obj().Native = t
			return Null
		}
		tk := func(this Value) *Task { return this.Obj().Native.(*Task) }
		r.Register(tcsName+".ctor()", ctor)
		r.Register(tcsName+".ctor(TaskCreationOptions)", ctor)
		if generic {
			r.Register(tcsName+".ctor(object)", ctor)
		}
		r.Register(tcsName+"get_Task()", func(c *Context, this Value, args []Value) Value { return tk(this).Value() })
		resArg := func(args []Value) Value {
			if len(args) > 0 {
				return args[0]
			}
			return Null
		}
		alreadyDone := func(c *Context) {
			c.Throw("System.InvalidOperationException", "An attempt was made to transition a task to a final state when it had already completed.")
		}
		setRes := func(c *Context, this Value, args []Value) Value {
			if !tk(this).SetResult(resArg(args)) {
				alreadyDone(c)
			}
			return Null
		}
		trySetRes := func(c *Context, this Value, args []Value) Value { return Bool(tk(this).SetResult(resArg(args))) }
		if generic {
			r.Register(tcsName+"SetResult(TResult)", setRes)
			r.Register(tcsName+"TrySetResult(TResult)", trySetRes)
		} else {
			r.Register(tcsName+"SetResult()", setRes)
			r.Register(tcsName+"TrySetResult()", trySetRes)
		}
		r.Register(tcsName+"SetException(Exception)", func(c *Context, this Value, args []Value) Value {
			if !tk(this).SetException(args[0].Obj()) {
				alreadyDone(c)
			}
			return Null
		})
		r.Register(tcsName+"TrySetException(Exception)", func(c *Context, this Value, args []Value) Value {
			return Bool(tk(this).SetException(args[0].Obj()))
		})
		r.Register(tcsName+"SetCanceled()", func(c *Context, this Value, args []Value) Value {
			if !tk(this).SetCanceled(nil) {
				alreadyDone(c)
			}
			return Null
		})
		r.Register(tcsName+"TrySetCanceled()", func(c *Context, this Value, args []Value) Value { return Bool(tk(this).SetCanceled(nil)) })
		if generic {
			r.Register(tcsName+"TrySetCanceled(CancellationToken)", func(c *Context, this Value, args []Value) Value { return Bool(tk(this).SetCanceled(nil)) })
		}
	}

	// CancellationToken and source
	const CT = "System.Threading.CancellationToken."
	const CTS = "System.Threading.CancellationTokenSource."
	r.Register(CT+"get_None()", func(c *Context, this Value, args []Value) Value { return c.in.tokenValue(nil) })
	r.Register(CT+".ctor(bool)", func(c *Context, this Value, args []Value) Value {
		s := &cts{canceled: args[0].N != 0}
		this.Obj().Native = s
		return Null
	})
	r.Register(CT+"get_IsCancellationRequested()", func(c *Context, this Value, args []Value) Value {
		s := tokenSource(this)
		return Bool(s != nil && s.canceled)
	})
	r.Register(CT+"get_CanBeCanceled()", func(c *Context, this Value, args []Value) Value { return Bool(tokenSource(this) != nil) })
	regValue := func(c *Context, reg *ctsReg) Value {
		t := c.in.TypeByName("System.Threading.CancellationTokenRegistration")
		o := c.in.newObject(t)
		o.Native = reg
		return Value{K: KStruct, R: o}
	}
	r.Register(CT+"Register(Action)", func(c *Context, this Value, args []Value) Value {
		s := tokenSource(this)
		if s == nil {
			return regValue(c, &ctsReg{})
		}
		fn := args[0]
		in := c.in
		return regValue(c, s.register(func() { in.invokeOnLoop(fn) }))
	})
	r.Register(CT+"Register(Action<object>,object)", func(c *Context, this Value, args []Value) Value {
		s := tokenSource(this)
		if s == nil {
			return regValue(c, &ctsReg{})
		}
		fn, st := args[0], args[1]
		in := c.in
		return regValue(c, s.register(func() { in.invokeOnLoop(fn, st) }))
	})
	r.Register(CT+"ThrowIfCancellationRequested()", func(c *Context, this Value, args []Value) Value {
		if s := tokenSource(this); s != nil && s.canceled {
			ex := c.NewByName("System.OperationCanceledException", this)
			c.ThrowValue(ex)
		}
		return Null
	})
	r.Register("System.Threading.CancellationTokenRegistration.Dispose()", func(c *Context, this Value, args []Value) Value {
		if reg, ok := this.Native().(*ctsReg); ok {
			reg.dead = true
		}
		return Null
	})
	r.Register("System.Threading.CancellationTokenRegistration.Unregister()", func(c *Context, this Value, args []Value) Value {
		if reg, ok := this.Native().(*ctsReg); ok && !reg.dead {
			reg.dead = true
			return Bool(true)
		}
		return Bool(false)
	})
	src := func(this Value) *cts { return this.Obj().Native.(*cts) }
	cancelAfter := func(c *Context, s *cts, d time.Duration) {
		if s.canceled {
			return
		}
		if s.stop != nil {
			s.stop()
		}
		if d < 0 {
			return
		}
		in := c.in
		s.stop = in.host.AfterFunc(d, func() { in.cancelOnLoop(s) })
	}
	r.Register(CTS+".ctor()", func(c *Context, this Value, args []Value) Value { this.Obj().Native = &cts{}; return Null })
	r.Register(CTS+".ctor(int)", func(c *Context, this Value, args []Value) Value {
		s := &cts{}
		this.Obj().Native = s
		cancelAfter(c, s, c.durationOf(args[0]))
		return Null
	})
	r.Register(CTS+".ctor(TimeSpan)", func(c *Context, this Value, args []Value) Value {
		s := &cts{}
		this.Obj().Native = s
		cancelAfter(c, s, c.durationOf(args[0]))
		return Null
	})
	r.Register(CTS+"get_Token()", func(c *Context, this Value, args []Value) Value { return c.in.tokenValue(src(this)) })
	r.Register(CTS+"get_IsCancellationRequested()", func(c *Context, this Value, args []Value) Value { return Bool(src(this).canceled) })
	r.Register(CTS+"Cancel()", func(c *Context, this Value, args []Value) Value { src(this).cancel(); return Null })
	r.Register(CTS+"Cancel(bool)", func(c *Context, this Value, args []Value) Value { src(this).cancel(); return Null })
	r.Register(CTS+"CancelAfter(int)", func(c *Context, this Value, args []Value) Value {
		cancelAfter(c, src(this), c.durationOf(args[0]))
		return Null
	})
	r.Register(CTS+"CancelAfter(TimeSpan)", func(c *Context, this Value, args []Value) Value {
		cancelAfter(c, src(this), c.durationOf(args[0]))
		return Null
	})
	r.Register(CTS+"Dispose()", func(c *Context, this Value, args []Value) Value {
		s := src(this)
		s.disposed = true
		if s.stop != nil {
			s.stop()
		}
		return Null
	})
	linked := func(c *Context, this Value, args []Value) Value {
		var toks []Value
		if len(args) == 2 {
			toks = args
		} else {
			toks = arrItems(args[0])
		}
		t := c.in.TypeByName("System.Threading.CancellationTokenSource")
		o := c.in.newObject(t)
		s := &cts{}
		o.Native = s
		for _, tv := range toks {
			if p := tokenSource(tv); p != nil {
				p.register(s.cancel)
			}
		}
		return ObjVal(o)
	}
	r.Register(CTS+"CreateLinkedTokenSource(CancellationToken,CancellationToken)", linked)
	r.Register(CTS+"CreateLinkedTokenSource(paramsCancellationToken[])", linked)

	// Timer
	type timerState struct {
		cb, state Value
		stop      func() bool
		gen       int
		disposed  bool
	}
	const TM = "System.Threading.Timer."
	var change func(c *Context, ts *timerState, due, period time.Duration)
	change = func(c *Context, ts *timerState, due, period time.Duration) {
		in := c.in
		if ts.stop != nil {
			ts.stop()
			ts.stop = nil
		}
		ts.gen++
		if ts.disposed || due < 0 {
			return
		}
		gen := ts.gen
		var fire func()
		fire = func() {
			if ts.disposed || ts.gen != gen {
				return
			}
			if period > 0 {
				ts.stop = in.host.AfterFunc(period, fire)
			}
			in.Go("timer", func(co *Context) { co.Invoke(ts.cb, ts.state) })
		}
		ts.stop = in.host.AfterFunc(due, fire)
	}
	timerCtor := func(c *Context, this Value, args []Value) Value {
		ts := &timerState{cb: args[0]}
		this.Obj().Native = ts
		if len(args) == 4 {
			ts.state = args[1]
			change(c, ts, c.durationOf(args[2]), c.durationOf(args[3]))
		}
		return Null
	}
	r.Register(TM+".ctor(TimerCallback)", timerCtor)
	r.Register(TM+".ctor(TimerCallback,object,int,int)", timerCtor)
	r.Register(TM+".ctor(TimerCallback,object,long,long)", timerCtor)
	r.Register(TM+".ctor(TimerCallback,object,TimeSpan,TimeSpan)", timerCtor)
	timerChange := func(c *Context, this Value, args []Value) Value {
		ts := this.Obj().Native.(*timerState)
		if ts.disposed {
			c.Throw("System.ObjectDisposedException", "Cannot access a disposed object.")
		}
		change(c, ts, c.durationOf(args[0]), c.durationOf(args[1]))
		return Bool(true)
	}
	r.Register(TM+"Change(int,int)", timerChange)
	r.Register(TM+"Change(long,long)", timerChange)
	r.Register(TM+"Change(TimeSpan,TimeSpan)", timerChange)
	r.Register(TM+"Dispose()", func(c *Context, this Value, args []Value) Value {
		ts := this.Obj().Native.(*timerState)
		ts.disposed = true
		if ts.stop != nil {
			ts.stop()
		}
		return Null
	})
	sleep := func(c *Context, this Value, args []Value) Value {
		t := c.in.NewTask(nil)
		c.in.host.AfterFunc(c.durationOf(args[0]), func() { t.SetResult(Null) })
		c.waitTask(t)
		return Null
	}
	r.Register("System.Threading.Thread.Sleep(int)", sleep)
	r.Register("System.Threading.Thread.Sleep(TimeSpan)", sleep)
}

// copyFrom completes t with the final state of u (Unwrap, Task.Run of async lambdas).
func (t *Task) copyFrom(u *Task) {
	switch u.status {
	case TaskRanToCompletion:
		t.SetResult(u.result)
	case TaskFaulted:
		u.observed = true
		t.SetException(u.excs...)
	case TaskCanceled:
		var ex *Object
		if len(u.excs) > 0 {
			ex = u.excs[0]
		}
		t.SetCanceled(ex)
	}
}

func waitTimeout(c *Context, t *Task, d time.Duration) Value {
	if !t.Done() && d >= 0 {
		w := c.in.NewTask(nil)
		stop := c.in.host.AfterFunc(d, func() { w.SetResult(Null) })
		t.OnDone(func() { stop(); w.SetResult(Null) })
		c.waitTask(w)
	}
	if !t.Done() {
		return Bool(false)
	}
	t.blockingResult(c)
	return Bool(true)
}

// invokeOnLoop invokes a delegate in a new coroutine (from host callbacks or C#).
func (in *Interp) invokeOnLoop(fn Value, args ...Value) {
	in.Go("callback", func(co *Context) { co.Invoke(fn, args...) })
}

// cancelOnLoop cancels a source from a timer.
func (in *Interp) cancelOnLoop(s *cts) { s.cancel() }
