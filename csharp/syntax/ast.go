package syntax

// This file declares the syntax tree. Every node records the position of its
// first token in its At field (Pos() returns it); some nodes record the
// positions of interesting inner tokens too (an operator, a closing brace).
//
// Conventions:
//   - Types are expressions (Expr): a type may appear wherever an expression
//     may, as in Roslyn, and a name such as List<int> or System.String is the
//     same node in both places (*Ident, *MemberAccess, *AliasQualified,
//     *PredefinedType, *ArrayType, *NullableType, *TupleType, ...).
//   - A nil Expr/Stmt field means "absent" (no initializer, no else, ...).
//   - Bad* nodes stand for text that did not parse; a diagnostic was reported.
//   - Names that may be ambiguous between a type and a value (x is Color.Red,
//     case int:) are resolved by the checker: after "is" a name is parsed as a
//     *TypePattern, after "case" as a *ConstantPattern; both may denote either.
//   - nameof(x) is an ordinary *CallExpr whose Fun is the *Ident "nameof";
//     the checker decides (as Roslyn does) whether it is the operator.
//   - var is the *Ident "var"; dynamic, nint, nuint likewise.
//   - Discards: "_" in out _, (_, x) = ..., lambdas is the *Ident "_" (or a
//     *DiscardDesignation where the grammar has a designation).

// A Node is any node of the syntax tree.
type Node interface {
	Pos() Pos // position of the node's first token
}

// An Expr is an expression (or a type).
type Expr interface {
	Node
	exprNode()
}

// A Stmt is a statement.
type Stmt interface {
	Node
	stmtNode()
}

// A Decl is a declaration: a namespace, a type, a member, or a top-level
// statement.
type Decl interface {
	Node
	declNode()
}

// A Pattern is a pattern (after is, case, or in a switch expression arm).
type Pattern interface {
	Node
	patternNode()
}

// A Designation names what a pattern or a deconstruction declares:
// *SingleDesignation, *DiscardDesignation or *ParenDesignation.
type Designation interface {
	Node
	designationNode()
}

// A QueryClause is one clause of a query expression.
type QueryClause interface {
	Node
	queryClauseNode()
}

// ---------------------------------------------------------------------------
// Files, namespaces, using directives, attributes

// A File is one parsed source file.
type File struct {
	Name     string            // file name as given to ParseFile
	Src      []byte            // the source text
	Externs  []*ExternAlias    // extern alias X;
	Usings   []*UsingDirective // using directives at the top of the file
	Attrs    []*AttributeList  // [assembly: ...] and [module: ...]
	Decls    []Decl            // namespaces, types and top-level statements (*GlobalStmt), in order
	Comments []*Comment        // every comment, in order
	Warnings Diagnostics       // warnings reported while parsing (#warning, ...)
	Defines  []string          // symbols #define'd in the file (after processing)
}

// Pos returns the position of the file's start.
func (f *File) Pos() Pos { return Pos{File: f.Name, Line: 1, Col: 1} }

// A Comment is one comment. Doc comments (/// and /** */) have Doc set.
type Comment struct {
	At   Pos
	Text string // the comment's full text, including // or /* */
	Doc  bool   // /// or /** ... */
}

// Pos returns the position of the comment's first character.
func (c *Comment) Pos() Pos { return c.At }

// An ExternAlias is "extern alias X;".
type ExternAlias struct {
	At   Pos
	Name *Ident
}

// A UsingDirective is "using N;", "using static T;", "using A = T;", each
// optionally preceded by "global".
type UsingDirective struct {
	At     Pos
	Global bool   // global using
	Static bool   // using static
	Unsafe bool   // using unsafe A = ...;
	Alias  *Ident // using Alias = Name; (nil otherwise)
	Name   Expr   // namespace or type name
}

// A NamespaceDecl is "namespace N { ... }" or the file-scoped "namespace N;".
type NamespaceDecl struct {
	At         Pos
	Name       Expr // *Ident or *MemberAccess (dotted name)
	FileScoped bool
	Externs    []*ExternAlias
	Usings     []*UsingDirective
	Decls      []Decl // nested namespaces and types
	Rbrace     Pos    // closing brace (invalid when file-scoped or missing)
}

// An AttributeList is "[target: A, B(1, x: 2, Y = 3)]".
type AttributeList struct {
	At     Pos
	Target string // "assembly", "module", "return", "field", ... or ""
	Attrs  []*Attribute
}

// An Attribute is one attribute. Named arguments "Y = 3" are *Arg values
// whose X is an *AssignExpr; "x: 2" arguments have Name set.
type Attribute struct {
	At   Pos
	Name Expr // attribute type name (as written: Obsolete, System.Obsolete)
	Args []*Arg
}

// Modifier flags.
type ModFlags uint32

// Modifier flags, one per modifier keyword.
const (
	ModPublic ModFlags = 1 << iota
	ModPrivate
	ModProtected
	ModInternal
	ModStatic
	ModReadonly
	ModConst
	ModVirtual
	ModOverride
	ModAbstract
	ModSealed
	ModExtern
	ModAsync
	ModPartial
	ModUnsafe
	ModNew
	ModRef
	ModVolatile
	ModFixed
	ModRequired
	ModFile
	ModScoped
	ModImplicit // conversion operators (recorded on ConversionOperatorDecl too)
	ModExplicit
)

var modNames = [...]string{
	"public", "private", "protected", "internal", "static", "readonly", "const",
	"virtual", "override", "abstract", "sealed", "extern", "async", "partial",
	"unsafe", "new", "ref", "volatile", "fixed", "required", "file", "scoped",
	"implicit", "explicit",
}

// String returns the modifier keywords in f, in declaration order, separated by spaces.
func (f ModFlags) String() string {
	s := ""
	for i, n := range modNames {
		if f&(1<<uint(i)) != 0 {
			if s != "" {
				s += " "
			}
			s += n
		}
	}
	return s
}

// A Modifier is one modifier keyword as written.
type Modifier struct {
	At   Pos
	Flag ModFlags // exactly one bit
}

// Modifiers are the modifiers of a declaration: the set and the list as written.
type Modifiers struct {
	Flags ModFlags
	List  []Modifier
}

// Has reports whether any of the flags in f is present.
func (m Modifiers) Has(f ModFlags) bool { return m.Flags&f != 0 }

// PosOf returns the position of modifier f (the zero Pos if absent).
func (m Modifiers) PosOf(f ModFlags) Pos {
	for _, x := range m.List {
		if x.Flag&f != 0 {
			return x.At
		}
	}
	return Pos{}
}

// ---------------------------------------------------------------------------
// Type and member declarations

// TypeKind distinguishes the kinds of *TypeDecl.
type TypeKind uint8

// Type declaration kinds.
const (
	ClassKind        TypeKind = iota // class
	StructKind                       // struct
	InterfaceKind                    // interface
	RecordKind                       // record, record class
	RecordStructKind                 // record struct
)

