package check

import (
	"strings"

	"rpbench/csharp/syntax"
)

// fn is the function (method, accessor, lambda, local function) being bound.
type fn struct {
	parent    *fn
	typ       *typeSym
	env       *typeEnv
	static    bool
	ret       *ty // what "return expr" converts to; tVoid: no value; nil: inferred (lambda)
	async     bool
	iter      bool
	lambda    bool
	localFunc bool
	rets      []*ty  // lambda: the types of returned expressions
	retVoid   bool   // lambda: a bare return
	name      string // for messages: 'T.M(int)'
	labels    map[string]bool
	retTask   bool // async method returning Task (no value)
	ctor      bool // a constructor (get-only auto-properties and readonly fields are assignable)
}

// local is a local variable, parameter or local function.
type local struct {
	name     string
	t        *ty
	pos      syntax.Pos
	fn       *fn
	isConst  bool
	method   *memberSym // a local function
	param    bool
	outParam bool
	ro       string // "foreach iteration variable", "using variable": not assignable (CS1656)
}

// scope is a block of local declarations.
type scope struct {
	parent   *scope
	vars     map[string]*local
	fn       *fn
	loop     bool // break and continue target this
	swtch    bool // break targets this
	boundary bool // a lambda or local function starts here
	section  bool // a switch section: only its labels' pattern variables are declared here
}

func (s *scope) lookup(name string) *local {
	for ; s != nil; s = s.parent {
		if l, ok := s.vars[name]; ok {
			return l
		}
	}
	return nil
}

// binder binds the statements and expressions of one function body.
type binder struct {
	c        *checker
	fn       *fn
	sc       *scope
	condRecv *ty  // the receiver of the enclosing ?. (for .Member bindings)
	inLabel  bool // binding case labels (pattern variables go to the section)
	calling  bool // binding the method of a call (member lookup ignores non-invocable members)
	lhs      bool // taking the value of an assignment target (a set-only property is fine)
}

func (c *checker) newBinder(f *fn) *binder {
	return &binder{c: c, fn: f, sc: &scope{fn: f}}
}

func (b *binder) push() { b.sc = &scope{parent: b.sc, fn: b.fn} }
func (b *binder) pop()  { b.sc = b.sc.parent }

// declare adds a local to the current scope, reporting CS0128 and CS0136.
func (b *binder) declare(name *syntax.Ident, t *ty) *local {
	if name == nil || name.Name == "_" {
		return &local{t: t}
	}
	l := &local{name: name.Name, t: t, pos: name.At, fn: b.fn}
	sc := b.sc
	if sc.section && !b.inLabel && sc.parent != nil {
		sc = sc.parent
	}
	if sc.vars == nil {
		sc.vars = map[string]*local{}
	}
	if _, dup := sc.vars[name.Name]; dup {
		b.c.errorf(name.At, "CS0128", "A local variable or function named '%s' is already defined in this scope", name.Name)
		return l
	}
	for s := sc.parent; s != nil; s = s.parent {
		if o, ok := s.vars[name.Name]; ok {
			if o.fn == b.fn || !s.boundary && o.fn != nil && o.fn == b.fn {
				b.c.errorf(name.At, "CS0136", "A local or parameter named '%s' cannot be declared in this scope because that name is used in an enclosing local scope to define a local or parameter", name.Name)
				return l
			}
			break
		}
		if s.boundary {
			break
		}
	}
	sc.vars[name.Name] = l
	return l
}

