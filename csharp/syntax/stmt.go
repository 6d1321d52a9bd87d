package syntax

// parseBlock parses { statements }.
func (p *parser) parseBlock() *BlockStmt {
	b := &BlockStmt{At: p.t.pos}
	if !p.got(LBRACE) {
		p.errorExpected(LBRACE)
		if !p.startsStatement() || p.t.tok == LBRACE {
			return b
		}
		// the '{' is missing: parse the statements that follow up to a '}'
	}
	b.Stmts = p.parseStmtList(false)
	b.Rbrace = p.t.pos
	if p.t.tok == RBRACE {
		p.next()
	} else {
		p.errorExpected(RBRACE)
		b.Rbrace = Pos{}
	}
	return b
}

// parseStmtList parses statements up to a '}' (or, in a switch section, up
// to the next case/default label).
func (p *parser) parseStmtList(inSwitch bool) []Stmt {
	var list []Stmt
	for p.t.tok != RBRACE && p.t.tok != EOF {
		if inSwitch && (p.t.tok == CASE || p.t.tok == DEFAULT && p.peek(1).tok == COLON) {
			break
		}
		if p.isMemberStartInBody() {
			// a member declaration inside a body: probably a missing '}'
			break
		}
		if p.t.tok == RPAREN || p.t.tok == RBRACK ||
			p.t.tok == COMMA || (p.t.tok == CATCH || p.t.tok == FINALLY) && p.inTry > 0 || p.t.tok == ELSE && p.inIf > 0 {
			// a closer that cannot start a statement: the block's '}' is
			// probably missing (e.g. at the end of a lambda argument)
			break
		}
		start := p.i
		s := p.parseStatement()
		if s != nil {
			list = append(list, s)
		}
		if p.i == start {
			// no progress: skip the offending token
			p.errorAt(p.t.pos, "CS1525", "Invalid expression term '"+p.tokDesc()+"'")
			p.next()
		}
	}
	return list
}

// isMemberStartInBody reports whether an access modifier (which cannot
// start a statement) appears where a statement is expected.
func (p *parser) isMemberStartInBody() bool {
	switch p.t.tok {
	case PUBLIC, PRIVATE, PROTECTED, INTERNAL, NAMESPACE:
		return true
	}
	return false
}

// startsStatement reports whether the current token can start a top-level statement.
func (p *parser) startsStatement() bool {
	switch p.t.tok {
	case LBRACE, SEMI, IF, SWITCH, WHILE, DO, FOR, FOREACH, BREAK, CONTINUE, GOTO, RETURN,
		THROW, TRY, CHECKED, UNCHECKED, LOCK, USING, FIXED, CONST, STATIC, UNSAFE:
		return true
	}
	return canStartExpr(p.t) && p.t.tok != LBRACK
}

