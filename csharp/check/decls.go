package check

import (
	"sort"
	"strings"

	"rpbench/csharp/syntax"
)

// A world holds declared types by namespace. A check run's world holds the
// user's declarations and points to the universe's (the preludes'), which is
// read-only once built.
type world struct {
	parent *world
	ns     map[string]*nsInfo
	types  []*typeSym // in declaration order
}

// nsInfo is one namespace of a world.
type nsInfo struct {
	types map[string][]*typeSym
	exts  []*memberSym // extension methods declared in static classes of the namespace
}

func newWorld(parent *world) *world { return &world{parent: parent, ns: map[string]*nsInfo{}} }

func (w *world) nsOf(name string) *nsInfo {
	n := w.ns[name]
	if n == nil {
		n = &nsInfo{types: map[string][]*typeSym{}}
		w.ns[name] = n
		// make the prefixes known too
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			w.nsOf(name[:i])
		} else if name != "" {
			w.nsOf("")
		}
	}
	return n
}

// hasNS reports whether a namespace exists in w or its parents.
func (w *world) hasNS(name string) bool {
	for ; w != nil; w = w.parent {
		if _, ok := w.ns[name]; ok {
			return true
		}
	}
	return false
}

// lookupNS returns the types named name in namespace ns with the given arity
// (-1: any arity).
func (w *world) lookupNS(ns, name string, arity int) *typeSym {
	for ; w != nil; w = w.parent {
		if n := w.ns[ns]; n != nil {
			for _, s := range n.types[name] {
				if arity < 0 || len(s.TParams) == arity {
					return s
				}
			}
		}
	}
	return nil
}

// nsBlock is a namespace body (or a file) with its using directives.
type nsBlock struct {
	parent  *nsBlock
	name    string // full namespace name
	usings  []*syntax.UsingDirective
	imports []string          // resolved using namespaces
	aliases map[string]*ty    // using A = T;
	nsAlias map[string]string // using A = N;
	statics []*ty             // using static T;
	done    bool
	bad     bool // a using directive did not resolve: unknown type names may come from it
}

// badUsings reports whether a using directive in scope of blk did not resolve.
func badUsings(blk *nsBlock) bool {
	for ; blk != nil; blk = blk.parent {
		if blk.bad {
			return true
		}
	}
	return false
}

// declCtx is where the names of a declaration resolve.
type declCtx struct {
	block *nsBlock
	typ   *typeSym
}

// part is one declaration of a (possibly partial) type.
type part struct {
	decl syntax.Node
	ctx  *declCtx
}

// builder declares the types of a set of files into a world.
type builder struct {
	c     *checker // reports (nil for the universe)
	w     *world
	parts map[*typeSym][]part
	order []*typeSym
}

func (b *builder) declareFile(f *syntax.File) {
	blk := &nsBlock{name: "", usings: f.Usings}
	b.declareDecls(f.Decls, blk, nil)
}

func (b *builder) declareDecls(decls []syntax.Decl, blk *nsBlock, outer *typeSym) {
	for _, d := range decls {
		switch d := d.(type) {
		case *syntax.NamespaceDecl:
			name := dottedName(d.Name)
			if blk.name != "" {
				name = blk.name + "." + name
			}
			nb := &nsBlock{parent: blk, name: name, usings: d.Usings}
			b.w.nsOf(name)
			b.declareDecls(d.Decls, nb, nil)
		case *syntax.TypeDecl, *syntax.EnumDecl, *syntax.DelegateDecl:
			b.declareType(d, blk, outer)
		}
	}
}

