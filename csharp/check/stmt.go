package check

import (
	"rpbench/csharp/syntax"
)

func (b *binder) block(s *syntax.BlockStmt) {
	if s == nil {
		return
	}
	b.push()
	b.stmts(s.Stmts)
	b.pop()
}

// stmts binds a statement list in the current scope; local functions are
// declared first (they are visible in the whole block).
func (b *binder) stmts(list []syntax.Stmt) {
	for _, s := range list {
		if lf, ok := s.(*syntax.LocalFuncStmt); ok {
			b.declareLocalFunc(lf.Func)
		}
	}
	for _, s := range list {
		b.stmt(s)
	}
}

func (b *binder) declareLocalFunc(md *syntax.MethodDecl) {
	var tps []*tparamSym
	for i, tp := range md.TypeParams {
		tps = append(tps, &tparamSym{Name: tp.Name.Name, Index: 100 + i})
	}
	env := b.envWith(tps)
	m := &memberSym{Kind: mMethod, Name: md.Name.Name, Mods: md.Mods.Flags | syntax.ModPrivate, Decl: md, Pos: md.Name.At, TParams: tps}
	m.Type = b.c.resolveType(md.Result, env, true)
	m.Params = b.c.params(md.Params, env, true)
	m.Owner = b.fn.typ
	if m.Owner == nil {
		m.Owner = &typeSym{Name: "Program"}
	}
	l := b.declare(md.Name, tUnknown)
	l.method = m
}

func (b *binder) envWith(tps []*tparamSym) *typeEnv {
	env := *b.fn.env
	if len(tps) > 0 {
		env.mtparams = append(append([]*tparamSym(nil), env.mtparams...), tps...)
	}
	return &env
}

