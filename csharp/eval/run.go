package eval

import (
	"errors"
	"fmt"
	"io"
)

// FindMain finds the entry point: a static method Main with no parameters
// or one string[] parameter, returning void, int, Task or Task<int>.
func (in *Interp) FindMain() (*Method, error) {
	var found []*Method
	for _, f := range in.userFiles {
		_ = f
	}
	for _, name := range sortedKeys(in.types) {
		t := in.types[name]
		if t.file == nil || t.file.prelude {
			continue
		}
		for _, m := range t.Methods["Main"] {
			if m.Static && len(m.Params) <= 1 {
				found = append(found, m)
			}
		}
	}
	if len(found) == 0 {
		return nil, errors.New("error CS5001: Program does not contain a static 'Main' method suitable for an entry point")
	}
	return found[0], nil
}

// Run runs the program's Main (see FindMain) and drains the loop, which must
// be a *VirtualLoop (or any host whose work the caller drains otherwise:
// then pass drain). It returns the exit code: Main's int result, 0 for void
// Main, 1 after an unhandled exception (printed to Stderr as .NET prints
// it: "Unhandled exception. System.X: message" and the stack). Fatal errors
// (step budget, deadlock, stack overflow) are returned as *RuntimeError.
func (in *Interp) Run(args []string) (exitCode int, err error) {
	m, err := in.FindMain()
	if err != nil {
		return 1, err
	}
	loop, ok := in.host.(*VirtualLoop)
	if !ok {
		return 1, errors.New("eval: Run needs a *VirtualLoop host")
	}
	var result Value
	var mainTask *Task
	done := false
	var unhandled *RuntimeError
	var fatal *RuntimeError
	prev := in.cfg.OnUnhandled
	in.cfg.OnUnhandled = func(e *RuntimeError) {
		if e.Exception.K != KNull {
			if unhandled == nil {
				unhandled = e
			}
			return
		}
		if fatal == nil {
			fatal = e
		}
	}
	defer func() { in.cfg.OnUnhandled = prev }()
	loop.Post(func() {
		in.Go("Main", func(c *Context) {
			var argv []Value
			if len(m.Params) == 1 {
				items := make([]Value, len(args))
				for i, a := range args {
					items[i] = Str(a)
				}
				argv = []Value{in.NewArray(in.tString, items)}
			}
			defer func() {
				if r := recover(); r != nil {
					if p, ok := r.(exitPanic); ok {
						result = Int(int32(p.code))
						done = true
						return
					}
					panic(r)
				}
			}()
			in.ensureStatic(c, m.Decl)
			result = in.invoke(c, m, m.Decl, nil, Null, argv)
			if m.Ret == nil {
				result = Null // void Main: what the body left in its frame is no result
			}
			if t := taskOf(result); t != nil {
				mainTask = t
				t.OnDone(func() { done = true })
				return
			}
			done = true
		})
	})
	loop.RunUntil(func() bool { return done || unhandled != nil || fatal != nil })
	if fatal != nil {
		return 1, fatal
	}
	if unhandled != nil {
		in.printUnhandled(unhandled)
		return 1, nil
	}
	if mainTask != nil {
		switch mainTask.status {
		case TaskFaulted:
			in.printUnhandled(&RuntimeError{Exception: ObjVal(mainTask.excs[0]),
				Msg: "Unhandled exception. " + in.exceptionString(newContext(in, "report"), mainTask.excs[0])})
			return 1, nil
		case TaskCanceled:
			c := newContext(in, "report")
			ex := mainTask.cancelException(c)
			in.printUnhandled(&RuntimeError{Exception: ObjVal(ex), Msg: "Unhandled exception. " + in.exceptionString(c, ex)})
			return 1, nil
		}
		result = mainTask.result
	}
	if !done {
		return 1, &RuntimeError{Pos: in.lastPos, Msg: "deadlock: Main is waiting for a task that can never complete (no timers or work left)"}
	}
	// Let remaining posted work (continuations) finish, as the process would until Main returns.
	if result.K == KInt {
		return int(int32(result.N)), nil
	}
	return 0, nil
}

func (in *Interp) printUnhandled(e *RuntimeError) {
	io.WriteString(in.stderr, e.Msg+"\n")
}

// Exit stops the program with an exit code (Environment.Exit).
func (c *Context) Exit(code int) { panic(exitPanic{code}) }

// CallStaticByName calls a static method of a type by name from the host
// (outside any coroutine): it runs on a new coroutine and returns when the
// method returns or first awaits. Exceptions are returned as *RuntimeError.
func (in *Interp) CallStaticByName(typeName, method string, args ...Value) (result Value, err error) {
	t := in.TypeByName(typeName)
	if t == nil {
		return Null, fmt.Errorf("eval: no type %s", typeName)
	}
	in.Go(typeName+"."+method, func(c *Context) {
		defer in.catchToError(c, &err)
		result = c.CallStatic(t, method, args...)
	})
	return result, err
}

// NewObject creates an instance of the named type from the host.
func (in *Interp) NewObject(typeName string, args ...Value) (obj Value, err error) {
	t := in.TypeByName(typeName)
	if t == nil {
		return Null, fmt.Errorf("eval: no type %s", typeName)
	}
	in.Go("new "+typeName, func(c *Context) {
		defer in.catchToError(c, &err)
		obj = c.New(t, args...)
	})
	return obj, err
}

// CallMethod calls an instance method from the host (see CallStaticByName).
func (in *Interp) CallMethod(recv Value, method string, args ...Value) (result Value, err error) {
	in.Go(method, func(c *Context) {
		defer in.catchToError(c, &err)
		result = c.Call(recv, method, args...)
	})
	return result, err
}

// InvokeDelegate invokes a delegate from the host (e.g. an event handler list).
func (in *Interp) InvokeDelegate(d Value, args ...Value) (result Value, err error) {
	in.Go("delegate", func(c *Context) {
		defer in.catchToError(c, &err)
		result = c.Invoke(d, args...)
	})
	return result, err
}

func (in *Interp) catchToError(c *Context, err *error) {
	if r := recover(); r != nil {
		switch p := r.(type) {
		case csharpPanic:
			*err = in.unhandledError(c, p.ex)
		case fatalPanic:
			*err = p.err
		default:
			*err = &RuntimeError{Pos: c.Pos(), Msg: fmt.Sprintf("internal error: %v", r), Stack: c.stackTrace()}
		}
	}
}
