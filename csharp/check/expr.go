package check

import (
	"strings"

	"rpbench/csharp/syntax"
)

// opMode is what an expression denotes.
type opMode uint8

const (
	mValue  opMode = iota // a value of type t (tVoid for a void call)
	mType                 // a type
	mNS                   // a namespace
	mGroup                // a method group
	mLambda               // a lambda or anonymous method without a target type
)

// operand is the result of binding an expression.
type operand struct {
	mode   opMode
	t      *ty
	ns     string
	cands  []cand
	name   string      // method group name (for messages)
	recv   *ty         // method group receiver type
	inst   bool        // the group was reached through an instance
	targs  []*ty       // explicit type arguments of the group
	node   syntax.Expr // lambda
	cnst   bool        // a constant expression (integral narrowing allowed)
	interp bool        // an interpolated string
	loc    *local
	member *memberSym // the field/property/event denoted
	via    *ty        // the receiver type member was reached through (instance members)
	simple bool       // a simple name (for the Color Color rule)
}

func val(t *ty) operand { return operand{mode: mValue, t: t} }

var unknownOp = operand{mode: mValue, t: tUnknown}

// value binds e as a value and returns its type.
func (b *binder) value(e syntax.Expr, want *ty) *ty {
	return b.valueOf(b.expr(e, want), e)
}

// valueOf reports an operand that is not a value and returns its type.
func (b *binder) valueOf(op operand, e syntax.Expr) *ty {
	switch op.mode {
	case mType:
		if !isUnknown(op.t) {
			b.c.errorf(e.Pos(), "CS0119", "'%s' is a type, which is not valid in the given context", op.t)
		}
		return tUnknown
	case mNS:
		b.c.errorf(e.Pos(), "CS0118", "'%s' is a namespace but is used like a variable", op.ns)
		return tUnknown
	case mGroup, mLambda:
		return tUnknown
	}
	if op.t == nil {
		return tUnknown
	}
	if !b.lhs && !b.gettable(op, e) {
		return tUnknown
	}
	if m := op.member; m != nil && m.Kind == mConst && b.c.report {
		if b.c.constRefs == nil {
			b.c.constRefs = map[syntax.Expr]*memberSym{}
		}
		b.c.constRefs[e] = m // for the flow pass's constant conditions
	}
	return op.t
}

// gettable reports CS0154 when op is a user property without a get accessor.
func (b *binder) gettable(op operand, e syntax.Expr) bool {
	m := op.member
	if m == nil || m.Kind != mProperty || m.HasGet || m.Mods&(syntax.ModOverride|syntax.ModExtern) != 0 || m.Owner == nil || !m.Owner.User {
		return true
	}
	b.c.errorf(e.Pos(), "CS0154", "The property or indexer '%s.%s' cannot be used in this context because it lacks the get accessor", m.Owner.selfType(), m.Name)
	return false
}

// assignTo binds e as a value converted to target (reporting CS0029/CS0266).
func (b *binder) assignTo(target *ty, e syntax.Expr) {
	op := b.expr(e, target)
	b.convertOp(op, target, e)
}

func (b *binder) convertOp(op operand, target *ty, e syntax.Expr) {
	switch op.mode {
	case mLambda:
		if target != nil && !isUnknown(target) && target.kind == kNamed && target.sym.Kind != symDelegate && !isSys(target, "Delegate") && !isObject(target) && !strings.HasPrefix(target.sym.Name, "Expression") {
			b.c.errorf(e.Pos(), "CS1660", "Cannot convert lambda expression to type '%s' because it is not a delegate type", target)
		}
		return
	case mGroup:
		if target != nil && !isUnknown(target) && (isValueType(target) || isString(target)) && len(op.cands) > 0 && op.cands[0].m.Kind == mMethod {
			b.c.errorf(e.Pos(), "CS0428", "Cannot convert method group '%s' to non-delegate type '%s'. Did you intend to invoke the method?", op.name, target)
		}
		return
	}
	t := b.valueOf(op, e)
	if target == nil || isUnknown(t) || isUnknown(target) {
		return
	}
	if t.kind == kVoid {
		b.c.errorf(e.Pos(), "CS0029", "Cannot implicitly convert type 'void' to '%s'", target)
		return
	}
	if v, ok := intLiteral(e); ok && v != 0 && target.kind == kNamed && target.sym.Kind == symEnum && numKind(t) != nNone {
		b.c.errorf(e.Pos(), "CS0266", "Cannot implicitly convert type '%s' to '%s'. An explicit conversion exists (are you missing a cast?)", t, target)
		return
	}
	if v, ok := intLiteral(e); ok && numKind(t) == nInt && !fitsConst(v, numKind(target)) {
		b.c.errorf(e.Pos(), "CS0031", "Constant value '%d' cannot be converted to a '%s'", v, target)
		return
	}
	if !b.c.convertible(t, target, &op) {
		if lit, ok := unparen(e).(*syntax.BasicLit); ok && lit.Kind == syntax.RealLit && numKind(t) == nDouble {
			switch numKind(target) {
			case nFloat:
				b.c.errorf(e.Pos(), "CS0664", "Literal of type double cannot be implicitly converted to type 'float'; use an 'F' suffix to create a literal of this type")
				return
			case nDecimal:
				b.c.errorf(e.Pos(), "CS0664", "Literal of type double cannot be implicitly converted to type 'decimal'; use an 'M' suffix to create a literal of this type")
				return
			}
		}
		b.c.reportConv(e.Pos(), t, target, &op)
	}
}

// intLiteral returns the value of an integer literal, possibly negated.
func intLiteral(e syntax.Expr) (int64, bool) {
	e = unparen(e)
	neg := false
	if u, ok := e.(*syntax.UnaryExpr); ok && u.Op == syntax.MINUS {
		neg, e = true, unparen(u.X)
	}
	l, ok := e.(*syntax.BasicLit)
	if !ok || l.Kind != syntax.IntLit || l.Suffix != "" || l.Int > 0x7FFFFFFF {
		return 0, false
	}
	v := int64(l.Int)
	if neg {
		v = -v
	}
	return v, true
}

// fitsConst reports whether the int constant v converts implicitly to the
// numeric kind k (kinds an int does not convert to at all answer true: the
// conversion check reports those).
func fitsConst(v int64, k int) bool {
	switch k {
	case nSByte:
		return v >= -128 && v <= 127
	case nByte:
		return v >= 0 && v <= 255
	case nShort:
		return v >= -32768 && v <= 32767
	case nUShort:
		return v >= 0 && v <= 65535
	case nChar:
		return false
	case nUInt, nULong:
		return v >= 0
	}
	return true
}

func unparen(e syntax.Expr) syntax.Expr {
	for {
		p, ok := e.(*syntax.ParenExpr)
		if !ok {
			return e
		}
		e = p.X
	}
}

func (b *binder) special(n string) *ty {
	if t := b.c.special(n); t != nil {
		return t
	}
	return tUnknown
}