var typeKindNames = [...]string{"class", "struct", "interface", "record", "record struct"}

// String returns the keyword(s) of the kind.
func (k TypeKind) String() string { return typeKindNames[k] }

// A TypeDecl declares a class, struct, interface or record.
type TypeDecl struct {
	At          Pos // first token (attribute, modifier or keyword)
	Attrs       []*AttributeList
	Mods        Modifiers
	Kind        TypeKind
	KindPos     Pos // the class/struct/interface/record keyword
	Name        *Ident
	TypeParams  []*TypeParam
	Params      *ParamList // primary constructor parameters (records, C# 12 classes), or nil
	Bases       []*BaseType
	Constraints []*Constraint
	Members     []Decl // nil for "record R(int X);"
	Rbrace      Pos
	Doc         *Comment // the doc comment before the declaration, if any
}

// A BaseType is one entry of a base list; Args are set for a record's
// "record B(int X) : A(X)".
type BaseType struct {
	Type Expr
	Args []*Arg // nil unless the base has an argument list
}

// Pos returns the position of the base type.
func (b *BaseType) Pos() Pos { return b.Type.Pos() }

// Variance is the variance annotation of a type parameter.
type Variance uint8

// Variances.
const (
	Invariant     Variance = iota
	Covariant              // out T
	Contravariant          // in T
)

// A TypeParam is a type parameter: [attrs] [in|out] T.
type TypeParam struct {
	At       Pos
	Attrs    []*AttributeList
	Variance Variance
	Name     *Ident
}

// A Constraint is "where T : c1, c2".
type Constraint struct {
	At    Pos // the where keyword
	Param *Ident
	Items []*ConstraintItem
}

// ConstraintKind distinguishes constraint items.
type ConstraintKind uint8

// Constraint kinds.
const (
	TypeConstraint      ConstraintKind = iota // a type
	ClassConstraint                           // class (class? when Nullable)
	StructConstraint                          // struct
	NewConstraint                             // new()
	UnmanagedConstraint                       // unmanaged
	NotNullConstraint                         // notnull
	DefaultConstraint                         // default
)

// A ConstraintItem is one item of a constraint clause.
type ConstraintItem struct {
	At       Pos
	Kind     ConstraintKind
	Type     Expr // for TypeConstraint
	Nullable bool // class?
}

// ParamMode is how a parameter or an argument is passed.
type ParamMode uint8

// Parameter passing modes.
const (
	ByValue       ParamMode = iota
	ByRef                   // ref
	ByOut                   // out
	ByIn                    // in
	ByRefReadonly           // ref readonly
)

var paramModeNames = [...]string{"", "ref", "out", "in", "ref readonly"}

// String returns the keyword(s) of the mode ("" for by value).
func (m ParamMode) String() string { return paramModeNames[m] }

// A ParamList is a parenthesised (or bracketed, for indexers) parameter list.
type ParamList struct {
	At     Pos // ( or [
	List   []*Param
	Rparen Pos // ) or ]
}

// A Param is one parameter: [attrs] [this] [params] [scoped] [ref|out|in] Type name [= default].
// Lambda parameters may lack a Type.
type Param struct {
	At      Pos
	Attrs   []*AttributeList
	This    bool // extension method receiver
	Params  bool // params array
	Scoped  bool
	Mode    ParamMode
	Type    Expr // nil for implicitly typed lambda parameters
	Name    *Ident
	Default Expr // nil when absent
}

// An EnumDecl declares an enum.
type EnumDecl struct {
	At      Pos
	Attrs   []*AttributeList
	Mods    Modifiers
	Name    *Ident
	Base    Expr // underlying type, or nil
	Members []*EnumMember
	Rbrace  Pos
	Doc     *Comment
}

// An EnumMember is one enum constant, "Name [= value]".
type EnumMember struct {
	At    Pos
	Attrs []*AttributeList
	Name  *Ident
	Value Expr // nil when implicit
}

// A DelegateDecl declares a delegate type.
type DelegateDecl struct {
	At          Pos
	Attrs       []*AttributeList
	Mods        Modifiers
	Result      Expr
	Name        *Ident
	TypeParams  []*TypeParam
	Params      *ParamList
	Constraints []*Constraint
	Doc         *Comment
}

// A FieldDecl declares fields or constants (Mods has ModConst):
// [attrs] mods Type a = 1, b;
type FieldDecl struct {
	At    Pos
	Attrs []*AttributeList
	Mods  Modifiers
	Type  Expr
	Vars  []*VarDeclarator
	Doc   *Comment
}

// A VarDeclarator is one "name [= init]" of a field, constant, event or local declaration.
// Fixed-size buffers (fixed int x[4]) record the size in ArraySize.
type VarDeclarator struct {
	At        Pos
	Name      *Ident
	Init      Expr // nil when absent; may be an *InitializerExpr (int[] a = {1, 2})
	ArraySize Expr // fixed-size buffer length, or nil
}

// A PropertyDecl declares a property:
// Type [I.]Name { get; set; } [= init;] or Type Name => expr;
type PropertyDecl struct {
	At        Pos
	Attrs     []*AttributeList
	Mods      Modifiers
	Type      Expr
	Interface Expr // explicit interface implementation (I in I.Name), or nil
	Name      *Ident
	Accessors []*Accessor // nil for an expression-bodied property
	ExprBody  Expr        // => expr, or nil
	Init      Expr        // = initializer, or nil
	Doc       *Comment
}

// AccessorKind distinguishes accessors.
type AccessorKind uint8

// Accessor kinds.
const (
	GetAccessor AccessorKind = iota
	SetAccessor
	InitAccessor
	AddAccessor
	RemoveAccessor
)

var accessorNames = [...]string{"get", "set", "init", "add", "remove"}

// String returns the accessor's keyword.
func (k AccessorKind) String() string { return accessorNames[k] }

// An Accessor is a get/set/init/add/remove accessor. With neither Body nor
// ExprBody it is "get;" (auto or abstract/extern).
type Accessor struct {
	At       Pos
	Attrs    []*AttributeList
	Mods     Modifiers
	Kind     AccessorKind
	Body     *BlockStmt
	ExprBody Expr
}

// An IndexerDecl declares an indexer: Type [I.]this[params] { accessors } or => expr;
type IndexerDecl struct {
	At        Pos
	Attrs     []*AttributeList
	Mods      Modifiers
	Type      Expr
	Interface Expr
	Params    *ParamList
	Accessors []*Accessor
	ExprBody  Expr
	Doc       *Comment
}

// An EventDecl declares an event, field-like (event Action a, b;) when
// Accessors is nil, or with add/remove accessors.
type EventDecl struct {
	At        Pos
	Attrs     []*AttributeList
	Mods      Modifiers
	Type      Expr
	Interface Expr
	Vars      []*VarDeclarator // field-like events
	Name      *Ident           // event with accessors
	Accessors []*Accessor
	Doc       *Comment
}

