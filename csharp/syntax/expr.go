package syntax

// maxChain bounds the length of one chain of binary operators (a+b+c+...).
const maxChain = 5000

// Binary operator precedences (higher binds tighter).
const (
	precNone = iota
	precCoalesce
	precOrOr
	precAndAnd
	precOr
	precXor
	precAnd
	precEquality
	precRelational
	precShift
	precAdditive
	precMultiplicative
)

// parseExpr parses an expression (including assignments and lambdas).
func (p *parser) parseExpr() Expr {
	if !p.enter() {
		p.leave()
		return &BadExpr{At: p.t.pos}
	}
	defer p.leave()
	if p.isLambdaStart() {
		return p.parseLambda()
	}
	if p.isQueryStart() {
		return p.parseQuery()
	}
	if p.t.tok == THROW {
		at := p.t.pos
		p.next()
		return &ThrowExpr{At: at, X: p.parseBinary(precCoalesce)}
	}
	x := p.parseConditional()
	if op, n := p.assignOp(); op != ILLEGAL {
		opPos := p.t.pos
		for i := 0; i < n; i++ {
			p.next()
		}
		var y Expr
		if op == ASSIGN && p.t.tok == REF {
			y = p.parseExprOrRef()
		} else {
			y = p.parseExpr()
		}
		return &AssignExpr{X: x, Op: op, OpPos: opPos, Y: y}
	}
	return x
}

// parseExprOrRef parses an expression that may be "ref x" (ref locals and returns).
func (p *parser) parseExprOrRef() Expr {
	if p.t.tok == REF {
		at := p.t.pos
		p.next()
		return &RefExpr{At: at, X: p.parseExpr()}
	}
	return p.parseExpr()
}

// assignOp returns the assignment operator at the current position and the
// number of tokens it spans (>>= and >>>= are made from > tokens).
func (p *parser) assignOp() (Token, int) {
	t := p.t.tok
	if t.IsAssignOp() {
		return t, 1
	}
	if t == GT {
		n1 := p.peek(1)
		if n1.pos.Offset != p.t.endOff {
			return ILLEGAL, 0
		}
		if n1.tok == GE {
			return SHR_ASSIGN, 2
		}
		if n1.tok == GT {
			n2 := p.peek(2)
			if n2.tok == GE && n2.pos.Offset == n1.endOff {
				return USHR_ASSIGN, 3
			}
		}
	}
	return ILLEGAL, 0
}

// binaryOp returns the binary operator at the current position, its
// precedence and its token count (>> and >>> are made from > tokens).
func (p *parser) binaryOp() (Token, int, int) {
	switch p.t.tok {
	case QQ:
		return QQ, precCoalesce, 1
	case OROR:
		return OROR, precOrOr, 1
	case ANDAND:
		return ANDAND, precAndAnd, 1
	case PIPE:
		return PIPE, precOr, 1
	case CARET:
		return CARET, precXor, 1
	case AMP:
		return AMP, precAnd, 1
	case EQ, NE:
		return p.t.tok, precEquality, 1
	case LT, LE, GE, IS, AS:
		return p.t.tok, precRelational, 1
	case GT:
		n1 := p.peek(1)
		if n1.tok == GT && n1.pos.Offset == p.t.endOff {
			n2 := p.peek(2)
			if n2.tok == GT && n2.pos.Offset == n1.endOff {
				if n3 := p.peek(3); n3.tok == GE && n3.pos.Offset == n2.endOff {
					return ILLEGAL, 0, 0 // >>>=
				}
				return USHR, precShift, 3
			}
			if n2.tok == GE && n2.pos.Offset == n1.endOff {
				return ILLEGAL, 0, 0 // >>>=
			}
			return SHR, precShift, 2
		}
		if n1.tok == GE && n1.pos.Offset == p.t.endOff {
			return ILLEGAL, 0, 0 // >>=
		}
		return GT, precRelational, 1
	case SHL:
		return SHL, precShift, 1
	case PLUS, MINUS:
		return p.t.tok, precAdditive, 1
	case STAR, SLASH, PERCENT:
		return p.t.tok, precMultiplicative, 1
	}
	return ILLEGAL, 0, 0
}

// parseConditional parses a ?: b (and everything tighter).
func (p *parser) parseConditional() Expr {
	x := p.parseBinary(precCoalesce)
	if p.t.tok != QUESTION {
		return x
	}
	p.next()
	c := &CondExpr{Cond: x}
	c.Then = p.parseExprOrRef()
	if p.t.tok != COLON {
		p.errorAt(p.missingPos(), "CS1003", "Syntax error, ':' expected")
		c.Else = &BadExpr{At: p.t.pos}
		return c
	}
	p.next()
	c.Else = p.parseExprOrRef()
	return c
}

// parseBinary parses binary operators of precedence >= min by precedence climbing.
func (p *parser) parseBinary(min int) Expr {
	x := p.parseRange()
	for n := 0; ; n++ {
		if n == maxChain {
			// a left-associative chain this long would make every later
			// phase recurse as deep: refuse it, as Roslyn does
			p.quiet = false
			p.errorAt(p.t.pos, "CS8078", "An expression is too long or complex to compile")
			p.tooDeep = true
			p.i = len(p.toks) - 1
			p.t = &p.toks[p.i]
			return x
		}
		op, prec, n := p.binaryOp()
		if op == ILLEGAL || prec < min {
			return x
		}
		opPos := p.t.pos
		for i := 0; i < n; i++ {
			p.next()
		}
		switch op {
		case IS:
			x = &IsExpr{X: x, OpPos: opPos, Pat: p.parsePattern(patIs)}
			continue
		case AS:
			x = &AsExpr{X: x, OpPos: opPos, Type: p.parseTypeMode(true)}
			continue
		}
		var y Expr
		if op == QQ {
			// right-associative
			if p.t.tok == THROW {
				at := p.t.pos
				p.next()
				y = &ThrowExpr{At: at, X: p.parseBinary(precCoalesce)}
			} else {
				y = p.parseBinary(precCoalesce)
			}
		} else {
			y = p.parseBinary(prec + 1)
		}
		x = &BinaryExpr{X: x, Op: op, OpPos: opPos, Y: y}
	}
}