// expr binds e with an optional target type.
func (b *binder) expr(e syntax.Expr, want *ty) operand {
	switch e := e.(type) {
	case nil:
		return unknownOp
	case *syntax.BasicLit:
		return b.lit(e)
	case *syntax.InterpolatedString:
		if e.UTF8 {
			b.c.errorf(e.At, "RP0004", "unsupported: UTF-8 string literals (\"...\"u8)")
		}
		for _, p := range e.Parts {
			if p.X != nil {
				b.value(p.X, nil)
			}
			if p.Align != nil {
				b.value(p.Align, nil)
			}
		}
		op := val(b.special("System.String"))
		op.interp = true
		return op
	case *syntax.Ident:
		return b.ident(e)
	case *syntax.PredefinedType, *syntax.ArrayType, *syntax.NullableType, *syntax.TupleType, *syntax.AliasQualified:
		r := b.c.resolveNsOrType(e, b.fn.env, true)
		if r.isNS {
			return operand{mode: mNS, ns: r.ns}
		}
		return operand{mode: mType, t: r.t}
	case *syntax.MemberAccess:
		return b.memberAccess(e)
	case *syntax.ThisExpr:
		if b.fn.static || b.fn.typ == nil {
			b.c.errorf(e.At, "CS0026", "Keyword 'this' is not valid in a static property, static method, or static field initializer")
			return unknownOp
		}
		return val(b.fn.typ.selfType())
	case *syntax.BaseExpr:
		if b.fn.static || b.fn.typ == nil {
			b.c.errorf(e.At, "CS1511", "Keyword 'base' is not available in a static method")
			return unknownOp
		}
		if b.fn.typ.Base == nil {
			return unknownOp
		}
		return val(b.fn.typ.Base)
	case *syntax.ParenExpr:
		op := b.expr(e.X, want)
		op.simple = false
		return op
	case *syntax.TupleExpr:
		return b.tuple(e, want)
	case *syntax.DeclExpr:
		b.declareDesignation(e.Des, tUnknown)
		return unknownOp
	case *syntax.CallExpr:
		return b.call(e, want)
	case *syntax.IndexExpr:
		return b.index(e)
	case *syntax.CondAccess:
		return b.condAccess(e)
	case *syntax.MemberBinding:
		return b.memberOf(b.condRecvOp(), e.Name, e)
	case *syntax.ElementBinding:
		return b.indexOn(b.condRecv, e.Args, e.At)
	case *syntax.ImplicitElementAccess:
		b.args(e.Args)
		return unknownOp
	case *syntax.UnaryExpr:
		return b.unary(e)
	case *syntax.PostfixExpr:
		t := b.value(e.X, nil)
		if e.Op == syntax.NOT {
			return val(t)
		}
		b.checkIncrement(e.Op, t, e.X.Pos())
		b.roLocal(e.X)
		return val(t)
	case *syntax.BinaryExpr:
		return b.binary(e)
	case *syntax.AssignExpr:
		return b.assign(e)
	case *syntax.CondExpr:
		return b.condExpr(e, want)
	case *syntax.RangeExpr:
		if e.Low != nil {
			b.value(e.Low, nil)
		}
		if e.High != nil {
			b.value(e.High, nil)
		}
		return val(b.special("System.Range"))
	case *syntax.IsExpr:
		t := b.value(e.X, nil)
		b.pattern(e.Pat, t)
		return val(b.special("System.Boolean"))
	case *syntax.AsExpr:
		b.value(e.X, nil)
		return val(b.typ(e.Type))
	case *syntax.CastExpr:
		t := b.typ(e.Type)
		op := b.expr(e.X, t)
		if op.mode == mValue && !isUnknown(op.t) && !isUnknown(t) && op.t.kind != kNull && !b.c.explicitExists(op.t, t) {
			b.c.errorf(e.At, "CS0030", "Cannot convert type '%s' to '%s'", op.t, t)
		} else if op.mode != mLambda && op.mode != mGroup {
			b.valueOf(op, e.X)
		}
		r := val(t)
		r.cnst = op.cnst
		return r
	case *syntax.LambdaExpr, *syntax.AnonMethodExpr:
		return b.lambdaExpr(e, want)
	case *syntax.ObjectCreation:
		return b.newObject(e, want)
	case *syntax.InitializerExpr:
		et := tUnknown
		if want != nil && want.kind == kArray {
			et = want.elem
		}
		for _, x := range e.Elems {
			if et != tUnknown {
				b.assignTo(et, x)
			} else {
				b.expr(x, nil)
			}
		}
		if want != nil {
			return val(want)
		}
		return unknownOp
	case *syntax.ArrayCreation:
		t := b.typ(e.Type)
		for _, s := range e.Sizes {
			if _, ok := s.(*syntax.OmittedExpr); !ok {
				b.assignTo(b.special("System.Int32"), s)
			}
		}
		if e.Init != nil {
			b.arrayInit(e.Init, t)
		}
		return val(t)
	case *syntax.ImplicitArrayCreation:
		if e.Rank > 1 {
			b.c.errorf(e.At, "RP0003", "unsupported: implicitly typed multi-dimensional arrays (new[,] { ... }); write the element type: new int[,] { ... }")
		}
		var et *ty
		if want != nil && want.kind == kArray {
			et = want.elem
		}
		var elems []*ty
		for _, x := range e.Init.Elems {
			if et != nil {
				b.assignTo(et, x)
			} else {
				elems = append(elems, b.value(x, nil))
			}
		}
		if et == nil {
			et = b.c.bestCommon(elems)
			if isUnknown(et) && len(elems) > 0 && allKnown(elems) {
				b.c.errorf(e.At, "CS0826", "No best type found for implicitly-typed array")
			}
		}
		if isUnknown(et) {
			return unknownOp
		}
		return val(&ty{kind: kArray, elem: et, rank: max(e.Rank, 1)})
	case *syntax.StackAllocExpr:
		b.c.errorf(e.At, "RP0001", "unsupported: stackalloc")
		return unknownOp
	case *syntax.AnonObjectCreation:
		if e.Transparent() {
			return b.transparentIdent(e) // query.go
		}
		for _, m := range e.Members {
			b.value(m.X, nil)
		}
		return unknownOp
	case *syntax.CollectionExpr:
		et := tUnknown
		if want != nil {
			if want.kind == kArray {
				et = want.elem
			} else if want.kind == kNamed && len(want.args) == 1 {
				et = want.args[0]
			}
		}
		for _, x := range e.Elems {
			if sp, ok := x.(*syntax.SpreadElem); ok {
				b.value(sp.X, nil)
				continue
			}
			b.assignTo(et, x)
		}
		if want != nil {
			return val(want)
		}
		return unknownOp
	case *syntax.TypeOfExpr:
		b.c.resolveType(e.Type, b.fn.env, true)
		return val(b.special("System.Type"))
	case *syntax.SizeOfExpr:
		b.c.errorf(e.At, "RP0001", "unsupported: sizeof (unsafe code)")
		return val(b.special("System.Int32"))
	case *syntax.DefaultExpr:
		if e.Type != nil {
			return val(b.typ(e.Type))
		}
		if want != nil {
			return val(want)
		}
		return unknownOp
	case *syntax.CheckedExpr:
		return b.expr(e.X, want)
	case *syntax.AwaitExpr:
		return b.await(e)
	case *syntax.ThrowExpr:
		b.throwable(b.value(e.X, nil), e.X)
		return unknownOp
	case *syntax.WithExpr:
		t := b.value(e.X, nil)
		b.objectInit(e.Init, t)
		return val(t)
	case *syntax.RefExpr:
		return b.expr(e.X, want)
	case *syntax.SwitchExpr:
		return b.switchExpr(e, want)
	case *syntax.QueryExpr:
		return b.queryExpr(e, want) // query.go
	case *syntax.PointerType, *syntax.FuncPointerType:
		b.c.errorf(e.Pos(), "RP0001", "unsupported: pointer types (unsafe code)")
		return unknownOp
	}
	return unknownOp
}