// A MethodDecl declares a method (also used for local functions). With
// neither Body nor ExprBody the method ends in ";" (abstract, extern,
// interface or partial).
type MethodDecl struct {
	At          Pos
	Attrs       []*AttributeList
	Mods        Modifiers
	Result      Expr // return type (a *PredefinedType for void)
	Interface   Expr // explicit interface implementation, or nil
	Name        *Ident
	TypeParams  []*TypeParam
	Params      *ParamList
	Constraints []*Constraint
	Body        *BlockStmt
	ExprBody    Expr
	Doc         *Comment
}

// A ConstructorDecl declares an instance or (with ModStatic) a static constructor.
type ConstructorDecl struct {
	At       Pos
	Attrs    []*AttributeList
	Mods     Modifiers
	Name     *Ident
	Params   *ParamList
	Init     *ConstructorInit // : base(...) / : this(...), or nil
	Body     *BlockStmt
	ExprBody Expr
	Doc      *Comment
}

// A ConstructorInit is ": base(args)" or ": this(args)".
type ConstructorInit struct {
	At   Pos  // the base/this keyword
	This bool // this(...) rather than base(...)
	Args []*Arg
}

// A DestructorDecl declares a finalizer ~Name().
type DestructorDecl struct {
	At       Pos
	Attrs    []*AttributeList
	Mods     Modifiers
	Name     *Ident
	Body     *BlockStmt
	ExprBody Expr
	Doc      *Comment
}

// An OperatorDecl declares a user-defined operator: Result operator op(params).
type OperatorDecl struct {
	At       Pos
	Attrs    []*AttributeList
	Mods     Modifiers
	Result   Expr
	Checked  bool  // operator checked +
	Op       Token // PLUS, MINUS, NOT, TILDE, INC, DEC, TRUE, FALSE, STAR, ..., EQ, SHR, USHR
	OpPos    Pos
	Params   *ParamList
	Body     *BlockStmt
	ExprBody Expr
	Doc      *Comment
}

// A ConversionOperatorDecl declares "implicit/explicit operator T(params)".
type ConversionOperatorDecl struct {
	At       Pos
	Attrs    []*AttributeList
	Mods     Modifiers
	Implicit bool
	Checked  bool
	Type     Expr
	Params   *ParamList
	Body     *BlockStmt
	ExprBody Expr
	Doc      *Comment
}

// A GlobalStmt is a top-level statement (C# 9 top-level programs).
type GlobalStmt struct {
	Stmt Stmt
}

// A BadDecl stands for a member or type declaration that did not parse.
type BadDecl struct {
	At Pos
}

// ---------------------------------------------------------------------------
// Statements

// A BlockStmt is { stmts }.
type BlockStmt struct {
	At     Pos // {
	Stmts  []Stmt
	Rbrace Pos // } (invalid when missing)
}

// An EmptyStmt is a lone ";".
type EmptyStmt struct {
	At Pos
}

// A LocalDeclStmt declares local variables or constants:
// [using|await using] [const] [ref [readonly]] Type a = 1, b;
type LocalDeclStmt struct {
	At    Pos
	Mods  Modifiers // ModConst, ModRef, ModReadonly (ref readonly), ModScoped
	Using bool      // using var x = ...;
	Await bool      // await using var x = ...;
	Type  Expr
	Vars  []*VarDeclarator
}

// A LocalFuncStmt declares a local function.
type LocalFuncStmt struct {
	Func *MethodDecl
}

// An ExprStmt is an expression used as a statement. Deconstructions
// (var (a, b) = t;) are *AssignExpr statements whose left side is a
// *DeclExpr or a *TupleExpr.
type ExprStmt struct {
	X Expr
}

// An IfStmt is if (Cond) Then [else Else].
type IfStmt struct {
	At   Pos
	Cond Expr
	Then Stmt
	Else Stmt // nil when absent
}

// A SwitchStmt is switch (Tag) { sections }.
type SwitchStmt struct {
	At       Pos
	Tag      Expr
	Sections []*SwitchSection
	Rbrace   Pos
}

// A SwitchSection is one or more labels followed by statements.
type SwitchSection struct {
	Labels []*CaseLabel
	Stmts  []Stmt
}

// Pos returns the position of the first label.
func (s *SwitchSection) Pos() Pos { return s.Labels[0].At }

// A CaseLabel is "case pattern [when cond]:" or "default:".
type CaseLabel struct {
	At      Pos
	Default bool
	Pat     Pattern // nil for default
	When    Expr    // nil when absent
}

// A WhileStmt is while (Cond) Body.
type WhileStmt struct {
	At   Pos
	Cond Expr
	Body Stmt
}

// A DoStmt is do Body while (Cond);
type DoStmt struct {
	At   Pos
	Body Stmt
	Cond Expr
}

// A ForStmt is for (Init; Cond; Post) Body. Init holds either one
// *LocalDeclStmt or *ExprStmt values.
type ForStmt struct {
	At   Pos
	Init []Stmt
	Cond Expr // nil when absent
	Post []Expr
	Body Stmt
}

// A ForeachStmt is [await] foreach (Type Name in X) Body, or, for
// deconstruction, foreach (var (a, b) in X) with Target set (a *DeclExpr
// or *TupleExpr) and Type/Name nil.
type ForeachStmt struct {
	At     Pos
	Await  bool
	Ref    bool // foreach (ref var x in ...)
	Type   Expr
	Name   *Ident
	Target Expr
	X      Expr
	Body   Stmt
}

// A BranchStmt is break, continue, goto label, goto case X, or goto default.
type BranchStmt struct {
	At      Pos
	Tok     Token  // BREAK, CONTINUE or GOTO
	Label   *Ident // goto label
	Case    Expr   // goto case X
	Default bool   // goto default
}

// A ReturnStmt is return [X];
type ReturnStmt struct {
	At Pos
	X  Expr
}

// A ThrowStmt is throw [X]; (X nil: rethrow).
type ThrowStmt struct {
	At Pos
	X  Expr
}

// A YieldStmt is yield return X; or yield break;
type YieldStmt struct {
	At    Pos
	Break bool
	X     Expr
}

// A LabeledStmt is label: Stmt.
type LabeledStmt struct {
	Label *Ident
	Stmt  Stmt
}

// A TryStmt is try Body catches [finally Finally].
type TryStmt struct {
	At      Pos
	Body    *BlockStmt
	Catches []*CatchClause
	Finally *BlockStmt // nil when absent
}

// A CatchClause is catch [(Type [Name])] [when (Filter)] Body.
type CatchClause struct {
	At     Pos
	Type   Expr   // nil for a bare catch
	Name   *Ident // nil when unnamed
	Filter Expr   // nil when absent
	Body   *BlockStmt
}

// A UsingStmt is [await] using (Decl or X) Body.
type UsingStmt struct {
	At    Pos
	Await bool
	Decl  *LocalDeclStmt // using (var x = ...), or nil
	X     Expr           // using (expr), or nil
	Body  Stmt
}

