package eval

import (
	"fmt"
	"iter"
	"strings"
	"sync"

	"rpbench/csharp/syntax"
)

// Context is one coroutine of C# execution: its call stack, and the baton
// channels through which it runs only while the loop (or the coroutine that
// started or resumed it) waits for it. Natives receive the Context of the
// coroutine that called them; it must not be kept after the native returns
// (except to resume through the Task API).
type Context struct {
	in     *Interp
	w      *worker // the worker running it (nil: not a coroutine, it runs on its caller's stack)
	frame  *Frame
	depth  int
	frames []*Frame
	stk    []Value
	sp     int
	old    []chunk
	spare  []Value
	targs  []*Type // generic method arguments of the native being called
	done   bool
	parked bool
	name   string
	iter   *iterState
	// handlers are the executing try statements with catch clauses (see firstPass).
	handlers []handlerRec
	// asyncParent is the caller's frame when an async method started (for stack traces).
	asyncParent *Frame
	// lent is set when a frame of this coroutine became another's asyncParent.
	lent bool
	// aiter is the async iterator this coroutine runs (asyncstream.go), and
	// awaiting is set while it is parked in an await rather than at a yield.
	aiter    *asyncIter
	awaiting bool
}

type chunk struct {
	stk []Value
	sp  int
}

// Frame is one activation of a C# method, lambda or accessor.
type Frame struct {
	l      []Value
	this   Value
	m      *Method
	ctype  *Type   // declaring type (constructed) for type parameters and statics
	targs  []*Type // method type arguments
	clo    *Closure
	pos    *syntax.Pos
	parent *Frame
	ret    Value
	c      *Context
	mark   int
	chunk  int
	name   string // for lambdas: display name in stack traces
}

// Interp returns the interpreter this context belongs to.
func (c *Context) Interp() *Interp { return c.in }

// Host returns the interpreter's host loop.
func (c *Context) Host() Host { return c.in.host }

// TypeArgs returns the generic method arguments of the native being called
// (nil for non-generic methods), e.g. [T] for GetAll<T>().
func (c *Context) TypeArgs() []*Type { return c.targs }

// Pos returns the position of the C# code currently executing.
func (c *Context) Pos() syntax.Pos {
	for f := c.frame; f != nil; f = f.parent {
		if f.pos != nil {
			return *f.pos
		}
	}
	return syntax.Pos{}
}

func newContext(in *Interp, name string) *Context {
	return &Context{in: in, stk: make([]Value, 32), name: name}
}

// alloc returns n zeroed local slots.
func (c *Context) alloc(n int) ([]Value, int, int) {
	mark, ch := c.sp, len(c.old)
	if c.sp+n > len(c.stk) {
		size := 2 * len(c.stk)
		if size < n {
			size = n
		}
		if size > 4096 && n <= 4096 {
			size = 4096
		}
		c.old = append(c.old, chunk{c.stk, c.sp})
		if len(c.spare) >= size {
			c.stk, c.spare = c.spare, nil
		} else {
			c.stk = make([]Value, size)
		}
		c.sp = 0
		// mark stays the old chunk's sp: release restores that chunk and its top
	}
	s := c.stk[c.sp : c.sp+n : c.sp+n]
	clear(s)
	c.sp += n
	return s, mark, ch
}

// release pops locals back to a mark.
func (c *Context) release(mark, ch int) {
	if len(c.old) > ch {
		if len(c.old) == ch+1 {
			c.spare = c.stk
		}
		c.stk, c.old = c.old[ch].stk, c.old[:ch]
	}
	c.sp = mark
}

// pushFrame makes a frame for a call with n locals.
func (c *Context) pushFrame(n int) *Frame {
	if c.depth >= c.in.maxDepth {
		c.fatal(fmt.Sprintf("stack overflow: more than %d nested calls", c.in.maxDepth))
	}
	var f *Frame
	if c.depth < len(c.frames) {
		f = c.frames[c.depth]
		*f = Frame{}
	} else {
		f = &Frame{}
		c.frames = append(c.frames, f)
	}
	c.depth++
	f.c = c
	f.l, f.mark, f.chunk = c.alloc(n)
	f.parent = c.frame
	c.frame = f
	return f
}

