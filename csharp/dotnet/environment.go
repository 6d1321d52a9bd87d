package dotnet

import (
	"rpbench/csharp/eval"
)

// newLine is Environment.NewLine (Linux).
const newLine = "\n"

func registerEnvironment(r *eval.Registry) {
	const p = "System.Environment."
	// TickCount counts milliseconds of the loop clock since the Unix epoch,
	// wrapped like .NET's 32-bit counter.
	r.Register(p+"get_TickCount()", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Int(int32(now(c).UnixMilli()))
	})
	r.Register(p+"get_TickCount64()", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Long(now(c).UnixMilli())
	})
	r.Register(p+"GetEnvironmentVariable(string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "variable")
		return eval.Null
	})
	r.Register(p+"Exit(int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		c.Exit(int(a[0].AsLong()))
		return eval.Null
	})
	r.Register(p+"GetCommandLineArgs()", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return stringArray(c, []string{"program"})
	})
}