// A LockStmt is lock (X) Body.
type LockStmt struct {
	At   Pos
	X    Expr
	Body Stmt
}

// A CheckedStmt is checked { } or unchecked { }.
type CheckedStmt struct {
	At        Pos
	Unchecked bool
	Body      *BlockStmt
}

// An UnsafeStmt is unsafe { } (parsed; the checker rejects it).
type UnsafeStmt struct {
	At   Pos
	Body *BlockStmt
}

// A FixedStmt is fixed (Type p = e) Body (parsed; the checker rejects it).
type FixedStmt struct {
	At   Pos
	Decl *LocalDeclStmt
	Body Stmt
}

// A BadStmt stands for a statement that did not parse.
type BadStmt struct {
	At Pos
}

// ---------------------------------------------------------------------------
// Expressions: names and types

// An Ident is a simple name, possibly generic: x, List<int>, List<> (an
// unbound generic: TypeArgs holds *OmittedExpr values). TypeArgs is nil for
// a non-generic name. Verbatim records an @ prefix (@class).
type Ident struct {
	At       Pos
	Name     string
	TypeArgs []Expr
	Verbatim bool

	queryMethod bool // a method name made by LowerQuery (see IsQueryMethod)
}

// A MemberAccess is X.Name (X->Name when Arrow, a pointer access the checker rejects).
type MemberAccess struct {
	X     Expr
	Dot   Pos
	Name  *Ident // may carry type arguments: x.Select<int>(...)
	Arrow bool
}

// An AliasQualified is Alias::Name (global::System).
type AliasQualified struct {
	Alias *Ident
	Name  *Ident
}

// A PredefinedType is a keyword type: int, string, object, void, ...
type PredefinedType struct {
	At Pos
	Kw Token // INT_KW, STRING_KW, BOOL, VOID, ...
}

// An ArrayType is Elem[,...] with Rank dimensions. In int[][,] the
// outermost node is the first specifier: ArrayType{Rank 1, Elem: ArrayType{Rank 2, int}}.
type ArrayType struct {
	Elem   Expr
	Rank   int
	Lbrack Pos
}

// A NullableType is Elem?.
type NullableType struct {
	Elem  Expr
	Quest Pos
}

// A PointerType is Elem* (parsed; the checker rejects it).
type PointerType struct {
	Elem Expr
	Star Pos
}

// A TupleType is (T1 a, T2 b, ...).
type TupleType struct {
	At    Pos
	Elems []*TupleTypeElem
}

// A TupleTypeElem is one element of a tuple type.
type TupleTypeElem struct {
	Type Expr
	Name *Ident // nil when unnamed
}

// Pos returns the position of the element's type.
func (e *TupleTypeElem) Pos() Pos { return e.Type.Pos() }

// A RefType is "ref T" or "ref readonly T" (ref returns and ref locals).
type RefType struct {
	At       Pos
	Readonly bool
	Elem     Expr
}

// A FuncPointerType is delegate*<...> (parsed as a placeholder; rejected by the checker).
type FuncPointerType struct {
	At Pos
}

// An OmittedExpr is an omitted type argument (List<>) or array size (new int[,]).
type OmittedExpr struct {
	At Pos
}

// ---------------------------------------------------------------------------
// Expressions: literals

// LitKind distinguishes literals.
type LitKind uint8

// Literal kinds.
const (
	IntLit    LitKind = iota // 123, 0xFF, 0b101, with optional suffix U L UL
	RealLit                  // 1.5, 1e3, 1f, 1d, 1m
	CharLit                  // 'a'
	StringLit                // "a", @"a", """raw"""
	UTF8Lit                  // "a"u8
	TrueLit                  // true
	FalseLit                 // false
	NullLit                  // null
)

// A BasicLit is a literal.
//
// For IntLit, Int is the value (Value its decimal text) and Suffix one of
// "", "U", "L", "UL";
// Overflow is set if the value did not fit in 64 bits (reported as CS1021).
// For RealLit, Value is the number without underscores or suffix (e.g.
// "1.5e3"), and Suffix is "", "F", "D" or "M". For CharLit and StringLit
// (and UTF8Lit), Value is the decoded text in UTF-8; a lone surrogate (from
// \uD800) is kept as its 3-byte WTF-8 encoding. Raw is the source text.
type BasicLit struct {
	At       Pos
	Kind     LitKind
	Raw      string
	Value    string
	Int      uint64
	Suffix   string
	Overflow bool
}

// An InterpolatedString is $"...{x,align:format}...", $@"..." or $"""...""".
type InterpolatedString struct {
	At       Pos
	Verbatim bool
	RawStr   bool // $"""...""" (raw), with Dollars '$' signs
	Dollars  int
	UTF8     bool // u8 suffix (rejected by the checker)
	Parts    []*InterpPart
	Raw      string // the source text
}

// An InterpPart is either literal text (X nil; Text decoded) or an
// interpolation hole {X[,Align][:Format]}.
type InterpPart struct {
	At     Pos
	Text   string // for text parts: the decoded text ({{ and }} are single braces)
	X      Expr
	Align  Expr   // nil when absent
	Format string // "" when absent (the text after ':' up to '}')
	HasFmt bool   // a ':' was present (Format may be empty)
}

// ---------------------------------------------------------------------------
// Expressions: the rest

// A ThisExpr is "this".
type ThisExpr struct{ At Pos }

// A BaseExpr is "base".
type BaseExpr struct{ At Pos }

// A ParenExpr is (X).
type ParenExpr struct {
	At Pos
	X  Expr
}

// A TupleExpr is (a, b) or (x: 1, y: 2); each element is an *Arg whose Name is
// the element name. Its elements may be *DeclExpr on the left of a deconstruction.
type TupleExpr struct {
	At    Pos
	Elems []*Arg
}

// An Arg is an argument: [name:] [ref|out|in] X. For out var x, X is a *DeclExpr.
type Arg struct {
	At   Pos
	Name *Ident // named argument / tuple element name, or nil
	Mode ParamMode
	X    Expr
}

// Pos returns the argument's first position.
func (a *Arg) Pos() Pos { return a.At }

// A DeclExpr declares variables inside an expression: out var x, out int x,
// var (a, b) = ..., (var a, int b) = ... .
type DeclExpr struct {
	Type Expr // "var" as an *Ident, or a type
	Des  Designation
}

// A SingleDesignation names one variable.
type SingleDesignation struct {
	Name *Ident
}

// A DiscardDesignation is _ in a designation.
type DiscardDesignation struct {
	At Pos
}

// A ParenDesignation is (a, b, _).
type ParenDesignation struct {
	At   Pos
	List []Designation
}

// A CallExpr is Fun(args).
type CallExpr struct {
	Fun    Expr
	Lparen Pos
	Args   []*Arg
	Rparen Pos
}

// An IndexExpr is X[args] (element access).
type IndexExpr struct {
	X      Expr
	Lbrack Pos
	Args   []*Arg
}

