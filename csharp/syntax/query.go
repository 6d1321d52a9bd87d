package syntax

import "strconv"

// This file lowers query expressions (from ... select ...) to method
// invocations, by the syntactic translation of the C# specification
// (ECMA-334 §12.20.3, "Query expression translation"). The checker and the
// interpreter see only the translation: a query is whatever its Select,
// Where, SelectMany, Join, GroupJoin, OrderBy, ThenBy, GroupBy and Cast
// calls are for its source, LINQ to Objects or a custom type with the same
// methods (the "query pattern").
//
// The translation follows the specification step by step, with one liberty
// in how transparent identifiers are represented: where the specification
// nests anonymous objects (new { x1, x2 }, then new { *, x3 }), the lowering
// keeps one flat anonymous object with every range variable in scope
// (new { x1, x2, x3 }), and a lambda that takes a transparent identifier t
// declares each range variable as a local (var x1 = t.x1; ...) before it
// returns the clause's expression. The user's expressions are used as they
// are (no rewriting of names), so their positions and their diagnostics stay
// where the user wrote them; the nodes the lowering makes carry the position
// of the clause they come from, so an error in the query pattern itself
// (no Select for this source) points at the clause.

// TransparentPrefix starts the name of every lambda parameter that the
// lowering makes for a transparent identifier; no C# identifier can start
// with it.
const TransparentPrefix = "<>h__TransparentIdentifier"

// Lowered returns the translation of the query into method invocations (see
// LowerQuery). The parser makes it once, so the checker and the interpreter
// see the same nodes; for a QueryExpr built by hand it is made on each call.
func (q *QueryExpr) Lowered() Expr {
	if q.lowered != nil {
		return q.lowered
	}
	return LowerQuery(q)
}

// IsQueryMethod reports whether id is the name of a method invocation made
// by LowerQuery (Select, Where, ...; the checker words its errors about them
// as errors of the query pattern).
func IsQueryMethod(id *Ident) bool {
	return id != nil && id.queryMethod
}

// LowerQuery translates a query expression into method invocations, as the
// C# specification does before binding:
//
//	from x in e where f select v        e.Where(x => f).Select(x => v)
//	from T x in e ...                   from x in e.Cast<T>() ...
//	from x in e let y = f ...           e.Select(x => new { x, y = f }) ...
//	from x1 in e1 from x2 in e2 ...     e1.SelectMany(x1 => e2, (x1, x2) => ...)
//	join x2 in e2 on k1 equals k2       .Join(e2, x1 => k1, x2 => k2, (x1, x2) => ...)
//	join ... into g                     .GroupJoin(e2, x1 => k1, x2 => k2, (x1, g) => ...)
//	orderby k1, k2 descending           .OrderBy(x => k1).ThenByDescending(x => k2)
//	group v by k                        .GroupBy(x => k, x => v)
//	... into y ...                      from y in (...) ...
//
// A query with syntax errors (a Bad node, no select or group at the end)
// still lowers, to something the checker reports no further error for
// than its parts would.
func LowerQuery(q *QueryExpr) Expr {
	if len(q.Clauses) == 0 {
		return &BadExpr{At: q.At}
	}
	first, ok := q.Clauses[0].(*FromClause)
	if !ok {
		return &BadExpr{At: q.At}
	}
	l := &lowerer{}
	return l.query(first, q.Clauses[1:])
}

type lowerer struct{}

// A scope is the range variables in scope at one point of a query: one
// variable, or several carried by a transparent identifier.
type scope struct {
	vars []*Ident
	at   Pos // where the transparent identifier was introduced
}

func (s scope) transparent() bool { return len(s.vars) > 1 }

