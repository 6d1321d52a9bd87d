package eval

import "time"

// This file implements Task.WaitAsync (timeout and/or token) and
// CancellationTokenSource.TryReset and CancelAsync (.NET 6/8 APIs).

func registerTaskMore(r *Registry) {
	waitAsync := func(c *Context, this Value, args []Value) Value {
		in := c.in
		src := taskOf(this)
		d := time.Duration(-1)
		var tok *cts
		for _, a := range args {
			if o, ok := a.R.(*Object); ok && o.Type != nil && o.Type.Name == "CancellationToken" {
				tok = tokenSource(a)
			} else {
				d = c.durationOf(a)
				if d < 0 && d != -time.Millisecond {
					throwArgOutOfRange(c, "timeout", "The timeout must represent a value between -1 and Int32.MaxValue, inclusive.")
				}
			}
		}
		var rt *Type
		if t := src.obj.Type; t.Def == in.tTaskT {
			rt = t.TypeArgs[0]
		}
		if src.Done() || d < 0 && tok == nil {
			return this
		}
		proxy := in.NewTask(rt)
		if tok != nil && tok.canceled {
			proxy.SetCanceled(nil)
			return proxy.Value()
		}
		var stop func() bool
		var reg *ctsReg
		src.OnDone(func() {
			if stop != nil {
				stop()
			}
			if reg != nil {
				reg.dead = true
			}
			proxy.copyFrom(src)
		})
		if d >= 0 {
			stop = in.host.AfterFunc(d, func() {
				if !proxy.Done() {
					in.Go("WaitAsync timeout", func(co *Context) {
						proxy.SetException(co.NewException("System.TimeoutException", "The operation has timed out.").Obj())
					})
				}
			})
		}
		if tok != nil {
			reg = tok.register(func() {
				if stop != nil {
					stop()
				}
				proxy.SetCanceled(nil)
			})
		}
		return proxy.Value()
	}
	for _, k := range []string{"WaitAsync(TimeSpan)", "WaitAsync(CancellationToken)", "WaitAsync(TimeSpan,CancellationToken)"} {
		r.Register("System.Threading.Tasks.Task."+k, waitAsync)
		r.Register("System.Threading.Tasks.Task`1."+k, waitAsync)
	}
	const CTS = "System.Threading.CancellationTokenSource."
	r.Register(CTS+"TryReset()", func(c *Context, this Value, args []Value) Value {
		s := this.Obj().Native.(*cts)
		if s.canceled {
			return Bool(false)
		}
		if s.stop != nil {
			s.stop()
			s.stop = nil
		}
		s.regs = nil
		return Bool(true)
	})
	r.Register(CTS+"CancelAsync()", func(c *Context, this Value, args []Value) Value {
		s := this.Obj().Native.(*cts)
		s.cancel()
		t := c.in.NewTask(nil)
		t.SetResult(Null)
		return t.Value()
	})
}
