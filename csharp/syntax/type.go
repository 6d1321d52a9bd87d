package syntax

// Scanning modes for lookahead over types.
const (
	scanDecl = iota // declaration context: T? is always nullable
	scanExpr        // expression context: T? only when no expression follows
)

// Results of scanning a type.
const (
	notType    = iota
	typeOrExpr // a name that might also be an expression (A.B, A<B>)
	mustBeType // predefined, nullable, array or tuple type
)

// canStartExpr reports whether a token may begin an expression.
func canStartExpr(t *token) bool {
	switch t.tok {
	case IDENT, INT, REAL, CHAR, STRING, INTERP, LPAREN, LBRACK, NOT, TILDE, PLUS, MINUS,
		INC, DEC, CARET, AMP, STAR, DOTDOT,
		THIS, BASE, NEW, TYPEOF, DEFAULT, CHECKED, UNCHECKED, DELEGATE, TRUE, FALSE, NULL,
		SIZEOF, STACKALLOC, THROW, REF:
		return true
	}
	return t.tok.IsPredefinedType()
}

// scanType looks ahead over a type starting at token i without building
// anything. It returns the index after the type and whether one was found.
func (p *parser) scanType(i int, mode int) (int, bool) {
	end, k := p.scanTypeK(i, mode)
	return end, k != notType
}

func (p *parser) scanTypeK(i int, mode int) (int, int) {
	p.scanDepth++
	defer func() { p.scanDepth-- }()
	if p.scanDepth > maxDepth {
		return i, notType
	}
	kind := typeOrExpr
	t := p.tokAt(i)
	switch {
	case t.tok.IsPredefinedType():
		i++
		kind = mustBeType
	case t.tok == IDENT:
		var ok bool
		i, ok = p.scanName(i)
		if !ok {
			return i, notType
		}
	case t.tok == LPAREN:
		i++
		n := 0
		for {
			j, k := p.scanTypeK(i, scanDecl)
			if k == notType {
				return i, notType
			}
			i = j
			if p.tokAt(i).tok == IDENT {
				i++
			}
			n++
			if p.tokAt(i).tok == COMMA {
				i++
				continue
			}
			if p.tokAt(i).tok == RPAREN {
				i++
				break
			}
			return i, notType
		}
		if n < 2 {
			return i, notType
		}
		kind = mustBeType
	default:
		return i, notType
	}
	for {
		t := p.tokAt(i)
		switch t.tok {
		case QUESTION:
			if mode == scanExpr && canStartExpr(p.tokAt(i+1)) {
				return i, kind
			}
			i++
			kind = mustBeType
			continue
		case LBRACK:
			j := i + 1
			for p.tokAt(j).tok == COMMA {
				j++
			}
			if p.tokAt(j).tok != RBRACK {
				return i, kind
			}
			i = j + 1
			kind = mustBeType
			continue
		}
		return i, kind
	}
}

// scanName scans A, A<T>, A.B<T>.C, alias::A at token i.
func (p *parser) scanName(i int) (int, bool) {
	if p.tokAt(i).tok != IDENT {
		return i, false
	}
	i++
	if p.tokAt(i).tok == COLONCOL {
		i++
		if p.tokAt(i).tok != IDENT {
			return i, false
		}
		i++
	}
	for {
		if p.tokAt(i).tok == LT {
			if j, ok := p.scanTypeArgs(i, scanDecl); ok {
				i = j
			}
		}
		if p.tokAt(i).tok == DOT && p.tokAt(i+1).tok == IDENT {
			i += 2
			continue
		}
		return i, true
	}
}

// scanTypeArgs scans <T1, T2> (or <> / <,>) at token i (which is '<').
func (p *parser) scanTypeArgs(i int, mode int) (int, bool) {
	i++
	for {
		t := p.tokAt(i)
		if t.tok == GT {
			return i + 1, true
		}
		if t.tok == COMMA {
			i++
			continue
		}
		j, k := p.scanTypeK(i, scanDecl)
		if k == notType {
			return i, false
		}
		i = j
		switch p.tokAt(i).tok {
		case COMMA:
			i++
			if p.tokAt(i).tok == GT {
				return i, false
			}
		case GT:
			return i + 1, true
		default:
			return i, false
		}
	}
}

// parseType parses a type in a type context.
func (p *parser) parseType() Expr { return p.parseTypeMode(false) }