// query lowers "from x in e" followed by clauses (which may hold
// continuations).
func (l *lowerer) query(first *FromClause, clauses []QueryClause) Expr {
	src := l.source(first.At, first.Type, first.X)
	sc := scope{vars: []*Ident{first.Name}}
	fresh := true // nothing applied yet: "from x in e select x" is e.Select(x => x)
	for i := 0; i < len(clauses); i++ {
		// next reports whether the clause after i is a select (merged into
		// SelectMany, Join and GroupJoin as their result selector).
		nextSelect := func() *SelectClause {
			if i+1 < len(clauses) {
				if s, ok := clauses[i+1].(*SelectClause); ok {
					return s
				}
			}
			return nil
		}
		switch c := clauses[i].(type) {
		case *FromClause:
			inner := l.source(c.At, c.Type, c.X)
			coll := l.lambda(c.At, []scope{sc}, inner)
			next := scope{vars: appendVar(sc.vars, c.Name), at: c.At}
			var res Expr
			if s := nextSelect(); s != nil {
				res = l.lambda(s.At, []scope{sc, {vars: []*Ident{c.Name}}}, s.X)
				i++
				sc = scope{vars: []*Ident{&Ident{At: s.At, Name: "<>"}}} // only an into may follow
			} else {
				res = l.lambda(c.At, []scope{sc, {vars: []*Ident{c.Name}}}, l.anon(c.At, next.vars, nil))
				sc = next
			}
			src = l.call(c.At, src, "SelectMany", nil, coll, res)
		case *LetClause:
			next := scope{vars: appendVar(sc.vars, c.Name), at: c.At}
			src = l.call(c.At, src, "Select", nil, l.lambda(c.At, []scope{sc}, l.anon(c.At, sc.vars, c)))
			sc = next
		case *WhereClause:
			src = l.call(c.At, src, "Where", nil, l.lambda(c.At, []scope{sc}, c.Cond))
		case *JoinClause:
			inner := l.source(c.At, c.Type, c.X)
			outerKey := l.lambda(c.At, []scope{sc}, c.Left)
			innerKey := l.lambda(c.At, []scope{{vars: []*Ident{c.Name}}}, c.Right)
			method, second := "Join", c.Name
			if c.Into != nil {
				method, second = "GroupJoin", c.Into
			}
			next := scope{vars: appendVar(sc.vars, second), at: c.At}
			var res Expr
			if s := nextSelect(); s != nil {
				res = l.lambda(s.At, []scope{sc, {vars: []*Ident{second}}}, s.X)
				i++
				sc = scope{vars: []*Ident{&Ident{At: s.At, Name: "<>"}}}
			} else {
				res = l.lambda(c.At, []scope{sc, {vars: []*Ident{second}}}, l.anon(c.At, next.vars, nil))
				sc = next
			}
			src = l.call(c.At, src, method, nil, inner, outerKey, innerKey, res)
		case *OrderByClause:
			for k, o := range c.Orderings {
				at := c.At
				if k > 0 {
					at = o.X.Pos()
				}
				method := "OrderBy"
				if k > 0 {
					method = "ThenBy"
				}
				if o.Descending {
					method += "Descending"
				}
				src = l.call(at, src, method, nil, l.lambda(at, []scope{sc}, o.X))
			}
		case *SelectClause:
			if fresh || !sc.isVar(c.X) {
				src = l.call(c.At, src, "Select", nil, l.lambda(c.At, []scope{sc}, c.X))
			}
		case *GroupClause:
			key := l.lambda(c.At, []scope{sc}, c.By)
			if sc.isVar(c.X) {
				src = l.call(c.At, src, "GroupBy", nil, key)
			} else {
				src = l.call(c.At, src, "GroupBy", nil, key, l.lambda(c.At, []scope{sc}, c.X))
			}
		case *IntoClause:
			// from ... into y ... is from y in (from ...) ...
			sc = scope{vars: []*Ident{c.Name}}
			fresh = true
			continue
		}
		fresh = false
	}
	return src
}

// isVar reports whether x is the scope's one range variable (select x, group x by k).
func (s scope) isVar(x Expr) bool {
	id, ok := x.(*Ident)
	return ok && !s.transparent() && len(id.TypeArgs) == 0 && id.Name == s.vars[0].Name
}

func appendVar(vars []*Ident, v *Ident) []*Ident {
	out := make([]*Ident, 0, len(vars)+1)
	return append(append(out, vars...), v)
}

// source is the expression a from or join clause ranges over: e, or
// e.Cast<T>() for "from T x in e".
func (l *lowerer) source(at Pos, typ, x Expr) Expr {
	if typ == nil {
		return x
	}
	return l.call(at, x, "Cast", []Expr{typ})
}

