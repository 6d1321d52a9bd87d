package syntax

// parseTypeDeclRest parses a class/struct/interface/record/enum/delegate
// declaration after its attributes and modifiers.
func (p *parser) parseTypeDeclRest(start Pos, doc *Comment, attrs []*AttributeList, mods Modifiers) Decl {
	switch p.t.tok {
	case ENUM:
		return p.parseEnum(start, doc, attrs, mods)
	case DELEGATE:
		return p.parseDelegate(start, doc, attrs, mods)
	}
	td := &TypeDecl{At: start, Attrs: attrs, Mods: mods, KindPos: p.t.pos, Doc: doc}
	missingKw := p.t.tok == IDENT && !p.isTypeKeyword()
	switch p.t.tok {
	case IDENT:
		if missingKw {
			// keyword missing (reported by the caller)
			td.Kind = ClassKind
			break
		}
		td.Kind = RecordKind
		if p.peek(1).tok == CLASS {
			p.next()
		} else if p.peek(1).tok == STRUCT {
			p.next()
			td.Kind = RecordStructKind
		}
	case CLASS:
		td.Kind = ClassKind
	case STRUCT:
		td.Kind = StructKind
	case INTERFACE:
		td.Kind = InterfaceKind
	}
	if !missingKw {
		p.next()
	}
	td.Name = p.ident()
	td.TypeParams = p.parseTypeParams()
	if p.t.tok == LPAREN {
		td.Params = p.parseParamList(LPAREN, RPAREN)
	}
	if p.got(COLON) {
		for {
			bt := &BaseType{Type: p.parseType()}
			if p.t.tok == LPAREN {
				_, bt.Args, _ = p.parseArgs(LPAREN, RPAREN)
				if bt.Args == nil {
					bt.Args = []*Arg{}
				}
			}
			td.Bases = append(td.Bases, bt)
			if !p.got(COMMA) {
				break
			}
		}
	}
	td.Constraints = p.parseConstraints()
	if p.t.tok == SEMI && (td.Kind == RecordKind || td.Kind == RecordStructKind || td.Params != nil) {
		p.next()
		return td
	}
	if p.t.tok != LBRACE {
		p.errorExpected(LBRACE)
		if p.t.nl && (p.canStartMember() || p.startsMemberOnNewLine() || p.isModifierToken()) {
			// the body's { is missing: parse the members that follow
			return p.parseTypeBody(td)
		}
		// skip the rest of a malformed header up to its body
		for p.t.tok != LBRACE && p.t.tok != EOF && p.t.tok != RBRACE && p.t.tok != SEMI {
			if p.t.nl && p.startsMemberOnNewLine() {
				return td
			}
			p.next()
		}
		if p.t.tok != LBRACE {
			return td
		}
	}
	p.next()
	return p.parseTypeBody(td)
}

// isModifierToken reports whether the current token is a modifier keyword.
func (p *parser) isModifierToken() bool {
	_, ok := modKeywords[p.t.tok]
	return ok
}

// parseTypeBody parses the members of a type after its '{', and the '}'.
func (p *parser) parseTypeBody(td *TypeDecl) Decl {
	td.Members = []Decl{}
	for p.t.tok != RBRACE && p.t.tok != EOF {
		startI := p.i
		d := p.parseMember(td.Name.Name)
		if d != nil {
			td.Members = append(td.Members, d)
			if _, bad := d.(*BadDecl); !bad {
				p.stray = false
			}
		}
		if p.i == startI {
			if p.t.tok == NAMESPACE || p.t.tok == USING {
				break // probably a missing }
			}
			p.strayError(p.t.pos, "CS1519", "Invalid token '"+p.tokDesc()+"' in class, record, struct, or interface member declaration")
			if p.t.tok == LBRACE {
				// the body of a member whose header did not parse
				p.skipBalanced(LBRACE, RBRACE)
				continue
			}
			p.next()
		}
	}
	td.Rbrace = p.t.pos
	p.expect(RBRACE)
	p.got(SEMI)
	return td
}

