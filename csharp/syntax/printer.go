package syntax

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Format prints a node as C# source text. Comments are not kept and
// layout is normalised; parsing the output gives the same tree (except for
// positions). Expressions print fully parenthesised only where needed to
// preserve the tree: parentheses that were in the source are *ParenExpr
// nodes and print as written.
func Format(n Node) string {
	var pr printer
	pr.node(n)
	return pr.b.String()
}

type printer struct {
	b      strings.Builder
	indent int
	full   bool // parenthesise every operator expression (for tests)
}

func (pr *printer) s(parts ...string) {
	for _, p := range parts {
		pr.b.WriteString(p)
	}
}

func (pr *printer) nl() {
	pr.b.WriteByte('\n')
	for i := 0; i < pr.indent; i++ {
		pr.b.WriteString("    ")
	}
}

func (pr *printer) node(n Node) {
	switch n := n.(type) {
	case nil:
	case *File:
		pr.file(n)
	case Decl:
		pr.decl(n)
	case Stmt:
		pr.stmt(n)
	case Expr:
		pr.expr(n)
	case Pattern:
		pr.pattern(n)
	case Designation:
		pr.designation(n)
	default:
		pr.s("/* ? */")
	}
}

func (pr *printer) file(f *File) {
	for _, e := range f.Externs {
		pr.s("extern alias ", e.Name.Name, ";")
		pr.nl()
	}
	for _, u := range f.Usings {
		pr.using(u)
		pr.nl()
	}
	for _, a := range f.Attrs {
		pr.attrList(a)
		pr.nl()
	}
	for _, d := range f.Decls {
		pr.decl(d)
		pr.nl()
	}
}

func (pr *printer) using(u *UsingDirective) {
	if u.Global {
		pr.s("global ")
	}
	pr.s("using ")
	if u.Static {
		pr.s("static ")
	}
	if u.Unsafe {
		pr.s("unsafe ")
	}
	if u.Alias != nil {
		pr.s(u.Alias.Name, " = ")
	}
	pr.expr(u.Name)
	pr.s(";")
}

func (pr *printer) attrList(a *AttributeList) {
	pr.s("[")
	if a.Target != "" {
		pr.s(a.Target, ": ")
	}
	for i, at := range a.Attrs {
		if i > 0 {
			pr.s(", ")
		}
		pr.expr(at.Name)
		if at.Args != nil {
			pr.args("(", at.Args, ")")
		}
	}
	pr.s("]")
}

func (pr *printer) attrs(list []*AttributeList, newline bool) {
	for _, a := range list {
		pr.attrList(a)
		if newline {
			pr.nl()
		} else {
			pr.s(" ")
		}
	}
}

func (pr *printer) mods(m Modifiers) {
	for _, x := range m.List {
		pr.s(x.Flag.String(), " ")
	}
	if len(m.List) == 0 && m.Flags != 0 {
		pr.s(m.Flags.String(), " ")
	}
}

func (pr *printer) typeParams(tps []*TypeParam) {
	if tps == nil {
		return
	}
	pr.s("<")
	for i, tp := range tps {
		if i > 0 {
			pr.s(", ")
		}
		pr.attrs(tp.Attrs, false)
		if tp.Variance != Invariant {
			pr.s(tp.Variance.String(), " ")
		}
		pr.s(identText(tp.Name))
	}
	pr.s(">")
}

func (pr *printer) constraints(cs []*Constraint) {
	for _, c := range cs {
		pr.s(" where ", identText(c.Param), " : ")
		for i, it := range c.Items {
			if i > 0 {
				pr.s(", ")
			}
			switch it.Kind {
			case TypeConstraint:
				pr.expr(it.Type)
			case ClassConstraint:
				pr.s("class")
				if it.Nullable {
					pr.s("?")
				}
			default:
				pr.s(it.Kind.String())
			}
		}
	}
}

func (pr *printer) params(pl *ParamList, open, close string) {
	pr.s(open)
	if pl != nil {
		for i, p := range pl.List {
			if i > 0 {
				pr.s(", ")
			}
			pr.param(p)
		}
	}
	pr.s(close)
}

func (pr *printer) param(p *Param) {
	pr.attrs(p.Attrs, false)
	if p.This {
		pr.s("this ")
	}
	if p.Params {
		pr.s("params ")
	}
	if p.Scoped {
		pr.s("scoped ")
	}
	if p.Mode != ByValue {
		pr.s(p.Mode.String(), " ")
	}
	if p.Type != nil {
		pr.expr(p.Type)
		pr.s(" ")
	}
	pr.s(identText(p.Name))
	if p.Default != nil {
		pr.s(" = ")
		pr.expr(p.Default)
	}
}