func (b *builder) declareType(d syntax.Decl, blk *nsBlock, outer *typeSym) {
	s := &typeSym{Outer: outer, NS: blk.name, Decl: d, User: b.c != nil}
	var tps []*syntax.TypeParam
	var members []syntax.Decl
	switch d := d.(type) {
	case *syntax.TypeDecl:
		s.Name, s.Pos, s.Mods = d.Name.Name, d.Name.At, d.Mods.Flags
		tps, members = d.TypeParams, d.Members
		switch d.Kind {
		case syntax.ClassKind:
			s.Kind = symClass
		case syntax.StructKind:
			s.Kind = symStruct
		case syntax.InterfaceKind:
			s.Kind = symInterface
		case syntax.RecordKind:
			s.Kind, s.Record = symClass, true
		case syntax.RecordStructKind:
			s.Kind, s.Record = symStruct, true
		}
	case *syntax.EnumDecl:
		s.Name, s.Pos, s.Mods, s.Kind = d.Name.Name, d.Name.At, d.Mods.Flags, symEnum
	case *syntax.DelegateDecl:
		s.Name, s.Pos, s.Mods, s.Kind = d.Name.Name, d.Name.At, d.Mods.Flags, symDelegate
		tps = d.TypeParams
	}
	for i, tp := range tps {
		s.TParams = append(s.TParams, &tparamSym{Name: tp.Name.Name, Index: i})
	}
	ctx := &declCtx{block: blk, typ: s}
	// merge partial declarations
	var existing *typeSym
	if outer != nil {
		for _, o := range outer.nested[s.Name] {
			if len(o.TParams) == len(s.TParams) {
				existing = o
			}
		}
	} else {
		for _, o := range b.w.nsOf(blk.name).types[s.Name] {
			if len(o.TParams) == len(s.TParams) {
				existing = o
			}
		}
	}
	if existing != nil {
		if s.Mods&syntax.ModPartial != 0 && existing.Mods&syntax.ModPartial != 0 {
			b.parts[existing] = append(b.parts[existing], part{d, &declCtx{block: blk, typ: existing}})
			b.declareDecls(members, blk, existing)
			return
		}
		if b.c != nil {
			if outer != nil {
				b.c.errorf(s.Pos, "CS0102", "The type '%s' already contains a definition for '%s'", outer.selfType(), s.Name)
			} else {
				ns := blk.name
				if ns == "" {
					ns = "<global namespace>"
				}
				b.c.errorf(s.Pos, "CS0101", "The namespace '%s' already contains a definition for '%s'", ns, s.Name)
			}
		}
		return
	}
	if outer != nil {
		if outer.nested == nil {
			outer.nested = map[string][]*typeSym{}
		}
		outer.nested[s.Name] = append(outer.nested[s.Name], s)
	} else {
		n := b.w.nsOf(blk.name)
		n.types[s.Name] = append(n.types[s.Name], s)
	}
	s.ctx = ctx
	b.parts[s] = append(b.parts[s], part{d, ctx})
	b.order = append(b.order, s)
	b.w.types = append(b.w.types, s)
	b.declareDecls(members, blk, s)
}

func dottedName(e syntax.Expr) string {
	switch e := e.(type) {
	case *syntax.Ident:
		return e.Name
	case *syntax.MemberAccess:
		return dottedName(e.X) + "." + e.Name.Name
	case *syntax.AliasQualified:
		return e.Name.Name
	}
	return ""
}

// resolveUsings resolves the using directives of blk (once).
func (c *checker) resolveUsings(blk *nsBlock) {
	if blk == nil || blk.done {
		return
	}
	blk.done = true
	c.resolveUsings(blk.parent)
	outer := &nsBlock{parent: blk.parent, name: blk.name, done: true}
	for _, u := range blk.usings {
		name := dottedName(u.Name)
		switch {
		case u.Alias != nil:
			if name != "" && c.w.hasNS(name) {
				if blk.nsAlias == nil {
					blk.nsAlias = map[string]string{}
				}
				blk.nsAlias[u.Alias.Name] = name
				continue
			}
			t := c.resolveType(u.Name, &typeEnv{block: outer}, true)
			if blk.aliases == nil {
				blk.aliases = map[string]*ty{}
			}
			blk.aliases[u.Alias.Name] = t
		case u.Static:
			t := c.resolveType(u.Name, &typeEnv{block: outer}, true)
			if !isUnknown(t) {
				blk.statics = append(blk.statics, t)
			}
		default:
			if c.w.hasNS(name) {
				blk.imports = append(blk.imports, name)
			} else if c.report {
				blk.bad = true
				r := c.resolveNsOrType(u.Name, &typeEnv{block: outer}, true)
				if r.t != nil && !isUnknown(r.t) {
					c.errorf(u.Name.Pos(), "CS0138", "A 'using namespace' directive can only be applied to namespaces; '%s' is a type not a namespace. Consider a 'using static' directive instead", r.t)
				}
			}
		}
	}
}

// resolveHeaders resolves the base types of every declared type.
func (c *checker) resolveHeaders(b *builder) {
	for _, s := range b.order {
		c.resolveBases(s, b.parts[s])
	}
}

