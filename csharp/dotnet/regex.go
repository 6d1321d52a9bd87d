package dotnet

import (
	"regexp"
	"strings"

	"rpbench/csharp/bcl"
	"rpbench/csharp/eval"
)

type regexKey struct {
	pattern string
	opts    int64
}

// regexCache keeps compiled patterns per interpreter (Regex.IsMatch(s, pattern)
// in a loop compiles once, as .NET's static-method cache does).
func regexCache(c *eval.Context) map[regexKey]*bcl.Regex {
	const key = "rpbench/csharp/dotnet.regex"
	if m, ok := c.Interp().Data[key].(map[regexKey]*bcl.Regex); ok {
		return m
	}
	m := map[regexKey]*bcl.Regex{}
	c.Interp().Data[key] = m
	return m
}

func reOf(c *eval.Context, v eval.Value) *bcl.Regex {
	if r, ok := v.R.(*bcl.Regex); ok {
		return r
	}
	throwEx(c, "System.NullReferenceException", "Object reference not set to an instance of an object.")
	return nil
}

func matchData(m *bcl.RegexMatch) []eval.Value {
	d := make([]eval.Value, 0, 3*len(m.Groups))
	for _, g := range m.Groups {
		ok := int32(0)
		if g.Success {
			ok = 1
		}
		d = append(d, eval.Int(ok), eval.Int(int32(g.Index)), eval.Int(int32(g.Length)))
	}
	return d
}

func registerRegex(r *eval.Registry) {
	const p = "System.Text.RegularExpressions.Regex."
	intT := func(c *eval.Context) *eval.Type { return c.Interp().TypeByName("System.Int32") }
	r.Register(p+"__Compile(string,int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		k := regexKey{a[0].AsString(), a[1].AsLong()}
		cache := regexCache(c)
		re, ok := cache[k]
		if !ok {
			re = must(bcl.CompileRegex(k.pattern, bcl.RegexOptions(k.opts)))(c)
			if len(cache) < 1000 {
				cache[k] = re
			}
		}
		return eval.NativeVal(re)
	})
	r.Register(p+"__Names(object)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return stringArray(c, reOf(c, a[0]).GroupNames())
	})
	r.Register(p+"__Numbers(object)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		var items []eval.Value
		for _, n := range reOf(c, a[0]).GroupNumbers() {
			items = append(items, eval.Int(int32(n)))
		}
		return c.Interp().NewArray(intT(c), items)
	})
	r.Register(p+"__IsMatch(object,string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Bool(reOf(c, a[0]).IsMatch(a[1].AsString()))
	})
	r.Register(p+"__Match(object,string,int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		m := reOf(c, a[0]).Match(a[1].AsString(), int(a[2].AsLong()))
		if m == nil {
			return eval.Null
		}
		return c.Interp().NewArray(intT(c), matchData(m))
	})
	r.Register(p+"__Matches(object,string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		in := c.Interp()
		arrT := in.ArrayType(intT(c), 1)
		var items []eval.Value
		for _, m := range reOf(c, a[0]).Matches(a[1].AsString()) {
			items = append(items, in.NewArray(intT(c), matchData(m)))
		}
		return in.NewArray(arrT, items)
	})
	r.Register(p+"__Replace(object,string,string,int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Str(reOf(c, a[0]).Replace(a[1].AsString(), a[2].AsString(), int(a[3].AsLong())))
	})
	r.Register(p+"__Split(object,string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return stringArray(c, reOf(c, a[0]).Split(a[1].AsString()))
	})
	r.Register(p+"Escape(string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "str")
		return eval.Str(bcl.RegexEscape(a[0].AsString()))
	})
	r.Register(p+"Unescape(string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "str")
		s := a[0].AsString()
		if !strings.Contains(s, `\`) {
			return a[0]
		}
		re := regexp.MustCompile(`\\(.)`)
		return eval.Str(re.ReplaceAllString(s, "$1"))
	})
}