func (pr *printer) body(b *BlockStmt, x Expr) {
	switch {
	case b != nil:
		pr.nl()
		pr.stmt(b)
	case x != nil:
		pr.s(" => ")
		pr.expr(x)
		pr.s(";")
	default:
		pr.s(";")
	}
}

func (pr *printer) members(ds []Decl) {
	pr.nl()
	pr.s("{")
	pr.indent++
	for _, d := range ds {
		pr.nl()
		pr.decl(d)
	}
	pr.indent--
	pr.nl()
	pr.s("}")
}

func (pr *printer) memberName(iface Expr, name string) {
	if iface != nil {
		pr.expr(iface)
		pr.s(".")
	}
	pr.s(name)
}

func (pr *printer) decl(d Decl) {
	switch d := d.(type) {
	case *NamespaceDecl:
		pr.s("namespace ")
		pr.expr(d.Name)
		inner := func() {
			for _, e := range d.Externs {
				pr.nl()
				pr.s("extern alias ", e.Name.Name, ";")
			}
			for _, u := range d.Usings {
				pr.nl()
				pr.using(u)
			}
			for _, m := range d.Decls {
				pr.nl()
				pr.decl(m)
			}
		}
		if d.FileScoped {
			pr.s(";")
			inner()
			return
		}
		pr.nl()
		pr.s("{")
		pr.indent++
		inner()
		pr.indent--
		pr.nl()
		pr.s("}")
	case *TypeDecl:
		pr.attrs(d.Attrs, true)
		pr.mods(d.Mods)
		pr.s(d.Kind.String(), " ", identText(d.Name))
		pr.typeParams(d.TypeParams)
		if d.Params != nil {
			pr.params(d.Params, "(", ")")
		}
		for i, b := range d.Bases {
			if i == 0 {
				pr.s(" : ")
			} else {
				pr.s(", ")
			}
			pr.expr(b.Type)
			if b.Args != nil {
				pr.args("(", b.Args, ")")
			}
		}
		pr.constraints(d.Constraints)
		if d.Members == nil {
			pr.s(";")
			return
		}
		pr.members(d.Members)
	case *EnumDecl:
		pr.attrs(d.Attrs, true)
		pr.mods(d.Mods)
		pr.s("enum ", identText(d.Name))
		if d.Base != nil {
			pr.s(" : ")
			pr.expr(d.Base)
		}
		pr.nl()
		pr.s("{")
		pr.indent++
		for _, m := range d.Members {
			pr.nl()
			pr.attrs(m.Attrs, false)
			pr.s(identText(m.Name))
			if m.Value != nil {
				pr.s(" = ")
				pr.expr(m.Value)
			}
			pr.s(",")
		}
		pr.indent--
		pr.nl()
		pr.s("}")
	case *DelegateDecl:
		pr.attrs(d.Attrs, true)
		pr.mods(d.Mods)
		pr.s("delegate ")
		pr.expr(d.Result)
		pr.s(" ", identText(d.Name))
		pr.typeParams(d.TypeParams)
		pr.params(d.Params, "(", ")")
		pr.constraints(d.Constraints)
		pr.s(";")
	case *FieldDecl:
		pr.attrs(d.Attrs, true)
		pr.mods(d.Mods)
		pr.expr(d.Type)
		pr.s(" ")
		pr.vars(d.Vars)
		pr.s(";")
	case *PropertyDecl:
		pr.attrs(d.Attrs, true)
		pr.mods(d.Mods)
		pr.expr(d.Type)
		pr.s(" ")
		pr.memberName(d.Interface, identText(d.Name))
		if d.ExprBody != nil {
			pr.s(" => ")
			pr.expr(d.ExprBody)
			pr.s(";")
			return
		}
		pr.accessors(d.Accessors)
		if d.Init != nil {
			pr.s(" = ")
			pr.expr(d.Init)
			pr.s(";")
		}
	case *IndexerDecl:
		pr.attrs(d.Attrs, true)
		pr.mods(d.Mods)
		pr.expr(d.Type)
		pr.s(" ")
		pr.memberName(d.Interface, "this")
		pr.params(d.Params, "[", "]")
		if d.ExprBody != nil {
			pr.s(" => ")
			pr.expr(d.ExprBody)
			pr.s(";")
			return
		}
		pr.accessors(d.Accessors)
	case *EventDecl:
		pr.attrs(d.Attrs, true)
		pr.mods(d.Mods)
		pr.s("event ")
		pr.expr(d.Type)
		pr.s(" ")
		if d.Accessors != nil {
			pr.memberName(d.Interface, identText(d.Name))
			pr.accessors(d.Accessors)
			return
		}
		if d.Interface != nil {
			pr.expr(d.Interface)
			pr.s(".")
		}
		pr.vars(d.Vars)
		pr.s(";")
	case *MethodDecl:
		pr.method(d)
	case *ConstructorDecl:
		pr.attrs(d.Attrs, true)
		pr.mods(d.Mods)
		pr.s(identText(d.Name))
		pr.params(d.Params, "(", ")")
		if d.Init != nil {
			if d.Init.This {
				pr.s(" : this")
			} else {
				pr.s(" : base")
			}
			pr.args("(", d.Init.Args, ")")
		}
		pr.body(d.Body, d.ExprBody)
	case *DestructorDecl:
		pr.attrs(d.Attrs, true)
		pr.mods(d.Mods)
		pr.s("~", identText(d.Name), "()")
		pr.body(d.Body, d.ExprBody)
	case *OperatorDecl:
		pr.attrs(d.Attrs, true)
		pr.mods(d.Mods)
		pr.expr(d.Result)
		pr.s(" operator ")
		if d.Checked {
			pr.s("checked ")
		}
		pr.s(d.Op.String())
		pr.params(d.Params, "(", ")")
		pr.body(d.Body, d.ExprBody)
	case *ConversionOperatorDecl:
		pr.attrs(d.Attrs, true)
		m := d.Mods
		m.Flags &^= ModImplicit | ModExplicit
		pr.mods(m)
		if d.Implicit {
			pr.s("implicit operator ")
		} else {
			pr.s("explicit operator ")
		}
		if d.Checked {
			pr.s("checked ")
		}
		pr.expr(d.Type)
		pr.params(d.Params, "(", ")")
		pr.body(d.Body, d.ExprBody)
	case *GlobalStmt:
		pr.stmt(d.Stmt)
	case *BadDecl:
		pr.s("/* bad declaration */")
	}
}