// parseRange parses [x]..[y] and the switch/with postfix forms.
func (p *parser) parseRange() Expr {
	if p.t.tok == DOTDOT {
		r := &RangeExpr{At: p.t.pos, OpPos: p.t.pos}
		p.next()
		if canStartExpr(p.t) && p.t.tok != DOTDOT {
			r.High = p.parseSwitchWith(p.parseUnary())
		}
		return r
	}
	x := p.parseSwitchWith(p.parseUnary())
	if p.t.tok == DOTDOT {
		r := &RangeExpr{At: x.Pos(), Low: x, OpPos: p.t.pos}
		p.next()
		if canStartExpr(p.t) && p.t.tok != DOTDOT {
			r.High = p.parseSwitchWith(p.parseUnary())
		}
		return r
	}
	return x
}

// parseSwitchWith parses "x switch { ... }" and "x with { ... }" after an operand.
func (p *parser) parseSwitchWith(x Expr) Expr {
	for {
		switch {
		case p.t.tok == SWITCH && p.peek(1).tok == LBRACE:
			x = p.parseSwitchExpr(x)
		case p.word("with") && p.peek(1).tok == LBRACE:
			w := &WithExpr{X: x, OpPos: p.t.pos}
			p.next()
			w.Init = p.parseObjectInitializer(WithInit)
			x = w
		default:
			return x
		}
	}
}

func (p *parser) parseSwitchExpr(x Expr) Expr {
	se := &SwitchExpr{X: x, OpPos: p.t.pos}
	p.next()
	p.expect(LBRACE)
	for p.t.tok != RBRACE && p.t.tok != EOF {
		start := p.i
		arm := &SwitchArm{Pat: p.parsePattern(patSwitchArm)}
		if p.word("when") {
			p.next()
			arm.When = p.parseExpr()
		}
		if p.t.tok != LAMBDA {
			p.errorAt(p.missingPos(), "CS1003", "Syntax error, '=>' expected")
		} else {
			p.next()
		}
		arm.Body = p.parseExpr()
		se.Arms = append(se.Arms, arm)
		if !p.listSep(RBRACE) {
			if p.t.tok != RBRACE && p.i == start {
				p.next()
			}
			if p.t.tok != RBRACE {
				p.errorExpected(RBRACE)
				break
			}
		}
	}
	se.Rbrace = p.t.pos
	p.expect(RBRACE)
	return se
}

// isAwait reports whether the current token is the await operator.
func (p *parser) isAwait() bool {
	if !p.word("await") {
		return false
	}
	n := p.peek(1)
	if p.async {
		return canStartExpr(n)
	}
	// outside async code "await" is an operator only when an operand follows
	// that could not follow an identifier.
	switch n.tok {
	case IDENT, THIS, BASE, NEW, TYPEOF, DEFAULT, TRUE, FALSE, NULL, INT, REAL, CHAR, STRING, INTERP:
		return true
	}
	return n.tok.IsPredefinedType()
}

// parseUnary parses prefix operators, casts and await.
func (p *parser) parseUnary() Expr {
	if !p.enter() {
		p.leave()
		return &BadExpr{At: p.t.pos}
	}
	defer p.leave()
	at := p.t.pos
	switch p.t.tok {
	case PLUS, MINUS, NOT, TILDE, INC, DEC, CARET, AMP, STAR:
		op := p.t.tok
		p.next()
		return &UnaryExpr{At: at, Op: op, X: p.parseUnary()}
	case LPAREN:
		if c := p.tryCast(); c != nil {
			return c
		}
	case REF:
		p.next()
		return &RefExpr{At: at, X: p.parseUnary()}
	case IDENT:
		if p.isAwait() {
			p.next()
			return &AwaitExpr{At: at, X: p.parseUnary()}
		}
	}
	return p.parsePostfix(p.parsePrimary())
}

// tryCast parses (T)x if the parenthesised text is a cast by Roslyn's rules;
// otherwise it returns nil without consuming anything.
func (p *parser) tryCast() Expr {
	end, kind := p.scanTypeK(p.i+1, scanExpr)
	if kind == notType || p.tokAt(end).tok != RPAREN {
		return nil
	}
	after := p.tokAt(end + 1)
	cast := false
	if kind == mustBeType {
		// (int)x, (int?)x, (T[])x, ((int, int))x: a cast unless an operator that
		// cannot start an operand follows (e.g. (int[]) alone is an error anyway).
		cast = canStartExpr(after) || after.tok == LPAREN
		if kind == mustBeType && p.tokAt(p.i+1).tok == LPAREN {
			// a parenthesised tuple type: only a cast if an operand follows
			cast = canStartExpr(after) && after.tok != PLUS && after.tok != MINUS && after.tok != AMP && after.tok != STAR && after.tok != INC && after.tok != DEC && after.tok != CARET && after.tok != LBRACK && after.tok != DOTDOT
		}
	} else {
		// ECMA-334 §12.9.7: a cast if the token after ) is ~, !, (, an
		// identifier, a literal, or any keyword except as and is.
		switch {
		case after.tok == TILDE, after.tok == NOT, after.tok == LPAREN,
			after.tok == INT, after.tok == REAL, after.tok == CHAR, after.tok == STRING, after.tok == INTERP:
			cast = true
		case after.tok == IDENT:
			// contextual operators that continue an expression
			cast = !(isWord(after, "switch") || isWord(after, "with") && p.tokAt(end+2).tok == LBRACE ||
				isWord(after, "and") || isWord(after, "or") || isWord(after, "when"))
		case after.tok.IsKeyword():
			cast = after.tok != AS && after.tok != IS && after.tok != SWITCH
		}
	}
	if !cast {
		return nil
	}
	c := &CastExpr{At: p.t.pos}
	p.next()
	c.Type = p.parseTypeMode(true)
	p.expect(RPAREN)
	c.X = p.parseUnary()
	return c
}

