package eval

import (
	"fmt"

	"rpbench/csharp/syntax"
)

// ctl is how a statement completed.
type ctl uint8

const (
	ctlNone ctl = iota
	ctlBreak
	ctlContinue
	ctlReturn
	ctlGoto // fr.ret holds the target label index (goto case/default)
)

type stmtFn func(fr *Frame) ctl
type exprFn func(fr *Frame) Value

// compiledBody is a method, accessor or lambda body ready to run.
type compiledBody struct {
	nlocals int
	nparams int
	run     stmtFn
	fs      *funcScope
}

// localVar is a local variable or parameter, resolved to a frame slot.
type localVar struct {
	name      string
	slot      int
	t         *Type
	captured  bool
	byRef     bool
	fs        *funcScope
	isConst   bool
	constVal  Value
	localFunc *syntax.MethodDecl
	redecl    []func(fr *Frame) // local functions to make again when this captured local is declared
}

// funcScope is the compile-time state of one method or lambda body.
type funcScope struct {
	parent   *funcScope
	blocks   []map[string]*localVar
	nslots   int
	captures []*localVar
	capIndex map[*localVar]int
	params   []*localVar
	static   bool
	async    bool
	retType  *Type
	iterator bool
	labels   []*labelScope // goto labels of the enclosing statement lists, innermost last
	tparams  []string
	ttypes   []*Type
}

// compiler compiles the bodies of one type's members.
type compiler struct {
	in      *Interp
	t       *Type // enclosing type definition
	env     *tenv
	fs      *funcScope
	checked bool
	m       *Method
	// switch sections for goto case, innermost last
	switches []*switchInfo
	// resources of using declarations in the current block
	pendingUsing []exprFn
	// hidden locals holding the receivers of enclosing ?. expressions
	condSlots []int
}

type switchInfo struct {
	labels map[string]int // constant key → section index; "default" for default
}

// compileError is a panic value for constructs the interpreter cannot run
// (the checker should have rejected them first).
type compileError struct {
	pos syntax.Pos
	msg string
}

func (c *compiler) errorf(n syntax.Node, format string, args ...any) {
	var p syntax.Pos
	if n != nil {
		p = n.Pos()
	}
	panic(compileError{p, fmt.Sprintf(format, args...)})
}

func (c *compiler) pushBlock() { c.fs.blocks = append(c.fs.blocks, map[string]*localVar{}) }
func (c *compiler) popBlock()  { c.fs.blocks = c.fs.blocks[:len(c.fs.blocks)-1] }

// declare adds a local variable to the innermost block.
func (c *compiler) declare(name string, t *Type) *localVar {
	lv := &localVar{name: name, slot: c.fs.nslots, t: t, fs: c.fs}
	c.fs.nslots++
	if len(c.fs.blocks) == 0 {
		c.pushBlock()
	}
	c.fs.blocks[len(c.fs.blocks)-1][name] = lv
	return lv
}

// lookupVar finds a local; capIdx >= 0 means it is captured from an enclosing function.
func (c *compiler) lookupVar(name string) (*localVar, int) {
	return c.lookupIn(c.fs, name)
}

func (c *compiler) lookupIn(fs *funcScope, name string) (*localVar, int) {
	for i := len(fs.blocks) - 1; i >= 0; i-- {
		if lv, ok := fs.blocks[i][name]; ok {
			return lv, -1
		}
	}
	if fs.parent == nil {
		return nil, -1
	}
	lv, _ := c.lookupIn(fs.parent, name)
	if lv == nil {
		return nil, -1
	}
	if lv.isConst {
		return lv, -1
	}
	lv.captured = true
	if fs.capIndex == nil {
		fs.capIndex = map[*localVar]int{}
	}
	if i, ok := fs.capIndex[lv]; ok {
		return lv, i
	}
	i := len(fs.captures)
	fs.captures = append(fs.captures, lv)
	fs.capIndex[lv] = i
	return lv, i
}

