package syntax

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A token is one scanned token with everything the parser needs.
type token struct {
	pos      Pos       // first character
	text     string    // identifier name (unescaped, without @), or the source text
	lit      *BasicLit // INT, REAL, CHAR, STRING
	interp   *interpTok
	doc      *Comment // doc comment immediately before this token, if any
	endOff   int32    // byte offset just past the token
	endLine  int32    // line and column just past the token
	endCol   int32
	tok      Token
	nl       bool // a line break separates this token from the previous one
	verbatim bool // @identifier
}

// end returns the position just past the token.
func (t *token) end() Pos {
	return Pos{File: t.pos.File, Line: t.endLine, Col: t.endCol, Offset: t.endOff}
}

// interpTok is the scanned form of an interpolated string: text parts and
// the source ranges of the holes, which the parser scans and parses.
type interpTok struct {
	verbatim bool
	rawStr   bool
	dollars  int
	utf8     bool
	segs     []interpSeg
}

type interpSeg struct {
	pos       Pos
	text      string // text segment (decoded)
	hole      bool
	expr      srcRange
	align     srcRange // align.ok false when absent
	format    string
	hasFmt    bool
	condColon bool // a conditional's ':' in the hole (C# requires parentheses)
	closePos  Pos  // position of the closing brace (for errors)
}

type srcRange struct {
	ok         bool
	start, end int // byte offsets
	pos        Pos // position of start
}

// condState is one level of #if nesting.
type condState struct {
	pos    Pos
	active bool // the current branch is being compiled
	taken  bool // some branch of this #if was taken
	sawEls bool // #else seen
	outer  bool // the enclosing section is active
}

// A scanner turns source text into tokens, handling comments and
// preprocessor directives.
type scanner struct {
	file string
	src  []byte
	str  string // src as a string: identifiers and raw texts are substrings of it
	off  int    // current byte offset
	line int32  // current line (physical, 1-based)
	col  int32  // current column (runes, 1-based)

	lineOff   int  // offset of the current line's start
	lineStart bool // only whitespace seen so far on this line

	diags *diagSink

	// #line support
	lineDelta int32
	lineFile  string

	defines   map[string]bool
	cond      []condState
	regions   []Pos
	sawToken  bool
	noPreproc bool // sub-scanner for interpolation holes

	toks       []token
	comments   []*Comment
	pendingDoc *Comment
	docLine    int32     // line of the last /// comment
	skipping   bool      // inside skipInactive
	deepHit    bool      // interpolated strings nested too deeply (reported once)
	root       *diagSink // diagnostics, even while nested literals are skipped quietly
	scanDepth  int       // nesting of nested-literal skipping in holes
	nl         bool
	prevEnd    Pos
}

func newScanner(file string, src []byte, diags *diagSink) *scanner {
	s := &scanner{file: file, src: src, str: string(src), line: 1, col: 1, lineStart: true, diags: diags, root: diags}
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		s.off = 3 // byte order mark
		s.lineOff = 3
	}
	return s
}

// pos returns the current position.
func (s *scanner) pos() Pos {
	file := s.file
	if s.lineFile != "" {
		file = s.lineFile
	}
	line := s.line + s.lineDelta
	if line < 1 {
		line = 1 // the rest of a "#line N" line itself
	}
	return Pos{File: file, Line: line, Col: s.col, Offset: int32(s.off)}
}

func (s *scanner) errorAt(pos Pos, code, msg string) { s.diags.error(pos, code, msg) }

// eofError records that a literal or comment ran to the end of the file, so
// that the parser does not add "} expected" and the like at the end.
func (s *scanner) eofError() {
	if s.diags != nil && !s.noPreproc {
		s.diags.eofErr = true
	}
}

// peek returns the byte at off+i, or 0 at the end.
func (s *scanner) peek(i int) byte {
	if s.off+i < len(s.src) {
		return s.src[s.off+i]
	}
	return 0
}

// rune returns the rune at the current offset and its width.
func (s *scanner) rune() (rune, int) {
	if s.off >= len(s.src) {
		return -1, 0
	}
	c := s.src[s.off]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRune(s.src[s.off:])
}

// isNewline reports whether r is a C# new-line character.
func isNewline(r rune) bool {
	return r == '\n' || r == '\r' || r == 0x85 || r == 0x2028 || r == 0x2029
}

// next advances over one rune (a CR LF pair counts as one line break).
func (s *scanner) next() {
	r, w := s.rune()
	if w == 0 {
		return
	}
	if isNewline(r) {
		if r == '\r' && s.peek(1) == '\n' {
			w = 2
		}
		s.off += w
		s.line++
		s.col = 1
		s.lineOff = s.off
		s.lineStart = true
		return
	}
	s.off += w
	s.col++
}

func (s *scanner) atEOF() bool { return s.off >= len(s.src) }

// scanAll scans the whole file into s.toks, ending with EOF.
func (s *scanner) scanAll() {
	s.toks = make([]token, 0, len(s.src)/8+16) // indented code has about one token per 9 bytes
	for {
		t := s.scan()
		s.toks = append(s.toks, t)
		if t.tok == EOF {
			return
		}
	}
}

// scan returns the next token.
func (s *scanner) scan() token {
	s.skipTrivia()
	nl := s.nl
	s.nl = false
	doc := s.pendingDoc
	s.pendingDoc = nil
	start := s.pos()
	if s.atEOF() {
		if !s.noPreproc {
			for i := len(s.cond) - 1; i >= 0; i-- {
				s.errorAt(start, "CS1027", "#endif directive expected")
				break
			}
			if len(s.regions) > 0 {
				s.errorAt(start, "CS1038", "#endregion directive expected")
			}
		}
		return token{tok: EOF, pos: start, endOff: start.Offset, endLine: start.Line, endCol: start.Col, nl: nl}
	}
	s.lineStart = false
	s.sawToken = true
	t := s.scanToken(start)
	if s.deepHit && t.tok == INTERP {
		t.tok, t.interp = ILLEGAL, nil // reported; the parser must not descend into it
	}
	t.pos = start
	e := s.pos()
	t.endOff, t.endLine, t.endCol = e.Offset, e.Line, e.Col
	t.nl = nl
	t.doc = doc
	if t.text == "" && t.tok != IDENT {
		if t.tok > INTERP && t.tok != ILLEGAL {
			t.text = tokenNames[t.tok] // operators and keywords: no allocation
		} else {
			t.text = s.str[start.Offset:s.off]
		}
	}
	return t
}