// A CondAccess is X?.Body or X?[...]: Body is evaluated with the
// (non-null) value of X as the receiver of its innermost *MemberBinding or
// *ElementBinding. a?.b.c(1) is CondAccess{a, Call{Member{MemberBinding{b}, c}, 1}};
// a?.b?.c is CondAccess{a, CondAccess{MemberBinding{b}, MemberBinding{c}}}.
type CondAccess struct {
	X     Expr
	Quest Pos
	Body  Expr
}

// A MemberBinding is ".Name" on the receiver of the enclosing *CondAccess.
type MemberBinding struct {
	At   Pos // the dot
	Name *Ident
}

// An ElementBinding is "[args]" on the receiver of the enclosing *CondAccess.
type ElementBinding struct {
	At   Pos
	Args []*Arg
}

// An ImplicitElementAccess is "[args]" on the left of an object initializer
// member: new D { ["k"] = v }.
type ImplicitElementAccess struct {
	At   Pos
	Args []*Arg
}

// A UnaryExpr is a prefix operator applied to X: + - ! ~ ++ -- ^ (index
// from end), & (address-of) and * (indirection), the last two rejected by
// the checker.
type UnaryExpr struct {
	At Pos
	Op Token
	X  Expr
}

// A PostfixExpr is X++, X-- or X! (null-forgiving, Op NOT).
type PostfixExpr struct {
	X     Expr
	Op    Token
	OpPos Pos
}

// A BinaryExpr is X op Y for the arithmetic, shift, relational, equality,
// logical and ?? operators.
type BinaryExpr struct {
	X     Expr
	Op    Token
	OpPos Pos
	Y     Expr
}

// An AssignExpr is X op Y for = and the compound assignments (+=, ??=, ...).
// "x = ref y" has a *RefExpr on the right.
type AssignExpr struct {
	X     Expr
	Op    Token
	OpPos Pos
	Y     Expr // may be an *InitializerExpr inside object initializers
}

// A CondExpr is Cond ? Then : Else.
type CondExpr struct {
	Cond Expr
	Then Expr
	Else Expr
}

// A RangeExpr is [Low]..[High] (either may be nil).
type RangeExpr struct {
	At    Pos // first token (Low's, or the ..)
	Low   Expr
	OpPos Pos
	High  Expr
}

// An IsExpr is X is Pat. "x is T" is X is *TypePattern.
type IsExpr struct {
	X     Expr
	OpPos Pos
	Pat   Pattern
}

// An AsExpr is X as Type.
type AsExpr struct {
	X     Expr
	OpPos Pos
	Type  Expr
}

// A CastExpr is (Type)X.
type CastExpr struct {
	At   Pos
	Type Expr
	X    Expr
}

// A LambdaExpr is [attrs] [static] [async] [Result] params => body. Params
// has no parentheses for x => ...; Body or ExprBody is set.
type LambdaExpr struct {
	At       Pos
	Attrs    []*AttributeList
	Mods     Modifiers // ModAsync, ModStatic
	Result   Expr      // explicit return type (C# 10), or nil
	Params   *ParamList
	Parens   bool // parameters were parenthesised
	Arrow    Pos
	Body     *BlockStmt
	ExprBody Expr
}

// An AnonMethodExpr is [async] [static] delegate [(params)] { body }.
type AnonMethodExpr struct {
	At     Pos
	Mods   Modifiers
	Params *ParamList // nil when the parameter list is omitted
	Body   *BlockStmt
}

// An ObjectCreation is new Type(args) { init }, or the target-typed new(args)
// when Type is nil. Args is nil and HasArgs false for "new T { ... }".
type ObjectCreation struct {
	At      Pos
	Type    Expr
	Args    []*Arg
	HasArgs bool
	Init    *InitializerExpr // nil when absent
}

// InitKind distinguishes initializer lists.
type InitKind uint8

// Initializer kinds.
const (
	ObjectInit     InitKind = iota // { A = 1, B = { ... }, ["k"] = v }: elements are *AssignExpr
	CollectionInit                 // { 1, 2, { "k", "v" } }
	ArrayInit                      // { 1, 2 } of an array creation or array variable initializer
	ComplexElement                 // { "k", "v" } inside a collection initializer
	WithInit                       // { A = 1 } of a with-expression
)

// An InitializerExpr is a brace-delimited initializer list.
type InitializerExpr struct {
	At     Pos
	Kind   InitKind
	Elems  []Expr
	Rbrace Pos
}

// An ArrayCreation is new T[n, m][] { init }. Type is the full array type
// (an *ArrayType); Sizes holds the dimensions of the first rank specifier
// (nil entries or no entries when omitted: new int[] { ... }).
type ArrayCreation struct {
	At    Pos
	Type  *ArrayType
	Sizes []Expr
	Init  *InitializerExpr
}

// An ImplicitArrayCreation is new[] { ... } (new[,] { ... } with Rank 2).
type ImplicitArrayCreation struct {
	At   Pos
	Rank int
	Init *InitializerExpr
}

// A StackAllocExpr is stackalloc T[n] { init } (parsed; rejected by the checker).
type StackAllocExpr struct {
	At   Pos
	Type Expr // element type, nil for stackalloc[] { ... }
	Size Expr
	Init *InitializerExpr
}

// An AnonObjectCreation is new { A = 1, x.B }.
type AnonObjectCreation struct {
	At      Pos
	Members []*AnonMember

	transparent bool // made by LowerQuery (see Transparent)
}

// Transparent reports whether the object is a query's transparent
// identifier, made by LowerQuery to carry the range variables in scope (no
// program sees it: only the lambdas of the translation read it, by name).
func (n *AnonObjectCreation) Transparent() bool { return n.transparent }

// An AnonMember is "Name = X" or a projection "X" (Name nil).
type AnonMember struct {
	Name *Ident
	X    Expr
}

// Pos returns the member's first position.
func (m *AnonMember) Pos() Pos {
	if m.Name != nil {
		return m.Name.At
	}
	return m.X.Pos()
}

// A CollectionExpr is [a, b, ..spread] (C# 12).
type CollectionExpr struct {
	At    Pos
	Elems []Expr // may contain *SpreadElem
}

// A SpreadElem is ..X inside a collection expression.
type SpreadElem struct {
	At Pos
	X  Expr
}

// A TypeOfExpr is typeof(Type).
type TypeOfExpr struct {
	At   Pos
	Type Expr
}

// A SizeOfExpr is sizeof(Type).
type SizeOfExpr struct {
	At   Pos
	Type Expr
}

// A DefaultExpr is default(Type), or the default literal when Type is nil.
type DefaultExpr struct {
	At   Pos
	Type Expr
}

// A CheckedExpr is checked(X) or unchecked(X).
type CheckedExpr struct {
	At        Pos
	Unchecked bool
	X         Expr
}

// An AwaitExpr is await X.
type AwaitExpr struct {
	At Pos
	X  Expr
}

// A ThrowExpr is throw X used as an expression (x ?? throw e).
type ThrowExpr struct {
	At Pos
	X  Expr
}