func (p *parser) parseEnum(start Pos, doc *Comment, attrs []*AttributeList, mods Modifiers) Decl {
	ed := &EnumDecl{At: start, Attrs: attrs, Mods: mods, Doc: doc}
	p.expect(ENUM)
	ed.Name = p.ident()
	if p.got(COLON) {
		ed.Base = p.parseType()
	}
	if p.t.tok != LBRACE {
		p.errorExpected(LBRACE)
		return ed
	}
	p.next()
	for p.t.tok != RBRACE && p.t.tok != EOF {
		m := &EnumMember{At: p.t.pos}
		m.Attrs = p.parseAttributeLists()
		if p.t.tok != IDENT {
			p.errorExpected(IDENT)
			for p.t.tok != COMMA && p.t.tok != RBRACE && p.t.tok != EOF {
				p.next()
			}
			if !p.got(COMMA) {
				break
			}
			continue
		}
		m.Name = p.ident()
		if p.got(ASSIGN) {
			m.Value = p.parseExpr()
		}
		ed.Members = append(ed.Members, m)
		if !p.got(COMMA) {
			break
		}
	}
	ed.Rbrace = p.t.pos
	p.expect(RBRACE)
	p.got(SEMI)
	return ed
}

func (p *parser) parseDelegate(start Pos, doc *Comment, attrs []*AttributeList, mods Modifiers) Decl {
	dd := &DelegateDecl{At: start, Attrs: attrs, Mods: mods, Doc: doc}
	p.expect(DELEGATE)
	dd.Result = p.parseReturnType()
	dd.Name = p.ident()
	dd.TypeParams = p.parseTypeParams()
	dd.Params = p.parseParamList(LPAREN, RPAREN)
	dd.Constraints = p.parseConstraints()
	p.expect(SEMI)
	return dd
}

// parseTypeParams parses an optional <[attrs] [in|out] T, ...>.
func (p *parser) parseTypeParams() []*TypeParam {
	if p.t.tok != LT {
		return nil
	}
	p.next()
	var list []*TypeParam
	for {
		tp := &TypeParam{At: p.t.pos, Attrs: p.parseAttributeLists()}
		if p.got(IN) {
			tp.Variance = Contravariant
		} else if p.got(OUT) {
			tp.Variance = Covariant
		}
		tp.Name = p.ident()
		list = append(list, tp)
		if !p.got(COMMA) {
			break
		}
	}
	p.expectGT()
	return list
}

// expectGT consumes a closing '>' of a type argument or parameter list.
func (p *parser) expectGT() {
	if p.t.tok == GT {
		p.next()
		return
	}
	p.errorAt(p.missingPos(), "CS1003", "Syntax error, '>' expected")
}

// parseConstraints parses where clauses.
func (p *parser) parseConstraints() []*Constraint {
	var list []*Constraint
	for p.word("where") {
		c := &Constraint{At: p.t.pos}
		p.next()
		c.Param = p.ident()
		p.expect(COLON)
		for {
			it := &ConstraintItem{At: p.t.pos}
			switch {
			case p.t.tok == CLASS:
				it.Kind = ClassConstraint
				p.next()
				if p.got(QUESTION) {
					it.Nullable = true
				}
			case p.t.tok == STRUCT:
				it.Kind = StructConstraint
				p.next()
			case p.t.tok == NEW && p.peek(1).tok == LPAREN:
				it.Kind = NewConstraint
				p.next()
				p.next()
				p.expect(RPAREN)
			case p.t.tok == DEFAULT:
				it.Kind = DefaultConstraint
				p.next()
			case p.word("unmanaged") && p.peek(1).tok != DOT:
				it.Kind = UnmanagedConstraint
				p.next()
			case p.word("notnull") && p.peek(1).tok != DOT:
				it.Kind = NotNullConstraint
				p.next()
			default:
				it.Kind = TypeConstraint
				it.Type = p.parseType()
			}
			c.Items = append(c.Items, it)
			if !p.got(COMMA) {
				break
			}
		}
		list = append(list, c)
	}
	return list
}

