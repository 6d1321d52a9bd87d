package dotnet

import (
	"strings"

	"rpbench/csharp/bcl"
	"rpbench/csharp/eval"
)

func registerEncoding(r *eval.Registry) {
	const p = "System.Text.Encoding."
	r.Register(p+"__IdOf(string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		switch strings.ToLower(a[0].AsString()) {
		case "utf-8", "utf8":
			return eval.Int(0)
		case "us-ascii", "ascii":
			return eval.Int(1)
		case "utf-16", "unicode", "utf-16le":
			return eval.Int(2)
		case "utf-16be", "unicodefffe":
			return eval.Int(3)
		case "utf-32", "utf-32le":
			return eval.Int(4)
		case "iso-8859-1", "latin1":
			return eval.Int(5)
		}
		throwEx(c, "System.ArgumentException", "'"+a[0].AsString()+"' is not a supported encoding name. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method. (Parameter 'name')")
		return eval.Null
	})
	r.Register(p+"__WebName(int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Str(bcl.Encoding(a[0].AsLong()).WebName())
	})
	r.Register(p+"__GetBytes(int,string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[1], "s")
		return byteArray(c, bcl.Encoding(a[0].AsLong()).GetBytes(a[1].AsString()))
	})
	r.Register(p+"__GetString(int,byte[],int,int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[1], "bytes")
		b := bytesOf(a[1])
		i, n := int(a[2].AsLong()), int(a[3].AsLong())
		if i < 0 || n < 0 || i+n > len(b) {
			throwEx(c, "System.ArgumentOutOfRangeException", "Index and count must refer to a location within the buffer. (Parameter 'bytes')")
		}
		return eval.Str(bcl.Encoding(a[0].AsLong()).GetString(b[i : i+n]))
	})
}
