package syntax

// Inspect traverses the tree rooted at n in depth-first order: it calls
// f(n); if f returns true, Inspect visits n's children in source order,
// then calls f(nil) (as go/ast.Inspect does, so that f can track depth).
// Nil children are skipped. Interpolation holes, patterns, designations,
// attributes and query clauses are visited too.
func Inspect(n Node, f func(Node) bool) {
	if n == nil || isNilNode(n) {
		return
	}
	if !f(n) {
		return
	}
	walkChildren(n, f)
	f(nil)
}

// isNilNode reports whether n is a typed nil pointer.
func isNilNode(n Node) bool {
	switch n := n.(type) {
	case *Ident:
		return n == nil
	case *BlockStmt:
		return n == nil
	case *InitializerExpr:
		return n == nil
	case *ParamList:
		return n == nil
	case *ArrayType:
		return n == nil
	case *BasicLit:
		return n == nil
	case *LocalDeclStmt:
		return n == nil
	case *ConstructorInit:
		return n == nil
	case *MethodDecl:
		return n == nil
	}
	return false
}

func walkExprs(list []Expr, f func(Node) bool) {
	for _, x := range list {
		if x != nil {
			Inspect(x, f)
		}
	}
}

func walkArgs(list []*Arg, f func(Node) bool) {
	for _, a := range list {
		Inspect(a, f)
	}
}

func walkAttrs(list []*AttributeList, f func(Node) bool) {
	for _, a := range list {
		Inspect(a, f)
	}
}

func walkTypeParams(list []*TypeParam, f func(Node) bool) {
	for _, tp := range list {
		Inspect(tp, f)
	}
}

func walkConstraints(list []*Constraint, f func(Node) bool) {
	for _, c := range list {
		Inspect(c, f)
	}
}

func walkVars(list []*VarDeclarator, f func(Node) bool) {
	for _, v := range list {
		Inspect(v, f)
	}
}

func walkAccessors(list []*Accessor, f func(Node) bool) {
	for _, a := range list {
		Inspect(a, f)
	}
}

func walkStmts(list []Stmt, f func(Node) bool) {
	for _, s := range list {
		if s != nil {
			Inspect(s, f)
		}
	}
}

func walkDecls(list []Decl, f func(Node) bool) {
	for _, d := range list {
		if d != nil {
			Inspect(d, f)
		}
	}
}

func walkSubpatterns(list []*Subpattern, f func(Node) bool) {
	for _, sp := range list {
		Inspect(sp, f)
	}
}

// opt visits n if it is not nil (interfaces holding nil are skipped).
func opt(n Node, f func(Node) bool) {
	if n != nil {
		Inspect(n, f)
	}
}

func optExpr(x Expr, f func(Node) bool) {
	if x != nil {
		Inspect(x, f)
	}
}

func optStmt(s Stmt, f func(Node) bool) {
	if s != nil {
		Inspect(s, f)
	}
}

func optPat(p Pattern, f func(Node) bool) {
	if p != nil {
		Inspect(p, f)
	}
}

func optDes(d Designation, f func(Node) bool) {
	if d != nil {
		Inspect(d, f)
	}
}

