package eval

import (
	"rpbench/csharp/syntax"
)

// lambdaCode is a compiled lambda, anonymous method or local function.
type lambdaCode struct {
	body      *compiledBody
	params    []*localVar
	captures  []captureSrc
	async     bool
	hasResult bool
	name      string
	m         *Method // enclosing method (for stack traces)
	retType   *Type
	pos       syntax.Pos
	convs     []func(Value) Value // per parameter converters, built on the first call
	convsDone bool
	retTyper  func(ptypes []*Type) *Type // result type for given parameter types (inference; lambdanat.go)
}

// captureSrc says where the creating frame finds a captured variable's cell.
type captureSrc struct {
	slot   int // slot in the creating frame (boxed), or -1
	capIdx int // index in the creating closure's cells, or -1
}

// Closure is a lambda value: code plus captured variable cells.
type Closure struct {
	fn    *lambdaCode
	cells []*Value
	this  Value
	ctype *Type
	targs []*Type
}

// lambda compiles a lambda or anonymous method. dt is the target delegate type when known.
func (c *compiler) lambda(pl *syntax.ParamList, block *syntax.BlockStmt, exprBody syntax.Expr, async bool, dt *Type, pos syntax.Pos) exprFn {
	code := c.compileLambda(pl, block, exprBody, async, dt, pos, "")
	return c.makeClosure(code, dt)
}

func (c *compiler) compileLambda(pl *syntax.ParamList, block *syntax.BlockStmt, exprBody syntax.Expr, async bool, dt *Type, pos syntax.Pos, name string) *lambdaCode {
	return c.compileFunc(pl, block, exprBody, async, dt, pos, name, nil)
}

// localFuncSig is what a local function declares that a lambda takes from
// its target delegate type: type parameters and the return type.
type localFuncSig struct {
	tparams []string
	result  syntax.Expr // nil for void
}

// compileFunc compiles a lambda (lf == nil) or a local function.
func (c *compiler) compileFunc(pl *syntax.ParamList, block *syntax.BlockStmt, exprBody syntax.Expr, async bool, dt *Type, pos syntax.Pos, name string, lf *localFuncSig) *lambdaCode {
	in := c.in
	parent := c.fs
	fs := &funcScope{parent: parent, static: parent.static, async: async}
	if lf != nil && len(lf.tparams) > 0 {
		// Type parameters of generic local functions are method type
		// parameters after the visible ones; a call binds them (localgeneric.go).
		fs.tparams = lf.tparams
		fs.ttypes = in.localTParamTypes(lf.tparams, c.tparamBase(parent))
	}
	saved := c.fs
	savedSwitch := c.switches
	savedCond := c.condSlots
	savedUsing := c.pendingUsing
	c.fs = fs
	c.switches = nil
	c.condSlots = nil
	c.pendingUsing = nil
	defer func() {
		c.fs = saved
		c.switches = savedSwitch
		c.condSlots = savedCond
		c.pendingUsing = savedUsing
	}()
	var sig *Method
	if dt != nil && dt.generic().delegateSig != nil {
		sig = dt.generic().delegateSig
	}
	code := &lambdaCode{async: async, name: name, m: c.m, pos: pos}
	if name == "" {
		code.name = "lambda"
	}
	c.pushBlock()
	if pl != nil {
		for i, p := range pl.List {
			var pt *Type
			if p.Type != nil {
				pt = c.resolveType(p.Type)
			} else if sig != nil && i < len(sig.Params) {
				if st := sig.Params[i].Type.get(in); st != nil {
					pt = in.substType(st, dt.TypeArgs, nil)
				}
			}
			lv := c.declare(p.Name.Name, pt)
			lv.byRef = p.Mode == syntax.ByRef || p.Mode == syntax.ByOut
			fs.params = append(fs.params, lv)
			code.params = append(code.params, lv)
		}
	}
	var retType *Type
	if sig != nil && sig.Ret != nil {
		if rt := sig.Ret.get(in); rt != nil {
			retType = in.substType(rt, dt.TypeArgs, nil)
		}
	}
	if lf != nil && lf.result != nil {
		retType = c.tryType(lf.result)
	}
	fs.retType = retType
	if async && retType == nil {
		fs.retType = nil
	}
	var run stmtFn
	if exprBody != nil {
		var e exprFn
		rt := retType
		if async {
			rt = taskResultType(in, rt)
		}
		code.hasResult = sig == nil || sig.Ret != nil
		if lf != nil {
			code.hasResult = lf.result != nil
		}
		if code.hasResult {
			e = c.copyOut(exprBody, c.exprTyped(exprBody, rt))
		} else {
			e = c.exprVoid(exprBody)
		}
		run = func(fr *Frame) ctl { fr.ret = e(fr); return ctlReturn }
	} else {
		fs.iterator = containsYield(block)
		run = c.block(block)
		code.hasResult = blockReturnsValue(block)
		if lf != nil {
			code.hasResult = lf.result != nil
		}
	}
	code.retType = retType
	code.body = &compiledBody{nlocals: fs.nslots, nparams: len(code.params), run: run, fs: fs}
	code.captures = make([]captureSrc, len(fs.captures))
	// Resolve where the creating function finds each captured cell.
	c.fs = parent
	for i, lv := range fs.captures {
		if lv.fs == parent {
			code.captures[i] = captureSrc{slot: lv.slot, capIdx: -1}
		} else {
			_, ci := c.lookupIn(parent, lv.name)
			code.captures[i] = captureSrc{slot: -1, capIdx: ci}
		}
	}
	c.fs = fs
	if fs.iterator {
		code.body.run = c.iteratorBody(code.body, nil)
	}
	return code
}

