package syntax

import (
	"fmt"
	"strings"
)

// ParseFile parses one C# compilation unit. The returned error, if not nil,
// is a Diagnostics list holding every syntax error (and any warnings),
// sorted by position. The *File is always returned (never nil) and holds
// whatever parsed, with Bad* nodes where the text did not.
func ParseFile(filename string, src []byte) (*File, error) {
	return parseFile(filename, src, true, nil)
}

// ParseFileDefines is ParseFile with preprocessor symbols defined up front
// (as the compiler's -define option does), e.g. "DEBUG".
func ParseFileDefines(filename string, src []byte, defines []string) (*File, error) {
	return parseFile(filename, src, true, defines)
}

func parseFile(filename string, src []byte, recoverPanic bool, defines []string) (f *File, err error) {
	diags := newDiagSink()
	f = &File{Name: filename, Src: src}
	if recoverPanic {
		defer func() {
			if r := recover(); r != nil {
				diags.list = append(diags.list, Diagnostic{Pos: Pos{File: filename}, Code: "CS8078",
					Msg: fmt.Sprintf("internal error in the C# parser: %v", r)})
				err = finish(f, diags)
			}
		}()
	}
	s := newScanner(filename, src, diags)
	for _, d := range defines {
		if s.defines == nil {
			s.defines = make(map[string]bool)
		}
		s.defines[d] = true
	}
	s.scanAll()
	p := newParser(filename, src, s.toks, diags)
	p.str = s.str
	p.parseCompilationUnit(f)
	f.Comments = s.comments
	explainSwallowingComment(f, diags)
	for name, on := range s.defines {
		if on {
			f.Defines = append(f.Defines, name)
		}
	}
	sortStrings(f.Defines)
	return f, finish(f, diags)
}

// explainSwallowingComment adds a hint to the first error when a // comment
// holds what looks like code (a file flattened onto one line loses
// everything after its first // comment).
func explainSwallowingComment(f *File, diags *diagSink) {
	if len(diags.list) == 0 {
		return
	}
	for _, c := range f.Comments {
		if !strings.HasPrefix(c.Text, "//") || len(c.Text) < 60 ||
			!strings.Contains(c.Text, ";") || !strings.ContainsAny(c.Text, "{}") {
			continue
		}
		first := 0
		for i, d := range diags.list {
			if d.Pos.Offset < diags.list[first].Pos.Offset {
				first = i
			}
		}
		diags.list[first].Msg += "; note: the // comment at " + c.At.String() +
			" runs to the end of its line and hides the code after it (is the file on one line?)"
		return
	}
}

func finish(f *File, diags *diagSink) error {
	f.Warnings = diags.warnings
	f.Warnings.Sort()
	if len(diags.list) == 0 {
		return nil
	}
	all := append(diags.list, diags.warnings...)
	all.Sort()
	return all
}

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// ParseExpr parses a single C# expression from src. Positions use the file
// name "expr" unless the expression came from a named source.
func ParseExpr(src string) (Expr, error) {
	return parseFragment("expr", src, func(p *parser) Node { return p.parseExpr() })
}

// ParseType parses a single C# type (e.g. "Dictionary<string, List<int>>").
func ParseType(src string) (Expr, error) {
	return parseFragment("type", src, func(p *parser) Node { return p.parseType() })
}

// ParseStmt parses a single C# statement.
func ParseStmt(src string) (Stmt, error) {
	n, err := parseFragmentNode("stmt", src, func(p *parser) Node { return p.parseStatement() })
	s, _ := n.(Stmt)
	return s, err
}

func parseFragment(name, src string, f func(p *parser) Node) (Expr, error) {
	n, err := parseFragmentNode(name, src, f)
	e, _ := n.(Expr)
	return e, err
}