// parseParamList parses (params) or [params] (indexers).
func (p *parser) parseParamList(open, close Token) *ParamList {
	pl := &ParamList{At: p.t.pos}
	if !p.got(open) {
		p.errorExpected(open)
		return pl
	}
	for p.t.tok != close && p.t.tok != EOF {
		prm := p.parseParam(false)
		pl.List = append(pl.List, prm)
		if !p.listSep(close) {
			break
		}
	}
	pl.Rparen = p.t.pos
	if p.t.tok == close {
		p.next()
	} else {
		p.errorExpected(close)
		// skip to the closing token on the same construct
		for p.t.tok != close && p.t.tok != EOF && p.t.tok != LBRACE && p.t.tok != SEMI && p.t.tok != RBRACE && p.t.tok != LAMBDA {
			p.next()
		}
		p.got(close)
	}
	return pl
}

// parseParam parses one formal parameter; lambda parameters may omit the type.
func (p *parser) parseParam(lambda bool) *Param {
	prm := &Param{At: p.t.pos, Attrs: p.parseAttributeLists()}
	for {
		switch {
		case p.t.tok == THIS:
			prm.This = true
		case p.t.tok == PARAMS:
			prm.Params = true
		case p.word("scoped") && (p.peek(1).tok == IDENT || p.peek(1).tok == REF || p.peek(1).tok.IsPredefinedType()) && p.peek(1).tok != COMMA:
			if p.peek(1).tok == IDENT && (p.peek(2).tok == COMMA || p.peek(2).tok == RPAREN || p.peek(2).tok == ASSIGN) {
				goto done // a parameter of type scoped
			}
			prm.Scoped = true
		case p.t.tok == REF:
			prm.Mode = ByRef
			if p.peek(1).tok == READONLY {
				p.next()
				prm.Mode = ByRefReadonly
			}
		case p.t.tok == OUT:
			prm.Mode = ByOut
		case p.t.tok == IN:
			prm.Mode = ByIn
		case p.t.tok == READONLY && prm.Mode == ByRef:
			prm.Mode = ByRefReadonly
		default:
			goto done
		}
		p.next()
	}
done:
	if lambda && p.t.tok == IDENT && (p.peek(1).tok == COMMA || p.peek(1).tok == RPAREN) {
		prm.Name = p.ident()
		return prm
	}
	prm.Type = p.parseType()
	prm.Name = p.ident()
	if p.t.tok == LBRACK && p.peek(1).tok == RBRACK {
		p.errorAt(p.t.pos, "CS1552", "Array type specifier, [], must appear before parameter name")
		p.next()
		p.next()
	}
	if p.got(ASSIGN) {
		prm.Default = p.parseExpr()
	}
	return prm
}

// parseMember parses one member of a class, struct, interface or record.
// typeName is the enclosing type's name (to recognise constructors).
func (p *parser) parseMember(typeName string) Decl {
	start := p.t.pos
	doc := p.t.doc
	attrs := p.parseAttributeLists()
	mods := p.parseModifiers()
	if p.isTypeKeyword() {
		return p.parseTypeDeclRest(start, doc, attrs, mods)
	}
	if p.t.tok == RBRACE || p.t.tok == EOF {
		if len(attrs) > 0 || len(mods.List) > 0 {
			p.strayError(p.t.pos, "CS1519", "Invalid token '"+p.tokDesc()+"' in class, record, struct, or interface member declaration")
			return &BadDecl{At: start}
		}
		return nil
	}
	return p.parseMemberRest(start, doc, attrs, mods, typeName)
}

// canStartMember reports whether the current token may begin a member
// declaration's type or name.
func (p *parser) canStartMember() bool {
	t := p.t.tok
	return t == IDENT || t.IsPredefinedType() || t == LPAREN || t == TILDE || t == EVENT ||
		t == IMPLICIT || t == EXPLICIT || t == REF || t == CONST || t == THIS
}

