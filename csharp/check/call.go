package check

import (
	"strings"

	"rpbench/csharp/syntax"
)

// argInfo is one argument bound before overload resolution.
type argInfo struct {
	a    *syntax.Arg
	op   operand
	late bool // bound after resolution with the parameter's type (target-typed forms, out var)
	fn   bool // a lambda or method group: checked per candidate
}

// args binds arguments without a target (no method to resolve against).
func (b *binder) args(args []*syntax.Arg) {
	for _, a := range args {
		if d, ok := a.X.(*syntax.DeclExpr); ok {
			b.deconstructTarget(d, tUnknown)
			continue
		}
		op := b.expr(a.X, nil)
		if op.mode == mType || op.mode == mNS {
			b.valueOf(op, a.X)
		}
	}
}

func isLate(e syntax.Expr) bool {
	switch x := e.(type) {
	case *syntax.ObjectCreation:
		return x.Type == nil
	case *syntax.DefaultExpr:
		return x.Type == nil
	case *syntax.CollectionExpr, *syntax.InitializerExpr, *syntax.DeclExpr:
		return true
	case *syntax.BasicLit:
		return false
	case *syntax.SwitchExpr, *syntax.CondExpr:
		return containsLambdaOrTargetTyped(x)
	}
	return false
}

func containsLambdaOrTargetTyped(e syntax.Expr) bool {
	found := false
	syntax.Inspect(e, func(n syntax.Node) bool {
		switch x := n.(type) {
		case *syntax.LambdaExpr, *syntax.AnonMethodExpr, *syntax.CollectionExpr:
			found = true
		case *syntax.ObjectCreation:
			if x.Type == nil {
				found = true
			}
		}
		return !found
	})
	return found
}

func (b *binder) preArgs(args []*syntax.Arg) []argInfo {
	out := make([]argInfo, len(args))
	for i, a := range args {
		out[i].a = a
		switch a.X.(type) {
		case *syntax.LambdaExpr, *syntax.AnonMethodExpr:
			out[i].fn = true
			out[i].op = operand{mode: mLambda, node: a.X}
			continue
		}
		if isLate(a.X) {
			out[i].late = true
			out[i].op = unknownOp
			continue
		}
		op := b.expr(a.X, nil)
		if op.mode == mGroup {
			out[i].fn = true
		} else if op.mode == mType || op.mode == mNS {
			b.valueOf(op, a.X)
			op = unknownOp
		} else if a.Mode != syntax.ByOut && !b.gettable(op, a.X) {
			op = unknownOp
		}
		out[i].op = op
	}
	return out
}

// call binds a call expression.
func (b *binder) call(e *syntax.CallExpr, want *ty) operand {
	if id, ok := e.Fun.(*syntax.Ident); ok && id.Name == "nameof" && b.sc.lookup("nameof") == nil && len(e.Args) == 1 {
		if b.fn.typ == nil || len(b.c.members(b.fn.typ.selfType(), "nameof")) == 0 {
			b.nameofArg(e.Args[0].X)
			return val(b.special("System.String"))
		}
	}
	_, isMA := e.Fun.(*syntax.MemberAccess)
	b.calling = isMA
	fop := b.expr(e.Fun, nil)
	b.calling = false
	switch fop.mode {
	case mGroup:
		return b.resolve(fop.cands, e.Args, e.Fun.Pos(), fop.name, fop.recv, fop.targs, fop.inst)
	case mValue:
		t := fop.t
		if isUnknown(t) || t.kind == kTypeParam {
			b.args(e.Args)
			return unknownOp
		}
		if t.kind == kNamed && t.sym.Kind == symDelegate && t.sym.invoke != nil {
			k := cand{m: t.sym.invoke, sub: typeMap(t)}
			return b.resolve([]cand{k}, e.Args, e.Fun.Pos(), "Invoke", t, nil, true)
		}
		b.args(e.Args)
		name := ""
		switch f := e.Fun.(type) {
		case *syntax.Ident:
			name = f.Name
		case *syntax.MemberAccess:
			name = f.Name.Name
		}
		if name != "" && fop.member != nil {
			b.c.errorf(e.Fun.Pos(), "CS1955", "Non-invocable member '%s' cannot be used like a method.", fop.member.Owner.selfType().String()+"."+name)
		} else if name != "" && fop.loc != nil {
			b.c.errorf(e.Fun.Pos(), "CS0149", "Method name expected")
		}
		return unknownOp
	case mType:
		b.args(e.Args)
		if !isUnknown(fop.t) {
			b.c.errorf(e.Fun.Pos(), "CS1955", "Non-invocable member '%s' cannot be used like a method.", fop.t)
		}
		return unknownOp
	}
	b.args(e.Args)
	return unknownOp
}

// nameofArg binds the argument of nameof: instance members may be named
// through their type, so only unknown names are reported.
func (b *binder) nameofArg(e syntax.Expr) {
	if ma, ok := e.(*syntax.MemberAccess); ok {
		left := b.expr(ma.X, nil)
		if left.mode == mType && !isUnknown(left.t) {
			if len(b.c.members(left.t, ma.Name.Name)) > 0 {
				return
			}
		}
		b.c.silent++
		b.memberOf(left, ma.Name, ma)
		b.c.silent--
		if left.mode == mType && !isUnknown(left.t) && left.t.kind == kNamed && len(b.c.members(left.t, ma.Name.Name)) == 0 && b.c.nestedType(left.t.sym, ma.Name.Name, -1) == nil {
			b.c.errorf(ma.Name.At, "CS0117", "'%s' does not contain a definition for '%s'%s", left.t, ma.Name.Name, b.c.hint(ma.Name.Name, b.c.memberNames(left.t)))
		}
		return
	}
	b.expr(e, nil)
}

// an applicable candidate
type applied struct {
	k        cand
	sub      map[*tparamSym]*ty
	ptypes   []*ty // parameter type per argument
	modes    []syntax.ParamMode
	expanded bool
	lamRet   []*ty // inferred lambda return types per argument (nil if not a lambda)
	fail     int   // index of the first argument that does not convert (-1: none)
	ret      *ty
}