// bindType binds the bodies of one part of a user type.
func (c *checker) bindType(s *typeSym, p part) {
	d, ok := p.decl.(*syntax.TypeDecl)
	if !ok {
		if e, ok := p.decl.(*syntax.EnumDecl); ok {
			b := c.newBinder(&fn{typ: s, env: &typeEnv{block: p.ctx.block, typ: s}, static: true})
			under := "int"
			if e.Base != nil {
				c.silent++
				under = b.typ(e.Base).String()
				c.silent--
			}
			for _, m := range e.Members {
				if m.Value != nil {
					// an enum member's value is integral: a string or bool is CS0029
					if t := b.value(m.Value, nil); isString(t) || isBool(t) {
						c.errorf(m.Value.Pos(), "CS0029", "Cannot implicitly convert type '%s' to '%s'", t, under)
					}
				}
			}
		}
		return
	}
	env := &typeEnv{block: p.ctx.block, typ: s}
	newFn := func(static bool, ret *ty, name string) *fn {
		return &fn{typ: s, env: env, static: static, ret: ret, name: name}
	}
	for _, bt := range d.Bases {
		if bt.Args != nil {
			b := c.newBinder(newFn(false, tVoid, ""))
			b.declareParams(d.Params, c.params(d.Params, env, false))
			b.args(bt.Args)
		}
	}
	for _, md := range d.Members {
		switch md := md.(type) {
		case *syntax.FieldDecl:
			static := md.Mods.Has(syntax.ModStatic | syntax.ModConst)
			for _, v := range md.Vars {
				if v.Init == nil {
					continue
				}
				t := c.memberType(s, v.Name.Name, v)
				b := c.newBinder(newFn(static, tVoid, ""))
				if d.Params != nil {
					b.declareParams(d.Params, c.params(d.Params, env, false))
				}
				b.assignTo(t, v.Init)
			}
		case *syntax.PropertyDecl:
			m := c.memberByDecl(s, md)
			if m == nil {
				continue
			}
			static := md.Mods.Has(syntax.ModStatic)
			name := s.selfType().String() + "." + md.Name.Name
			if md.ExprBody != nil {
				b := c.newBinder(newFn(static, m.Type, name+".get"))
				b.assignTo(m.Type, md.ExprBody)
			}
			if md.Init != nil {
				b := c.newBinder(newFn(static, tVoid, ""))
				b.assignTo(m.Type, md.Init)
			}
			for _, a := range md.Accessors {
				c.bindAccessor(newFn(static, nil, name+"."+a.Kind.String()), a, m.Type, nil, nil)
			}
		case *syntax.IndexerDecl:
			m := c.memberByDecl(s, md)
			if m == nil {
				continue
			}
			static := false
			name := s.selfType().String() + ".this"
			if md.ExprBody != nil {
				b := c.newBinder(newFn(static, m.Type, name))
				b.declareParams(md.Params, m.Params)
				b.assignTo(m.Type, md.ExprBody)
			}
			for _, a := range md.Accessors {
				c.bindAccessor(newFn(static, nil, name), a, m.Type, md.Params, m.Params)
			}
		case *syntax.EventDecl:
			t := c.resolveType(md.Type, env, false)
			for _, v := range md.Vars {
				if v.Init != nil {
					b := c.newBinder(newFn(md.Mods.Has(syntax.ModStatic), tVoid, ""))
					b.assignTo(t, v.Init)
				}
			}
			for _, a := range md.Accessors {
				c.bindAccessor(newFn(md.Mods.Has(syntax.ModStatic), tVoid, ""), a, t, nil, nil)
			}
		case *syntax.MethodDecl:
			m := c.memberByDecl(s, md)
			var ps []*paramSym
			var ret *ty
			var tps []*tparamSym
			if m != nil {
				ps, ret, tps = m.Params, m.Type, m.TParams
			} else {
				for i, tp := range md.TypeParams {
					tps = append(tps, &tparamSym{Name: tp.Name.Name, Index: i})
				}
				menv := &typeEnv{block: env.block, typ: s, mtparams: tps}
				ret = c.resolveType(md.Result, menv, false)
				ps = c.params(md.Params, menv, false)
			}
			f := newFn(md.Mods.Has(syntax.ModStatic), ret, methodDisplay(s, md.Name.Name, ps))
			f.env = &typeEnv{block: env.block, typ: s, mtparams: tps}
			c.bindFunc(f, md.Mods, md.Params, ps, md.Body, md.ExprBody, md.Name.At)
		case *syntax.ConstructorDecl:
			static := md.Mods.Has(syntax.ModStatic)
			ps := c.params(md.Params, env, false)
			f := newFn(static, tVoid, "")
			f.ctor = true
			b := c.newBinder(f)
			b.declareParams(md.Params, ps)
			if md.Init != nil {
				var target *ty
				if md.Init.This {
					target = s.selfType()
				} else {
					target = s.Base
				}
				b.ctorCall(target, md.Init.Args, md.Init.At, true)
			}
			if md.Body != nil {
				b.block(md.Body)
			} else if md.ExprBody != nil {
				b.expr(md.ExprBody, nil)
			}
		case *syntax.DestructorDecl:
			b := c.newBinder(newFn(false, tVoid, ""))
			if md.Body != nil {
				b.block(md.Body)
			}
		case *syntax.OperatorDecl:
			ret := c.resolveType(md.Result, env, false)
			ps := c.params(md.Params, env, false)
			f := newFn(true, ret, s.selfType().String()+".operator "+md.Op.String()+"("+paramList(ps)+")")
			c.bindFunc(f, md.Mods, md.Params, ps, md.Body, md.ExprBody, md.OpPos)
		case *syntax.ConversionOperatorDecl:
			ret := c.resolveType(md.Type, env, false)
			ps := c.params(md.Params, env, false)
			f := newFn(true, ret, s.selfType().String()+".implicit operator "+ret.String()+"("+paramList(ps)+")")
			c.bindFunc(f, md.Mods, md.Params, ps, md.Body, md.ExprBody, md.At)
		}
	}
}