// parseTypeMode parses a type; in expression context (after is/as, in
// casts) a '?' followed by an expression is left for the conditional operator.
func (p *parser) parseTypeMode(exprCtx bool) Expr {
	if !p.enter() {
		p.leave()
		return &BadExpr{At: p.t.pos}
	}
	defer p.leave()
	if p.t.tok == REF {
		rt := &RefType{At: p.t.pos}
		p.next()
		if p.got(READONLY) {
			rt.Readonly = true
		}
		rt.Elem = p.parseTypeMode(exprCtx)
		return rt
	}
	t := p.parseNonArrayType()
	if _, bad := t.(*BadExpr); bad {
		return t
	}
	var ranks []int
	var lbracks []Pos
	for {
		switch p.t.tok {
		case QUESTION:
			if exprCtx && canStartExpr(p.peek(1)) {
				goto done
			}
			if len(ranks) > 0 {
				t = buildArray(t, ranks, lbracks)
				ranks, lbracks = nil, nil
			}
			t = &NullableType{Elem: t, Quest: p.t.pos}
			p.next()
			continue
		case STAR:
			if exprCtx || len(ranks) > 0 {
				goto done
			}
			t = &PointerType{Elem: t, Star: p.t.pos}
			p.next()
			continue
		case LBRACK:
			n := 1
			for p.peek(n).tok == COMMA {
				n++
			}
			if p.peek(n).tok != RBRACK {
				goto done
			}
			lbracks = append(lbracks, p.t.pos)
			ranks = append(ranks, n)
			for i := 0; i <= n; i++ {
				p.next()
			}
			continue
		}
		break
	}
done:
	if len(ranks) > 0 {
		t = buildArray(t, ranks, lbracks)
	}
	return t
}

// buildArray wraps elem in array types; the first rank specifier is the outermost.
func buildArray(elem Expr, ranks []int, lbracks []Pos) Expr {
	for i := len(ranks) - 1; i >= 0; i-- {
		elem = &ArrayType{Elem: elem, Rank: ranks[i], Lbrack: lbracks[i]}
	}
	return elem
}

// parseNonArrayType parses a predefined type, a (qualified, generic) name or a tuple type.
func (p *parser) parseNonArrayType() Expr {
	switch {
	case p.t.tok.IsPredefinedType():
		t := &PredefinedType{At: p.t.pos, Kw: p.t.tok}
		p.next()
		return t
	case p.t.tok == IDENT:
		return p.parseNamePart(true)
	case p.t.tok == LPAREN:
		return p.parseTupleType()
	case p.t.tok == DELEGATE && p.peek(1).tok == STAR:
		ft := &FuncPointerType{At: p.t.pos}
		p.next()
		p.next()
		if p.word("managed") || p.word("unmanaged") {
			p.next()
			if p.t.tok == LBRACK {
				p.skipBalanced(LBRACK, RBRACK)
			}
		}
		if p.t.tok == LT {
			p.parseTypeArgs()
		}
		return ft
	}
	if p.t.tok.IsKeyword() {
		p.errorAt(p.t.pos, "CS1031", "Type expected")
	} else {
		p.errorAt(p.missingPos(), "CS1031", "Type expected")
	}
	return &BadExpr{At: p.t.pos}
}

// skipBalanced skips a bracketed token sequence starting at open.
func (p *parser) skipBalanced(open, close Token) {
	depth := 0
	for p.t.tok != EOF {
		switch p.t.tok {
		case open:
			depth++
		case close:
			depth--
			if depth == 0 {
				p.next()
				return
			}
		}
		p.next()
	}
}

func (p *parser) parseTupleType() Expr {
	tt := &TupleType{At: p.t.pos}
	p.expect(LPAREN)
	for {
		e := &TupleTypeElem{Type: p.parseType()}
		if p.t.tok == IDENT {
			e.Name = p.ident()
		}
		tt.Elems = append(tt.Elems, e)
		if !p.got(COMMA) {
			break
		}
	}
	p.expect(RPAREN)
	if len(tt.Elems) < 2 {
		p.errorAt(tt.At, "CS8124", "Tuple must contain at least two elements.")
	}
	return tt
}

// parseNamePart parses a possibly qualified, possibly generic name. In a
// type context '<' always starts type arguments; in an expression context
// the caller has decided.
func (p *parser) parseNamePart(typeCtx bool) Expr {
	id := p.ident()
	var x Expr = id
	if p.t.tok == COLONCOL {
		p.next()
		n := p.ident()
		x = &AliasQualified{Alias: id, Name: n}
		id = n
	}
	if p.t.tok == LT {
		id.TypeArgs = p.parseTypeArgs()
	}
	for p.t.tok == DOT && p.peek(1).tok == IDENT {
		dot := p.t.pos
		p.next()
		n := p.ident()
		if p.t.tok == LT {
			n.TypeArgs = p.parseTypeArgs()
		}
		x = &MemberAccess{X: x, Dot: dot, Name: n}
	}
	if p.t.tok == DOT && typeCtx {
		// A.  followed by something that is not a name
		p.next()
		p.errorExpected(IDENT)
	}
	return x
}

// parseTypeArgs parses <T1, T2>; omitted arguments (List<>, Dictionary<,>)
// become *OmittedExpr values.
func (p *parser) parseTypeArgs() []Expr {
	p.expect(LT)
	args := []Expr{}
	for {
		if p.t.tok == COMMA || p.t.tok == GT {
			args = append(args, &OmittedExpr{At: p.t.pos})
		} else {
			args = append(args, p.parseType())
		}
		if !p.got(COMMA) {
			break
		}
	}
	p.expectGT()
	return args
}
