package eval

import (
	"fmt"
	"strings"

	"rpbench/csharp/syntax"
)

// ensureBuilt builds t's members if needed (types are built at load time;
// this only matters for constructed generic types and arrays).
func (t *Type) ensureBuilt() {
	if t.Def != nil {
		t.Def.ensureBuilt()
		return
	}
	if !t.built && t.interp != nil {
		t.interp.build(t)
	}
}

// build resolves t's bases and creates its fields, methods, properties and events.
func (in *Interp) build(t *Type) (err error) {
	if t.built {
		return nil
	}
	t.built = true
	t.Methods = map[string][]*Method{}
	t.Props = map[string]*Property{}
	t.Events = map[string]*Event{}
	t.fieldIndex = map[string]*Field{}
	t.statics = map[string]*Field{}
	t.ensureTParams()
	env := &tenv{scope: t.file, outer: t}
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(buildError); ok {
				err = e
				return
			}
			panic(r)
		}
	}()
	switch t.Kind {
	case TypeEnum:
		return in.buildEnum(t)
	case TypeDelegate:
		d := t.delDecl
		t.Base = in.tDelegate
		m := &Method{Name: "Invoke", Decl: t, Slot: -1, pos: d.Pos()}
		m.Params = in.params(d.Params, env, m)
		m.Ret = in.typeRef(d.Result, env, m)
		t.delegateSig = m
		return nil
	}
	// Bases.
	if t.decl != nil {
		for _, p := range t.parts {
			penv := &tenv{scope: p.fs, outer: t}
			for _, b := range p.decl.Bases {
				bt := in.resolveType(b.Type, penv)
				if bt == nil {
					return buildError{fmt.Sprintf("%s: unknown base type %s", b.Pos(), exprDotted(b.Type))}
				}
				bt.ensureBuilt()
				if bt.generic().Kind == TypeInterface {
					t.Ifaces = append(t.Ifaces, bt)
				} else if t.Base == nil {
					t.Base = bt
					t.baseExpr = b.Type
				}
			}
		}
	}
	if t.Base == nil && t != in.tObject && t.Kind != TypeInterface {
		if t.Kind == TypeStruct {
			t.Base = in.tValueType
		} else {
			t.Base = in.tObject
		}
	}
	if t.Base != nil {
		t.Base.ensureBuilt()
		bd := t.Base.generic()
		t.Fields = append(t.Fields, bd.Fields...)
		for k, v := range bd.fieldIndex {
			t.fieldIndex[k] = v
		}
	}
	for _, p := range t.parts {
		penv := &tenv{scope: p.fs, outer: t}
		for _, md := range p.decl.Members {
			in.buildMember(t, md, penv)
		}
		if p.decl.Params != nil && t.Record {
			in.buildRecordPrimary(t, p.decl, penv)
		} else if p.decl.Params != nil && (t.Kind == TypeClass || t.Kind == TypeStruct) {
			in.buildPrimaryCtor(t, p.decl, penv)
		}
	}
	return nil
}

type buildError struct{ msg string }

func (e buildError) Error() string { return e.msg }

func (in *Interp) addMethod(t *Type, m *Method) {
	t.Methods[m.Name] = append(t.Methods[m.Name], m)
}

func mods(t *Type, m syntax.Modifiers, mt *Method) {
	mt.Static = m.Has(syntax.ModStatic) || m.Has(syntax.ModConst)
	mt.Virtual = m.Has(syntax.ModVirtual)
	mt.Abstract = m.Has(syntax.ModAbstract)
	mt.Override = m.Has(syntax.ModOverride)
	mt.New = m.Has(syntax.ModNew)
	mt.Async = m.Has(syntax.ModAsync)
	mt.Extern = m.Has(syntax.ModExtern)
	mt.Public = m.Has(syntax.ModPublic) || t.Kind == TypeInterface
	if t.Kind == TypeInterface && !mt.Static {
		mt.Virtual = true
	}
}