func (b *binder) lit(e *syntax.BasicLit) operand {
	switch e.Kind {
	case syntax.IntLit:
		s := strings.ToLower(e.Suffix)
		var n string
		switch {
		case s == "ul" || s == "lu":
			n = "System.UInt64"
		case s == "u":
			n = "System.UInt32"
			if e.Int > 0xFFFFFFFF {
				n = "System.UInt64"
			}
		case s == "l":
			n = "System.Int64"
			if e.Int > 0x7FFFFFFFFFFFFFFF {
				n = "System.UInt64"
			}
		case e.Int <= 0x7FFFFFFF:
			n = "System.Int32"
		case e.Int <= 0xFFFFFFFF:
			n = "System.UInt32"
		case e.Int <= 0x7FFFFFFFFFFFFFFF:
			n = "System.Int64"
		default:
			n = "System.UInt64"
		}
		op := val(b.special(n))
		op.cnst = true
		return op
	case syntax.RealLit:
		switch strings.ToLower(e.Suffix) {
		case "f":
			return val(b.special("System.Single"))
		case "m":
			return val(b.special("System.Decimal"))
		}
		return val(b.special("System.Double"))
	case syntax.CharLit:
		op := val(b.special("System.Char"))
		return op
	case syntax.StringLit:
		return val(b.special("System.String"))
	case syntax.UTF8Lit:
		b.c.errorf(e.At, "RP0004", "unsupported: UTF-8 string literals (\"...\"u8)")
		return unknownOp
	case syntax.TrueLit, syntax.FalseLit:
		op := val(b.special("System.Boolean"))
		op.cnst = true
		return op
	case syntax.NullLit:
		return val(tNull)
	}
	return unknownOp
}

// ident binds a simple name.
func (b *binder) ident(e *syntax.Ident) operand {
	name := e.Name
	if l := b.sc.lookup(name); l != nil {
		if l.method != nil {
			return operand{mode: mGroup, cands: []cand{{m: l.method}}, name: name, targs: b.c.typeArgs(e.TypeArgs, b.fn.env, true)}
		}
		op := val(l.t)
		op.loc = l
		op.simple = true
		op.cnst = l.isConst
		return op
	}
	// members of the enclosing types
	for t := b.fn.typ; t != nil; t = t.Outer {
		cs := b.c.members(t.selfType(), name)
		if len(cs) == 0 {
			continue
		}
		op := b.memberOperand(cs, t.selfType(), name, e, nil)
		if op.mode == mGroup {
			op.targs = b.c.typeArgs(e.TypeArgs, b.fn.env, true)
			if b.fn.static || t != b.fn.typ {
				var st []cand
				for _, k := range op.cands {
					if k.m.static() {
						st = append(st, k)
					}
				}
				if len(st) == 0 {
					b.c.errorf(e.At, "CS0120", "An object reference is required for the non-static field, method, or property '%s.%s'", t.selfType(), name)
					return unknownOp
				}
				op.cands = st
			}
			return op
		}
		if op.mode == mValue && op.member != nil && !op.member.static() {
			if b.fn.static || t != b.fn.typ {
				b.c.errorf(e.At, "CS0120", "An object reference is required for the non-static field, method, or property '%s.%s'", t.selfType(), name)
				return unknownOp
			}
		}
		op.simple = true
		return op
	}
	// using static
	for blk := b.fn.env.block; blk != nil; blk = blk.parent {
		for _, st := range blk.statics {
			if cs := b.c.members(st, name); len(cs) > 0 {
				op := b.memberOperand(cs, st, name, e, nil)
				if op.mode == mGroup {
					op.targs = b.c.typeArgs(e.TypeArgs, b.fn.env, true)
				}
				return op
			}
		}
	}
	if r, ok := b.c.lookupTypeName(name, len(e.TypeArgs), b.fn.env); ok {
		if r.isNS {
			return operand{mode: mNS, ns: r.ns}
		}
		t := r.t
		if len(e.TypeArgs) > 0 && t.kind == kNamed {
			t = instantiate(t.sym, nil, b.c.typeArgs(e.TypeArgs, b.fn.env, true))
		}
		return operand{mode: mType, t: t, simple: true}
	}
	switch name {
	case "_":
		return unknownOp
	case "nameof", "var", "dynamic":
		return unknownOp
	}
	if len(e.TypeArgs) > 0 {
		if _, ok := b.c.lookupTypeName(name, -1, b.fn.env); ok {
			b.c.resolveType(e, b.fn.env, true)
			return unknownOp
		}
	}
	for t := b.fn.typ; t != nil; t = t.Outer {
		if brokenChain(t) {
			return unknownOp // may be a member of the base that did not resolve
		}
	}
	if badUsings(b.fn.env.block) && name != "" && name[0] >= 'A' && name[0] <= 'Z' {
		return unknownOp // probably a type of the namespace whose using failed
	}
	b.c.errorf(e.At, "CS0103", "The name '%s' does not exist in the current context%s", name, b.c.hint(name, b.namesInScope()))
	return unknownOp
}

// namesInScope lists locals, members and types visible here (for hints).
func (b *binder) namesInScope() []string {
	var out []string
	for s := b.sc; s != nil; s = s.parent {
		for n := range s.vars {
			out = append(out, n)
		}
	}
	for t := b.fn.typ; t != nil; t = t.Outer {
		out = append(out, b.c.memberNames(t.selfType())...)
	}
	return append(out, b.c.typeNamesInScope(b.fn.env)...)
}

// memberOperand makes the operand for members found on recv (static: reached through a type).
func (b *binder) memberOperand(cs []cand, recv *ty, name string, at syntax.Node, _ *operand) operand {
	first := cs[0]
	if first.m.Kind == mMethod {
		var ms []cand
		for _, k := range cs {
			if k.m.Kind == mMethod {
				ms = append(ms, k)
			}
		}
		return operand{mode: mGroup, cands: ms, name: name, recv: recv}
	}
	m := first.m
	if !b.c.accessible(m, b.fn.typ) {
		b.c.errorf(at.Pos(), "CS0122", "'%s.%s' is inaccessible due to its protection level", m.Owner.selfType(), name)
		return unknownOp
	}
	t := first.subst(m.Type)
	if m.Kind == mIndexer {
		return unknownOp
	}
	op := val(t)
	op.member = m
	op.cnst = m.Kind == mConst || m.Kind == mEnumConst
	return op
}

func (b *binder) memberAccess(e *syntax.MemberAccess) operand {
	calling := b.calling
	b.calling = false
	left := b.expr(e.X, nil)
	b.calling = calling
	op := b.memberOf(left, e.Name, e)
	b.calling = false
	return op
}

func (c *checker) memberTypeOf(k cand) *ty { return k.subst(k.m.Type) }