func (b *binder) stmt(s syntax.Stmt) {
	switch s := s.(type) {
	case *syntax.BlockStmt:
		b.block(s)
	case *syntax.EmptyStmt, *syntax.BadStmt:
	case *syntax.LocalDeclStmt:
		b.localDecl(s)
		if s.Using && !s.Await {
			b.disposableLocals(s)
		}
	case *syntax.LocalFuncStmt:
		b.localFunc(s.Func)
	case *syntax.ExprStmt:
		b.exprStmt(s.X)
	case *syntax.IfStmt:
		b.cond(s.Cond)
		b.embedded(s.Then)
		if s.Else != nil {
			b.embedded(s.Else)
		}
	case *syntax.WhileStmt:
		// expression variables of the condition are scoped to the statement
		b.push()
		b.cond(s.Cond)
		b.loopBody(s.Body)
		b.pop()
	case *syntax.DoStmt:
		b.push()
		b.loopBody(s.Body)
		b.cond(s.Cond)
		b.pop()
	case *syntax.ForStmt:
		b.push()
		for _, st := range s.Init {
			b.stmt(st)
		}
		if s.Cond != nil {
			b.cond(s.Cond)
		}
		b.loopBody(s.Body)
		for _, p := range s.Post {
			b.exprStmt(p)
		}
		b.pop()
	case *syntax.ForeachStmt:
		b.push()
		defer b.pop()
		xt := b.value(s.X, nil)
		et := b.c.elementType(xt)
		if !isUnknown(xt) && isUnknown(et) && xt.kind == kNamed && xt.sym.User && len(b.c.members(xt, "GetEnumerator")) == 0 {
			b.c.errorf(s.X.Pos(), "CS1579", "foreach statement cannot operate on variables of type '%s' because '%s' does not contain a public instance or extension definition for 'GetEnumerator'", xt, xt)
		}
		b.push()
		b.sc.loop = true
		if s.Target != nil {
			b.deconstructTarget(s.Target, et)
		} else {
			t := et
			if !isVar(s.Type) {
				t = b.typ(s.Type)
				if !isUnknown(et) && !isUnknown(t) && !b.c.explicitExists(et, t) {
					b.c.errorf(s.Type.Pos(), "CS0030", "Cannot convert type '%s' to '%s'", et, t)
				}
			}
			b.declare(s.Name, t).ro = "foreach iteration variable"
		}
		b.embedded(s.Body)
		b.pop()
	case *syntax.SwitchStmt:
		b.push()
		tagOp := b.expr(s.Tag, nil)
		tag := b.valueOf(tagOp, s.Tag)
		if tagOp.cnst && tagOp.mode == mValue {
			if b.c.constConds == nil {
				b.c.constConds = map[syntax.Expr]bool{}
			}
			b.c.constConds[s.Tag] = true
		}
		b.sc.swtch = true
		for _, sec := range s.Sections {
			// pattern variables of the labels live in the section; locals
			// declared by its statements live in the whole switch block
			b.push()
			b.sc.section = true
			b.inLabel = true
			for _, l := range sec.Labels {
				if l.Pat != nil {
					b.pattern(l.Pat, tag)
				}
				if l.When != nil {
					b.cond(l.When)
				}
			}
			b.inLabel = false
			b.stmts(sec.Stmts)
			b.pop()
		}
		b.pop()
	case *syntax.BranchStmt:
		switch s.Tok {
		case syntax.BREAK:
			if !b.inBreakable(false) {
				b.c.errorf(s.At, "CS0139", "No enclosing loop out of which to break or continue")
			}
		case syntax.CONTINUE:
			if !b.inBreakable(true) {
				b.c.errorf(s.At, "CS0139", "No enclosing loop out of which to break or continue")
			}
		case syntax.GOTO:
			if s.Label != nil && !b.fn.labels[s.Label.Name] {
				b.c.errorf(s.Label.At, "CS0159", "No such label '%s' within the scope of the goto statement", s.Label.Name)
			}
			if s.Case != nil {
				b.value(s.Case, nil)
			}
		}
	case *syntax.ReturnStmt:
		b.ret(s)
	case *syntax.ThrowStmt:
		if s.X != nil {
			b.throwable(b.value(s.X, nil), s.X)
		}
	case *syntax.YieldStmt:
		if s.X != nil {
			b.value(s.X, nil)
		}
	case *syntax.LabeledStmt:
		b.stmt(s.Stmt)
	case *syntax.TryStmt:
		b.block(s.Body)
		var caught []*ty // the types of the earlier catch clauses without filters
		for _, cc := range s.Catches {
			b.push()
			var t *ty = tUnknown
			if cc.Type != nil {
				t = b.typ(cc.Type)
				b.throwable(t, cc.Type)
				for _, p := range caught {
					if t.kind == kNamed && p.kind == kNamed && !brokenChain(t.sym) && (t.sym == p.sym || b.c.derivesFrom(t.sym, p.sym)) {
						b.c.errorf(cc.Type.Pos(), "CS0160", "A previous catch clause already catches all exceptions of this or of a super type ('%s')", p)
						break
					}
				}
				if cc.Filter == nil && !isUnknown(t) {
					caught = append(caught, t)
				}
			}
			if cc.Name != nil {
				b.declare(cc.Name, t)
			}
			if cc.Filter != nil {
				b.cond(cc.Filter)
			}
			b.block(cc.Body)
			b.pop()
		}
		if s.Finally != nil {
			b.block(s.Finally)
		}
	case *syntax.UsingStmt:
		b.push()
		if s.Decl != nil {
			b.localDecl(s.Decl)
			if !s.Await {
				b.disposableLocals(s.Decl)
			}
		} else if s.X != nil {
			t := b.value(s.X, nil)
			if !s.Await {
				b.disposable(t, s.X.Pos())
			}
		}
		b.embedded(s.Body)
		b.pop()
	case *syntax.LockStmt:
		b.push()
		if t := b.value(s.X, nil); !isUnknown(t) && t.kind != kTypeParam && isValueType(t) {
			b.c.errorf(s.X.Pos(), "CS0185", "'%s' is not a reference type as required by the lock statement", t)
		}
		b.embedded(s.Body)
		b.pop()
	case *syntax.CheckedStmt:
		b.block(s.Body)
	case *syntax.UnsafeStmt:
		b.c.errorf(s.At, "RP0001", "unsupported: unsafe code")
	case *syntax.FixedStmt:
		b.c.errorf(s.At, "RP0001", "unsupported: unsafe code (fixed)")
	}
}