func parseFragmentNode(name, src string, f func(p *parser) Node) (n Node, err error) {
	diags := newDiagSink()
	defer func() {
		if r := recover(); r != nil {
			diags.list = append(diags.list, Diagnostic{Pos: Pos{File: name}, Code: "CS8078",
				Msg: fmt.Sprintf("internal error in the C# parser: %v", r)})
			err = diags.list
		}
	}()
	s := newScanner(name, []byte(src), diags)
	s.noPreproc = true
	s.scanAll()
	p := newParser(name, []byte(src), s.toks, diags)
	p.str = s.str
	n = f(p)
	if p.t.tok != EOF {
		p.errorExpected(EOF)
	}
	if len(diags.list) > 0 {
		diags.list.Sort()
		return n, diags.list
	}
	return n, nil
}

// maxDepth bounds the nesting of expressions, statements and types.
const maxDepth = 800

// A parser is a recursive-descent parser over a slice of tokens.
type parser struct {
	file  string
	src   []byte
	str   string // src as a string (shared with the scanner)
	toks  []token
	i     int
	t     *token
	diags *diagSink

	quiet   bool // errors are suppressed (after an error, until a sync point)
	errLine int32
	async   bool // inside an async method or lambda: await is an operator
	depth   int
	tooDeep bool

	lateUsing bool // a misplaced using directive was reported
	inIf      int  // parsing the then-branch of an if: "else" ends a block missing its '}'
	inTry     int  // parsing a try block: "catch"/"finally" end a block missing its '}'
	stray     bool // an error about text between declarations was reported (see strayError)
	scanDepth int  // nesting of lookahead scans (bounded like parsing)
}

func newParser(file string, src []byte, toks []token, diags *diagSink) *parser {
	p := &parser{file: file, src: src, toks: toks, diags: diags}
	p.t = &p.toks[0]
	return p
}

// next advances to the next token.
func (p *parser) next() {
	switch p.t.tok {
	case SEMI, LBRACE, RBRACE:
		p.quiet = false
	}
	if p.i < len(p.toks)-1 {
		p.i++
		p.t = &p.toks[p.i]
	}
}

// peek returns the token n positions ahead (the EOF token past the end).
func (p *parser) peek(n int) *token {
	if p.i+n < len(p.toks) {
		return &p.toks[p.i+n]
	}
	return &p.toks[len(p.toks)-1]
}

// tokAt returns token i (the EOF token past the end).
func (p *parser) tokAt(i int) *token {
	if i < len(p.toks) {
		return &p.toks[i]
	}
	return &p.toks[len(p.toks)-1]
}

// got consumes the current token if it is tok.
func (p *parser) got(tok Token) bool {
	if p.t.tok == tok {
		p.next()
		return true
	}
	return false
}

// isWord reports whether token t is the contextual keyword w (an unescaped identifier).
func isWord(t *token, w string) bool { return t.tok == IDENT && !t.verbatim && t.text == w }

// word reports whether the current token is the contextual keyword w.
func (p *parser) word(w string) bool { return isWord(p.t, w) }

// errorAt reports an error unless errors are being suppressed after a
// previous error (no cascades).
func (p *parser) errorAt(pos Pos, code, msg string) {
	if p.quiet || p.t.tok == EOF && p.diags.eofErr {
		return
	}
	if p.diags.error(pos, code, msg) {
		p.quiet = true
		p.errLine = pos.Line
	}
}

// strayError reports an error about text between declarations (a stray
// token, a member outside a type), once for a run of such text: after a
// type closed too early, its remaining members would each give one.
func (p *parser) strayError(pos Pos, code, msg string) {
	if !p.stray {
		p.errorAt(pos, code, msg)
	}
	p.stray = true
}

// missingPos is where a missing token is reported: the end of the previous
// token when the current one is on a later line (as Roslyn does), else the
// current token.
func (p *parser) missingPos() Pos {
	if p.i > 0 && (p.t.nl || p.t.tok == EOF) {
		return p.toks[p.i-1].end()
	}
	return p.t.pos
}