func (c *checker) memberType(s *typeSym, name string, decl syntax.Node) *ty {
	for _, m := range s.members[name] {
		if m.Decl == decl {
			return m.Type
		}
	}
	return tUnknown
}

func (c *checker) memberByDecl(s *typeSym, decl syntax.Node) *memberSym {
	for _, m := range s.order {
		if m.Decl == decl {
			return m
		}
	}
	return nil
}

func paramList(ps []*paramSym) string {
	var parts []string
	for _, p := range ps {
		s := p.Type.String()
		if p.Mode != syntax.ByValue {
			s = p.Mode.String() + " " + s
		}
		if p.IsParams {
			s = "params " + s
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, ", ")
}

func methodDisplay(s *typeSym, name string, ps []*paramSym) string {
	return s.selfType().String() + "." + name + "(" + paramList(ps) + ")"
}

func (c *checker) bindAccessor(f *fn, a *syntax.Accessor, t *ty, pl *syntax.ParamList, ps []*paramSym) {
	if a.Body == nil && a.ExprBody == nil {
		return
	}
	if a.Kind == syntax.GetAccessor {
		f.ret = t
	} else {
		f.ret = tVoid
	}
	f.ctor = a.Kind == syntax.InitAccessor
	b := c.newBinder(f)
	b.declareParams(pl, ps)
	if a.Kind != syntax.GetAccessor {
		b.declare(&syntax.Ident{Name: "value", At: a.At}, t)
	}
	if a.ExprBody != nil {
		if a.Kind == syntax.GetAccessor {
			b.assignTo(t, a.ExprBody)
		} else {
			b.expr(a.ExprBody, nil)
		}
		return
	}
	if containsYield(a.Body) {
		f.iter = true
		f.ret = tUnknown
	}
	b.block(a.Body)
	if a.Kind == syntax.GetAccessor && !f.iter && !isUnknown(t) {
		c.needValue(a.Body, a.At, f.name)
	}
}

func (b *binder) declareParams(pl *syntax.ParamList, ps []*paramSym) {
	if pl == nil {
		return
	}
	for i, p := range pl.List {
		if i >= len(ps) {
			break
		}
		t := ps[i].Type
		if p.Params && t != nil && t.kind != kArray && !isUnknown(t) {
			// params of a collection type (C# 13): fine
		}
		l := b.declare(p.Name, t)
		l.param = true
		if p.Default != nil {
			b.assignTo(t, p.Default)
		}
		if p.Mode == syntax.ByOut {
			l.outParam = true
		}
	}
}

// bindFunc binds a method-like body: parameters, body, return checks.
func (c *checker) bindFunc(f *fn, mods syntax.Modifiers, pl *syntax.ParamList, ps []*paramSym, body *syntax.BlockStmt, exprBody syntax.Expr, at syntax.Pos) {
	f.async = mods.Has(syntax.ModAsync)
	declared := f.ret
	if body != nil && containsYield(body) {
		f.iter = true
		f.ret = tUnknown
	} else if f.async {
		f.ret = c.asyncResult(f.ret)
		if isTaskNoValue(declared) {
			f.retTask = true
		}
	}
	b := c.newBinder(f)
	b.sc.boundary = true
	b.declareParams(pl, ps)
	if body != nil {
		b.collectLabels(body)
		b.block(body)
		if !f.iter && !isUnknown(f.ret) && f.ret.kind != kVoid {
			c.needValue(body, at, f.name)
		}
	} else if exprBody != nil {
		if isUnknown(f.ret) || f.ret.kind == kVoid {
			b.expr(exprBody, nil)
		} else {
			b.assignTo(f.ret, exprBody)
		}
	}
}

// asyncResult returns what "return x" converts to in an async method returning t.
func (c *checker) asyncResult(t *ty) *ty {
	if isUnknown(t) || t.kind == kVoid {
		return t
	}
	if t.kind == kNamed && t.sym.NS == "System.Threading.Tasks" {
		switch {
		case (t.sym.Name == "Task" || t.sym.Name == "ValueTask") && len(t.args) == 0:
			return tVoid
		case (t.sym.Name == "Task" || t.sym.Name == "ValueTask") && len(t.args) == 1:
			return t.args[0]
		}
	}
	return tUnknown
}

func isTaskNoValue(t *ty) bool {
	return t != nil && t.kind == kNamed && t.sym.NS == "System.Threading.Tasks" && (t.sym.Name == "Task" || t.sym.Name == "ValueTask") && len(t.args) == 0
}

// bindGlobals binds the top-level statements of a file.
func (c *checker) bindGlobals(f *syntax.File, blk *nsBlock) {
	var stmts []syntax.Stmt
	for _, d := range f.Decls {
		if g, ok := d.(*syntax.GlobalStmt); ok {
			stmts = append(stmts, g.Stmt)
		}
	}
	if len(stmts) == 0 {
		return
	}
	fn := &fn{env: &typeEnv{block: blk}, static: true, ret: tUnknown, async: true, name: "<top-level-statements-entry-point>"}
	b := c.newBinder(fn)
	b.sc.boundary = true
	b.declare(&syntax.Ident{Name: "args"}, &ty{kind: kArray, elem: c.special("System.String"), rank: 1})
	blkStmt := &syntax.BlockStmt{Stmts: stmts}
	b.collectLabels(blkStmt)
	b.stmts(stmts)
}

func containsYield(n syntax.Node) bool {
	found := false
	syntax.Inspect(n, func(n syntax.Node) bool {
		switch n.(type) {
		case *syntax.YieldStmt:
			found = true
		case *syntax.LambdaExpr, *syntax.AnonMethodExpr, *syntax.LocalFuncStmt:
			return false
		}
		return !found
	})
	return found
}

func (b *binder) collectLabels(body *syntax.BlockStmt) {
	syntax.Inspect(body, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.LabeledStmt:
			if b.fn.labels == nil {
				b.fn.labels = map[string]bool{}
			}
			b.fn.labels[n.Label.Name] = true
		case *syntax.LambdaExpr, *syntax.AnonMethodExpr, *syntax.LocalFuncStmt:
			return false
		}
		return true
	})
}