func (b *binder) inBreakable(cont bool) bool {
	for s := b.sc; s != nil; s = s.parent {
		if s.loop || (s.swtch && !cont) {
			return true
		}
		if s.boundary {
			return false
		}
	}
	return false
}

func (b *binder) embedded(s syntax.Stmt) {
	b.push()
	b.stmt(s)
	b.pop()
}

func (b *binder) loopBody(s syntax.Stmt) {
	b.push()
	b.sc.loop = true
	b.stmt(s)
	b.pop()
}

func isVar(e syntax.Expr) bool {
	id, ok := e.(*syntax.Ident)
	return ok && id.Name == "var" && len(id.TypeArgs) == 0
}

// typ resolves a type in the current function's context, reporting unknown names.
func (b *binder) typ(e syntax.Expr) *ty {
	return b.c.resolveType(e, b.fn.env, true)
}

func (b *binder) localDecl(s *syntax.LocalDeclStmt) {
	if isVar(s.Type) {
		if _, found := b.c.lookupTypeName("var", 0, b.fn.env); !found {
			for _, v := range s.Vars {
				if v.Init == nil {
					b.c.errorf(v.Name.At, "CS0818", "Implicitly-typed variables must be initialized")
					b.declare(v.Name, tUnknown)
					continue
				}
				if oc, ok := v.Init.(*syntax.ObjectCreation); ok && oc.Type == nil {
					b.c.errorf(oc.At, "CS8754", "There is no target type for 'new()'")
				}
				op := b.expr(v.Init, nil)
				t := op.t
				switch {
				case op.mode == mLambda:
					// C# 10+: a lambda has a natural type only when its parameters are typed
					b.c.errorf(v.Init.Pos(), "CS8917", "The delegate type could not be inferred.")
					t = tUnknown
				case op.mode == mGroup:
					t = b.c.naturalDelegate(op)
					if t == nil {
						b.c.errorf(v.Init.Pos(), "CS0815", "Cannot assign method group to an implicitly-typed variable")
						t = tUnknown
					}
				case op.mode == mValue && t != nil && t.kind == kNull:
					b.c.errorf(v.Init.Pos(), "CS0815", "Cannot assign <null> to an implicitly-typed variable")
					t = tUnknown
				case op.mode == mValue && t != nil && t.kind == kVoid:
					b.c.errorf(v.Init.Pos(), "CS0815", "Cannot assign void to an implicitly-typed variable")
					t = tUnknown
				case op.mode != mValue:
					b.valueOf(op, v.Init)
					t = tUnknown
				}
				b.declare(v.Name, t)
			}
			return
		}
	}
	t := b.typ(s.Type)
	for _, v := range s.Vars {
		// the local is in scope in its own initializer (int x = x + 1 is CS0165)
		l := b.declare(v.Name, t)
		l.isConst = s.Mods.Has(syntax.ModConst)
		if v.Init != nil {
			b.assignTo(t, v.Init)
		} else if v.Name != nil {
			// declared unassigned: the flow pass needs its type (struct or class)
			if b.c.localTypes == nil {
				b.c.localTypes = map[*syntax.Ident]*ty{}
			}
			b.c.localTypes[v.Name] = t
		}
	}
}

func (b *binder) localFunc(md *syntax.MethodDecl) {
	l := b.sc.lookup(md.Name.Name)
	var m *memberSym
	if l != nil && l.method != nil && l.method.Decl == md {
		m = l.method
	} else {
		return
	}
	f := &fn{parent: b.fn, typ: b.fn.typ, env: b.envWith(m.TParams), static: b.fn.static || md.Mods.Has(syntax.ModStatic), ret: m.Type, localFunc: true, name: md.Name.Name + "(" + paramList(m.Params) + ")", labels: nil}
	f.async = md.Mods.Has(syntax.ModAsync)
	declared := f.ret
	if md.Body != nil && containsYield(md.Body) {
		f.iter = true
		f.ret = tUnknown
	} else if f.async {
		f.ret = b.c.asyncResult(f.ret)
		f.retTask = isTaskNoValue(declared)
	}
	inner := &binder{c: b.c, fn: f, sc: &scope{parent: b.sc, fn: f, boundary: true}}
	inner.declareParams(md.Params, m.Params)
	if md.Body != nil {
		inner.collectLabels(md.Body)
		inner.block(md.Body)
		if !f.iter && !isUnknown(f.ret) && f.ret.kind != kVoid {
			b.c.needValue(md.Body, md.Name.At, f.name)
		}
	} else if md.ExprBody != nil {
		if isUnknown(f.ret) || f.ret.kind == kVoid {
			inner.expr(md.ExprBody, nil)
		} else {
			inner.assignTo(f.ret, md.ExprBody)
		}
	}
}

