package syntax

// Pattern contexts.
const (
	patIs        = iota // after "is": a bare name is a *TypePattern
	patCase             // case label: a bare name is a *ConstantPattern
	patSwitchArm        // switch expression arm: like case
)

// parsePattern parses a pattern: or-patterns of and-patterns of not/primary patterns.
func (p *parser) parsePattern(mode int) Pattern {
	if !p.enter() {
		p.leave()
		return &BadPattern{At: p.t.pos}
	}
	defer p.leave()
	x := p.parseAndPattern(mode)
	for p.word("or") && p.patternFollows(1) {
		opPos := p.t.pos
		p.next()
		x = &BinaryPattern{X: x, Or: true, OpPos: opPos, Y: p.parseAndPattern(mode)}
	}
	return x
}

// patternFollows reports whether the token at offset n can start a pattern
// (so that "and"/"or" are combinators, not names).
func (p *parser) patternFollows(n int) bool {
	t := p.peek(n)
	switch t.tok {
	case RPAREN, RBRACK, RBRACE, COMMA, SEMI, COLON, LAMBDA, EOF, ASSIGN, QUESTION, ANDAND, OROR:
		return false
	}
	return true
}

func (p *parser) parseAndPattern(mode int) Pattern {
	x := p.parseNotPattern(mode)
	for p.word("and") && p.patternFollows(1) {
		opPos := p.t.pos
		p.next()
		x = &BinaryPattern{X: x, OpPos: opPos, Y: p.parseNotPattern(mode)}
	}
	return x
}

func (p *parser) parseNotPattern(mode int) Pattern {
	if p.word("not") && p.patternFollows(1) {
		at := p.t.pos
		p.next()
		return &NotPattern{At: at, Pat: p.parseNotPattern(mode)}
	}
	return p.parsePrimaryPattern(mode)
}

// endsPattern reports whether token t ends a primary pattern whose type is t's predecessor.
func endsPattern(t *token) bool {
	switch t.tok {
	case RPAREN, RBRACK, RBRACE, COMMA, SEMI, COLON, LAMBDA, EOF, QUESTION, ANDAND, OROR, EQ, NE:
		return true
	case IDENT:
		return !t.verbatim && (t.text == "and" || t.text == "or" || t.text == "when")
	}
	return false
}

// isDesignationStart reports whether t can start a designation after a type.
func isDesignationStart(t *token) bool {
	if t.tok != IDENT {
		return false
	}
	return t.verbatim || t.text != "and" && t.text != "or" && t.text != "when"
}

func (p *parser) parsePrimaryPattern(mode int) Pattern {
	at := p.t.pos
	switch p.t.tok {
	case LT, LE, GT, GE:
		op := p.t.tok
		p.next()
		return &RelationalPattern{At: at, Op: op, X: p.parseBinary(precShift)}
	case LPAREN:
		return p.parseParenPattern(mode, at)
	case LBRACK:
		return p.parseListPattern(mode)
	case LBRACE:
		rp := &RecursivePattern{At: at}
		p.parsePropertyPart(rp, mode)
		p.parsePatternDesignation(rp)
		return rp
	case IDENT:
		if p.word("var") && (p.peek(1).tok == IDENT || p.peek(1).tok == LPAREN) {
			p.next()
			return &VarPattern{At: at, Des: p.parseDesignation()}
		}
		if p.word("_") && endsPattern(p.peek(1)) {
			p.next()
			return &DiscardPattern{At: at}
		}
	}
	// A type, possibly followed by a designation, a positional or a property part.
	end, kind := p.scanTypeK(p.i, scanExpr)
	if kind != notType {
		after := p.tokAt(end)
		isName := p.t.tok == IDENT
		switch {
		case isDesignationStart(after) && !(isWord(after, "not")):
			t := p.parseTypeMode(true)
			return &DeclPattern{Type: t, Des: p.parseDesignation()}
		case after.tok == LBRACE || after.tok == LPAREN && isName:
			rp := &RecursivePattern{At: at, Type: p.parseTypeMode(true)}
			if p.t.tok == LPAREN {
				p.parsePositionalPart(rp, mode)
			}
			if p.t.tok == LBRACE {
				p.parsePropertyPart(rp, mode)
			}
			p.parsePatternDesignation(rp)
			return rp
		case endsPattern(after) || isWord(after, "not"):
			if kind == mustBeType || mode == patIs || p.hasTypeArgsAt(p.i, end) {
				return &TypePattern{Type: p.parseTypeMode(true)}
			}
		}
	}
	// A case label's constant is a whole constant expression as in C# 1
	// (case Perm.Read | Perm.Write:); elsewhere it stops before relational operators.
	prec := precShift
	if mode == patCase {
		prec = precOr
	}
	return &ConstantPattern{X: p.parseBinary(prec)}
}