func walkChildren(n Node, f func(Node) bool) {
	switch n := n.(type) {
	case *File:
		for _, e := range n.Externs {
			Inspect(e, f)
		}
		for _, u := range n.Usings {
			Inspect(u, f)
		}
		walkAttrs(n.Attrs, f)
		walkDecls(n.Decls, f)
	case *Comment, *ExternAlias:
		if e, ok := n.(*ExternAlias); ok {
			Inspect(e.Name, f)
		}
	case *UsingDirective:
		opt(n.Alias, f)
		optExpr(n.Name, f)
	case *NamespaceDecl:
		optExpr(n.Name, f)
		for _, e := range n.Externs {
			Inspect(e, f)
		}
		for _, u := range n.Usings {
			Inspect(u, f)
		}
		walkDecls(n.Decls, f)
	case *AttributeList:
		for _, a := range n.Attrs {
			Inspect(a, f)
		}
	case *Attribute:
		optExpr(n.Name, f)
		walkArgs(n.Args, f)
	case *TypeDecl:
		walkAttrs(n.Attrs, f)
		Inspect(n.Name, f)
		walkTypeParams(n.TypeParams, f)
		opt(n.Params, f)
		for _, b := range n.Bases {
			Inspect(b, f)
		}
		walkConstraints(n.Constraints, f)
		walkDecls(n.Members, f)
	case *BaseType:
		optExpr(n.Type, f)
		walkArgs(n.Args, f)
	case *TypeParam:
		walkAttrs(n.Attrs, f)
		Inspect(n.Name, f)
	case *Constraint:
		Inspect(n.Param, f)
		for _, it := range n.Items {
			Inspect(it, f)
		}
	case *ConstraintItem:
		optExpr(n.Type, f)
	case *ParamList:
		for _, p := range n.List {
			Inspect(p, f)
		}
	case *Param:
		walkAttrs(n.Attrs, f)
		optExpr(n.Type, f)
		Inspect(n.Name, f)
		optExpr(n.Default, f)
	case *EnumDecl:
		walkAttrs(n.Attrs, f)
		Inspect(n.Name, f)
		optExpr(n.Base, f)
		for _, m := range n.Members {
			Inspect(m, f)
		}
	case *EnumMember:
		walkAttrs(n.Attrs, f)
		Inspect(n.Name, f)
		optExpr(n.Value, f)
	case *DelegateDecl:
		walkAttrs(n.Attrs, f)
		optExpr(n.Result, f)
		Inspect(n.Name, f)
		walkTypeParams(n.TypeParams, f)
		opt(n.Params, f)
		walkConstraints(n.Constraints, f)
	case *FieldDecl:
		walkAttrs(n.Attrs, f)
		optExpr(n.Type, f)
		walkVars(n.Vars, f)
	case *VarDeclarator:
		Inspect(n.Name, f)
		optExpr(n.ArraySize, f)
		optExpr(n.Init, f)
	case *PropertyDecl:
		walkAttrs(n.Attrs, f)
		optExpr(n.Type, f)
		optExpr(n.Interface, f)
		Inspect(n.Name, f)
		walkAccessors(n.Accessors, f)
		optExpr(n.ExprBody, f)
		optExpr(n.Init, f)
	case *Accessor:
		walkAttrs(n.Attrs, f)
		opt(n.Body, f)
		optExpr(n.ExprBody, f)
	case *IndexerDecl:
		walkAttrs(n.Attrs, f)
		optExpr(n.Type, f)
		optExpr(n.Interface, f)
		opt(n.Params, f)
		walkAccessors(n.Accessors, f)
		optExpr(n.ExprBody, f)
	case *EventDecl:
		walkAttrs(n.Attrs, f)
		optExpr(n.Type, f)
		optExpr(n.Interface, f)
		walkVars(n.Vars, f)
		opt(n.Name, f)
		walkAccessors(n.Accessors, f)
	case *MethodDecl:
		walkAttrs(n.Attrs, f)
		optExpr(n.Result, f)
		optExpr(n.Interface, f)
		Inspect(n.Name, f)
		walkTypeParams(n.TypeParams, f)
		opt(n.Params, f)
		walkConstraints(n.Constraints, f)
		opt(n.Body, f)
		optExpr(n.ExprBody, f)
	case *ConstructorDecl:
		walkAttrs(n.Attrs, f)
		Inspect(n.Name, f)
		opt(n.Params, f)
		opt(n.Init, f)
		opt(n.Body, f)
		optExpr(n.ExprBody, f)
	case *ConstructorInit:
		walkArgs(n.Args, f)
	case *DestructorDecl:
		walkAttrs(n.Attrs, f)
		Inspect(n.Name, f)
		opt(n.Body, f)
		optExpr(n.ExprBody, f)
	case *OperatorDecl:
		walkAttrs(n.Attrs, f)
		optExpr(n.Result, f)
		opt(n.Params, f)
		opt(n.Body, f)
		optExpr(n.ExprBody, f)
	case *ConversionOperatorDecl:
		walkAttrs(n.Attrs, f)
		optExpr(n.Type, f)
		opt(n.Params, f)
		opt(n.Body, f)
		optExpr(n.ExprBody, f)
	case *GlobalStmt:
		optStmt(n.Stmt, f)

	// statements
	case *BlockStmt:
		walkStmts(n.Stmts, f)
	case *LocalDeclStmt:
		optExpr(n.Type, f)
		walkVars(n.Vars, f)
	case *LocalFuncStmt:
		opt(n.Func, f)
	case *ExprStmt:
		optExpr(n.X, f)
	case *IfStmt:
		optExpr(n.Cond, f)
		optStmt(n.Then, f)
		optStmt(n.Else, f)
	case *SwitchStmt:
		optExpr(n.Tag, f)
		for _, s := range n.Sections {
			Inspect(s, f)
		}
	case *SwitchSection:
		for _, l := range n.Labels {
			Inspect(l, f)
		}
		walkStmts(n.Stmts, f)
	case *CaseLabel:
		optPat(n.Pat, f)
		optExpr(n.When, f)
	case *WhileStmt:
		optExpr(n.Cond, f)
		optStmt(n.Body, f)
	case *DoStmt:
		optStmt(n.Body, f)
		optExpr(n.Cond, f)
	case *ForStmt:
		walkStmts(n.Init, f)
		optExpr(n.Cond, f)
		walkExprs(n.Post, f)
		optStmt(n.Body, f)
	case *ForeachStmt:
		optExpr(n.Type, f)
		opt(n.Name, f)
		optExpr(n.Target, f)
		optExpr(n.X, f)
		optStmt(n.Body, f)
	case *BranchStmt:
		opt(n.Label, f)
		optExpr(n.Case, f)
	case *ReturnStmt:
		optExpr(n.X, f)
	case *ThrowStmt:
		optExpr(n.X, f)
	case *YieldStmt:
		optExpr(n.X, f)
	case *LabeledStmt:
		Inspect(n.Label, f)
		optStmt(n.Stmt, f)
	case *TryStmt:
		opt(n.Body, f)
		for _, c := range n.Catches {
			Inspect(c, f)
		}
		opt(n.Finally, f)
	case *CatchClause:
		optExpr(n.Type, f)
		opt(n.Name, f)
		optExpr(n.Filter, f)
		opt(n.Body, f)
	case *UsingStmt:
		opt(n.Decl, f)
		optExpr(n.X, f)
		optStmt(n.Body, f)
	case *LockStmt:
		optExpr(n.X, f)
		optStmt(n.Body, f)
	case *CheckedStmt:
		opt(n.Body, f)
	case *UnsafeStmt:
		opt(n.Body, f)
	case *FixedStmt:
		opt(n.Decl, f)
		optStmt(n.Body, f)

	// expressions
	case *Ident:
		walkExprs(n.TypeArgs, f)
	case *MemberAccess:
		optExpr(n.X, f)
		Inspect(n.Name, f)
	case *AliasQualified:
		Inspect(n.Alias, f)
		Inspect(n.Name, f)
	case *ArrayType:
		optExpr(n.Elem, f)
	case *NullableType:
		optExpr(n.Elem, f)
	case *PointerType:
		optExpr(n.Elem, f)
	case *TupleType:
		for _, e := range n.Elems {
			Inspect(e, f)
		}
	case *TupleTypeElem:
		optExpr(n.Type, f)
		opt(n.Name, f)
	case *RefType:
		optExpr(n.Elem, f)
	case *InterpolatedString:
		for _, p := range n.Parts {
			Inspect(p, f)
		}
	case *InterpPart:
		optExpr(n.X, f)
		optExpr(n.Align, f)
	case *ParenExpr:
		optExpr(n.X, f)
	case *TupleExpr:
		walkArgs(n.Elems, f)
	case *Arg:
		opt(n.Name, f)
		optExpr(n.X, f)
	case *DeclExpr:
		optExpr(n.Type, f)
		optDes(n.Des, f)
	case *SingleDesignation:
		Inspect(n.Name, f)
	case *ParenDesignation:
		for _, d := range n.List {
			optDes(d, f)
		}
	case *CallExpr:
		optExpr(n.Fun, f)
		walkArgs(n.Args, f)
	case *IndexExpr:
		optExpr(n.X, f)
		walkArgs(n.Args, f)
	case *CondAccess:
		optExpr(n.X, f)
		optExpr(n.Body, f)
	case *MemberBinding:
		Inspect(n.Name, f)
	case *ElementBinding:
		walkArgs(n.Args, f)
	case *ImplicitElementAccess:
		walkArgs(n.Args, f)
	case *UnaryExpr:
		optExpr(n.X, f)
	case *PostfixExpr:
		optExpr(n.X, f)
	case *BinaryExpr:
		optExpr(n.X, f)
		optExpr(n.Y, f)
	case *AssignExpr:
		optExpr(n.X, f)
		optExpr(n.Y, f)
	case *CondExpr:
		optExpr(n.Cond, f)
		optExpr(n.Then, f)
		optExpr(n.Else, f)
	case *RangeExpr:
		optExpr(n.Low, f)
		optExpr(n.High, f)
	case *IsExpr:
		optExpr(n.X, f)
		optPat(n.Pat, f)
	case *AsExpr:
		optExpr(n.X, f)
		optExpr(n.Type, f)
	case *CastExpr:
		optExpr(n.Type, f)
		optExpr(n.X, f)
	case *LambdaExpr:
		walkAttrs(n.Attrs, f)
		optExpr(n.Result, f)
		opt(n.Params, f)
		opt(n.Body, f)
		optExpr(n.ExprBody, f)
	case *AnonMethodExpr:
		opt(n.Params, f)
		opt(n.Body, f)
	case *ObjectCreation:
		optExpr(n.Type, f)
		walkArgs(n.Args, f)
		opt(n.Init, f)
	case *InitializerExpr:
		walkExprs(n.Elems, f)
	case *ArrayCreation:
		opt(n.Type, f)
		walkExprs(n.Sizes, f)
		opt(n.Init, f)
	case *ImplicitArrayCreation:
		opt(n.Init, f)
	case *StackAllocExpr:
		optExpr(n.Type, f)
		optExpr(n.Size, f)
		opt(n.Init, f)
	case *AnonObjectCreation:
		for _, m := range n.Members {
			Inspect(m, f)
		}
	case *AnonMember:
		opt(n.Name, f)
		optExpr(n.X, f)
	case *CollectionExpr:
		walkExprs(n.Elems, f)
	case *SpreadElem:
		optExpr(n.X, f)
	case *TypeOfExpr:
		optExpr(n.Type, f)
	case *SizeOfExpr:
		optExpr(n.Type, f)
	case *DefaultExpr:
		optExpr(n.Type, f)
	case *CheckedExpr:
		optExpr(n.X, f)
	case *AwaitExpr:
		optExpr(n.X, f)
	case *ThrowExpr:
		optExpr(n.X, f)
	case *WithExpr:
		optExpr(n.X, f)
		opt(n.Init, f)
	case *RefExpr:
		optExpr(n.X, f)
	case *SwitchExpr:
		optExpr(n.X, f)
		for _, a := range n.Arms {
			Inspect(a, f)
		}
	case *SwitchArm:
		optPat(n.Pat, f)
		optExpr(n.When, f)
		optExpr(n.Body, f)
	case *QueryExpr:
		for _, c := range n.Clauses {
			Inspect(c, f)
		}
	case *FromClause:
		optExpr(n.Type, f)
		Inspect(n.Name, f)
		optExpr(n.X, f)
	case *LetClause:
		Inspect(n.Name, f)
		optExpr(n.X, f)
	case *WhereClause:
		optExpr(n.Cond, f)
	case *JoinClause:
		optExpr(n.Type, f)
		Inspect(n.Name, f)
		optExpr(n.X, f)
		optExpr(n.Left, f)
		optExpr(n.Right, f)
		opt(n.Into, f)
	case *OrderByClause:
		for _, o := range n.Orderings {
			Inspect(o, f)
		}
	case *Ordering:
		optExpr(n.X, f)
	case *SelectClause:
		optExpr(n.X, f)
	case *GroupClause:
		optExpr(n.X, f)
		optExpr(n.By, f)
	case *IntoClause:
		Inspect(n.Name, f)

	// patterns
	case *TypePattern:
		optExpr(n.Type, f)
	case *ConstantPattern:
		optExpr(n.X, f)
	case *DeclPattern:
		optExpr(n.Type, f)
		optDes(n.Des, f)
	case *VarPattern:
		optDes(n.Des, f)
	case *RelationalPattern:
		optExpr(n.X, f)
	case *NotPattern:
		optPat(n.Pat, f)
	case *BinaryPattern:
		optPat(n.X, f)
		optPat(n.Y, f)
	case *ParenPattern:
		optPat(n.Pat, f)
	case *RecursivePattern:
		optExpr(n.Type, f)
		walkSubpatterns(n.Positional, f)
		walkSubpatterns(n.Properties, f)
		optDes(n.Des, f)
	case *ListPattern:
		for _, e := range n.Elems {
			optPat(e, f)
		}
		optDes(n.Des, f)
	case *SlicePattern:
		optPat(n.Pat, f)
	case *Subpattern:
		optExpr(n.Name, f)
		optPat(n.Pat, f)
	}
}