func (in *Interp) newField(t *Type, name string, typ *TypeRef, static bool) *Field {
	f := &Field{Name: name, Type: typ, Static: static, Decl: t}
	if static {
		f.Index = len(t.StaticVals)
		t.StaticVals = append(t.StaticVals, Null)
		t.statics[name] = f
	} else {
		f.Index = len(t.Fields)
		t.Fields = append(t.Fields, f)
		t.fieldIndex[name] = f
	}
	return f
}

func (in *Interp) buildMember(t *Type, d syntax.Decl, env *tenv) {
	switch d := d.(type) {
	case *syntax.FieldDecl:
		static := d.Mods.Has(syntax.ModStatic) || d.Mods.Has(syntax.ModConst)
		tr := in.typeRef(d.Type, env, nil)
		for _, v := range d.Vars {
			f := in.newField(t, v.Name.Name, tr, static)
			f.Const = d.Mods.Has(syntax.ModConst)
			f.ReadOnly = d.Mods.Has(syntax.ModReadonly)
			init := fieldInit{f: f, expr: v.Init}
			if static {
				t.staticInit = append(t.staticInit, init)
			} else {
				t.instInit = append(t.instInit, init)
			}
		}
	case *syntax.PropertyDecl:
		in.buildProperty(t, d, env)
	case *syntax.IndexerDecl:
		p := &Property{Name: "Item", Decl: t, Static: false}
		p.Type = in.typeRef(d.Type, env, nil)
		var explicit *Type
		if d.Interface != nil {
			explicit = in.resolveType(d.Interface, env)
		}
		mk := func(kind string, acc *syntax.Accessor, body syntax.Node) *Method {
			m := &Method{Name: kind + "_Item", Decl: t, Slot: -1, pos: d.Pos(), prop: p, ExplicitOf: explicit}
			mods(t, d.Mods, m)
			if acc != nil && acc.Mods.Flags != 0 {
				m.Public = m.Public && !acc.Mods.Has(syntax.ModPrivate|syntax.ModProtected)
			}
			m.Params = in.params(d.Params, env, m)
			if kind == "get" {
				m.Ret = p.Type
			} else {
				m.Params = append(m.Params, &Param{Name: "value", Type: p.Type})
			}
			m.node = body
			m.Key = in.methodKey(t, m)
			in.addMethod(t, m)
			return m
		}
		if d.ExprBody != nil {
			p.Get = mk("get", nil, d.ExprBody)
		}
		for _, a := range d.Accessors {
			var body syntax.Node
			if a.Body != nil {
				body = a.Body
			} else if a.ExprBody != nil {
				body = a.ExprBody
			}
			switch a.Kind {
			case syntax.GetAccessor:
				p.Get = mk("get", a, body)
			case syntax.SetAccessor, syntax.InitAccessor:
				p.Set = mk("set", a, body)
			}
		}
		t.Indexers = append(t.Indexers, p)
	case *syntax.EventDecl:
		static := d.Mods.Has(syntax.ModStatic)
		tr := in.typeRef(d.Type, env, nil)
		if d.Accessors == nil {
			for _, v := range d.Vars {
				ev := &Event{Name: v.Name.Name, Static: static, Decl: t}
				if d.Mods.Has(syntax.ModExtern) {
					ev.Add = in.accessorMethod(t, "add_"+v.Name.Name, d.Mods, tr, nil, env, d.Pos())
					ev.Remove = in.accessorMethod(t, "remove_"+v.Name.Name, d.Mods, tr, nil, env, d.Pos())
				} else {
					ev.Field = in.newField(t, v.Name.Name, tr, static)
					if v.Init != nil {
						fi := fieldInit{f: ev.Field, expr: v.Init}
						if static {
							t.staticInit = append(t.staticInit, fi)
						} else {
							t.instInit = append(t.instInit, fi)
						}
					}
				}
				t.Events[ev.Name] = ev
			}
			return
		}
		ev := &Event{Name: d.Name.Name, Static: static, Decl: t}
		for _, a := range d.Accessors {
			var body syntax.Node = a.Body
			if a.Body == nil && a.ExprBody != nil {
				body = a.ExprBody
			}
			switch a.Kind {
			case syntax.AddAccessor:
				ev.Add = in.accessorMethod(t, "add_"+ev.Name, d.Mods, tr, body, env, a.Pos())
			case syntax.RemoveAccessor:
				ev.Remove = in.accessorMethod(t, "remove_"+ev.Name, d.Mods, tr, body, env, a.Pos())
			}
		}
		t.Events[ev.Name] = ev
	case *syntax.MethodDecl:
		m := &Method{Name: d.Name.Name, Decl: t, Slot: -1, pos: d.Pos()}
		mods(t, d.Mods, m)
		for _, tp := range d.TypeParams {
			m.TypeParams = append(m.TypeParams, tp.Name.Name)
		}
		if d.Interface != nil {
			m.ExplicitOf = in.resolveType(d.Interface, env)
			m.Public = true
		}
		m.Params = in.params(d.Params, env, m)
		m.Ret = in.typeRef(d.Result, env, m)
		if _, ok := d.Result.(*syntax.RefType); ok {
			if in.refNames == nil {
				in.refNames = map[string]bool{}
			}
			in.refNames[m.Name] = true
		}
		if d.Body != nil {
			m.node = d.Body
		} else if d.ExprBody != nil {
			m.node = d.ExprBody
		} else if t.Kind == TypeInterface && !m.Extern {
			m.Abstract = true
		}
		if len(m.Params) > 0 && m.Params[0].This {
			m.Extension = true
			in.ext[m.Name] = append(in.ext[m.Name], m)
		}
		m.Key = in.methodKey(t, m)
		in.addMethod(t, m)
	case *syntax.ConstructorDecl:
		m := &Method{Name: ".ctor", Decl: t, Slot: -1, pos: d.Pos()}
		mods(t, d.Mods, m)
		if m.Static {
			m.Name = ".cctor"
		}
		m.Params = in.params(d.Params, env, m)
		if d.Body != nil {
			m.node = d.Body
		} else if d.ExprBody != nil {
			m.node = d.ExprBody
		}
		m.ctorInit = d.Init
		m.Key = in.methodKey(t, m)
		if m.Static {
			t.cctor = m
		} else {
			in.addMethod(t, m)
		}
	case *syntax.OperatorDecl:
		m := &Method{Name: operatorName(d.Op, len(d.Params.List)), Decl: t, Slot: -1, pos: d.Pos(), Static: true}
		mods(t, d.Mods, m)
		m.Params = in.params(d.Params, env, m)
		m.Ret = in.typeRef(d.Result, env, m)
		if d.Body != nil {
			m.node = d.Body
		} else if d.ExprBody != nil {
			m.node = d.ExprBody
		}
		m.Key = in.methodKey(t, m)
		in.addMethod(t, m)
	case *syntax.ConversionOperatorDecl:
		name := "op_Explicit"
		if d.Implicit {
			name = "op_Implicit"
		}
		m := &Method{Name: name, Decl: t, Slot: -1, pos: d.Pos(), Static: true}
		mods(t, d.Mods, m)
		m.Params = in.params(d.Params, env, m)
		m.Ret = in.typeRef(d.Type, env, m)
		if d.Body != nil {
			m.node = d.Body
		} else if d.ExprBody != nil {
			m.node = d.ExprBody
		}
		m.Key = in.methodKey(t, m)
		in.addMethod(t, m)
	}
}

