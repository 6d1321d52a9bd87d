package syntax

// A Token is a lexical token kind. Contextual keywords (var, async, await,
// when, and, or, not, record, ...) are scanned as IDENT; the parser looks at
// their text.
type Token uint8

// Token kinds.
const (
	ILLEGAL Token = iota
	EOF

	// Names and literals.
	IDENT  // x, @class (Text without the @)
	INT    // 123, 0x1F, 0b1010, 1_000UL
	REAL   // 1.5, 1e3, 2f, 3m, 4d
	CHAR   // 'a', '\n', '\u0041'
	STRING // "a", @"a", """raw""", "a"u8
	INTERP // $"...{x}...", $@"...", $"""..."""

	// Punctuation and operators.
	LBRACE      // {
	RBRACE      // }
	LPAREN      // (
	RPAREN      // )
	LBRACK      // [
	RBRACK      // ]
	DOT         // .
	COMMA       // ,
	COLON       // :
	SEMI        // ;
	PLUS        // +
	MINUS       // -
	STAR        // *
	SLASH       // /
	PERCENT     // %
	AMP         // &
	PIPE        // |
	CARET       // ^
	NOT         // !
	TILDE       // ~
	ASSIGN      // =
	LT          // <
	GT          // > (">>" and ">>>" are combined by the parser from adjacent GTs)
	QUESTION    // ?
	QQ          // ??
	QDOT        // ?. (not before a digit: a?.5:b is a conditional)
	COLONCOL    // ::
	INC         // ++
	DEC         // --
	ANDAND      // &&
	OROR        // ||
	ARROW       // ->
	EQ          // ==
	NE          // !=
	LE          // <=
	GE          // >=
	ADD_ASSIGN  // +=
	SUB_ASSIGN  // -=
	MUL_ASSIGN  // *=
	DIV_ASSIGN  // /=
	MOD_ASSIGN  // %=
	AND_ASSIGN  // &=
	OR_ASSIGN   // |=
	XOR_ASSIGN  // ^=
	SHL         // <<
	SHL_ASSIGN  // <<=
	SHR         // >> (made by the parser)
	SHR_ASSIGN  // >>= (made by the parser)
	USHR        // >>> (made by the parser)
	USHR_ASSIGN // >>>= (made by the parser)
	LAMBDA      // =>
	QQ_ASSIGN   // ??=
	DOTDOT      // ..
	HASH        // # (only inside a bad directive; never reaches the parser)

	keywordBeg
	// Reserved keywords (ECMA-334 §6.4.4).
	ABSTRACT
	AS
	BASE
	BOOL
	BREAK
	BYTE
	CASE
	CATCH
	CHAR_KW
	CHECKED
	CLASS
	CONST
	CONTINUE
	DECIMAL
	DEFAULT
	DELEGATE
	DO
	DOUBLE
	ELSE
	ENUM
	EVENT
	EXPLICIT
	EXTERN
	FALSE
	FINALLY
	FIXED
	FLOAT
	FOR
	FOREACH
	GOTO
	IF
	IMPLICIT
	IN
	INT_KW
	INTERFACE
	INTERNAL
	IS
	LOCK
	LONG
	NAMESPACE
	NEW
	NULL
	OBJECT
	OPERATOR
	OUT
	OVERRIDE
	PARAMS
	PRIVATE
	PROTECTED
	PUBLIC
	READONLY
	REF
	RETURN
	SBYTE
	SEALED
	SHORT
	SIZEOF
	STACKALLOC
	STATIC
	STRING_KW
	STRUCT
	SWITCH
	THIS
	THROW
	TRUE
	TRY
	TYPEOF
	UINT
	ULONG
	UNCHECKED
	UNSAFE
	USHORT
	USING
	VIRTUAL
	VOID
	VOLATILE
	WHILE
	keywordEnd

	numTokens
)

