package dotnet

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"rpbench/csharp/eval"
)

// sandboxPath maps a script path to a real path inside the sandbox, or throws
// UnauthorizedAccessException (no sandbox, or a path leaving it).
func sandboxPath(c *eval.Context, v eval.Value, param string) string {
	nullCheck(c, v, param)
	p := v.AsString()
	if strings.TrimSpace(p) == "" {
		throwEx(c, "System.ArgumentException", "The value cannot be an empty string or composed entirely of whitespace. (Parameter '"+param+"')")
	}
	root := stateOf(c).opts.SandboxDir
	denied := func() { throwEx(c, "System.UnauthorizedAccessException", "Access to the path '"+p+"' is denied.") }
	if root == "" {
		denied()
	}
	clean := path.Clean("/" + p)
	if strings.HasPrefix(p, "/") {
		// an absolute path must name something inside the sandbox root
		absRoot, _ := filepath.Abs(root)
		rel, err := filepath.Rel(absRoot, filepath.Clean(p))
		if err != nil || rel == ".." || strings.HasPrefix(rel, "../") {
			denied()
		}
		clean = path.Clean("/" + filepath.ToSlash(rel))
	} else if path.Clean(p) == ".." || strings.HasPrefix(path.Clean(p), "../") {
		denied()
	}
	return filepath.Join(root, filepath.FromSlash(clean))
}

func ioError(c *eval.Context, err error, p string, dir bool) {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if dir {
			throwEx(c, "System.IO.DirectoryNotFoundException", "Could not find a part of the path '"+p+"'.")
		}
		c.ThrowValue(c.New(c.Interp().TypeByName("System.IO.FileNotFoundException"), eval.Str("Could not find file '"+p+"'."), eval.Str(p)))
	case errors.Is(err, fs.ErrPermission):
		throwEx(c, "System.UnauthorizedAccessException", "Access to the path '"+p+"' is denied.")
	}
	throwEx(c, "System.IO.IOException", err.Error())
}