func (in *Interp) accessorMethod(t *Type, name string, md syntax.Modifiers, valType *TypeRef, body syntax.Node, env *tenv, pos syntax.Pos) *Method {
	m := &Method{Name: name, Decl: t, Slot: -1, pos: pos, node: body}
	mods(t, md, m)
	m.Params = []*Param{{Name: "value", Type: valType}}
	m.Key = in.methodKey(t, m)
	in.addMethod(t, m)
	return m
}

func (in *Interp) buildProperty(t *Type, d *syntax.PropertyDecl, env *tenv) {
	p := &Property{Name: d.Name.Name, Decl: t, Static: d.Mods.Has(syntax.ModStatic)}
	p.Type = in.typeRef(d.Type, env, nil)
	var explicit *Type
	name := p.Name
	if d.Interface != nil {
		explicit = in.resolveType(d.Interface, env)
	}
	auto := d.ExprBody == nil && !d.Mods.Has(syntax.ModAbstract|syntax.ModExtern) && t.Kind != TypeInterface
	for _, a := range d.Accessors {
		if a.Body != nil || a.ExprBody != nil {
			auto = false
		}
	}
	if auto {
		p.Auto = in.newField(t, "<"+name+">k__BackingField", p.Type, p.Static)
		if p.Static && d.Init == nil {
			t.staticInit = append(t.staticInit, fieldInit{f: p.Auto}) // zeroed by static initialization
		}
		if d.Init != nil {
			fi := fieldInit{f: p.Auto, expr: d.Init}
			if p.Static {
				t.staticInit = append(t.staticInit, fi)
			} else {
				t.instInit = append(t.instInit, fi)
			}
		}
	}
	mk := func(kind string, acc *syntax.Accessor, body syntax.Node) *Method {
		m := &Method{Name: kind + "_" + name, Decl: t, Slot: -1, pos: d.Pos(), prop: p, ExplicitOf: explicit}
		mods(t, d.Mods, m)
		if explicit != nil {
			m.Public = true
		}
		if acc != nil && acc.Mods.Has(syntax.ModPrivate|syntax.ModProtected) {
			m.Public = false
		}
		if kind == "get" {
			m.Ret = p.Type
		} else {
			m.Params = []*Param{{Name: "value", Type: p.Type}}
		}
		m.node = body
		if body == nil && t.Kind == TypeInterface && !m.Extern {
			m.Abstract = true
		}
		m.Key = in.methodKey(t, m)
		in.addMethod(t, m)
		return m
	}
	if d.ExprBody != nil {
		p.Get = mk("get", nil, d.ExprBody)
	}
	for _, a := range d.Accessors {
		var body syntax.Node
		if a.Body != nil {
			body = a.Body
		} else if a.ExprBody != nil {
			body = a.ExprBody
		}
		switch a.Kind {
		case syntax.GetAccessor:
			p.Get = mk("get", a, body)
		case syntax.SetAccessor, syntax.InitAccessor:
			p.Set = mk("set", a, body)
		}
	}
	if explicit != nil {
		name = explicit.Name + "." + name
	}
	if _, dup := t.Props[name]; !dup || explicit == nil {
		t.Props[name] = p
	}
	if explicit != nil {
		t.Props[explicit.Name+"."+p.Name] = p
	}
}