// A WithExpr is X with { A = 1 }.
type WithExpr struct {
	X     Expr
	OpPos Pos
	Init  *InitializerExpr
}

// A RefExpr is ref X (ref locals, ref returns, ref conditional operands).
type RefExpr struct {
	At Pos
	X  Expr
}

// A SwitchExpr is X switch { arms }.
type SwitchExpr struct {
	X      Expr
	OpPos  Pos
	Arms   []*SwitchArm
	Rbrace Pos
}

// A SwitchArm is Pat [when When] => Body.
type SwitchArm struct {
	Pat  Pattern
	When Expr
	Body Expr
}

// Pos returns the position of the arm's pattern.
func (a *SwitchArm) Pos() Pos { return a.Pat.Pos() }

// A QueryExpr is a query expression: from ... select/group ... [into ...].
// Clauses are in source order; a continuation appears as an *IntoClause
// followed by the clauses of the continued query.
type QueryExpr struct {
	At      Pos
	Clauses []QueryClause

	lowered Expr // the translation to method calls (see Lowered)
}

// A FromClause is from [Type] Name in X.
type FromClause struct {
	At   Pos
	Type Expr
	Name *Ident
	X    Expr
}

// A LetClause is let Name = X.
type LetClause struct {
	At   Pos
	Name *Ident
	X    Expr
}

// A WhereClause is where Cond.
type WhereClause struct {
	At   Pos
	Cond Expr
}

// A JoinClause is join [Type] Name in X on Left equals Right [into Into].
type JoinClause struct {
	At    Pos
	Type  Expr
	Name  *Ident
	X     Expr
	Left  Expr
	Right Expr
	Into  *Ident
}

// An OrderByClause is orderby k1 [ascending|descending], ...
type OrderByClause struct {
	At        Pos
	Orderings []*Ordering
}

// An Ordering is one key of an orderby clause.
type Ordering struct {
	X          Expr
	Descending bool
}

// Pos returns the position of the ordering key.
func (o *Ordering) Pos() Pos { return o.X.Pos() }

// A SelectClause is select X.
type SelectClause struct {
	At Pos
	X  Expr
}

// A GroupClause is group X by By.
type GroupClause struct {
	At Pos
	X  Expr
	By Expr
}

// An IntoClause is the "into Name" of a query continuation.
type IntoClause struct {
	At   Pos
	Name *Ident
}

// A BadExpr stands for an expression that did not parse.
type BadExpr struct {
	At Pos
}

// ---------------------------------------------------------------------------
// Patterns

// A DiscardPattern is _.
type DiscardPattern struct{ At Pos }

// A TypePattern is a type (x is string); it may also denote a constant (the
// checker decides).
type TypePattern struct {
	Type Expr
}

// A ConstantPattern is a constant expression (case 1:, is null); it may also
// denote a type (case int:); the checker decides.
type ConstantPattern struct {
	X Expr
}

// A DeclPattern is Type name (x is string s) or Type _ .
type DeclPattern struct {
	Type Expr
	Des  Designation
}

// A VarPattern is var name or var (a, b).
type VarPattern struct {
	At  Pos
	Des Designation
}

// A RelationalPattern is < X, <= X, > X or >= X.
type RelationalPattern struct {
	At Pos
	Op Token // LT, LE, GT, GE
	X  Expr
}

// A NotPattern is not Pat.
type NotPattern struct {
	At  Pos
	Pat Pattern
}

// A BinaryPattern is X and Y or X or Y.
type BinaryPattern struct {
	X     Pattern
	Or    bool // or (otherwise and)
	OpPos Pos
	Y     Pattern
}

// A ParenPattern is (Pat).
type ParenPattern struct {
	At  Pos
	Pat Pattern
}

// A RecursivePattern is [Type] [(positional)] [{ properties }] [designation].
// Positional and Properties are nil when their part is absent (and non-nil,
// possibly empty, when present: {} matches any non-null value).
type RecursivePattern struct {
	At         Pos
	Type       Expr
	Positional []*Subpattern
	Properties []*Subpattern
	HasPos     bool
	HasProps   bool
	Des        Designation
}

// A Subpattern is [Name:] Pat inside a recursive pattern. Name is an
// *Ident, or a *MemberAccess for extended property patterns {A.B: 1}.
type Subpattern struct {
	Name Expr
	Pat  Pattern
}

// Pos returns the subpattern's first position.
func (s *Subpattern) Pos() Pos {
	if s.Name != nil {
		return s.Name.Pos()
	}
	return s.Pat.Pos()
}

// A ListPattern is [p1, p2, .., pn] [designation].
type ListPattern struct {
	At    Pos
	Elems []Pattern
	Des   Designation
}

// A SlicePattern is .. [Pat] inside a list pattern.
type SlicePattern struct {
	At  Pos
	Pat Pattern // nil when absent
}

// A BadPattern stands for a pattern that did not parse.
type BadPattern struct{ At Pos }

// ---------------------------------------------------------------------------
// Pos methods: each returns the position of the node's first token.

func (n *ExternAlias) Pos() Pos            { return n.At }
func (n *UsingDirective) Pos() Pos         { return n.At }
func (n *NamespaceDecl) Pos() Pos          { return n.At }
func (n *AttributeList) Pos() Pos          { return n.At }
func (n *Attribute) Pos() Pos              { return n.At }
func (n *TypeDecl) Pos() Pos               { return n.At }
func (n *TypeParam) Pos() Pos              { return n.At }
func (n *Constraint) Pos() Pos             { return n.At }
func (n *ConstraintItem) Pos() Pos         { return n.At }
func (n *ParamList) Pos() Pos              { return n.At }
func (n *Param) Pos() Pos                  { return n.At }
func (n *EnumDecl) Pos() Pos               { return n.At }
func (n *EnumMember) Pos() Pos             { return n.At }
func (n *DelegateDecl) Pos() Pos           { return n.At }
func (n *FieldDecl) Pos() Pos              { return n.At }
func (n *VarDeclarator) Pos() Pos          { return n.At }
func (n *PropertyDecl) Pos() Pos           { return n.At }
func (n *Accessor) Pos() Pos               { return n.At }
func (n *IndexerDecl) Pos() Pos            { return n.At }
func (n *EventDecl) Pos() Pos              { return n.At }
func (n *MethodDecl) Pos() Pos             { return n.At }
func (n *ConstructorDecl) Pos() Pos        { return n.At }
func (n *ConstructorInit) Pos() Pos        { return n.At }
func (n *DestructorDecl) Pos() Pos         { return n.At }
func (n *OperatorDecl) Pos() Pos           { return n.At }
func (n *ConversionOperatorDecl) Pos() Pos { return n.At }
func (n *GlobalStmt) Pos() Pos             { return n.Stmt.Pos() }
func (n *BadDecl) Pos() Pos                { return n.At }