var tokenNames = [...]string{
	ILLEGAL: "ILLEGAL",
	EOF:     "end-of-file",
	IDENT:   "identifier",
	INT:     "integer literal",
	REAL:    "real literal",
	CHAR:    "character literal",
	STRING:  "string literal",
	INTERP:  "interpolated string",

	LBRACE:      "{",
	RBRACE:      "}",
	LPAREN:      "(",
	RPAREN:      ")",
	LBRACK:      "[",
	RBRACK:      "]",
	DOT:         ".",
	COMMA:       ",",
	COLON:       ":",
	SEMI:        ";",
	PLUS:        "+",
	MINUS:       "-",
	STAR:        "*",
	SLASH:       "/",
	PERCENT:     "%",
	AMP:         "&",
	PIPE:        "|",
	CARET:       "^",
	NOT:         "!",
	TILDE:       "~",
	ASSIGN:      "=",
	LT:          "<",
	GT:          ">",
	QUESTION:    "?",
	QQ:          "??",
	QDOT:        "?.",
	COLONCOL:    "::",
	INC:         "++",
	DEC:         "--",
	ANDAND:      "&&",
	OROR:        "||",
	ARROW:       "->",
	EQ:          "==",
	NE:          "!=",
	LE:          "<=",
	GE:          ">=",
	ADD_ASSIGN:  "+=",
	SUB_ASSIGN:  "-=",
	MUL_ASSIGN:  "*=",
	DIV_ASSIGN:  "/=",
	MOD_ASSIGN:  "%=",
	AND_ASSIGN:  "&=",
	OR_ASSIGN:   "|=",
	XOR_ASSIGN:  "^=",
	SHL:         "<<",
	SHL_ASSIGN:  "<<=",
	SHR:         ">>",
	SHR_ASSIGN:  ">>=",
	USHR:        ">>>",
	USHR_ASSIGN: ">>>=",
	LAMBDA:      "=>",
	QQ_ASSIGN:   "??=",
	DOTDOT:      "..",
	HASH:        "#",

	ABSTRACT:   "abstract",
	AS:         "as",
	BASE:       "base",
	BOOL:       "bool",
	BREAK:      "break",
	BYTE:       "byte",
	CASE:       "case",
	CATCH:      "catch",
	CHAR_KW:    "char",
	CHECKED:    "checked",
	CLASS:      "class",
	CONST:      "const",
	CONTINUE:   "continue",
	DECIMAL:    "decimal",
	DEFAULT:    "default",
	DELEGATE:   "delegate",
	DO:         "do",
	DOUBLE:     "double",
	ELSE:       "else",
	ENUM:       "enum",
	EVENT:      "event",
	EXPLICIT:   "explicit",
	EXTERN:     "extern",
	FALSE:      "false",
	FINALLY:    "finally",
	FIXED:      "fixed",
	FLOAT:      "float",
	FOR:        "for",
	FOREACH:    "foreach",
	GOTO:       "goto",
	IF:         "if",
	IMPLICIT:   "implicit",
	IN:         "in",
	INT_KW:     "int",
	INTERFACE:  "interface",
	INTERNAL:   "internal",
	IS:         "is",
	LOCK:       "lock",
	LONG:       "long",
	NAMESPACE:  "namespace",
	NEW:        "new",
	NULL:       "null",
	OBJECT:     "object",
	OPERATOR:   "operator",
	OUT:        "out",
	OVERRIDE:   "override",
	PARAMS:     "params",
	PRIVATE:    "private",
	PROTECTED:  "protected",
	PUBLIC:     "public",
	READONLY:   "readonly",
	REF:        "ref",
	RETURN:     "return",
	SBYTE:      "sbyte",
	SEALED:     "sealed",
	SHORT:      "short",
	SIZEOF:     "sizeof",
	STACKALLOC: "stackalloc",
	STATIC:     "static",
	STRING_KW:  "string",
	STRUCT:     "struct",
	SWITCH:     "switch",
	THIS:       "this",
	THROW:      "throw",
	TRUE:       "true",
	TRY:        "try",
	TYPEOF:     "typeof",
	UINT:       "uint",
	ULONG:      "ulong",
	UNCHECKED:  "unchecked",
	UNSAFE:     "unsafe",
	USHORT:     "ushort",
	USING:      "using",
	VIRTUAL:    "virtual",
	VOID:       "void",
	VOLATILE:   "volatile",
	WHILE:      "while",
}

// String returns the token's source text (for operators and keywords) or a
// description ("identifier", "string literal").
func (t Token) String() string {
	if int(t) < len(tokenNames) && tokenNames[t] != "" {
		return tokenNames[t]
	}
	return "token(" + itoa(int(t)) + ")"
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b [20]byte
	n := len(b)
	neg := i < 0
	if neg {
		i = -i
	}
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}

// IsKeyword reports whether t is a reserved keyword.
func (t Token) IsKeyword() bool { return t > keywordBeg && t < keywordEnd }

// IsPredefinedType reports whether t is a keyword naming a predefined type
// (bool, byte, char, decimal, double, float, int, long, object, sbyte, short,
// string, uint, ulong, ushort, void).
func (t Token) IsPredefinedType() bool {
	switch t {
	case BOOL, BYTE, CHAR_KW, DECIMAL, DOUBLE, FLOAT, INT_KW, LONG, OBJECT,
		SBYTE, SHORT, STRING_KW, UINT, ULONG, USHORT, VOID:
		return true
	}
	return false
}

// IsAssignOp reports whether t is = or a compound assignment operator.
func (t Token) IsAssignOp() bool {
	switch t {
	case ASSIGN, ADD_ASSIGN, SUB_ASSIGN, MUL_ASSIGN, DIV_ASSIGN, MOD_ASSIGN,
		AND_ASSIGN, OR_ASSIGN, XOR_ASSIGN, SHL_ASSIGN, SHR_ASSIGN, USHR_ASSIGN, QQ_ASSIGN:
		return true
	}
	return false
}

// BinaryOf returns the binary operator of a compound assignment (ADD for +=),
// or ILLEGAL.
func (t Token) BinaryOf() Token {
	switch t {
	case ADD_ASSIGN:
		return PLUS
	case SUB_ASSIGN:
		return MINUS
	case MUL_ASSIGN:
		return STAR
	case DIV_ASSIGN:
		return SLASH
	case MOD_ASSIGN:
		return PERCENT
	case AND_ASSIGN:
		return AMP
	case OR_ASSIGN:
		return PIPE
	case XOR_ASSIGN:
		return CARET
	case SHL_ASSIGN:
		return SHL
	case SHR_ASSIGN:
		return SHR
	case USHR_ASSIGN:
		return USHR
	case QQ_ASSIGN:
		return QQ
	}
	return ILLEGAL
}

var keywords map[string]Token

func init() {
	keywords = make(map[string]Token, keywordEnd-keywordBeg)
	for t := keywordBeg + 1; t < keywordEnd; t++ {
		keywords[tokenNames[t]] = t
	}
}

// Lookup returns the reserved keyword token for name, or IDENT.
func Lookup(name string) Token {
	if t, ok := keywords[name]; ok {
		return t
	}
	return IDENT
}