// buildRecordPrimary adds the properties and constructor of a record's primary parameters.
func (in *Interp) buildRecordPrimary(t *Type, d *syntax.TypeDecl, env *tenv) {
	ctor := &Method{Name: ".ctor", Decl: t, Slot: -1, pos: d.Pos(), Public: true}
	ctor.Params = in.params(d.Params, env, ctor)
	for _, p := range ctor.Params {
		if _, exists := t.Props[p.Name]; exists {
			continue
		}
		inherited := false
		for b := t.Base; b != nil && !inherited; b = b.Base {
			bd := b.generic()
			bd.ensureBuilt()
			_, inherited = bd.Props[p.Name]
		}
		if inherited {
			continue // record B(int X) : A(X) reuses A's X
		}
		prop := &Property{Name: p.Name, Decl: t, Type: p.Type}
		prop.Auto = in.newField(t, "<"+p.Name+">k__BackingField", p.Type, false)
		prop.Get = &Method{Name: "get_" + p.Name, Decl: t, Slot: -1, Ret: p.Type, Public: true, prop: prop}
		prop.Set = &Method{Name: "set_" + p.Name, Decl: t, Slot: -1, Public: true, prop: prop, Params: []*Param{{Name: "value", Type: p.Type}}}
		in.addMethod(t, prop.Get)
		in.addMethod(t, prop.Set)
		t.Props[p.Name] = prop
	}
	ctor.recordPrimary = true
	in.addMethod(t, ctor)
}