// checkTypeDecl checks a user type's declaration: overrides (CS0115),
// abstract members left unimplemented (CS0534), static classes.
func (c *checker) checkTypeDecl(s *typeSym, parts []part) {
	if brokenChain(s) {
		return // the base did not resolve: no override or implementation checks
	}
	for _, m := range s.order {
		if m.Mods&syntax.ModOverride == 0 || s.Base == nil {
			continue
		}
		o, sub := c.overriddenSub(s, m, false)
		if o == nil {
			if nv, _ := c.overriddenSub(s, m, true); nv != nil {
				c.errorf(m.Pos, "CS0506", "'%s': cannot override inherited member '%s' because it is not marked virtual, abstract, or override", memberDisplay(s, m), memberDisplay(nv.Owner, nv))
				continue
			}
			c.errorf(m.Pos, "CS0115", "'%s': no suitable method found to override", memberDisplay(s, m))
			continue
		}
		c.checkOverride(s, m, o, sub)
	}
	if s.Kind == symClass && s.Base != nil {
		c.checkHiding(s)
	}
	if s.Kind == symClass && s.Mods&syntax.ModAbstract == 0 && s.Base != nil {
		c.checkAbstracts(s)
	}
	if s.Kind == symClass && s.Base != nil {
		c.checkBaseCtor(s, parts)
	}
	if (s.Kind == symClass || s.Kind == symStruct) && !s.Record {
		c.checkInterfaces(s)
	}
}