// resolve picks the overload of cands for args and binds the arguments.
func (b *binder) resolve(cands []cand, args []*syntax.Arg, pos syntax.Pos, name string, recv *ty, targs []*ty, inst bool) operand {
	ai := b.preArgs(args)
	nargs := len(args)
	var arityOK []*applied
	for _, k := range cands {
		if k.m.Kind == mCtor && name != ".ctor" {
			continue
		}
		if inst && !k.ext && k.m.static() && k.m.Kind != mOperator {
			continue
		}
		ap := b.applicable(k, ai, recv, targs)
		if ap != nil {
			arityOK = append(arityOK, ap)
		}
	}
	if len(arityOK) == 0 {
		b.lateArgs(ai, nil)
		if k := b.receiverMismatch(cands, ai, recv, targs, inst); k != nil {
			b.c.errorf(pos, "CS1929", "'%s' does not contain a definition for '%s' and the best extension method overload '%s' requires a receiver of type '%s'", recv, name, memberDisplay(k.m.Owner, k.m), subst(k.m.Params[0].Type, k.sub))
			return unknownOp
		}
		b.reportArity(cands, nargs, pos, name, recv, inst, len(targs))
		return unknownOp
	}
	var ok []*applied
	for _, ap := range arityOK {
		if ap.fail < 0 {
			ok = append(ok, ap)
		}
	}
	// extension methods count only when no instance method applies
	inst0 := 0
	for _, ap := range ok {
		if !ap.k.ext {
			ok[inst0] = ap
			inst0++
		}
	}
	if inst0 > 0 {
		ok = ok[:inst0]
	}
	if len(ok) == 0 {
		// none applies: report against the candidate that fits the most
		// leading arguments (the first of those), as a value argument only
		var pick *applied
		for _, ap := range arityOK {
			if pick == nil || ap.fail > pick.fail || ap.fail == pick.fail && hasUnknown(pick.ptypes[pick.fail]) && !hasUnknown(ap.ptypes[ap.fail]) {
				pick = ap
			}
		}
		if pick != nil {
			ap := pick
			a := ai[ap.fail]
			b.lateArgs(ai, ap)
			if a.op.mode == mValue && !isUnknown(a.op.t) {
				from := a.op.t
				b.c.errorf(a.a.X.Pos(), "CS1503", "Argument %d: cannot convert from '%s' to '%s'", ap.fail+1+extraIndex(ap), argDisplay(a, from), ap.ptypes[ap.fail])
			}
			return unknownOp
		}
		b.lateArgs(ai, nil)
		return unknownOp
	}
	best := b.best(ok, ai)
	b.lateArgs(ai, best)
	if best == nil && ambiguousSure(ok, ai) {
		x, y := ok[0].k.m, ok[1].k.m
		b.c.errorf(pos, "CS0121", "The call is ambiguous between the following methods or properties: '%s' and '%s'", memberDisplay(x.Owner, x), memberDisplay(y.Owner, y))
		return unknownOp
	}
	if best == nil {
		// ambiguous: the result is known only when all agree
		var rt *ty
		for _, ap := range ok {
			if rt == nil {
				rt = ap.ret
			} else if !identical(rt, ap.ret) {
				return unknownOp
			}
		}
		return val(rt)
	}
	if tp := uninferred(best, ai, targs); tp != nil {
		m := best.k.m
		d := memberDisplay(m.Owner, m)
		if i := strings.Index(d, "("); i > 0 {
			var ns []string
			for _, tp := range m.TParams {
				ns = append(ns, tp.Name)
			}
			d = d[:i] + "<" + strings.Join(ns, ", ") + ">" + d[i:]
		}
		b.c.errorf(pos, "CS0411", "The type arguments for method '%s' cannot be inferred from the usage. Try specifying the type arguments explicitly.", d)
		return unknownOp
	}
	if !b.c.accessible(best.k.m, b.fn.typ) {
		b.c.errorf(pos, "CS0122", "'%s.%s' is inaccessible due to its protection level", best.k.m.Owner.selfType(), memberName(best.k.m))
		return unknownOp
	}
	if best.ret == nil {
		return unknownOp
	}
	return val(best.ret)
}

func memberName(m *memberSym) string {
	if m.Kind == mCtor {
		return m.Owner.Name
	}
	return m.Name
}

func extraIndex(ap *applied) int {
	if ap.k.ext {
		return 1
	}
	return 0
}

func argDisplay(a argInfo, t *ty) string {
	if a.a.Mode != syntax.ByValue {
		return a.a.Mode.String() + " " + t.String()
	}
	return t.String()
}

func (b *binder) reportArity(cands []cand, n int, pos syntax.Pos, name string, recv *ty, inst bool, ntargs int) {
	if len(cands) == 0 {
		return
	}
	m := cands[0].m
	if ntargs > 0 {
		return
	}
	switch {
	case m.Kind == mCtor:
		b.c.errorf(pos, "CS1729", "'%s' does not contain a constructor that takes %d arguments", recv, n)
	case m.Owner != nil && m.Owner.Kind == symDelegate && m.Name == "Invoke":
		b.c.errorf(pos, "CS1593", "Delegate '%s' does not take %d arguments", recv, n)
	case m.Kind == mIndexer:
	default:
		for _, k := range cands {
			if k.ext && inst {
				if recv != nil && len(k.m.Params) > 0 && !hasUnknown(recv) {
					pt := eraseTParams(subst(k.m.Params[0].Type, k.sub), k.m.TParams)
					if !b.c.convertible(recv, pt, nil) {
						continue // the receiver rules it out (sb.ToString(1) against ToString(this int, ...))
					}
				}
				if n+1 >= requiredCount(k.m) {
					return // extension methods: stay silent unless sure
				}
			}
		}
		b.c.errorf(pos, "CS1501", "No overload for method '%s' takes %d arguments", name, n)
	}
}

func requiredCount(m *memberSym) int {
	n := 0
	for _, p := range m.Params {
		if !p.HasDefault && !p.IsParams {
			n++
		}
	}
	return n
}