// buildPrimaryCtor adds the constructor of a class or struct with a primary
// constructor (C# 12: class Agent(string name) : Party(name)). Each
// parameter is kept in a hidden instance field that the member bodies and
// field initializers find under the parameter's name (unless a member of
// that name exists); the constructor stores the arguments there before the
// field initializers run.
func (in *Interp) buildPrimaryCtor(t *Type, d *syntax.TypeDecl, env *tenv) {
	ctor := &Method{Name: ".ctor", Decl: t, Slot: -1, pos: d.Pos(), Public: true}
	ctor.Params = in.params(d.Params, env, ctor)
	for _, p := range ctor.Params {
		if in.declaresMember(t, p.Name) {
			continue
		}
		f := in.newField(t, primaryField(p.Name), p.Type, false)
		t.fieldIndex[p.Name] = f
	}
	ctor.recordPrimary = true
	in.addMethod(t, ctor)
}

// primaryField is the name of the hidden field of primary constructor parameter p.
func primaryField(p string) string { return "<" + p + ">P" }

// declaresMember reports whether t itself declares a field, property, method or event called name.
func (in *Interp) declaresMember(t *Type, name string) bool {
	if f := t.fieldIndex[name]; f != nil && f.Decl == t {
		return true
	}
	_, p := t.Props[name]
	_, m := t.Methods[name]
	_, e := t.Events[name]
	return p || m || e
}

func (in *Interp) buildEnum(t *Type) error {
	d := t.enumDecl
	t.Base = in.tEnum
	if d.Base != nil {
		if bt := in.resolveType(d.Base, &tenv{scope: t.file}); bt != nil && bt.Prim.IsIntegral() {
			t.Prim = bt.Prim
		}
	}
	t.statics = map[string]*Field{}
	var next int64
	for _, m := range d.Members {
		v := next
		if m.Value != nil {
			cv, err := in.constEval(m.Value, t)
			if err != nil {
				return err
			}
			v = cv.AsLong()
		}
		t.EnumNames = append(t.EnumNames, m.Name.Name)
		t.EnumValues = append(t.EnumValues, v)
		f := in.newField(t, m.Name.Name, &TypeRef{T: t, resolved: true}, true)
		f.Const = true
		ev := EnumVal(t, v)
		f.constVal = &ev
		t.StaticVals[f.Index] = ev
		next = v + 1
	}
	t.cctorState = 2
	return nil
}

// params builds the parameters of a method.
func (in *Interp) params(pl *syntax.ParamList, env *tenv, m *Method) []*Param {
	if pl == nil {
		return nil
	}
	out := make([]*Param, 0, len(pl.List))
	for _, p := range pl.List {
		q := &Param{Name: p.Name.Name, Default: p.Default, This: p.This}
		if p.Type != nil {
			q.Type = in.typeRef(p.Type, env, m)
		}
		switch {
		case p.Params:
			q.Mode = ByParams
		case p.Mode == syntax.ByRef || p.Mode == syntax.ByRefReadonly:
			q.Mode = ByRef
		case p.Mode == syntax.ByOut:
			q.Mode = ByOut
		case p.Mode == syntax.ByIn:
			q.Mode = ByIn
		}
		out = append(out, q)
	}
	return out
}

