package eval

import (
	"embed"
	"io"
	"math"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unsafe"

	"rpbench/csharp/bcl"
)

//go:embed prelude/*.cs
var preludeFS embed.FS

var (
	coreOnce sync.Once
	coreReg  *Registry
)

// Core returns the registry of this package's own types: Object, String
// (core members), the primitive types' core members, Console, the exception
// hierarchy, delegates, tuples, Task and friends, CancellationToken(Source),
// Timer. It is loaded by every interpreter before Config.Libraries.
func Core() *Registry {
	coreOnce.Do(func() {
		r := NewRegistry()
		names, _ := preludeFS.ReadDir("prelude")
		for _, n := range names {
			src, _ := preludeFS.ReadFile("prelude/" + n.Name())
			r.AddPrelude("<eval>/"+n.Name(), src)
		}
		registerObject(r)
		registerString(r)
		registerPrimitives(r)
		registerConsole(r)
		registerArray(r)
		registerStringMore(r)
		registerEnum(r)
		registerNumbers(r)
		registerTaskMore(r)
		registerTasks(r)
		registerTuples(r)
		coreReg = r
	})
	return coreReg
}

func uintptrOf(o *Object) uintptr { return uintptr(unsafe.Pointer(o)) }

func registerObject(r *Registry) {
	r.Register("System.Object.ToString()", func(c *Context, this Value, args []Value) Value {
		if this.K == KObject || this.K == KStruct {
			t := this.Obj().Type
			if t.Record {
				return Str(c.in.recordString(c, this.Obj()))
			}
			if t.Def != nil && c.in.isTupleDef(t.Def) || t.anon {
				return Str(c.in.ToString(c, this))
			}
			return Str(t.FullName())
		}
		return Str(c.in.ToString(c, this))
	})
	r.Register("System.Object.Equals(object)", func(c *Context, this Value, args []Value) Value {
		if this.K == KObject {
			o := this.Obj()
			if o.Type.Record || o.Type.anon || o.boxed {
				return Bool(c.in.valueEquals(c, this, args[0]))
			}
			return Bool(args[0].R == this.R)
		}
		return Bool(c.in.valueEquals(c, this, args[0]))
	})
	r.Register("System.Object.GetHashCode()", func(c *Context, this Value, args []Value) Value {
		if this.K == KObject && !this.Obj().Type.Record && !this.Obj().Type.anon && !this.Obj().boxed {
			return Int(int32(objectID(this.Obj())))
		}
		return Int(c.in.hashCode(c, this))
	})
	r.Register("System.Object.GetType()", func(c *Context, this Value, args []Value) Value {
		return TypeVal(c.in.typeOf(this))
	})
	r.Register("System.Object.ReferenceEquals(object,object)", func(c *Context, this Value, args []Value) Value {
		a, b := args[0], args[1]
		if a.K == KNull || b.K == KNull {
			return Bool(a.K == b.K)
		}
		return Bool(a.R == b.R && a.N == b.N)
	})
	r.Register("System.Object.Equals(object,object)", func(c *Context, this Value, args []Value) Value {
		return Bool(c.in.valueEquals(c, args[0], args[1]))
	})
	r.Register("System.Exception.__StackTrace()", func(c *Context, this Value, args []Value) Value {
		s := stackTraceOf(this.Obj())
		if s == "" {
			return Null
		}
		return Str(s)
	})
	r.Register("System.Enum.HasFlag(Enum)", func(c *Context, this Value, args []Value) Value {
		return Bool(this.N&args[0].N == args[0].N)
	})
	r.Register("System.Array.get_Length()", func(c *Context, this Value, args []Value) Value {
		return Int(int32(len(this.Arr().Data)))
	})
	r.Register("System.Array.GetLength(int)", func(c *Context, this Value, args []Value) Value {
		a := this.Arr()
		if a.Dims == nil {
			return Int(int32(len(a.Data)))
		}
		d := int(args[0].AsLong())
		if d < 0 || d >= len(a.Dims) {
			c.Throw("System.IndexOutOfRangeException", "")
		}
		return Int(int32(a.Dims[d]))
	})
	r.Register("System.Delegate.Combine(Delegate,Delegate)", func(c *Context, this Value, args []Value) Value {
		return DelVal(combineDelegates(args[0].Del(), args[1].Del()))
	})
	r.Register("System.Delegate.Remove(Delegate,Delegate)", func(c *Context, this Value, args []Value) Value {
		return DelVal(removeDelegate(args[0].Del(), args[1].Del()))
	})
	r.Register("System.Delegate.GetInvocationList()", func(c *Context, this Value, args []Value) Value {
		var items []Value
		for _, d := range this.Del().invocationList() {
			items = append(items, DelVal(d))
		}
		return c.in.NewArray(c.in.tDelegate, items)
	})
	r.Register("System.Delegate.DynamicInvoke(paramsobject[])", func(c *Context, this Value, args []Value) Value {
		var a []Value
		if arr := args[0].Arr(); arr != nil {
			a = append(a, arr.Data...)
		}
		return c.Invoke(this, a...)
	})
	typ := func(this Value) *Type { return this.R.(*Type) }
	r.Register("System.Type.get_Name()", func(c *Context, this Value, args []Value) Value {
		t := typ(this)
		if t.Rank > 0 {
			return Str(t.Elem.Name + "[" + strings.Repeat(",", t.Rank-1) + "]")
		}
		n := t.Name
		if a := t.generic().ownArity(); a > 0 {
			n += "`" + itoa(a)
		}
		return Str(n)
	})
	r.Register("System.Type.get_FullName()", func(c *Context, this Value, args []Value) Value { return Str(typ(this).FullName()) })
	r.Register("System.Type.get_Namespace()", func(c *Context, this Value, args []Value) Value { return Str(typ(this).Namespace) })
	r.Register("System.Type.get_IsValueType()", func(c *Context, this Value, args []Value) Value { return Bool(typ(this).IsValueType()) })
	r.Register("System.Type.get_IsEnum()", func(c *Context, this Value, args []Value) Value { return Bool(typ(this).Kind == TypeEnum) })
	r.Register("System.Type.get_IsClass()", func(c *Context, this Value, args []Value) Value {
		return Bool(typ(this).generic().Kind == TypeClass || typ(this).Kind == TypeDelegate)
	})
	r.Register("System.Type.get_IsInterface()", func(c *Context, this Value, args []Value) Value {
		return Bool(typ(this).generic().Kind == TypeInterface)
	})
	r.Register("System.Type.get_IsGenericType()", func(c *Context, this Value, args []Value) Value {
		return Bool(len(typ(this).generic().TypeParams) > 0)
	})
	r.Register("System.Type.get_BaseType()", func(c *Context, this Value, args []Value) Value { return TypeVal(typ(this).Base) })
	r.Register("System.Type.GetGenericArguments()", func(c *Context, this Value, args []Value) Value {
		var items []Value
		for _, a := range typ(this).TypeArgs {
			items = append(items, TypeVal(a))
		}
		return c.in.NewArray(c.in.tType, items)
	})
	r.Register("System.Type.IsAssignableFrom(Type)", func(c *Context, this Value, args []Value) Value {
		o, _ := args[0].R.(*Type)
		return Bool(o != nil && o.Is(typ(this)))
	})
	r.Register("System.Type.IsInstanceOfType(object)", func(c *Context, this Value, args []Value) Value {
		return Bool(c.in.isInstance(args[0], typ(this)))
	})
	// Nullable<T>
	r.Register("System.Nullable`1.get_HasValue()", func(c *Context, this Value, args []Value) Value { return Bool(Deref(this).K != KNull) })
	r.Register("System.Nullable`1.get_Value()", func(c *Context, this Value, args []Value) Value {
		v := Deref(this)
		if v.K == KNull {
			c.Throw("System.InvalidOperationException", "Nullable object must have a value.")
		}
		return v
	})
	r.Register("System.Nullable`1.GetValueOrDefault()", func(c *Context, this Value, args []Value) Value {
		v := Deref(this)
		if v.K == KNull {
			if t := c.TypeArgs(); len(t) > 0 {
				return c.in.zeroOf(t[0])
			}
			return Int(0)
		}
		return v
	})
	r.Register("System.Nullable`1.GetValueOrDefault(T)", func(c *Context, this Value, args []Value) Value {
		v := Deref(this)
		if v.K == KNull {
			return args[0]
		}
		return v
	})
	// Iterators
	r.Register("System.Collections.Generic.__Iterator.GetEnumerator()", func(c *Context, this Value, args []Value) Value {
		src := this.Obj().Native.(*iterSource)
		t := c.in.TypeByName("System.Collections.Generic.__IteratorEnumerator")
		return ObjVal(&Object{Type: t, Native: &iterState{src: src}})
	})
	r.Register("System.Collections.Generic.__IteratorEnumerator.MoveNext()", func(c *Context, this Value, args []Value) Value {
		return Bool(this.Obj().Native.(*iterState).moveNext(c))
	})
	r.Register("System.Collections.Generic.__IteratorEnumerator.get_Current()", func(c *Context, this Value, args []Value) Value {
		return this.Obj().Native.(*iterState).current
	})
	r.Register("System.Collections.Generic.__IteratorEnumerator.Dispose()", func(c *Context, this Value, args []Value) Value {
		this.Obj().Native.(*iterState).dispose(c)
		return Null
	})
	r.Register("System.Collections.Generic.__IteratorEnumerator.Reset()", func(c *Context, this Value, args []Value) Value {
		c.Throw("System.NotSupportedException", "")
		return Null
	})
}