func (pr *printer) method(d *MethodDecl) {
	pr.attrs(d.Attrs, true)
	pr.mods(d.Mods)
	pr.expr(d.Result)
	pr.s(" ")
	pr.memberName(d.Interface, identText(d.Name))
	pr.typeParams(d.TypeParams)
	pr.params(d.Params, "(", ")")
	pr.constraints(d.Constraints)
	pr.body(d.Body, d.ExprBody)
}

func (pr *printer) accessors(list []*Accessor) {
	pr.s(" { ")
	for _, a := range list {
		pr.attrs(a.Attrs, false)
		pr.mods(a.Mods)
		pr.s(a.Kind.String())
		switch {
		case a.Body != nil:
			pr.s(" ")
			pr.stmt(a.Body)
			pr.s(" ")
		case a.ExprBody != nil:
			pr.s(" => ")
			pr.expr(a.ExprBody)
			pr.s("; ")
		default:
			pr.s("; ")
		}
	}
	pr.s("}")
}

func (pr *printer) vars(vs []*VarDeclarator) {
	for i, v := range vs {
		if i > 0 {
			pr.s(", ")
		}
		pr.s(identText(v.Name))
		if v.ArraySize != nil {
			pr.s("[")
			pr.expr(v.ArraySize)
			pr.s("]")
		}
		if v.Init != nil {
			pr.s(" = ")
			pr.expr(v.Init)
		}
	}
}

// ---------------------------------------------------------------------------
// Statements

func (pr *printer) embedded(s Stmt) {
	if b, ok := s.(*BlockStmt); ok {
		pr.nl()
		pr.stmt(b)
		return
	}
	pr.indent++
	pr.nl()
	pr.stmt(s)
	pr.indent--
}

func (pr *printer) localDecl(d *LocalDeclStmt) {
	if d.Await {
		pr.s("await ")
	}
	if d.Using {
		pr.s("using ")
	}
	pr.mods(d.Mods)
	pr.expr(d.Type)
	pr.s(" ")
	pr.vars(d.Vars)
}