// skipTrivia skips white space, comments and (at the start of a line)
// preprocessor directives, including the sections they exclude.
func (s *scanner) skipTrivia() {
	for !s.atEOF() {
		// fast path: ASCII blanks
		if c := s.src[s.off]; c == ' ' || c == '\t' {
			s.off++
			s.col++
			continue
		}
		r, w := s.rune()
		switch {
		case isNewline(r):
			s.nl = true
			s.next()
		case r == ' ' || r == '\t' || r == '\v' || r == '\f' || (r > 127 && unicode.Is(unicode.Zs, r)) || r == 0xFEFF:
			s.off += w
			s.col++
		case r == '/' && s.peek(1) == '/':
			s.lineComment()
		case r == '/' && s.peek(1) == '*':
			s.blockComment()
		case r == '#' && !s.noPreproc:
			if !s.lineStart {
				p := s.pos()
				s.errorAt(p, "CS1040", "Preprocessor directives must appear as the first non-whitespace character on a line")
				s.skipToEOL()
				continue
			}
			s.directive()
		default:
			return
		}
	}
}

func (s *scanner) skipToEOL() {
	for !s.atEOF() {
		r, _ := s.rune()
		if isNewline(r) {
			return
		}
		s.next()
	}
}

func (s *scanner) lineComment() {
	start := s.pos()
	doc := s.peek(2) == '/' && s.peek(3) != '/'
	s.skipToEOL()
	c := &Comment{At: start, Text: s.str[start.Offset:s.off], Doc: doc}
	s.comments = append(s.comments, c)
	if doc {
		if s.pendingDoc != nil && s.pendingDoc.Doc && s.docLine+1 == start.Line {
			// extend the doc comment group
			s.pendingDoc = &Comment{At: s.pendingDoc.At, Text: s.pendingDoc.Text + "\n" + c.Text, Doc: true}
		} else {
			s.pendingDoc = c
		}
		s.docLine = start.Line
	}
}

func (s *scanner) blockComment() {
	start := s.pos()
	doc := s.peek(2) == '*' && s.peek(3) != '*' && s.peek(3) != '/'
	s.next()
	s.next()
	for {
		if s.atEOF() {
			s.errorAt(start, "CS1035", "End-of-file found, '*/' expected")
			s.eofError()
			break
		}
		if s.peek(0) == '*' && s.peek(1) == '/' {
			s.next()
			s.next()
			break
		}
		r, _ := s.rune()
		if isNewline(r) {
			s.nl = true
		}
		s.next()
	}
	c := &Comment{At: start, Text: s.str[start.Offset:s.off], Doc: doc}
	s.comments = append(s.comments, c)
	if doc {
		s.pendingDoc = c
	}
}

// ---------------------------------------------------------------------------
// Tokens

func isIdentStart(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Nl, r)
}

func isIdentPart(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.In(r, unicode.Nl, unicode.Nd, unicode.Mn, unicode.Mc, unicode.Pc, unicode.Cf)
}

func (s *scanner) scanToken(start Pos) token {
	r, _ := s.rune()
	switch {
	case isIdentStart(r) || r == '\\' && (s.peek(1) == 'u' || s.peek(1) == 'U'):
		return s.ident(false)
	case '0' <= r && r <= '9' || r == '.' && '0' <= s.peek(1) && s.peek(1) <= '9':
		return s.number(start)
	}
	switch r {
	case '"':
		return s.stringLit(start, false)
	case '\'':
		return s.charLit(start)
	case '@':
		switch c := s.peek(1); {
		case c == '"':
			s.next()
			return s.stringLit(start, true)
		case c == '$' && s.peek(2) == '"':
			s.next()
			s.next()
			return s.interpString(start, 1, true)
		default:
			s.next()
			r2, _ := s.rune()
			if isIdentStart(r2) || r2 == '\\' {
				return s.ident(true)
			}
			s.errorAt(start, "CS1646", "Keyword, identifier, or string expected after verbatim specifier: @")
			return token{tok: ILLEGAL}
		}
	case '$':
		n := 0
		for s.peek(n) == '$' {
			n++
		}
		if s.peek(n) == '"' {
			for i := 0; i < n; i++ {
				s.next()
			}
			return s.interpString(start, n, false)
		}
		if n == 1 && s.peek(1) == '@' && s.peek(2) == '"' {
			s.next()
			s.next()
			return s.interpString(start, 1, true)
		}
	}
	// operators
	if r >= utf8.RuneSelf || r < 0 {
		s.next()
		s.errorAt(start, "CS1056", "Unexpected character '"+string(r)+"'")
		return token{tok: ILLEGAL}
	}
	c := byte(r)
	s.next()
	p1 := s.peek(0)
	two := func(t Token) token { s.next(); return token{tok: t} }
	switch c {
	case '{':
		return token{tok: LBRACE}
	case '}':
		return token{tok: RBRACE}
	case '(':
		return token{tok: LPAREN}
	case ')':
		return token{tok: RPAREN}
	case '[':
		return token{tok: LBRACK}
	case ']':
		return token{tok: RBRACK}
	case ';':
		return token{tok: SEMI}
	case ',':
		return token{tok: COMMA}
	case '~':
		return token{tok: TILDE}
	case '.':
		if p1 == '.' {
			return two(DOTDOT)
		}
		return token{tok: DOT}
	case ':':
		if p1 == ':' {
			return two(COLONCOL)
		}
		return token{tok: COLON}
	case '+':
		switch p1 {
		case '+':
			return two(INC)
		case '=':
			return two(ADD_ASSIGN)
		}
		return token{tok: PLUS}
	case '-':
		switch p1 {
		case '-':
			return two(DEC)
		case '=':
			return two(SUB_ASSIGN)
		case '>':
			return two(ARROW)
		}
		return token{tok: MINUS}
	case '*':
		if p1 == '=' {
			return two(MUL_ASSIGN)
		}
		return token{tok: STAR}
	case '/':
		if p1 == '=' {
			return two(DIV_ASSIGN)
		}
		return token{tok: SLASH}
	case '%':
		if p1 == '=' {
			return two(MOD_ASSIGN)
		}
		return token{tok: PERCENT}
	case '&':
		switch p1 {
		case '&':
			return two(ANDAND)
		case '=':
			return two(AND_ASSIGN)
		}
		return token{tok: AMP}
	case '|':
		switch p1 {
		case '|':
			return two(OROR)
		case '=':
			return two(OR_ASSIGN)
		}
		return token{tok: PIPE}
	case '^':
		if p1 == '=' {
			return two(XOR_ASSIGN)
		}
		return token{tok: CARET}
	case '!':
		if p1 == '=' {
			return two(NE)
		}
		return token{tok: NOT}
	case '=':
		switch p1 {
		case '=':
			return two(EQ)
		case '>':
			return two(LAMBDA)
		}
		return token{tok: ASSIGN}
	case '<':
		switch p1 {
		case '=':
			return two(LE)
		case '<':
			s.next()
			if s.peek(0) == '=' {
				return two(SHL_ASSIGN)
			}
			return token{tok: SHL}
		}
		return token{tok: LT}
	case '>':
		if p1 == '=' {
			return two(GE)
		}
		return token{tok: GT}
	case '?':
		switch p1 {
		case '?':
			s.next()
			if s.peek(0) == '=' {
				return two(QQ_ASSIGN)
			}
			return token{tok: QQ}
		case '.':
			if d := s.peek(1); d < '0' || d > '9' {
				return two(QDOT)
			}
		}
		return token{tok: QUESTION}
	}
	s.errorAt(start, "CS1056", "Unexpected character '"+string(r)+"'")
	return token{tok: ILLEGAL}
}