// memberOf binds left.name.
func (b *binder) memberOf(left operand, name *syntax.Ident, at syntax.Expr) operand {
	switch left.mode {
	case mNS:
		r := b.c.memberNsOrType(nsOrType{isNS: true, ns: left.ns}, name, b.fn.env, true)
		if r.isNS {
			return operand{mode: mNS, ns: r.ns}
		}
		return operand{mode: mType, t: r.t}
	case mGroup, mLambda:
		return unknownOp
	case mType:
		t := left.t
		if isUnknown(t) {
			return unknownOp
		}
		if t.kind == kTypeParam {
			return unknownOp
		}
		cs := b.c.members(t, name.Name)
		if len(cs) == 0 {
			if t.kind == kNamed {
				if s := b.c.nestedType(t.sym, name.Name, len(name.TypeArgs)); s != nil {
					return operand{mode: mType, t: instantiate(s, t, b.c.typeArgs(name.TypeArgs, b.fn.env, true))}
				}
				if brokenChain(t.sym) {
					return unknownOp
				}
			}
			b.c.errorf(name.At, "CS0117", "'%s' does not contain a definition for '%s'%s", t, name.Name, b.c.hint(name.Name, b.c.memberNames(t)))
			return unknownOp
		}
		op := b.memberOperand(cs, t, name.Name, name, nil)
		if op.mode == mGroup {
			op.targs = b.c.typeArgs(name.TypeArgs, b.fn.env, true)
			var st []cand
			for _, k := range op.cands {
				if k.m.static() || k.m.Kind == mCtor {
					st = append(st, k)
				}
			}
			if len(st) == 0 {
				b.c.errorf(name.At, "CS0120", "An object reference is required for the non-static field, method, or property '%s.%s'", t, name.Name)
				return unknownOp
			}
			op.cands = st
			return op
		}
		if op.member != nil && !op.member.static() {
			b.c.errorf(name.At, "CS0120", "An object reference is required for the non-static field, method, or property '%s.%s'", t, name.Name)
			return unknownOp
		}
		return op
	}
	// a value
	t := left.t
	if t != nil && t.kind == kTypeParam {
		// members of the constraints; anything else stays unknown (silent)
		for _, bt := range t.tp.Bounds {
			if len(b.c.members(bt, name.Name)) > 0 {
				return b.memberOf(val(bt), name, at)
			}
		}
		return unknownOp
	}
	if isUnknown(t) || t.kind == kNull || t.kind == kVoid {
		if t != nil && t.kind == kVoid {
			b.c.errorf(name.At, "CS0023", "Operator '.' cannot be applied to operand of type 'void'")
		}
		return unknownOp
	}
	if t.kind == kTuple {
		for i, n := range t.names {
			if n == name.Name && i < len(t.elems) {
				return val(t.elems[i])
			}
		}
		if strings.HasPrefix(name.Name, "Item") {
			for i := range t.elems {
				if name.Name == "Item"+string(rune('1'+i)) && i < 9 {
					return val(t.elems[i])
				}
			}
		}
		if name.Name == "Rest" || name.Name == "Length" {
			return unknownOp
		}
	}
	if v := readOnlyView(left); v != "" && (name.Name == "Add" || name.Name == "Remove" || name.Name == "Clear") {
		b.c.errorf(name.At, "CS1061", "'%s' does not contain a definition for '%s' and no accessible extension method '%s' accepting a first argument of type '%s' could be found (are you missing a using directive or an assembly reference?)", v, name.Name, name.Name, v)
		return unknownOp
	}
	cs := b.c.members(t, name.Name)
	if b.calling && len(cs) > 0 && cs[0].m.Kind != mMethod {
		// an invocation ignores non-invocable members (list.Count() is LINQ's)
		if ext := b.extensions(name.Name); len(ext) > 0 {
			if inv := b.c.invokeOf(b.c.memberTypeOf(cs[0])); inv == nil {
				b.calling = false
				return operand{mode: mGroup, cands: ext, name: name.Name, recv: t, inst: true, targs: b.c.typeArgs(name.TypeArgs, b.fn.env, true)}
			}
		}
	}
	b.calling = false
	if left.simple && left.mode == mValue {
		// Color Color: a value named like its type may stand for the type
		if id, ok := at.(*syntax.MemberAccess); ok {
			if x, ok := id.X.(*syntax.Ident); ok && t.kind == kNamed && t.sym.Name == x.Name {
				if len(cs) == 0 || (len(cs) > 0 && cs[0].m.static()) {
					return b.memberOf(operand{mode: mType, t: t}, name, at)
				}
			}
		}
	}
	if len(cs) > 0 {
		if cs[0].m.Kind == mMethod {
			var inst []cand
			for _, k := range cs {
				if k.m.Kind == mMethod && !k.m.static() {
					inst = append(inst, k)
				}
			}
			ext := b.extensions(name.Name)
			inst = append(inst, ext...)
			if len(inst) == 0 {
				b.c.errorf(name.At, "CS0176", "Member '%s' cannot be accessed with an instance reference; qualify it with a type name instead", memberDisplay(cs[0].m.Owner, cs[0].m))
				return unknownOp
			}
			return operand{mode: mGroup, cands: inst, name: name.Name, recv: t, inst: true, targs: b.c.typeArgs(name.TypeArgs, b.fn.env, true)}
		}
		op := b.memberOperand(cs, t, name.Name, name, nil)
		op.via = t
		if op.member != nil && op.member.static() && op.member.Kind != mEnumConst {
			b.c.errorf(name.At, "CS0176", "Member '%s.%s' cannot be accessed with an instance reference; qualify it with a type name instead", op.member.Owner.selfType(), name.Name)
			return unknownOp
		}
		return op
	}
	if ext := b.extensions(name.Name); len(ext) > 0 {
		return operand{mode: mGroup, cands: ext, name: name.Name, recv: t, inst: true, targs: b.c.typeArgs(name.TypeArgs, b.fn.env, true)}
	}
	if t.kind == kNamed && brokenChain(t.sym) {
		return unknownOp
	}
	h := b.c.usingHint(func(n *nsInfo) bool {
		for _, m := range n.exts {
			if m.Name == name.Name && len(m.Params) > 0 && b.c.convertible(t, eraseTParams(m.Params[0].Type, m.TParams), nil) {
				return true
			}
		}
		return false
	})
	if h == "" {
		h = b.c.hint(name.Name, b.c.memberNames(t))
	}
	b.c.errorf(name.At, "CS1061", "'%s' does not contain a definition for '%s' and no accessible extension method '%s' accepting a first argument of type '%s' could be found (are you missing a using directive or an assembly reference?)%s", t, name.Name, name.Name, t, h)
	return unknownOp
}

// extensions returns the extension methods named name visible here.
func (b *binder) extensions(name string) []cand {
	key := extKey{b.fn.env.block, name}
	if r, ok := b.c.extCache[key]; ok {
		return r
	}
	r := b.extensions1(name)
	if b.c.extCache == nil {
		b.c.extCache = map[extKey][]cand{}
	}
	b.c.extCache[key] = r
	return r
}

type extKey struct {
	block *nsBlock
	name  string
}

func (b *binder) extensions1(name string) []cand {
	var out []cand
	seen := map[string]bool{}
	visit := func(ns string) {
		if seen[ns] {
			return
		}
		seen[ns] = true
		for w := b.c.w; w != nil; w = w.parent {
			if n := w.ns[ns]; n != nil {
				for _, m := range n.exts {
					if m.Name == name {
						out = append(out, cand{m: m, ext: true})
					}
				}
			}
		}
	}
	for blk := b.fn.env.block; blk != nil; blk = blk.parent {
		for ns := blk.name; ; {
			visit(ns)
			i := strings.LastIndexByte(ns, '.')
			if i < 0 {
				if ns != "" {
					visit("")
				}
				break
			}
			ns = ns[:i]
		}
		for _, imp := range blk.imports {
			visit(imp)
		}
	}
	return out
}

func (b *binder) condRecvOp() operand {
	if b.condRecv == nil {
		return unknownOp
	}
	return val(b.condRecv)
}

func (b *binder) condAccess(e *syntax.CondAccess) operand {
	t := b.value(e.X, nil)
	if isNullable(t) {
		t = t.args[0]
	}
	saved := b.condRecv
	b.condRecv = t
	op := b.expr(e.Body, nil)
	b.condRecv = saved
	if op.mode != mValue {
		b.valueOf(op, e.Body)
		return unknownOp
	}
	if isValueType(op.t) {
		return val(b.c.nullableOf(op.t))
	}
	return val(op.t)
}