// varLoad compiles a read of a local.
func varLoad(lv *localVar, capIdx int) exprFn {
	if lv.isConst {
		v := lv.constVal
		return func(*Frame) Value { return v }
	}
	if capIdx >= 0 {
		return func(fr *Frame) Value { return *fr.clo.cells[capIdx] }
	}
	slot := lv.slot
	return func(fr *Frame) Value {
		v := fr.l[slot]
		if v.K == KRef {
			return *v.R.(*Value)
		}
		return v
	}
}

// varAddr compiles taking a local's address (for ref/out and compound stores).
func varAddr(lv *localVar, capIdx int) func(fr *Frame) *Value {
	if capIdx >= 0 {
		return func(fr *Frame) *Value { return fr.clo.cells[capIdx] }
	}
	slot := lv.slot
	return func(fr *Frame) *Value {
		p := &fr.l[slot]
		if p.K == KRef {
			return p.R.(*Value)
		}
		return p
	}
}

// varDecl compiles the initialisation of a freshly declared local (a new
// cell each time when the variable is captured).
func varDecl(lv *localVar) func(fr *Frame, v Value) {
	slot := lv.slot
	structType := lv.t != nil && isUserStruct(lv.t)
	return func(fr *Frame, v Value) {
		if v.K == KStruct {
			v = cloneStruct(v)
		} else if structType && v.K == KObject {
			v = unbox(v) // a struct-typed local gets a copy of a boxed value
		}
		if lv.captured {
			cell := new(Value)
			*cell = v
			fr.l[slot] = Value{K: KRef, R: cell}
			for _, f := range lv.redecl {
				f(fr)
			}
			return
		}
		fr.l[slot] = v
	}
}

// compileBody compiles a method (lazily, on first call).
func (in *Interp) compileMethod(m *Method) (b *compiledBody, err error) {
	m.compileMu.Lock()
	defer m.compileMu.Unlock()
	if m.body != nil {
		return m.body, nil
	}
	t := m.Decl
	fs := &funcScope{static: m.Static, async: m.Async}
	fs.tparams = m.TypeParams
	c := &compiler{in: in, t: t, fs: fs, m: m}
	scope := t.file
	c.env = &tenv{scope: scope, outer: t, method: m}
	if m.Ret != nil {
		fs.retType = m.Ret.get(in)
	}
	defer func() {
		if r := recover(); r != nil {
			if ce, ok := r.(compileError); ok {
				err = &RuntimeError{Pos: ce.pos, Msg: ce.msg}
				return
			}
			panic(r)
		}
	}()
	c.pushBlock()
	for _, p := range m.Params {
		var pt *Type
		if p.Type != nil {
			pt = p.Type.get(in)
		}
		lv := c.declare(p.Name, pt)
		lv.byRef = p.Mode == ByRef || p.Mode == ByOut || p.Mode == ByIn
		fs.params = append(fs.params, lv)
	}
	var run stmtFn
	switch body := m.node.(type) {
	case *syntax.BlockStmt:
		fs.iterator = containsYield(body)
		run = c.block(body)
	case syntax.Expr:
		if m.Ret == nil || (m.Async && fs.retType != nil && fs.retType == in.tTask) {
			e := c.exprVoid(body)
			run = func(fr *Frame) ctl { e(fr); return ctlNone }
		} else {
			rt := fs.retType
			if m.Async {
				rt = taskResultType(in, rt)
			}
			if re, ok := body.(*syntax.RefExpr); ok {
				addr := c.addr(re.X) // ref int F() => ref field;
				run = func(fr *Frame) ctl { fr.ret = Value{K: KRef, R: addr(fr)}; return ctlReturn }
				break
			}
			e := c.copyOut(body, c.exprTyped(body, rt))
			run = func(fr *Frame) ctl { fr.ret = e(fr); return ctlReturn }
		}
	case nil:
		run = func(fr *Frame) ctl { return ctlNone }
	default:
		return nil, fmt.Errorf("%s: cannot compile body %T", m.pos, body)
	}
	if m.Name == ".ctor" {
		run = c.ctorPrologue(m, run)
	}
	b = &compiledBody{nlocals: fs.nslots, nparams: len(m.Params), run: run, fs: fs}
	if fs.iterator {
		b.run = c.iteratorBody(b, m)
	}
	m.body = b
	return b, nil
}