func (pr *printer) stmt(s Stmt) {
	switch s := s.(type) {
	case *BlockStmt:
		pr.s("{")
		pr.indent++
		for _, x := range s.Stmts {
			pr.nl()
			pr.stmt(x)
		}
		pr.indent--
		pr.nl()
		pr.s("}")
	case *EmptyStmt:
		pr.s(";")
	case *LocalDeclStmt:
		pr.localDecl(s)
		pr.s(";")
	case *LocalFuncStmt:
		pr.method(s.Func)
	case *ExprStmt:
		pr.expr(s.X)
		pr.s(";")
	case *IfStmt:
		pr.s("if (")
		pr.expr(s.Cond)
		pr.s(")")
		pr.embedded(s.Then)
		if s.Else != nil {
			pr.nl()
			pr.s("else")
			if _, ok := s.Else.(*IfStmt); ok {
				pr.s(" ")
				pr.stmt(s.Else)
			} else {
				pr.embedded(s.Else)
			}
		}
	case *SwitchStmt:
		pr.s("switch (")
		pr.expr(s.Tag)
		pr.s(")")
		pr.nl()
		pr.s("{")
		pr.indent++
		for _, sec := range s.Sections {
			for _, l := range sec.Labels {
				pr.nl()
				if l.Default {
					pr.s("default:")
					continue
				}
				pr.s("case ")
				pr.pattern(l.Pat)
				if l.When != nil {
					pr.s(" when ")
					pr.expr(l.When)
				}
				pr.s(":")
			}
			pr.indent++
			for _, x := range sec.Stmts {
				pr.nl()
				pr.stmt(x)
			}
			pr.indent--
		}
		pr.indent--
		pr.nl()
		pr.s("}")
	case *WhileStmt:
		pr.s("while (")
		pr.expr(s.Cond)
		pr.s(")")
		pr.embedded(s.Body)
	case *DoStmt:
		pr.s("do")
		pr.embedded(s.Body)
		pr.nl()
		pr.s("while (")
		pr.expr(s.Cond)
		pr.s(");")
	case *ForStmt:
		pr.s("for (")
		for i, x := range s.Init {
			if i > 0 {
				pr.s(", ")
			}
			switch x := x.(type) {
			case *LocalDeclStmt:
				pr.localDecl(x)
			case *ExprStmt:
				pr.expr(x.X)
			}
		}
		pr.s("; ")
		if s.Cond != nil {
			pr.expr(s.Cond)
		}
		pr.s("; ")
		for i, x := range s.Post {
			if i > 0 {
				pr.s(", ")
			}
			pr.expr(x)
		}
		pr.s(")")
		pr.embedded(s.Body)
	case *ForeachStmt:
		if s.Await {
			pr.s("await ")
		}
		pr.s("foreach (")
		if s.Ref {
			pr.s("ref ")
		}
		if s.Target != nil {
			pr.expr(s.Target)
		} else {
			pr.expr(s.Type)
			pr.s(" ", identText(s.Name))
		}
		pr.s(" in ")
		pr.expr(s.X)
		pr.s(")")
		pr.embedded(s.Body)
	case *BranchStmt:
		pr.s(s.Tok.String())
		switch {
		case s.Label != nil:
			pr.s(" ", identText(s.Label))
		case s.Case != nil:
			pr.s(" case ")
			pr.expr(s.Case)
		case s.Default:
			pr.s(" default")
		}
		pr.s(";")
	case *ReturnStmt:
		pr.s("return")
		if s.X != nil {
			pr.s(" ")
			pr.expr(s.X)
		}
		pr.s(";")
	case *ThrowStmt:
		pr.s("throw")
		if s.X != nil {
			pr.s(" ")
			pr.expr(s.X)
		}
		pr.s(";")
	case *YieldStmt:
		if s.Break {
			pr.s("yield break;")
			return
		}
		pr.s("yield return ")
		pr.expr(s.X)
		pr.s(";")
	case *LabeledStmt:
		pr.s(identText(s.Label), ":")
		pr.nl()
		pr.stmt(s.Stmt)
	case *TryStmt:
		pr.s("try")
		pr.nl()
		pr.stmt(s.Body)
		for _, c := range s.Catches {
			pr.nl()
			pr.s("catch")
			if c.Type != nil {
				pr.s(" (")
				pr.expr(c.Type)
				if c.Name != nil {
					pr.s(" ", identText(c.Name))
				}
				pr.s(")")
			}
			if c.Filter != nil {
				pr.s(" when (")
				pr.expr(c.Filter)
				pr.s(")")
			}
			pr.nl()
			pr.stmt(c.Body)
		}
		if s.Finally != nil {
			pr.nl()
			pr.s("finally")
			pr.nl()
			pr.stmt(s.Finally)
		}
	case *UsingStmt:
		if s.Await {
			pr.s("await ")
		}
		pr.s("using (")
		if s.Decl != nil {
			pr.localDecl(s.Decl)
		} else {
			pr.expr(s.X)
		}
		pr.s(")")
		pr.embedded(s.Body)
	case *LockStmt:
		pr.s("lock (")
		pr.expr(s.X)
		pr.s(")")
		pr.embedded(s.Body)
	case *CheckedStmt:
		if s.Unchecked {
			pr.s("unchecked")
		} else {
			pr.s("checked")
		}
		pr.nl()
		pr.stmt(s.Body)
	case *UnsafeStmt:
		pr.s("unsafe")
		pr.nl()
		pr.stmt(s.Body)
	case *FixedStmt:
		pr.s("fixed (")
		pr.localDecl(s.Decl)
		pr.s(")")
		pr.embedded(s.Body)
	case *BadStmt:
		pr.s("/* bad statement */;")
	}
}