// tokDesc describes the current token for messages: its text.
func (p *parser) tokDesc() string {
	switch p.t.tok {
	case EOF:
		if p.t.text != "" {
			return p.t.text // the end of an interpolation hole: the '}' or ':'
		}
		return "end-of-file"
	case STRING, CHAR, INT, REAL, INTERP:
		return p.t.text
	}
	if p.t.text != "" {
		return p.t.text
	}
	return p.t.tok.String()
}

// errorExpected reports that tok was expected here.
func (p *parser) errorExpected(tok Token) {
	pos := p.missingPos()
	switch tok {
	case SEMI:
		p.errorAt(pos, "CS1002", "; expected")
	case RPAREN:
		p.errorAt(pos, "CS1026", ") expected")
	case RBRACE:
		p.errorAt(pos, "CS1513", "} expected")
	case LBRACE:
		p.errorAt(pos, "CS1514", "{ expected")
	case IDENT:
		if p.t.tok.IsKeyword() {
			p.errorAt(p.t.pos, "CS1041", "Identifier expected; '"+p.t.text+"' is a keyword")
		} else {
			p.errorAt(pos, "CS1001", "Identifier expected")
		}
	case EOF:
		p.errorAt(p.t.pos, "CS1022", "Type or namespace definition, or end-of-file expected")
	default:
		p.errorAt(pos, "CS1003", "Syntax error, '"+tok.String()+"' expected")
	}
}

// expect consumes tok or reports it missing; it returns the token's position.
func (p *parser) expect(tok Token) Pos {
	pos := p.t.pos
	if p.t.tok == tok {
		p.next()
		return pos
	}
	p.errorExpected(tok)
	return pos
}

// ident parses an identifier (contextual keywords included).
func (p *parser) ident() *Ident {
	if p.t.tok == IDENT {
		id := &Ident{At: p.t.pos, Name: p.t.text, Verbatim: p.t.verbatim}
		p.next()
		return id
	}
	p.errorExpected(IDENT)
	return &Ident{At: p.missingPos(), Name: "_missing_"}
}

// enter guards recursion depth; it reports whether parsing may go deeper.
func (p *parser) enter() bool {
	p.depth++
	if p.depth > maxDepth {
		if !p.tooDeep {
			p.tooDeep = true
			p.quiet = false
			p.errorAt(p.t.pos, "CS8078", "An expression is too long or complex to compile")
		}
		// give up on the rest of the input
		p.i = len(p.toks) - 1
		p.t = &p.toks[p.i]
		return false
	}
	return true
}

func (p *parser) leave() { p.depth-- }

// ---------------------------------------------------------------------------
// Compilation unit, namespaces

func (p *parser) parseCompilationUnit(f *File) {
	f.Externs, f.Usings = p.parseExternsAndUsings(true)
	for p.t.tok == LBRACK && p.isGlobalAttrTarget() {
		f.Attrs = append(f.Attrs, p.parseAttributeList())
	}
	f.Decls = p.parseNamespaceBody(true, false)
}

// isGlobalAttrTarget reports whether the [ starts [assembly: or [module:.
func (p *parser) isGlobalAttrTarget() bool {
	t1, t2 := p.peek(1), p.peek(2)
	return (isWord(t1, "assembly") || isWord(t1, "module")) && t2.tok == COLON
}

func (p *parser) parseExternsAndUsings(top bool) (externs []*ExternAlias, usings []*UsingDirective) {
	for {
		switch {
		case p.t.tok == EXTERN && isWord(p.peek(1), "alias"):
			at := p.t.pos
			p.next()
			p.next()
			externs = append(externs, &ExternAlias{At: at, Name: p.ident()})
			p.expect(SEMI)
		case p.t.tok == USING && p.isUsingDirective(1):
			usings = append(usings, p.parseUsingDirective(false))
		case p.word("global") && p.peek(1).tok == USING:
			usings = append(usings, p.parseUsingDirective(true))
		default:
			return
		}
	}
}