func (c *checker) resolveBases(s *typeSym, parts []part) {
	if s.state != 0 {
		return
	}
	s.state = 1
	for _, p := range parts {
		c.resolveUsings(p.ctx.block)
		switch d := p.decl.(type) {
		case *syntax.TypeDecl:
			c.constraints(s.TParams, d.Constraints, &typeEnv{block: p.ctx.block, typ: s})
			for _, bt := range d.Bases {
				t := c.resolveType(bt.Type, &typeEnv{block: p.ctx.block, typ: s.Outer, tparamsOf: s}, true)
				if isUnknown(t) || t.kind != kNamed {
					s.broken = true
					continue
				}
				if t.sym.Kind == symClass && s.Kind == symClass && s.Base == nil {
					s.Base = t
				} else {
					s.Ifaces = append(s.Ifaces, t)
				}
			}
		case *syntax.EnumDecl:
			s.Base = c.special("System.Enum")
		case *syntax.DelegateDecl:
			s.Base = c.special("System.MulticastDelegate")
		}
	}
	if s.Base == nil {
		switch s.Kind {
		case symClass:
			if s.fullName() != "System.Object" {
				s.Base = c.special("System.Object")
			}
		case symStruct:
			s.Base = c.special("System.ValueType")
		}
	}
	s.state = 2
}

// special returns a type of the System namespace by full name.
func (c *checker) special(full string) *ty {
	if t, ok := c.uspec[full]; ok && t != nil {
		return t
	}
	if t, ok := c.specials[full]; ok {
		return t
	}
	i := strings.LastIndexByte(full, '.')
	name, ns := full[i+1:], full[:i]
	arity := 0
	if j := strings.IndexByte(name, '`'); j >= 0 {
		arity = int(name[j+1] - '0')
		name = name[:j]
	}
	var t *ty
	if s := c.w.lookupNS(ns, name, arity); s != nil {
		t = named(s)
		if arity > 0 {
			t = s.selfType()
		}
	}
	if c.specials == nil {
		c.specials = map[string]*ty{}
	}
	c.specials[full] = t
	return t
}

// declareMembers builds the members of every declared type.
func (c *checker) declareMembers(b *builder) {
	for _, s := range b.order {
		for _, p := range b.parts[s] {
			c.membersOf(s, p)
		}
	}
}

func (s *typeSym) add(m *memberSym) {
	if s.members == nil {
		s.members = map[string][]*memberSym{}
	}
	s.members[m.Name] = append(s.members[m.Name], m)
	s.order = append(s.order, m)
}

