package dotnet

import (
	"strings"
	"time"

	"rpbench/csharp/bcl"
	"rpbench/csharp/eval"
)

// throwEx throws a new exception of type typ with message msg. For the
// argument exceptions a trailing " (Parameter 'name')" in msg becomes the
// exception's ParamName, as .NET's constructors would produce it.
func throwEx(c *eval.Context, typ, msg string) {
	if strings.HasPrefix(typ, "System.Argument") && strings.HasSuffix(msg, "')") {
		if i := strings.LastIndex(msg, " (Parameter '"); i >= 0 {
			param := msg[i+len(" (Parameter '") : len(msg)-2]
			text := msg[:i]
			t := c.Interp().TypeByName(typ)
			if t != nil {
				var ex eval.Value
				if typ == "System.ArgumentException" {
					ex = c.New(t, eval.Str(text), eval.Str(param))
				} else {
					ex = c.New(t, eval.Str(param), eval.Str(text))
				}
				c.ThrowValue(ex)
			}
		}
	}
	c.Throw(typ, msg)
}

// throwErr throws err as the .NET exception it describes (a *bcl.Error) or as
// System.Exception otherwise; it does nothing for a nil error.
func throwErr(c *eval.Context, err error) {
	if err == nil {
		return
	}
	if e, ok := err.(*bcl.Error); ok {
		throwEx(c, e.Type, e.Message)
	}
	c.Throw("System.Exception", err.Error())
}

// must(v, err)(c) returns v after throwing err (if any) on c.
func must[T any](v T, err error) func(*eval.Context) T {
	return func(c *eval.Context) T {
		throwErr(c, err)
		return v
	}
}

// nullCheck throws ArgumentNullException when v is null.
func nullCheck(c *eval.Context, v eval.Value, param string) {
	if v.K == eval.KNull {
		c.ThrowValue(c.New(c.Interp().TypeByName("System.ArgumentNullException"), eval.Str(param)))
	}
}

// local is the interpreter's local time zone.
func local(c *eval.Context) *time.Location {
	if l := c.Interp().Config().Location; l != nil {
		return l
	}
	return time.UTC
}

// now is the host loop's clock.
func now(c *eval.Context) time.Time { return c.Host().Now() }

// field reads an instance field of a struct/object by index.
func field(v eval.Value, i int) eval.Value {
	o := eval.Deref(v).Obj()
	if o == nil || i >= len(o.Fields) {
		return eval.Null
	}
	return o.Fields[i]
}

// bytesOf converts a byte[] value to Go bytes.
func bytesOf(v eval.Value) []byte {
	a := v.Arr()
	if a == nil {
		return nil
	}
	b := make([]byte, len(a.Data))
	for i, x := range a.Data {
		b[i] = byte(x.N)
	}
	return b
}

// byteArray makes a byte[] value.
func byteArray(c *eval.Context, b []byte) eval.Value {
	items := make([]eval.Value, len(b))
	for i, x := range b {
		items[i] = eval.Byte(x)
	}
	return c.Interp().NewArray(c.Interp().TypeByName("System.Byte"), items)
}

// stringArray makes a string[] value.
func stringArray(c *eval.Context, ss []string) eval.Value {
	items := make([]eval.Value, len(ss))
	for i, s := range ss {
		items[i] = eval.Str(s)
	}
	return c.Interp().NewArray(c.Interp().TypeByName("System.String"), items)
}