func (b *binder) index(e *syntax.IndexExpr) operand {
	t := b.value(e.X, nil)
	return b.indexOn(t, e.Args, e.Lbrack)
}

func (b *binder) indexOn(t *ty, args []*syntax.Arg, pos syntax.Pos) operand {
	if isUnknown(t) || t.kind == kTypeParam {
		b.args(args)
		return unknownOp
	}
	if len(args) == 1 {
		if _, ok := args[0].X.(*syntax.RangeExpr); ok {
			b.args(args)
			if t.kind == kArray || isString(t) {
				return val(t)
			}
			return unknownOp
		}
		if u, ok := args[0].X.(*syntax.UnaryExpr); ok && u.Op == syntax.CARET && t.kind == kNamed {
			// x[^i]: the int indexer (with Count/Length), as C# rewrites it
			b.args(args)
			for _, k := range b.c.members(t, "this[]") {
				if len(k.m.Params) == 1 && numKind(k.m.Params[0].Type) == nInt {
					return val(k.subst(k.m.Type))
				}
			}
			return unknownOp
		}
	}
	if t.kind == kArray {
		for _, a := range args {
			b.value(a.X, nil)
		}
		if len(args) != t.rank && len(args) > 0 {
			b.c.errorf(pos, "CS0022", "Wrong number of indices inside []; expected %d", t.rank)
		}
		return val(t.elem)
	}
	if t.kind == kNamed && t.sym.Kind == symInterface && false {
		return unknownOp
	}
	cs := b.c.members(t, "this[]")
	if len(cs) == 0 {
		b.args(args)
		if t.kind == kNamed && (t.sym.User || numKind(t) != nNone || isBool(t)) {
			b.c.errorf(pos, "CS0021", "Cannot apply indexing with [] to an expression of type '%s'", t)
		}
		return unknownOp
	}
	r := b.resolve(cs, args, pos, "this", t, nil, false)
	return r
}

func (b *binder) unary(e *syntax.UnaryExpr) operand {
	switch e.Op {
	case syntax.NOT:
		op := b.expr(e.X, nil)
		t := b.valueOf(op, e.X)
		if isNullable(t) && isBool(t.args[0]) {
			return val(t)
		}
		if !isUnknown(t) && !isBool(t) && !userConv(t) && t.kind != kTypeParam {
			b.c.errorf(e.At, "CS0023", "Operator '!' cannot be applied to operand of type '%s'", t)
			return unknownOp
		}
		r := val(b.special("System.Boolean"))
		r.cnst = op.cnst
		return r
	case syntax.INC, syntax.DEC:
		t := b.value(e.X, nil)
		b.checkIncrement(e.Op, t, e.At)
		b.roLocal(e.X)
		return val(t)
	case syntax.CARET:
		b.value(e.X, nil)
		return val(b.special("System.Index"))
	case syntax.AMP, syntax.STAR:
		b.c.errorf(e.At, "RP0001", "unsupported: pointer operations (unsafe code)")
		return unknownOp
	}
	op := b.expr(e.X, nil)
	t := b.valueOf(op, e.X)
	if isUnknown(t) {
		return unknownOp
	}
	nullable := isNullable(t)
	if nullable {
		t = t.args[0]
	}
	k := numKind(t)
	if userConv(t) {
		return unknownOp
	}
	if k == nNone {
		if e.Op == syntax.TILDE && t.kind == kNamed && t.sym.Kind == symEnum {
			return val(t)
		}
		b.c.errorf(e.At, "CS0023", "Operator '%s' cannot be applied to operand of type '%s'", e.Op, t)
		return unknownOp
	}
	r := k
	if k < nInt {
		r = nInt
	}
	if e.Op == syntax.MINUS && k == nUInt {
		r = nLong
	}
	if e.Op == syntax.MINUS && k == nULong {
		if lit, ok := unparen(e.X).(*syntax.BasicLit); !(ok && lit.Kind == syntax.IntLit) && !nullable {
			b.c.errorf(e.At, "CS0023", "Operator '-' cannot be applied to operand of type '%s'", t)
		}
		return unknownOp // -9223372036854775808 is a long
	}
	if e.Op == syntax.TILDE && (k == nFloat || k == nDouble || k == nDecimal) {
		b.c.errorf(e.At, "CS0023", "Operator '~' cannot be applied to operand of type '%s'", t)
		return unknownOp
	}
	rt := b.special(numericNames[r])
	if nullable {
		rt = b.c.nullableOf(rt)
	}
	res := val(rt)
	res.cnst = op.cnst
	return res
}

var opText = map[syntax.Token]string{
	syntax.PLUS: "+", syntax.MINUS: "-", syntax.STAR: "*", syntax.SLASH: "/", syntax.PERCENT: "%",
	syntax.AMP: "&", syntax.PIPE: "|", syntax.CARET: "^", syntax.SHL: "<<", syntax.SHR: ">>", syntax.USHR: ">>>",
	syntax.EQ: "==", syntax.NE: "!=", syntax.LT: "<", syntax.GT: ">", syntax.LE: "<=", syntax.GE: ">=",
	syntax.ANDAND: "&&", syntax.OROR: "||", syntax.QQ: "??",
}