func (p *parser) parseMemberRest(start Pos, doc *Comment, attrs []*AttributeList, mods Modifiers, typeName string) Decl {
	if !p.canStartMember() {
		if len(attrs) > 0 || len(mods.List) > 0 {
			p.strayError(p.t.pos, "CS1519", "Invalid token '"+p.tokDesc()+"' in class, record, struct, or interface member declaration")
			return &BadDecl{At: start}
		}
		return nil
	}
	switch p.t.tok {
	case TILDE:
		d := &DestructorDecl{At: start, Attrs: attrs, Mods: mods, Doc: doc}
		p.next()
		d.Name = p.ident()
		p.expect(LPAREN)
		p.expect(RPAREN)
		d.Body, d.ExprBody = p.parseBody(false)
		return d
	case EVENT:
		return p.parseEvent(start, doc, attrs, mods)
	case IMPLICIT, EXPLICIT:
		return p.parseConversionOperator(start, doc, attrs, mods, nil)
	case CONST:
		mods.Flags |= ModConst
		mods.List = append(mods.List, Modifier{At: p.t.pos, Flag: ModConst})
		p.next()
		fd := &FieldDecl{At: start, Attrs: attrs, Mods: mods, Doc: doc, Type: p.parseType()}
		fd.Vars = p.parseVarDeclarators()
		p.expect(SEMI)
		return fd
	}
	// constructor: Name(
	if p.t.tok == IDENT && p.peek(1).tok == LPAREN {
		if p.t.text != typeName && typeName != "" {
			p.errorAt(p.t.pos, "CS1520", "Method must have a return type")
		}
		cd := &ConstructorDecl{At: start, Attrs: attrs, Mods: mods, Doc: doc, Name: p.ident()}
		cd.Params = p.parseParamList(LPAREN, RPAREN)
		if p.t.tok == COLON {
			p.next()
			ci := &ConstructorInit{At: p.t.pos}
			switch p.t.tok {
			case THIS:
				ci.This = true
				p.next()
			case BASE:
				p.next()
			default:
				p.errorAt(p.t.pos, "CS1018", "Keyword 'this' or 'base' expected")
			}
			_, ci.Args, _ = p.parseArgs(LPAREN, RPAREN)
			cd.Init = ci
		}
		p.withAsync(mods.Has(ModAsync), func() { cd.Body, cd.ExprBody = p.parseBody(false) })
		return cd
	}
	typ := p.parseReturnType()
	switch p.t.tok {
	case OPERATOR:
		return p.parseOperator(start, doc, attrs, mods, typ)
	case IMPLICIT, EXPLICIT:
		return p.parseConversionOperator(start, doc, attrs, mods, typ)
	case THIS:
		return p.parseIndexer(start, doc, attrs, mods, typ, nil)
	}
	if p.t.tok == LPAREN {
		// Type ( : a method without a name
		p.errorExpected(IDENT)
		md := &MethodDecl{At: start, Attrs: attrs, Mods: mods, Doc: doc, Result: typ, Name: &Ident{At: p.t.pos, Name: "_missing_"}}
		md.Params = p.parseParamList(LPAREN, RPAREN)
		md.Constraints = p.parseConstraints()
		p.withAsync(mods.Has(ModAsync), func() { md.Body, md.ExprBody = p.parseBody(false) })
		return md
	}
	if p.t.tok != IDENT {
		// Type followed by something that is not a name.
		if p.t.tok == LBRACE || p.t.tok == ASSIGN || p.t.tok == SEMI || p.t.tok == LAMBDA {
			p.errorExpected(IDENT)
		} else {
			p.strayError(p.t.pos, "CS1519", "Invalid token '"+p.tokDesc()+"' in class, record, struct, or interface member declaration")
		}
		if p.t.tok != LBRACE && p.t.tok != RBRACE {
			p.skipTo(SEMI)
		}
		return &BadDecl{At: start}
	}
	// name, possibly qualified by an explicit interface
	iface, name := p.parseMemberName()
	if name == nil {
		// I.this[...]
		return p.parseIndexer(start, doc, attrs, mods, typ, iface)
	}
	switch p.t.tok {
	case LPAREN, LT:
		md := &MethodDecl{At: start, Attrs: attrs, Mods: mods, Doc: doc, Result: typ, Interface: iface, Name: name}
		md.TypeParams = p.parseTypeParams()
		md.Params = p.parseParamList(LPAREN, RPAREN)
		md.Constraints = p.parseConstraints()
		p.withAsync(mods.Has(ModAsync), func() { md.Body, md.ExprBody = p.parseBody(false) })
		return md
	case LBRACE, LAMBDA:
		pd := &PropertyDecl{At: start, Attrs: attrs, Mods: mods, Doc: doc, Type: typ, Interface: iface, Name: name}
		if p.t.tok == LAMBDA {
			p.next()
			pd.ExprBody = p.parseExpr()
			p.expect(SEMI)
			return pd
		}
		pd.Accessors = p.parseAccessors(false)
		if p.got(ASSIGN) {
			pd.Init = p.parseVarInit()
			p.expect(SEMI)
		}
		return pd
	}
	// field
	if iface != nil {
		p.errorAt(p.t.pos, "CS1002", "; expected")
	}
	fd := &FieldDecl{At: start, Attrs: attrs, Mods: mods, Doc: doc, Type: typ}
	first := &VarDeclarator{At: name.At, Name: name}
	p.parseVarDeclaratorRest(first)
	fd.Vars = append(fd.Vars, first)
	for p.got(COMMA) {
		v := &VarDeclarator{At: p.t.pos, Name: p.ident()}
		p.parseVarDeclaratorRest(v)
		fd.Vars = append(fd.Vars, v)
	}
	if p.t.tok != SEMI {
		p.errorExpected(SEMI)
		p.skipMemberGarbage()
		return fd
	}
	p.next()
	return fd
}