// taskResultType returns T of Task<T> (nil for Task).
func taskResultType(in *Interp, t *Type) *Type {
	if t != nil && t.Def == in.tTaskT && len(t.TypeArgs) == 1 {
		return t.TypeArgs[0]
	}
	return nil
}

// boxParams boxes captured parameters at entry.
func boxParams(fs *funcScope, fr *Frame) {
	for _, p := range fs.params {
		if p.captured && !p.byRef {
			cell := new(Value)
			*cell = fr.l[p.slot]
			fr.l[p.slot] = Value{K: KRef, R: cell}
		}
	}
}

// ---------------------------------------------------------------------------
// Statements

func (c *compiler) block(b *syntax.BlockStmt) stmtFn {
	c.pushBlock()
	defer c.popBlock()
	saved := len(c.pendingUsing)
	run := c.stmtList(b.Stmts)
	if len(c.pendingUsing) > saved {
		res := append([]exprFn(nil), c.pendingUsing[saved:]...)
		c.pendingUsing = c.pendingUsing[:saved]
		run = c.withDispose(nil, run, res)
	}
	return run
}

func (c *compiler) stmtList(stmts []syntax.Stmt) stmtFn {
	// Local functions are visible in the whole block: declare them first
	// (their bodies are compiled after the statements, see declareLocalFuncs).
	lfs := c.declareLocalFuncs(stmts)
	var pre []stmtFn
	if len(lfs) > 0 {
		pre = make([]stmtFn, 1)
	}
	var fns []stmtFn
	ls := c.enterLabels(stmts)
	for _, s := range stmts {
		if _, ok := s.(*syntax.LocalFuncStmt); ok {
			continue
		}
		if ls != nil {
			ls.placeLabels(s, len(pre)+len(fns))
		}
		fns = append(fns, c.stmt(s))
	}
	if len(lfs) > 0 {
		pre[0] = c.compileLocalFuncs(lfs)
	}
	fns = append(pre, fns...)
	if ls != nil {
		c.exitLabels()
		return ls.run(fns)
	}
	switch len(fns) {
	case 0:
		return func(*Frame) ctl { return ctlNone }
	case 1:
		return fns[0]
	case 2:
		a, b := fns[0], fns[1]
		return func(fr *Frame) ctl {
			if r := a(fr); r != ctlNone {
				return r
			}
			return b(fr)
		}
	}
	return func(fr *Frame) ctl {
		for _, f := range fns {
			if r := f(fr); r != ctlNone {
				return r
			}
		}
		return ctlNone
	}
}

func (c *compiler) stmt(s syntax.Stmt) stmtFn {
	switch s := s.(type) {
	case *syntax.BlockStmt:
		return c.block(s)
	case *syntax.EmptyStmt:
		return func(*Frame) ctl { return ctlNone }
	case *syntax.ExprStmt:
		return c.exprStmt(s)
	case *syntax.LocalDeclStmt:
		return c.localDecl(s)
	case *syntax.IfStmt:
		return c.ifStmt(s)
	case *syntax.WhileStmt:
		return c.whileStmt(s)
	case *syntax.DoStmt:
		return c.doStmt(s)
	case *syntax.ForStmt:
		return c.forStmt(s)
	case *syntax.ForeachStmt:
		return c.foreachStmt(s)
	case *syntax.BranchStmt:
		switch s.Tok {
		case syntax.BREAK:
			return func(*Frame) ctl { return ctlBreak }
		case syntax.CONTINUE:
			return func(*Frame) ctl { return ctlContinue }
		}
		return c.gotoStmt(s)
	case *syntax.ReturnStmt:
		return c.returnStmt(s)
	case *syntax.ThrowStmt:
		return c.throwStmt(s)
	case *syntax.TryStmt:
		return c.tryStmt(s)
	case *syntax.SwitchStmt:
		return c.switchStmt(s)
	case *syntax.UsingStmt:
		return c.usingStmt(s)
	case *syntax.LockStmt:
		x := c.expr(s.X)
		body := c.stmt(s.Body)
		return func(fr *Frame) ctl { x(fr); return body(fr) }
	case *syntax.CheckedStmt:
		old := c.checked
		c.checked = !s.Unchecked
		b := c.block(s.Body)
		c.checked = old
		return b
	case *syntax.LabeledStmt:
		return c.stmt(s.Stmt)
	case *syntax.YieldStmt:
		return c.yieldStmt(s)
	case *syntax.LocalFuncStmt:
		return func(*Frame) ctl { return ctlNone }
	}
	c.errorf(s, "statement %T is not supported", s)
	return nil
}