// parseStatement parses one statement.
func (p *parser) parseStatement() Stmt {
	if !p.enter() {
		p.leave()
		return &BadStmt{At: p.t.pos}
	}
	defer p.leave()
	if p.quiet && p.t.nl && p.t.pos.Line != p.errLine {
		p.quiet = false // a new line after an error: report again
	}
	at := p.t.pos
	switch p.t.tok {
	case LBRACE:
		return p.parseBlock()
	case SEMI:
		p.next()
		return &EmptyStmt{At: at}
	case IF:
		return p.parseIf()
	case SWITCH:
		return p.parseSwitch()
	case WHILE:
		p.next()
		w := &WhileStmt{At: at}
		w.Cond = p.parseParenCond()
		w.Body = p.parseEmbedded()
		return w
	case DO:
		p.next()
		d := &DoStmt{At: at}
		d.Body = p.parseEmbedded()
		if p.t.tok != WHILE {
			p.errorAt(p.missingPos(), "CS1003", "Syntax error, 'while' expected")
			return d
		}
		p.next()
		d.Cond = p.parseParenCond()
		p.expect(SEMI)
		return d
	case FOR:
		return p.parseFor()
	case FOREACH:
		return p.parseForeach(at, false)
	case BREAK, CONTINUE:
		tok := p.t.tok
		p.next()
		p.expect(SEMI)
		return &BranchStmt{At: at, Tok: tok}
	case GOTO:
		p.next()
		b := &BranchStmt{At: at, Tok: GOTO}
		switch p.t.tok {
		case CASE:
			p.next()
			b.Case = p.parseExpr()
		case DEFAULT:
			p.next()
			b.Default = true
		default:
			b.Label = p.ident()
		}
		p.expect(SEMI)
		return b
	case RETURN:
		p.next()
		r := &ReturnStmt{At: at}
		if p.t.tok != SEMI {
			r.X = p.parseExprOrRef()
		}
		p.expectSemi()
		return r
	case THROW:
		p.next()
		t := &ThrowStmt{At: at}
		if p.t.tok != SEMI {
			t.X = p.parseExpr()
		}
		p.expectSemi()
		return t
	case TRY:
		return p.parseTry()
	case CHECKED, UNCHECKED:
		if p.peek(1).tok == LBRACE {
			unchecked := p.t.tok == UNCHECKED
			p.next()
			return &CheckedStmt{At: at, Unchecked: unchecked, Body: p.parseBlock()}
		}
	case UNSAFE:
		if p.peek(1).tok == LBRACE {
			p.next()
			return &UnsafeStmt{At: at, Body: p.parseBlock()}
		}
	case LOCK:
		p.next()
		l := &LockStmt{At: at}
		l.X = p.parseParenCond()
		l.Body = p.parseEmbedded()
		return l
	case USING:
		return p.parseUsing(at, false)
	case FIXED:
		p.next()
		f := &FixedStmt{At: at}
		p.expect(LPAREN)
		f.Decl = &LocalDeclStmt{At: p.t.pos, Type: p.parseType()}
		f.Decl.Vars = p.parseVarDeclarators()
		p.expect(RPAREN)
		f.Body = p.parseEmbedded()
		return f
	case CONST:
		d := &LocalDeclStmt{At: at}
		d.Mods.Flags |= ModConst
		d.Mods.List = append(d.Mods.List, Modifier{At: at, Flag: ModConst})
		p.next()
		d.Type = p.parseType()
		d.Vars = p.parseVarDeclarators()
		p.expectSemi()
		return d
	case IDENT:
		switch {
		case p.word("yield") && (p.peek(1).tok == RETURN || p.peek(1).tok == BREAK):
			p.next()
			y := &YieldStmt{At: at}
			if p.t.tok == BREAK {
				y.Break = true
				p.next()
			} else {
				p.next()
				y.X = p.parseExpr()
			}
			p.expectSemi()
			return y
		case p.word("await") && p.peek(1).tok == FOREACH:
			p.next()
			return p.parseForeach(at, true)
		case p.word("await") && p.peek(1).tok == USING:
			p.next()
			return p.parseUsing(at, true)
		case p.peek(1).tok == COLON:
			l := &LabeledStmt{Label: p.ident()}
			p.next()
			if p.t.tok == RBRACE {
				p.errorAt(p.t.pos, "CS1525", "Invalid expression term '}'")
				l.Stmt = &EmptyStmt{At: p.t.pos}
				return l
			}
			l.Stmt = p.parseStatement()
			return l
		case p.word("var") && p.peek(1).tok == LPAREN:
			if end, ok := p.scanParenDesignation(p.i + 1); ok && p.tokAt(end).tok == ASSIGN {
				x := p.tryDeclExpr()
				if x != nil {
					return p.finishExprStmt(p.parseAssignRest(x))
				}
			}
		}
	}
	if d := p.tryLocalDeclOrFunc(); d != nil {
		return d
	}
	if p.t.tok == RBRACE || p.t.tok == EOF {
		return nil
	}
	if !canStartExpr(p.t) {
		if p.t.tok == ELSE || p.t.tok == CATCH || p.t.tok == FINALLY || p.t.tok == CASE {
			p.errorAt(p.t.pos, "CS1525", "Invalid expression term '"+p.tokDesc()+"'")
			p.next()
			return &BadStmt{At: at}
		}
		p.errorAt(p.t.pos, "CS1525", "Invalid expression term '"+p.tokDesc()+"'")
		p.next()
		return &BadStmt{At: at}
	}
	x := p.parseExpr()
	return p.finishExprStmt(x)
}