func (n *BlockStmt) Pos() Pos     { return n.At }
func (n *EmptyStmt) Pos() Pos     { return n.At }
func (n *LocalDeclStmt) Pos() Pos { return n.At }
func (n *LocalFuncStmt) Pos() Pos { return n.Func.At }
func (n *ExprStmt) Pos() Pos      { return n.X.Pos() }
func (n *IfStmt) Pos() Pos        { return n.At }
func (n *SwitchStmt) Pos() Pos    { return n.At }
func (n *CaseLabel) Pos() Pos     { return n.At }
func (n *WhileStmt) Pos() Pos     { return n.At }
func (n *DoStmt) Pos() Pos        { return n.At }
func (n *ForStmt) Pos() Pos       { return n.At }
func (n *ForeachStmt) Pos() Pos   { return n.At }
func (n *BranchStmt) Pos() Pos    { return n.At }
func (n *ReturnStmt) Pos() Pos    { return n.At }
func (n *ThrowStmt) Pos() Pos     { return n.At }
func (n *YieldStmt) Pos() Pos     { return n.At }
func (n *LabeledStmt) Pos() Pos   { return n.Label.At }
func (n *TryStmt) Pos() Pos       { return n.At }
func (n *CatchClause) Pos() Pos   { return n.At }
func (n *UsingStmt) Pos() Pos     { return n.At }
func (n *LockStmt) Pos() Pos      { return n.At }
func (n *CheckedStmt) Pos() Pos   { return n.At }
func (n *UnsafeStmt) Pos() Pos    { return n.At }
func (n *FixedStmt) Pos() Pos     { return n.At }
func (n *BadStmt) Pos() Pos       { return n.At }

func (n *Ident) Pos() Pos                 { return n.At }
func (n *MemberAccess) Pos() Pos          { return n.X.Pos() }
func (n *AliasQualified) Pos() Pos        { return n.Alias.At }
func (n *PredefinedType) Pos() Pos        { return n.At }
func (n *ArrayType) Pos() Pos             { return n.Elem.Pos() }
func (n *NullableType) Pos() Pos          { return n.Elem.Pos() }
func (n *PointerType) Pos() Pos           { return n.Elem.Pos() }
func (n *TupleType) Pos() Pos             { return n.At }
func (n *RefType) Pos() Pos               { return n.At }
func (n *FuncPointerType) Pos() Pos       { return n.At }
func (n *OmittedExpr) Pos() Pos           { return n.At }
func (n *BasicLit) Pos() Pos              { return n.At }
func (n *InterpolatedString) Pos() Pos    { return n.At }
func (n *InterpPart) Pos() Pos            { return n.At }
func (n *ThisExpr) Pos() Pos              { return n.At }
func (n *BaseExpr) Pos() Pos              { return n.At }
func (n *ParenExpr) Pos() Pos             { return n.At }
func (n *TupleExpr) Pos() Pos             { return n.At }
func (n *DeclExpr) Pos() Pos              { return n.Type.Pos() }
func (n *SingleDesignation) Pos() Pos     { return n.Name.At }
func (n *DiscardDesignation) Pos() Pos    { return n.At }
func (n *ParenDesignation) Pos() Pos      { return n.At }
func (n *CallExpr) Pos() Pos              { return n.Fun.Pos() }
func (n *IndexExpr) Pos() Pos             { return n.X.Pos() }
func (n *CondAccess) Pos() Pos            { return n.X.Pos() }
func (n *MemberBinding) Pos() Pos         { return n.At }
func (n *ElementBinding) Pos() Pos        { return n.At }
func (n *ImplicitElementAccess) Pos() Pos { return n.At }
func (n *UnaryExpr) Pos() Pos             { return n.At }
func (n *PostfixExpr) Pos() Pos           { return n.X.Pos() }
func (n *BinaryExpr) Pos() Pos            { return n.X.Pos() }
func (n *AssignExpr) Pos() Pos            { return n.X.Pos() }
func (n *CondExpr) Pos() Pos              { return n.Cond.Pos() }
func (n *RangeExpr) Pos() Pos             { return n.At }
func (n *IsExpr) Pos() Pos                { return n.X.Pos() }
func (n *AsExpr) Pos() Pos                { return n.X.Pos() }
func (n *CastExpr) Pos() Pos              { return n.At }
func (n *LambdaExpr) Pos() Pos            { return n.At }
func (n *AnonMethodExpr) Pos() Pos        { return n.At }
func (n *ObjectCreation) Pos() Pos        { return n.At }
func (n *InitializerExpr) Pos() Pos       { return n.At }
func (n *ArrayCreation) Pos() Pos         { return n.At }
func (n *ImplicitArrayCreation) Pos() Pos { return n.At }
func (n *StackAllocExpr) Pos() Pos        { return n.At }
func (n *AnonObjectCreation) Pos() Pos    { return n.At }
func (n *CollectionExpr) Pos() Pos        { return n.At }
func (n *SpreadElem) Pos() Pos            { return n.At }
func (n *TypeOfExpr) Pos() Pos            { return n.At }
func (n *SizeOfExpr) Pos() Pos            { return n.At }
func (n *DefaultExpr) Pos() Pos           { return n.At }
func (n *CheckedExpr) Pos() Pos           { return n.At }
func (n *AwaitExpr) Pos() Pos             { return n.At }
func (n *ThrowExpr) Pos() Pos             { return n.At }
func (n *WithExpr) Pos() Pos              { return n.X.Pos() }
func (n *RefExpr) Pos() Pos               { return n.At }
func (n *SwitchExpr) Pos() Pos            { return n.X.Pos() }
func (n *QueryExpr) Pos() Pos             { return n.At }
func (n *FromClause) Pos() Pos            { return n.At }
func (n *LetClause) Pos() Pos             { return n.At }
func (n *WhereClause) Pos() Pos           { return n.At }
func (n *JoinClause) Pos() Pos            { return n.At }
func (n *OrderByClause) Pos() Pos         { return n.At }
func (n *SelectClause) Pos() Pos          { return n.At }
func (n *GroupClause) Pos() Pos           { return n.At }
func (n *IntoClause) Pos() Pos            { return n.At }
func (n *BadExpr) Pos() Pos               { return n.At }

func (n *DiscardPattern) Pos() Pos    { return n.At }
func (n *TypePattern) Pos() Pos       { return n.Type.Pos() }
func (n *ConstantPattern) Pos() Pos   { return n.X.Pos() }
func (n *DeclPattern) Pos() Pos       { return n.Type.Pos() }
func (n *VarPattern) Pos() Pos        { return n.At }
func (n *RelationalPattern) Pos() Pos { return n.At }
func (n *NotPattern) Pos() Pos        { return n.At }
func (n *BinaryPattern) Pos() Pos     { return n.X.Pos() }
func (n *ParenPattern) Pos() Pos      { return n.At }
func (n *RecursivePattern) Pos() Pos  { return n.At }
func (n *ListPattern) Pos() Pos       { return n.At }
func (n *SlicePattern) Pos() Pos      { return n.At }
func (n *BadPattern) Pos() Pos        { return n.At }