// parsePostfix parses member access, calls, indexing, ?. and postfix operators.
func (p *parser) parsePostfix(x Expr) Expr {
	for {
		switch p.t.tok {
		case DOT, ARROW:
			arrow := p.t.tok == ARROW
			dot := p.t.pos
			p.next()
			x = &MemberAccess{X: x, Dot: dot, Name: p.parseSimpleName(), Arrow: arrow}
		case LPAREN:
			c := &CallExpr{Fun: x}
			c.Lparen, c.Args, c.Rparen = p.parseArgs(LPAREN, RPAREN)
			x = c
		case LBRACK:
			ix := &IndexExpr{X: x, Lbrack: p.t.pos}
			_, ix.Args, _ = p.parseArgs(LBRACK, RBRACK)
			x = ix
		case INC, DEC:
			x = &PostfixExpr{X: x, Op: p.t.tok, OpPos: p.t.pos}
			p.next()
		case NOT:
			// null-forgiving x!
			if p.peek(1).tok == ASSIGN || p.peek(1).tok == EQ {
				return x
			}
			x = &PostfixExpr{X: x, Op: NOT, OpPos: p.t.pos}
			p.next()
		case QDOT:
			q := p.t.pos
			p.next()
			b := &MemberBinding{At: q, Name: p.parseSimpleName()}
			if !p.enter() {
				p.leave()
				return &CondAccess{X: x, Quest: q, Body: b}
			}
			body := p.parsePostfix(b)
			p.leave()
			return &CondAccess{X: x, Quest: q, Body: body}
		case QUESTION:
			if p.peek(1).tok != LBRACK || !p.isCondElementAccess() {
				return x
			}
			q := p.t.pos
			p.next()
			b := &ElementBinding{At: p.t.pos}
			_, b.Args, _ = p.parseArgs(LBRACK, RBRACK)
			if !p.enter() {
				p.leave()
				return &CondAccess{X: x, Quest: q, Body: b}
			}
			body := p.parsePostfix(b)
			p.leave()
			return &CondAccess{X: x, Quest: q, Body: body}
		default:
			return x
		}
	}
}

// isCondElementAccess decides a?[i] (conditional access) against a ? [..] : ..
// (a conditional with a collection expression): the latter has a ':' after
// the matching ']' at the same nesting.
func (p *parser) isCondElementAccess() bool {
	depth := 0
	for i := p.i + 1; i < len(p.toks); i++ {
		switch p.toks[i].tok {
		case LBRACK, LPAREN, LBRACE:
			depth++
		case RBRACK, RPAREN, RBRACE:
			depth--
			if depth == 0 {
				n := p.tokAt(i + 1).tok
				return n != COLON
			}
		case EOF, SEMI:
			return true
		}
	}
	return true
}

// parseSimpleName parses a name after '.', with type arguments when the
// generic disambiguation rule says so.
func (p *parser) parseSimpleName() *Ident {
	if p.t.tok != IDENT {
		p.errorExpected(IDENT)
		return &Ident{At: p.missingPos(), Name: "_missing_"}
	}
	id := p.ident()
	if p.t.tok == LT && p.isGenericArgs() {
		id.TypeArgs = p.parseTypeArgs()
	}
	return id
}

// isGenericArgs decides whether '<' after a name in an expression starts a
// type argument list (C# spec §6.2.5 / Roslyn's disambiguating tokens).
func (p *parser) isGenericArgs() bool {
	end, ok := p.scanTypeArgs(p.i, scanExpr)
	if !ok {
		return false
	}
	switch p.tokAt(end).tok {
	case LPAREN, RPAREN, RBRACK, RBRACE, COLON, SEMI, COMMA, DOT, QUESTION, EQ, NE, PIPE, CARET,
		ANDAND, OROR, AMP, LBRACK, QDOT, EOF, QQ, LAMBDA:
		return true
	case GT:
		return true // nested: F<A<B>>(x)
	case IDENT:
		// x is List<int> y / case Foo<T> t: a designation follows
		return false
	}
	return false
}

// parseArgs parses an argument list in open/close brackets.
func (p *parser) parseArgs(open, close Token) (Pos, []*Arg, Pos) {
	lp := p.t.pos
	if !p.got(open) {
		p.errorExpected(open)
		return lp, nil, lp
	}
	var args []*Arg
	for p.t.tok != close && p.t.tok != EOF {
		args = append(args, p.parseArg())
		if !p.listSep(close) {
			break
		}
		if p.t.tok == close {
			p.errorAt(p.t.pos, "CS1525", "Invalid expression term '"+p.tokDesc()+"'")
		}
	}
	rp := p.t.pos
	if p.t.tok == close {
		p.next()
	} else {
		p.errorExpected(close)
	}
	return lp, args, rp
}

// listSep ends a list element: it consumes a ',' and reports whether
// another element follows. When something other than ',' or the closing
// token follows, it reports "',' expected" and skips to the next ',' or
// closer at the same nesting (never past a ';' or an unmatched bracket).
func (p *parser) listSep(close Token) bool {
	if p.got(COMMA) {
		return true
	}
	if p.t.tok == close || p.t.tok == EOF {
		return false
	}
	j := p.findListSep(close)
	if j < 0 {
		return false // the caller reports the missing closer
	}
	p.errorAt(p.missingPos(), "CS1003", "Syntax error, ',' expected")
	for p.i < j {
		p.next()
	}
	return p.got(COMMA)
}

