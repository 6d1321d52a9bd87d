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
	in := c.in
	parent := c.fs
	fs := &funcScope{parent: parent, static: parent.static, async: async}
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
		e = c.exprTyped(exprBody, rt)
		code.hasResult = sig == nil || sig.Ret != nil
		run = func(fr *Frame) ctl { fr.ret = e(fr); return ctlReturn }
	} else {
		fs.iterator = containsYield(block)
		run = c.block(block)
		code.hasResult = blockReturnsValue(block)
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

// blockReturnsValue reports whether a block has a "return expr;" (not inside nested lambdas).
func blockReturnsValue(b *syntax.BlockStmt) bool {
	found := false
	var walk func(s syntax.Stmt)
	walk = func(s syntax.Stmt) {
		if found || s == nil {
			return
		}
		switch s := s.(type) {
		case *syntax.ReturnStmt:
			if s.X != nil {
				found = true
			}
		case *syntax.BlockStmt:
			for _, x := range s.Stmts {
				walk(x)
			}
		case *syntax.IfStmt:
			walk(s.Then)
			walk(s.Else)
		case *syntax.WhileStmt:
			walk(s.Body)
		case *syntax.DoStmt:
			walk(s.Body)
		case *syntax.ForStmt:
			walk(s.Body)
		case *syntax.ForeachStmt:
			walk(s.Body)
		case *syntax.TryStmt:
			walk(s.Body)
			for _, cc := range s.Catches {
				walk(cc.Body)
			}
			if s.Finally != nil {
				walk(s.Finally)
			}
		case *syntax.SwitchStmt:
			for _, sec := range s.Sections {
				for _, x := range sec.Stmts {
					walk(x)
				}
			}
		case *syntax.UsingStmt:
			walk(s.Body)
		case *syntax.LockStmt:
			walk(s.Body)
		case *syntax.LabeledStmt:
			walk(s.Stmt)
		case *syntax.CheckedStmt:
			walk(s.Body)
		case *syntax.YieldStmt:
			found = true
		}
	}
	walk(b)
	return found
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
		if i < len(args) && conv != nil {
			args[i] = conv(args[i])
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
	b := code.body
	fr := c.pushFrame(b.nlocals)
	n := len(args)
	if n > b.nparams {
		n = b.nparams
	}
	copy(fr.l, args[:n])
	fr.m = code.m
	fr.name = code.name
	fr.this = clo.this
	fr.ctype = clo.ctype
	fr.targs = clo.targs
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

// localFunc compiles a local function declaration into a closure stored in its variable.
func (c *compiler) localFunc(d *syntax.MethodDecl, lv *localVar) stmtFn {
	var block *syntax.BlockStmt = d.Body
	code := c.compileLambda(d.Params, block, d.ExprBody, d.Mods.Has(syntax.ModAsync), nil, d.Pos(), d.Name.Name)
	if d.Result != nil {
		if p, ok := d.Result.(*syntax.PredefinedType); ok && p.Kw == syntax.VOID {
			code.hasResult = false
		} else {
			code.hasResult = true
			rt := c.tryType(d.Result)
			code.retType = rt
			code.body.fs.retType = rt
		}
	}
	mk := c.makeClosure(code, nil)
	decl := varDecl(lv)
	slot := lv.slot
	return func(fr *Frame) ctl {
		// The closure may capture itself (recursion): box the slot first.
		if lv.captured {
			decl(fr, Null)
			v := mk(fr)
			*fr.l[slot].R.(*Value) = v
			return ctlNone
		}
		fr.l[slot] = mk(fr)
		return ctlNone
	}
}

func (c *compiler) localFuncValue(lv *localVar, capIdx int) exprFn { return varLoad(lv, capIdx) }

func (c *compiler) callLocalFunc(lv *localVar, capIdx int, x *syntax.CallExpr) exprFn {
	return c.invokeDelegate(varLoad(lv, capIdx), x)
}