// isUsingDirective reports whether the using at offset n-1 starts a directive
// (not a using statement or declaration at the top level).
func (p *parser) isUsingDirective(n int) bool {
	t := p.peek(n)
	if t.tok == LPAREN {
		return false
	}
	if t.tok == STATIC || t.tok == UNSAFE {
		return true
	}
	// using var x = ...; / using T x = ...; are declarations (top-level statements)
	if t.tok == IDENT {
		end, ok := p.scanType(p.i+n, scanDecl)
		if ok && p.tokAt(end).tok == IDENT {
			return false
		}
	}
	return true
}

func (p *parser) parseUsingDirective(global bool) *UsingDirective {
	u := &UsingDirective{At: p.t.pos, Global: global}
	if global {
		p.next()
	}
	p.expect(USING)
	if p.got(STATIC) {
		u.Static = true
	}
	if p.got(UNSAFE) {
		u.Unsafe = true
	}
	if p.t.tok == IDENT && p.peek(1).tok == ASSIGN {
		u.Alias = p.ident()
		p.next()
		u.Name = p.parseType()
	} else {
		u.Name = p.parseQualifiedName()
	}
	p.expect(SEMI)
	return u
}

// parseQualifiedName parses a namespace or type name: A.B.C, global::A.B, A<T>.B.
func (p *parser) parseQualifiedName() Expr {
	return p.parseNamePart(true)
}

// parseNamespaceBody parses members of a namespace (or of the file when top).
func (p *parser) parseNamespaceBody(top, fileScoped bool) []Decl {
	var decls []Decl
	for p.t.tok != EOF {
		if p.t.tok == RBRACE {
			if top || fileScoped {
				p.strayError(p.t.pos, "CS1022", "Type or namespace definition, or end-of-file expected")
				p.next()
				continue
			}
			break
		}
		start := p.i
		d := p.parseNamespaceMember(top)
		if d != nil {
			decls = append(decls, d)
			switch d.(type) {
			case *TypeDecl, *NamespaceDecl, *EnumDecl, *DelegateDecl:
				p.stray = false
			}
		}
		if p.i == start {
			if top && p.t.tok != EOF {
				p.strayError(p.t.pos, "CS1022", "Type or namespace definition, or end-of-file expected")
			} else {
				p.strayError(p.t.pos, "CS1519", "Invalid token '"+p.tokDesc()+"' in class, record, struct, or interface member declaration")
			}
			p.next()
		}
	}
	return decls
}

// parseNamespaceMember parses a namespace, a type declaration, or (at the
// top level) a statement.
func (p *parser) parseNamespaceMember(top bool) Decl {
	if p.t.tok == NAMESPACE {
		return p.parseNamespace()
	}
	if p.t.tok == USING && p.isUsingDirective(1) || p.word("global") && p.peek(1).tok == USING {
		// using directive after members
		u := p.parseUsingDirective(p.word("global"))
		if !p.lateUsing {
			p.lateUsing = true // one error for a run of misplaced usings
			p.diags.error(u.At, "CS1529", "A using clause must precede all other elements defined in the namespace except extern alias declarations")
		}
		return nil
	}
	if top && !p.startsTypeDecl() {
		if p.startsStatement() {
			s := p.parseStatement()
			return &GlobalStmt{Stmt: s}
		}
	}
	start := p.t.pos
	doc := p.t.doc
	attrs := p.parseAttributeLists()
	mods := p.parseModifiers()
	switch {
	case p.isTypeKeyword():
		return p.parseTypeDeclRest(start, doc, attrs, mods)
	case p.t.tok == NAMESPACE:
		return p.parseNamespace()
	case p.t.tok == IDENT && p.looksLikeTypeWithoutKeyword():
		// "public Foo : Base {": a type declaration missing its keyword
		p.errorAt(p.t.pos, "CS1003", "Syntax error, 'class' expected")
		return p.parseTypeDeclRest(start, doc, attrs, mods)
	}
	if len(attrs) == 0 && len(mods.List) == 0 {
		return nil
	}
	// a member outside a type
	d := p.parseMemberRest(start, doc, attrs, mods, "")
	if d != nil {
		if !p.stray {
			p.diags.error(d.Pos(), "CS0116", "A namespace cannot directly contain members such as fields, methods or statements")
		}
		p.stray = true
	}
	return d
}