func (b *binder) binary(e *syntax.BinaryExpr) operand {
	boolT := b.special("System.Boolean")
	switch e.Op {
	case syntax.ANDAND, syntax.OROR:
		lt := b.value(e.X, nil)
		rt := b.value(e.Y, nil)
		if userConv(lt) || userConv(rt) {
			return val(boolT)
		}
		b.c.checkBoolOperand(e, lt, rt)
		return val(boolT)
	case syntax.QQ:
		lt := b.value(e.X, nil)
		want := lt
		if isNullable(lt) {
			want = lt.args[0]
		}
		if _, ok := e.Y.(*syntax.ThrowExpr); ok {
			b.expr(e.Y, nil)
			return val(want)
		}
		op := b.expr(e.Y, want)
		rt := b.valueOf(op, e.Y)
		if op.mode == mLambda || op.mode == mGroup {
			return val(lt)
		}
		if isUnknown(lt) {
			return val(rt)
		}
		if isUnknown(rt) {
			return unknownOp
		}
		if isNullable(lt) && identical(lt.args[0], rt) {
			return val(rt)
		}
		if b.c.convertible(rt, want, &op) {
			if isNullable(lt) && !isNullable(rt) && rt.kind != kNull {
				return val(want)
			}
			return val(lt)
		}
		if b.c.convertible(lt, rt, nil) {
			return val(rt)
		}
		return unknownOp
	}
	lop := b.expr(e.X, nil)
	lt := b.valueOf(lop, e.X)
	rop := b.expr(e.Y, nil)
	rt := b.valueOf(rop, e.Y)
	if lop.mode == mLambda || rop.mode == mLambda || lop.mode == mGroup || rop.mode == mGroup {
		return unknownOp
	}
	if isUnknown(lt) || isUnknown(rt) {
		switch e.Op {
		case syntax.EQ, syntax.NE, syntax.LT, syntax.GT, syntax.LE, syntax.GE:
			return val(boolT)
		}
		return unknownOp
	}
	cnst := lop.cnst && rop.cnst
	if userConv(lt) || userConv(rt) {
		if r := b.c.userOperator(e.Op, lt, rt); r != nil {
			return val(r)
		}
		switch e.Op {
		case syntax.EQ, syntax.NE, syntax.LT, syntax.GT, syntax.LE, syntax.GE:
			return val(boolT)
		}
		return unknownOp
	}
	ln, rn := isNullable(lt), isNullable(rt)
	l0, r0 := lt, rt
	if ln {
		l0 = lt.args[0]
	}
	if rn {
		r0 = rt.args[0]
	}
	lk, rk := numKind(l0), numKind(r0)
	if lop.cnst && lk == nInt && (rk == nUInt || rk == nULong || rk == nLong) {
		lk = rk
	}
	if rop.cnst && rk == nInt && (lk == nUInt || lk == nULong || lk == nLong) {
		rk = lk
	}
	lift := func(t *ty) *ty {
		if ln || rn {
			return b.c.nullableOf(t)
		}
		return t
	}
	bad := func() operand {
		b.c.errorf(e.OpPos, "CS0019", "Operator '%s' cannot be applied to operands of type '%s' and '%s'", opText[e.Op], lt, rt)
		return unknownOp
	}
	isEnum := func(t *ty) bool { return t.kind == kNamed && t.sym.Kind == symEnum }
	switch e.Op {
	case syntax.EQ, syntax.NE:
		if lk != nNone && rk != nNone {
			if binaryNumeric(lk, rk) == -1 && !(lop.cnst || rop.cnst) {
				return bad()
			}
			return val(boolT)
		}
		simple := func(t *ty, k int) bool { return k != nNone || isBool(t) || isString(t) }
		if simple(l0, lk) && simple(r0, rk) && !identical(l0, r0) {
			return bad()
		}
		if lt.kind == kNull && isValueType(rt) && !rn && !userConv(rt) && (rk != nNone || isBool(rt) || isEnum(rt)) {
			return val(boolT) // allowed (always false) with a warning
		}
		return val(boolT)
	case syntax.LT, syntax.GT, syntax.LE, syntax.GE:
		if lk != nNone && rk != nNone {
			return val(boolT)
		}
		if isEnum(l0) && isEnum(r0) {
			return val(boolT)
		}
		if isBool(l0) || isBool(r0) || isString(l0) || isString(r0) {
			return bad()
		}
		return val(boolT)
	case syntax.PLUS:
		if isString(lt) || isString(rt) {
			if lt.kind == kVoid || rt.kind == kVoid {
				return bad()
			}
			r := val(b.special("System.String"))
			return r
		}
		if lt.kind == kNull || rt.kind == kNull {
			return unknownOp
		}
	}
	switch e.Op {
	case syntax.PLUS, syntax.MINUS, syntax.STAR, syntax.SLASH, syntax.PERCENT:
		if lk != nNone && rk != nNone {
			r := binaryNumeric(lk, rk)
			if r == -1 {
				if cnst || lop.cnst || rop.cnst {
					return unknownOp
				}
				return bad()
			}
			op := val(lift(b.special(numericNames[r])))
			op.cnst = cnst
			return op
		}
		if isEnum(l0) || isEnum(r0) {
			if e.Op == syntax.MINUS && isEnum(l0) && isEnum(r0) {
				return unknownOp
			}
			if (e.Op == syntax.PLUS || e.Op == syntax.MINUS) && (isEnum(l0) && rk != nNone || isEnum(r0) && lk != nNone) {
				if isEnum(l0) {
					return val(lift(l0))
				}
				return val(lift(r0))
			}
			return unknownOp
		}
		if l0.kind == kNamed && l0.sym.Kind == symDelegate || r0.kind == kNamed && r0.sym.Kind == symDelegate {
			return val(lt)
		}
		if (isBool(l0) || isObject(l0) && !userConv(r0)) && (rk != nNone || isBool(r0)) || (isBool(r0) && lk != nNone) {
			return bad()
		}
		return unknownOp
	case syntax.AMP, syntax.PIPE, syntax.CARET:
		if isBool(l0) && isBool(r0) {
			return val(lift(boolT))
		}
		if isEnum(l0) && identical(l0, r0) {
			return val(lt)
		}
		if lk != nNone && rk != nNone && lk <= nULong && rk <= nULong {
			r := binaryNumeric(lk, rk)
			if r == -1 {
				return unknownOp
			}
			op := val(lift(b.special(numericNames[r])))
			op.cnst = cnst
			return op
		}
		if (isBool(l0) && rk != nNone) || (isBool(r0) && lk != nNone) || isString(l0) || isString(r0) {
			return bad()
		}
		return unknownOp
	case syntax.SHL, syntax.SHR, syntax.USHR:
		if lk != nNone && lk <= nULong {
			r := lk
			if r < nInt {
				r = nInt
			}
			op := val(lift(b.special(numericNames[r])))
			op.cnst = cnst
			return op
		}
		if isBool(l0) || isString(l0) {
			return bad()
		}
		return unknownOp
	}
	return unknownOp
}

func (c *checker) checkBoolOperand(e *syntax.BinaryExpr, lt, rt *ty) {
	ok := func(t *ty) bool {
		if isUnknown(t) || isBool(t) {
			return true
		}
		if isNullable(t) && isBool(t.args[0]) {
			return true
		}
		return t.kind == kTypeParam || (t.kind == kNamed && !t.sym.User && numKind(t) == nNone && !isString(t))
	}
	if !ok(lt) || !ok(rt) {
		c.errorf(e.OpPos, "CS0019", "Operator '%s' cannot be applied to operands of type '%s' and '%s'", opText[e.Op], lt, rt)
	}
}

// userOperator finds a user-defined binary operator.
func (c *checker) userOperator(op syntax.Token, lt, rt *ty) *ty {
	name := "op" + op.String()
	var best *ty
	bestScore, tie := -1, false
	score := func(a, p *ty) int {
		switch {
		case identical(a, p):
			return 2
		case isNullable(a) && identical(a.args[0], p):
			return 1
		case !userConv(a) && !userConv(p) && c.convertible(a, p, nil):
			return 1
		}
		return -10
	}
	for i, t := range []*ty{lt, rt} {
		if t == nil || t.kind != kNamed || (i == 1 && lt != nil && lt.kind == kNamed && lt.sym == t.sym) {
			continue
		}
		for _, k := range c.members(t, name) {
			if len(k.m.Params) != 2 {
				continue
			}
			s := score(lt, k.subst(k.m.Params[0].Type)) + score(rt, k.subst(k.m.Params[1].Type))
			if s < 0 {
				continue
			}
			if s > bestScore {
				best, bestScore, tie = k.subst(k.m.Type), s, false
			} else if s == bestScore {
				tie = true
			}
		}
	}
	if tie {
		return nil
	}
	return best
}