// applicable maps the arguments to k's parameters, infers type arguments
// and checks the conversions. It returns nil when the arity does not fit.
func (b *binder) applicable(k cand, ai []argInfo, recv *ty, targs []*ty) *applied {
	m := k.m
	params := m.Params
	if k.ext {
		if len(params) == 0 {
			return nil
		}
		params = params[1:]
	}
	ap := &applied{k: k, fail: -1}
	ap.ptypes = make([]*ty, len(ai))
	ap.modes = make([]syntax.ParamMode, len(ai))
	ap.lamRet = make([]*ty, len(ai))
	used := make([]bool, len(params))
	for i, a := range ai {
		var p *paramSym
		pi := -1
		if a.a.Name != nil {
			for j, q := range params {
				if q.Name == a.a.Name.Name {
					p, pi = q, j
				}
			}
			if p == nil {
				return nil
			}
		} else if i < len(params) {
			p, pi = params[i], i
			if p.IsParams && !(len(ai) == len(params) && b.fitsArray(a, p)) {
				ap.expanded = true
			}
		} else if len(params) > 0 && params[len(params)-1].IsParams {
			p, pi = params[len(params)-1], len(params)-1
			ap.expanded = true
		} else {
			return nil
		}
		used[pi] = true
		t := p.Type
		if p.IsParams && ap.expanded && pi == len(params)-1 {
			if t != nil && t.kind == kArray {
				t = t.elem
			} else {
				t = tUnknown
			}
		}
		ap.ptypes[i] = t
		ap.modes[i] = p.Mode
	}
	for j, q := range params {
		if !used[j] && !q.HasDefault && !q.IsParams {
			return nil
		}
	}
	if len(targs) > 0 && len(targs) != len(m.TParams) {
		return nil
	}
	// type arguments
	sub := k.sub
	if len(m.TParams) > 0 {
		sub = make(map[*tparamSym]*ty, len(k.sub)+len(m.TParams))
		for tp, t := range k.sub {
			sub[tp] = t
		}
		if len(targs) > 0 {
			for i, tp := range m.TParams {
				sub[tp] = targs[i]
			}
		} else {
			b.infer(m, k, ai, ap, recv, sub)
		}
	}
	ap.sub = sub
	for i := range ap.ptypes {
		ap.ptypes[i] = subst(ap.ptypes[i], sub)
		if mentionsAny(ap.ptypes[i], m.TParams) {
			ap.ptypes[i] = eraseTParams(ap.ptypes[i], m.TParams)
		}
	}
	if k.ext && recv != nil {
		pt := subst(m.Params[0].Type, sub)
		if mentionsAny(pt, m.TParams) {
			pt = eraseTParams(pt, m.TParams)
		}
		if !b.c.convertible(recv, pt, nil) || (isValueType(recv) != isValueType(pt) && !isUnknown(pt) && pt.kind != kTypeParam && !isObject(pt) && !(pt.kind == kNamed && pt.sym.Kind == symInterface)) {
			return nil
		}
	}
	ret := m.Type
	if m.Kind == mCtor {
		ret = recv
	} else {
		ret = subst(ret, sub)
		if mentionsAny(ret, m.TParams) {
			ret = eraseTParams(ret, m.TParams)
		}
	}
	ap.ret = ret
	// conversions
	for i, a := range ai {
		pt := ap.ptypes[i]
		if a.late {
			continue
		}
		if (a.a.Mode == syntax.ByOut || a.a.Mode == syntax.ByRef) != (ap.modes[i] == syntax.ByOut || ap.modes[i] == syntax.ByRef) {
			if ap.fail < 0 {
				ap.fail = i
			}
			continue
		}
		if a.fn {
			r, good := b.fnCompatible(a, pt)
			ap.lamRet[i] = r
			if !good && ap.fail < 0 {
				ap.fail = i
			}
			continue
		}
		if a.op.mode != mValue {
			continue
		}
		if !b.c.convertible(a.op.t, pt, &a.op) && ap.fail < 0 {
			ap.fail = i
		}
		if ap.fail < 0 && nonZeroToEnum(a, pt) {
			ap.fail = i // only the constant 0 converts to an enum (new DateTime(..., 1) does not take DateTimeKind)
		}
	}
	return ap
}

func (b *binder) fitsArray(a argInfo, p *paramSym) bool {
	if a.late || a.fn {
		return true
	}
	t := a.op.t
	if isUnknown(t) || t.kind == kNull {
		return true
	}
	return t.kind == kArray && (mentions(p.Type, nil) || b.c.convertible(t, p.Type, nil))
}

func mentionsAny(t *ty, tps []*tparamSym) bool {
	if len(tps) == 0 || t == nil {
		return false
	}
	set := make(map[*tparamSym]*ty, len(tps))
	for _, tp := range tps {
		set[tp] = nil
	}
	return mentions(t, set)
}

// eraseTParams replaces unresolved method type parameters by unknown.
func eraseTParams(t *ty, tps []*tparamSym) *ty {
	m := make(map[*tparamSym]*ty, len(tps))
	for _, tp := range tps {
		m[tp] = tUnknown
	}
	return subst(t, m)
}

// infer infers method type arguments from the arguments (and the receiver
// of an extension method), including the return types of lambdas.
func (b *binder) infer(m *memberSym, k cand, ai []argInfo, ap *applied, recv *ty, sub map[*tparamSym]*ty) {
	set := map[*tparamSym]bool{}
	for _, tp := range m.TParams {
		set[tp] = true
	}
	if k.ext && recv != nil {
		b.c.unify(subst(m.Params[0].Type, sub), recv, set, sub)
	}
	for i, a := range ai {
		if a.late || a.fn || a.op.mode != mValue {
			continue
		}
		// not substituted: each argument adds a bound (Pick(1, 2.5) is Pick<double>)
		b.c.unify(ap.ptypes[i], a.op.t, set, sub)
	}
	for round := 0; round < 3; round++ {
		progress := false
		for i, a := range ai {
			if !a.fn {
				continue
			}
			pt := subst(ap.ptypes[i], sub)
			inv := b.c.invokeOf(pt)
			if inv == nil {
				continue
			}
			ret := inv.ret
			if !mentionsSet(ret, set, sub) {
				continue
			}
			ready := true
			for _, p := range inv.params {
				if mentionsSet(p, set, sub) {
					ready = false
				}
			}
			if !ready {
				continue
			}
			r, _ := b.fnCompatible(a, pt)
			if r != nil && !isUnknown(r) && r.kind != kVoid {
				b.c.unify(ret, r, set, sub)
				progress = true
			}
		}
		if !progress {
			break
		}
	}
}

// mentionsSet reports whether t mentions an unbound parameter of set.
func mentionsSet(t *ty, set map[*tparamSym]bool, sub map[*tparamSym]*ty) bool {
	if t == nil {
		return false
	}
	switch t.kind {
	case kTypeParam:
		if set[t.tp] {
			_, bound := sub[t.tp]
			return !bound
		}
	case kNamed:
		for _, a := range t.args {
			if mentionsSet(a, set, sub) {
				return true
			}
		}
	case kArray:
		return mentionsSet(t.elem, set, sub)
	case kTuple:
		for _, e := range t.elems {
			if mentionsSet(e, set, sub) {
				return true
			}
		}
	}
	return false
}