// parseAssignRest parses "= expr" after a deconstruction target.
func (p *parser) parseAssignRest(x Expr) Expr {
	opPos := p.t.pos
	p.expect(ASSIGN)
	return &AssignExpr{X: x, Op: ASSIGN, OpPos: opPos, Y: p.parseExpr()}
}

// finishExprStmt wraps x as a statement and expects the ';'.
func (p *parser) finishExprStmt(x Expr) Stmt {
	s := &ExprStmt{X: x}
	p.expectSemi()
	return s
}

// expectSemi expects ';'. When something else follows on the same line the
// statement is malformed: report once and skip to the end of the statement.
func (p *parser) expectSemi() {
	if p.t.tok == SEMI {
		p.next()
		return
	}
	p.errorExpected(SEMI)
	if p.t.nl || p.t.tok == RBRACE || p.t.tok == EOF {
		return // missing ';' at the end of a line: go on with the next statement
	}
	// garbage after the statement: skip to its ';' (possibly on a later
	// line, as in a call whose '(' is missing), skipping balanced brackets,
	// but not past an unmatched brace or a line that starts a statement
	// with a keyword.
	depth := 0
	line := p.t.pos.Line
	for p.t.tok != EOF {
		switch p.t.tok {
		case SEMI:
			if depth == 0 {
				p.next()
				return
			}
		case LPAREN, LBRACK:
			depth++
		case LBRACE:
			if depth == 0 && p.t.pos.Line != line {
				return
			}
			depth++
		case RPAREN, RBRACK:
			if depth > 0 {
				depth--
			}
		case RBRACE:
			if depth == 0 {
				// a '}' on the error's line followed by ')' or ',' is part of the
				// broken expression (new T[] x }); anything else ends the block
				if n := p.peek(1).tok; p.t.pos.Line != line || n != RPAREN && n != COMMA {
					return
				}
				break
			}
			depth--
		}
		p.next()
		if depth == 0 && p.t.nl && p.startsKeywordStatement() {
			return
		}
	}
}

// startsKeywordStatement reports whether the current token is a keyword
// that begins a statement (if, return, ...).
func (p *parser) startsKeywordStatement() bool {
	switch p.t.tok {
	case IF, SWITCH, WHILE, DO, FOR, FOREACH, BREAK, CONTINUE, GOTO, RETURN, THROW, TRY, LOCK, USING, CONST,
		PUBLIC, PRIVATE, PROTECTED, INTERNAL, CATCH, FINALLY, ELSE, CASE:
		return true
	}
	return p.word("var") || p.word("await") || p.word("yield")
}

// parseParenCond parses "(expr)".
func (p *parser) parseParenCond() Expr {
	p.expect(LPAREN)
	x := p.parseExpr()
	if p.t.tok == RPAREN {
		p.next()
	} else {
		p.errorExpected(RPAREN)
		// skip the rest of the condition on this line
		for p.t.tok != EOF && p.t.tok != RPAREN && p.t.tok != LBRACE && p.t.tok != SEMI && p.t.tok != RBRACE && !p.t.nl {
			p.next()
		}
		p.got(RPAREN)
	}
	return x
}

