package dotnet

import (
	"net/url"
	"strconv"

	"rpbench/csharp/bcl"
	"rpbench/csharp/eval"
)

func uriOf(c *eval.Context, s string) *bcl.Uri {
	return must(bcl.ParseUri(s))(c)
}

func registerUri(r *eval.Registry) {
	const p = "System.Uri."
	r.Register(p+"EscapeUriString(string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "stringToEscape")
		return eval.Str(bcl.EscapeUriString(a[0].AsString()))
	})
	r.Register(p+"EscapeDataString(string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "stringToEscape")
		return eval.Str(bcl.EscapeDataString(a[0].AsString()))
	})
	r.Register(p+"UnescapeDataString(string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "stringToUnescape")
		return eval.Str(bcl.UnescapeDataString(a[0].AsString()))
	})
	r.Register(p+"__Normalize(string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Str(uriOf(c, a[0].AsString()).AbsoluteUri())
	})
	r.Register(p+"__Resolve(string,string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		base, err := url.Parse(a[0].AsString())
		ref, err2 := url.Parse(a[1].AsString())
		if err != nil || err2 != nil {
			throwEx(c, "System.UriFormatException", "Invalid URI: The format of the URI could not be determined.")
		}
		return eval.Str(base.ResolveReference(ref).String())
	})
	r.Register(p+"__Valid(string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		_, err := bcl.ParseUri(a[0].AsString())
		return eval.Bool(err == nil)
	})
	r.Register(p+"__Part(string,int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		u := uriOf(c, a[0].AsString())
		var s string
		switch a[1].AsLong() {
		case 0:
			s = u.Scheme()
		case 1:
			s = u.Host()
		case 2:
			s = u.AbsolutePath()
		case 3:
			s = u.Query()
		case 4:
			s = u.Fragment()
		case 5:
			s = u.PathAndQuery()
		case 6:
			s = u.Authority()
		case 7:
			if u.IsDefaultPort() {
				s = "1"
			}
		}
		return eval.Str(s)
	})
	r.Register(p+"__Port(string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Int(int32(uriOf(c, a[0].AsString()).Port()))
	})
	r.Register(p+"__Segments(string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		path := uriOf(c, a[0].AsString()).AbsolutePath()
		// each segment ends with its '/': "/v1/calls/7" is "/", "v1/", "calls/", "7"
		var segs []string
		start := 0
		for i := 0; i < len(path); i++ {
			if path[i] == '/' {
				segs = append(segs, path[start:i+1])
				start = i + 1
			}
		}
		if start < len(path) {
			segs = append(segs, path[start:])
		}
		return stringArray(c, segs)
	})
	const w = "System.Net.WebUtility."
	for name, f := range map[string]func(string) string{
		"UrlEncode": bcl.UrlEncode, "UrlDecode": bcl.UrlDecode, "HtmlEncode": bcl.HtmlEncode, "HtmlDecode": bcl.HtmlDecode,
	} {
		f := f
		r.Register(w+name+"(string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
			if a[0].K == eval.KNull {
				return eval.Null
			}
			return eval.Str(f(a[0].AsString()))
		})
	}
}

var _ = strconv.Itoa