func (b *binder) ret(s *syntax.ReturnStmt) {
	f := b.fn
	if f.lambda && f.ret != nil && f.ret.kind == kVoid && s.X != nil {
		f.rets = append(f.rets, b.value(s.X, nil))
		if !f.retTask {
			b.c.errorf(s.At, "CS8030", "Anonymous function converted to a void returning delegate cannot return a value")
		} else {
			b.c.errorf(s.At, "CS8031", "Async lambda expression converted to a 'Task' returning delegate cannot return a value")
		}
		return
	}
	if f.lambda && f.ret == nil {
		if s.X == nil {
			f.retVoid = true
			return
		}
		t := b.value(s.X, nil)
		f.rets = append(f.rets, t)
		return
	}
	if s.X == nil {
		if f.ret != nil && !isUnknown(f.ret) && f.ret.kind != kVoid && !f.iter {
			b.c.errorf(s.At, "CS0126", "An object of a type convertible to '%s' is required", f.ret)
		}
		return
	}
	if f.ret != nil && f.ret.kind == kVoid {
		t := b.value(s.X, nil)
		if isUnknown(t) {
			return
		}
		if f.lambda {
			b.c.errorf(s.At, "CS8030", "Anonymous function converted to a void returning delegate cannot return a value")
		} else if f.retTask {
			b.c.errorf(s.At, "CS1997", "Since '%s' is an async method that returns 'Task', a return keyword must not be followed by an object expression", f.name)
		} else {
			b.c.errorf(s.At, "CS0127", "Since '%s' returns void, a return keyword must not be followed by an object expression", f.name)
		}
		return
	}
	b.assignTo(f.ret, s.X)
}

// exprStmt binds an expression used as a statement (CS0201 for the others).
func (b *binder) exprStmt(e syntax.Expr) {
	switch x := e.(type) {
	case *syntax.CallExpr:
		op := b.expr(e, nil)
		if b.fn.async && op.mode == mValue && isAwaitable(op.t) {
			b.c.warnf(e.Pos(), "CS4014", "Because this call is not awaited, execution of the current method continues before the call is completed. Consider applying the 'await' operator to the result of the call.")
		}
		return
	case *syntax.AssignExpr, *syntax.AwaitExpr, *syntax.ObjectCreation,
		*syntax.PostfixExpr, *syntax.CondAccess, *syntax.ThrowExpr, *syntax.BadExpr:
		b.expr(e, nil)
		return
	case *syntax.UnaryExpr:
		if x.Op == syntax.INC || x.Op == syntax.DEC {
			b.expr(e, nil)
			return
		}
	case *syntax.ParenExpr:
	}
	op := b.expr(e, nil)
	if op.mode == mValue && isUnknown(op.t) {
		return
	}
	b.c.errorf(e.Pos(), "CS0201", "Only assignment, call, increment, decrement, await, and new object expressions can be used as a statement")
}

func (b *binder) cond(e syntax.Expr) {
	t := b.c.special("System.Boolean")
	op := b.expr(e, t)
	if op.cnst && op.mode == mValue && !isLit(e, syntax.TrueLit) && !isLit(e, syntax.FalseLit) {
		if b.c.constConds == nil {
			b.c.constConds = map[syntax.Expr]bool{}
		}
		b.c.constConds[e] = true
	}
	b.convertOp(op, t, e)
}