// call makes recv.Name<targs>(args) at the clause position at.
func (l *lowerer) call(at Pos, recv Expr, name string, targs []Expr, args ...Expr) Expr {
	if recv == nil {
		recv = &BadExpr{At: at}
	}
	if !isPrimary(recv) {
		recv = &ParenExpr{At: recv.Pos(), X: recv}
	}
	ce := &CallExpr{
		Fun:    &MemberAccess{X: recv, Dot: at, Name: &Ident{At: at, Name: name, TypeArgs: targs, queryMethod: true}},
		Lparen: at,
		Rparen: at,
	}
	for _, a := range args {
		ce.Args = append(ce.Args, &Arg{At: a.Pos(), X: a})
	}
	return ce
}

// isPrimary reports whether x can take a member access without parentheses.
func isPrimary(x Expr) bool {
	switch x.(type) {
	case *Ident, *MemberAccess, *CallExpr, *IndexExpr, *ParenExpr, *BasicLit, *ThisExpr, *BaseExpr,
		*ObjectCreation, *ArrayCreation, *ImplicitArrayCreation, *AnonObjectCreation, *TypeOfExpr, *DefaultExpr,
		*PredefinedType, *BadExpr:
		return true
	}
	return false
}

// lambda makes (p1, p2) => body, where each parameter stands for a scope: a
// range variable by its name, or a transparent identifier whose range
// variables the body declares as locals.
func (l *lowerer) lambda(at Pos, params []scope, body Expr) Expr {
	if body == nil {
		body = &BadExpr{At: at}
	}
	le := &LambdaExpr{At: at, Params: &ParamList{At: at, Rparen: at}, Parens: len(params) != 1, Arrow: at}
	var unpack []Stmt
	var used map[string]bool // the names the body mentions (only those are unpacked)
	for _, s := range params {
		if !s.transparent() {
			v := s.vars[0]
			le.Params.List = append(le.Params.List, &Param{At: v.At, Name: &Ident{At: v.At, Name: v.Name, Verbatim: v.Verbatim}})
			continue
		}
		t := &Ident{At: s.at, Name: TransparentPrefix + strconv.Itoa(int(s.at.Offset))}
		le.Params.List = append(le.Params.List, &Param{At: s.at, Name: t})
		if used == nil {
			used = names(body)
		}
		for _, v := range s.vars {
			if !used[v.Name] {
				continue
			}
			unpack = append(unpack, &LocalDeclStmt{
				At:   at,
				Type: &Ident{At: at, Name: "var"},
				Vars: []*VarDeclarator{{
					At:   v.At,
					Name: &Ident{At: v.At, Name: v.Name, Verbatim: v.Verbatim},
					Init: &MemberAccess{X: &Ident{At: at, Name: t.Name}, Dot: at, Name: &Ident{At: v.At, Name: v.Name}},
				}},
			})
		}
	}
	if len(unpack) == 0 {
		le.ExprBody = body
		return le
	}
	le.Body = &BlockStmt{At: at, Stmts: append(unpack, &ReturnStmt{At: body.Pos(), X: body}), Rbrace: at}
	return le
}

// anon makes the transparent identifier's object: new { x1, x2, ..., y = f }
// (y = f from a let clause, when let is not nil).
func (l *lowerer) anon(at Pos, vars []*Ident, let *LetClause) Expr {
	ao := &AnonObjectCreation{At: at, transparent: true}
	for _, v := range vars {
		ao.Members = append(ao.Members, &AnonMember{X: &Ident{At: v.At, Name: v.Name, Verbatim: v.Verbatim}})
	}
	if let != nil {
		x := let.X
		if x == nil {
			x = &BadExpr{At: let.At}
		}
		ao.Members = append(ao.Members, &AnonMember{Name: &Ident{At: let.Name.At, Name: let.Name.Name}, X: x})
	}
	return ao
}

// names returns the identifiers that occur in x (a superset of the range
// variables it uses).
func names(x Expr) map[string]bool {
	m := map[string]bool{}
	Inspect(x, func(n Node) bool {
		if id, ok := n.(*Ident); ok {
			m[id.Name] = true
		}
		return true
	})
	return m
}