// parseEmbedded parses the body of if/while/for/...: a statement other than
// a declaration (declarations are reported by the checker, as CS1023).
func (p *parser) parseEmbedded() Stmt {
	if p.t.tok == RBRACE || p.t.tok == EOF {
		p.errorAt(p.t.pos, "CS1525", "Invalid expression term '"+p.tokDesc()+"'")
		return &EmptyStmt{At: p.t.pos}
	}
	s := p.parseStatement()
	if s == nil {
		return &BadStmt{At: p.t.pos}
	}
	return s
}

func (p *parser) parseIf() Stmt {
	s := &IfStmt{At: p.t.pos}
	p.next()
	s.Cond = p.parseParenCond()
	p.inIf++
	s.Then = p.parseEmbedded()
	p.inIf--
	if p.got(ELSE) {
		s.Else = p.parseEmbedded()
	}
	return s
}

func (p *parser) parseSwitch() Stmt {
	s := &SwitchStmt{At: p.t.pos}
	p.next()
	if p.t.tok == LPAREN {
		s.Tag = p.parseParenCond()
	} else {
		// C# 8 allows switch (a, b) only with parentheses; a bare tag is an error.
		p.errorExpected(LPAREN)
		s.Tag = p.parseExpr()
	}
	if p.t.tok != LBRACE {
		p.errorExpected(LBRACE)
		return s
	}
	p.next()
	for p.t.tok != RBRACE && p.t.tok != EOF {
		sec := &SwitchSection{}
		for p.t.tok == CASE || p.t.tok == DEFAULT && p.peek(1).tok == COLON {
			lbl := &CaseLabel{At: p.t.pos}
			if p.t.tok == DEFAULT {
				lbl.Default = true
				p.next()
			} else {
				p.next()
				lbl.Pat = p.parsePattern(patCase)
				if p.word("when") {
					p.next()
					lbl.When = p.parseExpr()
				}
			}
			if p.t.tok != COLON {
				p.errorAt(p.missingPos(), "CS1003", "Syntax error, ':' expected")
			} else {
				p.next()
			}
			sec.Labels = append(sec.Labels, lbl)
		}
		if len(sec.Labels) == 0 {
			p.errorAt(p.t.pos, "CS1525", "Invalid expression term '"+p.tokDesc()+"'")
			// statements before any label: parse and drop them into a synthetic section
			start := p.i
			p.parseStatement()
			if p.i == start {
				p.next()
			}
			continue
		}
		sec.Stmts = p.parseStmtList(true)
		s.Sections = append(s.Sections, sec)
		if p.isMemberStartInBody() {
			break
		}
	}
	s.Rbrace = p.t.pos
	p.expect(RBRACE)
	return s
}

func (p *parser) parseFor() Stmt {
	f := &ForStmt{At: p.t.pos}
	p.next()
	p.expect(LPAREN)
	if p.t.tok != SEMI {
		if d := p.tryLocalDecl(false); d != nil {
			f.Init = []Stmt{d}
		} else {
			for {
				f.Init = append(f.Init, &ExprStmt{X: p.parseExpr()})
				if !p.got(COMMA) {
					break
				}
			}
		}
	}
	p.expect(SEMI)
	if p.t.tok != SEMI {
		f.Cond = p.parseExpr()
	}
	p.expect(SEMI)
	if p.t.tok != RPAREN {
		for {
			f.Post = append(f.Post, p.parseExpr())
			if !p.got(COMMA) {
				break
			}
		}
	}
	p.expect(RPAREN)
	f.Body = p.parseEmbedded()
	return f
}