// ---------------------------------------------------------------------------
// Expressions

var csKeywords = func() map[string]bool {
	m := map[string]bool{}
	for t := keywordBeg + 1; t < keywordEnd; t++ {
		m[t.String()] = true
	}
	return m
}()

// identText returns the identifier as source text, with @ for keywords.
func identText(id *Ident) string {
	if id == nil {
		return ""
	}
	if csKeywords[id.Name] || id.Verbatim {
		return "@" + id.Name
	}
	return id.Name
}

func (pr *printer) args(open string, args []*Arg, close string) {
	pr.s(open)
	for i, a := range args {
		if i > 0 {
			pr.s(", ")
		}
		pr.arg(a)
	}
	pr.s(close)
}

func (pr *printer) arg(a *Arg) {
	if a.Name != nil {
		pr.s(identText(a.Name), ": ")
	}
	if a.Mode != ByValue {
		pr.s(a.Mode.String(), " ")
	}
	pr.expr(a.X)
}

func (pr *printer) typeArgs(args []Expr) {
	pr.s("<")
	for i, a := range args {
		if i > 0 {
			pr.s(",")
			if _, om := a.(*OmittedExpr); !om {
				pr.s(" ")
			}
		}
		pr.expr(a)
	}
	pr.s(">")
}

func (pr *printer) init(in *InitializerExpr) {
	if in == nil {
		return
	}
	pr.s("{ ")
	for i, e := range in.Elems {
		if i > 0 {
			pr.s(", ")
		}
		pr.expr(e)
	}
	if len(in.Elems) > 0 {
		pr.s(" ")
	}
	pr.s("}")
}