// ---------------------------------------------------------------------------
// Console

func registerConsole(r *Registry) {
	write := func(c *Context, s string, nl bool) {
		if r := c.in.console; r != nil && r.set[ConsoleOut] {
			if nl {
				c.Call(r.streams[ConsoleOut], "WriteLine", Str(s))
			} else {
				c.Call(r.streams[ConsoleOut], "Write", Str(s))
			}
			return
		}
		w := c.in.stdout
		io.WriteString(w, s)
		if nl {
			io.WriteString(w, "\n")
		}
	}
	for _, nl := range []bool{false, true} {
		nl := nl
		name := "System.Console.Write"
		if nl {
			name += "Line"
			r.Register(name+"()", func(c *Context, this Value, args []Value) Value { write(c, "", true); return Null })
		}
		r.Register(name+"(string)", func(c *Context, this Value, args []Value) Value { write(c, args[0].AsString(), nl); return Null })
		r.Register(name+"(object)", func(c *Context, this Value, args []Value) Value { write(c, c.ToString(args[0]), nl); return Null })
		r.Register(name+"(char[])", func(c *Context, this Value, args []Value) Value {
			var u []uint16
			if a := args[0].Arr(); a != nil {
				for _, ch := range a.Data {
					u = append(u, uint16(ch.AsLong()))
				}
			}
			write(c, FromUTF16(u), nl)
			return Null
		})
		r.Register(name+"(string,paramsobject[])", func(c *Context, this Value, args []Value) Value {
			write(c, c.CompositeFormat(args[0].AsString(), arrItems(args[1])), nl)
			return Null
		})
	}
	r.Register("System.Console.ReadLine()", func(c *Context, this Value, args []Value) Value {
		if r := c.in.console; r != nil && r.set[ConsoleIn] {
			return c.Call(r.streams[ConsoleIn], "ReadLine")
		}
		line, ok := c.in.StdinLine()
		if !ok {
			return Null
		}
		return Str(line)
	})
}