// findListSep returns the index of the next ',' or close at nesting depth 0,
// or -1.
func (p *parser) findListSep(close Token) int {
	depth := 0
	for i := p.i; i < len(p.toks); i++ {
		switch t := p.toks[i].tok; t {
		case LPAREN, LBRACK, LBRACE:
			depth++
		case RPAREN, RBRACK, RBRACE:
			if depth == 0 {
				if t == close {
					return i
				}
				if close == RBRACE && t != RBRACE {
					continue // a stray ')' inside braces: skip it
				}
				return -1
			}
			depth--
		case COMMA:
			if depth == 0 {
				return i
			}
		case SEMI:
			if depth == 0 {
				return -1
			}
		case EOF:
			return -1
		}
	}
	return -1
}

// parseArg parses [name:] [ref|out|in] expr, with out var x declarations.
func (p *parser) parseArg() *Arg {
	a := &Arg{At: p.t.pos}
	if p.t.tok == IDENT && p.peek(1).tok == COLON {
		a.Name = p.ident()
		p.next()
	}
	switch p.t.tok {
	case REF:
		a.Mode = ByRef
		p.next()
		if p.got(READONLY) {
			a.Mode = ByRefReadonly
		}
	case OUT:
		a.Mode = ByOut
		p.next()
	case IN:
		a.Mode = ByIn
		p.next()
	}
	if a.Mode != ByValue {
		if d := p.tryDeclExpr(); d != nil {
			a.X = d
			return a
		}
	}
	a.X = p.parseExpr()
	return a
}

// tryDeclExpr parses "Type name", "var name", "var (a, b)" when the tokens
// have that shape (out arguments, tuple elements); else nil.
func (p *parser) tryDeclExpr() Expr {
	if p.word("var") && p.peek(1).tok == LPAREN {
		if end, ok := p.scanParenDesignation(p.i + 1); ok {
			n := p.tokAt(end).tok
			if n == COMMA || n == RPAREN || n == ASSIGN || n == IN || n == RBRACK {
				t := p.ident()
				return &DeclExpr{Type: t, Des: p.parseDesignation()}
			}
		}
	}
	end, ok := p.scanType(p.i, scanDecl)
	if !ok || p.tokAt(end).tok != IDENT || isWord(p.tokAt(end), "when") {
		return nil
	}
	if n := p.tokAt(end + 1).tok; n != COMMA && n != RPAREN && n != ASSIGN && n != IN && n != RBRACK {
		return nil
	}
	t := p.parseType()
	return &DeclExpr{Type: t, Des: p.parseDesignation()}
}

// scanParenDesignation scans (a, (b, _)) at token i.
func (p *parser) scanParenDesignation(i int) (int, bool) {
	if p.tokAt(i).tok != LPAREN || p.scanDepth > maxDepth {
		return i, false
	}
	p.scanDepth++
	defer func() { p.scanDepth-- }()
	i++
	for {
		switch p.tokAt(i).tok {
		case IDENT:
			i++
		case LPAREN:
			j, ok := p.scanParenDesignation(i)
			if !ok {
				return i, false
			}
			i = j
		default:
			return i, false
		}
		switch p.tokAt(i).tok {
		case COMMA:
			i++
		case RPAREN:
			return i + 1, true
		default:
			return i, false
		}
	}
}

// parseDesignation parses a single (x), discard (_) or parenthesised designation.
func (p *parser) parseDesignation() Designation {
	if !p.enter() {
		p.leave()
		return &DiscardDesignation{At: p.t.pos}
	}
	defer p.leave()
	if p.t.tok == LPAREN {
		pd := &ParenDesignation{At: p.t.pos}
		p.next()
		for p.t.tok != RPAREN && p.t.tok != EOF {
			pd.List = append(pd.List, p.parseDesignation())
			if !p.got(COMMA) {
				break
			}
		}
		p.expect(RPAREN)
		return pd
	}
	if p.word("_") {
		d := &DiscardDesignation{At: p.t.pos}
		p.next()
		return d
	}
	return &SingleDesignation{Name: p.ident()}
}