func (p *parser) startsTypeDecl() bool {
	for i := p.i; ; i++ {
		t := p.tokAt(i)
		switch t.tok {
		case LBRACK:
			return true // attributes: a declaration follows (top-level statements rarely start with [)
		case PUBLIC, PRIVATE, PROTECTED, INTERNAL, STATIC, ABSTRACT, SEALED, UNSAFE, NEW, READONLY, REF, EXTERN:
			continue
		case CLASS, STRUCT, INTERFACE, ENUM, DELEGATE, NAMESPACE:
			return t.tok != DELEGATE || i > p.i || p.tokAt(i+1).tok != LPAREN && p.tokAt(i+1).tok != LBRACE
		case IDENT:
			if isWord(t, "partial") || isWord(t, "file") {
				continue
			}
			if isWord(t, "record") {
				n := p.tokAt(i + 1)
				return n.tok == IDENT || n.tok == CLASS || n.tok == STRUCT
			}
			return false
		default:
			return false
		}
	}
}

// looksLikeTypeWithoutKeyword reports whether Name [<...>] is followed by
// ':' or '{' (at namespace level, where no member may appear).
func (p *parser) looksLikeTypeWithoutKeyword() bool {
	i := p.i + 1
	if p.tokAt(i).tok == LT {
		j, ok := p.scanTypeArgs(i, scanDecl)
		if !ok {
			return false
		}
		i = j
	}
	t := p.tokAt(i)
	return t.tok == COLON || t.tok == LBRACE
}

func (p *parser) isTypeKeyword() bool {
	switch p.t.tok {
	case CLASS, STRUCT, INTERFACE, ENUM, DELEGATE:
		return true
	}
	if p.word("record") {
		n := p.peek(1)
		return n.tok == IDENT || n.tok == CLASS || n.tok == STRUCT
	}
	return false
}

func (p *parser) parseNamespace() Decl {
	ns := &NamespaceDecl{At: p.t.pos}
	p.expect(NAMESPACE)
	ns.Name = p.parseQualifiedName()
	if p.got(SEMI) {
		ns.FileScoped = true
		ns.Externs, ns.Usings = p.parseExternsAndUsings(false)
		ns.Decls = p.parseNamespaceBody(false, true)
		return ns
	}
	if p.t.tok != LBRACE {
		p.errorExpected(LBRACE)
		return ns
	}
	p.next()
	ns.Externs, ns.Usings = p.parseExternsAndUsings(false)
	ns.Decls = p.parseNamespaceBody(false, false)
	ns.Rbrace = p.t.pos
	p.expect(RBRACE)
	p.got(SEMI)
	return ns
}

// ---------------------------------------------------------------------------
// Attributes and modifiers

func (p *parser) parseAttributeLists() []*AttributeList {
	var list []*AttributeList
	for p.t.tok == LBRACK {
		list = append(list, p.parseAttributeList())
	}
	return list
}

func (p *parser) parseAttributeList() *AttributeList {
	al := &AttributeList{At: p.t.pos}
	p.expect(LBRACK)
	if (p.t.tok == IDENT || p.t.tok.IsKeyword()) && p.peek(1).tok == COLON {
		al.Target = p.t.text
		p.next()
		p.next()
	}
	for p.t.tok != RBRACK && p.t.tok != EOF {
		a := &Attribute{At: p.t.pos, Name: p.parseQualifiedName()}
		if p.t.tok == LPAREN {
			_, a.Args, _ = p.parseArgs(LPAREN, RPAREN)
		}
		al.Attrs = append(al.Attrs, a)
		if !p.got(COMMA) {
			break
		}
	}
	if p.t.tok != RBRACK {
		p.errorAt(p.missingPos(), "CS1003", "Syntax error, ']' expected")
		for p.t.tok != RBRACK && p.t.tok != EOF && p.t.tok != LBRACE && p.t.tok != SEMI {
			p.next()
		}
		p.got(RBRACK)
	} else {
		p.next()
	}
	return al
}