func arrItems(v Value) []Value {
	if a := v.Arr(); a != nil {
		return a.Data
	}
	if v.K == KNull {
		return []Value{Null}
	}
	return []Value{v}
}

// CompositeFormat implements String.Format's composite formatting
// ("{0,-10:F2}") with .NET's FormatException for bad format strings.
func (c *Context) CompositeFormat(format string, args []Value) string {
	return compositeFormat(c, format, args)
}

// ---------------------------------------------------------------------------
// String

func registerString(r *Registry) {
	s16 := func(v Value) []uint16 { return ToUTF16(v.AsString()) }
	str := func(v Value) string { return v.AsString() }
	reg := func(sig string, f NativeFunc) { r.Register("System.String."+sig, f) }
	reg("get_Length()", func(c *Context, this Value, args []Value) Value { return Int(int32(strLen(this))) })
	reg("get_Item(int)", func(c *Context, this Value, args []Value) Value {
		ch, ok := strAt(this, int(args[0].AsLong()))
		if !ok {
			c.Throw("System.IndexOutOfRangeException", "")
		}
		return Char(ch)
	})
	reg("IsNullOrEmpty(string)", func(c *Context, this Value, args []Value) Value {
		return Bool(args[0].K == KNull || str(args[0]) == "")
	})
	reg("IsNullOrWhiteSpace(string)", func(c *Context, this Value, args []Value) Value {
		return Bool(strings.TrimFunc(str(args[0]), unicode.IsSpace) == "")
	})
	reg("Concat(paramsobject[])", func(c *Context, this Value, args []Value) Value {
		var b strings.Builder
		for _, a := range arrItems(args[0]) {
			b.WriteString(c.ToString(a))
		}
		return Str(b.String())
	})
	reg("Concat(IEnumerable<string>)", func(c *Context, this Value, args []Value) Value {
		var b strings.Builder
		c.ForEach(args[0], func(v Value) bool { b.WriteString(c.ToString(v)); return true })
		return Str(b.String())
	})
	reg("Concat``1(IEnumerable<T>)", func(c *Context, this Value, args []Value) Value {
		var b strings.Builder
		c.ForEach(args[0], func(v Value) bool { b.WriteString(c.ToString(v)); return true })
		return Str(b.String())
	})
	reg("Format(string,paramsobject[])", func(c *Context, this Value, args []Value) Value {
		if args[0].K == KNull {
			c.Throw("System.ArgumentNullException", "format")
		}
		return Str(c.CompositeFormat(str(args[0]), arrItems(args[1])))
	})
	join := func(c *Context, sep string, items []Value) Value {
		parts := make([]string, len(items))
		for i, it := range items {
			parts[i] = c.ToString(it)
		}
		return Str(strings.Join(parts, sep))
	}
	reg("Join(string,paramsstring[])", func(c *Context, this Value, args []Value) Value { return join(c, str(args[0]), arrItems(args[1])) })
	reg("Join(string,paramsobject[])", func(c *Context, this Value, args []Value) Value { return join(c, str(args[0]), arrItems(args[1])) })
	reg("Join(char,paramsstring[])", func(c *Context, this Value, args []Value) Value {
		return join(c, charToString(args[0].AsChar()), arrItems(args[1]))
	})
	reg("Join``1(string,IEnumerable<T>)", func(c *Context, this Value, args []Value) Value {
		var items []Value
		c.ForEach(args[1], func(v Value) bool { items = append(items, v); return true })
		return join(c, str(args[0]), items)
	})
	reg("Compare(string,string)", func(c *Context, this Value, args []Value) Value {
		return Int(int32(stringComparison(args[0], args[1], 0)))
	})
	reg("CompareOrdinal(string,string)", func(c *Context, this Value, args []Value) Value { return Int(int32(ordinalDiff(args[0], args[1]))) })
	reg("Equals(string,string)", func(c *Context, this Value, args []Value) Value {
		return Bool(args[0].K == args[1].K && str(args[0]) == str(args[1]))
	})
	reg("Equals(string)", func(c *Context, this Value, args []Value) Value {
		return Bool(args[0].K == KString && str(this) == str(args[0]))
	})
	reg("CompareTo(string)", func(c *Context, this Value, args []Value) Value {
		return Int(int32(stringComparison(this, args[0], 0)))
	})
	sub := func(c *Context, u []uint16, start, n int) Value {
		if start < 0 || start > len(u) {
			c.Throw("System.ArgumentOutOfRangeException", "startIndex cannot be larger than length of string. (Parameter 'startIndex')")
		}
		if n < 0 || start+n > len(u) {
			c.Throw("System.ArgumentOutOfRangeException", "Index and length must refer to a location within the string. (Parameter 'length')")
		}
		return Str(FromUTF16(u[start : start+n]))
	}
	reg("Substring(int)", func(c *Context, this Value, args []Value) Value {
		if this.N&strASCII != 0 {
			s := str(this)
			i := int(args[0].AsLong())
			if i < 0 || i > len(s) {
				c.Throw("System.ArgumentOutOfRangeException", "startIndex cannot be larger than length of string. (Parameter 'startIndex')")
			}
			return strKnown(s[i:], true)
		}
		u := s16(this)
		i := int(args[0].AsLong())
		return sub(c, u, i, len(u)-i)
	})
	reg("Substring(int,int)", func(c *Context, this Value, args []Value) Value {
		i, n := int(args[0].AsLong()), int(args[1].AsLong())
		if this.N&strASCII != 0 {
			s := str(this)
			if i >= 0 && n >= 0 && i+n <= len(s) {
				return strKnown(s[i:i+n], true)
			}
		}
		return sub(c, s16(this), i, n)
	})
	indexOf := func(hay, needle []uint16, from int) int {
		for i := from; i+len(needle) <= len(hay); i++ {
			match := true
			for j := range needle {
				if hay[i+j] != needle[j] {
					match = false
					break
				}
			}
			if match {
				return i
			}
		}
		return -1
	}
	lastIndexOf := func(hay, needle []uint16) int {
		for i := len(hay) - len(needle); i >= 0; i-- {
			match := true
			for j := range needle {
				if hay[i+j] != needle[j] {
					match = false
					break
				}
			}
			if match {
				return i
			}
		}
		return -1
	}
	reg("IndexOf(char)", func(c *Context, this Value, args []Value) Value {
		return Int(int32(indexOf(s16(this), []uint16{args[0].AsChar()}, 0)))
	})
	reg("IndexOf(char,int)", func(c *Context, this Value, args []Value) Value {
		checkStart(c, this, args[1])
		return Int(int32(indexOf(s16(this), []uint16{args[0].AsChar()}, int(args[1].AsLong()))))
	})
	reg("IndexOf(string)", func(c *Context, this Value, args []Value) Value {
		if args[0].K == KNull {
			c.ThrowValue(c.New(c.in.TypeByName("System.ArgumentNullException"), Str("value")))
		}
		return Int(int32(indexOf(s16(this), s16(args[0]), 0)))
	})
	reg("IndexOf(string,int)", func(c *Context, this Value, args []Value) Value {
		if args[0].K == KNull {
			c.ThrowValue(c.New(c.in.TypeByName("System.ArgumentNullException"), Str("value")))
		}
		checkStart(c, this, args[1])
		return Int(int32(indexOf(s16(this), s16(args[0]), int(args[1].AsLong()))))
	})
	reg("LastIndexOf(char)", func(c *Context, this Value, args []Value) Value {
		return Int(int32(lastIndexOf(s16(this), []uint16{args[0].AsChar()})))
	})
	reg("LastIndexOf(string)", func(c *Context, this Value, args []Value) Value {
		return Int(int32(lastIndexOf(s16(this), s16(args[0]))))
	})
	reg("IndexOfAny(char[])", func(c *Context, this Value, args []Value) Value {
		u := s16(this)
		for i, ch := range u {
			for _, a := range arrItems(args[0]) {
				if a.AsChar() == ch {
					return Int(int32(i))
				}
			}
		}
		return Int(-1)
	})
	reg("Contains(string)", func(c *Context, this Value, args []Value) Value {
		return Bool(strings.Contains(str(this), str(args[0])))
	})
	reg("Contains(char)", func(c *Context, this Value, args []Value) Value {
		return Bool(strings.Contains(str(this), charToString(args[0].AsChar())))
	})
	reg("StartsWith(string)", func(c *Context, this Value, args []Value) Value {
		return Bool(strings.HasPrefix(str(this), str(args[0])))
	})
	reg("StartsWith(char)", func(c *Context, this Value, args []Value) Value {
		return Bool(strings.HasPrefix(str(this), charToString(args[0].AsChar())))
	})
	reg("EndsWith(string)", func(c *Context, this Value, args []Value) Value {
		return Bool(strings.HasSuffix(str(this), str(args[0])))
	})
	reg("EndsWith(char)", func(c *Context, this Value, args []Value) Value {
		return Bool(strings.HasSuffix(str(this), charToString(args[0].AsChar())))
	})
	reg("Replace(string,string)", func(c *Context, this Value, args []Value) Value {
		if args[0].K == KNull {
			c.ThrowValue(c.New(c.in.TypeByName("System.ArgumentNullException"), Str("oldValue")))
		}
		if str(args[0]) == "" {
			c.Throw("System.ArgumentException", "The value cannot be an empty string. (Parameter 'oldValue')")
		}
		return Str(strings.ReplaceAll(str(this), str(args[0]), str(args[1])))
	})
	reg("Replace(char,char)", func(c *Context, this Value, args []Value) Value {
		u := s16(this)
		for i := range u {
			if u[i] == args[0].AsChar() {
				u[i] = args[1].AsChar()
			}
		}
		return Str(FromUTF16(u))
	})
	units := func(vs []Value) []uint16 {
		u := make([]uint16, len(vs))
		for i, v := range vs {
			u[i] = v.AsChar()
		}
		return u
	}
	reg("Split(paramschar[])", func(c *Context, this Value, args []Value) Value {
		if args[0].K == KNull { // Split(null): white space
			return splitString(c, str(this), nil, nil, -1)
		}
		return splitString(c, str(this), units(arrItems(args[0])), nil, -1)
	})
	reg("Split(char,int)", func(c *Context, this Value, args []Value) Value {
		n := int(args[1].AsLong())
		if n < 0 {
			throwArgOutOfRange(c, "count", "Count cannot be less than zero.")
		}
		return splitString(c, str(this), []uint16{args[0].AsChar()}, nil, n)
	})
	reg("Split(string,StringSplitOptions)", func(c *Context, this Value, args []Value) Value {
		sep := ""
		if args[0].K == KString {
			sep = str(args[0])
		}
		return stringsArray(c, bcl.Split(str(this), nil, []string{sep}, -1, int(args[1].AsLong())))
	})
	trimSet := func(args []Value) func(r rune) bool {
		if len(args) == 0 || len(arrItems(args[0])) == 0 || args[0].K == KNull {
			return unicode.IsSpace
		}
		set := arrItems(args[0])
		return func(r rune) bool {
			for _, s := range set {
				if rune(s.AsChar()) == r {
					return true
				}
			}
			return false
		}
	}
	reg("Trim()", func(c *Context, this Value, args []Value) Value {
		return Str(strings.TrimFunc(str(this), unicode.IsSpace))
	})
	reg("Trim(paramschar[])", func(c *Context, this Value, args []Value) Value {
		return Str(strings.TrimFunc(str(this), trimSet(args)))
	})
	reg("TrimStart()", func(c *Context, this Value, args []Value) Value {
		return Str(strings.TrimLeftFunc(str(this), unicode.IsSpace))
	})
	reg("TrimStart(paramschar[])", func(c *Context, this Value, args []Value) Value {
		return Str(strings.TrimLeftFunc(str(this), trimSet(args)))
	})
	reg("TrimEnd()", func(c *Context, this Value, args []Value) Value {
		return Str(strings.TrimRightFunc(str(this), unicode.IsSpace))
	})
	reg("TrimEnd(paramschar[])", func(c *Context, this Value, args []Value) Value {
		return Str(strings.TrimRightFunc(str(this), trimSet(args)))
	})
	reg("ToUpper()", func(c *Context, this Value, args []Value) Value { return Str(upperInvariant(str(this))) })
	reg("ToLower()", func(c *Context, this Value, args []Value) Value { return Str(lowerInvariant(str(this))) })
	reg("ToUpperInvariant()", func(c *Context, this Value, args []Value) Value { return Str(upperInvariant(str(this))) })
	reg("ToLowerInvariant()", func(c *Context, this Value, args []Value) Value { return Str(lowerInvariant(str(this))) })
	pad := func(c *Context, this Value, args []Value, left bool) Value {
		w := int(args[0].AsLong())
		if w < 0 {
			c.Throw("System.ArgumentOutOfRangeException", "Non-negative number required. (Parameter 'totalWidth')")
		}
		p := " "
		if len(args) > 1 {
			p = charToString(args[1].AsChar())
		}
		s := str(this)
		n := strLen(this)
		if n >= w {
			return this
		}
		if left {
			return Str(strings.Repeat(p, w-n) + s)
		}
		return Str(s + strings.Repeat(p, w-n))
	}
	reg("PadLeft(int)", func(c *Context, this Value, args []Value) Value { return pad(c, this, args, true) })
	reg("PadLeft(int,char)", func(c *Context, this Value, args []Value) Value { return pad(c, this, args, true) })
	reg("PadRight(int)", func(c *Context, this Value, args []Value) Value { return pad(c, this, args, false) })
	reg("PadRight(int,char)", func(c *Context, this Value, args []Value) Value { return pad(c, this, args, false) })
	reg("ToCharArray()", func(c *Context, this Value, args []Value) Value {
		u := s16(this)
		items := make([]Value, len(u))
		for i, ch := range u {
			items[i] = Char(ch)
		}
		return c.in.NewArray(c.in.prim[KChar], items)
	})
	reg("Insert(int,string)", func(c *Context, this Value, args []Value) Value {
		if args[1].K == KNull {
			c.ThrowValue(c.New(c.in.TypeByName("System.ArgumentNullException"), Str("value")))
		}
		u := s16(this)
		i := int(args[0].AsLong())
		if i < 0 || i > len(u) {
			c.Throw("System.ArgumentOutOfRangeException", "")
		}
		return Str(FromUTF16(u[:i]) + str(args[1]) + FromUTF16(u[i:]))
	})
	reg("Remove(int)", func(c *Context, this Value, args []Value) Value {
		u := s16(this)
		i := int(args[0].AsLong())
		if i < 0 || i > len(u) {
			c.Throw("System.ArgumentOutOfRangeException", "")
		}
		return Str(FromUTF16(u[:i]))
	})
	reg("Remove(int,int)", func(c *Context, this Value, args []Value) Value {
		u := s16(this)
		i, n := int(args[0].AsLong()), int(args[1].AsLong())
		if i < 0 || n < 0 || i+n > len(u) {
			c.Throw("System.ArgumentOutOfRangeException", "")
		}
		return Str(FromUTF16(u[:i]) + FromUTF16(u[i+n:]))
	})
	reg("GetEnumerator()", func(c *Context, this Value, args []Value) Value {
		u := s16(this)
		items := make([]Value, len(u))
		for i, ch := range u {
			items[i] = Char(ch)
		}
		src := &iterSource{in: c.in}
		_ = src
		return c.in.sliceEnumerator(items)
	})
}

