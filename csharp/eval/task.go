package eval

// TaskStatus is System.Threading.Tasks.TaskStatus.
type TaskStatus int32

// Task statuses (the values of .NET's TaskStatus).
const (
	TaskCreated              TaskStatus = 0
	TaskWaitingForActivation TaskStatus = 1
	TaskWaitingToRun         TaskStatus = 2
	TaskRunning              TaskStatus = 3
	TaskRanToCompletion      TaskStatus = 5
	TaskCanceled             TaskStatus = 6
	TaskFaulted              TaskStatus = 7
)

// Task is the Go state of a System.Threading.Tasks.Task object.
type Task struct {
	in        *Interp
	obj       *Object
	status    TaskStatus
	result    Value
	excs      []*Object // Faulted: the exceptions; Canceled: the TaskCanceledException to throw
	conts     []func()
	waiters   []*Context
	asyncCont bool  // RunContinuationsAsynchronously
	opts      int64 // TaskCreationOptions
	observed  bool
}

// taskBox allocates a Task and its C# object together.
type taskBox struct {
	t Task
	o Object
}

// taskOf returns the Task state of a Task object value, or nil.
func taskOf(v Value) *Task {
	if o, ok := v.R.(*Object); ok {
		if t, ok := o.Native.(*Task); ok {
			return t
		}
	}
	return nil
}

// TaskOf returns the Go state of a C# Task value (nil if v is not a Task).
func TaskOf(v Value) *Task { return taskOf(v) }

// NewTask creates a pending Task (resultType nil) or Task<resultType>.
// Complete it with SetResult, SetException or SetCanceled, from the loop or from C#.
func (in *Interp) NewTask(resultType *Type) *Task {
	var tt *Type
	if resultType == nil {
		tt = in.tTask
	} else {
		tt = in.Instantiate(in.tTaskT, []*Type{resultType})
	}
	b := &taskBox{t: Task{in: in, status: TaskWaitingForActivation}, o: Object{Type: tt}}
	t := &b.t
	t.obj, b.o.Native = &b.o, t
	return t
}

// Value returns the C# Task object.
func (t *Task) Value() Value { return ObjVal(t.obj) }

// Status returns the task's status.
func (t *Task) Status() TaskStatus { return t.status }

// Done reports whether the task has completed (in any final state).
func (t *Task) Done() bool {
	return t.status == TaskRanToCompletion || t.status == TaskFaulted || t.status == TaskCanceled
}

// Result returns the result of a task that ran to completion.
func (t *Task) Result() Value { return t.result }

// Exceptions returns the exceptions of a faulted task.
func (t *Task) Exceptions() []*Object { return t.excs }

// SetResult completes the task successfully; it reports false if already completed.
func (t *Task) SetResult(v Value) bool {
	if t.Done() {
		return false
	}
	t.status = TaskRanToCompletion
	t.result = v
	t.finish()
	return true
}

// SetException faults the task with the exception objects; false if already completed.
func (t *Task) SetException(ex ...*Object) bool {
	if t.Done() {
		return false
	}
	t.status = TaskFaulted
	t.excs = ex
	t.finish()
	return true
}

// SetCanceled cancels the task (awaiting it throws TaskCanceledException); false if already completed.
// ex may be nil (a new TaskCanceledException is made when needed).
func (t *Task) SetCanceled(ex *Object) bool {
	if t.Done() {
		return false
	}
	t.status = TaskCanceled
	if ex != nil {
		t.excs = []*Object{ex}
	}
	t.finish()
	return true
}

// OnDone calls f (on the loop or the completing coroutine) when the task completes;
// immediately if it already has.
func (t *Task) OnDone(f func()) {
	if t.Done() {
		f()
		return
	}
	t.conts = append(t.conts, f)
}

// finish runs continuations: awaiting coroutines resume inline (as .NET's
// await does without a synchronization context), in registration order.
func (t *Task) finish() {
	conts := t.conts
	t.conts = nil
	waiters := t.waiters
	t.waiters = nil
	if t.asyncCont {
		for _, w := range waiters {
			w := w
			t.in.host.Post(func() { w.switchTo() })
		}
		for _, f := range conts {
			f := f
			t.in.host.Post(f)
		}
		return
	}
	for _, f := range conts {
		f()
	}
	for _, w := range waiters {
		w.switchTo()
	}
}

// waitTask parks the coroutine until t completes.
func (c *Context) waitTask(t *Task) {
	for !t.Done() {
		t.waiters = append(t.waiters, c)
		c.awaiting = true
		c.park()
		c.awaiting = false
	}
}

// Await parks the calling coroutine until the task value completes and
// returns its result, throwing its exception as await does.
func (c *Context) Await(task Value) Value { return c.in.awaitValue(c, task) }

// awaitResult returns the result or throws as 'await' does (the first exception, unwrapped).
func (t *Task) awaitResult(c *Context) Value {
	switch t.status {
	case TaskFaulted:
		t.observed = true
		c.raise(t.excs[0])
	case TaskCanceled:
		c.raise(t.cancelException(c))
	}
	return t.result
}