func (c *compiler) exprStmt(s *syntax.ExprStmt) stmtFn {
	pos := s.Pos()
	p := &pos
	e := c.exprVoid(s.X)
	return func(fr *Frame) ctl {
		fr.pos = p
		e(fr)
		return ctlNone
	}
}

func (c *compiler) localDecl(s *syntax.LocalDeclStmt) stmtFn {
	var t *Type
	isVar := false
	if id, ok := s.Type.(*syntax.Ident); ok && id.Name == "var" {
		isVar = true
	} else {
		t = c.resolveType(s.Type)
	}
	pos := s.Pos()
	p := &pos
	var fns []stmtFn
	var usingVars []*localVar
	for _, v := range s.Vars {
		if s.Mods.Has(syntax.ModConst) {
			cv := c.constExpr(v.Init, t)
			lv := c.declare(v.Name.Name, t)
			lv.isConst = true
			lv.constVal = cv
			continue
		}
		var init exprFn
		vt := t
		if v.Init != nil {
			if ie, ok := v.Init.(*syntax.InitializerExpr); ok {
				init = c.arrayInit(t, ie)
			} else {
				init = c.exprTyped(v.Init, t)
			}
			if isVar {
				vt = c.staticType(v.Init)
			}
		} else if t != nil {
			zero := c.in.zeroOf(t)
			init = func(*Frame) Value { return zero }
			if t.Kind == TypeStruct {
				init = func(fr *Frame) Value { return c.in.zeroValue(c.in.closeType(t, fr)) }
			}
		}
		lv := c.declare(v.Name.Name, vt)
		usingVars = append(usingVars, lv)
		decl := varDecl(lv)
		if init == nil {
			fns = append(fns, func(fr *Frame) ctl { decl(fr, Null); return ctlNone })
			continue
		}
		if s.Mods.Has(syntax.ModRef) {
			// ref local: alias the address.
			if re, ok := v.Init.(*syntax.RefExpr); ok {
				addr := c.addr(re.X)
				slot := lv.slot
				fns = append(fns, func(fr *Frame) ctl { fr.l[slot] = Value{K: KRef, R: addr(fr)}; return ctlNone })
				continue
			}
		}
		fns = append(fns, func(fr *Frame) ctl {
			fr.pos = p
			decl(fr, init(fr))
			return ctlNone
		})
	}
	run := seq(fns)
	if s.Using {
		// using var: dispose at the end of the enclosing block; we approximate by
		// registering the disposal on the frame's block list.
		loads := make([]exprFn, len(usingVars))
		for i, lv := range usingVars {
			loads[i] = c.usingLoad(varLoad(lv, -1), s.Await)
		}
		c.pendingUsing = append(c.pendingUsing, loads...)
	}
	return run
}

func seq(fns []stmtFn) stmtFn {
	if len(fns) == 1 {
		return fns[0]
	}
	return func(fr *Frame) ctl {
		for _, f := range fns {
			if r := f(fr); r != ctlNone {
				return r
			}
		}
		return ctlNone
	}
}

func (c *compiler) cond(e syntax.Expr) func(fr *Frame) bool {
	x := c.expr(e)
	in := c.in
	return func(fr *Frame) bool {
		v := x(fr)
		if v.K == KObject || v.K == KStruct {
			return in.userTruth(fr, v, "op_True")
		}
		return v.N != 0
	}
}

// userTruth applies a user-defined operator true or false (name) to v.
func (in *Interp) userTruth(fr *Frame, v Value, name string) bool {
	for _, m := range in.findMethods(in.typeOf(v), name) {
		if m.Static && len(m.Params) == 1 {
			return in.invoke(fr.c, m, m.Decl, nil, Null, []Value{v}).N != 0
		}
	}
	return false
}