// blockReturnsValue reports whether a block has a "return expr;" or a
// yield statement (not inside nested lambdas or local functions).
func blockReturnsValue(b *syntax.BlockStmt) bool {
	return anyStmt(b, func(s syntax.Stmt) bool {
		switch s := s.(type) {
		case *syntax.ReturnStmt:
			return s.X != nil
		case *syntax.YieldStmt:
			return true
		}
		return false
	})
}

// containsYield reports whether a body is an iterator (has yield return or yield break).
func containsYield(b *syntax.BlockStmt) bool {
	return anyStmt(b, func(s syntax.Stmt) bool {
		_, ok := s.(*syntax.YieldStmt)
		return ok
	})
}

// anyStmt reports whether pred holds for a statement of b or of the
// statements nested in it (not descending into lambdas or local functions).
func anyStmt(b *syntax.BlockStmt, pred func(syntax.Stmt) bool) bool {
	var walk func(s syntax.Stmt) bool
	walkList := func(ss []syntax.Stmt) bool {
		for _, x := range ss {
			if walk(x) {
				return true
			}
		}
		return false
	}
	walk = func(s syntax.Stmt) bool {
		if s == nil {
			return false
		}
		if pred(s) {
			return true
		}
		switch s := s.(type) {
		case *syntax.BlockStmt:
			return s != nil && walkList(s.Stmts)
		case *syntax.IfStmt:
			return walk(s.Then) || walk(s.Else)
		case *syntax.WhileStmt:
			return walk(s.Body)
		case *syntax.DoStmt:
			return walk(s.Body)
		case *syntax.ForStmt:
			return walk(s.Body)
		case *syntax.ForeachStmt:
			return walk(s.Body)
		case *syntax.TryStmt:
			if walk(s.Body) {
				return true
			}
			for _, cc := range s.Catches {
				if walk(cc.Body) {
					return true
				}
			}
			return s.Finally != nil && walk(s.Finally)
		case *syntax.SwitchStmt:
			for _, sec := range s.Sections {
				if walkList(sec.Stmts) {
					return true
				}
			}
		case *syntax.UsingStmt:
			return walk(s.Body)
		case *syntax.LockStmt:
			return walk(s.Body)
		case *syntax.LabeledStmt:
			return walk(s.Stmt)
		case *syntax.CheckedStmt:
			return walk(s.Body)
		}
		return false
	}
	return b != nil && walk(b)
}