func (p *parser) parseForeach(at Pos, await bool) Stmt {
	f := &ForeachStmt{At: at, Await: await}
	p.expect(FOREACH)
	p.expect(LPAREN)
	if p.got(REF) {
		f.Ref = true
		p.got(READONLY)
	}
	switch {
	case p.word("var") && p.peek(1).tok == LPAREN:
		t := p.ident()
		f.Target = &DeclExpr{Type: t, Des: p.parseDesignation()}
	case p.t.tok == LPAREN && !p.isTupleTypeThenName():
		f.Target = p.parseParenOrTuple()
	default:
		f.Type = p.parseType()
		f.Name = p.ident()
	}
	if p.t.tok != IN {
		p.errorAt(p.missingPos(), "CS1515", "'in' expected")
	} else {
		p.next()
	}
	f.X = p.parseExpr()
	p.expect(RPAREN)
	f.Body = p.parseEmbedded()
	return f
}

// isTupleTypeThenName reports whether a tuple type followed by a name starts
// here: foreach ((int a, int b) x in ...) (as opposed to a tuple of declarations).
func (p *parser) isTupleTypeThenName() bool {
	end, ok := p.scanType(p.i, scanDecl)
	return ok && p.tokAt(end).tok == IDENT
}

func (p *parser) parseTry() Stmt {
	t := &TryStmt{At: p.t.pos}
	p.next()
	p.inTry++
	t.Body = p.parseBlock()
	p.inTry--
	for p.t.tok == CATCH {
		c := &CatchClause{At: p.t.pos}
		p.next()
		if p.t.tok == LPAREN {
			p.next()
			c.Type = p.parseType()
			if p.t.tok == IDENT {
				c.Name = p.ident()
			}
			p.expect(RPAREN)
		}
		if p.word("when") {
			p.next()
			c.Filter = p.parseParenCond()
		}
		c.Body = p.parseBlock()
		t.Catches = append(t.Catches, c)
	}
	if p.got(FINALLY) {
		t.Finally = p.parseBlock()
	}
	if len(t.Catches) == 0 && t.Finally == nil {
		p.errorAt(p.missingPos(), "CS1524", "Expected catch or finally")
	}
	return t
}

func (p *parser) parseUsing(at Pos, await bool) Stmt {
	p.expect(USING)
	if p.t.tok == LPAREN {
		u := &UsingStmt{At: at, Await: await}
		p.next()
		if d := p.tryLocalDecl(false); d != nil {
			u.Decl = d
		} else {
			u.X = p.parseExpr()
		}
		p.expect(RPAREN)
		u.Body = p.parseEmbedded()
		return u
	}
	// using declaration: using var x = ...;
	d := p.tryLocalDecl(false)
	if d == nil {
		p.errorAt(p.t.pos, "CS1003", "Syntax error, '(' expected")
		x := p.parseExpr()
		return p.finishExprStmt(x)
	}
	d.At = at
	d.Using = true
	d.Await = await
	p.expectSemi()
	return d
}

// tryLocalDeclOrFunc parses a local declaration (with its ';') or a local
// function if the tokens have that shape; otherwise it returns nil.
func (p *parser) tryLocalDeclOrFunc() Stmt {
	start := p.i
	at := p.t.pos
	// modifiers for local functions: static, async, unsafe, extern
	var mods Modifiers
	for {
		var f ModFlags
		switch {
		case p.t.tok == STATIC && !p.isLambdaStart():
			f = ModStatic
		case p.t.tok == EXTERN:
			f = ModExtern
		case p.t.tok == UNSAFE && p.peek(1).tok != LBRACE:
			f = ModUnsafe
		case p.word("async") && !p.isLambdaStart() && p.contextualModifierFollows():
			f = ModAsync
		}
		if f == 0 {
			break
		}
		mods.Flags |= f
		mods.List = append(mods.List, Modifier{At: p.t.pos, Flag: f})
		p.next()
	}
	if p.isLocalFunc() {
		md := &MethodDecl{At: at, Mods: mods}
		md.Result = p.parseType()
		md.Name = p.ident()
		md.TypeParams = p.parseTypeParams()
		md.Params = p.parseParamList(LPAREN, RPAREN)
		md.Constraints = p.parseConstraints()
		p.withAsync(mods.Has(ModAsync), func() { md.Body, md.ExprBody = p.parseBody(false) })
		return &LocalFuncStmt{Func: md}
	}
	if len(mods.List) > 0 {
		// modifiers not followed by a local function
		p.i = start
		p.t = &p.toks[p.i]
		if p.t.tok == STATIC || p.t.tok == EXTERN {
			p.errorAt(p.t.pos, "CS0106", "The modifier '"+p.t.text+"' is not valid for this item")
			p.next()
		}
	}
	d := p.tryLocalDecl(true)
	if d == nil {
		return nil
	}
	p.expectSemi()
	return d
}