// ident scans an identifier or keyword (after an optional @ already consumed).
func (s *scanner) ident(verbatim bool) token {
	startOff := s.off
	var b []byte // only used when there are escapes
	escaped := false
	// fast path: ASCII identifier characters
	for s.off < len(s.src) {
		c := s.src[s.off]
		if c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			s.off++
			s.col++
			continue
		}
		break
	}
	for !s.atEOF() {
		r, w := s.rune()
		if r == '\\' && (s.peek(1) == 'u' || s.peek(1) == 'U') {
			p := s.pos()
			n := 4
			if s.peek(1) == 'U' {
				n = 8
			}
			v, ok := s.hexN(2, n)
			if !ok || !(isIdentPart(rune(v)) || s.off == startOff && isIdentStart(rune(v))) {
				s.errorAt(p, "CS1009", "Unrecognized escape sequence")
				break
			}
			if !escaped {
				b = append([]byte(nil), s.src[startOff:s.off]...)
				escaped = true
			}
			for i := 0; i < 2+n; i++ {
				s.next()
			}
			b = utf8.AppendRune(b, rune(v))
			continue
		}
		if !isIdentPart(r) {
			break
		}
		if escaped {
			b = append(b, s.src[s.off:s.off+w]...)
		}
		s.next()
	}
	var name string
	if escaped {
		name = string(b)
	} else {
		name = s.intern(startOff, s.off)
	}
	if name == "" {
		s.next()
		return token{tok: ILLEGAL}
	}
	if !verbatim && !escaped {
		if t, ok := keywords[name]; ok {
			return token{tok: t, text: name}
		}
	}
	return token{tok: IDENT, text: name, verbatim: verbatim}
}

// intern returns the identifier spelled by src[start:end]: the keyword's
// name or a substring of the source (no allocation).
func (s *scanner) intern(start, end int) string {
	b := s.src[start:end]
	if t, ok := keywords[string(b)]; ok {
		return tokenNames[t]
	}
	return s.str[start:end]
}

// hexN reads n hex digits at s.off+skip without advancing.
func (s *scanner) hexN(skip, n int) (uint32, bool) {
	var v uint32
	for i := 0; i < n; i++ {
		d, ok := hexVal(s.peek(skip + i))
		if !ok {
			return 0, false
		}
		v = v<<4 | uint32(d)
	}
	return v, true
}