// unify binds the parameters of set in p so that a matches it.
func (c *checker) unify(p, a *ty, set map[*tparamSym]bool, sub map[*tparamSym]*ty) {
	if p == nil || a == nil || isUnknown(a) || a.kind == kNull || a.kind == kVoid {
		return
	}
	switch p.kind {
	case kTypeParam:
		if !set[p.tp] {
			return
		}
		if old, ok := sub[p.tp]; ok {
			if !isUnknown(old) && c.convertible(old, a, nil) && !c.convertible(a, old, nil) {
				sub[p.tp] = a
			}
			return
		}
		sub[p.tp] = a
	case kArray:
		if a.kind == kArray {
			c.unify(p.elem, a.elem, set, sub)
		}
	case kTuple:
		if a.kind == kTuple && len(a.elems) == len(p.elems) {
			for i := range p.elems {
				c.unify(p.elems[i], a.elems[i], set, sub)
			}
		}
	case kNamed:
		if len(p.args) == 0 {
			return
		}
		if isNullable(p) && !isNullable(a) {
			c.unify(p.args[0], a, set, sub)
			return
		}
		var st *ty
		if a.kind == kNamed && a.sym == p.sym {
			st = a
		} else {
			st = c.asSuper(a, p.sym)
		}
		if st != nil && len(st.args) == len(p.args) {
			for i := range p.args {
				c.unify(p.args[i], st.args[i], set, sub)
			}
		}
	}
}

// invokeSig is a delegate's signature.
type invokeSig struct {
	t      *ty // the delegate type (nil for a natural type)
	params []*ty
	modes  []syntax.ParamMode
	ret    *ty
}

// invokeOf returns the signature of delegate type t (nil if t is not a delegate).
func (c *checker) invokeOf(t *ty) *invokeSig {
	if t == nil || t.kind != kNamed || t.sym.Kind != symDelegate || t.sym.invoke == nil {
		return nil
	}
	m := typeMap(t)
	s := &invokeSig{t: t, ret: subst(t.sym.invoke.Type, m)}
	for _, p := range t.sym.invoke.Params {
		s.params = append(s.params, subst(p.Type, m))
		s.modes = append(s.modes, p.Mode)
	}
	return s
}

// fnCompatible checks a lambda or method group argument against a
// parameter type; it returns the lambda's inferred return type.
func (b *binder) fnCompatible(a argInfo, pt *ty) (*ty, bool) {
	if isUnknown(pt) || pt.kind == kTypeParam {
		return nil, true
	}
	inv := b.c.invokeOf(pt)
	if inv == nil {
		if isSys(pt, "Delegate") || isObject(pt) || isSys(pt, "MulticastDelegate") || (pt.kind == kNamed && pt.sym.Name == "Expression") {
			return nil, true
		}
		return nil, false
	}
	if a.op.mode == mGroup {
		for _, k := range a.op.cands {
			n := len(k.m.Params)
			if k.ext {
				n--
			}
			if n == len(inv.params) {
				return nil, true
			}
		}
		return nil, false
	}
	return b.lambdaCompat(a.op.node, inv, true)
}

// lambdaCompat binds a lambda speculatively (silently) against a signature.
func (b *binder) lambdaCompat(e syntax.Expr, inv *invokeSig, silent bool) (*ty, bool) {
	var pl *syntax.ParamList
	var async bool
	var body *syntax.BlockStmt
	var exprBody syntax.Expr
	switch l := e.(type) {
	case *syntax.LambdaExpr:
		pl, async, body, exprBody = l.Params, l.Mods.Has(syntax.ModAsync), l.Body, l.ExprBody
	case *syntax.AnonMethodExpr:
		pl, async, body = l.Params, l.Mods.Has(syntax.ModAsync), l.Body
	}
	if pl != nil && len(pl.List) != len(inv.params) {
		return nil, false
	}
	if !silent && b.c.silent == 0 {
		return b.bindLambda(e, pl, async, body, exprBody, inv, false, nil)
	}
	// inside a speculative binding the final binding would only produce
	// dropped diagnostics: the cached inference is enough (and keeps nested
	// lambdas linear)
	// speculative: bind once per parameter types, in inference mode, and
	// derive the compatibility with each delegate's return type
	key := lamKey{e, sigKey(inv)}
	info, ok := b.c.lamCache[key]
	if !ok {
		info = &lamInfo{}
		b.bindLambda(e, pl, async, body, exprBody, &invokeSig{params: inv.params, ret: tUnknown}, true, info)
		if b.c.lamCache == nil {
			b.c.lamCache = map[lamKey]*lamInfo{}
		}
		b.c.lamCache[key] = info
	}
	return b.c.lamCompat(info, inv.ret, async, exprBody != nil)
}

// lamInfo is what binding a lambda body in inference mode found.
type lamInfo struct {
	ret       *ty  // the body's type (before async wrapping); void when nothing is returned
	hasValues bool // a return with a value (block bodies)
	endReach  bool // the end of the block body is reachable
	stmtExpr  bool // the expression body is a statement expression
}

// lamCompat decides whether a lambda described by info converts to a
// delegate returning r, and returns its inferred return type.
func (c *checker) lamCompat(info *lamInfo, r *ty, async, exprBody bool) (*ty, bool) {
	ret := info.ret
	if async {
		switch {
		case ret.kind == kVoid:
			ret = c.special("System.Threading.Tasks.Task")
		case !isUnknown(ret):
			if g := c.special("System.Threading.Tasks.Task`1"); g != nil {
				ret = named(g.sym, info.ret)
			}
		}
		if ret == nil {
			ret = tUnknown
		}
	}
	if isUnknown(r) || mentions(r, nil) {
		return ret, true
	}
	want := r
	if async {
		if r.kind == kVoid {
			return ret, !info.hasValues
		}
		want = c.asyncResult(r)
		if isUnknown(want) {
			return ret, true
		}
	}
	if want.kind == kVoid {
		if exprBody && !async {
			return ret, info.stmtExpr
		}
		return ret, !info.hasValues
	}
	if exprBody {
		if info.ret.kind == kVoid {
			return ret, false
		}
		return ret, c.convertible(info.ret, want, nil)
	}
	if !info.hasValues && info.endReach {
		return ret, false
	}
	if info.hasValues {
		return ret, c.convertible(info.ret, want, nil)
	}
	return ret, true
}

type lamKey struct {
	e   syntax.Expr
	sig string
}

func sigKey(s *invokeSig) string {
	k := ""
	for _, p := range s.params {
		k += p.String() + ","
	}
	return k
}