// makeClosure compiles the creation of a closure value.
func (c *compiler) makeClosure(code *lambdaCode, dt *Type) exprFn {
	in := c.in
	return func(fr *Frame) Value {
		clo := &Closure{fn: code, this: fr.this, ctype: fr.ctype, targs: fr.targs}
		if len(code.captures) > 0 {
			clo.cells = make([]*Value, len(code.captures))
			for i, src := range code.captures {
				if src.capIdx >= 0 {
					clo.cells[i] = fr.clo.cells[src.capIdx]
					continue
				}
				p := &fr.l[src.slot]
				if p.K != KRef {
					// not boxed yet (declared before capture was known): box now
					cell := new(Value)
					*cell = *p
					*p = Value{K: KRef, R: cell}
				}
				clo.cells[i] = p.R.(*Value)
			}
		}
		return DelVal(&Delegate{Type: in.closeType(dt, fr), Clo: clo})
	}
}

// callClosure runs a closure with arguments.
func (in *Interp) callClosure(c *Context, clo *Closure, args []Value) Value {
	code := clo.fn
	b := code.body
	if !code.convsDone {
		code.convs = make([]func(Value) Value, len(code.params))
		for i, p := range code.params {
			if p.t != nil && !p.byRef {
				code.convs[i] = in.converter(p.t)
			}
		}
		code.convsDone = true
	}
	for i, conv := range code.convs {
		if i >= len(args) {
			break
		}
		if conv != nil {
			args[i] = conv(args[i])
		} else if args[i].K == KStruct && !code.params[i].byRef {
			args[i] = cloneStruct(args[i]) // a by-value parameter is a copy
		}
	}
	if code.async {
		return in.startAsyncClosure(c, clo, args)
	}
	if b.fs.iterator {
		return in.makeIteratorClosure(c, clo, args)
	}
	return in.runClosure(c, clo, args)
}

func (in *Interp) runClosure(c *Context, clo *Closure, args []Value) Value {
	code := clo.fn
	if len(args) > code.body.nparams {
		args = args[:code.body.nparams]
	}
	return in.runFrame(c, code.body, code.m, code.name, clo.ctype, clo.targs, clo.this, args, clo)
}

// runFrame runs compiled body b in a new frame on c (method m, display
// name for lambdas, declaring type, method type arguments, receiver,
// arguments, closure) and returns its result.
func (in *Interp) runFrame(c *Context, b *compiledBody, m *Method, name string, ctype *Type, targs []*Type, this Value, args []Value, clo *Closure) Value {
	fr := c.pushFrame(b.nlocals)
	copy(fr.l, args)
	fr.m = m
	fr.name = name
	fr.this = this
	fr.ctype = ctype
	fr.targs = targs
	fr.clo = clo
	boxParams(b.fs, fr)
	in.steps++
	if in.steps > in.maxSteps {
		c.step()
	}
	b.run(fr)
	r := fr.ret
	c.popFrame(fr)
	return r
}

// Local functions. The names of a block's local functions are declared
// before its statements are compiled (a local function may be called before
// its declaration) and their bodies are compiled after them (a body may use
// any local of the block that is assigned before the call). At run time each
// local function is a closure stored in its variable, made when the block is
// entered and made again whenever a variable it captures from the same
// function is declared (a captured local gets a fresh cell at its
// declaration), so every call sees the current variables.

// localFunc is one local function of a statement list.
type localFunc struct {
	d    *syntax.MethodDecl
	lv   *localVar
	code *lambdaCode
	mk   exprFn
}