func (c *checker) membersOf(s *typeSym, p part) {
	env := &typeEnv{block: p.ctx.block, typ: s}
	switch d := p.decl.(type) {
	case *syntax.EnumDecl:
		for _, em := range d.Members {
			s.add(&memberSym{Kind: mEnumConst, Name: em.Name.Name, Owner: s, Type: named(s), Decl: em, Pos: em.Name.At, Mods: syntax.ModPublic | syntax.ModStatic})
		}
		return
	case *syntax.DelegateDecl:
		m := &memberSym{Kind: mMethod, Name: "Invoke", Owner: s, Mods: syntax.ModPublic, Decl: d, Pos: d.Name.At}
		m.Type = c.resolveType(d.Result, env, c.report && s.User)
		m.Params = c.params(d.Params, env, s.User)
		s.invoke = m
		s.add(m)
		return
	}
	d := p.decl.(*syntax.TypeDecl)
	defaultAcc := syntax.ModPrivate
	if s.Kind == symInterface {
		defaultAcc = syntax.ModPublic
	}
	acc := func(f syntax.ModFlags) syntax.ModFlags {
		if f&(syntax.ModPublic|syntax.ModPrivate|syntax.ModProtected|syntax.ModInternal) == 0 {
			f |= defaultAcc
		}
		if s.Kind == symInterface && f&(syntax.ModStatic) == 0 && f&(syntax.ModVirtual) == 0 {
			f |= syntax.ModAbstract
		}
		return f
	}
	rep := c.report && s.User
	if d.Params != nil {
		ps := c.params(d.Params, env, s.User)
		s.add(&memberSym{Kind: mCtor, Name: ".ctor", Owner: s, Mods: syntax.ModPublic, Params: ps, Decl: d, Pos: d.Name.At})
		// the parameters (record properties) unless a member of that name is declared
		defer func() {
			for i, prm := range ps {
				if len(s.members[prm.Name]) > 0 || d.Params.List[i].Name == nil {
					continue
				}
				k, mods := mField, syntax.ModPrivate
				if s.Record {
					k, mods = mProperty, syntax.ModPublic
				}
				s.add(&memberSym{Kind: k, Name: prm.Name, Owner: s, Mods: mods, Type: prm.Type, Pos: d.Params.List[i].Name.At, HasGet: true, HasSet: true, Decl: d.Params.List[i]})
			}
		}()
	}
	for _, md := range d.Members {
		switch md := md.(type) {
		case *syntax.FieldDecl:
			t := c.resolveType(md.Type, env, rep)
			for _, v := range md.Vars {
				k := mField
				if md.Mods.Has(syntax.ModConst) {
					k = mConst
				}
				s.add(&memberSym{Kind: k, Name: v.Name.Name, Owner: s, Mods: acc(md.Mods.Flags) &^ syntax.ModAbstract, Type: t, Decl: v, Pos: v.Name.At})
			}
		case *syntax.PropertyDecl:
			m := &memberSym{Kind: mProperty, Name: md.Name.Name, Owner: s, Mods: acc(md.Mods.Flags), Decl: md, Pos: md.Name.At, Iface: md.Interface != nil}
			m.Type = c.resolveType(md.Type, env, rep)
			if md.Accessors == nil {
				m.HasGet = true
			}
			for _, a := range md.Accessors {
				switch a.Kind {
				case syntax.GetAccessor:
					m.HasGet = true
				default:
					m.HasSet = true
				}
			}
			if s.Kind == symInterface && hasBody(md.ExprBody, md.Accessors) {
				m.Mods &^= syntax.ModAbstract
			}
			s.add(m)
		case *syntax.IndexerDecl:
			m := &memberSym{Kind: mIndexer, Name: "this[]", Owner: s, Mods: acc(md.Mods.Flags), Decl: md, Pos: md.At, Iface: md.Interface != nil}
			m.Type = c.resolveType(md.Type, env, rep)
			m.Params = c.params(md.Params, env, s.User)
			m.HasGet = md.Accessors == nil
			if s.Kind == symInterface && hasBody(md.ExprBody, md.Accessors) {
				m.Mods &^= syntax.ModAbstract
			}
			for _, a := range md.Accessors {
				if a.Kind == syntax.GetAccessor {
					m.HasGet = true
				} else {
					m.HasSet = true
				}
			}
			s.add(m)
		case *syntax.EventDecl:
			t := c.resolveType(md.Type, env, rep)
			if md.Name != nil {
				s.add(&memberSym{Kind: mEvent, Name: md.Name.Name, Owner: s, Mods: acc(md.Mods.Flags) &^ syntax.ModAbstract, Type: t, Decl: md, Pos: md.Name.At, Iface: md.Interface != nil})
			}
			for _, v := range md.Vars {
				s.add(&memberSym{Kind: mEvent, Name: v.Name.Name, Owner: s, Mods: acc(md.Mods.Flags), Type: t, Decl: md, Pos: v.Name.At})
			}
		case *syntax.MethodDecl:
			m := &memberSym{Kind: mMethod, Name: md.Name.Name, Owner: s, Mods: acc(md.Mods.Flags), Decl: md, Pos: md.Name.At, Iface: md.Interface != nil}
			if s.Kind == symInterface && (md.Body != nil || md.ExprBody != nil) {
				m.Mods &^= syntax.ModAbstract
			}
			for i, tp := range md.TypeParams {
				m.TParams = append(m.TParams, &tparamSym{Name: tp.Name.Name, Index: i})
			}
			menv := &typeEnv{block: env.block, typ: s, mtparams: m.TParams}
			c.constraints(m.TParams, md.Constraints, menv)
			m.Type = c.resolveType(md.Result, menv, rep)
			m.Params = c.params(md.Params, menv, s.User)
			if len(md.Params.List) > 0 && md.Params.List[0].This {
				m.Ext = true
				if m.Mods&syntax.ModStatic != 0 && s.Outer == nil {
					ns := c.w.nsOf(s.NS)
					ns.exts = append(ns.exts, m)
				}
			}
			s.add(m)
		case *syntax.ConstructorDecl:
			if md.Mods.Has(syntax.ModStatic) {
				continue
			}
			m := &memberSym{Kind: mCtor, Name: ".ctor", Owner: s, Mods: acc(md.Mods.Flags), Decl: md, Pos: md.Name.At}
			m.Params = c.params(md.Params, env, s.User)
			s.add(m)
		case *syntax.OperatorDecl:
			s.hasConv = true
			m := &memberSym{Kind: mOperator, Name: "op" + md.Op.String(), Owner: s, Mods: md.Mods.Flags, Decl: md, Pos: md.OpPos}
			m.Type = c.resolveType(md.Result, env, rep)
			m.Params = c.params(md.Params, env, s.User)
			s.add(m)
		case *syntax.ConversionOperatorDecl:
			s.hasConv = true
			s.convOp = true
			c.resolveType(md.Type, env, rep)
			c.params(md.Params, env, s.User)
		}
	}
}