// bindLambda binds a lambda body with the parameter types of inv. With
// silent set, diagnostics are dropped. It returns the inferred return type
// (Task/Task<T> for async lambdas) and whether the lambda fits inv's return.
func (b *binder) bindLambda(e syntax.Expr, pl *syntax.ParamList, async bool, body *syntax.BlockStmt, exprBody syntax.Expr, inv *invokeSig, silent bool, info *lamInfo) (*ty, bool) {
	if silent {
		b.c.silent++
		defer func() { b.c.silent-- }()
	}
	f := &fn{parent: b.fn, typ: b.fn.typ, env: b.fn.env, static: b.fn.static, lambda: true, async: async}
	var want *ty // the expected return type of the body (nil: infer)
	if inv != nil && !isUnknown(inv.ret) && !mentions(inv.ret, nil) {
		if async {
			want = b.c.asyncResult(inv.ret)
			if isUnknown(want) && inv.ret.kind != kVoid {
				want = nil
			}
			if inv.ret.kind == kVoid {
				want = tVoid
			}
		} else {
			want = inv.ret
		}
	}
	if want != nil && isUnknown(want) {
		want = nil
	}
	f.ret = want
	if want != nil && want.kind == kVoid {
		f.retTask = async && inv.ret.kind != kVoid
	}
	inner := &binder{c: b.c, fn: f, sc: &scope{parent: b.sc, fn: f, boundary: true}}
	if pl != nil {
		for i, p := range pl.List {
			var t *ty = tUnknown
			if p.Type != nil {
				t = b.c.resolveType(p.Type, b.fn.env, true)
			} else if inv != nil && i < len(inv.params) {
				t = inv.params[i]
			}
			inner.declare(p.Name, t)
		}
	}
	var ret *ty
	ok := true
	if exprBody != nil {
		if want != nil && want.kind != kVoid {
			op := inner.expr(exprBody, want)
			if op.mode == mValue && !isUnknown(op.t) {
				if !b.c.convertible(op.t, want, &op) {
					ok = false
					if !silent {
						b.c.reportConv(exprBody.Pos(), op.t, want, &op)
					}
				}
				ret = op.t
			} else if op.mode == mValue {
				ret = op.t
			}
		} else {
			op := inner.expr(exprBody, nil)
			if op.mode == mValue {
				ret = op.t
			}
			if want != nil && want.kind == kVoid && !isStmtExpr(exprBody) {
				ok = false
			}
		}
	} else if body != nil {
		inner.collectLabels(body)
		inner.block(body)
		if want != nil && want.kind != kVoid {
			ret = want
			if endReachable(body) && !f.iter {
				ok = false
				if !silent && inv != nil && inv.t != nil {
					what, pos := "lambda expression", e.Pos()
					if l, isL := e.(*syntax.LambdaExpr); isL {
						pos = l.Arrow
					} else {
						what = "anonymous method"
					}
					b.c.errorf(pos, "CS1643", "Not all code paths return a value in %s of type '%s'", what, inv.t)
				}
			}
		} else if want != nil && want.kind == kVoid {
			ret = tVoid
		} else {
			switch {
			case len(f.rets) > 0:
				ret = b.c.bestCommon(f.rets)
			case f.retVoid || endReachable(body):
				ret = tVoid
			default:
				ret = tUnknown
			}
		}
		if want != nil && want.kind == kVoid && len(f.rets) > 0 {
			ok = false
		}
	}
	if ret == nil {
		ret = tUnknown
	}
	if info != nil {
		info.ret = ret
		info.hasValues = len(f.rets) > 0
		info.endReach = body != nil && endReachable(body)
		info.stmtExpr = exprBody != nil && isStmtExpr(exprBody)
	}
	if async {
		if ret.kind == kVoid {
			ret = b.special("System.Threading.Tasks.Task")
		} else if !isUnknown(ret) {
			if g := b.c.special("System.Threading.Tasks.Task`1"); g != nil {
				ret = named(g.sym, ret)
			}
		} else {
			ret = tUnknown
		}
	}
	return ret, ok
}

func isStmtExpr(e syntax.Expr) bool {
	switch x := e.(type) {
	case *syntax.CallExpr, *syntax.AssignExpr, *syntax.AwaitExpr, *syntax.ObjectCreation, *syntax.PostfixExpr, *syntax.CondAccess, *syntax.ThrowExpr:
		return true
	case *syntax.UnaryExpr:
		return x.Op == syntax.INC || x.Op == syntax.DEC
	}
	return false
}

// best picks the best applicable candidate (nil when ambiguous).
func (b *binder) best(ok []*applied, ai []argInfo) *applied {
	if len(ok) == 1 {
		return ok[0]
	}
	better := func(x, y *applied) bool {
		anyBetter, anyWorse := false, false
		for i, a := range ai {
			px, py := x.ptypes[i], y.ptypes[i]
			if identical(px, py) {
				continue
			}
			cx := b.betterConv(a, px, py, x.lamRet[i], y.lamRet[i])
			cy := b.betterConv(a, py, px, y.lamRet[i], x.lamRet[i])
			if cx && !cy {
				anyBetter = true
			} else if cy && !cx {
				anyWorse = true
			}
		}
		if anyBetter && !anyWorse {
			return true
		}
		if anyBetter || anyWorse {
			return false
		}
		// tie breakers
		if x.expanded != y.expanded {
			return !x.expanded
		}
		if (len(x.k.m.TParams) == 0) != (len(y.k.m.TParams) == 0) {
			return len(x.k.m.TParams) == 0
		}
		if x.k.ext != y.k.ext {
			return !x.k.ext
		}
		dx, dy := 0, 0
		for i := range ai {
			dx += depth(x.k.m.paramType(i, x.k.ext))
			dy += depth(y.k.m.paramType(i, y.k.ext))
		}
		if dx != dy {
			return dx > dy
		}
		if nx, ny := len(x.k.m.Params), len(y.k.m.Params); nx != ny {
			return nx < ny
		}
		return false
	}
	for _, x := range ok {
		win := true
		for _, y := range ok {
			if x != y && !better(x, y) {
				win = false
				break
			}
		}
		if win {
			return x
		}
	}
	// same signature found on several levels of the hierarchy: the most derived wins
	first := ok[0]
	for _, y := range ok[1:] {
		if !sameTypes(first.ptypes, y.ptypes) {
			return nil
		}
	}
	return first
}

func sameTypes(a, b []*ty) bool {
	for i := range a {
		if !identical(a[i], b[i]) {
			return false
		}
	}
	return true
}