func hexVal(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// number scans a numeric literal.
func (s *scanner) number(start Pos) token {
	lit := &BasicLit{At: start, Kind: IntLit}
	var digits []byte
	base := 10
	isReal := false
	if s.peek(0) == '0' && (s.peek(1) == 'x' || s.peek(1) == 'X') {
		base = 16
		s.next()
		s.next()
	} else if s.peek(0) == '0' && (s.peek(1) == 'b' || s.peek(1) == 'B') {
		base = 2
		s.next()
		s.next()
	}
	digitOK := func(c byte) bool {
		switch base {
		case 16:
			_, ok := hexVal(c)
			return ok
		case 2:
			return c == '0' || c == '1'
		}
		return '0' <= c && c <= '9'
	}
	for c := s.peek(0); digitOK(c) || c == '_'; c = s.peek(0) {
		if c != '_' {
			digits = append(digits, c)
		}
		s.next()
	}
	if base == 10 {
		if s.peek(0) == '.' && '0' <= s.peek(1) && s.peek(1) <= '9' {
			isReal = true
			digits = append(digits, '.')
			s.next()
			for c := s.peek(0); '0' <= c && c <= '9' || c == '_'; c = s.peek(0) {
				if c != '_' {
					digits = append(digits, c)
				}
				s.next()
			}
		}
		if c := s.peek(0); c == 'e' || c == 'E' {
			c1 := s.peek(1)
			if '0' <= c1 && c1 <= '9' || (c1 == '+' || c1 == '-') && '0' <= s.peek(2) && s.peek(2) <= '9' {
				isReal = true
				digits = append(digits, 'e')
				s.next()
				if c1 == '+' || c1 == '-' {
					digits = append(digits, c1)
					s.next()
				}
				for c := s.peek(0); '0' <= c && c <= '9' || c == '_'; c = s.peek(0) {
					if c != '_' {
						digits = append(digits, c)
					}
					s.next()
				}
			}
		}
	}
	// suffix
	switch c := s.peek(0); c {
	case 'f', 'F', 'd', 'D', 'm', 'M':
		if base == 10 {
			isReal = true
			lit.Suffix = strings.ToUpper(string(c))
			s.next()
		}
	case 'u', 'U', 'l', 'L':
		if isReal {
			break
		}
		u, l := false, false
		for i := 0; i < 2; i++ {
			c := s.peek(0)
			if (c == 'u' || c == 'U') && !u {
				u = true
			} else if (c == 'l' || c == 'L') && !l {
				l = true
			} else {
				break
			}
			s.next()
		}
		switch {
		case u && l:
			lit.Suffix = "UL"
		case u:
			lit.Suffix = "U"
		default:
			lit.Suffix = "L"
		}
	}
	if r, _ := s.rune(); isIdentPart(r) && !s.atEOF() {
		// e.g. 1abc: C# scans the number and reports the identifier as a separate token;
		// we report it here once.
		p := s.pos()
		s.errorAt(p, "CS1002", "; expected")
	}
	lit.Raw = s.str[start.Offset:s.off]
	if len(digits) == 0 {
		s.errorAt(start, "CS1013", "Invalid number")
		digits = []byte("0")
	}
	if isReal {
		lit.Kind = RealLit
		lit.Value = string(digits)
		if lit.Suffix != "M" {
			bits := 64
			if lit.Suffix == "F" {
				bits = 32
			}
			if _, err := strconv.ParseFloat(lit.Value, bits); err != nil {
				typ := "double"
				if bits == 32 {
					typ = "float"
				}
				s.errorAt(start, "CS0594", "Floating-point constant is outside the range of type '"+typ+"'")
			}
		}
		return token{tok: REAL, lit: lit}
	}
	v, err := strconv.ParseUint(string(digits), base, 64)
	if err != nil {
		lit.Overflow = true
		s.errorAt(start, "CS1021", "Integral constant is too large")
	}
	lit.Int = v
	lit.Value = strconv.FormatUint(v, 10)
	return token{tok: INT, lit: lit}
}

// escape decodes one escape sequence at s.off (which is at the backslash)
// and appends it to b. It reports CS1009 for an unknown escape.
func (s *scanner) escape(b []byte) []byte {
	p := s.pos()
	s.next() // backslash
	c := s.peek(0)
	var r rune
	switch c {
	case '\'':
		r = '\''
	case '"':
		r = '"'
	case '\\':
		r = '\\'
	case '0':
		r = 0
	case 'a':
		r = 7
	case 'b':
		r = 8
	case 'e':
		r = 0x1B
	case 'f':
		r = 12
	case 'n':
		r = '\n'
	case 'r':
		r = '\r'
	case 't':
		r = '\t'
	case 'v':
		r = 11
	case 'u':
		v, ok := s.hexN(1, 4)
		if !ok {
			s.errorAt(p, "CS1009", "Unrecognized escape sequence")
			return b
		}
		for i := 0; i < 5; i++ {
			s.next()
		}
		// a high surrogate followed by \u low surrogate makes one rune
		if v >= 0xD800 && v < 0xDC00 && s.peek(0) == '\\' && s.peek(1) == 'u' {
			if lo, ok := s.hexN(2, 4); ok && lo >= 0xDC00 && lo < 0xE000 {
				for i := 0; i < 6; i++ {
					s.next()
				}
				return utf8.AppendRune(b, 0x10000+(rune(v)-0xD800)<<10+(rune(lo)-0xDC00))
			}
		}
		return appendUTF16Unit(b, v)
	case 'U':
		v, ok := s.hexN(1, 8)
		if !ok || v > 0x10FFFF {
			s.errorAt(p, "CS1009", "Unrecognized escape sequence")
			return b
		}
		for i := 0; i < 9; i++ {
			s.next()
		}
		return appendUTF16Unit(b, v)
	case 'x':
		var v uint32
		n := 0
		for n < 4 {
			d, ok := hexVal(s.peek(1 + n))
			if !ok {
				break
			}
			v = v<<4 | uint32(d)
			n++
		}
		if n == 0 {
			s.errorAt(p, "CS1009", "Unrecognized escape sequence")
			return b
		}
		for i := 0; i < n+1; i++ {
			s.next()
		}
		return appendUTF16Unit(b, v)
	default:
		s.errorAt(p, "CS1009", "Unrecognized escape sequence")
		if r, _ := s.rune(); r >= 0 && !isNewline(r) {
			s.next()
		}
		return b
	}
	s.next()
	return utf8.AppendRune(b, r)
}

// appendUTF16Unit appends a code point; lone surrogates are kept as their
// 3-byte (WTF-8) encoding so that UTF-16 conversions can restore them.
func appendUTF16Unit(b []byte, v uint32) []byte {
	if v >= 0xD800 && v < 0xE000 {
		return append(b, byte(0xE0|v>>12), byte(0x80|(v>>6)&0x3F), byte(0x80|v&0x3F))
	}
	return utf8.AppendRune(b, rune(v))
}

// charLit scans 'c'.
func (s *scanner) charLit(start Pos) token {
	s.next() // '
	var b []byte
	n := 0
	for {
		if s.atEOF() {
			s.errorAt(start, "CS1010", "Newline in constant")
			break
		}
		r, w := s.rune()
		if isNewline(r) {
			s.errorAt(start, "CS1010", "Newline in constant")
			break
		}
		if r == '\'' {
			s.next()
			break
		}
		if r == '\\' {
			b = s.escape(b)
		} else {
			b = append(b, s.src[s.off:s.off+w]...)
			s.next()
		}
		n++
	}
	lit := &BasicLit{At: start, Kind: CharLit, Raw: s.str[start.Offset:s.off], Value: string(b)}
	closed := len(lit.Raw) >= 2 && strings.HasSuffix(lit.Raw, "'")
	if n == 0 && closed {
		s.errorAt(start, "CS1011", "Empty character literal")
	} else if utf16Units(lit.Value) > 1 {
		s.errorAt(start, "CS1012", "Too many characters in character literal")
	}
	return token{tok: CHAR, lit: lit}
}

// utf16Units returns the number of UTF-16 code units of a decoded literal
// (lone surrogates are kept as 3-byte WTF-8 sequences and count as one).
func utf16Units(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] == 0xED && i+2 < len(s) && s[i+1] >= 0xA0 {
			n++
			i += 3
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r > 0xFFFF {
			n += 2
		} else {
			n++
		}
		i += w
	}
	return n
}

// stringLit scans "..." or (verbatim, after @) "...".
func (s *scanner) stringLit(start Pos, verbatim bool) token {
	if !verbatim && s.peek(1) == '"' && s.peek(2) == '"' {
		return s.rawString(start)
	}
	s.next() // "
	var b []byte
	for {
		if s.atEOF() {
			if verbatim {
				s.errorAt(start, "CS1039", "Unterminated string literal")
			} else {
				s.errorAt(start, "CS1010", "Newline in constant")
			}
			s.eofError()
			break
		}
		r, w := s.rune()
		if r == '"' {
			if verbatim && s.peek(1) == '"' {
				b = append(b, '"')
				s.next()
				s.next()
				continue
			}
			s.next()
			break
		}
		if !verbatim && isNewline(r) {
			s.errorAt(start, "CS1010", "Newline in constant")
			break
		}
		if !verbatim && r == '\\' {
			b = s.escape(b)
			continue
		}
		if verbatim && r == '\r' && s.peek(1) == '\n' {
			b = append(b, '\r', '\n')
			s.next()
			continue
		}
		b = append(b, s.src[s.off:s.off+w]...)
		s.next()
	}
	kind := StringLit
	if (s.peek(0) == 'u' || s.peek(0) == 'U') && s.peek(1) == '8' {
		kind = UTF8Lit
		s.next()
		s.next()
	}
	lit := &BasicLit{At: start, Kind: kind, Raw: s.str[start.Offset:s.off], Value: string(b)}
	return token{tok: STRING, lit: lit}
}

// rawString scans a raw string literal """...""" (3 or more quotes).
func (s *scanner) rawString(start Pos) token {
	content, _ := s.rawContent(start, 0)
	kind := StringLit
	if (s.peek(0) == 'u' || s.peek(0) == 'U') && s.peek(1) == '8' {
		kind = UTF8Lit
		s.next()
		s.next()
	}
	var b strings.Builder
	for _, seg := range content {
		b.WriteString(seg.text)
	}
	lit := &BasicLit{At: start, Kind: kind, Raw: s.str[start.Offset:s.off], Value: b.String()}
	return token{tok: STRING, lit: lit}
}