// ---------------------------------------------------------------------------
// Marker methods

func (*NamespaceDecl) declNode()          {}
func (*TypeDecl) declNode()               {}
func (*EnumDecl) declNode()               {}
func (*DelegateDecl) declNode()           {}
func (*FieldDecl) declNode()              {}
func (*PropertyDecl) declNode()           {}
func (*IndexerDecl) declNode()            {}
func (*EventDecl) declNode()              {}
func (*MethodDecl) declNode()             {}
func (*ConstructorDecl) declNode()        {}
func (*DestructorDecl) declNode()         {}
func (*OperatorDecl) declNode()           {}
func (*ConversionOperatorDecl) declNode() {}
func (*GlobalStmt) declNode()             {}
func (*BadDecl) declNode()                {}

func (*BlockStmt) stmtNode()     {}
func (*EmptyStmt) stmtNode()     {}
func (*LocalDeclStmt) stmtNode() {}
func (*LocalFuncStmt) stmtNode() {}
func (*ExprStmt) stmtNode()      {}
func (*IfStmt) stmtNode()        {}
func (*SwitchStmt) stmtNode()    {}
func (*WhileStmt) stmtNode()     {}
func (*DoStmt) stmtNode()        {}
func (*ForStmt) stmtNode()       {}
func (*ForeachStmt) stmtNode()   {}
func (*BranchStmt) stmtNode()    {}
func (*ReturnStmt) stmtNode()    {}
func (*ThrowStmt) stmtNode()     {}
func (*YieldStmt) stmtNode()     {}
func (*LabeledStmt) stmtNode()   {}
func (*TryStmt) stmtNode()       {}
func (*UsingStmt) stmtNode()     {}
func (*LockStmt) stmtNode()      {}
func (*CheckedStmt) stmtNode()   {}
func (*UnsafeStmt) stmtNode()    {}
func (*FixedStmt) stmtNode()     {}
func (*BadStmt) stmtNode()       {}

func (*Ident) exprNode()                 {}
func (*MemberAccess) exprNode()          {}
func (*AliasQualified) exprNode()        {}
func (*PredefinedType) exprNode()        {}
func (*ArrayType) exprNode()             {}
func (*NullableType) exprNode()          {}
func (*PointerType) exprNode()           {}
func (*TupleType) exprNode()             {}
func (*RefType) exprNode()               {}
func (*FuncPointerType) exprNode()       {}
func (*OmittedExpr) exprNode()           {}
func (*BasicLit) exprNode()              {}
func (*InterpolatedString) exprNode()    {}
func (*ThisExpr) exprNode()              {}
func (*BaseExpr) exprNode()              {}
func (*ParenExpr) exprNode()             {}
func (*TupleExpr) exprNode()             {}
func (*DeclExpr) exprNode()              {}
func (*CallExpr) exprNode()              {}
func (*IndexExpr) exprNode()             {}
func (*CondAccess) exprNode()            {}
func (*MemberBinding) exprNode()         {}
func (*ElementBinding) exprNode()        {}
func (*ImplicitElementAccess) exprNode() {}
func (*UnaryExpr) exprNode()             {}
func (*PostfixExpr) exprNode()           {}
func (*BinaryExpr) exprNode()            {}
func (*AssignExpr) exprNode()            {}
func (*CondExpr) exprNode()              {}
func (*RangeExpr) exprNode()             {}
func (*IsExpr) exprNode()                {}
func (*AsExpr) exprNode()                {}
func (*CastExpr) exprNode()              {}
func (*LambdaExpr) exprNode()            {}
func (*AnonMethodExpr) exprNode()        {}
func (*ObjectCreation) exprNode()        {}
func (*InitializerExpr) exprNode()       {}
func (*ArrayCreation) exprNode()         {}
func (*ImplicitArrayCreation) exprNode() {}
func (*StackAllocExpr) exprNode()        {}
func (*AnonObjectCreation) exprNode()    {}
func (*CollectionExpr) exprNode()        {}
func (*SpreadElem) exprNode()            {}
func (*TypeOfExpr) exprNode()            {}
func (*SizeOfExpr) exprNode()            {}
func (*DefaultExpr) exprNode()           {}
func (*CheckedExpr) exprNode()           {}
func (*AwaitExpr) exprNode()             {}
func (*ThrowExpr) exprNode()             {}
func (*WithExpr) exprNode()              {}
func (*RefExpr) exprNode()               {}
func (*SwitchExpr) exprNode()            {}
func (*QueryExpr) exprNode()             {}
func (*BadExpr) exprNode()               {}

func (*DiscardPattern) patternNode()    {}
func (*TypePattern) patternNode()       {}
func (*ConstantPattern) patternNode()   {}
func (*DeclPattern) patternNode()       {}
func (*VarPattern) patternNode()        {}
func (*RelationalPattern) patternNode() {}
func (*NotPattern) patternNode()        {}
func (*BinaryPattern) patternNode()     {}
func (*ParenPattern) patternNode()      {}
func (*RecursivePattern) patternNode()  {}
func (*ListPattern) patternNode()       {}
func (*SlicePattern) patternNode()      {}
func (*BadPattern) patternNode()        {}

func (*SingleDesignation) designationNode()  {}
func (*DiscardDesignation) designationNode() {}
func (*ParenDesignation) designationNode()   {}

func (*FromClause) queryClauseNode()    {}
func (*LetClause) queryClauseNode()     {}
func (*WhereClause) queryClauseNode()   {}
func (*JoinClause) queryClauseNode()    {}
func (*OrderByClause) queryClauseNode() {}
func (*SelectClause) queryClauseNode()  {}
func (*GroupClause) queryClauseNode()   {}
func (*IntoClause) queryClauseNode()    {}

// Compile-time checks that every node satisfies its interface.
var (
	_ Expr = (*RangeExpr)(nil)
	_ Expr = (*InterpolatedString)(nil)
	_ Node = (*InterpPart)(nil)
	_ Node = (*SwitchSection)(nil)
	_ Node = (*BaseType)(nil)
	_ Node = (*TupleTypeElem)(nil)
	_ Node = (*Comment)(nil)
	_ Node = (*File)(nil)
)

var litKindNames = [...]string{"int", "real", "char", "string", "utf8", "true", "false", "null"}

// String returns a short name of the literal kind.
func (k LitKind) String() string { return litKindNames[k] }

var initKindNames = [...]string{"object", "collection", "array", "complex", "with"}

// String returns a short name of the initializer kind.
func (k InitKind) String() string { return initKindNames[k] }

var constraintKindNames = [...]string{"type", "class", "struct", "new()", "unmanaged", "notnull", "default"}

// String returns the constraint's keyword ("type" for a type constraint).
func (k ConstraintKind) String() string { return constraintKindNames[k] }

var varianceNames = [...]string{"", "out", "in"}

// String returns the variance keyword ("" when invariant).
func (v Variance) String() string { return varianceNames[v] }