func (c *compiler) ifStmt(s *syntax.IfStmt) stmtFn {
	cond := c.cond(s.Cond)
	pos := s.Pos()
	p := &pos
	c.pushBlock()
	then := c.stmt(s.Then)
	c.popBlock()
	if s.Else == nil {
		return func(fr *Frame) ctl {
			fr.pos = p
			if cond(fr) {
				return then(fr)
			}
			return ctlNone
		}
	}
	c.pushBlock()
	els := c.stmt(s.Else)
	c.popBlock()
	return func(fr *Frame) ctl {
		fr.pos = p
		if cond(fr) {
			return then(fr)
		}
		return els(fr)
	}
}

func (c *compiler) whileStmt(s *syntax.WhileStmt) stmtFn {
	cond := c.cond(s.Cond)
	c.pushBlock()
	body := c.stmt(s.Body)
	c.popBlock()
	pos := s.Pos()
	p := &pos
	return func(fr *Frame) ctl {
		in := fr.c.in
		for {
			fr.pos = p
			in.steps++
			if in.steps > in.maxSteps {
				fr.c.step()
			}
			if !cond(fr) {
				return ctlNone
			}
			switch body(fr) {
			case ctlBreak:
				return ctlNone
			case ctlReturn:
				return ctlReturn
			case ctlGoto:
				return ctlGoto
			}
		}
	}
}

func (c *compiler) doStmt(s *syntax.DoStmt) stmtFn {
	c.pushBlock()
	body := c.stmt(s.Body)
	c.popBlock()
	cond := c.cond(s.Cond)
	pos := s.Pos()
	p := &pos
	return func(fr *Frame) ctl {
		in := fr.c.in
		for {
			in.steps++
			if in.steps > in.maxSteps {
				fr.pos = p
				fr.c.step()
			}
			switch body(fr) {
			case ctlBreak:
				return ctlNone
			case ctlReturn:
				return ctlReturn
			case ctlGoto:
				return ctlGoto
			}
			if !cond(fr) {
				return ctlNone
			}
		}
	}
}

func (c *compiler) forStmt(s *syntax.ForStmt) stmtFn {
	c.pushBlock()
	defer c.popBlock()
	var inits []stmtFn
	for _, i := range s.Init {
		inits = append(inits, c.stmt(i))
	}
	cond := func(*Frame) bool { return true }
	if s.Cond != nil {
		cond = c.cond(s.Cond)
	}
	var posts []exprFn
	for _, e := range s.Post {
		posts = append(posts, c.exprVoid(e))
	}
	c.pushBlock()
	body := c.stmt(s.Body)
	c.popBlock()
	pos := s.Pos()
	p := &pos
	// Fresh cells per iteration are not needed: C# for-variables are shared.
	return func(fr *Frame) ctl {
		for _, i := range inits {
			i(fr)
		}
		in := fr.c.in
		for {
			in.steps++
			if in.steps > in.maxSteps {
				fr.pos = p
				fr.c.step()
			}
			if !cond(fr) {
				return ctlNone
			}
			switch body(fr) {
			case ctlBreak:
				return ctlNone
			case ctlReturn:
				return ctlReturn
			case ctlGoto:
				return ctlGoto
			}
			for _, e := range posts {
				e(fr)
			}
		}
	}
}

func (c *compiler) returnStmt(s *syntax.ReturnStmt) stmtFn {
	pos := s.Pos()
	p := &pos
	if s.X == nil {
		return func(fr *Frame) ctl { return ctlReturn }
	}
	rt := c.fs.retType
	if c.fs.async {
		rt = taskResultType(c.in, rt)
	}
	var x exprFn
	if re, ok := s.X.(*syntax.RefExpr); ok {
		addr := c.addr(re.X)
		x = func(fr *Frame) Value { return Value{K: KRef, R: addr(fr)} }
	} else {
		x = c.copyOut(s.X, c.exprTyped(s.X, rt))
	}
	return func(fr *Frame) ctl {
		fr.pos = p
		fr.ret = x(fr)
		return ctlReturn
	}
}

