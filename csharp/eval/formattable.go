package eval

import (
	"strconv"
	"strings"

	"rpbench/csharp/syntax"
)

// formattable compiles an interpolated string converted to FormattableString
// or IFormattable (t): the composite format ("{0,5:F2}", literal braces
// doubled) and the boxed hole values go to
// System.Runtime.CompilerServices.FormattableStringFactory.Create, as the C#
// compiler does.
func (c *compiler) formattable(x *syntax.InterpolatedString) exprFn {
	in := c.in
	var create *Method // found on first use
	type hole struct {
		v, align exprFn
		format   string
	}
	var texts []string // texts[i] precedes holes[i]; one more text than holes
	var holes []hole
	var cur strings.Builder
	for _, p := range x.Parts {
		if p.X == nil {
			cur.WriteString(strings.NewReplacer("{", "{{", "}", "}}").Replace(p.Text))
			continue
		}
		texts = append(texts, cur.String())
		cur.Reset()
		h := hole{v: c.expr(p.X), format: p.Format}
		if p.Align != nil {
			h.align = c.expr(p.Align)
		}
		holes = append(holes, h)
	}
	texts = append(texts, cur.String())
	return func(fr *Frame) Value {
		var b strings.Builder
		vals := make([]Value, len(holes))
		for i, h := range holes {
			b.WriteString(texts[i])
			b.WriteByte('{')
			b.WriteString(strconv.Itoa(i))
			if h.align != nil {
				b.WriteByte(',')
				b.WriteString(strconv.FormatInt(h.align(fr).AsLong(), 10))
			}
			if h.format != "" {
				b.WriteByte(':')
				b.WriteString(h.format)
			}
			b.WriteByte('}')
			vals[i] = h.v(fr)
		}
		b.WriteString(texts[len(holes)])
		args := in.NewArray(in.tObject, vals)
		if create == nil {
			if ft := in.TypeByName("System.Runtime.CompilerServices.FormattableStringFactory"); ft != nil {
				for _, m := range in.findMethods(ft, "Create") {
					if len(m.Params) == 2 {
						create = m
					}
				}
			}
			if create == nil {
				fr.c.Throw("System.MissingMethodException", "FormattableStringFactory.Create(string, object[]) is not declared")
				return Null
			}
		}
		return in.invoke(fr.c, create, create.Decl, nil, Null, []Value{Str(b.String()), args})
	}
}