func (pr *printer) expr(x Expr) {
	if pr.full {
		switch x.(type) {
		case *UnaryExpr, *PostfixExpr, *BinaryExpr, *AssignExpr, *CondExpr, *RangeExpr, *IsExpr,
			*AsExpr, *CastExpr, *LambdaExpr, *AwaitExpr, *SwitchExpr, *WithExpr, *ThrowExpr, *CondAccess:
			pr.s("(")
			defer pr.s(")")
		}
	}
	switch x := x.(type) {
	case nil:
	case *Ident:
		pr.s(identText(x))
		if x.TypeArgs != nil {
			pr.typeArgs(x.TypeArgs)
		}
	case *MemberAccess:
		pr.expr(x.X)
		if x.Arrow {
			pr.s("->")
		} else {
			pr.s(".")
		}
		pr.expr(x.Name)
	case *AliasQualified:
		pr.s(identText(x.Alias), "::")
		pr.expr(x.Name)
	case *PredefinedType:
		pr.s(x.Kw.String())
	case *ArrayType:
		// print the element type below all rank specifiers, then the specifiers outermost first
		var ranks []int
		var e Expr = x
		for {
			a, ok := e.(*ArrayType)
			if !ok {
				break
			}
			ranks = append(ranks, a.Rank)
			e = a.Elem
		}
		pr.expr(e)
		for _, r := range ranks {
			pr.s("[", strings.Repeat(",", r-1), "]")
		}
	case *NullableType:
		pr.expr(x.Elem)
		pr.s("?")
	case *PointerType:
		pr.expr(x.Elem)
		pr.s("*")
	case *TupleType:
		pr.s("(")
		for i, e := range x.Elems {
			if i > 0 {
				pr.s(", ")
			}
			pr.expr(e.Type)
			if e.Name != nil {
				pr.s(" ", identText(e.Name))
			}
		}
		pr.s(")")
	case *RefType:
		pr.s("ref ")
		if x.Readonly {
			pr.s("readonly ")
		}
		pr.expr(x.Elem)
	case *FuncPointerType:
		pr.s("delegate*<void>")
	case *OmittedExpr:
	case *BasicLit:
		pr.lit(x)
	case *InterpolatedString:
		pr.interp(x)
	case *ThisExpr:
		pr.s("this")
	case *BaseExpr:
		pr.s("base")
	case *ParenExpr:
		pr.s("(")
		pr.expr(x.X)
		pr.s(")")
	case *TupleExpr:
		pr.args("(", x.Elems, ")")
	case *DeclExpr:
		pr.expr(x.Type)
		pr.s(" ")
		pr.designation(x.Des)
	case *CallExpr:
		pr.expr(x.Fun)
		pr.args("(", x.Args, ")")
	case *IndexExpr:
		pr.expr(x.X)
		pr.args("[", x.Args, "]")
	case *CondAccess:
		pr.expr(x.X)
		pr.s("?")
		pr.expr(x.Body)
	case *MemberBinding:
		pr.s(".")
		pr.expr(x.Name)
	case *ElementBinding:
		pr.args("[", x.Args, "]")
	case *ImplicitElementAccess:
		pr.args("[", x.Args, "]")
	case *UnaryExpr:
		pr.s(x.Op.String())
		// avoid "- -x" becoming "--x" and "+ +x" becoming "++x"
		if u, ok := x.X.(*UnaryExpr); ok && (u.Op == x.Op || u.Op == INC && x.Op == PLUS || u.Op == DEC && x.Op == MINUS) {
			pr.s(" ")
		} else if l, ok := x.X.(*BasicLit); ok && x.Op == MINUS && strings.HasPrefix(l.Raw, "-") {
			pr.s(" ")
		}
		pr.expr(x.X)
	case *PostfixExpr:
		pr.expr(x.X)
		pr.s(x.Op.String())
	case *BinaryExpr:
		pr.expr(x.X)
		pr.s(" ", x.Op.String(), " ")
		pr.expr(x.Y)
	case *AssignExpr:
		pr.expr(x.X)
		pr.s(" ", x.Op.String(), " ")
		pr.expr(x.Y)
	case *CondExpr:
		pr.expr(x.Cond)
		pr.s(" ? ")
		pr.expr(x.Then)
		pr.s(" : ")
		pr.expr(x.Else)
	case *RangeExpr:
		pr.expr(x.Low)
		pr.s("..")
		pr.expr(x.High)
	case *IsExpr:
		pr.expr(x.X)
		pr.s(" is ")
		pr.pattern(x.Pat)
	case *AsExpr:
		pr.expr(x.X)
		pr.s(" as ")
		pr.expr(x.Type)
	case *CastExpr:
		pr.s("(")
		pr.expr(x.Type)
		pr.s(")")
		pr.expr(x.X)
	case *LambdaExpr:
		pr.attrs(x.Attrs, false)
		pr.mods(x.Mods)
		if x.Result != nil {
			pr.expr(x.Result)
			pr.s(" ")
		}
		if x.Parens {
			pr.params(x.Params, "(", ")")
		} else {
			pr.s(identText(x.Params.List[0].Name))
		}
		pr.s(" => ")
		if x.Body != nil {
			pr.stmt(x.Body)
		} else {
			pr.expr(x.ExprBody)
		}
	case *AnonMethodExpr:
		pr.mods(x.Mods)
		pr.s("delegate")
		if x.Params != nil {
			pr.params(x.Params, "(", ")")
		}
		pr.s(" ")
		pr.stmt(x.Body)
	case *ObjectCreation:
		pr.s("new")
		if x.Type != nil {
			pr.s(" ")
			pr.expr(x.Type)
		}
		if x.HasArgs {
			pr.args("(", x.Args, ")")
		}
		if x.Init != nil {
			pr.s(" ")
			pr.init(x.Init)
		}
	case *InitializerExpr:
		pr.init(x)
	case *ArrayCreation:
		pr.s("new ")
		var ranks []int
		var e Expr = x.Type
		for {
			a, ok := e.(*ArrayType)
			if !ok {
				break
			}
			ranks = append(ranks, a.Rank)
			e = a.Elem
		}
		pr.expr(e)
		if len(x.Sizes) > 0 {
			pr.s("[")
			for i, sz := range x.Sizes {
				if i > 0 {
					pr.s(", ")
				}
				pr.expr(sz)
			}
			pr.s("]")
		} else {
			pr.s("[", strings.Repeat(",", ranks[0]-1), "]")
		}
		for _, r := range ranks[1:] {
			pr.s("[", strings.Repeat(",", r-1), "]")
		}
		if x.Init != nil {
			pr.s(" ")
			pr.init(x.Init)
		}
	case *ImplicitArrayCreation:
		pr.s("new[", strings.Repeat(",", x.Rank-1), "] ")
		pr.init(x.Init)
	case *StackAllocExpr:
		pr.s("stackalloc ")
		pr.expr(x.Type)
		pr.s("[")
		pr.expr(x.Size)
		pr.s("]")
		if x.Init != nil {
			pr.s(" ")
			pr.init(x.Init)
		}
	case *AnonObjectCreation:
		pr.s("new { ")
		for i, m := range x.Members {
			if i > 0 {
				pr.s(", ")
			}
			if m.Name != nil {
				pr.s(identText(m.Name), " = ")
			}
			pr.expr(m.X)
		}
		pr.s(" }")
	case *CollectionExpr:
		pr.s("[")
		for i, e := range x.Elems {
			if i > 0 {
				pr.s(", ")
			}
			pr.expr(e)
		}
		pr.s("]")
	case *SpreadElem:
		pr.s("..")
		pr.expr(x.X)
	case *TypeOfExpr:
		pr.s("typeof(")
		pr.expr(x.Type)
		pr.s(")")
	case *SizeOfExpr:
		pr.s("sizeof(")
		pr.expr(x.Type)
		pr.s(")")
	case *DefaultExpr:
		pr.s("default")
		if x.Type != nil {
			pr.s("(")
			pr.expr(x.Type)
			pr.s(")")
		}
	case *CheckedExpr:
		if x.Unchecked {
			pr.s("unchecked(")
		} else {
			pr.s("checked(")
		}
		pr.expr(x.X)
		pr.s(")")
	case *AwaitExpr:
		pr.s("await ")
		pr.expr(x.X)
	case *ThrowExpr:
		pr.s("throw ")
		pr.expr(x.X)
	case *WithExpr:
		pr.expr(x.X)
		pr.s(" with ")
		pr.init(x.Init)
	case *RefExpr:
		pr.s("ref ")
		pr.expr(x.X)
	case *SwitchExpr:
		pr.expr(x.X)
		pr.s(" switch { ")
		for i, a := range x.Arms {
			if i > 0 {
				pr.s(", ")
			}
			pr.pattern(a.Pat)
			if a.When != nil {
				pr.s(" when ")
				pr.expr(a.When)
			}
			pr.s(" => ")
			pr.expr(a.Body)
		}
		pr.s(" }")
	case *QueryExpr:
		for i, c := range x.Clauses {
			if i > 0 {
				pr.s(" ")
			}
			pr.queryClause(c)
		}
	case *BadExpr:
		pr.s("/* bad expression */")
	}
}