// checkInterfaces reports interface members a class or struct does not
// implement (CS0535). A member counts as implemented when the type or a
// base class declares a member of that name (and parameter count), or an
// explicit implementation of that name.
func (c *checker) checkInterfaces(s *typeSym) {
	var static *memberSym // the static member has found when only a static one matches (CS0736)
	has := func(m *memberSym) bool {
		found := false
		static = nil
		c.supertypes(s.selfType(), func(st *ty) bool {
			if st.sym.Kind == symInterface {
				return true
			}
			for _, o := range st.sym.members[m.Name] {
				if o.Kind == m.Kind || (o.Kind == mMethod) == (m.Kind == mMethod) {
					if m.Kind != mMethod || len(o.Params) == len(m.Params) {
						if o.static() && o.Kind == mMethod && st.sym == s && s.User {
							static = o
							continue
						}
						found = true
						return false
					}
				}
			}
			return true
		})
		return found || static != nil && m.Kind != mMethod
	}
	reported := map[*memberSym]bool{}
	c.supertypes(s.selfType(), func(st *ty) bool {
		if st.sym.Kind != symInterface {
			return true
		}
		for _, m := range st.sym.order {
			if m.Mods&syntax.ModAbstract == 0 || m.Mods&syntax.ModStatic != 0 || reported[m] || has(m) {
				continue
			}
			reported[m] = true
			name := st.String() + "." + m.Name
			if m.Kind == mMethod {
				name += "(" + paramList(substAll(m.Params, typeMap(st))) + ")"
			}
			if static != nil {
				c.errorf(s.Pos, "CS0736", "'%s' does not implement instance interface member '%s'. '%s' cannot implement the interface member because it is static.", memberDisplay(s, static), name, memberDisplay(s, static))
				continue
			}
			c.errorf(s.Pos, "CS0535", "'%s' does not implement interface member '%s'", s.selfType(), name)
		}
		return true
	})
}

func substAll(ps []*paramSym, m map[*tparamSym]*ty) []*paramSym {
	out := make([]*paramSym, len(ps))
	for i, p := range ps {
		q := *p
		q.Type = subst(p.Type, m)
		out[i] = &q
	}
	return out
}

// overridden finds the base member m overrides (nil when none).
func (c *checker) overridden(s *typeSym, m *memberSym) *memberSym {
	o, _ := c.overriddenSub(s, m, false)
	return o
}

// overriddenSub finds the base member m overrides and the substitution of
// the base's type parameters; anyMember also finds a member that is not
// virtual (for CS0506).
func (c *checker) overriddenSub(s *typeSym, m *memberSym, anyMember bool) (*memberSym, map[*tparamSym]*ty) {
	var found *memberSym
	var foundSub map[*tparamSym]*ty
	c.supertypes(subst(s.Base, nil), func(st *ty) bool {
		if st.sym.Kind == symInterface {
			return true
		}
		sub := typeMap(st)
		for _, o := range st.sym.members[m.Name] {
			if o.Kind != m.Kind && !(o.Kind == mProperty && m.Kind == mProperty) {
				continue
			}
			if o.Mods&(syntax.ModVirtual|syntax.ModAbstract|syntax.ModOverride) == 0 && !anyMember {
				continue
			}
			if m.Kind == mMethod || m.Kind == mIndexer {
				if len(o.Params) != len(m.Params) || len(o.TParams) != len(m.TParams) {
					continue
				}
				ok := true
				for i := range o.Params {
					pt := subst(o.Params[i].Type, sub)
					if !isUnknown(pt) && !isUnknown(m.Params[i].Type) && !identicalModuloMethodTParams(pt, m.Params[i].Type) {
						ok = false
					}
				}
				if !ok {
					continue
				}
			}
			found, foundSub = o, sub
			return false
		}
		return true
	})
	return found, foundSub
}