// skipMemberGarbage skips the rest of a malformed member up to a ';' (consumed)
// or a '}' or '{' (not consumed) on the same or following lines.
func (p *parser) skipMemberGarbage() {
	for p.t.tok != EOF && p.t.tok != RBRACE && p.t.tok != LBRACE {
		if p.t.tok == SEMI {
			p.next()
			return
		}
		if p.t.nl && p.startsMemberOnNewLine() {
			return
		}
		p.next()
	}
}

// startsMemberOnNewLine is a heuristic for recovery: an accessibility
// modifier at the start of a line begins a new member.
func (p *parser) startsMemberOnNewLine() bool {
	switch p.t.tok {
	case PUBLIC, PRIVATE, PROTECTED, INTERNAL, LBRACK:
		return true
	}
	return false
}

// skipTo skips tokens up to and including tok, stopping before a '}' .
func (p *parser) skipTo(tok Token) {
	for p.t.tok != EOF && p.t.tok != RBRACE {
		if p.t.tok == tok {
			p.next()
			return
		}
		p.next()
	}
}

// parseMemberName parses Name or I.Name or I<T>.Name; for I.this it returns
// (I, nil) with the current token at this.
func (p *parser) parseMemberName() (iface Expr, name *Ident) {
	id := p.ident()
	if p.t.tok == LT && p.isExplicitIfaceGeneric() {
		id.TypeArgs = p.parseTypeArgs()
	}
	var x Expr
	for p.t.tok == DOT || p.t.tok == COLONCOL {
		if x == nil {
			x = id
		}
		if p.t.tok == COLONCOL {
			p.next()
			n := p.ident()
			x = &AliasQualified{Alias: id, Name: n}
			id = n
			continue
		}
		dot := p.t.pos
		p.next()
		if p.t.tok == THIS {
			return x, nil
		}
		n := p.ident()
		if p.t.tok == LT && p.isExplicitIfaceGeneric() {
			n.TypeArgs = p.parseTypeArgs()
		}
		if _, ok := x.(*Ident); ok && x == Expr(id) {
			x = id
		}
		x = &MemberAccess{X: x, Dot: dot, Name: n}
		id = n
	}
	if x == nil {
		return nil, id
	}
	// x is the qualified name; split off the last part.
	switch q := x.(type) {
	case *MemberAccess:
		return q.X, q.Name
	case *AliasQualified:
		return q.Alias, q.Name
	}
	return nil, id
}

// isExplicitIfaceGeneric reports whether <...> at the current position is
// followed by a dot (I<T>.M), as opposed to a generic method's type parameters.
func (p *parser) isExplicitIfaceGeneric() bool {
	end, ok := p.scanTypeArgs(p.i, scanDecl)
	return ok && p.tokAt(end).tok == DOT
}

// parseReturnType parses a type, allowing void and ref returns.
func (p *parser) parseReturnType() Expr {
	return p.parseType()
}

func (p *parser) withAsync(async bool, f func()) {
	save := p.async
	p.async = async
	f()
	p.async = save
}