// rawContent scans the body of a raw string literal (at the opening quotes).
// With dollars > 0 it is interpolated: runs of dollars braces open holes.
// It returns text and hole segments with indentation already removed.
func (s *scanner) rawContent(start Pos, dollars int) ([]interpSeg, bool) {
	q := 0
	for s.peek(0) == '"' {
		q++
		s.next()
	}
	// single-line or multi-line?
	multi := false
	{
		i := s.off
		for i < len(s.src) && (s.src[i] == ' ' || s.src[i] == '\t') {
			i++
		}
		if i >= len(s.src) || s.src[i] == '\n' || s.src[i] == '\r' {
			multi = true
		}
	}
	type line struct {
		segs []interpSeg
		ws   string // leading white space
		pos  Pos
	}
	var lines []line
	var cur line
	var text []byte
	textPos := s.pos()
	flush := func() {
		if len(text) > 0 {
			cur.segs = append(cur.segs, interpSeg{pos: textPos, text: string(text)})
			text = text[:0]
		}
	}
	if multi {
		s.skipToEOL()
		s.next()
		cur.pos = s.pos()
	}
	closed := false
	atLineStart := multi
	for !s.atEOF() {
		r, w := s.rune()
		if atLineStart {
			// leading whitespace
			j := s.off
			for j < len(s.src) && (s.src[j] == ' ' || s.src[j] == '\t') {
				j++
			}
			cur.ws = string(s.src[s.off:j])
			for s.off < j {
				s.next()
			}
			atLineStart = false
			textPos = s.pos()
			continue
		}
		if r == '"' {
			n := 0
			for s.peek(n) == '"' {
				n++
			}
			if n >= q {
				if n > q {
					s.errorAt(s.pos(), "CS8998", "The raw string literal does not start with enough quote characters to allow this many consecutive quote characters as content")
				}
				for i := 0; i < n; i++ {
					s.next()
				}
				closed = true
				break
			}
			for i := 0; i < n; i++ {
				text = append(text, '"')
				s.next()
			}
			continue
		}
		if isNewline(r) {
			if !multi {
				s.errorAt(start, "CS8997", "Unterminated raw string literal")
				return nil, false
			}
			flush()
			lines = append(lines, cur)
			s.next()
			cur = line{pos: s.pos()}
			atLineStart = true
			continue
		}
		if dollars > 0 && r == '{' {
			n := 0
			for s.peek(n) == '{' {
				n++
			}
			if n >= dollars {
				if n >= 2*dollars {
					s.errorAt(s.pos(), "CS9006", "The interpolated raw string literal does not start with enough '$' characters to allow this many consecutive opening braces as content")
				}
				for i := 0; i < n-dollars; i++ {
					text = append(text, '{')
					s.next()
				}
				flush()
				for i := 0; i < dollars; i++ {
					s.next()
				}
				seg := s.hole(start, false, true, dollars)
				cur.segs = append(cur.segs, seg)
				textPos = s.pos()
				continue
			}
			for i := 0; i < n; i++ {
				text = append(text, '{')
				s.next()
			}
			continue
		}
		if dollars > 0 && r == '}' {
			n := 0
			for s.peek(n) == '}' {
				n++
			}
			if n >= dollars {
				s.errorAt(s.pos(), "CS9007", "The interpolated raw string literal does not start with enough '$' characters to allow this many consecutive closing braces as content")
			}
			for i := 0; i < n; i++ {
				text = append(text, '}')
				s.next()
			}
			continue
		}
		text = append(text, s.src[s.off:s.off+w]...)
		s.next()
	}
	if !closed {
		s.errorAt(start, "CS8997", "Unterminated raw string literal")
		s.eofError()
		flush()
		lines = append(lines, cur)
		var out []interpSeg
		for i, ln := range lines {
			if i > 0 {
				out = append(out, interpSeg{pos: ln.pos, text: "\n"})
			}
			out = append(out, ln.segs...)
		}
		return mergeText(out), false
	}
	flush()
	if !multi {
		return cur.segs, true
	}
	// The closing line must hold only white space: it gives the indentation.
	if len(cur.segs) != 0 {
		s.errorAt(start, "CS9000", "Raw string literal delimiter must be on its own line")
	}
	indent := cur.ws
	if len(lines) == 0 {
		return nil, true
	}
	var out []interpSeg
	for i, ln := range lines {
		if i > 0 {
			out = append(out, interpSeg{pos: ln.pos, text: "\n"})
		}
		if len(ln.segs) == 0 && len(strings.Trim(ln.ws, " \t")) == 0 {
			continue // blank line
		}
		if !strings.HasPrefix(ln.ws, indent) {
			s.errorAt(ln.pos, "CS8999", "Line does not start with the same whitespace as the closing line of the raw string literal")
		} else if extra := ln.ws[len(indent):]; extra != "" {
			out = append(out, interpSeg{pos: ln.pos, text: extra})
		}
		out = append(out, ln.segs...)
	}
	return mergeText(out), true
}

// mergeText joins adjacent text segments.
func mergeText(segs []interpSeg) []interpSeg {
	var out []interpSeg
	for _, sg := range segs {
		if !sg.hole && len(out) > 0 && !out[len(out)-1].hole {
			out[len(out)-1].text += sg.text
			continue
		}
		out = append(out, sg)
	}
	return out
}