func (c *compiler) throwStmt(s *syntax.ThrowStmt) stmtFn {
	pos := s.Pos()
	p := &pos
	if s.X == nil {
		lv := c.currentCatchVar()
		if lv == nil {
			c.errorf(s, "throw; outside a catch clause")
		}
		slot := lv.slot
		return func(fr *Frame) ctl {
			fr.pos = p
			ex := fr.l[slot]
			if ex.K == KRef {
				ex = *ex.R.(*Value)
			}
			fr.c.raise(ex.Obj())
			return ctlNone
		}
	}
	x := c.expr(s.X)
	return func(fr *Frame) ctl {
		fr.pos = p
		fr.c.ThrowValue(x(fr))
		return ctlNone
	}
}

func (c *compiler) currentCatchVar() *localVar {
	for i := len(c.fs.blocks) - 1; i >= 0; i-- {
		if lv, ok := c.fs.blocks[i]["<catch>"]; ok {
			return lv
		}
	}
	return nil
}

func (c *compiler) gotoStmt(s *syntax.BranchStmt) stmtFn {
	if s.Label != nil {
		return c.gotoLabel(s)
	}
	if len(c.switches) == 0 {
		c.errorf(s, "goto is only supported as goto case/default inside a switch")
	}
	sw := c.switches[len(c.switches)-1]
	key := "default"
	if !s.Default {
		if s.Case == nil {
			c.errorf(s, "goto label is not supported")
		}
		v := c.constExpr(s.Case, nil)
		key = constKey(v)
	}
	return func(fr *Frame) ctl {
		idx, ok := sw.labels[key]
		if !ok {
			fr.c.fatal("goto case: no such label")
		}
		fr.ret = Int(int32(idx))
		return ctlGoto
	}
}

func constKey(v Value) string {
	switch v.K {
	case KString:
		return "s:" + v.AsString()
	case KNull:
		return "null"
	}
	return fmt.Sprintf("n:%d", int64(v.N))
}

// catchC is one compiled catch clause.
type catchC struct {
	t      *Type
	decl   func(fr *Frame, v Value)
	filter func(fr *Frame) bool
	body   stmtFn
	hidden int
}

// handlerRec is a try statement with catch clauses that is executing on a
// coroutine: the first pass of exception dispatch walks these records.
// A barrier record (catches == nil) stops the search: an exception filter
// being evaluated catches everything thrown inside it.
type handlerRec struct {
	fr      *Frame
	catches []catchC
}

// firstPass is the first pass of .NET's two-pass exception dispatch: it
// finds the catch clause that will handle ex, evaluating exception filters
// before any finally block runs, and returns the panic value that carries
// the choice. Unwinding (the second pass) runs finally blocks down to it.
func (c *Context) firstPass(ex *Object) csharpPanic {
	for i := len(c.handlers) - 1; i >= 0; i-- {
		h := c.handlers[i]
		if h.catches == nil {
			return csharpPanic{ex: ex, searched: true, target: i}
		}
		for k := range h.catches {
			cc := &h.catches[k]
			if !ex.Type.Is(cc.t) {
				continue
			}
			if cc.filter != nil {
				h.fr.l[cc.hidden] = ObjVal(ex)
				if cc.decl != nil {
					cc.decl(h.fr, ObjVal(ex))
				}
				if !filterOK(cc.filter, h.fr) {
					continue
				}
			}
			return csharpPanic{ex: ex, searched: true, target: i, clause: k}
		}
	}
	return csharpPanic{ex: ex, searched: true, target: -1}
}

// raise throws ex after the first pass has chosen its handler.
func (c *Context) raise(ex *Object) {
	panic(c.firstPass(ex))
}