func (b *binder) assign(e *syntax.AssignExpr) operand {
	if e.Op == syntax.ASSIGN {
		switch x := e.X.(type) {
		case *syntax.TupleExpr:
			rt := b.value(e.Y, nil)
			b.deconstructInto(x, rt)
			return val(rt)
		case *syntax.DeclExpr:
			rt := b.value(e.Y, nil)
			b.deconstructTarget(x, rt)
			return val(rt)
		case *syntax.Ident:
			if x.Name == "_" && b.sc.lookup("_") == nil {
				b.expr(e.Y, nil)
				return unknownOp
			}
		}
		lop := b.expr(e.X, nil)
		if lop.mode == mGroup && len(lop.cands) > 0 && lop.cands[0].m.Kind == mMethod {
			b.c.errorf(e.X.Pos(), "CS1656", "Cannot assign to '%s' because it is a 'method group'", lop.name)
			b.expr(e.Y, nil)
			return unknownOp
		}
		b.lhs = true
		lt := b.valueOf(lop, e.X)
		b.lhs = false
		b.checkWritable(lop, e.X)
		b.assignTo(lt, e.Y)
		return val(lt)
	}
	lop := b.expr(e.X, nil)
	if lop.member == nil || lop.member.Kind != mEvent {
		b.checkWritable(lop, e.X)
	}
	lt := b.valueOf(lop, e.X)
	switch e.Op {
	case syntax.ADD_ASSIGN, syntax.SUB_ASSIGN:
		if lt != nil && lt.kind == kNamed && lt.sym.Kind == symDelegate {
			b.assignTo(lt, e.Y)
			return val(lt)
		}
	case syntax.QQ_ASSIGN:
		want := lt
		if isNullable(lt) {
			want = lt.args[0]
		}
		b.assignTo(want, e.Y)
		return val(lt)
	}
	rop := b.expr(e.Y, lt)
	rt := b.valueOf(rop, e.Y)
	if isUnknown(lt) || isUnknown(rt) || userConv(lt) || userConv(rt) {
		return val(lt)
	}
	lk, rk := numKind(lt), numKind(rt)
	if e.Op == syntax.ADD_ASSIGN && isString(lt) {
		return val(lt)
	}
	if lk != nNone && rk != nNone {
		// x op= y narrows the result implicitly, but y itself must convert
		// to x's type (a constant y aside: not judged here)
		if !rop.cnst && lk != nChar && e.Op != syntax.SHL_ASSIGN && e.Op != syntax.SHR_ASSIGN && e.Op != syntax.USHR_ASSIGN && !implicitNumeric(rk, lk) && lk != rk {
			b.c.errorf(e.Y.Pos(), "CS0266", "Cannot implicitly convert type '%s' to '%s'. An explicit conversion exists (are you missing a cast?)", rt, lt)
		}
		return val(lt) // compound assignment narrows implicitly
	}
	if (isBool(lt) || isString(lt)) && (rk != nNone) || lk != nNone && (isBool(rt) || isString(rt)) {
		tok := map[syntax.Token]string{syntax.ADD_ASSIGN: "+=", syntax.SUB_ASSIGN: "-=", syntax.MUL_ASSIGN: "*=", syntax.DIV_ASSIGN: "/=", syntax.MOD_ASSIGN: "%=", syntax.AND_ASSIGN: "&=", syntax.OR_ASSIGN: "|=", syntax.XOR_ASSIGN: "^=", syntax.SHL_ASSIGN: "<<=", syntax.SHR_ASSIGN: ">>="}[e.Op]
		if tok != "" {
			b.c.errorf(e.OpPos, "CS0019", "Operator '%s' cannot be applied to operands of type '%s' and '%s'", tok, lt, rt)
		}
	}
	return val(lt)
}

// checkWritable reports assignments to read-only properties of other types.
func (b *binder) checkWritable(op operand, e syntax.Expr) {
	if l := op.loc; l != nil && l.ro != "" && l.name != "" {
		b.c.errorf(e.Pos(), "CS1656", "Cannot assign to '%s' because it is a '%s'", l.name, l.ro)
		return
	}
	m := op.member
	if m == nil {
		return
	}
	if m.Kind == mProperty && !m.HasSet && m.Mods&syntax.ModOverride == 0 && !(m.Owner == b.fn.typ && b.inCtor() && isAutoProperty(m)) {
		b.c.errorf(e.Pos(), "CS0200", "Property or indexer '%s.%s' cannot be assigned to -- it is read only", m.Owner.selfType(), m.Name)
	}
	if m.Kind == mField && m.Mods&syntax.ModReadonly != 0 && m.Owner != nil && m.Owner.User && !(m.Owner == b.fn.typ && b.inCtor()) {
		b.c.errorf(e.Pos(), "CS0191", "A readonly field cannot be assigned to (except in a constructor or init-only setter of the type in which the field is defined or a variable initializer)")
	}
	if m.Kind == mConst || m.Kind == mEnumConst {
		b.c.errorf(e.Pos(), "CS0131", "The left-hand side of an assignment must be a variable, property or indexer")
	}
}

func (b *binder) deconstructInto(x *syntax.TupleExpr, rt *ty) {
	for i, a := range x.Elems {
		var et *ty = tUnknown
		if rt != nil && rt.kind == kTuple && i < len(rt.elems) {
			et = rt.elems[i]
		}
		switch y := a.X.(type) {
		case *syntax.DeclExpr:
			b.deconstructTarget(y, et)
		case *syntax.TupleExpr:
			b.deconstructInto(y, et)
		case *syntax.Ident:
			if y.Name == "_" && b.sc.lookup("_") == nil {
				continue
			}
			b.lhs = true
			b.value(a.X, nil)
			b.lhs = false
		default:
			b.lhs = true
			b.value(a.X, nil)
			b.lhs = false
		}
	}
}

// deconstructTarget declares the variables of "var (a, b)" or "(int a, var b)".
func (b *binder) deconstructTarget(e syntax.Expr, t *ty) {
	switch x := e.(type) {
	case *syntax.DeclExpr:
		if !isVar(x.Type) {
			dt := b.typ(x.Type)
			if _, ok := x.Des.(*syntax.SingleDesignation); ok {
				t = dt
			}
		}
		b.declareDesignation(x.Des, t)
	case *syntax.TupleExpr:
		b.deconstructInto(x, t)
	default:
		b.expr(e, nil)
	}
}

func (b *binder) declareDesignation(d syntax.Designation, t *ty) {
	switch d := d.(type) {
	case *syntax.SingleDesignation:
		b.declare(d.Name, t)
	case *syntax.ParenDesignation:
		for i, sub := range d.List {
			et := tUnknown
			if t != nil && t.kind == kTuple && i < len(t.elems) && len(t.elems) == len(d.List) {
				et = t.elems[i]
			}
			b.declareDesignation(sub, et)
		}
	}
}

func (b *binder) tuple(e *syntax.TupleExpr, want *ty) operand {
	t := &ty{kind: kTuple}
	for i, a := range e.Elems {
		var w *ty
		if want != nil && want.kind == kTuple && i < len(want.elems) && len(want.elems) == len(e.Elems) {
			w = want.elems[i]
		}
		if w != nil {
			op := b.expr(a.X, w)
			if op.mode == mLambda || op.mode == mGroup {
				t.elems = append(t.elems, w)
			} else {
				b.convertOp(op, w, a.X)
				t.elems = append(t.elems, w)
			}
		} else {
			et := b.value(a.X, nil)
			if et.kind == kNull {
				et = tUnknown
			}
			t.elems = append(t.elems, et)
		}
		n := ""
		if a.Name != nil {
			n = a.Name.Name
		} else if id, ok := a.X.(*syntax.Ident); ok {
			n = id.Name
		} else if ma, ok := a.X.(*syntax.MemberAccess); ok {
			n = ma.Name.Name
		}
		t.names = append(t.names, n)
	}
	return val(t)
}