// isLocalFunc reports whether a local function declaration starts here:
// Type Name ( or Type Name <...> (.
func (p *parser) isLocalFunc() bool {
	if p.word("await") && p.async {
		return false
	}
	end, ok := p.scanType(p.i, scanDecl)
	if !ok || p.tokAt(end).tok != IDENT {
		return false
	}
	n := p.tokAt(end + 1)
	if n.tok == LPAREN {
		// Type Name(...) followed by { or => or where
		close := p.matchParen(end + 1)
		if close < 0 {
			return true
		}
		a := p.tokAt(close + 1)
		return a.tok == LBRACE || a.tok == LAMBDA || isWord(a, "where")
	}
	if n.tok == LT {
		if j, ok := p.scanTypeArgs(end+1, scanDecl); ok && p.tokAt(j).tok == LPAREN {
			return true
		}
	}
	return false
}

// tryLocalDecl parses "[ref [readonly]] Type a = 1, b" (without the ';') if
// the tokens have that shape; otherwise it returns nil without consuming.
func (p *parser) tryLocalDecl(stmt bool) *LocalDeclStmt {
	at := p.t.pos
	i := p.i
	var mods Modifiers
	if p.word("scoped") && (p.peek(1).tok == IDENT || p.peek(1).tok == REF || p.peek(1).tok.IsPredefinedType()) {
		if end, ok := p.scanType(i+1, scanDecl); ok && p.tokAt(end).tok == IDENT || p.peek(1).tok == REF {
			mods.Flags |= ModScoped
			i++
		}
	}
	if p.tokAt(i).tok == REF {
		mods.Flags |= ModRef
		i++
		if p.tokAt(i).tok == READONLY {
			mods.Flags |= ModReadonly
			i++
		}
	}
	if p.word("await") && p.async && mods.Flags == 0 {
		return nil
	}
	end, ok := p.scanType(i, scanDecl)
	if !ok {
		return nil
	}
	name := p.tokAt(end)
	if name.tok != IDENT {
		return nil
	}
	switch p.tokAt(end + 1).tok {
	case ASSIGN, SEMI, COMMA, LBRACK:
	case IN:
		if stmt {
			return nil
		}
	default:
		if stmt {
			// Type name followed by something else on the same line: still a
			// declaration missing its ';' when the name is on a new line? no:
			// "x y" without operator is a declaration with a missing ';'.
			if p.tokAt(end+1).nl || p.tokAt(end+1).tok == EOF || p.tokAt(end+1).tok == RBRACE {
				break
			}
		}
		if p.tokAt(end+1).tok != RPAREN {
			return nil
		}
	}
	// Build it.
	d := &LocalDeclStmt{At: at, Mods: mods}
	if mods.Has(ModScoped) {
		d.Mods.List = append(d.Mods.List, Modifier{At: p.t.pos, Flag: ModScoped})
		p.next()
	}
	if p.t.tok == REF {
		d.Mods.List = append(d.Mods.List, Modifier{At: p.t.pos, Flag: ModRef})
		p.next()
		if p.t.tok == READONLY {
			d.Mods.List = append(d.Mods.List, Modifier{At: p.t.pos, Flag: ModReadonly})
			p.next()
		}
	}
	d.Type = p.parseType()
	d.Vars = p.parseVarDeclarators()
	return d
}
