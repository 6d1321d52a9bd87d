package check

import "rpbench/csharp/syntax"

// This file binds query expressions. A query is bound as its translation to
// method calls (syntax.LowerQuery: Where, Select, SelectMany, Join, GroupBy,
// ...), so range variables are typed by the lambdas of those calls and an
// error inside a clause is reported where the user wrote it. The one error
// of the query as such is a source type without the method a clause needs
// (CS1936, or CS1935 when a using directive for System.Linq would supply it),
// reported at the clause.

// queryExpr binds a query expression.
func (b *binder) queryExpr(e *syntax.QueryExpr, want *ty) operand {
	low := e.Lowered()
	n := len(b.c.diags)
	flagged := b.rangeVarConflicts(e)
	op := b.expr(low, want)
	if b.c.silent > 0 || !b.c.report {
		return op
	}
	if len(flagged) > 0 {
		// a range variable declared twice is CS1930/CS1931, not the
		// duplicate local or parameter of the translation's lambdas
		kept := b.c.diags[:n]
		for _, d := range b.c.diags[n:] {
			if (d.Code == "CS0128" || d.Code == "CS0136") && flagged[d.Pos] {
				continue
			}
			kept = append(kept, d)
		}
		b.c.diags = kept
	}
	if awaits := clauseAwaits(e); len(awaits) > 0 {
		// an await in a clause is in a lambda of the translation
		for i := n; i < len(b.c.diags); i++ {
			if d := &b.c.diags[i]; d.Code == "CS4034" && awaits[d.Pos] {
				d.Code = "CS1995"
				d.Msg = "The 'await' operator may only be used in a query expression within the first collection expression of the initial 'from' clause or within the collection expression of a 'join' clause"
			}
		}
	}
	name, src, hint := b.queryPatternMissing(low)
	if name == nil {
		return op
	}
	// the missing method's own error (CS1061) gives way to the query's
	kept := b.c.diags[:n]
	for _, d := range b.c.diags[n:] {
		if d.Pos.Offset == name.At.Offset && d.Pos.File == name.At.File && d.Code == "CS1061" || d.Code == "CS1929" {
			continue
		}
		kept = append(kept, d)
	}
	b.c.diags = kept
	if hint != "" {
		b.c.errorf(name.At, "CS1935", "Could not find an implementation of the query pattern for source type '%s'.  '%s' not found.  Are you missing required assembly references or a using directive for 'System.Linq'?", src, name.Name)
	} else {
		b.c.errorf(name.At, "CS1936", "Could not find an implementation of the query pattern for source type '%s'.  '%s' not found.", src, name.Name)
	}
	return unknownOp
}

// clauseAwaits returns the positions of the await expressions of a query
// that the translation puts in its lambdas: all but those of the first
// from clause's source and of join sources (and of the user's own lambdas).
func clauseAwaits(e *syntax.QueryExpr) map[syntax.Pos]bool {
	var out map[syntax.Pos]bool
	find := func(x syntax.Expr) {
		if x == nil {
			return
		}
		syntax.Inspect(x, func(n syntax.Node) bool {
			switch n := n.(type) {
			case *syntax.LambdaExpr, *syntax.AnonMethodExpr:
				return false
			case *syntax.AwaitExpr:
				if out == nil {
					out = map[syntax.Pos]bool{}
				}
				out[n.At] = true
			}
			return true
		})
	}
	for i, cl := range e.Clauses {
		switch cl := cl.(type) {
		case *syntax.FromClause:
			if i > 0 {
				find(cl.X)
			}
		case *syntax.LetClause:
			find(cl.X)
		case *syntax.WhereClause:
			find(cl.Cond)
		case *syntax.JoinClause:
			find(cl.Left)
			find(cl.Right)
		case *syntax.OrderByClause:
			for _, o := range cl.Orderings {
				find(o.X)
			}
		case *syntax.SelectClause:
			find(cl.X)
		case *syntax.GroupClause:
			find(cl.X)
			find(cl.By)
		}
	}
	return out
}

// rangeVarConflicts reports a range variable declared twice in one query
// (CS1930) or named like a local or parameter in scope (CS1931), and returns
// the positions of those declarations.
func (b *binder) rangeVarConflicts(e *syntax.QueryExpr) map[syntax.Pos]bool {
	var flagged map[syntax.Pos]bool
	seen := map[string]bool{}
	check := func(id *syntax.Ident, keep bool) {
		if id == nil || id.Name == "" {
			return
		}
		switch {
		case seen[id.Name]:
			b.c.errorf(id.At, "CS1930", "The range variable '%s' has already been declared", id.Name)
		case b.sc.lookup(id.Name) != nil:
			b.c.errorf(id.At, "CS1931", "The range variable '%s' conflicts with a previous declaration of '%s'", id.Name, id.Name)
		default:
			if keep {
				seen[id.Name] = true
			}
			return
		}
		if flagged == nil {
			flagged = map[syntax.Pos]bool{}
		}
		flagged[id.At] = true
	}
	for _, cl := range e.Clauses {
		switch cl := cl.(type) {
		case *syntax.FromClause:
			check(cl.Name, true)
		case *syntax.LetClause:
			check(cl.Name, true)
		case *syntax.JoinClause:
			check(cl.Name, cl.Into == nil)
			if cl.Into != nil {
				check(cl.Into, true)
			}
		case *syntax.IntoClause:
			seen = map[string]bool{}
			check(cl.Name, true)
		}
	}
	return flagged
}