var modKeywords = map[Token]ModFlags{
	PUBLIC: ModPublic, PRIVATE: ModPrivate, PROTECTED: ModProtected, INTERNAL: ModInternal,
	STATIC: ModStatic, READONLY: ModReadonly, VIRTUAL: ModVirtual, OVERRIDE: ModOverride,
	ABSTRACT: ModAbstract, SEALED: ModSealed, EXTERN: ModExtern, UNSAFE: ModUnsafe,
	NEW: ModNew, VOLATILE: ModVolatile, FIXED: ModFixed, CONST: ModConst,
}

// parseModifiers parses member/type modifiers, including the contextual
// async, partial, required and file.
func (p *parser) parseModifiers() Modifiers {
	var m Modifiers
	for {
		var f ModFlags
		if mf, ok := modKeywords[p.t.tok]; ok {
			f = mf
			if p.t.tok == NEW && (p.peek(1).tok == LPAREN || p.peek(1).tok == LBRACK || p.peek(1).tok == LBRACE) {
				return m // new() or new[] expression
			}
			if p.t.tok == UNSAFE && p.peek(1).tok == LBRACE {
				return m // unsafe block
			}
			if p.t.tok == FIXED && p.peek(1).tok == LPAREN {
				return m // fixed statement
			}
		} else if p.t.tok == REF && (p.peek(1).tok == STRUCT || isWord(p.peek(1), "partial") || p.peek(1).tok == READONLY && p.peek(2).tok == STRUCT) {
			f = ModRef
		} else if p.t.tok == IDENT && !p.t.verbatim {
			switch p.t.text {
			case "async":
				if !p.contextualModifierFollows() {
					return m
				}
				f = ModAsync
			case "partial":
				n := p.peek(1)
				if n.tok != CLASS && n.tok != STRUCT && n.tok != INTERFACE && n.tok != VOID && n.tok != ENUM && !isWord(n, "record") && !p.contextualModifierFollows() {
					return m
				}
				f = ModPartial
			case "required", "file":
				if !p.contextualModifierFollows() {
					return m
				}
				if p.t.text == "required" {
					f = ModRequired
				} else {
					f = ModFile
				}
			default:
				return m
			}
		} else {
			return m
		}
		if m.Flags&f != 0 {
			p.errorAt(p.t.pos, "CS1004", "Duplicate '"+p.t.text+"' modifier")
		}
		m.Flags |= f
		m.List = append(m.List, Modifier{At: p.t.pos, Flag: f})
		p.next()
	}
}

// contextualModifierFollows reports whether the identifier at the current
// position is followed by something that makes it a modifier (a type, a
// name, another modifier or a declaration keyword) rather than a type name.
func (p *parser) contextualModifierFollows() bool {
	n := p.peek(1)
	switch {
	case n.tok == IDENT:
		// async Task M(), partial void, required string X; but "async x =" is a declaration of type async
		n2 := p.peek(2)
		return n2.tok != ASSIGN && n2.tok != SEMI && n2.tok != COMMA && n2.tok != LAMBDA && n2.tok != RPAREN
	case n.tok.IsPredefinedType(), n.tok == LPAREN && p.peek(2).tok != RPAREN:
		return true
	case n.tok == CLASS, n.tok == STRUCT, n.tok == INTERFACE, n.tok == ENUM, n.tok == DELEGATE:
		return true
	}
	_, isMod := modKeywords[n.tok]
	return isMod
}