// declareLocalFuncs declares the local functions of stmts in the current block.
func (c *compiler) declareLocalFuncs(stmts []syntax.Stmt) []*localFunc {
	var lfs []*localFunc
	for _, s := range stmts {
		if st, ok := s.(*syntax.LocalFuncStmt); ok {
			lv := c.declare(st.Func.Name.Name, nil)
			lv.localFunc = st.Func
			lfs = append(lfs, &localFunc{d: st.Func, lv: lv})
		}
	}
	return lfs
}

// compileLocalFuncs compiles the bodies of lfs and returns the statement
// that makes their closures on entry to the block (nil when lfs is empty).
func (c *compiler) compileLocalFuncs(lfs []*localFunc) stmtFn {
	if len(lfs) == 0 {
		return nil
	}
	for _, lf := range lfs {
		d := lf.d
		sig := &localFuncSig{}
		for _, tp := range d.TypeParams {
			sig.tparams = append(sig.tparams, tp.Name.Name)
		}
		if p, ok := d.Result.(*syntax.PredefinedType); !ok || p.Kw != syntax.VOID {
			sig.result = d.Result
		}
		lf.code = c.compileFunc(d.Params, d.Body, d.ExprBody, d.Mods.Has(syntax.ModAsync), nil, d.Pos(), d.Name.Name, sig)
		lf.mk = c.makeClosure(lf.code, nil)
	}
	for _, lf := range lfs {
		for i, lv := range lf.code.body.fs.captures {
			if lf.code.captures[i].slot >= 0 && lv.localFunc == nil {
				lv.redecl = append(lv.redecl, lf.store)
			}
		}
	}
	return func(fr *Frame) ctl {
		for _, lf := range lfs {
			lf.store(fr)
		}
		return ctlNone
	}
}

// store makes lf's closure in frame fr and stores it in lf's variable.
func (lf *localFunc) store(fr *Frame) {
	slot := lf.lv.slot
	if lf.lv.captured {
		// The closure may capture itself (recursion): box the slot first.
		if fr.l[slot].K != KRef {
			fr.l[slot] = Value{K: KRef, R: new(Value)}
		}
		cell := fr.l[slot].R.(*Value)
		*cell = lf.mk(fr)
		return
	}
	fr.l[slot] = lf.mk(fr)
}

func (c *compiler) localFuncValue(lv *localVar, capIdx int) exprFn { return varLoad(lv, capIdx) }

func (c *compiler) callLocalFunc(lv *localVar, capIdx int, x *syntax.CallExpr) exprFn {
	in := c.in
	if d := lv.localFunc; d != nil && d.Params != nil && len(x.Args) < len(d.Params.List) {
		// Bump() for void Bump(int by = 1): the default values of the omitted
		// optional parameters become arguments (the closure has no signature to bind them)
		args := append([]*syntax.Arg(nil), x.Args...)
		ok := true
		for _, a := range x.Args {
			ok = ok && a.Name == nil
		}
		for _, p := range d.Params.List[len(x.Args):] {
			if p.Default == nil || p.Params {
				ok = false
				break
			}
			args = append(args, &syntax.Arg{At: p.Default.Pos(), X: p.Default})
		}
		if ok {
			call := *x
			call.Args = args
			x = &call
		}
	}
	load := varLoad(lv, capIdx)
	if d := lv.localFunc; d != nil && len(d.TypeParams) > 0 {
		targs, base := c.localCallTypeArgs(lv, d, x)
		load = in.bindLocalTypeArgs(load, targs, base)
	}
	return c.invokeDelegate(load, x)
}

// localTypeParams returns the type parameters of the generic local
// functions being compiled (outermost first) and the types they resolve to.
func (c *compiler) localTypeParams() ([]string, []*Type) {
	var names []string
	var types []*Type
	for fs := c.fs; fs != nil && fs.parent != nil; fs = fs.parent {
		if len(fs.tparams) > 0 {
			names = append(append([]string(nil), fs.tparams...), names...)
			types = append(append([]*Type(nil), fs.ttypes...), types...)
		}
	}
	return names, types
}