// interpString scans an interpolated string after its $ signs (and @);
// s.off is at the opening quote.
func (s *scanner) interpString(start Pos, dollars int, verbatim bool) token {
	it := &interpTok{verbatim: verbatim, dollars: dollars}
	if !verbatim && s.peek(1) == '"' && s.peek(2) == '"' {
		it.rawStr = true
		segs, _ := s.rawContent(start, dollars)
		it.segs = segs
	} else {
		if dollars > 1 {
			s.errorAt(start, "CS9005", "Interpolated string literals with multiple '$' characters must be raw string literals")
		}
		s.next() // "
		var text []byte
		textPos := s.pos()
		flush := func() {
			if len(text) > 0 {
				it.segs = append(it.segs, interpSeg{pos: textPos, text: string(text)})
				text = text[:0]
			}
		}
		for {
			if s.atEOF() {
				if verbatim {
					s.errorAt(start, "CS1039", "Unterminated string literal")
				} else {
					s.errorAt(start, "CS1010", "Newline in constant")
				}
				break
			}
			r, w := s.rune()
			if r == '"' {
				if verbatim && s.peek(1) == '"' {
					text = append(text, '"')
					s.next()
					s.next()
					continue
				}
				s.next()
				break
			}
			if !verbatim && isNewline(r) {
				s.errorAt(start, "CS1010", "Newline in constant")
				break
			}
			if r == '{' {
				if s.peek(1) == '{' {
					text = append(text, '{')
					s.next()
					s.next()
					continue
				}
				flush()
				s.next()
				it.segs = append(it.segs, s.hole(start, verbatim, false, 1))
				textPos = s.pos()
				continue
			}
			if r == '}' {
				if s.peek(1) == '}' {
					text = append(text, '}')
					s.next()
					s.next()
					continue
				}
				s.errorAt(s.pos(), "CS8087", "A '}' character may only be escaped by doubling '}}' in an interpolated string.")
				s.next()
				continue
			}
			if !verbatim && r == '\\' {
				text = s.escape(text)
				continue
			}
			text = append(text, s.src[s.off:s.off+w]...)
			s.next()
		}
		flush()
	}
	if (s.peek(0) == 'u' || s.peek(0) == 'U') && s.peek(1) == '8' {
		it.utf8 = true
		s.next()
		s.next()
	}
	return token{tok: INTERP, interp: it}
}

// hole scans an interpolation hole after its opening brace(s): the
// expression, an optional ",alignment" and an optional ":format", up to the
// closing brace(s), which it consumes.
func (s *scanner) hole(strStart Pos, verbatim, raw bool, braces int) interpSeg {
	seg := interpSeg{hole: true, pos: s.pos()}
	seg.expr = srcRange{ok: true, start: s.off, pos: s.pos()}
	cur := &seg.expr
	depth := 0
	condQ := 0 // unmatched conditional '?' at depth 0
	closeN := func() bool {
		for i := 0; i < braces; i++ {
			if s.peek(i) != '}' {
				return false
			}
		}
		return true
	}
	for {
		if s.atEOF() {
			cur.end = s.off
			s.errorAt(strStart, "CS8076", "Missing close delimiter '}' for interpolated expression started with '{'.")
			return seg
		}
		r, _ := s.rune()
		switch {
		case r == '"' || r == '\'' || r == '@' && s.peek(1) == '"' || r == '$' && (s.peek(1) == '"' || s.peek(1) == '@' || s.peek(1) == '$'):
			s.skipNestedLiteral()
			continue
		case r == '/' && s.peek(1) == '/':
			s.skipToEOL()
			continue
		case r == '/' && s.peek(1) == '*':
			save := s.diags
			s.diags = nil
			s.blockComment()
			s.diags = save
			s.comments = s.comments[:len(s.comments)-1]
			continue
		case r == '(' || r == '[' || r == '{':
			depth++
		case r == ')' || r == ']':
			if depth > 0 {
				depth--
			}
		case r == '}':
			if depth > 0 {
				depth--
				break
			}
			if closeN() {
				cur.end = s.off
				seg.closePos = s.pos()
				for i := 0; i < braces; i++ {
					s.next()
				}
				return seg
			}
		case r == '?' && depth == 0:
			if s.peek(1) == '?' {
				s.next() // ??
				break
			}
			j := s.off + 1
			for j < len(s.src) && (s.src[j] == ' ' || s.src[j] == '\t') {
				j++
			}
			if j < len(s.src) {
				switch s.src[j] {
				case '.', '[', ':', '}', ',', ')', ']', '>', '=':
				default:
					condQ++ // a conditional operator: its ':' is not a format clause
				}
			}
		case r == ':' && depth == 0 && condQ > 0 && s.peek(1) != ':':
			condQ--
			seg.condColon = true
		case r == ',' && depth == 0 && cur == &seg.expr:
			cur.end = s.off
			s.next()
			seg.align = srcRange{ok: true, start: s.off, pos: s.pos()}
			cur = &seg.align
			continue
		case r == ':' && depth == 0 && s.peek(1) != ':' && (s.off == 0 || s.src[s.off-1] != ':'):
			cur.end = s.off
			s.next()
			seg.hasFmt = true
			seg.format = s.formatClause(strStart, verbatim, raw, braces)
			if s.atEOF() {
				s.errorAt(strStart, "CS8076", "Missing close delimiter '}' for interpolated expression started with '{'.")
				return seg
			}
			seg.closePos = s.pos()
			for i := 0; i < braces && s.peek(0) == '}'; i++ {
				s.next()
			}
			return seg
		case isNewline(r) && !verbatim && !raw:
			// C# 11 allows new lines inside holes; keep scanning.
		}
		s.next()
	}
}

// formatClause scans the format text of a hole up to (not including) the closing brace(s).
func (s *scanner) formatClause(strStart Pos, verbatim, raw bool, braces int) string {
	var b []byte
	for !s.atEOF() {
		r, w := s.rune()
		if r == '}' {
			ok := true
			for i := 0; i < braces; i++ {
				if s.peek(i) != '}' {
					ok = false
				}
			}
			if ok {
				return string(b)
			}
		}
		if r == '"' && !raw {
			// the string ends inside the format: leave it for the caller
			s.errorAt(strStart, "CS8076", "Missing close delimiter '}' for interpolated expression started with '{'.")
			return string(b)
		}
		if !verbatim && !raw && isNewline(r) {
			return string(b)
		}
		if !verbatim && !raw && r == '\\' {
			b = s.escape(b)
			continue
		}
		b = append(b, s.src[s.off:s.off+w]...)
		s.next()
	}
	return string(b)
}

// skipNestedLiteral skips a string, char or interpolated string literal
// inside a hole without reporting errors (the hole is re-scanned later).
func (s *scanner) skipNestedLiteral() {
	s.scanDepth++
	defer func() { s.scanDepth-- }()
	if s.scanDepth > maxDepth {
		if !s.deepHit {
			s.deepHit = true
			s.root.error(s.pos(), "CS8078", "An expression is too long or complex to compile")
		}
		for !s.atEOF() {
			s.next()
		}
		return
	}
	save := s.diags
	s.diags = nil
	start := s.pos()
	s.scanToken(start)
	s.diags = save
}

// ---------------------------------------------------------------------------
// Preprocessor directives

// dirLexer tokenizes the text of one directive line.
type dirTok struct {
	kind byte // 'i' ident, 'n' number, 's' string, 'c' comment, 'e' end, or the operator's first byte ('(' ')' '!' '=' '&' '|'), '?' bad
	text string
	pos  Pos
}