// endReachable reports whether the end of s can be reached. When in doubt it
// answers false (so no "not all code paths return a value" is reported).
func endReachable(s syntax.Stmt) bool {
	switch s := s.(type) {
	case nil:
		return true
	case *syntax.BlockStmt:
		for _, st := range s.Stmts {
			if !endReachable(st) {
				return false
			}
		}
		return true
	case *syntax.ReturnStmt, *syntax.ThrowStmt, *syntax.BranchStmt:
		return false
	case *syntax.ExprStmt:
		_, isThrow := s.X.(*syntax.ThrowExpr)
		return !isThrow
	case *syntax.YieldStmt:
		return !s.Break
	case *syntax.IfStmt:
		if isLit(s.Cond, syntax.TrueLit) {
			return endReachable(s.Then)
		}
		if s.Else == nil {
			return true
		}
		if isLit(s.Cond, syntax.FalseLit) {
			return endReachable(s.Else)
		}
		return endReachable(s.Then) || endReachable(s.Else)
	case *syntax.WhileStmt:
		if isLit(s.Cond, syntax.TrueLit) {
			return hasBreak(s.Body)
		}
		return true
	case *syntax.DoStmt:
		if isLit(s.Cond, syntax.TrueLit) {
			return hasBreak(s.Body)
		}
		return true
	case *syntax.ForStmt:
		if s.Cond == nil || isLit(s.Cond, syntax.TrueLit) {
			return hasBreak(s.Body)
		}
		return true
	case *syntax.SwitchStmt:
		hasDefault := false
		sawTrue, sawFalse := false, false
		for _, sec := range s.Sections {
			for _, l := range sec.Labels {
				if l.Default || (l.When == nil && isCatchAll(l.Pat)) {
					hasDefault = true
				}
				if l.Pat != nil && l.When == nil && !isConstLabel(l.Pat) {
					// a pattern: the set may be exhaustive (not analysed), so
					// the end counts as unreachable (no false CS0161)
					hasDefault = true
				}
				if cp, ok := l.Pat.(*syntax.ConstantPattern); ok && l.When == nil {
					sawTrue = sawTrue || isLit(cp.X, syntax.TrueLit)
					sawFalse = sawFalse || isLit(cp.X, syntax.FalseLit)
				}
			}
			for _, st := range sec.Stmts {
				if hasBreak(st) {
					return true
				}
			}
		}
		if sawTrue && sawFalse {
			hasDefault = true
		}
		if !hasDefault {
			return true
		}
		if n := len(s.Sections); n > 0 {
			st := s.Sections[n-1].Stmts
			if len(st) > 0 && endReachable(&syntax.BlockStmt{Stmts: st}) {
				return true
			}
		}
		return false
	case *syntax.TryStmt:
		r := endReachable(s.Body)
		for _, cc := range s.Catches {
			r = r || endReachable(cc.Body)
		}
		if s.Finally != nil && !endReachable(s.Finally) {
			return false
		}
		return r
	case *syntax.UsingStmt:
		return endReachable(s.Body)
	case *syntax.LockStmt:
		return endReachable(s.Body)
	case *syntax.CheckedStmt:
		return endReachable(s.Body)
	case *syntax.LabeledStmt:
		return true
	case *syntax.BadStmt:
		return false
	}
	return true
}

// isConstLabel reports whether a case label is surely a constant (a literal,
// a negated literal or a qualified name such as Color.Red).
func isConstLabel(p syntax.Pattern) bool {
	cp, ok := p.(*syntax.ConstantPattern)
	if !ok {
		return false
	}
	x := cp.X
	if u, ok := x.(*syntax.UnaryExpr); ok && u.Op == syntax.MINUS {
		x = u.X
	}
	switch x.(type) {
	case *syntax.BasicLit, *syntax.MemberAccess, *syntax.InterpolatedString:
		return true
	}
	return false
}

func isCatchAll(p syntax.Pattern) bool {
	switch p := p.(type) {
	case *syntax.DiscardPattern:
		return true
	case *syntax.VarPattern:
		return true
	case *syntax.ConstantPattern:
		if id, ok := p.X.(*syntax.Ident); ok && id.Name == "_" {
			return true
		}
	}
	return false
}