// parsePrimary parses a primary expression.
func (p *parser) parsePrimary() Expr {
	at := p.t.pos
	switch t := p.t; t.tok {
	case INT, REAL, CHAR, STRING:
		p.next()
		return t.lit
	case TRUE, FALSE, NULL:
		k := TrueLit
		if t.tok == FALSE {
			k = FalseLit
		} else if t.tok == NULL {
			k = NullLit
		}
		p.next()
		return &BasicLit{At: at, Kind: k, Raw: t.text}
	case INTERP:
		p.next()
		return p.parseInterpolated(t)
	case IDENT:
		if p.word("async") && (p.peek(1).tok == DELEGATE || p.peek(1).tok == STATIC && p.peek(2).tok == DELEGATE) {
			var m Modifiers
			for p.t.tok != DELEGATE {
				f := ModAsync
				if p.t.tok == STATIC {
					f = ModStatic
				}
				m.Flags |= f
				m.List = append(m.List, Modifier{At: p.t.pos, Flag: f})
				p.next()
			}
			return p.parseAnonMethod(m)
		}
		id := p.ident()
		if p.t.tok == COLONCOL {
			p.next()
			return &AliasQualified{Alias: id, Name: p.parseSimpleName()}
		}
		if p.t.tok == LT && p.isGenericArgs() {
			id.TypeArgs = p.parseTypeArgs()
		}
		return id
	case THIS:
		p.next()
		return &ThisExpr{At: at}
	case BASE:
		p.next()
		return &BaseExpr{At: at}
	case LPAREN:
		return p.parseParenOrTuple()
	case NEW:
		return p.parseNew()
	case TYPEOF:
		p.next()
		p.expect(LPAREN)
		x := &TypeOfExpr{At: at, Type: p.parseType()}
		p.expect(RPAREN)
		return x
	case SIZEOF:
		p.next()
		p.expect(LPAREN)
		x := &SizeOfExpr{At: at, Type: p.parseType()}
		p.expect(RPAREN)
		return x
	case DEFAULT:
		p.next()
		if p.t.tok == LPAREN {
			p.next()
			x := &DefaultExpr{At: at, Type: p.parseType()}
			p.expect(RPAREN)
			return x
		}
		return &DefaultExpr{At: at}
	case CHECKED, UNCHECKED:
		p.next()
		p.expect(LPAREN)
		x := &CheckedExpr{At: at, Unchecked: t.tok == UNCHECKED, X: p.parseExpr()}
		p.expect(RPAREN)
		return x
	case DELEGATE:
		if p.peek(1).tok == STAR {
			return p.parseType()
		}
		return p.parseAnonMethod(Modifiers{})
	case STACKALLOC:
		return p.parseStackAlloc()
	case LBRACK:
		return p.parseCollectionExpr()
	case THROW:
		p.next()
		return &ThrowExpr{At: at, X: p.parseBinary(precCoalesce)}
	case STATIC:
		if p.peek(1).tok == DELEGATE {
			m := p.parseModifiers()
			return p.parseAnonMethod(m)
		}
	}
	if p.t.tok.IsPredefinedType() {
		t := &PredefinedType{At: at, Kw: p.t.tok}
		p.next()
		if p.t.tok == LBRACK && p.peek(1).tok == RBRACK || p.t.tok == QUESTION && !canStartExpr(p.peek(1)) {
			// int[] or int? in an expression (e.g. a generic argument position); parse as a type
			p.i--
			p.t = &p.toks[p.i]
			return p.parseTypeMode(true)
		}
		return t
	}
	if p.t.tok == ILLEGAL {
		p.next() // the scanner reported it
		return &BadExpr{At: at}
	}
	p.errorAt(p.t.pos, "CS1525", "Invalid expression term '"+p.tokDesc()+"'")
	return &BadExpr{At: at}
}

// parseParenOrTuple parses (x), (a, b) or (name: a, b).
func (p *parser) parseParenOrTuple() Expr {
	at := p.t.pos
	p.next()
	if p.t.tok == RPAREN {
		p.errorAt(p.t.pos, "CS1525", "Invalid expression term ')'")
		p.next()
		return &BadExpr{At: at}
	}
	first := p.parseTupleElem()
	if p.t.tok == COMMA {
		tu := &TupleExpr{At: at, Elems: []*Arg{first}}
		for p.got(COMMA) {
			tu.Elems = append(tu.Elems, p.parseTupleElem())
		}
		p.expect(RPAREN)
		return tu
	}
	p.expect(RPAREN)
	if first.Name != nil || first.Mode != ByValue {
		return &TupleExpr{At: at, Elems: []*Arg{first}}
	}
	if _, ok := first.X.(*DeclExpr); ok {
		return &TupleExpr{At: at, Elems: []*Arg{first}}
	}
	return &ParenExpr{At: at, X: first.X}
}

// parseTupleElem parses [name:] expr or a declaration (int a, var b).
func (p *parser) parseTupleElem() *Arg {
	a := &Arg{At: p.t.pos}
	if p.t.tok == IDENT && p.peek(1).tok == COLON {
		a.Name = p.ident()
		p.next()
	}
	if !p.isQueryStart() { // (from x in xs select x) is no declaration of x
		if d := p.tryDeclExpr(); d != nil {
			a.X = d
			return a
		}
	}
	a.X = p.parseExpr()
	return a
}

// ---------------------------------------------------------------------------
// Lambdas

// isLambdaStart reports whether a lambda starts here: x =>, (..) =>,
// async x =>, async (..) =>, static (..) =>.
func (p *parser) isLambdaStart() bool {
	i := p.i
	for {
		t := p.tokAt(i)
		if (isWord(t, "async") || t.tok == STATIC) && i-p.i < 2 {
			n := p.tokAt(i + 1)
			if n.tok == IDENT || n.tok == LPAREN || n.tok == STATIC || n.tok.IsPredefinedType() {
				if n.tok == IDENT && p.tokAt(i+2).tok == LAMBDA {
					return true
				}
				if n.tok == LPAREN || n.tok == STATIC || isWord(n, "async") {
					i++
					continue
				}
			}
		}
		break
	}
	t := p.tokAt(i)
	switch t.tok {
	case IDENT:
		if p.tokAt(i+1).tok == LAMBDA {
			return true
		}
	case LPAREN:
		end := p.matchParen(i)
		if end > 0 && p.tokAt(end+1).tok == LAMBDA {
			return true
		}
	}
	return p.isTypedLambdaAt(i)
}

// isTypedLambdaAt reports whether a lambda with an explicit return type
// (C# 10: int (string s) => ...) starts at token i. To keep "F(x) => ..."
// in switch arms and when clauses an invocation, the type must be one
// that cannot be a method name: a predefined, array, nullable, tuple or
// generic type.
func (p *parser) isTypedLambdaAt(i int) bool {
	end, kind := p.scanTypeK(i, scanDecl)
	if kind == notType || p.tokAt(end).tok != LPAREN {
		return false
	}
	if kind != mustBeType && !p.hasTypeArgsAt(i, end) {
		return false
	}
	close := p.matchParen(end)
	return close > 0 && p.tokAt(close+1).tok == LAMBDA
}

// matchParen returns the index of the ) matching the ( at i, or -1.
func (p *parser) matchParen(i int) int {
	depth := 0
	for ; i < len(p.toks); i++ {
		switch p.toks[i].tok {
		case LPAREN, LBRACK, LBRACE:
			depth++
		case RPAREN, RBRACK, RBRACE:
			depth--
			if depth == 0 {
				if p.toks[i].tok != RPAREN {
					return -1
				}
				return i
			}
		case EOF, SEMI:
			return -1
		}
	}
	return -1
}