// parseBody parses a method body: a block, "=> expr;", or ";" (no body).
func (p *parser) parseBody(_ bool) (*BlockStmt, Expr) {
	switch p.t.tok {
	case LBRACE:
		return p.parseBlock(), nil
	case LAMBDA:
		p.next()
		x := p.parseExpr()
		p.expect(SEMI)
		return nil, x
	case SEMI:
		p.next()
		return nil, nil
	}
	if p.t.nl && p.startsStatement() && !p.isMemberStartInBody() && !p.isModifierToken() {
		// the body's { is missing: parse the statements that follow
		p.errorExpected(LBRACE)
		b := &BlockStmt{At: p.t.pos}
		b.Stmts = p.parseStmtList(false)
		b.Rbrace = p.t.pos
		p.expect(RBRACE)
		return b, nil
	}
	p.errorAt(p.missingPos(), "CS1002", "; expected")
	p.skipMemberGarbage()
	return nil, nil
}

// parseAccessors parses { get; set; } style accessor lists.
func (p *parser) parseAccessors(event bool) []*Accessor {
	p.expect(LBRACE)
	list := []*Accessor{}
	for p.t.tok != RBRACE && p.t.tok != EOF {
		if p.t.nl && !p.startsAccessor() {
			break // the list's '}' is missing: a new member follows
		}
		a := &Accessor{At: p.t.pos, Attrs: p.parseAttributeLists()}
		a.Mods = p.parseModifiers()
		ok := true
		switch {
		case !event && p.word("get"):
			a.Kind = GetAccessor
		case !event && p.word("set"):
			a.Kind = SetAccessor
		case !event && p.word("init"):
			a.Kind = InitAccessor
		case event && p.word("add"):
			a.Kind = AddAccessor
		case event && p.word("remove"):
			a.Kind = RemoveAccessor
		default:
			ok = false
		}
		if !ok {
			if event {
				p.errorAt(p.t.pos, "CS1055", "An add or remove accessor expected")
			} else {
				p.errorAt(p.t.pos, "CS1014", "A get or set accessor expected")
			}
			// skip this accessor
			for p.t.tok != RBRACE && p.t.tok != EOF && p.t.tok != SEMI {
				if p.t.tok == LBRACE {
					p.parseBlock()
					continue
				}
				p.next()
			}
			p.got(SEMI)
			continue
		}
		p.next()
		p.withAsync(false, func() { a.Body, a.ExprBody = p.parseBody(false) })
		list = append(list, a)
	}
	p.expect(RBRACE)
	return list
}

func (p *parser) parseIndexer(start Pos, doc *Comment, attrs []*AttributeList, mods Modifiers, typ, iface Expr) Decl {
	id := &IndexerDecl{At: start, Attrs: attrs, Mods: mods, Doc: doc, Type: typ, Interface: iface}
	p.expect(THIS)
	id.Params = p.parseParamList(LBRACK, RBRACK)
	if p.t.tok == LAMBDA {
		p.next()
		id.ExprBody = p.parseExpr()
		p.expect(SEMI)
		return id
	}
	id.Accessors = p.parseAccessors(false)
	return id
}

func (p *parser) parseEvent(start Pos, doc *Comment, attrs []*AttributeList, mods Modifiers) Decl {
	ed := &EventDecl{At: start, Attrs: attrs, Mods: mods, Doc: doc}
	p.expect(EVENT)
	ed.Type = p.parseType()
	iface, name := p.parseMemberName()
	if name == nil {
		p.errorExpected(IDENT)
		p.skipTo(SEMI)
		return ed
	}
	ed.Interface = iface
	if p.t.tok == LBRACE {
		ed.Name = name
		ed.Accessors = p.parseAccessors(true)
		return ed
	}
	first := &VarDeclarator{At: name.At, Name: name}
	p.parseVarDeclaratorRest(first)
	ed.Vars = append(ed.Vars, first)
	for p.got(COMMA) {
		v := &VarDeclarator{At: p.t.pos, Name: p.ident()}
		p.parseVarDeclaratorRest(v)
		ed.Vars = append(ed.Vars, v)
	}
	p.expect(SEMI)
	return ed
}