func isLit(e syntax.Expr, k syntax.LitKind) bool {
	for {
		p, ok := e.(*syntax.ParenExpr)
		if !ok {
			break
		}
		e = p.X
	}
	l, ok := e.(*syntax.BasicLit)
	return ok && l.Kind == k
}

// hasBreak reports whether s contains a break that targets the enclosing
// loop or switch (not one of a nested loop or switch). A goto counts too
// (it may leave the loop).
func hasBreak(s syntax.Stmt) bool {
	found := false
	syntax.Inspect(s, func(n syntax.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *syntax.BranchStmt:
			if n.Tok == syntax.BREAK || n.Tok == syntax.GOTO && n.Label != nil { // goto case/default stay in the switch
				found = true
			}
		case *syntax.WhileStmt, *syntax.DoStmt, *syntax.ForStmt, *syntax.ForeachStmt:
			if n != s {
				found = found || containsGoto(n)
				return false
			}
		case *syntax.SwitchStmt:
			if n != s {
				found = found || containsGoto(n)
				return false
			}
		case *syntax.LambdaExpr, *syntax.AnonMethodExpr, *syntax.LocalFuncStmt:
			return false
		}
		return true
	})
	return found
}

func containsGoto(n syntax.Node) bool {
	found := false
	syntax.Inspect(n, func(n syntax.Node) bool {
		if b, ok := n.(*syntax.BranchStmt); ok && b.Tok == syntax.GOTO && b.Label != nil {
			found = true
		}
		return !found
	})
	return found
}

// throwable reports a thrown value that is not an exception (CS0155).
func (b *binder) throwable(t *ty, e syntax.Expr) {
	if isUnknown(t) || t.kind != kNamed || t.sym == nil || brokenChain(t.sym) {
		return
	}
	ex := b.c.special("System.Exception")
	if isUnknown(ex) || ex.sym == nil || t.sym == ex.sym || b.c.derivesFrom(t.sym, ex.sym) {
		return
	}
	if t.sym.Kind == symInterface {
		return
	}
	b.c.errorf(e.Pos(), "CS0155", "The type caught or thrown must be derived from System.Exception")
}

// disposable reports a using statement whose resource is not IDisposable (CS1674).
func (b *binder) disposable(t *ty, pos syntax.Pos) {
	if isUnknown(t) || t.kind == kTypeParam || t.kind == kNull || (t.kind == kNamed && t.sym != nil && brokenChain(t.sym)) {
		return
	}
	d := b.c.special("System.IDisposable")
	if isUnknown(d) || t.kind != kNamed || t.sym == nil {
		return
	}
	// checked for user types and the built-in ones (library declarations
	// may omit an interface)
	if !t.sym.User && !(t.sym.NS == "System" && (isObject(t) || isString(t) || numKind(t) != nNone || t.sym.Name == "Boolean")) {
		return
	}
	found := false
	b.c.supertypes(t, func(st *ty) bool {
		if st.sym == d.sym || len(b.c.members(st, "Dispose")) > 0 && t.sym.Kind != symInterface {
			found = true
			return false
		}
		return true
	})
	if found {
		return
	}
	b.c.errorf(pos, "CS1674", "'%s': type used in a using statement must be implicitly convertible to 'System.IDisposable'", t)
}

// disposableLocals checks the locals of a using declaration (CS1674).
func (b *binder) disposableLocals(s *syntax.LocalDeclStmt) {
	for _, v := range s.Vars {
		if v.Name == nil {
			continue
		}
		if l := b.sc.lookup(v.Name.Name); l != nil && l.method == nil {
			l.ro = "using variable"
			b.disposable(l.t, v.Name.At)
		}
	}
}

// isAwaitable reports whether t is Task, Task<T>, ValueTask or ValueTask<T>.
func isAwaitable(t *ty) bool {
	return t != nil && t.kind == kNamed && t.sym != nil && t.sym.NS == "System.Threading.Tasks" && (t.sym.Name == "Task" || t.sym.Name == "ValueTask")
}