// tryStmt compiles try/catch/finally. C# exceptions are Go panics of type
// csharpPanic. Throwing runs the first pass (firstPass: filters are
// evaluated before inner finally blocks run, as in .NET); catch clauses
// then recover the panic aimed at them, and finally runs in a deferred call.
func (c *compiler) tryStmt(s *syntax.TryStmt) stmtFn {
	body := c.block(s.Body)
	var catches []catchC
	for _, cc := range s.Catches {
		c.pushBlock()
		var k catchC
		k.t = c.in.tException
		if cc.Type != nil {
			k.t = c.resolveType(cc.Type)
		}
		hidden := c.declare("<catch>", k.t)
		k.hidden = hidden.slot
		if cc.Name != nil {
			lv := c.declare(cc.Name.Name, k.t)
			k.decl = varDecl(lv)
		}
		if cc.Filter != nil {
			k.filter = c.cond(cc.Filter)
		}
		k.body = c.block(cc.Body)
		c.popBlock()
		catches = append(catches, k)
	}
	var fin stmtFn
	if s.Finally != nil {
		fin = c.block(s.Finally)
	}
	var tryCatch stmtFn
	if len(catches) == 0 {
		tryCatch = body
	} else {
		tryCatch = func(fr *Frame) (r ctl) {
			th := fr.c
			st := th.save()
			idx := len(th.handlers)
			th.handlers = append(th.handlers, handlerRec{fr: fr, catches: catches})
			cp, caught, r := runCatching(body, fr, idx)
			if !caught {
				return r
			}
			ex := cp.ex
			if cp.searched {
				if cp.target != idx {
					panic(cp)
				}
				th.restore(st)
				fr.pos = nil
				k := &catches[cp.clause]
				fr.l[k.hidden] = ObjVal(ex)
				if k.decl != nil {
					k.decl(fr, ObjVal(ex))
				}
				return k.body(fr)
			}
			th.restore(st)
			fr.pos = nil
			for _, k := range catches {
				if !ex.Type.Is(k.t) {
					continue
				}
				fr.l[k.hidden] = ObjVal(ex)
				if k.decl != nil {
					k.decl(fr, ObjVal(ex))
				}
				if k.filter != nil && !filterOK(k.filter, fr) {
					continue
				}
				return k.body(fr)
			}
			panic(cp)
		}
	}
	if fin == nil {
		return tryCatch
	}
	return func(fr *Frame) (r ctl) {
		th := fr.c
		st := th.save()
		defer func() {
			if p := recover(); p != nil {
				switch p.(type) {
				case csharpPanic, iterStop: // iterStop: Dispose of a suspended iterator runs its finally blocks
				default:
					panic(p)
				}
				th.restore(st)
				savedRet := fr.ret
				fin(fr)
				fr.ret = savedRet
				panic(p)
			}
		}()
		r = tryCatch(fr)
		savedRet := fr.ret
		if fr2 := fin(fr); fr2 != ctlNone {
			return fr2
		}
		fr.ret = savedRet
		return r
	}
}

// runCatching runs body and returns the C# exception it threw, if any. The
// coroutine's handler records are cut back to idx however body ends.
func runCatching(body stmtFn, fr *Frame, idx int) (cp csharpPanic, caught bool, r ctl) {
	th := fr.c
	defer func() {
		th.handlers = th.handlers[:idx]
		if p := recover(); p != nil {
			if x, ok := p.(csharpPanic); ok {
				cp, caught = x, true
				return
			}
			panic(p)
		}
	}()
	return cp, false, body(fr)
}

// filterOK evaluates an exception filter; an exception in a filter counts as
// false. A barrier handler record keeps the first pass of exceptions thrown
// inside the filter from looking past it.
func filterOK(f func(fr *Frame) bool, fr *Frame) (ok bool) {
	th := fr.c
	st := th.save()
	idx := len(th.handlers)
	th.handlers = append(th.handlers, handlerRec{fr: fr})
	defer func() {
		th.handlers = th.handlers[:idx]
		if p := recover(); p != nil {
			if _, isCS := p.(csharpPanic); isCS {
				th.restore(st)
				ok = false
				return
			}
			panic(p)
		}
	}()
	return f(fr)
}

func (c *compiler) usingStmt(s *syntax.UsingStmt) stmtFn {
	c.pushBlock()
	defer c.popBlock()
	var res []exprFn
	var init stmtFn
	if s.Decl != nil {
		saved := c.pendingUsing
		init = c.localDecl(s.Decl)
		res = c.pendingUsing[len(saved):]
		c.pendingUsing = saved
		if !s.Decl.Using {
			for _, v := range s.Decl.Vars {
				lv, _ := c.lookupVar(v.Name.Name)
				res = append(res, c.usingLoad(varLoad(lv, -1), s.Await))
			}
		}
	} else {
		lv := c.declare("<using>", nil)
		x := c.expr(s.X)
		decl := varDecl(lv)
		init = func(fr *Frame) ctl { decl(fr, x(fr)); return ctlNone }
		res = append(res, c.usingLoad(varLoad(lv, -1), s.Await))
	}
	body := c.stmt(s.Body)
	return c.withDispose(init, body, res)
}