// sliceEnumerator returns an IEnumerator over items.
func (in *Interp) sliceEnumerator(items []Value) Value {
	t := in.TypeByName("System.Collections.Generic.__IteratorEnumerator")
	st := &iterState{done: false, started: true}
	st.src = &iterSource{in: in}
	idx := -1
	st.next = func() bool {
		idx++
		if idx < len(items) {
			st.current = items[idx]
			return true
		}
		return false
	}
	return ObjVal(&Object{Type: t, Native: st})
}

// compareUTF16 compares strings ordinally by UTF-16 code units.
func compareUTF16(a, b string) int {
	if isASCII(a) && isASCII(b) {
		return strings.Compare(a, b)
	}
	ua, ub := ToUTF16(a), ToUTF16(b)
	for i := 0; i < len(ua) && i < len(ub); i++ {
		if ua[i] != ub[i] {
			if ua[i] < ub[i] {
				return -1
			}
			return 1
		}
	}
	return compareInts(int64(len(ua)), int64(len(ub)))
}

// ---------------------------------------------------------------------------
// Primitive types

func registerPrimitives(r *Registry) {
	charFn := func(name string, f func(rune) bool) {
		r.Register("System.Char."+name+"(char)", func(c *Context, this Value, args []Value) Value { return Bool(f(rune(args[0].AsChar()))) })
	}
	charFn("IsDigit", func(r rune) bool { return r >= '0' && r <= '9' || unicode.IsDigit(r) })
	charFn("IsLetter", unicode.IsLetter)
	charFn("IsLetterOrDigit", func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
	charFn("IsWhiteSpace", unicode.IsSpace)
	charFn("IsUpper", unicode.IsUpper)
	charFn("IsLower", unicode.IsLower)
	charFn("IsPunctuation", unicode.IsPunct)
	charFn("IsControl", unicode.IsControl)
	charFn("IsSurrogate", func(r rune) bool { return r >= 0xD800 && r <= 0xDFFF })
	charFn("IsHighSurrogate", func(r rune) bool { return r >= 0xD800 && r <= 0xDBFF })
	charFn("IsLowSurrogate", func(r rune) bool { return r >= 0xDC00 && r <= 0xDFFF })
	r.Register("System.Char.ToUpper(char)", func(c *Context, this Value, args []Value) Value {
		return Char(charUpper(args[0].AsChar()))
	})
	r.Register("System.Char.ToLower(char)", func(c *Context, this Value, args []Value) Value {
		return Char(charLower(args[0].AsChar()))
	})
	r.Register("System.Char.ToUpperInvariant(char)", func(c *Context, this Value, args []Value) Value {
		return Char(charUpper(args[0].AsChar()))
	})
	r.Register("System.Char.ToLowerInvariant(char)", func(c *Context, this Value, args []Value) Value {
		return Char(charLower(args[0].AsChar()))
	})
	r.Register("System.Char.GetNumericValue(char)", func(c *Context, this Value, args []Value) Value {
		return Double(charNumericValue(args[0].AsChar()))
	})
	r.Register("System.Char.ToString(char)", func(c *Context, this Value, args []Value) Value { return Str(charToString(args[0].AsChar())) })
	r.Register("System.Char.Parse(string)", func(c *Context, this Value, args []Value) Value {
		u := ToUTF16(args[0].AsString())
		if len(u) != 1 {
			c.Throw("System.FormatException", "String must be exactly one character long.")
		}
		return Char(u[0])
	})
	r.Register("System.Char.CompareTo(char)", func(c *Context, this Value, args []Value) Value {
		return Int(int32(this.N) - int32(args[0].N))
	})
	r.Register("System.Boolean.Parse(string)", func(c *Context, this Value, args []Value) Value {
		switch strings.ToLower(strings.TrimSpace(args[0].AsString())) {
		case "true":
			return Bool(true)
		case "false":
			return Bool(false)
		}
		c.Throw("System.FormatException", "String '"+args[0].AsString()+"' was not recognized as a valid Boolean.")
		return Null
	})
	r.Register("System.Boolean.TryParse(string,outbool)", func(c *Context, this Value, args []Value) Value {
		switch strings.ToLower(strings.TrimSpace(args[0].AsString())) {
		case "true":
			c.SetRef(args[1], Bool(true))
			return Bool(true)
		case "false":
			c.SetRef(args[1], Bool(false))
			return Bool(true)
		}
		c.SetRef(args[1], Bool(false))
		return Bool(false)
	})
	r.Register("System.Boolean.CompareTo(bool)", func(c *Context, this Value, args []Value) Value {
		return Int(int32(this.N) - int32(args[0].N))
	})
	type intT struct {
		name, kw string
		k        Kind
	}
	for _, it := range []intT{{"SByte", "sbyte", KSByte}, {"Byte", "byte", KByte}, {"Int16", "short", KShort}, {"UInt16", "ushort", KUShort},
		{"Int32", "int", KInt}, {"UInt32", "uint", KUInt}, {"Int64", "long", KLong}, {"UInt64", "ulong", KULong}} {
		it := it
		base := "System." + it.name + "."
		r.Register(base+"ToString(string)", func(c *Context, this Value, args []Value) Value {
			return Str(c.Format(this, args[0].AsString()))
		})
		if it.k != KSByte {
			r.Register(base+"CompareTo("+it.kw+")", func(c *Context, this Value, args []Value) Value {
				if it.k == KULong || it.k == KUInt {
					return Int(int32(compareUints(this.N, args[0].N)))
				}
				return Int(int32(compareInts(int64(this.N), int64(args[0].N))))
			})
		}
	}
	r.Register("System.Int32.Equals(int)", func(c *Context, this Value, args []Value) Value { return Bool(this.N == args[0].N) })
	for _, ft := range []struct {
		name, kw string
		bits     int
	}{{"Single", "float", 32}, {"Double", "double", 64}} {
		ft := ft
		base := "System." + ft.name + "."
		r.Register(base+"IsNaN("+ft.kw+")", func(c *Context, this Value, args []Value) Value { return Bool(math.IsNaN(args[0].AsDouble())) })
		r.Register(base+"ToString(string)", func(c *Context, this Value, args []Value) Value { return Str(c.Format(this, args[0].AsString())) })
		r.Register(base+"CompareTo("+ft.kw+")", func(c *Context, this Value, args []Value) Value {
			a, b := this.AsDouble(), args[0].AsDouble()
			switch {
			case a < b:
				return Int(-1)
			case a > b:
				return Int(1)
			case a == b:
				return Int(0)
			case math.IsNaN(a) && math.IsNaN(b):
				return Int(0)
			case math.IsNaN(a):
				return Int(-1)
			}
			return Int(1)
		})
	}
	r.Register("System.Double.IsInfinity(double)", func(c *Context, this Value, args []Value) Value { return Bool(math.IsInf(args[0].AsDouble(), 0)) })
	r.Register("System.Double.IsPositiveInfinity(double)", func(c *Context, this Value, args []Value) Value { return Bool(math.IsInf(args[0].AsDouble(), 1)) })
	r.Register("System.Double.IsNegativeInfinity(double)", func(c *Context, this Value, args []Value) Value { return Bool(math.IsInf(args[0].AsDouble(), -1)) })
}

var _ = sort.Strings