func (m *memberSym) paramType(i int, ext bool) *ty {
	if ext {
		i++
	}
	if i < len(m.Params) {
		return m.Params[i].Type
	}
	if n := len(m.Params); n > 0 {
		return m.Params[n-1].Type
	}
	return nil
}

func depth(t *ty) int {
	if t == nil {
		return 0
	}
	d := 0
	switch t.kind {
	case kNamed:
		for _, a := range t.args {
			d = max(d, depth(a))
		}
		return d + 1
	case kArray:
		return depth(t.elem) + 1
	case kTuple:
		for _, e := range t.elems {
			d = max(d, depth(e))
		}
		return d + 1
	}
	return 1
}

// betterConv reports whether converting argument a to p1 is better than to p2.
func (b *binder) betterConv(a argInfo, p1, p2 *ty, r1, r2 *ty) bool {
	if isUnknown(p1) || isUnknown(p2) {
		return false
	}
	if a.fn {
		i1, i2 := b.c.invokeOf(p1), b.c.invokeOf(p2)
		if i1 == nil || i2 == nil {
			return false
		}
		if i1.ret.kind != kVoid && i2.ret.kind == kVoid {
			return r1 != nil && r1.kind != kVoid
		}
		if i1.ret.kind == kVoid || i2.ret.kind == kVoid {
			return false
		}
		if r1 != nil && identical(r1, i1.ret) && !identical(r2, i2.ret) {
			return true
		}
		n1, n2 := numKind(i1.ret), numKind(i2.ret)
		if n1 != nNone && n2 != nNone {
			return implicitNumeric(n1, n2) && !implicitNumeric(n2, n1)
		}
		return false
	}
	t := a.op.t
	if a.op.mode == mValue && !isUnknown(t) {
		if identical(t, p1) {
			return true
		}
		if identical(t, p2) {
			return false
		}
	}
	n1, n2 := numKind(p1), numKind(p2)
	if n1 != nNone && n2 != nNone {
		// signed beats unsigned (C# better conversion target)
		if (n1 == nSByte && (n2 == nByte || n2 == nUShort || n2 == nUInt || n2 == nULong)) ||
			(n1 == nShort && (n2 == nUShort || n2 == nUInt || n2 == nULong)) ||
			(n1 == nInt && (n2 == nUInt || n2 == nULong)) || (n1 == nLong && n2 == nULong) {
			return true
		}
		return implicitNumeric(n1, n2) && !implicitNumeric(n2, n1)
	}
	if better, ok := b.betterCovariant(p1, p2); ok {
		return better
	}
	c1 := b.c.convertible(p1, p2, nil) && !isUnknownish(p1)
	c2 := b.c.convertible(p2, p1, nil) && !isUnknownish(p2)
	return c1 && !c2
}

func isUnknownish(t *ty) bool { return isUnknown(t) || t.kind == kTypeParam }

// lateArgs binds the arguments that needed the chosen parameter types.
func (b *binder) lateArgs(ai []argInfo, ap *applied) {
	for i, a := range ai {
		var pt *ty
		if ap != nil {
			pt = ap.ptypes[i]
		}
		switch {
		case a.fn && a.op.mode == mLambda:
			var inv *invokeSig
			if pt != nil {
				inv = b.c.invokeOf(pt)
			}
			if inv != nil {
				b.lambdaCompat(a.a.X, inv, false)
			} else {
				b.bindLambdaFree(a.a.X)
			}
		case a.late:
			if d, ok := a.a.X.(*syntax.DeclExpr); ok {
				t := pt
				if t == nil {
					t = tUnknown
				}
				b.deconstructTarget(d, t)
				continue
			}
			if pt != nil {
				b.assignTo(pt, a.a.X)
			} else {
				b.expr(a.a.X, nil)
			}
		}
	}
}

// bindLambdaFree binds a lambda with no known delegate type (for its inner errors).
func (b *binder) bindLambdaFree(e syntax.Expr) {
	if b.c.silent > 0 {
		return
	}
	switch l := e.(type) {
	case *syntax.LambdaExpr:
		b.bindLambda(e, l.Params, l.Mods.Has(syntax.ModAsync), l.Body, l.ExprBody, nil, false, nil)
	case *syntax.AnonMethodExpr:
		b.bindLambda(e, l.Params, l.Mods.Has(syntax.ModAsync), l.Body, nil, nil, false, nil)
	}
}

// lambdaExpr binds a lambda in a context with a target type (or none).
func (b *binder) lambdaExpr(e syntax.Expr, want *ty) operand {
	if inv := b.c.invokeOf(want); inv != nil {
		b.lambdaCompat(e, inv, false)
		return val(want)
	}
	// natural type (C# 10): explicitly typed parameters
	if l, ok := e.(*syntax.LambdaExpr); ok && (want == nil || isUnknown(want) || isObject(want) || isSys(want, "Delegate")) {
		explicit := true
		var ps []*ty
		anon := false
		for _, p := range l.Params.List {
			if p.Type == nil {
				explicit = false
				break
			}
			if p.Default != nil || p.Params || p.Mode != syntax.ByValue {
				anon = true
			}
			ps = append(ps, b.c.resolveType(p.Type, b.fn.env, true))
		}
		if explicit {
			ret, _ := b.bindLambda(e, l.Params, l.Mods.Has(syntax.ModAsync), l.Body, l.ExprBody, &invokeSig{params: ps, ret: tUnknown}, false, nil)
			if t := b.c.funcType(ps, ret); t != nil && !anon {
				return val(t)
			}
			return unknownOp
		}
	}
	b.bindLambdaFree(e)
	return operand{mode: mLambda, node: e}
}

// funcType returns Func<...>/Action<...> for params and ret (nil if not expressible).
func (c *checker) funcType(ps []*ty, ret *ty) *ty {
	if isUnknown(ret) {
		return nil
	}
	if ret.kind == kVoid {
		name := "System.Action"
		if len(ps) > 0 {
			name += "`" + string(rune('0'+len(ps)))
		}
		g := c.special(name)
		if g == nil {
			return nil
		}
		if len(ps) == 0 {
			return g
		}
		return named(g.sym, ps...)
	}
	g := c.special("System.Func`" + string(rune('1'+len(ps))))
	if g == nil {
		return nil
	}
	return named(g.sym, append(append([]*ty(nil), ps...), ret)...)
}