func (p *parser) parseLambda() Expr {
	lm := &LambdaExpr{At: p.t.pos}
	for {
		if p.word("async") && p.peek(1).tok != LAMBDA {
			lm.Mods.Flags |= ModAsync
			lm.Mods.List = append(lm.Mods.List, Modifier{At: p.t.pos, Flag: ModAsync})
			p.next()
			continue
		}
		if p.t.tok == STATIC {
			lm.Mods.Flags |= ModStatic
			lm.Mods.List = append(lm.Mods.List, Modifier{At: p.t.pos, Flag: ModStatic})
			p.next()
			continue
		}
		break
	}
	if p.t.tok == IDENT && p.peek(1).tok == LAMBDA {
		id := p.ident()
		lm.Params = &ParamList{At: id.At, List: []*Param{{At: id.At, Name: id}}, Rparen: id.At}
	} else {
		if p.t.tok != LPAREN {
			lm.Result = p.parseType()
		}
		lm.Parens = true
		lm.Params = p.parseLambdaParams()
	}
	lm.Arrow = p.t.pos
	p.expect(LAMBDA)
	p.withAsync(lm.Mods.Has(ModAsync), func() {
		if p.t.tok == LBRACE {
			lm.Body = p.parseBlock()
		} else {
			lm.ExprBody = p.parseExprOrRef()
		}
	})
	return lm
}

func (p *parser) parseLambdaParams() *ParamList {
	pl := &ParamList{At: p.t.pos}
	p.expect(LPAREN)
	for p.t.tok != RPAREN && p.t.tok != EOF {
		pl.List = append(pl.List, p.parseParam(true))
		if !p.listSep(RPAREN) {
			break
		}
	}
	pl.Rparen = p.t.pos
	p.expect(RPAREN)
	return pl
}

func (p *parser) parseAnonMethod(mods Modifiers) Expr {
	am := &AnonMethodExpr{At: p.t.pos, Mods: mods}
	if len(mods.List) > 0 {
		am.At = mods.List[0].At
	}
	p.expect(DELEGATE)
	if p.t.tok == LPAREN {
		am.Params = p.parseParamList(LPAREN, RPAREN)
	}
	if p.t.tok != LBRACE {
		p.errorExpected(LBRACE)
		am.Body = &BlockStmt{At: p.t.pos}
		return am
	}
	p.withAsync(mods.Has(ModAsync), func() { am.Body = p.parseBlock() })
	return am
}

// ---------------------------------------------------------------------------
// Object creation and initializers

func (p *parser) parseNew() Expr {
	at := p.t.pos
	p.next()
	switch p.t.tok {
	case LPAREN:
		oc := &ObjectCreation{At: at, HasArgs: true}
		_, oc.Args, _ = p.parseArgs(LPAREN, RPAREN)
		if p.t.tok == LBRACE {
			oc.Init = p.parseObjectOrCollectionInit()
		}
		return oc
	case LBRACK:
		ia := &ImplicitArrayCreation{At: at, Rank: 1}
		p.next()
		for p.got(COMMA) {
			ia.Rank++
		}
		p.expect(RBRACK)
		if p.t.tok != LBRACE {
			p.errorExpected(LBRACE)
			ia.Init = &InitializerExpr{At: p.t.pos, Kind: ArrayInit}
			return ia
		}
		ia.Init = p.parseInitializer(ArrayInit)
		return ia
	case LBRACE:
		return p.parseAnonObject(at)
	}
	t := p.parseNonArrayType()
	if p.t.tok == QUESTION {
		t = &NullableType{Elem: t, Quest: p.t.pos}
		p.next()
	}
	switch p.t.tok {
	case LBRACK:
		ac := &ArrayCreation{At: at}
		lb := p.t.pos
		p.next()
		rank := 1
		if p.t.tok != RBRACK && p.t.tok != COMMA {
			for {
				if p.t.tok == COMMA || p.t.tok == RBRACK {
					ac.Sizes = append(ac.Sizes, &OmittedExpr{At: p.t.pos})
				} else {
					ac.Sizes = append(ac.Sizes, p.parseExpr())
				}
				if !p.got(COMMA) {
					break
				}
				rank++
			}
		} else {
			for p.got(COMMA) {
				rank++
			}
		}
		p.expect(RBRACK)
		ranks := []int{rank}
		lbs := []Pos{lb}
		for p.t.tok == LBRACK {
			n := 1
			for p.peek(n).tok == COMMA {
				n++
			}
			if p.peek(n).tok != RBRACK {
				break
			}
			lbs = append(lbs, p.t.pos)
			ranks = append(ranks, n)
			for i := 0; i <= n; i++ {
				p.next()
			}
		}
		ac.Type = buildArray(t, ranks, lbs).(*ArrayType)
		if p.t.tok == LBRACE {
			ac.Init = p.parseInitializer(ArrayInit)
		} else if len(ac.Sizes) == 0 {
			p.errorAt(p.missingPos(), "CS1586", "Array creation must have array size or array initializer")
		}
		return ac
	case LPAREN:
		oc := &ObjectCreation{At: at, Type: t, HasArgs: true}
		_, oc.Args, _ = p.parseArgs(LPAREN, RPAREN)
		if p.t.tok == LBRACE {
			oc.Init = p.parseObjectOrCollectionInit()
		}
		return oc
	case LBRACE:
		oc := &ObjectCreation{At: at, Type: t}
		oc.Init = p.parseObjectOrCollectionInit()
		return oc
	}
	if _, bad := t.(*BadExpr); !bad {
		p.errorAt(p.missingPos(), "CS1526", "A new expression requires an argument list or (), [], or {} after type")
	}
	return &ObjectCreation{At: at, Type: t}
}