func registerIO(r *eval.Registry) {
	const pp = "System.IO.Path."
	str1 := func(name string, f func(string) string) {
		r.Register(pp+name+"(string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
			if a[0].K == eval.KNull {
				return eval.Null
			}
			return eval.Str(f(a[0].AsString()))
		})
	}
	str1("GetFileName", func(p string) string { return p[strings.LastIndex(p, "/")+1:] })
	ext := func(p string) string {
		name := p[strings.LastIndex(p, "/")+1:]
		if i := strings.LastIndex(name, "."); i >= 0 && i < len(name)-1 {
			return name[i:]
		}
		return ""
	}
	str1("GetExtension", ext)
	str1("GetFileNameWithoutExtension", func(p string) string {
		name := p[strings.LastIndex(p, "/")+1:]
		if i := strings.LastIndex(name, "."); i >= 0 {
			return name[:i]
		}
		return name
	})
	r.Register(pp+"GetDirectoryName(string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		if a[0].K == eval.KNull {
			return eval.Null
		}
		p := a[0].AsString()
		i := strings.LastIndex(p, "/")
		switch {
		case p == "/" || p == "":
			return eval.Null
		case i < 0:
			return eval.Str("")
		case i == 0:
			return eval.Str("/")
		}
		return eval.Str(p[:i])
	})
	r.Register(pp+"ChangeExtension(string,string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		if a[0].K == eval.KNull {
			return eval.Null
		}
		p := a[0].AsString()
		if e := ext(p); e != "" || strings.HasSuffix(p, ".") {
			p = p[:strings.LastIndex(p, ".")]
		}
		if a[1].K == eval.KNull {
			return eval.Str(p)
		}
		e := a[1].AsString()
		if !strings.HasPrefix(e, ".") {
			e = "." + e
		}
		return eval.Str(p + e)
	})
	r.Register(pp+"HasExtension(string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Bool(ext(a[0].AsString()) != "")
	})
	r.Register(pp+"IsPathRooted(string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Bool(strings.HasPrefix(a[0].AsString(), "/"))
	})
	r.Register(pp+"GetTempPath()", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Str("/tmp/")
	})
	r.Register(pp+"GetFullPath(string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "path")
		return eval.Str(path.Clean("/" + a[0].AsString()))
	})
	r.Register(pp+"__Combine(string[])", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		out := ""
		for _, v := range a[0].Arr().Data {
			nullCheck(c, v, "paths")
			s := v.AsString()
			switch {
			case s == "":
			case strings.HasPrefix(s, "/") || out == "":
				out = s
			case strings.HasSuffix(out, "/"):
				out += s
			default:
				out += "/" + s
			}
		}
		return eval.Str(out)
	})

	const f = "System.IO.File."
	r.Register(f+"Exists(string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		if a[0].K == eval.KNull || stateOf(c).opts.SandboxDir == "" {
			return eval.Bool(false)
		}
		st, err := os.Stat(sandboxPath(c, a[0], "path"))
		return eval.Bool(err == nil && !st.IsDir())
	})
	r.Register(f+"__Read(string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		p := sandboxPath(c, a[0], "path")
		b, err := os.ReadFile(p)
		if err != nil {
			ioError(c, err, a[0].AsString(), false)
		}
		return byteArray(c, b)
	})
	r.Register(f+"__Write(string,byte[],bool)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		p := sandboxPath(c, a[0], "path")
		flags := os.O_CREATE | os.O_WRONLY | os.O_TRUNC
		if a[2].AsBool() {
			flags = os.O_CREATE | os.O_WRONLY | os.O_APPEND
		}
		fh, err := os.OpenFile(p, flags, 0o644)
		if err != nil {
			ioError(c, err, a[0].AsString(), true)
		}
		_, err = fh.Write(bytesOf(a[1]))
		if cerr := fh.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			ioError(c, err, a[0].AsString(), false)
		}
		return eval.Null
	})
	r.Register(f+"__Lines(string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		s := strings.ReplaceAll(a[0].AsString(), "\r\n", "\n")
		s = strings.TrimSuffix(s, "\n")
		if s == "" {
			return stringArray(c, nil)
		}
		return stringArray(c, strings.Split(s, "\n"))
	})
	r.Register(f+"Delete(string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		p := sandboxPath(c, a[0], "path")
		if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			ioError(c, err, a[0].AsString(), false)
		}
		return eval.Null
	})
	cp := func(c *eval.Context, a []eval.Value, overwrite, move bool) {
		src, dst := sandboxPath(c, a[0], "sourceFileName"), sandboxPath(c, a[1], "destFileName")
		if _, err := os.Stat(dst); err == nil && !overwrite {
			throwEx(c, "System.IO.IOException", "The file '"+a[1].AsString()+"' already exists.")
		}
		b, err := os.ReadFile(src)
		if err != nil {
			ioError(c, err, a[0].AsString(), false)
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			ioError(c, err, a[1].AsString(), true)
		}
		if move {
			os.Remove(src)
		}
	}
	r.Register(f+"Copy(string,string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		cp(c, a, false, false)
		return eval.Null
	})
	r.Register(f+"Copy(string,string,bool)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		cp(c, a, a[2].AsBool(), false)
		return eval.Null
	})
	r.Register(f+"Move(string,string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		cp(c, a, false, true)
		return eval.Null
	})

	const d = "System.IO.Directory."
	r.Register(d+"Exists(string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		if a[0].K == eval.KNull || stateOf(c).opts.SandboxDir == "" {
			return eval.Bool(false)
		}
		st, err := os.Stat(sandboxPath(c, a[0], "path"))
		return eval.Bool(err == nil && st.IsDir())
	})
	r.Register(d+"CreateDirectory(string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		if err := os.MkdirAll(sandboxPath(c, a[0], "path"), 0o755); err != nil {
			ioError(c, err, a[0].AsString(), true)
		}
		return eval.Null
	})
	r.Register(d+"Delete", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		p := sandboxPath(c, a[0], "path")
		var err error
		if len(a) == 2 && a[1].AsBool() {
			err = os.RemoveAll(p)
		} else {
			err = os.Remove(p)
		}
		if err != nil {
			ioError(c, err, a[0].AsString(), true)
		}
		return eval.Null
	})
	r.Register(d+"__List(string,string,bool)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		p := sandboxPath(c, a[0], "path")
		entries, err := os.ReadDir(p)
		if err != nil {
			ioError(c, err, a[0].AsString(), true)
		}
		pattern := a[1].AsString()
		base := strings.TrimSuffix(a[0].AsString(), "/")
		var out []string
		for _, e := range entries {
			if e.IsDir() == a[2].AsBool() {
				continue
			}
			if ok, _ := path.Match(pattern, e.Name()); !ok && pattern != "*" && pattern != "*.*" {
				continue
			}
			out = append(out, base+"/"+e.Name())
		}
		sort.Strings(out)
		return stringArray(c, out)
	})
}