// naturalDelegate returns the natural delegate type of a method group with one method.
func (c *checker) naturalDelegate(op operand) *ty {
	if len(op.cands) != 1 || len(op.cands[0].m.TParams) > 0 {
		return nil
	}
	m := op.cands[0].m
	var ps []*ty
	for _, p := range m.Params {
		if p.Mode != syntax.ByValue {
			return nil
		}
		ps = append(ps, op.cands[0].subst(p.Type))
	}
	return c.funcType(ps, op.cands[0].subst(m.Type))
}

// newObject binds "new T(args) { init }" and target-typed "new(args)".
func (b *binder) newObject(e *syntax.ObjectCreation, want *ty) operand {
	var t *ty
	if e.Type == nil {
		t = want
		if t == nil || isUnknown(t) {
			b.args(e.Args)
			if e.Init != nil {
				b.objectInit(e.Init, tUnknown)
			}
			return unknownOp
		}
	} else {
		t = b.typ(e.Type)
	}
	if isNullable(t) {
		t = t.args[0]
	}
	if isUnknown(t) || t.kind == kTypeParam {
		b.args(e.Args)
		if e.Init != nil {
			b.objectInit(e.Init, t)
		}
		return val(t)
	}
	if t.kind == kNamed {
		s := t.sym
		switch {
		case s.Kind == symDelegate:
			if len(e.Args) == 1 {
				b.assignTo(t, e.Args[0].X)
			} else {
				b.args(e.Args)
			}
			return val(t)
		case s.Kind == symInterface || s.Mods&syntax.ModAbstract != 0:
			b.c.errorf(e.At, "CS0144", "Cannot create an instance of the abstract type or interface '%s'", t)
			b.args(e.Args)
			return unknownOp
		case s.Mods&syntax.ModStatic != 0:
			b.c.errorf(e.At, "CS0712", "Cannot create an instance of the static class '%s'", t)
			b.args(e.Args)
			return unknownOp
		}
		b.ctorCall(t, e.Args, e.At, false)
	} else {
		b.args(e.Args)
	}
	if e.Init != nil {
		b.objectInit(e.Init, t)
	}
	return val(t)
}

// ctorCall resolves a constructor of t for args.
func (b *binder) ctorCall(t *ty, args []*syntax.Arg, pos syntax.Pos, initializer bool) {
	if t == nil || isUnknown(t) || t.kind != kNamed {
		b.args(args)
		return
	}
	var cs []cand
	sub := typeMap(t)
	for _, m := range t.sym.members[".ctor"] {
		cs = append(cs, cand{m: m, sub: sub})
	}
	if len(cs) == 0 {
		if t.sym.Kind == symStruct || t.sym.Kind == symEnum || len(args) == 0 {
			b.args(args)
			return
		}
		if t.sym.User {
			b.args(args)
			b.c.errorf(pos, "CS1729", "'%s' does not contain a constructor that takes %d arguments", t, len(args))
			return
		}
		// library type without declared constructors: not supported
		b.args(args)
		if !isObject(t) {
			b.c.errorf(pos, "CS1729", "'%s' does not contain a constructor that takes %d arguments", t, len(args))
		}
		return
	}
	if t.sym.Kind == symStruct && len(args) == 0 {
		return
	}
	b.resolve(cs, args, pos, ".ctor", t, nil, false)
}

// objectInit binds an object or collection initializer for a value of type t.
func (b *binder) objectInit(init *syntax.InitializerExpr, t *ty) {
	for _, x := range init.Elems {
		switch init.Kind {
		case syntax.ObjectInit, syntax.WithInit:
			a, ok := x.(*syntax.AssignExpr)
			if !ok {
				b.expr(x, nil)
				continue
			}
			var mt *ty = tUnknown
			switch target := a.X.(type) {
			case *syntax.Ident:
				if !isUnknown(t) && t.kind == kNamed {
					cs := b.c.members(t, target.Name)
					if len(cs) == 0 {
						b.c.errorf(target.At, "CS0117", "'%s' does not contain a definition for '%s'%s", t, target.Name, b.c.hint(target.Name, b.c.memberNames(t)))
					} else if cs[0].m.Kind != mMethod {
						m := cs[0].m
						if !b.c.accessible(m, b.fn.typ) {
							b.c.errorf(target.At, "CS0122", "'%s.%s' is inaccessible due to its protection level", m.Owner.selfType(), m.Name)
						} else {
							mt = cs[0].subst(m.Type)
							if m.Kind == mProperty && !m.HasSet && m.Owner != b.fn.typ {
								if _, nested := a.Y.(*syntax.InitializerExpr); !nested {
									b.c.errorf(target.At, "CS0200", "Property or indexer '%s.%s' cannot be assigned to -- it is read only", m.Owner.selfType(), m.Name)
								}
							}
						}
					}
				}
			case *syntax.ImplicitElementAccess:
				b.args(target.Args)
				if op := b.indexOn(t, target.Args, target.At); op.mode == mValue {
					mt = op.t
				}
			default:
				b.expr(a.X, nil)
			}
			if in, ok := a.Y.(*syntax.InitializerExpr); ok {
				b.objectInit(in, mt)
			} else {
				b.assignTo(mt, a.Y)
			}
		default:
			// collection initializer: Add(x) or Add(k, v)
			var et *ty
			if !isUnknown(t) {
				et = b.c.elementType(t)
			}
			if in, ok := x.(*syntax.InitializerExpr); ok {
				for _, y := range in.Elems {
					b.value(y, nil)
				}
				continue
			}
			if et != nil && !isUnknown(et) && t.kind == kNamed && len(t.args) == 1 {
				b.assignTo(et, x)
			} else {
				b.value(x, nil)
			}
		}
	}
}

// pattern binds a pattern matched against a value of type t.
func (b *binder) pattern(p syntax.Pattern, t *ty) { b.patternN(p, t) }

