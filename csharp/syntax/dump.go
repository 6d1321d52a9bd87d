package syntax

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// Dump returns an indented text form of the tree rooted at n, one node per
// line with its type, position (line:col) and non-empty fields. It is the
// format of the parser's golden files and a debugging aid.
func Dump(n Node) string {
	var d dumper
	d.node(reflect.ValueOf(n), 0, "")
	return d.b.String()
}

// DumpNoPos is Dump without positions (for comparing trees of different
// layouts of the same source, as the round-trip test does).
func DumpNoPos(n Node) string {
	d := dumper{noPos: true}
	d.node(reflect.ValueOf(n), 0, "")
	return d.b.String()
}

type dumper struct {
	b     strings.Builder
	noPos bool
}

var (
	posType     = reflect.TypeOf(Pos{})
	commentType = reflect.TypeOf(&Comment{})
	tokenType   = reflect.TypeOf(Token(0))
	modsType    = reflect.TypeOf(Modifiers{})
	stringerT   = reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
)

func (d *dumper) indent(depth int) {
	for i := 0; i < depth; i++ {
		d.b.WriteString("  ")
	}
}

// node prints a pointer-to-struct node (or nil).
func (d *dumper) node(v reflect.Value, depth int, label string) {
	d.indent(depth)
	if label != "" {
		d.b.WriteString(label)
		d.b.WriteString(": ")
	}
	for v.Kind() == reflect.Interface {
		v = v.Elem()
	}
	if !v.IsValid() || v.Kind() == reflect.Ptr && v.IsNil() {
		d.b.WriteString("nil\n")
		return
	}
	if v.Kind() == reflect.Ptr {
		v = v.Elem()
	}
	t := v.Type()
	d.b.WriteString(t.Name())
	if n, ok := v.Addr().Interface().(Node); ok && !d.noPos {
		if _, isFile := n.(*File); !isFile {
			p := n.Pos()
			fmt.Fprintf(&d.b, " @%d:%d", p.Line, p.Col)
		}
	}
	// scalar fields inline, node fields on their own lines
	var children []int
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fv := v.Field(i)
		if !f.IsExported() || f.Type == posType || f.Type == commentType || f.Name == "Src" || f.Name == "Comments" || f.Name == "Raw" || f.Name == "Warnings" {
			continue
		}
		if fv.IsZero() && f.Name != "Kind" {
			continue
		}
		switch {
		case f.Type == modsType:
			fmt.Fprintf(&d.b, " %s=[%s]", f.Name, fv.Interface().(Modifiers).Flags)
		case f.Type == tokenType:
			fmt.Fprintf(&d.b, " %s=%s", f.Name, fv.Interface().(Token))
		case f.Type.Kind() == reflect.String:
			fmt.Fprintf(&d.b, " %s=%s", f.Name, strconv.Quote(fv.String()))
		case f.Type.Kind() == reflect.Bool:
			fmt.Fprintf(&d.b, " %s", f.Name)
		case f.Type.Implements(stringerT) && f.Type.Kind() != reflect.Ptr:
			fmt.Fprintf(&d.b, " %s=%s", f.Name, fv.Interface().(fmt.Stringer).String())
		case f.Type.Kind() >= reflect.Int && f.Type.Kind() <= reflect.Uint64:
			fmt.Fprintf(&d.b, " %s=%v", f.Name, fv.Interface())
		case f.Type.Kind() == reflect.Slice && f.Type.Elem().Kind() == reflect.String:
			fmt.Fprintf(&d.b, " %s=%q", f.Name, fv.Interface())
		default:
			children = append(children, i)
		}
	}
	d.b.WriteByte('\n')
	for _, i := range children {
		f := t.Field(i)
		fv := v.Field(i)
		if f.Type.Kind() == reflect.Slice {
			d.indent(depth + 1)
			fmt.Fprintf(&d.b, "%s: [%d]\n", f.Name, fv.Len())
			for j := 0; j < fv.Len(); j++ {
				d.node(fv.Index(j), depth+2, "")
			}
			continue
		}
		d.node(fv, depth+1, f.Name)
	}
}