// blockingResult returns the result or throws as .Result/.Wait() do (AggregateException).
func (t *Task) blockingResult(c *Context) Value {
	c.waitTask(t)
	switch t.status {
	case TaskFaulted:
		t.observed = true
		c.ThrowValue(c.in.aggregate(c, t.excs))
	case TaskCanceled:
		c.ThrowValue(c.in.aggregate(c, []*Object{t.cancelException(c)}))
	}
	return t.result
}

func (t *Task) cancelException(c *Context) *Object {
	if len(t.excs) > 0 {
		return t.excs[0]
	}
	ex := c.NewException("System.Threading.Tasks.TaskCanceledException", "")
	t.excs = []*Object{ex.Obj()}
	return ex.Obj()
}

// aggregate makes an AggregateException around exceptions.
func (in *Interp) aggregate(c *Context, excs []*Object) Value {
	t := in.TypeByName("System.AggregateException")
	items := make([]Value, len(excs))
	for i, e := range excs {
		items[i] = ObjVal(e)
	}
	arr := in.NewArray(in.tException, items)
	return c.New(t, arr)
}

// startAsync runs an async method: a coroutine runs the body until its
// first incomplete await; the caller gets the Task (or null for async void).
func (in *Interp) startAsync(c *Context, m *Method, b *compiledBody, ctype *Type, targs []*Type, this Value, args []Value) Value {
	isVoid := m.Ret == nil
	var rt *Type
	if !isVoid {
		rt = taskResultType(in, m.Ret.get(in))
		if rt != nil && rt.open {
			rt = in.substType(rt, ctypeArgs(ctype), targs)
		}
	}
	if b.fs.iterator {
		return in.makeAsyncIterator(m, b, ctype, targs, this, args)
	}
	argCopy := append([]Value(nil), args...)
	return in.runAsync(c, m.Name, isVoid, rt, func(co *Context) Value {
		return in.runBody(co, m, b, ctype, targs, this, argCopy, nil)
	})
}

func ctypeArgs(t *Type) []*Type {
	if t == nil {
		return nil
	}
	return t.TypeArgs
}

func (in *Interp) startAsyncClosure(c *Context, clo *Closure, args []Value) Value {
	argCopy := append([]Value(nil), args...)
	code := clo.fn
	if code.body.fs.iterator {
		var et *Type
		if code.retType != nil && len(code.retType.TypeArgs) == 1 {
			et = code.retType.TypeArgs[0]
		}
		return in.asyncIterObject(&iterSource{in: in, clo: clo, args: argCopy}, et)
	}
	isVoid := false
	var rt *Type
	if code.retType != nil {
		rt = taskResultType(in, code.retType)
	} else if code.hasResult {
		// an async lambda compiled without a delegate type that returns a
		// value: a Task<object> (see lateResult)
		rt = in.tObject
	} else {
		// async lambda converted to Action: async void (no task to observe),
		// but callers such as Task.Run want a task: return one anyway.
	}
	return in.runAsync(c, code.name, isVoid, rt, func(co *Context) Value {
		return in.runClosure(co, clo, argCopy)
	})
}

// runAsync starts body on a new coroutine and returns its Task (null for async void).
func (in *Interp) runAsync(c *Context, name string, isVoid bool, rt *Type, body func(co *Context) Value) Value {
	task := in.NewTask(rt)
	parentFrame := c.frame
	c.lent = true
	co := in.newCoroutine(name, func(co *Context) {
		co.asyncParent = parentFrame
		defer func() {
			if r := recover(); r != nil {
				switch p := r.(type) {
				case csharpPanic:
					if isVoid {
						in.reportUnhandled(co, p.ex)
						return
					}
					if p.ex.Type.Is(in.TypeByName("System.OperationCanceledException")) {
						task.SetCanceled(in.asTaskCanceled(co, p.ex))
					} else {
						task.SetException(p.ex)
					}
				case fatalPanic:
					in.reportFatal(p.err)
					task.SetException(co.NewException("System.InvalidOperationException", p.err.Msg).Obj())
				default:
					err := &RuntimeError{Pos: co.Pos(), Msg: "internal error: " + anyString(r), Stack: co.stackTrace()}
					in.reportFatal(err)
				}
			}
		}()
		v := body(co)
		task.SetResult(v)
	})
	co.switchTo()
	if isVoid {
		return Null
	}
	return task.Value()
}

// asTaskCanceled keeps an OperationCanceledException thrown in an async
// method as the cause: awaiting the canceled task throws TaskCanceledException
// in .NET only when the task was canceled through a token; we keep the
// original exception when it already is a TaskCanceledException.
func (in *Interp) asTaskCanceled(c *Context, ex *Object) *Object {
	if ex.Type.Is(in.TypeByName("System.Threading.Tasks.TaskCanceledException")) {
		return ex
	}
	return ex
}

func anyString(r any) string {
	if e, ok := r.(error); ok {
		return e.Error()
	}
	if s, ok := r.(string); ok {
		return s
	}
	return "panic"
}