// hasTypeArgsAt reports whether the tokens in [i, end) contain a '<' (a generic name).
func (p *parser) hasTypeArgsAt(i, end int) bool {
	for ; i < end; i++ {
		if p.toks[i].tok == LT {
			return true
		}
	}
	return false
}

// parseParenPattern parses (p) or a positional pattern (p1, p2) with optional
// property part and designation.
func (p *parser) parseParenPattern(mode int, at Pos) Pattern {
	// (pattern) alone is a parenthesised pattern: decide by looking ahead
	// for a top-level comma or a name: inside, and at what follows.
	if p.isParenPattern() {
		p.next()
		inner := p.parsePattern(mode)
		p.expect(RPAREN)
		return &ParenPattern{At: at, Pat: inner}
	}
	rp := &RecursivePattern{At: at}
	p.parsePositionalPart(rp, mode)
	if p.t.tok == LBRACE {
		p.parsePropertyPart(rp, mode)
	}
	p.parsePatternDesignation(rp)
	return rp
}

func (p *parser) parsePositionalPart(rp *RecursivePattern, mode int) {
	rp.HasPos = true
	rp.Positional = []*Subpattern{}
	p.expect(LPAREN)
	for p.t.tok != RPAREN && p.t.tok != EOF {
		start := p.i
		sp := &Subpattern{}
		if p.t.tok == IDENT && p.peek(1).tok == COLON {
			sp.Name = p.ident()
			p.next()
		}
		sp.Pat = p.parsePattern(mode)
		rp.Positional = append(rp.Positional, sp)
		if !p.got(COMMA) {
			if p.i == start {
				p.next()
			}
			break
		}
	}
	p.expect(RPAREN)
}

func (p *parser) parsePropertyPart(rp *RecursivePattern, mode int) {
	rp.HasProps = true
	rp.Properties = []*Subpattern{}
	p.expect(LBRACE)
	for p.t.tok != RBRACE && p.t.tok != EOF {
		start := p.i
		sp := &Subpattern{}
		// Name: or A.B.C:
		j := p.i
		if p.tokAt(j).tok == IDENT {
			j++
			for p.tokAt(j).tok == DOT && p.tokAt(j+1).tok == IDENT {
				j += 2
			}
			if p.tokAt(j).tok == COLON {
				var name Expr = p.ident()
				for p.t.tok == DOT {
					dot := p.t.pos
					p.next()
					name = &MemberAccess{X: name, Dot: dot, Name: p.ident()}
				}
				p.next() // :
				sp.Name = name
			}
		}
		sp.Pat = p.parsePattern(mode)
		rp.Properties = append(rp.Properties, sp)
		if !p.got(COMMA) {
			if p.t.tok != RBRACE && p.i == start {
				p.next()
			}
			break
		}
	}
	p.expect(RBRACE)
}

func (p *parser) parsePatternDesignation(rp *RecursivePattern) {
	if isDesignationStart(p.t) && !p.word("not") {
		rp.Des = p.parseDesignation()
	}
}

func (p *parser) parseListPattern(mode int) Pattern {
	lp := &ListPattern{At: p.t.pos, Elems: []Pattern{}}
	p.expect(LBRACK)
	for p.t.tok != RBRACK && p.t.tok != EOF {
		start := p.i
		if p.t.tok == DOTDOT {
			sp := &SlicePattern{At: p.t.pos}
			p.next()
			if p.t.tok != COMMA && p.t.tok != RBRACK {
				sp.Pat = p.parsePattern(mode)
			}
			lp.Elems = append(lp.Elems, sp)
		} else {
			lp.Elems = append(lp.Elems, p.parsePattern(mode))
		}
		if !p.got(COMMA) {
			if p.i == start {
				p.next()
			}
			break
		}
	}
	if !p.got(RBRACK) {
		p.errorAt(p.missingPos(), "CS1003", "Syntax error, ']' expected")
	}
	if isDesignationStart(p.t) {
		lp.Des = p.parseDesignation()
	}
	return lp
}

// isParenPattern reports whether the ( at the current token encloses a
// single unnamed pattern and is not followed by a property part or designation.
func (p *parser) isParenPattern() bool {
	end := p.matchParen(p.i)
	if end < 0 || end == p.i+1 {
		return false
	}
	if p.tokAt(p.i+1).tok == IDENT && p.tokAt(p.i+2).tok == COLON {
		return false
	}
	depth := 0
	for i := p.i + 1; i < end; i++ {
		switch p.toks[i].tok {
		case LPAREN, LBRACK, LBRACE:
			depth++
		case RPAREN, RBRACK, RBRACE:
			depth--
		case COMMA:
			if depth == 0 {
				return false
			}
		}
	}
	n := p.tokAt(end + 1)
	return n.tok != LBRACE && !isDesignationStart(n)
}