// queryPatternMissing finds the first method of a lowered query (innermost
// call first) that its receiver's type lacks: no member and no applicable
// extension method of that name. It returns nil when every method is found
// or a receiver's type is unknown. hint names a namespace whose extension
// methods would apply when it is imported.
func (b *binder) queryPatternMissing(low syntax.Expr) (name *syntax.Ident, src *ty, hint string) {
	var chain []*syntax.MemberAccess
	for x := low; ; {
		ce, ok := x.(*syntax.CallExpr)
		if !ok {
			break
		}
		ma, ok := ce.Fun.(*syntax.MemberAccess)
		if !ok || !syntax.IsQueryMethod(ma.Name) {
			break
		}
		chain = append(chain, ma)
		x = ma.X
	}
	b.c.silent++
	defer func() { b.c.silent-- }()
	for i := len(chain) - 1; i >= 0; i-- {
		ma := chain[i]
		op := b.expr(ma.X, nil)
		t := op.t
		if op.mode != mValue || isUnknown(t) || t.kind == kTypeParam || t.kind == kNull || t.kind == kVoid {
			return nil, nil, ""
		}
		if len(b.c.members(t, ma.Name.Name)) > 0 {
			continue
		}
		applies := func(m *memberSym) bool {
			return len(m.Params) > 0 && b.extensionApplies(t, m.Params[0].Type)
		}
		found := false
		for _, k := range b.extensions(ma.Name.Name) {
			if applies(k.m) {
				found = true
				break
			}
		}
		if found {
			continue
		}
		h := b.c.usingHint(func(n *nsInfo) bool {
			for _, m := range n.exts {
				if m.Name == ma.Name.Name && applies(m) {
					return true
				}
			}
			return false
		})
		return ma.Name, t, h
	}
	return nil, nil, ""
}

// extensionApplies reports whether an extension method whose receiver
// parameter has type p may apply to a receiver of type t: p is a type
// parameter, or t is or implements p's generic type (IEnumerable<T> for
// Enumerable's methods), or t converts to p. It errs on the side of yes.
func (b *binder) extensionApplies(t, p *ty) bool {
	switch {
	case p == nil || isUnknown(p) || p.kind == kTypeParam:
		return true
	case p.kind == kNamed && len(p.args) > 0:
		if t.kind == kArray || t.kind == kNamed || t.kind == kTuple {
			return b.c.asSuper(t, p.sym) != nil
		}
		return true
	}
	return b.c.convertible(t, p, nil)
}

// transparentIdent types a query's transparent identifier (the anonymous
// object that carries the range variables after a let, a second from or a
// join) as a tuple whose element names are the range variables, so that the
// range variables the translation's lambdas unpack from it (var x = t.x)
// keep their types. The program never sees this object, so the tuple type
// stands in for the anonymous type that the checker does not model.
func (b *binder) transparentIdent(e *syntax.AnonObjectCreation) operand {
	t := &ty{kind: kTuple}
	for _, m := range e.Members {
		name := ""
		if m.Name != nil {
			name = m.Name.Name
		} else if id, ok := m.X.(*syntax.Ident); ok {
			name = id.Name
		}
		t.elems = append(t.elems, b.rangeValue(m))
		t.names = append(t.names, name)
	}
	return val(t)
}

// rangeValue binds the value of one range variable of a transparent
// identifier; a let clause's value must have a type (CS1932).
func (b *binder) rangeValue(m *syntax.AnonMember) *ty {
	op := b.expr(m.X, nil)
	what := ""
	switch {
	case op.mode == mGroup:
		if t := b.c.naturalDelegate(op); t != nil {
			return t
		}
		what = "method group"
	case op.mode == mValue && op.t != nil && op.t.kind == kNull:
		what = "<null>"
	case op.mode == mValue && op.t != nil && op.t.kind == kVoid:
		what = "void"
	case op.mode != mValue:
		return b.valueOf(op, m.X)
	default:
		return op.t
	}
	if m.Name != nil {
		b.c.errorf(m.Name.At, "CS1932", "Cannot assign %s to a range variable", what)
	}
	return tUnknown
}