// constraints records the type constraints of tps (where T : B, I).
func (c *checker) constraints(tps []*tparamSym, cs []*syntax.Constraint, env *typeEnv) {
	for _, k := range cs {
		for _, tp := range tps {
			if k.Param == nil || tp.Name != k.Param.Name {
				continue
			}
			for _, it := range k.Items {
				if it.Kind == syntax.TypeConstraint && it.Type != nil {
					if t := c.resolveType(it.Type, env, c.report); !isUnknown(t) {
						tp.Bounds = append(tp.Bounds, t)
					}
				}
			}
		}
	}
}

// hasBody reports whether a property or indexer has an implementation.
func hasBody(exprBody syntax.Expr, acc []*syntax.Accessor) bool {
	if exprBody != nil {
		return true
	}
	for _, a := range acc {
		if a.Body != nil || a.ExprBody != nil {
			return true
		}
	}
	return false
}

func (c *checker) params(pl *syntax.ParamList, env *typeEnv, user bool) []*paramSym {
	if pl == nil {
		return nil
	}
	out := make([]*paramSym, 0, len(pl.List))
	for _, p := range pl.List {
		prm := &paramSym{Mode: p.Mode, HasDefault: p.Default != nil, IsParams: p.Params}
		if p.Name != nil {
			prm.Name = p.Name.Name
		}
		if p.Type != nil {
			prm.Type = c.resolveType(p.Type, env, c.report && user)
		} else {
			prm.Type = tUnknown
		}
		out = append(out, prm)
	}
	return out
}

// checkDuplicates reports CS0111 and CS0102 for the members of user types.
func (c *checker) checkDuplicates(s *typeSym) {
	names := make([]string, 0, len(s.members))
	for n := range s.members {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		ms := s.members[n]
		for i, m := range ms {
			if m.Iface || m.Kind == mOperator {
				continue
			}
			for _, o := range ms[:i] {
				if o.Iface || o.Kind == mOperator {
					continue
				}
				fm := m.Kind == mMethod || m.Kind == mCtor
				fo := o.Kind == mMethod || o.Kind == mCtor
				if fm && fo {
					if m.Mods&syntax.ModPartial != 0 && o.Mods&syntax.ModPartial != 0 {
						continue // declaration and implementation of a partial method
					}
					if len(m.TParams) == len(o.TParams) && sameParams(m.Params, o.Params) {
						name := m.Name
						if m.Kind == mCtor {
							name = s.Name
						}
						c.errorf(m.Pos, "CS0111", "Type '%s' already defines a member called '%s' with the same parameter types", s.selfType(), name)
						break
					}
					continue
				}
				if m.Kind == mIndexer && o.Kind == mIndexer {
					if sameParams(m.Params, o.Params) {
						c.errorf(m.Pos, "CS0111", "Type '%s' already defines a member called 'this' with the same parameter types", s.selfType())
						break
					}
					continue
				}
				if m.Kind == mEnumConst {
					c.errorf(m.Pos, "CS0102", "The type '%s' already contains a definition for '%s'", s.selfType(), m.Name)
					break
				}
				c.errorf(m.Pos, "CS0102", "The type '%s' already contains a definition for '%s'", s.selfType(), m.Name)
				break
			}
		}
	}
}

func sameParams(a, b []*paramSym) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if isUnknown(a[i].Type) || isUnknown(b[i].Type) {
			return false
		}
		if !identicalModuloMethodTParams(a[i].Type, b[i].Type) || (a[i].Mode == syntax.ByValue) != (b[i].Mode == syntax.ByValue) {
			return false
		}
	}
	return true
}

func identicalModuloMethodTParams(a, b *ty) bool {
	if a.kind == kTypeParam && b.kind == kTypeParam {
		return a.tp.Index == b.tp.Index
	}
	return identical(a, b)
}