func (pr *printer) queryClause(c QueryClause) {
	switch c := c.(type) {
	case *FromClause:
		pr.s("from ")
		if c.Type != nil {
			pr.expr(c.Type)
			pr.s(" ")
		}
		pr.s(identText(c.Name), " in ")
		pr.expr(c.X)
	case *LetClause:
		pr.s("let ", identText(c.Name), " = ")
		pr.expr(c.X)
	case *WhereClause:
		pr.s("where ")
		pr.expr(c.Cond)
	case *JoinClause:
		pr.s("join ")
		if c.Type != nil {
			pr.expr(c.Type)
			pr.s(" ")
		}
		pr.s(identText(c.Name), " in ")
		pr.expr(c.X)
		pr.s(" on ")
		pr.expr(c.Left)
		pr.s(" equals ")
		pr.expr(c.Right)
		if c.Into != nil {
			pr.s(" into ", identText(c.Into))
		}
	case *OrderByClause:
		pr.s("orderby ")
		for i, o := range c.Orderings {
			if i > 0 {
				pr.s(", ")
			}
			pr.expr(o.X)
			if o.Descending {
				pr.s(" descending")
			}
		}
	case *SelectClause:
		pr.s("select ")
		pr.expr(c.X)
	case *GroupClause:
		pr.s("group ")
		pr.expr(c.X)
		pr.s(" by ")
		pr.expr(c.By)
	case *IntoClause:
		pr.s("into ", identText(c.Name))
	}
}

func (pr *printer) lit(x *BasicLit) {
	switch x.Kind {
	case TrueLit:
		pr.s("true")
	case FalseLit:
		pr.s("false")
	case NullLit:
		pr.s("null")
	case IntLit, RealLit:
		if x.Raw != "" {
			pr.s(x.Raw)
			return
		}
		if x.Kind == IntLit {
			pr.s(strconv.FormatUint(x.Int, 10), x.Suffix)
		} else {
			pr.s(x.Value, x.Suffix)
		}
	case CharLit:
		pr.s("'", escapeCS(x.Value, '\''), "'")
	case StringLit, UTF8Lit:
		pr.s("\"", escapeCS(x.Value, '"'), "\"")
		if x.Kind == UTF8Lit {
			pr.s("u8")
		}
	}
}