// memberDisplay names a member as the compiler does in override messages:
// 'T.M(int)' for methods, 'T.P' otherwise.
func memberDisplay(s *typeSym, m *memberSym) string {
	if m.Kind == mMethod {
		return methodDisplay(s, m.Name, m.Params)
	}
	if m.Kind == mIndexer {
		return s.selfType().String() + ".this[" + paramList(m.Params) + "]"
	}
	return s.selfType().String() + "." + m.Name
}

// accessOf returns the access modifiers of a member (private when none).
func accessOf(m *memberSym) syntax.ModFlags {
	a := m.Mods & (syntax.ModPublic | syntax.ModProtected | syntax.ModInternal | syntax.ModPrivate)
	if a == 0 {
		return syntax.ModPrivate
	}
	return a
}

func accessName(a syntax.ModFlags) string {
	switch a {
	case syntax.ModPublic:
		return "public"
	case syntax.ModProtected:
		return "protected"
	case syntax.ModInternal:
		return "internal"
	case syntax.ModProtected | syntax.ModInternal:
		return "protected internal"
	case syntax.ModPrivate | syntax.ModProtected:
		return "private protected"
	}
	return "private"
}

// checkOverride checks an override against the member it overrides: sealed
// (CS0239), access (CS0507), return type (CS0508) and property type (CS1715).
func (c *checker) checkOverride(s *typeSym, m, o *memberSym, sub map[*tparamSym]*ty) {
	name, oname := memberDisplay(s, m), memberDisplay(o.Owner, o)
	if o.Mods&syntax.ModSealed != 0 && o.Mods&syntax.ModOverride != 0 {
		c.errorf(m.Pos, "CS0239", "'%s': cannot override inherited member '%s' because it is sealed", name, oname)
		return
	}
	want := accessOf(o)
	if !o.Owner.User && want == syntax.ModProtected|syntax.ModInternal {
		want = syntax.ModProtected // protected internal in another assembly
	}
	if got := accessOf(m); got != want && (o.Owner.User || want != syntax.ModInternal) {
		c.errorf(m.Pos, "CS0507", "'%s': cannot change access modifiers when overriding '%s' inherited member '%s'", name, accessName(want), oname)
		return
	}
	ot := subst(o.Type, sub)
	if isUnknown(ot) || isUnknown(m.Type) || identicalModuloMethodTParams(ot, m.Type) {
		return
	}
	if !isValueType(ot) && !isValueType(m.Type) && c.convertible(m.Type, ot, nil) {
		return // C# 9 covariant return
	}
	switch m.Kind {
	case mMethod:
		c.errorf(m.Pos, "CS0508", "'%s': return type must be '%s' to match overridden member '%s'", name, ot, oname)
	case mProperty, mIndexer:
		c.errorf(m.Pos, "CS1715", "'%s': type must be '%s' to match overridden member '%s'", name, ot, oname)
	}
}