// popFrame returns from the innermost frame.
func (c *Context) popFrame(f *Frame) {
	c.frame = f.parent
	c.depth--
	c.release(f.mark, f.chunk)
}

// state is a snapshot of the stack to restore after a caught exception.
type state struct {
	frame     *Frame
	depth     int
	sp, chunk int
}

func (c *Context) save() state { return state{c.frame, c.depth, c.sp, len(c.old)} }

func (c *Context) restore(s state) {
	c.frame, c.depth = s.frame, s.depth
	c.release(s.sp, s.chunk)
}

// csharpPanic is the Go panic value of a C# exception in flight.
type csharpPanic struct {
	ex *Object
	// searched is set when the first pass ran (Context.firstPass): target
	// is then the index of the handler record that catches ex (-1: none)
	// and clause the index of its catch clause.
	searched bool
	target   int
	clause   int
}

// fatalPanic is a Go panic for an error C# code cannot catch (step budget,
// stack overflow, deadlock, an internal error): it unwinds to the coroutine boundary.
type fatalPanic struct {
	err *RuntimeError
}

// RuntimeError is an error raised while running C# code: an unhandled
// exception, an exceeded step budget, a deadlock. Pos is where it happened;
// Stack lists the C# call stack, innermost first, as "at Type.Method() in file:line N" lines.
type RuntimeError struct {
	Pos       syntax.Pos
	Msg       string
	Stack     []string
	Exception Value // the C# exception object for unhandled exceptions, else Null
}