func (p *parser) parseAnonObject(at Pos) Expr {
	ao := &AnonObjectCreation{At: at}
	p.expect(LBRACE)
	for p.t.tok != RBRACE && p.t.tok != EOF {
		m := &AnonMember{}
		if p.t.tok == IDENT && p.peek(1).tok == ASSIGN {
			m.Name = p.ident()
			p.next()
		}
		m.X = p.parseExpr()
		ao.Members = append(ao.Members, m)
		if !p.listSep(RBRACE) {
			break
		}
	}
	p.expect(RBRACE)
	return ao
}

// parseObjectOrCollectionInit decides between an object initializer
// ({ A = 1 }, { [k] = v }, {}) and a collection initializer ({ 1, 2 }).
func (p *parser) parseObjectOrCollectionInit() *InitializerExpr {
	n := p.peek(1)
	switch {
	case n.tok == RBRACE:
		return p.parseObjectInitializer(ObjectInit)
	case n.tok == IDENT && p.peek(2).tok == ASSIGN:
		return p.parseObjectInitializer(ObjectInit)
	case n.tok == LBRACK:
		// [k] = v ?
		depth := 0
		for i := p.i + 1; i < len(p.toks); i++ {
			switch p.toks[i].tok {
			case LBRACK, LPAREN, LBRACE:
				depth++
				continue
			case RBRACK, RPAREN, RBRACE:
				depth--
				if depth == 0 {
					if p.tokAt(i+1).tok == ASSIGN {
						return p.parseObjectInitializer(ObjectInit)
					}
					return p.parseInitializer(CollectionInit)
				}
				continue
			case EOF:
			default:
				continue
			}
			break
		}
	}
	return p.parseInitializer(CollectionInit)
}

// parseObjectInitializer parses { A = x, B = { ... }, [k] = v }.
func (p *parser) parseObjectInitializer(kind InitKind) *InitializerExpr {
	in := &InitializerExpr{At: p.t.pos, Kind: kind, Elems: []Expr{}}
	p.expect(LBRACE)
	for p.t.tok != RBRACE && p.t.tok != EOF {
		start := p.i
		var target Expr
		switch p.t.tok {
		case IDENT:
			target = p.ident()
		case LBRACK:
			ie := &ImplicitElementAccess{At: p.t.pos}
			_, ie.Args, _ = p.parseArgs(LBRACK, RBRACK)
			target = ie
		default:
			if kind == ObjectInit || kind == WithInit {
				// mixed object/collection: report like Roslyn
				p.errorAt(p.t.pos, "CS0747", "Invalid initializer member declarator")
			}
			target = p.parseExpr()
			in.Elems = append(in.Elems, target)
			if !p.listSep(RBRACE) {
				break
			}
			continue
		}
		as := &AssignExpr{X: target, Op: ASSIGN, OpPos: p.t.pos}
		if p.t.tok != ASSIGN {
			p.errorAt(p.t.pos, "CS0747", "Invalid initializer member declarator")
			as.Y = &BadExpr{At: p.t.pos}
		} else {
			p.next()
			if p.t.tok == LBRACE {
				as.Y = p.parseObjectOrCollectionInit()
			} else {
				as.Y = p.parseExpr()
			}
		}
		in.Elems = append(in.Elems, as)
		if !p.listSep(RBRACE) {
			if p.t.tok != RBRACE && p.i == start {
				p.next()
			}
			break
		}
	}
	in.Rbrace = p.t.pos
	p.expect(RBRACE)
	return in
}

// parseInitializer parses a collection or array initializer { a, b, { c, d } }.
func (p *parser) parseInitializer(kind InitKind) *InitializerExpr {
	in := &InitializerExpr{At: p.t.pos, Kind: kind, Elems: []Expr{}}
	p.expect(LBRACE)
	for p.t.tok != RBRACE && p.t.tok != EOF {
		start := p.i
		var e Expr
		if p.t.tok == LBRACE {
			sub := ComplexElement
			if kind == ArrayInit {
				sub = ArrayInit
			}
			e = p.parseInitializer(sub)
		} else {
			e = p.parseExpr()
		}
		in.Elems = append(in.Elems, e)
		if !p.listSep(RBRACE) {
			if p.t.tok != RBRACE && p.i == start {
				p.next()
			}
			break
		}
	}
	in.Rbrace = p.t.pos
	p.expect(RBRACE)
	return in
}

func (p *parser) parseStackAlloc() Expr {
	sa := &StackAllocExpr{At: p.t.pos}
	p.next()
	if p.t.tok != LBRACK {
		sa.Type = p.parseNonArrayType()
	}
	p.expect(LBRACK)
	if p.t.tok != RBRACK {
		sa.Size = p.parseExpr()
	}
	p.expect(RBRACK)
	if p.t.tok == LBRACE {
		sa.Init = p.parseInitializer(ArrayInit)
	}
	return sa
}

// parseCollectionExpr parses [a, b, ..c].
func (p *parser) parseCollectionExpr() Expr {
	ce := &CollectionExpr{At: p.t.pos, Elems: []Expr{}}
	p.next()
	for p.t.tok != RBRACK && p.t.tok != EOF {
		start := p.i
		if p.t.tok == DOTDOT {
			sp := &SpreadElem{At: p.t.pos}
			p.next()
			sp.X = p.parseExpr()
			ce.Elems = append(ce.Elems, sp)
		} else {
			ce.Elems = append(ce.Elems, p.parseExpr())
		}
		if !p.listSep(RBRACK) {
			if p.t.tok != RBRACK && p.i == start {
				p.next()
			}
			break
		}
	}
	if p.t.tok == RBRACK {
		p.next()
	} else {
		p.errorAt(p.missingPos(), "CS1003", "Syntax error, ']' expected")
	}
	return ce
}

// ---------------------------------------------------------------------------
// Interpolated strings