// escapeCS escapes s for a regular C# string or char literal.
func escapeCS(s string, quote byte) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 && i+3 <= len(s) && s[i] == 0xED {
			// lone surrogate kept as WTF-8
			v := rune(s[i]&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			b.WriteString("\\u" + strings.ToUpper(strconv.FormatInt(int64(0x10000+v), 16)[1:]))
			i += 3
			continue
		}
		i += w
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == rune(quote):
			b.WriteByte('\\')
			b.WriteByte(quote)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == 0:
			b.WriteString(`\0`)
		case r < 0x20 || r == 0x85 || r == 0x2028 || r == 0x2029:
			b.WriteString("\\u" + strings.ToUpper(strconv.FormatInt(int64(0x10000+r), 16)[1:]))
		case r > 0xFFFF:
			b.WriteString("\\U" + strings.ToUpper(strconv.FormatInt(int64(0x100000000+int64(r)), 16)[1:]))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func (pr *printer) interp(x *InterpolatedString) {
	pr.s("$\"")
	for _, p := range x.Parts {
		if p.X == nil {
			t := escapeCS(p.Text, '"')
			t = strings.ReplaceAll(t, "{", "{{")
			t = strings.ReplaceAll(t, "}", "}}")
			pr.s(t)
			continue
		}
		pr.s("{")
		// a conditional in a hole must be parenthesised (the ':' would start the format)
		if _, ok := p.X.(*CondExpr); ok {
			pr.s("(")
			pr.expr(p.X)
			pr.s(")")
		} else {
			pr.expr(p.X)
		}
		if p.Align != nil {
			pr.s(",")
			pr.expr(p.Align)
		}
		if p.HasFmt {
			pr.s(":", escapeCS(p.Format, '"'))
		}
		pr.s("}")
	}
	pr.s("\"")
	if x.UTF8 {
		pr.s("u8")
	}
}

// ---------------------------------------------------------------------------
// Patterns

func (pr *printer) subpatterns(open string, list []*Subpattern, close string) {
	pr.s(open)
	for i, sp := range list {
		if i > 0 {
			pr.s(", ")
		}
		if sp.Name != nil {
			pr.expr(sp.Name)
			pr.s(": ")
		}
		pr.pattern(sp.Pat)
	}
	pr.s(close)
}

func (pr *printer) pattern(p Pattern) {
	switch p := p.(type) {
	case *DiscardPattern:
		pr.s("_")
	case *TypePattern:
		pr.expr(p.Type)
	case *ConstantPattern:
		pr.expr(p.X)
	case *DeclPattern:
		pr.expr(p.Type)
		pr.s(" ")
		pr.designation(p.Des)
	case *VarPattern:
		pr.s("var ")
		pr.designation(p.Des)
	case *RelationalPattern:
		pr.s(p.Op.String(), " ")
		pr.expr(p.X)
	case *NotPattern:
		pr.s("not ")
		pr.pattern(p.Pat)
	case *BinaryPattern:
		pr.pattern(p.X)
		if p.Or {
			pr.s(" or ")
		} else {
			pr.s(" and ")
		}
		pr.pattern(p.Y)
	case *ParenPattern:
		pr.s("(")
		pr.pattern(p.Pat)
		pr.s(")")
	case *RecursivePattern:
		if p.Type != nil {
			pr.expr(p.Type)
		}
		if p.HasPos {
			pr.subpatterns("(", p.Positional, ")")
		}
		if p.HasProps {
			if p.Type != nil || p.HasPos {
				pr.s(" ")
			}
			pr.subpatterns("{ ", p.Properties, " }")
		}
		if p.Des != nil {
			pr.s(" ")
			pr.designation(p.Des)
		}
	case *ListPattern:
		pr.s("[")
		for i, e := range p.Elems {
			if i > 0 {
				pr.s(", ")
			}
			pr.pattern(e)
		}
		pr.s("]")
		if p.Des != nil {
			pr.s(" ")
			pr.designation(p.Des)
		}
	case *SlicePattern:
		pr.s("..")
		if p.Pat != nil {
			pr.pattern(p.Pat)
		}
	case *BadPattern:
		pr.s("/* bad pattern */")
	}
}

func (pr *printer) designation(d Designation) {
	switch d := d.(type) {
	case *SingleDesignation:
		pr.s(identText(d.Name))
	case *DiscardDesignation:
		pr.s("_")
	case *ParenDesignation:
		pr.s("(")
		for i, x := range d.List {
			if i > 0 {
				pr.s(", ")
			}
			pr.designation(x)
		}
		pr.s(")")
	}
}