// overloadable operator tokens
func (p *parser) parseOperatorToken() (Token, Pos) {
	pos := p.t.pos
	t := p.t.tok
	switch t {
	case PLUS, MINUS, NOT, TILDE, INC, DEC, STAR, SLASH, PERCENT, AMP, PIPE, CARET,
		SHL, EQ, NE, LT, LE, GE, TRUE, FALSE:
		p.next()
		return t, pos
	case GT:
		// >, >>, >>>, >=
		if n := p.peek(1); n.tok == GT && n.pos.Offset == p.t.endOff {
			p.next()
			if n2 := p.peek(1); n2.tok == GT && n2.pos.Offset == p.t.endOff {
				p.next()
				p.next()
				return USHR, pos
			}
			p.next()
			return SHR, pos
		}
		p.next()
		return GT, pos
	}
	p.errorAt(p.t.pos, "CS1037", "Overloadable operator expected")
	return ILLEGAL, pos
}

func (p *parser) parseOperator(start Pos, doc *Comment, attrs []*AttributeList, mods Modifiers, result Expr) Decl {
	od := &OperatorDecl{At: start, Attrs: attrs, Mods: mods, Doc: doc, Result: result}
	p.expect(OPERATOR)
	if p.got(CHECKED) {
		od.Checked = true
	}
	od.Op, od.OpPos = p.parseOperatorToken()
	od.Params = p.parseParamList(LPAREN, RPAREN)
	od.Body, od.ExprBody = p.parseBody(false)
	return od
}

func (p *parser) parseConversionOperator(start Pos, doc *Comment, attrs []*AttributeList, mods Modifiers, iface Expr) Decl {
	cd := &ConversionOperatorDecl{At: start, Attrs: attrs, Mods: mods, Doc: doc}
	cd.Implicit = p.t.tok == IMPLICIT
	if cd.Implicit {
		cd.Mods.Flags |= ModImplicit
	} else {
		cd.Mods.Flags |= ModExplicit
	}
	p.next()
	p.expect(OPERATOR)
	if p.got(CHECKED) {
		cd.Checked = true
	}
	cd.Type = p.parseType()
	cd.Params = p.parseParamList(LPAREN, RPAREN)
	cd.Body, cd.ExprBody = p.parseBody(false)
	return cd
}

// parseVarDeclarators parses "a = 1, b" (after the type).
func (p *parser) parseVarDeclarators() []*VarDeclarator {
	var list []*VarDeclarator
	for {
		v := &VarDeclarator{At: p.t.pos, Name: p.ident()}
		p.parseVarDeclaratorRest(v)
		list = append(list, v)
		if !p.got(COMMA) {
			return list
		}
	}
}

// parseVarDeclaratorRest parses the optional [size] and "= init" of a declarator.
func (p *parser) parseVarDeclaratorRest(v *VarDeclarator) {
	if p.t.tok == LBRACK {
		// fixed-size buffer (fixed int x[4]) or a misplaced array specifier
		at := p.t.pos
		p.next()
		if p.t.tok == RBRACK {
			p.errorAt(at, "CS0650", "Bad array declarator: To declare a managed array the rank specifier precedes the variable's identifier. To declare a fixed size buffer field, use the fixed keyword before the field type.")
			p.next()
		} else {
			v.ArraySize = p.parseExpr()
			p.expect(RBRACK)
		}
	}
	if p.got(ASSIGN) {
		v.Init = p.parseVarInit()
	}
}

// parseVarInit parses a variable initializer: an expression or an array initializer.
func (p *parser) parseVarInit() Expr {
	if p.t.tok == LBRACE {
		return p.parseInitializer(ArrayInit)
	}
	return p.parseExprOrRef()
}

// startsAccessor reports whether an accessor (with attributes or
// modifiers) starts at the current token.
func (p *parser) startsAccessor() bool {
	i := p.i
	if p.tokAt(i).tok == LBRACK {
		return true
	}
	for {
		switch p.tokAt(i).tok {
		case PUBLIC, PRIVATE, PROTECTED, INTERNAL, READONLY:
			i++
			continue
		}
		break
	}
	t := p.tokAt(i)
	return isWord(t, "get") || isWord(t, "set") || isWord(t, "init") || isWord(t, "add") || isWord(t, "remove")
}