func (p *parser) parseInterpolated(t *token) Expr {
	it := t.interp
	is := &InterpolatedString{At: t.pos, Verbatim: it.verbatim, RawStr: it.rawStr, Dollars: it.dollars,
		UTF8: it.utf8, Raw: t.text}
	for i := range it.segs {
		seg := &it.segs[i]
		if !seg.hole {
			is.Parts = append(is.Parts, &InterpPart{At: seg.pos, Text: seg.text})
			continue
		}
		part := &InterpPart{At: seg.pos, Format: seg.format, HasFmt: seg.hasFmt}
		part.X = p.parseHoleExpr(seg.expr, seg.pos, seg.condColon)
		if seg.align.ok {
			part.Align = p.parseHoleExpr(seg.align, seg.align.pos, false)
		}
		is.Parts = append(is.Parts, part)
	}
	return is
}

// parseHoleExpr parses the expression in src[r.start:r.end] of an interpolation hole.
func (p *parser) parseHoleExpr(r srcRange, at Pos, condColon bool) Expr {
	toks := scanRange(p.file, p.src, p.str, r, p.diags)
	if r.end < len(p.src) {
		toks[len(toks)-1].text = string(p.src[r.end])
	}
	if len(toks) == 1 {
		p.errorAt(at, "CS1733", "Expected expression")
		return &BadExpr{At: at}
	}
	sub := newParser(p.file, p.src, toks, p.diags)
	sub.str = p.str
	sub.async = p.async
	sub.depth = p.depth
	if condColon {
		// {a ? b : c}: C# ends the hole's expression at the ':'; we parsed
		// the conditional whole, so say exactly what is wrong, once
		p.errorAt(at, "CS8361", "A conditional expression cannot be used directly in a string interpolation because the ':' ends the interpolation. Parenthesize the conditional expression.")
	}
	x := sub.parseExpr()
	if sub.t.tok != EOF {
		sub.errorAt(sub.t.pos, "CS1525", "Invalid expression term '"+sub.tokDesc()+"'")
	}
	if sub.tooDeep {
		p.tooDeep = true
	}
	return x
}

// ---------------------------------------------------------------------------
// Query expressions

// isQueryStart reports whether "from" starts a query: from x in / from T x in.
func (p *parser) isQueryStart() bool {
	if !p.word("from") {
		return false
	}
	n := p.peek(1)
	if n.tok == IDENT && p.peek(2).tok == IN {
		return true
	}
	end, ok := p.scanType(p.i+1, scanDecl)
	return ok && p.tokAt(end).tok == IDENT && p.tokAt(end+1).tok == IN
}

func (p *parser) parseFromClause() *FromClause {
	fc := &FromClause{At: p.t.pos}
	p.next() // from / join handled by callers
	if !(p.t.tok == IDENT && p.peek(1).tok == IN) {
		fc.Type = p.parseType()
	}
	fc.Name = p.ident()
	p.expect(IN)
	fc.X = p.parseExpr()
	return fc
}

func (p *parser) parseQuery() Expr {
	q := p.parseQueryClauses()
	q.lowered = LowerQuery(q)
	return q
}

func (p *parser) parseQueryClauses() *QueryExpr {
	q := &QueryExpr{At: p.t.pos}
	q.Clauses = append(q.Clauses, p.parseFromClause())
	for {
		switch {
		case p.word("from"):
			q.Clauses = append(q.Clauses, p.parseFromClause())
		case p.word("let"):
			lc := &LetClause{At: p.t.pos}
			p.next()
			lc.Name = p.ident()
			p.expect(ASSIGN)
			lc.X = p.parseExpr()
			q.Clauses = append(q.Clauses, lc)
		case p.word("where"):
			wc := &WhereClause{At: p.t.pos}
			p.next()
			wc.Cond = p.parseExpr()
			q.Clauses = append(q.Clauses, wc)
		case p.word("join"):
			jc := &JoinClause{At: p.t.pos}
			p.next()
			if !(p.t.tok == IDENT && p.peek(1).tok == IN) {
				jc.Type = p.parseType()
			}
			jc.Name = p.ident()
			p.expect(IN)
			jc.X = p.parseExpr()
			if !p.word("on") {
				p.errorAt(p.missingPos(), "CS1003", "Syntax error, 'on' expected")
			} else {
				p.next()
			}
			jc.Left = p.parseExpr()
			if !p.word("equals") {
				p.errorAt(p.missingPos(), "CS1003", "Syntax error, 'equals' expected")
			} else {
				p.next()
			}
			jc.Right = p.parseExpr()
			if p.word("into") {
				p.next()
				jc.Into = p.ident()
			}
			q.Clauses = append(q.Clauses, jc)
		case p.word("orderby"):
			oc := &OrderByClause{At: p.t.pos}
			p.next()
			for {
				o := &Ordering{X: p.parseExpr()}
				if p.word("descending") {
					o.Descending = true
					p.next()
				} else if p.word("ascending") {
					p.next()
				}
				oc.Orderings = append(oc.Orderings, o)
				if !p.got(COMMA) {
					break
				}
			}
			q.Clauses = append(q.Clauses, oc)
		case p.word("select"):
			sc := &SelectClause{At: p.t.pos}
			p.next()
			sc.X = p.parseExpr()
			q.Clauses = append(q.Clauses, sc)
			if !p.word("into") {
				return q
			}
		case p.word("group"):
			gc := &GroupClause{At: p.t.pos}
			p.next()
			gc.X = p.parseExpr()
			if !p.word("by") {
				p.errorAt(p.missingPos(), "CS1003", "Syntax error, 'by' expected")
			} else {
				p.next()
			}
			gc.By = p.parseExpr()
			q.Clauses = append(q.Clauses, gc)
			if !p.word("into") {
				return q
			}
		case p.word("into"):
			ic := &IntoClause{At: p.t.pos}
			p.next()
			ic.Name = p.ident()
			q.Clauses = append(q.Clauses, ic)
		default:
			p.errorAt(p.missingPos(), "CS0742", "A query body must end with a select clause or a group clause")
			return q
		}
	}
}