// checkAbstracts reports abstract base members that a concrete class does not override.
func (c *checker) checkAbstracts(s *typeSym) {
	// collect overrides along the chain from s up
	type key struct {
		name string
		n    int
	}
	overridden := map[key]bool{}
	var chain []*ty
	t := s.selfType()
	for depth := 0; t != nil && t.kind == kNamed && depth < 40; depth++ {
		chain = append(chain, t)
		if t.sym.Base == nil {
			break
		}
		t = subst(t.sym.Base, typeMap(t))
	}
	for _, ct := range chain {
		for _, m := range ct.sym.order {
			k := key{m.Name, len(m.Params)}
			if m.Mods&syntax.ModAbstract != 0 && ct.sym != s && !overridden[k] {
				name := m.Name
				if m.Kind == mMethod {
					name = methodDisplay(ct.sym, m.Name, m.Params)
				} else {
					name = ct.sym.selfType().String() + "." + m.Name
					if m.Kind == mProperty {
						name += ".get"
					}
				}
				c.errorf(s.Pos, "CS0534", "'%s' does not implement inherited abstract member '%s'", s.selfType(), name)
				overridden[k] = true
			}
			if m.Mods&(syntax.ModOverride) != 0 || (m.Mods&syntax.ModAbstract == 0 && m.Mods&syntax.ModNew != 0) {
				overridden[k] = true
			}
		}
	}
}

// checkBaseCtor reports constructors that call the base class's
// parameterless constructor implicitly when it has none (CS7036): checked
// when the base has exactly one instance constructor and it needs arguments.
func (c *checker) checkBaseCtor(s *typeSym, parts []part) {
	bs := s.Base.sym
	if bs == nil || bs.Kind != symClass {
		return
	}
	var only *memberSym
	for _, m := range bs.members[".ctor"] {
		if m.static() {
			continue
		}
		if only != nil {
			return
		}
		only = m
	}
	if only == nil || requiredCount(only) == 0 || !c.accessible(only, s) {
		return
	}
	var first string
	for _, p := range only.Params {
		if !p.HasDefault && !p.IsParams {
			first = p.Name
			break
		}
	}
	report := func(pos syntax.Pos) {
		c.errorf(pos, "CS7036", "There is no argument given that corresponds to the required parameter '%s' of '%s'", first, methodDisplay(bs, bs.Name, only.Params))
	}
	declared := false
	for _, p := range parts {
		d, ok := p.decl.(*syntax.TypeDecl)
		if !ok {
			continue
		}
		if d.Params != nil || d.Kind != syntax.ClassKind {
			return // a primary constructor or a record: not checked
		}
		for _, bt := range d.Bases {
			if bt.Args != nil {
				return
			}
		}
		for _, md := range d.Members {
			cd, ok := md.(*syntax.ConstructorDecl)
			if !ok || cd.Mods.Has(syntax.ModStatic) {
				continue
			}
			declared = true
			if cd.Init == nil && cd.Name != nil {
				report(cd.Name.At)
			}
		}
	}
	if !declared && s.Mods&syntax.ModStatic == 0 {
		report(s.Pos)
	}
}

// checkHiding reports methods and properties that hide an inherited member
// with the same signature without override or new: CS0533 (an error) for an
// abstract one, the warnings CS0114 for a virtual one (the author most
// likely meant override: the base calls the base's member, never this one)
// and CS0108 for the others.
func (c *checker) checkHiding(s *typeSym) {
	for _, m := range s.order {
		if m.Mods&syntax.ModOverride != 0 || m.Iface || (m.Kind != mMethod && m.Kind != mProperty) {
			continue
		}
		if _, ok := m.Decl.(*syntax.Param); ok {
			continue // a record's positional property: not made when the base has one
		}
		o, _ := c.overriddenSub(s, m, true)
		if o == nil || o.Owner == s || !c.accessible(o, s) {
			continue
		}
		if m.Mods&syntax.ModNew != 0 && o.Mods&syntax.ModAbstract == 0 {
			continue // new hides a non-abstract member as asked
		}
		name, oname := memberDisplay(s, m), memberDisplay(o.Owner, o)
		switch {
		case o.Mods&syntax.ModAbstract != 0:
			c.errorf(m.Pos, "CS0533", "'%s' hides inherited abstract member '%s'", name, oname)
		case o.Mods&(syntax.ModVirtual|syntax.ModOverride) != 0:
			c.warnf(m.Pos, "CS0114", "'%s' hides inherited member '%s'. To make the current member override that implementation, add the override keyword. Otherwise add the new keyword.", name, oname)
		default:
			c.warnf(m.Pos, "CS0108", "'%s' hides inherited member '%s'. Use the new keyword if hiding was intended.", name, oname)
		}
	}
}