// withDispose runs init, then body, then disposes res (in reverse order) whatever happens.
func (c *compiler) withDispose(init, body stmtFn, res []exprFn) stmtFn {
	in := c.in
	return func(fr *Frame) (r ctl) {
		if init != nil {
			if r := init(fr); r != ctlNone {
				return r
			}
		}
		th := fr.c
		st := th.save()
		defer func() {
			p := recover()
			if p != nil {
				switch p.(type) {
				case csharpPanic, iterStop:
				default:
					panic(p)
				}
				th.restore(st)
			}
			saved := fr.ret
			for i := len(res) - 1; i >= 0; i-- {
				v := res[i](fr)
				if !v.IsNull() {
					in.callMethodByName(th, v, "Dispose")
				}
			}
			fr.ret = saved
			if p != nil {
				panic(p)
			}
		}()
		return body(fr)
	}
}

// recordBaseArgs returns the base argument list of a record's primary
// constructor ("record B(int X) : A(X)"), nil if there is none.
func recordBaseArgs(m *Method) []*syntax.Arg {
	if !m.recordPrimary {
		return nil
	}
	for _, p := range m.Decl.parts {
		if p.decl.Params == nil {
			continue
		}
		for _, b := range p.decl.Bases {
			if b.Args != nil {
				return b.Args
			}
		}
	}
	return nil
}

// ctorPrologue runs field initializers and the base/this constructor call
// before the body, in C#'s order: initializers of this class, then the base
// constructor, then the body (this(...) chaining skips the initializers).
func (c *compiler) ctorPrologue(m *Method, body stmtFn) stmtFn {
	t := m.Decl
	in := c.in
	var initCall func(fr *Frame)
	if m.ctorInit != nil {
		args := c.args(m.ctorInit.Args)
		this := m.ctorInit.This
		pos := m.ctorInit.Pos()
		initCall = func(fr *Frame) {
			target := t
			if !this {
				target = fr.ctype.Base
				if target == nil {
					return
				}
			} else {
				target = fr.ctype
			}
			in.callCtor(fr, target, fr.this, args, &pos)
		}
	} else if bargs := recordBaseArgs(m); bargs != nil {
		// record B(int X) : A(X): the primary constructor calls A(X)
		args := c.args(bargs)
		pos := m.pos
		initCall = func(fr *Frame) {
			if b := fr.ctype.Base; b != nil {
				in.callCtor(fr, b, fr.this, args, &pos)
			}
		}
	} else if t.Base != nil && t.Kind == TypeClass {
		initCall = func(fr *Frame) {
			b := fr.ctype.Base
			if b != nil && b != in.tObject {
				in.callCtor(fr, b, fr.this, nil, nil)
			}
		}
	}
	runInits := !(m.ctorInit != nil && m.ctorInit.This)
	var prim stmtFn
	primFirst := m.recordPrimary && !t.Record // class/struct primary constructor: before the initializers
	if m.recordPrimary {
		params := m.Params
		prim = func(fr *Frame) ctl {
			o := fr.this.Obj()
			for i, p := range params {
				f := t.fieldIndex["<"+p.Name+">k__BackingField"]
				if primFirst {
					f = t.fieldIndex[primaryField(p.Name)]
				}
				if f == nil {
					continue
				}
				v := fr.l[i]
				if v.K == KRef {
					v = *v.R.(*Value)
				}
				o.Fields[f.Index] = v
			}
			return ctlNone
		}
	}
	return func(fr *Frame) ctl {
		if primFirst {
			prim(fr)
		}
		if runInits {
			in.runFieldInits(fr, t)
		}
		if initCall != nil {
			initCall(fr)
		}
		if prim != nil && !primFirst {
			prim(fr)
		}
		return body(fr)
	}
}