func (b *binder) condExpr(e *syntax.CondExpr, want *ty) operand {
	b.cond(e.Cond)
	top := b.expr(e.Then, want)
	eop := b.expr(e.Else, want)
	tt := b.valueOf(top, e.Then)
	et := b.valueOf(eop, e.Else)
	if isUnknown(tt) || isUnknown(et) {
		if _, ok := e.Then.(*syntax.ThrowExpr); ok {
			return val(et)
		}
		if _, ok := e.Else.(*syntax.ThrowExpr); ok {
			return val(tt)
		}
		return unknownOp
	}
	if identical(tt, et) {
		return val(tt)
	}
	if tt.kind == kNull && isValueType(et) {
		return val(b.c.nullableOf(et))
	}
	if et.kind == kNull && isValueType(tt) {
		return val(b.c.nullableOf(tt))
	}
	if b.c.convertible(tt, et, &top) && (!b.c.convertible(et, tt, &eop) || numKind(et) > numKind(tt)) {
		return val(et)
	}
	if b.c.convertible(et, tt, &eop) {
		return val(tt)
	}
	if want != nil {
		return val(want)
	}
	return unknownOp
}

// bestCommon returns the best common type of elems (unknown when none).
func (c *checker) bestCommon(elems []*ty) *ty {
	var best *ty
	for _, t := range elems {
		if isUnknown(t) {
			return tUnknown
		}
		if t.kind == kNull {
			continue
		}
		if best == nil {
			best = t
			continue
		}
		if c.convertible(best, t, nil) && !identical(best, t) {
			best = t
		}
	}
	if best == nil {
		return tUnknown
	}
	for _, t := range elems {
		if t.kind != kNull && !c.convertible(t, best, nil) {
			return tUnknown
		}
		if t.kind == kNull && isValueType(best) {
			return tUnknown
		}
	}
	return best
}

func (b *binder) arrayInit(init *syntax.InitializerExpr, t *ty) {
	if t == nil || t.kind != kArray {
		for _, x := range init.Elems {
			b.expr(x, nil)
		}
		return
	}
	et := t.elem
	if t.rank > 1 {
		et = &ty{kind: kArray, elem: t.elem, rank: t.rank - 1}
	}
	for _, x := range init.Elems {
		if in, ok := x.(*syntax.InitializerExpr); ok {
			b.arrayInit(in, et)
			continue
		}
		b.assignTo(et, x)
	}
}

func (b *binder) await(e *syntax.AwaitExpr) operand {
	f := b.fn
	if !f.async {
		switch {
		case f.lambda:
			b.c.errorf(e.At, "CS4034", "The 'await' operator can only be used within an async lambda expression. Consider marking this lambda expression with the 'async' modifier.")
		case f.ret != nil && !isUnknown(f.ret) && f.ret.kind != kVoid:
			b.c.errorf(e.At, "CS4032", "The 'await' operator can only be used within an async method. Consider marking this method with the 'async' modifier and changing its return type to 'Task<%s>'.", f.ret)
		default:
			b.c.errorf(e.At, "CS4033", "The 'await' operator can only be used within an async method. Consider marking this method with the 'async' modifier and changing its return type to 'Task'.")
		}
	}
	t := b.value(e.X, nil)
	return val(b.c.awaitResult(t))
}

// awaitResult returns the type of "await x" for x of type t.
func (c *checker) awaitResult(t *ty) *ty {
	if isUnknown(t) || t.kind != kNamed {
		return tUnknown
	}
	if t.sym.NS == "System.Threading.Tasks" && (t.sym.Name == "Task" || t.sym.Name == "ValueTask") {
		if len(t.args) == 1 {
			return t.args[0]
		}
		return tVoid
	}
	for _, k := range c.members(t, "GetAwaiter") {
		if len(k.m.Params) == 0 {
			aw := k.subst(k.m.Type)
			for _, g := range c.members(aw, "GetResult") {
				return g.subst(g.m.Type)
			}
		}
	}
	return tUnknown
}

func (b *binder) switchExpr(e *syntax.SwitchExpr, want *ty) operand {
	t := b.value(e.X, nil)
	var types []*ty
	for _, arm := range e.Arms {
		b.push()
		b.pattern(arm.Pat, t)
		if arm.When != nil {
			b.cond(arm.When)
		}
		if _, ok := arm.Body.(*syntax.ThrowExpr); ok {
			b.expr(arm.Body, nil)
		} else if want != nil {
			b.assignTo(want, arm.Body)
		} else {
			types = append(types, b.value(arm.Body, nil))
		}
		b.pop()
	}
	if want != nil {
		return val(want)
	}
	return val(b.c.bestCommon(types))
}

// inCtor reports whether the code being bound is in a constructor (or a
// lambda or local function inside one).
func (b *binder) inCtor() bool {
	for f := b.fn; f != nil; f = f.parent {
		if f.ctor {
			return true
		}
	}
	return false
}

// isAutoProperty reports whether m is a user property whose accessors have
// no bodies (a get-only one may be assigned in a constructor). Properties not
// declared in source count as auto-properties.
func isAutoProperty(m *memberSym) bool {
	pd, ok := m.Decl.(*syntax.PropertyDecl)
	if !ok {
		return true
	}
	if pd.ExprBody != nil {
		return false
	}
	for _, a := range pd.Accessors {
		if a.Body != nil || a.ExprBody != nil {
			return false
		}
	}
	return true
}

// checkIncrement reports ++ and -- on operands of types without them
// (CS0023): strings, bool, object and user types without operators.
func (b *binder) checkIncrement(op syntax.Token, t *ty, pos syntax.Pos) {
	if isUnknown(t) || t.kind != kNamed || t.sym == nil {
		return
	}
	s := t.sym
	bad := false
	switch {
	case s.NS == "System" && (s.Name == "String" || s.Name == "Object" || s.Name == "Boolean"):
		bad = true
	case s.User && !s.hasConv && (s.Kind == symClass || s.Kind == symStruct) && !brokenChain(s):
		bad = true
		for x, i := s, 0; x != nil && i < 50; i++ {
			if x.hasConv {
				bad = false
			}
			if x.Base == nil {
				break
			}
			x = x.Base.sym
		}
	}
	if bad {
		b.c.errorf(pos, "CS0023", "Operator '%s' cannot be applied to operand of type '%s'", op, t)
	}
}

// readOnlyView names the .NET type of a dictionary's Keys or Values when op
// is one ("Dictionary<string, int>.KeyCollection"): the preludes declare them
// as ICollection<T>, whose Add, Remove and Clear the real types do not have.
func readOnlyView(op operand) string {
	m, via := op.member, op.via
	if m == nil || m.Kind != mProperty || via == nil || via.kind != kNamed || m.Owner == nil || m.Owner.NS != "System.Collections.Generic" {
		return ""
	}
	switch m.Owner.Name {
	case "Dictionary", "SortedDictionary", "SortedList":
	default:
		return ""
	}
	switch m.Name {
	case "Keys":
		return via.String() + ".KeyCollection"
	case "Values":
		return via.String() + ".ValueCollection"
	}
	return ""
}

// allKnown reports whether every type of ts is known through and through
// (no unknown part, no type parameter, not void).
func allKnown(ts []*ty) bool {
	for _, t := range ts {
		if t == nil || hasUnknown(t) || t.kind == kTypeParam || t.kind == kVoid {
			return false
		}
	}
	return true
}

// roLocal reports CS1656 when x names a foreach iteration variable or a
// using variable (the operand of ++ or --).
func (b *binder) roLocal(x syntax.Expr) {
	for {
		p, ok := x.(*syntax.ParenExpr)
		if !ok {
			break
		}
		x = p.X
	}
	id, ok := x.(*syntax.Ident)
	if !ok || len(id.TypeArgs) > 0 {
		return
	}
	if l := b.sc.lookup(id.Name); l != nil && l.ro != "" && l.method == nil {
		b.c.errorf(id.At, "CS1656", "Cannot assign to '%s' because it is a '%s'", l.name, l.ro)
	}
}