// directive processes a preprocessor directive line (s.off is at '#').
func (s *scanner) directive() {
	hashPos := s.pos()
	s.next() // #
	s.skipDirSpace()
	namePos := s.pos()
	name := s.dirWord()
	active := s.active()
	switch name {
	case "if":
		expr := s.dirExprLine(active)
		val := active && expr
		s.cond = append(s.cond, condState{pos: hashPos, active: val, taken: val, outer: active})
	case "elif":
		if len(s.cond) == 0 {
			s.errorAt(hashPos, "CS1028", "Unexpected preprocessor directive")
			s.skipToEOL()
			break
		}
		c := &s.cond[len(s.cond)-1]
		if c.sawEls {
			s.errorAt(hashPos, "CS1028", "Unexpected preprocessor directive")
		}
		v := s.dirExprLine(c.outer && !c.taken)
		c.active = c.outer && !c.taken && v
		if c.active {
			c.taken = true
		}
	case "else":
		if len(s.cond) == 0 {
			s.errorAt(hashPos, "CS1028", "Unexpected preprocessor directive")
			s.skipToEOL()
			break
		}
		c := &s.cond[len(s.cond)-1]
		if c.sawEls {
			s.errorAt(hashPos, "CS1028", "Unexpected preprocessor directive")
		}
		c.sawEls = true
		c.active = c.outer && !c.taken
		c.taken = true
		s.dirEnd(c.outer, "CS1025", "#else")
	case "endif":
		if len(s.cond) == 0 {
			s.errorAt(hashPos, "CS1028", "Unexpected preprocessor directive")
			s.skipToEOL()
			break
		}
		outer := s.cond[len(s.cond)-1].outer
		s.cond = s.cond[:len(s.cond)-1]
		s.dirEnd(outer, "CS1025", "#endif")
	default:
		if !active {
			s.skipToEOL()
			break
		}
		s.activeDirective(hashPos, namePos, name)
	}
	s.skipToEOL()
	if !s.active() && !s.skipping {
		s.skipInactive()
	}
}

// active reports whether the current conditional section is compiled.
func (s *scanner) active() bool {
	return len(s.cond) == 0 || s.cond[len(s.cond)-1].active
}

// skipInactive skips lines of an excluded section up to the next directive
// that may end it (#if nesting is handled by directive()).
func (s *scanner) skipInactive() {
	s.skipping = true // directives inside do not recurse into skipInactive
	defer func() { s.skipping = false }()
	for !s.atEOF() && !s.active() {
		// at end of a directive line: go to next line
		r, _ := s.rune()
		if isNewline(r) {
			s.next()
		}
		// skip leading white space
		for !s.atEOF() {
			r, _ := s.rune()
			if r == ' ' || r == '\t' || r == '\v' || r == '\f' {
				s.next()
				continue
			}
			break
		}
		if s.peek(0) == '#' {
			s.directive()
			continue
		}
		s.skipToEOL()
	}
}

func (s *scanner) skipDirSpace() {
	for {
		c := s.peek(0)
		if c == ' ' || c == '\t' || c == '\v' || c == '\f' {
			s.next()
			continue
		}
		return
	}
}

// dirWord scans an identifier-like word in a directive.
func (s *scanner) dirWord() string {
	start := s.off
	for !s.atEOF() {
		r, _ := s.rune()
		if !isIdentPart(r) {
			break
		}
		s.next()
	}
	return string(s.src[start:s.off])
}

// dirNextTok returns the next token of the directive line.
func (s *scanner) dirNextTok() dirTok {
	s.skipDirSpace()
	p := s.pos()
	if s.atEOF() {
		return dirTok{kind: 'e', pos: p}
	}
	r, _ := s.rune()
	switch {
	case isNewline(r):
		return dirTok{kind: 'e', pos: p}
	case r == '/' && s.peek(1) == '/':
		s.skipToEOL()
		return dirTok{kind: 'e', pos: p}
	case isIdentStart(r):
		return dirTok{kind: 'i', text: s.dirWord(), pos: p}
	case '0' <= r && r <= '9':
		start := s.off
		for c := s.peek(0); '0' <= c && c <= '9'; c = s.peek(0) {
			s.next()
		}
		return dirTok{kind: 'n', text: string(s.src[start:s.off]), pos: p}
	case r == '"':
		s.next()
		start := s.off
		for !s.atEOF() {
			r, _ := s.rune()
			if r == '"' || isNewline(r) {
				break
			}
			s.next()
		}
		t := dirTok{kind: 's', text: string(s.src[start:s.off]), pos: p}
		if s.peek(0) == '"' {
			s.next()
		}
		return t
	case r == '(' || r == ')':
		s.next()
		return dirTok{kind: byte(r), pos: p}
	case r == '!':
		s.next()
		if s.peek(0) == '=' {
			s.next()
			return dirTok{kind: 'N', pos: p}
		}
		return dirTok{kind: '!', pos: p}
	case r == '=' && s.peek(1) == '=':
		s.next()
		s.next()
		return dirTok{kind: '=', pos: p}
	case r == '&' && s.peek(1) == '&':
		s.next()
		s.next()
		return dirTok{kind: '&', pos: p}
	case r == '|' && s.peek(1) == '|':
		s.next()
		s.next()
		return dirTok{kind: '|', pos: p}
	}
	start := s.off
	s.next()
	return dirTok{kind: '?', text: string(s.src[start:s.off]), pos: p}
}

// dirEnd checks that only a comment follows on the directive line.
func (s *scanner) dirEnd(report bool, code, after string) {
	t := s.dirNextTok()
	if t.kind != 'e' && report {
		s.errorAt(t.pos, code, "Single-line comment or end-of-line expected")
	}
	s.skipToEOL()
}

// dirExprLine parses a #if/#elif expression and the end of the line.
func (s *scanner) dirExprLine(report bool) bool {
	d := s.diags
	if !report {
		s.diags = nil
	}
	defer func() { s.diags = d }()
	p := &dirParser{s: s}
	p.next()
	if p.tok.kind == 'e' {
		s.errorAt(p.tok.pos, "CS1517", "Invalid preprocessor expression")
		return false
	}
	v := p.or()
	if p.tok.kind != 'e' && !p.failed {
		s.errorAt(p.tok.pos, "CS1025", "Single-line comment or end-of-line expected")
	}
	return v
}

// dirParser evaluates preprocessor expressions: || && == != ! ( ) true false symbols.
type dirParser struct {
	s      *scanner
	tok    dirTok
	failed bool
}

func (p *dirParser) next() { p.tok = p.s.dirNextTok() }

func (p *dirParser) fail() {
	if !p.failed {
		p.s.errorAt(p.tok.pos, "CS1517", "Invalid preprocessor expression")
		p.failed = true
	}
}

func (p *dirParser) or() bool {
	v := p.and()
	for p.tok.kind == '|' {
		p.next()
		w := p.and()
		v = v || w
	}
	return v
}