// patternN binds pattern p against input type t and returns the type a
// value has once it matched (the right side of "and" sees it: string s and
// { Length: > 5 }).
func (b *binder) patternN(p syntax.Pattern, t *ty) (narrowed *ty) {
	narrowed = t
	switch p := p.(type) {
	case *syntax.DiscardPattern, *syntax.BadPattern, nil:
	case *syntax.TypePattern:
		b.typeOrConst(p.Type, t)
	case *syntax.ConstantPattern:
		if id, ok := p.X.(*syntax.Ident); ok && id.Name == "_" && b.sc.lookup("_") == nil {
			return
		}
		b.typeOrConst(p.X, t)
	case *syntax.DeclPattern:
		dt := b.typ(p.Type)
		b.declareDesignation(p.Des, dt)
		narrowed = dt
	case *syntax.VarPattern:
		b.declareDesignation(p.Des, t)
	case *syntax.RelationalPattern:
		b.value(p.X, nil)
	case *syntax.NotPattern:
		b.pattern(p.Pat, t)
	case *syntax.BinaryPattern:
		nt := b.patternN(p.X, t)
		if p.Or || nt == nil {
			nt = t
		}
		narrowed = b.patternN(p.Y, nt)
		if p.Or {
			narrowed = t
		}
	case *syntax.ParenPattern:
		narrowed = b.patternN(p.Pat, t)
	case *syntax.RecursivePattern:
		rt := t
		if p.Type != nil {
			rt = b.typ(p.Type)
		}
		if isNullable(rt) {
			rt = rt.args[0]
		}
		for i, sp := range p.Positional {
			var et *ty = tUnknown
			if rt != nil && rt.kind == kTuple && i < len(rt.elems) {
				et = rt.elems[i]
			}
			b.pattern(sp.Pat, et)
		}
		for _, sp := range p.Properties {
			var mt *ty = tUnknown
			if id, ok := sp.Name.(*syntax.Ident); ok && rt != nil && !isUnknown(rt) && rt.kind == kNamed {
				cs := b.c.members(rt, id.Name)
				if len(cs) == 0 {
					b.c.errorf(id.At, "CS0117", "'%s' does not contain a definition for '%s'%s", rt, id.Name, b.c.hint(id.Name, b.c.memberNames(rt)))
				} else if cs[0].m.Kind != mMethod {
					mt = cs[0].subst(cs[0].m.Type)
				}
			}
			b.pattern(sp.Pat, mt)
		}
		if p.Des != nil {
			b.declareDesignation(p.Des, rt)
		}
		narrowed = rt
	case *syntax.ListPattern:
		et := b.c.elementType(t)
		for _, el := range p.Elems {
			if sl, ok := el.(*syntax.SlicePattern); ok {
				if sl.Pat != nil {
					b.pattern(sl.Pat, t)
				}
				continue
			}
			b.pattern(el, et)
		}
		if p.Des != nil {
			b.declareDesignation(p.Des, t)
		}
	}
	return narrowed
}

// typeOrConst binds a name in a pattern that may be a type or a constant.
func (b *binder) typeOrConst(e syntax.Expr, t *ty) {
	op := b.expr(e, t)
	switch op.mode {
	case mType, mNS:
		return
	case mValue:
		if !isUnknown(op.t) && !isUnknown(t) && op.t.kind != kNull && !b.c.convertible(op.t, t, &op) && !b.c.convertible(t, op.t, nil) && !b.c.explicitExists(t, op.t) {
			b.c.errorf(e.Pos(), "CS0029", "Cannot implicitly convert type '%s' to '%s'", op.t, t)
		}
	}
}

// ambiguousSure reports whether an ambiguity between the applicable
// candidates is certain: user methods with plain parameters in their normal
// form, called with positional arguments of known types that convert by
// identity or numeric conversions only (where the better-conversion rules
// are modelled exactly).
func ambiguousSure(ok []*applied, ai []argInfo) bool {
	if len(ok) < 2 {
		return false
	}
	for _, ap := range ok {
		m := ap.k.m
		if m.Kind != mMethod || m.Owner == nil || !m.Owner.User || len(m.TParams) > 0 || ap.k.ext || ap.expanded || len(m.Params) != len(ai) {
			return false
		}
		for i, p := range m.Params {
			if p.Mode != syntax.ByValue || p.IsParams {
				return false
			}
			a := ai[i]
			t := a.op.t
			if a.fn || a.late || a.a.Name != nil || a.a.Mode != syntax.ByValue || a.op.mode != mValue || isUnknown(t) || t.kind == kNull {
				return false
			}
			if !identical(t, p.Type) && (numKind(t) == nNone || numKind(p.Type) == nNone) {
				return false
			}
		}
	}
	return true
}

// receiverMismatch returns the first extension method of cands that would
// apply but for its receiver, when every candidate is an extension method
// called on a known receiver (CS1929: n.Twice() with Twice(this string)).
func (b *binder) receiverMismatch(cands []cand, ai []argInfo, recv *ty, targs []*ty, inst bool) *cand {
	if !inst || recv == nil || hasUnknown(recv) || recv.kind == kTypeParam || recv.kind == kNull {
		return nil
	}
	for _, k := range cands {
		if !k.ext {
			return nil
		}
	}
	b.c.silent++
	defer func() { b.c.silent-- }()
	for i, k := range cands {
		if ap := b.applicable(k, ai, nil, targs); ap != nil {
			return &cands[i]
		}
	}
	return nil
}

// uninferred returns a type parameter of ap's method that inference surely
// could not fix (CS0411): no explicit type arguments, and every argument whose
// parameter mentions it is the null literal (Make<T>() called as Make(),
// Show<T>(Func<T>) as Show(null)).
func uninferred(ap *applied, ai []argInfo, targs []*ty) *tparamSym {
	m := ap.k.m
	if len(targs) > 0 || len(m.TParams) == 0 || m.Kind != mMethod {
		return nil
	}
	params := m.Params
	if ap.k.ext {
		if len(params) == 0 {
			return nil
		}
		params = params[1:]
	}
	for _, tp := range m.TParams {
		if t, ok := ap.sub[tp]; ok && t != nil && !isUnknown(t) {
			continue
		}
		set := map[*tparamSym]*ty{tp: nil}
		if ap.k.ext && mentions(m.Params[0].Type, set) {
			continue
		}
		sure := true
		for i, a := range ai {
			if a.a.Name != nil || len(params) == 0 {
				sure = false
				break
			}
			p := params[min(i, len(params)-1)]
			if hasUnknown(p.Type) {
				sure = false
				break
			}
			if mentions(p.Type, set) && (a.late || a.fn || a.op.mode != mValue || a.op.t == nil || a.op.t.kind != kNull) {
				sure = false
				break
			}
		}
		if sure {
			return tp
		}
	}
	return nil
}

// nonZeroToEnum reports whether a is an integer literal other than 0 passed
// for an enum parameter.
func nonZeroToEnum(a argInfo, pt *ty) bool {
	if pt == nil || pt.kind != kNamed || pt.sym.Kind != symEnum {
		return false
	}
	lit, ok := a.a.X.(*syntax.BasicLit)
	return ok && numKind(a.op.t) != nNone && lit.Int != 0 && !lit.Overflow
}