// methodKey computes the native binding key of m (see Registry).
func (in *Interp) methodKey(t *Type, m *Method) string {
	var b strings.Builder
	b.WriteString(t.metaName())
	b.WriteByte('.')
	b.WriteString(m.Name)
	if len(m.TypeParams) > 0 {
		b.WriteString("``")
		b.WriteString(itoa(len(m.TypeParams)))
	}
	b.WriteByte('(')
	for i, p := range m.Params {
		if i > 0 {
			b.WriteByte(',')
		}
		switch p.Mode {
		case ByRef:
			b.WriteString("ref")
		case ByOut:
			b.WriteString("out")
		case ByIn:
			b.WriteString("in")
		case ByParams:
			b.WriteString("params")
		}
		if p.This {
			b.WriteString("this")
		}
		if p.Type != nil {
			b.WriteString(typeKeyText(p.Type.Node))
		}
	}
	b.WriteByte(')')
	return b.String()
}

// typeKeyText spells a type for binding keys: keywords for built-ins, no
// namespaces, no spaces.
func typeKeyText(e syntax.Expr) string {
	switch x := e.(type) {
	case nil:
		return ""
	case *syntax.PredefinedType:
		return x.Kw.String()
	case *syntax.Ident:
		return x.Name + typeArgsKey(x.TypeArgs)
	case *syntax.MemberAccess:
		return x.Name.Name + typeArgsKey(x.Name.TypeArgs)
	case *syntax.AliasQualified:
		return x.Name.Name + typeArgsKey(x.Name.TypeArgs)
	case *syntax.ArrayType:
		return typeKeyText(x.Elem) + "[" + strings.Repeat(",", x.Rank-1) + "]"
	case *syntax.NullableType:
		return typeKeyText(x.Elem) + "?"
	case *syntax.TupleType:
		parts := make([]string, len(x.Elems))
		for i, el := range x.Elems {
			parts[i] = typeKeyText(el.Type)
		}
		return "(" + strings.Join(parts, ",") + ")"
	case *syntax.RefType:
		return typeKeyText(x.Elem)
	}
	return "?"
}

func typeArgsKey(args []syntax.Expr) string {
	if len(args) == 0 {
		return ""
	}
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = typeKeyText(a)
	}
	return "<" + strings.Join(parts, ",") + ">"
}

func operatorName(op syntax.Token, arity int) string {
	switch op {
	case syntax.PLUS:
		if arity == 1 {
			return "op_UnaryPlus"
		}
		return "op_Addition"
	case syntax.MINUS:
		if arity == 1 {
			return "op_UnaryNegation"
		}
		return "op_Subtraction"
	case syntax.STAR:
		return "op_Multiply"
	case syntax.SLASH:
		return "op_Division"
	case syntax.PERCENT:
		return "op_Modulus"
	case syntax.AMP:
		return "op_BitwiseAnd"
	case syntax.PIPE:
		return "op_BitwiseOr"
	case syntax.CARET:
		return "op_ExclusiveOr"
	case syntax.NOT:
		return "op_LogicalNot"
	case syntax.TILDE:
		return "op_OnesComplement"
	case syntax.INC:
		return "op_Increment"
	case syntax.DEC:
		return "op_Decrement"
	case syntax.TRUE:
		return "op_True"
	case syntax.FALSE:
		return "op_False"
	case syntax.EQ:
		return "op_Equality"
	case syntax.NE:
		return "op_Inequality"
	case syntax.LT:
		return "op_LessThan"
	case syntax.GT:
		return "op_GreaterThan"
	case syntax.LE:
		return "op_LessThanOrEqual"
	case syntax.GE:
		return "op_GreaterThanOrEqual"
	case syntax.SHL:
		return "op_LeftShift"
	case syntax.SHR:
		return "op_RightShift"
	case syntax.USHR:
		return "op_UnsignedRightShift"
	}
	return "op_" + op.String()
}