// Error formats the error as "file(line,col): msg" followed by the stack.
func (e *RuntimeError) Error() string {
	var b strings.Builder
	if e.Pos.IsValid() {
		b.WriteString(e.Pos.String())
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	for _, s := range e.Stack {
		b.WriteString("\n   ")
		b.WriteString(s)
	}
	return b.String()
}

// fatal aborts the coroutine with an uncatchable error.
func (c *Context) fatal(msg string) {
	panic(fatalPanic{&RuntimeError{Pos: c.Pos(), Msg: msg, Stack: c.stackTrace()}})
}

// stackTrace returns the C# call stack, innermost first.
func (c *Context) stackTrace() []string {
	var out []string
	for f := c.frame; f != nil; f = f.parent {
		out = append(out, frameString(f))
		if len(out) > 100 {
			out = append(out, "...")
			break
		}
	}
	return out
}

func frameString(f *Frame) string {
	var b strings.Builder
	b.WriteString("at ")
	if f.m != nil {
		b.WriteString(methodDisplay(f.m))
	} else if f.name != "" {
		b.WriteString(f.name)
	} else {
		b.WriteString("<lambda>")
	}
	if f.pos != nil && f.pos.IsValid() {
		fmt.Fprintf(&b, " in %s:line %d", f.pos.File, f.pos.Line)
	}
	return b.String()
}

// methodDisplay prints "Ns.Type.Method(Int32 a)" the way .NET stack traces do.
func methodDisplay(m *Method) string {
	var b strings.Builder
	if m.Decl != nil {
		b.WriteString(strings.ReplaceAll(m.Decl.metaName(), "+", "."))
		b.WriteByte('.')
	}
	b.WriteString(m.Name)
	b.WriteByte('(')
	for i, p := range m.Params {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(typeRefDisplay(p.Type))
		b.WriteByte(' ')
		b.WriteString(p.Name)
	}
	b.WriteByte(')')
	return b.String()
}

// Throw throws a new exception of the named type (e.g.
// "System.ArgumentException") with message msg ("" for the type's default
// message). It does not return.
func (c *Context) Throw(typeName, msg string) {
	c.raise(c.NewException(typeName, msg).Obj())
}

// ThrowValue throws the exception object ex. It does not return.
func (c *Context) ThrowValue(ex Value) {
	o := ex.Obj()
	if o == nil {
		c.Throw("System.NullReferenceException", "")
	}
	c.in.captureStack(c, o)
	c.raise(o)
}

// NewException creates an exception of the named type with message msg
// ("" gives .NET's default message for the type).
func (c *Context) NewException(typeName, msg string) Value {
	t := c.in.TypeByName(typeName)
	if t == nil {
		c.fatal("unknown exception type " + typeName)
	}
	var ex Value
	if msg == "" {
		ex = c.New(t)
	} else {
		ex = c.New(t, Str(msg))
	}
	c.in.captureStack(c, ex.Obj())
	return ex
}

// SetRef stores v through a ref/out argument (a struct is copied, as by any store).
func (c *Context) SetRef(ref Value, v Value) {
	if p, ok := ref.R.(*Value); ok {
		if v.K == KStruct {
			v = cloneStruct(v)
		}
		*p = v
	}
}

// Deref reads a ref/out argument.
func Deref(ref Value) Value {
	if p, ok := ref.R.(*Value); ok {
		return *p
	}
	return ref
}

// stepGrace is how many steps the code may still take after it exceeded its budget.
const stepGrace = 10000

// step charges one step against the budget.
func (c *Context) step() {
	in := c.in
	in.steps++
	if in.steps > in.maxSteps {
		// A little more for the handlers that report the error (a faulted task's
		// exception object): without it they would fail the same way at once.
		in.maxSteps = in.steps + stepGrace
		c.fatal(fmt.Sprintf("step budget of %d exceeded (runaway loop?)", in.stepBudget))
	}
}

// --- coroutines -----------------------------------------------------------

// spawn creates a coroutine that runs body when first switched to.
// body runs with the baton held; when it returns the coroutine ends.
func (in *Interp) spawn(name string, body func(c *Context)) *Context {
	return in.newCoroutine(name, func(c *Context) { in.guard(c, body) })
}

// newCoroutine creates a coroutine that runs body (which handles its own
// panics) on a pooled worker when first switched to.
func (in *Interp) newCoroutine(name string, body func(c *Context)) *Context {
	w := getWorker()
	c := &Context{in: in, name: name, stk: w.stk, frames: w.frames, w: w}
	w.stk, w.frames = nil, nil
	if c.stk == nil {
		c.stk = make([]Value, 32)
	}
	w.c, w.body = c, body
	return c
}

// A worker is a goroutine that runs coroutine bodies one after another, as
// an iter.Pull coroutine: switching to it and back is a direct goroutine
// switch (no scheduler run queue, no other thread woken), and reusing it
// saves creating a goroutine per C# coroutine and growing its stack again
// (a coroutine is often short: an async method, a callback). It runs only
// inside next, while whoever resumed it waits.
type worker struct {
	next  func() (struct{}, bool)
	stop  func()
	yield func(struct{}) bool
	c     *Context       // the coroutine it runs (or will run)
	body  func(*Context) // its body
	// stk and frames are the value stack and frames of the last coroutine
	// it ran, for the next one (see recycle).
	stk    []Value
	frames []*Frame
	pooled bool // idle in workerPool
}

// workerPool holds idle workers, shared by all interpreters (an interpreter
// may be dropped at any time; a pool per interpreter would strand its workers).
var workerPool struct {
	mu   sync.Mutex
	idle []*worker
}

// maxIdleWorkers bounds the idle workers kept (each holds a goroutine stack).
const maxIdleWorkers = 256

func getWorker() *worker {
	p := &workerPool
	p.mu.Lock()
	if n := len(p.idle); n > 0 {
		w := p.idle[n-1]
		p.idle[n-1] = nil
		p.idle = p.idle[:n-1]
		w.pooled = false
		p.mu.Unlock()
		return w
	}
	p.mu.Unlock()
	w := &worker{}
	w.next, w.stop = iter.Pull(w.loop)
	return w
}

// putWorker returns an idle w to the pool, or ends it when the pool is full.
func putWorker(w *worker) {
	p := &workerPool
	p.mu.Lock()
	if w.pooled {
		p.mu.Unlock()
		panic("eval: coroutine worker returned to the pool twice")
	}
	if len(p.idle) < maxIdleWorkers {
		w.pooled = true
		p.idle = append(p.idle, w)
		w = nil
	}
	p.mu.Unlock()
	if w != nil {
		w.stop()
	}
}

// loop is the worker's body: it runs one coroutine body per resumption that
// starts one, and yields (parks) between them.
func (w *worker) loop(yield func(struct{}) bool) {
	w.yield = yield
	for {
		c, body := w.c, w.body
		w.body = nil
		runContained(c, body)
		c.done = true
		w.c = nil
		w.recycle(c)
		if !yield(struct{}{}) {
			return
		}
	}
}

// runContained runs a coroutine body. A fatal error or a C# exception that gets
// out of it is reported to the interpreter, never passed on to whoever resumed
// the coroutine: the bodies handle their own, but their handlers may resume other
// coroutines (completing a task), and code run there can fail again (a spent step
// budget). Anything else (Environment.Exit) goes on to the resumer.
func runContained(c *Context, body func(*Context)) {
	defer func() {
		if r := recover(); r != nil {
			switch p := r.(type) {
			case fatalPanic:
				c.in.reportFatal(p.err)
			case csharpPanic:
				c.in.reportUnhandled(c, p.ex)
			default:
				panic(r)
			}
		}
	}()
	body(c)
}

// recycle keeps the stacks of a finished coroutine for the worker's next one.
// Nothing may use them after the body returned: locals captured by closures
// live in cells, not in the stack. Frames stay with the coroutine when an
// async method started from it keeps one as its asyncParent (stack traces).
func (w *worker) recycle(c *Context) {
	if c.depth != 0 || len(c.old) != 0 {
		return
	}
	stk := c.stk
	if len(c.spare) > len(stk) && len(c.spare) <= 1024 {
		stk = c.spare
	}
	if len(stk) <= 1024 {
		clear(stk)
		w.stk = stk
	}
	if !c.lent && len(c.frames) <= 64 {
		w.frames = c.frames
	}
	c.stk, c.spare, c.frames = nil, nil, nil
}

// guard runs body, turning fatal errors and stray Go panics into reports
// to the interpreter instead of crashing the process.
func (in *Interp) guard(c *Context, body func(c *Context)) {
	defer func() {
		if r := recover(); r != nil {
			defer func() {
				if r2 := recover(); r2 != nil {
					in.reportFatal(&RuntimeError{Msg: fmt.Sprintf("internal error while reporting an error: %v", r2)})
				}
			}()
			switch p := r.(type) {
			case fatalPanic:
				in.reportFatal(p.err)
			case csharpPanic:
				in.reportUnhandled(c, p.ex)
			default:
				in.reportFatal(&RuntimeError{Pos: c.Pos(), Msg: fmt.Sprintf("internal error: %v", r), Stack: c.stackTrace()})
			}
		}
	}()
	body(c)
}

// switchTo hands the baton to coroutine c and waits until it parks or ends.
func (c *Context) switchTo() {
	c.parked = false
	w := c.w
	if w == nil {
		if c.done {
			return // it ended: nothing to resume
		}
		panic("eval: switch to a context that is not a coroutine")
	}
	w.next()
	if c.done && c.w == w {
		c.w = nil
		putWorker(w)
	}
	// Settling may run code that resumes c again (and ends it): the worker
	// went back to the pool above, before that.
	if a := c.aiter; a != nil && !c.awaiting {
		a.settle()
	}
}

// park hands the baton back to whoever resumed c and waits to be resumed.
func (c *Context) park() {
	c.parked = true
	if c.w == nil {
		c.fatal("cannot wait here: this code does not run on a coroutine")
	}
	c.w.yield(struct{}{})
}

// Go runs f in a new coroutine now (the caller waits until it finishes or
// parks). Use it from the host loop to call into C#.
func (in *Interp) Go(name string, f func(c *Context)) {
	co := in.spawn(name, f)
	co.switchTo()
}
