package dotnet

import (
	"io"

	"rpbench/csharp/eval"
)

// registerTextIO adds the natives of TextIO.cs: the host console streams
// behind Console.Out/Error/In and Console.SetOut/SetIn's redirection.
func registerTextIO(r *eval.Registry) {
	r.Register("System.IO.__ConsoleWriter.__Write(bool,string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		w := c.Interp().Stdout()
		if a[0].AsBool() {
			w = c.Interp().Stderr()
		}
		io.WriteString(w, a[1].AsString())
		return eval.Null
	})
	r.Register("System.IO.__ConsoleReader.ReadLine()", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		line, ok := c.Interp().StdinLine()
		if !ok {
			return eval.Null
		}
		return eval.Str(line)
	})
	r.Register("System.IO.__ConsoleReader.Read()", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Int(int32(c.Interp().StdinChar(false)))
	})
	r.Register("System.IO.__ConsoleReader.Peek()", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Int(int32(c.Interp().StdinChar(true)))
	})
	r.Register("System.Console.__Redirect(int,object)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		c.Interp().SetConsoleRedirect(eval.ConsoleStream(a[0].AsLong()), a[1])
		return eval.Null
	})
}

func init() { registrars = append(registrars, registerTextIO) }