func (p *dirParser) and() bool {
	v := p.eq()
	for p.tok.kind == '&' {
		p.next()
		w := p.eq()
		v = v && w
	}
	return v
}

func (p *dirParser) eq() bool {
	v := p.unary()
	for p.tok.kind == '=' || p.tok.kind == 'N' {
		neq := p.tok.kind == 'N'
		p.next()
		w := p.unary()
		v = (v == w) != neq
	}
	return v
}

func (p *dirParser) unary() bool {
	switch p.tok.kind {
	case '!':
		p.next()
		return !p.unary()
	case '(':
		p.next()
		v := p.or()
		if p.tok.kind != ')' {
			if !p.failed {
				p.s.errorAt(p.tok.pos, "CS1026", ") expected")
				p.failed = true
			}
			return v
		}
		p.next()
		return v
	case 'i':
		name := p.tok.text
		p.next()
		switch name {
		case "true":
			return true
		case "false":
			return false
		}
		return p.s.defines[name]
	}
	p.fail()
	if p.tok.kind != 'e' {
		p.next()
	}
	return false
}

// activeDirective handles the directives other than #if/#elif/#else/#endif
// in a compiled section.
func (s *scanner) activeDirective(hashPos, namePos Pos, name string) {
	switch name {
	case "define", "undef":
		t := s.dirNextTok()
		if t.kind != 'i' {
			s.errorAt(t.pos, "CS1001", "Identifier expected")
			return
		}
		if s.sawToken {
			s.errorAt(hashPos, "CS1032", "Cannot define/undefine preprocessor symbols after first token in file")
			return
		}
		if s.defines == nil {
			s.defines = make(map[string]bool)
		}
		s.defines[t.text] = name == "define"
		s.dirEnd(true, "CS1025", "#"+name)
	case "region":
		s.regions = append(s.regions, hashPos)
	case "endregion":
		if len(s.regions) == 0 {
			s.errorAt(hashPos, "CS1028", "Unexpected preprocessor directive")
			return
		}
		s.regions = s.regions[:len(s.regions)-1]
	case "error", "warning":
		s.skipDirSpace()
		start := s.off
		s.skipToEOL()
		msg := strings.TrimRight(string(s.src[start:s.off]), " \t")
		if name == "error" {
			s.errorAt(hashPos, "CS1029", "#error: '"+msg+"'")
		} else {
			s.diags.warning(hashPos, "CS1030", "#warning: '"+msg+"'")
		}
	case "pragma":
		// #pragma warning disable/restore ..., #pragma checksum: accepted and ignored.
		s.skipToEOL()
	case "nullable":
		s.nullableDirective(hashPos)
	case "line":
		s.lineDirective()
	case "":
		t := s.pos()
		if r, _ := s.rune(); s.atEOF() || isNewline(r) {
			s.errorAt(t, "CS1024", "Preprocessor directive expected")
		} else {
			s.errorAt(t, "CS1024", "Preprocessor directive expected")
		}
	default:
		s.errorAt(hashPos, "CS1024", "Preprocessor directive expected")
	}
}

// nullableDirective handles "#nullable enable|disable|restore [warnings|annotations]".
// Text after it on the same line is an error: the directive takes the
// whole line, which is how a script flattened onto one line loses its code.
func (s *scanner) nullableDirective(hashPos Pos) {
	t := s.dirNextTok()
	if t.kind != 'i' || (t.text != "enable" && t.text != "disable" && t.text != "restore") {
		s.errorAt(t.pos, "CS8637", "Expected 'enable', 'disable', or 'restore'")
		return
	}
	setting := t.text
	t = s.dirNextTok()
	if t.kind == 'i' && (t.text == "warnings" || t.text == "annotations") {
		setting += " " + t.text
		t = s.dirNextTok()
	}
	if t.kind == 'e' {
		return
	}
	// Something follows the directive on its line.
	restStart := int(t.pos.Offset)
	s.skipToEOL()
	rest := strings.TrimRight(string(s.src[restStart:s.off]), " \t")
	msg := "Single-line comment or end-of-line expected after '#nullable " + setting + "'"
	if strings.ContainsAny(rest, ";{}") {
		excerpt := rest
		if utf8.RuneCountInString(excerpt) > 40 {
			excerpt = string([]rune(excerpt)[:40]) + "..."
		}
		msg += ": a preprocessor directive takes its whole line, so the rest of line " +
			strconv.Itoa(int(t.pos.Line)) + " ('" + excerpt + "', " + strconv.Itoa(len(rest)) +
			" characters) was taken by the directive and not compiled"
		if len(strings.TrimSpace(string(s.src[s.off:]))) == 0 && t.pos.Line == 1 {
			msg += "; the file is on one line: put a line break after '#nullable " + setting + "' (and after each // comment)"
		} else {
			msg += "; put a line break after '#nullable " + setting + "'"
		}
	}
	s.errorAt(t.pos, "CS1696", msg)
}

// lineDirective handles "#line N ["file"]", "#line default" and "#line hidden".
func (s *scanner) lineDirective() {
	t := s.dirNextTok()
	switch {
	case t.kind == 'i' && (t.text == "default" || t.text == "hidden"):
		if t.text == "default" {
			s.lineDelta = 0
			s.lineFile = ""
		}
		s.dirEnd(true, "CS1025", "#line")
	case t.kind == 'n':
		n, err := strconv.Atoi(t.text)
		if err != nil || n < 1 || n > 16707565 {
			s.errorAt(t.pos, "CS1576", "The line number specified for #line directive is missing or invalid")
			return
		}
		// the next physical line gets number n
		s.lineDelta = int32(n) - (s.line + 1)
		f := s.dirNextTok()
		if f.kind == 's' {
			s.lineFile = f.text
			s.dirEnd(true, "CS1025", "#line")
		} else if f.kind != 'e' {
			s.errorAt(f.pos, "CS1578", "Quoted file name, single-line comment or end-of-line expected")
		}
	default:
		s.errorAt(t.pos, "CS1576", "The line number specified for #line directive is missing or invalid")
	}
}

// scanRange scans the hole text src[r.start:r.end] (part of the file) into
// tokens, without preprocessing.
func scanRange(file string, src []byte, str string, r srcRange, diags *diagSink) []token {
	s := &scanner{file: file, src: src[:r.end], str: str[:r.end], off: r.start, line: r.pos.Line, col: r.pos.Col,
		diags: diags, noPreproc: true}
	// positions may have been shifted by #line; keep the hole's file/line.
	s.lineFile = r.pos.File
	for {
		t := s.scan()
		s.toks = append(s.toks, t)
		if t.tok == EOF {
			return s.toks
		}
	}
}
