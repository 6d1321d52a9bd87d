package check

import (
	"sort"
	"strings"

	"rpbench/csharp/syntax"
)

// This file is the flow pass: definite assignment (CS0165 use of an
// unassigned local, CS0170 of a field of an unassigned struct local, CS0269
// of an unassigned out parameter, CS0177 an out parameter not assigned
// before the method returns) and reachability (the CS0162 warning, CS0163
// and CS8070 for switch sections that fall through), after the C#
// specification's rules (ECMA-334 §9.4): if/else, loops, switch,
// try/catch/finally, jumps, out arguments, pattern variables (assigned when
// true), &&, ||, !, ?:, ??, lambdas and local functions. It also reports
// what needs only the syntax and the flow: variables as targets (CS0131,
// CS1059, CS1510, CS1604, RP0005), throw; outside catch (CS0156, CS0724)
// and the warnings CS0168, CS0219 (unused locals) and CS1998 (async without
// await). A file with parse errors gets none of these (they would be
// cascades).
//
// The pass works on the syntax tree with its own scopes of locals: a simple
// name denotes a local when a local of that name is in scope (C# forbids a
// local from shadowing another local of the same function, CS0136), a field
// otherwise. Where the rules are not modelled exactly the pass leans toward
// "assigned", so a valid program never gets an error:
//   - assignments inside the body of ?. count as done (C# 10's improved
//     rules for a?.M(out x) == true are then covered);
//   - assigning a field of a struct local (s.X = 1) counts as assigning the
//     whole local;
//   - a call to (or any mention of) a local function counts as assigning
//     every captured local that the function assigns somewhere;
//   - a local function called before its declaration sees only the locals
//     declared before the call (the others it reads are not required);
//   - a goto to an earlier label, goto case and goto default are ignored
//     (the state at their target is not narrowed by them);
//   - a switch without default whose labels hold patterns may be
//     exhaustive: its end counts as reachable only through break.

// fstate is the flow state at a point: the set of definitely assigned
// variables, and whether the point is unreachable.
type fstate struct {
	lo   uint64   // variables 0..63
	hi   []uint64 // variables 64...: copy on write
	dead uint8    // 0 reachable; 1 taken as unreachable (no errors); 2 surely unreachable (CS0162)
}

func (s fstate) has(i int) bool {
	if s.dead != 0 {
		return true
	}
	if i < 64 {
		return s.lo&(1<<uint(i)) != 0
	}
	w := i/64 - 1
	return w < len(s.hi) && s.hi[w]&(1<<uint(i%64)) != 0
}

// with returns s with variable i set (assigned) or cleared.
func (s fstate) with(i int, on bool) fstate {
	if i < 0 {
		return s
	}
	if i < 64 {
		if on {
			s.lo |= 1 << uint(i)
		} else {
			s.lo &^= 1 << uint(i)
		}
		return s
	}
	w := i/64 - 1
	n := len(s.hi)
	if w >= n {
		if !on {
			return s
		}
		n = w + 1
	}
	hi := make([]uint64, n)
	copy(hi, s.hi)
	if on {
		hi[w] |= 1 << uint(i%64)
	} else {
		hi[w] &^= 1 << uint(i%64)
	}
	s.hi = hi
	return s
}

// join is the state where two paths meet: assigned on both.
func join(a, b fstate) fstate {
	if a.dead != 0 && b.dead != 0 {
		if b.dead < a.dead {
			return b
		}
		return a
	}
	if a.dead != 0 {
		return b
	}
	if b.dead != 0 {
		return a
	}
	r := fstate{lo: a.lo & b.lo}
	n := len(a.hi)
	if len(b.hi) < n {
		n = len(b.hi)
	}
	if n > 0 {
		r.hi = make([]uint64, n)
		for i := range r.hi {
			r.hi[i] = a.hi[i] & b.hi[i]
		}
	}
	return r
}

// union is a state with the variables assigned in a or in b (after a
// finally block); a is the reachability that counts.
func union(a, b fstate) fstate {
	if b.dead != 0 {
		a.dead = b.dead
		return a
	}
	r := fstate{lo: a.lo | b.lo, dead: a.dead}
	n := len(a.hi)
	if len(b.hi) > n {
		n = len(b.hi)
	}
	if n > 0 {
		r.hi = make([]uint64, n)
		copy(r.hi, a.hi)
		for i, w := range b.hi {
			r.hi[i] |= w
		}
	}
	return r
}

// either is the state after a constant condition whose value the pass does
// not know: the variables assigned on one of the two paths.
func either(a, b fstate) fstate {
	if a.dead != 0 || b.dead != 0 {
		if a.dead == 2 && b.dead == 2 {
			return deadState
		}
		return maybeDead
	}
	return union(a, b)
}

var (
	deadState = fstate{dead: 2} // after return, throw, break, ...
	maybeDead = fstate{dead: 1} // unreachable as far as errors go (not warned)
)

// fvar is a variable of the flow pass.
type fvar struct {
	name  string
	decl  *syntax.Ident      // declaring name (for the binder's type)
	out   bool               // an out parameter
	typ   syntax.Expr        // declared type, for "Color Color" member access
	lf    *syntax.MethodDecl // a local function
	lfi   *lfInfo
	used  bool // read (or named)
	kind  uint8
	set   bool // assigned
	wrote bool // assigned a value that is not a constant
}

// variable kinds, for the unused-variable warnings
const (
	vkOther = iota // parameters, pattern and out variables, foreach and using variables
	vkLocal        // a local declared by a declaration statement
	vkCatch        // the variable of a catch clause
)

// lfInfo is what the flow pass knows of a local function: the captured
// variables it reads before assigning them, which must be definitely
// assigned wherever the function is called or converted to a delegate.
type lfInfo struct {
	scope *fscope // the block that declares it
	state uint8   // 0 not analysed, 1 being analysed, 2 done
	req   []int
}

// collect gathers the captured variables a local function reads while
// unassigned (the variables numbered below base belong to enclosing
// functions).
type collect struct {
	base int
	req  map[int]bool
}

// fscope is a scope of the flow pass.
type fscope struct {
	parent *fscope
	ids    []int // the variables declared here (indexes in flow.vars)
}

// jumpTarget collects the states of break and continue.
type jumpTarget struct {
	parent    *jumpTarget
	loop      bool // continue targets this (else a switch: break only)
	breaks    fstate
	anyBreak  fstate // assigned on some break (either)
	hasBreak  bool
	conts     fstate
	hasCont   bool
	finallyIn int // how many try-finally blocks enclosed the target
}

// ffunc is the function (body) being analysed.
type ffunc struct {
	parent  *ffunc
	outs    []int // out parameters
	jumps   *jumpTarget
	labels  map[string]*flabel
	body    *syntax.BlockStmt
	targets map[string]bool // labels some goto names (computed at the first label)
	hasTgts bool
	fins    []fstate // assignments of the enclosing finally blocks
	inCatch []bool   // the enclosing catch (true) and finally (false) blocks
	async   bool     // an async function: CS1998 when it has no await
	awaits  bool
	asyncAt syntax.Pos
	endPos  syntax.Pos
}

type flabel struct {
	seen    bool
	in      fstate
	hasIn   bool
	targets bool
}

// flow is the state of the flow pass over one member body.
type flow struct {
	c        *checker
	vars     []fvar
	sc       *fscope
	st       fstate
	fn       *ffunc
	warned   bool // CS0162 already reported for the current unreachable run
	lfSets   map[*syntax.MethodDecl][]string
	inStruct bool     // analysing a member of a struct
	col      *collect // analysing a local function
}

// flowFiles runs the flow pass over every body of the files.
func (c *checker) flowFiles(files []*syntax.File) {
	c.flowFilesList = files
	c.refMethods = nil
	for _, f := range files {
		if f == nil {
			continue
		}
		var globals []syntax.Stmt
		for _, d := range f.Decls {
			if g, ok := d.(*syntax.GlobalStmt); ok {
				globals = append(globals, g.Stmt)
			}
		}
		n := len(c.diags)
		c.flowBad = false
		c.flowSrc = f.Src
		if len(globals) > 0 {
			fl := c.newFlow()
			fl.body(nil, &syntax.BlockStmt{Stmts: globals}, nil)
			fl.unused()
		}
		c.flowDecls(f.Decls)
		if c.flowBad {
			// the file did not parse: what the flow pass says about it
			// would mostly be cascades of the syntax errors
			c.diags = c.diags[:n]
		}
	}
}

func (c *checker) newFlow() *flow {
	return &flow{c: c, sc: &fscope{}, inStruct: c.flowStruct}
}

// flowBody analyses one function body of a member.
func (c *checker) flowBody(pl *syntax.ParamList, blk *syntax.BlockStmt, x syntax.Expr) {
	fl := c.newFlow()
	fl.body(pl, blk, x)
	fl.unused()
}

// flowExpr analyses an initializer (its lambdas).
func (c *checker) flowExpr(x syntax.Expr) {
	fl := c.newFlow()
	fl.fn = &ffunc{}
	fl.expr(x)
	fl.unused()
}

func (c *checker) flowDecls(decls []syntax.Decl) {
	for _, d := range decls {
		switch d := d.(type) {
		case *syntax.BadDecl:
			c.flowBad = true
		case *syntax.NamespaceDecl:
			c.flowDecls(d.Decls)
		case *syntax.TypeDecl:
			saved := c.flowStruct
			c.flowStruct = d.Kind == syntax.StructKind || d.Kind == syntax.RecordStructKind
			c.flowDecls(d.Members)
			c.flowStruct = saved
		case *syntax.FieldDecl:
			for _, v := range d.Vars {
				if v.Init != nil {
					c.flowExpr(v.Init)
				}
			}
		case *syntax.PropertyDecl:
			if d.ExprBody != nil {
				c.flowExpr(d.ExprBody)
			}
			if d.Init != nil {
				c.flowExpr(d.Init)
			}
			c.flowAccessors(nil, d.Accessors)
		case *syntax.IndexerDecl:
			if d.ExprBody != nil {
				c.flowBody(d.Params, nil, d.ExprBody)
			}
			c.flowAccessors(d.Params, d.Accessors)
		case *syntax.EventDecl:
			for _, v := range d.Vars {
				if v.Init != nil {
					c.flowExpr(v.Init)
				}
			}
			c.flowAccessors(nil, d.Accessors)
		case *syntax.MethodDecl:
			fl := c.newFlow()
			var at syntax.Pos
			if d.Name != nil {
				at = d.Name.At
			}
			fl.asyncBody(d.Params, d.Body, d.ExprBody, d.Mods.Has(syntax.ModAsync), at)
			fl.unused()
		case *syntax.ConstructorDecl:
			fl := c.newFlow()
			if d.Init != nil {
				fl.fn = &ffunc{}
				fl.declareParams(d.Params)
				fl.args(d.Init.Args)
			}
			fl.body(d.Params, d.Body, d.ExprBody)
			fl.unused()
		case *syntax.DestructorDecl:
			c.flowBody(nil, d.Body, d.ExprBody)
		case *syntax.OperatorDecl:
			c.flowBody(d.Params, d.Body, d.ExprBody)
		case *syntax.ConversionOperatorDecl:
			c.flowBody(d.Params, d.Body, d.ExprBody)
		}
	}
}

func (c *checker) flowAccessors(pl *syntax.ParamList, acc []*syntax.Accessor) {
	for _, a := range acc {
		if a.Body != nil || a.ExprBody != nil {
			c.flowBody(pl, a.Body, a.ExprBody)
		}
	}
}

// body analyses a function body (a new ffunc) in the current state.
func (f *flow) body(pl *syntax.ParamList, blk *syntax.BlockStmt, x syntax.Expr) {
	f.asyncBody(pl, blk, x, false, syntax.Pos{})
}

// asyncBody analyses a function body; an async one without await gets the
// CS1998 warning at pos.
func (f *flow) asyncBody(pl *syntax.ParamList, blk *syntax.BlockStmt, x syntax.Expr, async bool, pos syntax.Pos) {
	f.fn = &ffunc{parent: f.fn, async: async, asyncAt: pos}
	f.push()
	f.declareParams(pl)
	if blk != nil {
		f.fn.body = blk
		f.fn.endPos = blk.Rbrace
		f.block(blk)
		f.endOfValueBody(blk)
	} else if x != nil {
		f.fn.endPos = x.Pos()
		f.expr(x)
	}
	f.leave(f.endAt())
	f.noAwait()
	f.pop()
	f.fn = f.fn.parent
}

// endAt is where falling off the end of the current function is reported
// (CS0177): its name when known, as C# does, else its closing brace.
func (f *flow) endAt() syntax.Pos {
	if f.fn.asyncAt.IsValid() {
		return f.fn.asyncAt
	}
	return f.fn.endPos
}

// noAwait reports an async function without await (CS1998).
func (f *flow) noAwait() {
	if f.fn.async && !f.fn.awaits && f.fn.asyncAt.IsValid() {
		f.c.warnf(f.fn.asyncAt, "CS1998", "This async method lacks 'await' operators and will run synchronously. Consider using the 'await' operator to await non-blocking API calls, or 'await Task.Run(...)' to do CPU-bound work on a background thread.")
	}
}

func (f *flow) declareParams(pl *syntax.ParamList) {
	if pl == nil {
		return
	}
	for _, p := range pl.List {
		i := f.declare(p.Name, p.Type, true)
		if p.Mode == syntax.ByOut && i >= 0 {
			f.vars[i].out = true
			f.st = f.st.with(i, false)
			f.fn.outs = append(f.fn.outs, i)
		}
	}
}

// leave checks that the out parameters are assigned where control leaves
// the function (CS0177).
func (f *flow) leave(pos syntax.Pos) {
	if f.st.dead != 0 || !pos.IsValid() {
		return
	}
	st := f.st
	for _, fin := range f.fn.fins {
		st = union(st, fin)
	}
	for _, i := range f.fn.outs {
		if !st.has(i) {
			f.c.errorf(pos, "CS0177", "The out parameter '%s' must be assigned to before control leaves the current method", f.vars[i].name)
			f.st = f.st.with(i, true)
		}
	}
}

func (f *flow) push() { f.sc = &fscope{parent: f.sc} }
func (f *flow) pop()  { f.sc = f.sc.parent }

// declare adds a variable to the current scope and returns its index (-1
// for a discard). The variable is assigned when assigned is set.
func (f *flow) declare(name *syntax.Ident, typ syntax.Expr, assigned bool) int {
	if name == nil || name.Name == "_" {
		return -1
	}
	i := len(f.vars)
	f.vars = append(f.vars, fvar{name: name.Name, decl: name, typ: typ})
	f.sc.ids = append(f.sc.ids, i)
	f.st = f.st.with(i, assigned)
	return i
}

func (f *flow) lookup(name string) int {
	for s := f.sc; s != nil; s = s.parent {
		for k := len(s.ids) - 1; k >= 0; k-- {
			if i := s.ids[k]; f.vars[i].name == name {
				return i
			}
		}
	}
	return -1
}

// read checks a read of the simple name id.
func (f *flow) read(id *syntax.Ident) {
	if len(id.TypeArgs) > 0 {
		return
	}
	i := f.lookup(id.Name)
	if i < 0 {
		return
	}
	v := &f.vars[i]
	v.used = true
	if v.lf != nil {
		f.callLocalFunc(i, id.At)
		return
	}
	if f.st.has(i) || f.localKind(i, "") == lkEmptyStruct {
		return
	}
	if f.col != nil && i < f.col.base {
		// a local function reads a captured variable: checked at its calls
		f.col.req[i] = true
		f.st = f.st.with(i, true)
		return
	}
	if v.out {
		f.c.errorf(id.At, "CS0269", "Use of unassigned out parameter '%s'", v.name)
	} else {
		f.c.errorf(id.At, "CS0165", "Use of unassigned local variable '%s'", v.name)
	}
	f.st = f.st.with(i, true)
}

// assign marks the simple name id assigned (with a value that is not a
// constant, as far as the unused-variable warnings go).
func (f *flow) assign(id *syntax.Ident) {
	i := f.lookup(id.Name)
	if i >= 0 && f.vars[i].lf == nil {
		f.st = f.st.with(i, true)
		f.vars[i].set, f.vars[i].wrote = true, true
	}
}

// assignAll marks every variable assigned (after a construct the pass does
// not follow, so that nothing cascades from it).
func (f *flow) assignAll() {
	for i := range f.vars {
		f.st = f.st.with(i, true)
	}
}

// ---------------------------------------------------------------------------
// statements

func (f *flow) block(b *syntax.BlockStmt) {
	if b == nil {
		return
	}
	if src := f.c.flowSrc; b.At.IsValid() && (int(b.At.Offset) >= len(src) || src[b.At.Offset] != '{' || !b.Rbrace.IsValid()) {
		f.c.flowBad = true // a brace the parser supplied
	}
	f.push()
	f.stmts(b.Stmts)
	f.pop()
}

func (f *flow) stmts(list []syntax.Stmt) {
	for _, s := range list {
		if lf, ok := s.(*syntax.LocalFuncStmt); ok && lf.Func != nil {
			i := f.declare(lf.Func.Name, nil, true)
			if i >= 0 {
				f.vars[i].lf = lf.Func
				f.vars[i].lfi = &lfInfo{scope: f.sc}
			}
		}
	}
	for _, s := range list {
		f.stmt(s)
	}
}

// embedded analyses an embedded statement in its own scope.
func (f *flow) embedded(s syntax.Stmt) {
	f.push()
	f.stmt(s)
	f.pop()
}

// reach reports CS0162 on the first statement of an unreachable run.
func (f *flow) reach(s syntax.Stmt) {
	if f.st.dead == 0 {
		f.warned = false
		return
	}
	if f.st.dead != 2 || f.warned {
		return
	}
	switch s.(type) {
	case *syntax.BlockStmt, *syntax.EmptyStmt, *syntax.LocalFuncStmt, *syntax.LabeledStmt, *syntax.BadStmt:
		return
	case *syntax.LocalDeclStmt:
		d := s.(*syntax.LocalDeclStmt)
		init := false
		for _, v := range d.Vars {
			init = init || v.Init != nil
		}
		if !init {
			return
		}
	}
	f.warned = true
	if f.c.report && f.c.silent == 0 {
		f.c.diags = append(f.c.diags, syntax.Diagnostic{Pos: s.Pos(), Code: "CS0162", Msg: "Unreachable code detected", Severity: syntax.SevWarning})
	}
}

func (f *flow) stmt(s syntax.Stmt) {
	f.reach(s)
	switch s := s.(type) {
	case *syntax.ForeachStmt:
		f.fn.awaits = f.fn.awaits || s.Await
	case *syntax.UsingStmt:
		f.fn.awaits = f.fn.awaits || s.Await
	case *syntax.LocalDeclStmt:
		f.fn.awaits = f.fn.awaits || s.Await
	}
	switch s := s.(type) {
	case *syntax.BlockStmt:
		f.block(s)
	case *syntax.LocalDeclStmt:
		for _, v := range s.Vars {
			i := f.declare(v.Name, s.Type, false)
			if i >= 0 && !s.Using && !s.Mods.Has(syntax.ModConst|syntax.ModRef) {
				f.vars[i].kind = vkLocal
			}
			if v.Init != nil {
				f.expr(v.Init)
				f.st = f.st.with(i, true)
				if i >= 0 {
					f.vars[i].set = true
					f.vars[i].wrote = !isConstValue(v.Init)
				}
			} else if s.Mods.Has(syntax.ModConst) || v.ArraySize != nil {
				f.st = f.st.with(i, true)
			}
		}
	case *syntax.LocalFuncStmt:
		if s.Func != nil && s.Func.Name != nil {
			if i := f.lookup(s.Func.Name.Name); i >= 0 && f.vars[i].lf == s.Func && f.vars[i].lfi.state == 0 {
				f.localFunc(s.Func, f.vars[i].lfi)
			}
		}
	case *syntax.ExprStmt:
		f.expr(s.X)
	case *syntax.IfStmt:
		t, e := f.cond(s.Cond)
		unknown := f.unknownConst(s.Cond)
		if unknown {
			f.c.silent++ // a branch may be unreachable: no diagnostics in either
		}
		f.st = t
		f.embedded(s.Then)
		end := f.st
		f.st = e
		if s.Else != nil {
			f.embedded(s.Else)
		}
		if unknown {
			f.c.silent--
			f.st = either(end, f.st)
		} else {
			f.st = join(end, f.st)
		}
	case *syntax.WhileStmt:
		f.push()
		t, e := f.cond(s.Cond)
		j := f.enterJumps(true)
		f.st = t
		f.embedded(s.Body)
		f.st = f.leaveLoop(j, e, s.Cond)
		f.pop()
	case *syntax.DoStmt:
		f.push()
		j := f.enterJumps(true)
		f.embedded(s.Body)
		if j.hasCont {
			f.st = join(f.st, j.conts)
		}
		_, e := f.cond(s.Cond)
		f.st = f.leaveLoop(j, e, s.Cond)
		f.pop()
	case *syntax.ForStmt:
		f.push()
		for _, st := range s.Init {
			f.stmt(st)
		}
		t, e := f.st, deadState
		if s.Cond != nil {
			t, e = f.cond(s.Cond)
		}
		j := f.enterJumps(true)
		f.st = t
		f.embedded(s.Body)
		if j.hasCont {
			f.st = join(f.st, j.conts)
		}
		for _, p := range s.Post {
			f.expr(p)
		}
		f.st = f.leaveLoop(j, e, s.Cond)
		f.pop()
	case *syntax.ForeachStmt:
		f.push()
		f.expr(s.X)
		after := f.st
		j := f.enterJumps(true)
		f.push()
		if s.Target != nil {
			f.declTarget(s.Target)
		} else {
			f.declare(s.Name, s.Type, true)
		}
		f.embedded(s.Body)
		f.pop()
		f.st = f.leaveJumps(j, after, false)
		f.pop()
	case *syntax.SwitchStmt:
		f.switchStmt(s)
	case *syntax.BranchStmt:
		f.branch(s)
	case *syntax.ReturnStmt:
		if s.X != nil {
			f.expr(s.X)
		}
		f.leave(s.At)
		f.st = deadState
	case *syntax.ThrowStmt:
		if s.X != nil {
			f.expr(s.X)
		} else {
			f.rethrow(s)
		}
		f.st = deadState
	case *syntax.YieldStmt:
		if s.X != nil {
			f.expr(s.X)
		}
		if s.Break {
			f.st = deadState
		}
	case *syntax.LabeledStmt:
		f.label(s)
	case *syntax.TryStmt:
		f.tryStmt(s)
	case *syntax.UsingStmt:
		f.push()
		if s.Decl != nil {
			f.stmt(s.Decl)
		} else if s.X != nil {
			f.expr(s.X)
		}
		f.embedded(s.Body)
		f.pop()
	case *syntax.LockStmt:
		f.expr(s.X)
		f.embedded(s.Body)
	case *syntax.CheckedStmt:
		f.block(s.Body)
	case *syntax.BadStmt:
		f.c.flowBad = true
		f.assignAll()
	case *syntax.UnsafeStmt, *syntax.FixedStmt:
		// rejected elsewhere: count everything as assigned (no cascades)
		f.assignAll()
	}
}

// enterJumps starts a loop or switch: the target of break (and continue).
func (f *flow) enterJumps(loop bool) *jumpTarget {
	j := &jumpTarget{parent: f.fn.jumps, loop: loop, finallyIn: len(f.fn.fins)}
	f.fn.jumps = j
	return j
}

// leaveJumps ends a loop or switch: the state after it is exit (the normal
// way out) joined with the breaks; fallThrough adds the current state.
func (f *flow) leaveJumps(j *jumpTarget, exit fstate, fallThrough bool) fstate {
	f.fn.jumps = j.parent
	if fallThrough {
		exit = join(exit, f.st)
	}
	if j.hasBreak {
		exit = join(exit, j.breaks)
	}
	return exit
}

// leaveLoop ends a loop whose condition is false in state exit.
func (f *flow) leaveLoop(j *jumpTarget, exit fstate, cond syntax.Expr) fstate {
	st := f.leaveJumps(j, exit, false)
	if cond != nil && f.unknownConst(cond) {
		// a constant the pass cannot evaluate: true (only break leaves) or false
		brk := maybeDead
		if j.hasBreak {
			brk = j.breaks
		}
		st = either(st, brk)
	}
	return st
}

// jumpState is the state carried by a jump out of the try blocks entered
// since depth: the enclosing finally blocks run on the way.
func (f *flow) jumpState(depth int) fstate {
	st := f.st
	for _, fin := range f.fn.fins[depth:] {
		st = union(st, fin)
	}
	return st
}

func (f *flow) branch(s *syntax.BranchStmt) {
	if f.st.dead != 0 {
		return
	}
	switch s.Tok {
	case syntax.BREAK:
		if j := f.fn.jumps; j != nil {
			st := f.jumpState(j.finallyIn)
			any := st
			if j.hasBreak {
				st = join(j.breaks, st)
				any = either(j.anyBreak, any)
			}
			j.breaks, j.anyBreak, j.hasBreak = st, any, true
		}
	case syntax.CONTINUE:
		j := f.fn.jumps
		for j != nil && !j.loop {
			j = j.parent
		}
		if j != nil {
			st := f.jumpState(j.finallyIn)
			if j.hasCont {
				st = join(j.conts, st)
			}
			j.conts, j.hasCont = st, true
		}
	case syntax.GOTO:
		if s.Case != nil {
			f.expr(s.Case)
		}
		if s.Label != nil {
			l := f.fn.label(s.Label.Name)
			if !l.seen {
				st := f.jumpState(0)
				if l.hasIn {
					st = join(l.in, st)
				}
				l.in, l.hasIn = st, true
			}
		}
	}
	f.st = deadState
}

func (fn *ffunc) label(name string) *flabel {
	if fn.labels == nil {
		fn.labels = map[string]*flabel{}
	}
	l := fn.labels[name]
	if l == nil {
		l = &flabel{}
		fn.labels[name] = l
	}
	return l
}

func (f *flow) label(s *syntax.LabeledStmt) {
	l := f.fn.label(s.Label.Name)
	l.seen = true
	if l.hasIn {
		f.st = join(f.st, l.in)
	}
	if !f.fn.hasTgts && f.fn.body != nil {
		f.fn.targets, f.fn.hasTgts = gotoTargets(f.fn.body), true
	}
	if f.st.dead != 0 && f.fn.targets[s.Label.Name] {
		// reached by a goto from below: reachable, state not narrowed
		f.st = maybeDead
		f.warned = false
	}
	if f.st.dead == 0 {
		f.warned = false
	}
	f.stmt(s.Stmt)
}

// gotoTargets lists the labels named by goto statements in a body.
func gotoTargets(b *syntax.BlockStmt) map[string]bool {
	var m map[string]bool
	syntax.Inspect(b, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.BranchStmt:
			if n.Tok == syntax.GOTO && n.Label != nil {
				if m == nil {
					m = map[string]bool{}
				}
				m[n.Label.Name] = true
			}
		case *syntax.LambdaExpr, *syntax.AnonMethodExpr, *syntax.LocalFuncStmt:
			return false
		}
		return true
	})
	return m
}

func (f *flow) switchStmt(s *syntax.SwitchStmt) {
	f.push()
	f.expr(s.Tag)
	after := f.st
	saved := after
	j := f.enterJumps(false)
	// a constant tag: the sections whose labels cannot match are
	// unreachable (when that cannot be decided, see below)
	reach, decided := constSwitch(s, f.c.constConds[s.Tag])
	if reach != nil && !decided {
		f.c.silent++ // any section may be unreachable: no diagnostics in them
		defer func() { f.c.silent-- }()
	}
	for k, sec := range s.Sections {
		f.push()
		entry := maybeDead
		if after.dead != 0 {
			entry = after
		}
		if decided && !reach[k] {
			after, entry = deadState, deadState
		} else if decided {
			after = saved
		}
		for _, l := range sec.Labels {
			f.st = after
			if l.Pat != nil {
				t, _ := f.pattern(l.Pat)
				f.st = t
			}
			if l.When != nil {
				t, _ := f.cond(l.When)
				f.st = t
			}
			entry = join(entry, f.st)
		}
		f.st = entry
		if f.st.dead == 0 {
			f.warned = false
		}
		f.stmts(sec.Stmts)
		if f.st.dead == 0 && len(sec.Labels) > 0 {
			f.fallThrough(s, k)
		}
		f.pop()
	}
	if reach != nil && !decided {
		// any section may be the one taken: a variable counts as assigned
		// after the switch when one way out assigns it
		f.fn.jumps = j.parent
		f.st = maybeDead
		if j.hasBreak {
			f.st = j.anyBreak
		}
		if !switchSurelyCovers(s) {
			f.st = either(f.st, saved)
		}
		f.pop()
		return
	}
	exit := deadState
	switch {
	case reach != nil:
		if !reach[len(s.Sections)] {
			exit = deadState // a label matches: the switch is not left without it
		} else {
			exit = saved
		}
	case !switchCovers(s):
		exit = after
	case !switchSurelyCovers(s):
		exit = maybeDead
	}
	f.st = f.leaveJumps(j, exit, false)
	f.pop()
}

// constSwitch decides which sections of a switch on a constant can be
// reached: reach[k] for section k, reach[len] for "no label matches". It
// returns nil when the tag is not a constant; decided is false when the
// labels cannot be compared (every section then counts as maybe
// unreachable).
func constSwitch(s *syntax.SwitchStmt, constTag bool) (reach []bool, decided bool) {
	tag, isLit := unparen(s.Tag).(*syntax.BasicLit)
	if !isLit && !constTag {
		return nil, false
	}
	reach = make([]bool, len(s.Sections)+1)
	if !isLit {
		return reach, false
	}
	matched := false
	def := -1
	for k, sec := range s.Sections {
		for _, l := range sec.Labels {
			if l.Default {
				def = k
				continue
			}
			cp, ok := l.Pat.(*syntax.ConstantPattern)
			if !ok || l.When != nil {
				return reach, false
			}
			lit, ok := unparen(cp.X).(*syntax.BasicLit)
			if !ok || lit.Kind != tag.Kind {
				return reach, false
			}
			if lit.Value == tag.Value && lit.Int == tag.Int {
				reach[k], matched = true, true
			}
		}
	}
	if !matched {
		if def >= 0 {
			reach[def] = true
		} else {
			reach[len(s.Sections)] = true
		}
	}
	return reach, true
}

// fallThrough reports the end of switch section k as reachable: CS0163
// (into the next section) or CS8070 (out of the last one), at its last label.
func (f *flow) fallThrough(s *syntax.SwitchStmt, k int) {
	sec := s.Sections[k]
	l := sec.Labels[len(sec.Labels)-1]
	end := s.Rbrace
	switch {
	case len(sec.Stmts) > 0:
		end = sec.Stmts[0].Pos()
	case k+1 < len(s.Sections) && len(s.Sections[k+1].Labels) > 0:
		end = s.Sections[k+1].Labels[0].At
	}
	text := "case"
	if l.Default {
		text = "default"
	}
	src := f.c.flowSrc
	if lo, hi := int(l.At.Offset), int(end.Offset); end.IsValid() && lo >= 0 && lo < hi && hi <= len(src) {
		t := string(src[lo:hi])
		if c := strings.LastIndex(t, ":"); c > 0 {
			text = strings.Join(strings.Fields(t[:c]), " ")
		}
	}
	if k+1 < len(s.Sections) {
		f.c.errorf(l.At, "CS0163", "Control cannot fall through from one case label ('%s:') to another", text)
	} else {
		f.c.errorf(l.At, "CS8070", "Control cannot fall out of switch from final case label ('%s:')", text)
	}
	f.st = deadState
}

// switchCovers reports whether a switch statement may handle every value
// (a default label, or patterns that may be exhaustive).
func switchCovers(s *syntax.SwitchStmt) bool {
	sawTrue, sawFalse := false, false
	for _, sec := range s.Sections {
		for _, l := range sec.Labels {
			if l.Default || (l.When == nil && isCatchAll(l.Pat)) {
				return true
			}
			if l.Pat != nil && l.When == nil && !isConstLabel(l.Pat) {
				return true
			}
			if cp, ok := l.Pat.(*syntax.ConstantPattern); ok && l.When == nil {
				sawTrue = sawTrue || isLit(cp.X, syntax.TrueLit)
				sawFalse = sawFalse || isLit(cp.X, syntax.FalseLit)
			}
		}
	}
	return sawTrue && sawFalse
}

// switchSurelyCovers reports whether a switch statement surely handles every
// value (a default label or a catch-all pattern).
func switchSurelyCovers(s *syntax.SwitchStmt) bool {
	for _, sec := range s.Sections {
		for _, l := range sec.Labels {
			if l.Default || (l.When == nil && isCatchAll(l.Pat)) {
				return true
			}
		}
	}
	return false
}

func (f *flow) tryStmt(s *syntax.TryStmt) {
	before := f.st
	var fin fstate
	if s.Finally != nil {
		// the finally block starts with the state before the try; what it
		// assigns is assigned after every way out of the try
		f.fn.inCatch = append(f.fn.inCatch, false)
		f.block(s.Finally)
		f.fn.inCatch = f.fn.inCatch[:len(f.fn.inCatch)-1]
		fin = f.st
		f.st = before
		f.fn.fins = append(f.fn.fins, fin)
	}
	f.block(s.Body)
	end := f.st
	for _, cc := range s.Catches {
		f.st = before
		f.push()
		if cc.Name != nil {
			if i := f.declare(cc.Name, cc.Type, true); i >= 0 {
				f.vars[i].kind = vkCatch
			}
		}
		if cc.Filter != nil {
			t, _ := f.cond(cc.Filter)
			f.st = t
		}
		f.fn.inCatch = append(f.fn.inCatch, true)
		f.block(cc.Body)
		f.fn.inCatch = f.fn.inCatch[:len(f.fn.inCatch)-1]
		f.pop()
		end = join(end, f.st)
	}
	f.st = end
	if s.Finally != nil {
		f.fn.fins = f.fn.fins[:len(f.fn.fins)-1]
		f.st = union(f.st, fin)
	}
}

// rethrow checks that throw; is in a catch clause (CS0156) and not in a
// finally block nested in it (CS0724).
func (f *flow) rethrow(s *syntax.ThrowStmt) {
	finally := false
	for i := len(f.fn.inCatch) - 1; i >= 0; i-- {
		if f.fn.inCatch[i] {
			if finally {
				f.c.errorf(s.At, "CS0724", "A throw statement with no arguments is not allowed in a finally clause that is nested inside the nearest enclosing catch clause")
			}
			return
		}
		finally = true
	}
	f.c.errorf(s.At, "CS0156", "A throw statement with no arguments is not allowed outside of a catch clause")
}

// localFunc analyses a local function's body in the scope that declares it,
// once (at its declaration, or at its first call when that comes first): the
// captured variables start unassigned, and those it reads before assigning
// become its requirements (lfi.req).
func (f *flow) localFunc(md *syntax.MethodDecl, lfi *lfInfo) {
	lfi.state = 1
	saved, savedWarned, savedSc, savedCol := f.st, f.warned, f.sc, f.col
	f.sc = lfi.scope
	f.col = &collect{base: len(f.vars), req: map[int]bool{}}
	f.st = fstate{}
	f.fn = &ffunc{parent: f.fn, async: md.Mods.Has(syntax.ModAsync) && md.Name != nil}
	if md.Name != nil {
		f.fn.asyncAt = md.Name.At
	}
	f.push()
	f.declareParams(md.Params)
	if md.Body != nil {
		f.fn.body = md.Body
		f.fn.endPos = md.Body.Rbrace
		f.block(md.Body)
		f.endOfValueBody(md.Body)
	} else if md.ExprBody != nil {
		f.fn.endPos = md.ExprBody.Pos()
		f.expr(md.ExprBody)
	}
	f.leave(f.endAt())
	f.noAwait()
	f.pop()
	f.fn = f.fn.parent
	for i := range f.col.req {
		lfi.req = append(lfi.req, i)
	}
	sort.Ints(lfi.req)
	f.st, f.warned, f.sc, f.col = saved, savedWarned, savedSc, savedCol
	lfi.state = 2
}

// callLocalFunc handles a call of (or another reference to) local function
// i at pos: the captured variables it reads must be assigned (CS0165 at the
// call, as C# reports it); then what it may assign counts as assigned.
func (f *flow) callLocalFunc(i int, pos syntax.Pos) {
	md, lfi := f.vars[i].lf, f.vars[i].lfi
	if lfi != nil {
		if lfi.state == 0 {
			f.localFunc(md, lfi)
		}
		for _, j := range lfi.req {
			if f.st.has(j) {
				continue
			}
			if f.col != nil && j < f.col.base {
				f.col.req[j] = true
				continue
			}
			f.c.errorf(pos, "CS0165", "Use of unassigned local variable '%s'", f.vars[j].name)
			f.st = f.st.with(j, true)
		}
	}
	for _, name := range f.assignedBy(md, nil) {
		f.assign(&syntax.Ident{Name: name})
	}
}

// assignedBy lists the names a local function assigns (and those assigned
// by the local functions it mentions).
func (f *flow) assignedBy(md *syntax.MethodDecl, visiting map[*syntax.MethodDecl]bool) []string {
	if names, ok := f.lfSets[md]; ok {
		return names
	}
	if visiting[md] {
		return nil
	}
	if visiting == nil {
		visiting = map[*syntax.MethodDecl]bool{}
	}
	visiting[md] = true
	var names []string
	var lfs []*syntax.MethodDecl
	addTarget := func(e syntax.Expr) {
		for {
			switch x := e.(type) {
			case *syntax.Ident:
				names = append(names, x.Name)
				return
			case *syntax.MemberAccess:
				e = x.X
			case *syntax.ParenExpr:
				e = x.X
			case *syntax.TupleExpr:
				for _, a := range x.Elems {
					if id, ok := a.X.(*syntax.Ident); ok {
						names = append(names, id.Name)
					}
				}
				return
			default:
				return
			}
		}
	}
	var body syntax.Node = md.Body
	if md.Body == nil {
		body = md.ExprBody
	}
	if body != nil {
		syntax.Inspect(body, func(n syntax.Node) bool {
			switch n := n.(type) {
			case *syntax.AssignExpr:
				addTarget(n.X)
			case *syntax.Arg:
				if n.Mode == syntax.ByOut || n.Mode == syntax.ByRef {
					addTarget(n.X)
				}
			case *syntax.UnaryExpr:
				if n.Op == syntax.INC || n.Op == syntax.DEC {
					addTarget(n.X)
				}
			case *syntax.PostfixExpr:
				addTarget(n.X)
			case *syntax.Ident:
				if i := f.lookup(n.Name); i >= 0 && f.vars[i].lf != nil {
					lfs = append(lfs, f.vars[i].lf)
				}
			case *syntax.LocalFuncStmt:
				if n.Func != nil {
					lfs = append(lfs, n.Func)
				}
			}
			return true
		})
	}
	for _, lf := range lfs {
		if lf != md {
			names = append(names, f.assignedBy(lf, visiting)...)
		}
	}
	if f.lfSets == nil {
		f.lfSets = map[*syntax.MethodDecl][]string{}
	}
	if len(visiting) == 1 {
		f.lfSets[md] = names
	}
	delete(visiting, md)
	return names
}

// ---------------------------------------------------------------------------
// expressions

// cond analyses a boolean expression and returns the states when it is true
// and when it is false.
func (f *flow) cond(e syntax.Expr) (t, fl fstate) {
	if f.c.constConds[e] {
		if v, ok := f.constBool(e, 0); ok {
			f.expr(e)
			if v {
				return f.st, deadState
			}
			return deadState, f.st
		}
	}
	switch x := e.(type) {
	case *syntax.ParenExpr:
		return f.cond(x.X)
	case *syntax.BasicLit:
		switch x.Kind {
		case syntax.TrueLit:
			return f.st, deadState
		case syntax.FalseLit:
			return deadState, f.st
		}
	case *syntax.UnaryExpr:
		if x.Op == syntax.NOT {
			t, fl = f.cond(x.X)
			return fl, t
		}
	case *syntax.PostfixExpr:
		if x.Op == syntax.NOT {
			return f.cond(x.X)
		}
	case *syntax.BinaryExpr:
		switch x.Op {
		case syntax.ANDAND:
			t1, f1 := f.cond(x.X)
			f.st = t1
			t2, f2 := f.cond(x.Y)
			return t2, join(f1, f2)
		case syntax.OROR:
			t1, f1 := f.cond(x.X)
			f.st = f1
			t2, f2 := f.cond(x.Y)
			return join(t1, t2), f2
		}
	case *syntax.IsExpr:
		f.expr(x.X)
		return f.pattern(x.Pat)
	case *syntax.CondExpr:
		t0, f0 := f.cond(x.Cond)
		f.st = t0
		t1, f1 := f.cond(x.Then)
		f.st = f0
		t2, f2 := f.cond(x.Else)
		return join(t1, t2), join(f1, f2)
	}
	f.expr(e)
	return f.st, f.st
}

// pattern declares the variables of a pattern and returns the states when
// it matches and when it does not (negated: under a not).
func (f *flow) pattern(p syntax.Pattern) (t, fl fstate) {
	switch p := p.(type) {
	case *syntax.ParenPattern:
		return f.pattern(p.Pat)
	case *syntax.NotPattern:
		t, fl = f.pattern(p.Pat)
		return fl, t
	case *syntax.BinaryPattern:
		st := f.st
		t1, f1 := f.pattern(p.X)
		f.st = st
		t2, f2 := f.pattern(p.Y)
		if p.Or {
			return join(t1, t2), union(f1, f2)
		}
		return union(t1, t2), join(f1, f2)
	}
	// a simple pattern: its variables are assigned when it matches
	if _, ok := p.(*syntax.BadPattern); ok {
		f.c.flowBad = true
	}
	var ids []int
	f.patternVars(p, &ids)
	t = f.st
	for _, i := range ids {
		t = t.with(i, true)
	}
	return t, f.st
}

// patternVars declares the variables of a (non-combinator) pattern.
func (f *flow) patternVars(p syntax.Pattern, ids *[]int) {
	switch p := p.(type) {
	case *syntax.DeclPattern:
		f.designation(p.Des, p.Type, ids)
	case *syntax.VarPattern:
		f.designation(p.Des, nil, ids)
	case *syntax.RecursivePattern:
		for _, sp := range p.Positional {
			f.subPattern(sp.Pat, ids)
		}
		for _, sp := range p.Properties {
			f.subPattern(sp.Pat, ids)
		}
		f.designation(p.Des, p.Type, ids)
	case *syntax.ListPattern:
		for _, e := range p.Elems {
			f.subPattern(e, ids)
		}
		f.designation(p.Des, nil, ids)
	case *syntax.SlicePattern:
		if p.Pat != nil {
			f.subPattern(p.Pat, ids)
		}
	}
}

// subPattern declares the variables of a nested pattern; those under or/not
// stay unassigned.
func (f *flow) subPattern(p syntax.Pattern, ids *[]int) {
	switch p := p.(type) {
	case *syntax.ParenPattern:
		f.subPattern(p.Pat, ids)
	case *syntax.BinaryPattern:
		if p.Or {
			var none []int
			f.subPattern(p.X, &none)
			f.subPattern(p.Y, &none)
			return
		}
		f.subPattern(p.X, ids)
		f.subPattern(p.Y, ids)
	case *syntax.NotPattern:
		var none []int
		f.subPattern(p.Pat, &none)
	default:
		f.patternVars(p, ids)
	}
}

func (f *flow) designation(d syntax.Designation, typ syntax.Expr, ids *[]int) {
	switch d := d.(type) {
	case *syntax.SingleDesignation:
		if i := f.declare(d.Name, typ, false); i >= 0 {
			*ids = append(*ids, i)
		}
	case *syntax.ParenDesignation:
		for _, x := range d.List {
			f.designation(x, nil, ids)
		}
	}
}

// declTarget declares the variables of a deconstruction target (var (a, b),
// (int a, var b)) as assigned.
func (f *flow) declTarget(e syntax.Expr) {
	var ids []int
	switch x := e.(type) {
	case *syntax.DeclExpr:
		f.designation(x.Des, x.Type, &ids)
	case *syntax.TupleExpr:
		for _, a := range x.Elems {
			f.declTarget(a.X)
		}
	case *syntax.Ident:
		f.assign(x)
	}
	for _, i := range ids {
		f.st = f.st.with(i, true)
	}
}

func (f *flow) args(args []*syntax.Arg) {
	for _, a := range args {
		f.arg(a)
	}
}

func (f *flow) arg(a *syntax.Arg) {
	if a == nil || a.X == nil {
		return
	}
	if a.Mode == syntax.ByOut || a.Mode == syntax.ByRef {
		f.checkVariable(a.X, "CS1510", "A ref or out value must be an assignable variable")
	}
	if a.Mode == syntax.ByOut {
		f.target(a.X)
		f.assignTarget(a.X)
		return
	}
	f.expr(a.X)
}

// target evaluates the parts of an assignment target that are read before
// the assignment (receivers and indexes), and declares its variables.
func (f *flow) target(e syntax.Expr) {
	switch x := e.(type) {
	case *syntax.Ident:
	case *syntax.ParenExpr:
		f.target(x.X)
	case *syntax.DeclExpr:
		var ids []int
		f.designation(x.Des, x.Type, &ids)
	case *syntax.TupleExpr:
		for _, a := range x.Elems {
			f.target(a.X)
		}
	case *syntax.MemberAccess:
		if id, ok := x.X.(*syntax.Ident); ok {
			if i := f.lookup(id.Name); i >= 0 && f.vars[i].lf == nil && !f.st.has(i) && f.localKind(i, "") != lkClass {
				// s.X = ...: a field of a struct local, counted as
				// assigning the whole local
				return
			}
		}
		f.expr(x.X)
	default:
		f.expr(e)
	}
}

// assignTarget marks the variables of an assignment target assigned.
func (f *flow) assignTarget(e syntax.Expr) {
	switch x := e.(type) {
	case *syntax.Ident:
		f.assign(x)
	case *syntax.ParenExpr:
		f.assignTarget(x.X)
	case *syntax.DeclExpr:
		f.declAssigned(x.Des)
	case *syntax.TupleExpr:
		for _, a := range x.Elems {
			f.assignTarget(a.X)
		}
	case *syntax.MemberAccess:
		if id, ok := x.X.(*syntax.Ident); ok {
			if i := f.lookup(id.Name); i >= 0 && f.localKind(i, "") != lkClass {
				f.assign(id)
			}
		}
	}
}

// local kinds, as far as member access on an unassigned local goes
const (
	lkOther       = iota // not known (counted as a struct: assigning a member assigns it)
	lkClass              // a reference type: reading a member reads the local
	lkStructField        // a struct, and the member named is one of its instance fields
	lkEmptyStruct        // a struct without instance fields: always assigned
)

// localKind classifies variable i with the binder's type of its declaration.
func (f *flow) localKind(i int, member string) int {
	t := f.c.localTypes[f.vars[i].decl]
	if t == nil || isUnknown(t) {
		return lkOther
	}
	switch t.kind {
	case kArray, kNull:
		return lkClass
	case kNamed:
	default:
		return lkOther
	}
	s := t.sym
	switch s.Kind {
	case symClass, symInterface, symDelegate:
		return lkClass
	case symStruct:
	default:
		return lkOther
	}
	if !structHasFields(s) {
		return lkEmptyStruct
	}
	if member != "" {
		for _, m := range s.members[member] {
			if m.Kind == mField && !m.static() {
				return lkStructField
			}
		}
	}
	return lkOther
}

// structHasFields reports whether a struct has instance fields as definite
// assignment sees them. Library structs are taken to have them, except
// CancellationToken (its only field is a private reference, which C#
// compilers ignore in imported structs).
func structHasFields(s *typeSym) bool {
	if !s.User {
		return !(s.Name == "CancellationToken" && s.NS == "System.Threading")
	}
	if s.Record || brokenChain(s) {
		return true
	}
	if d, ok := s.Decl.(*syntax.TypeDecl); ok && d.Params != nil {
		return true
	}
	for _, m := range s.order {
		if m.static() {
			continue
		}
		switch m.Kind {
		case mField, mEvent:
			return true
		case mProperty:
			if pd, ok := m.Decl.(*syntax.PropertyDecl); ok && pd.ExprBody == nil {
				auto := len(pd.Accessors) > 0
				for _, a := range pd.Accessors {
					if a.Body != nil || a.ExprBody != nil {
						auto = false
					}
				}
				if auto {
					return true
				}
			}
		}
	}
	return false
}

func (f *flow) declAssigned(d syntax.Designation) {
	switch d := d.(type) {
	case *syntax.SingleDesignation:
		if d.Name != nil {
			f.assign(d.Name)
		}
	case *syntax.ParenDesignation:
		for _, x := range d.List {
			f.declAssigned(x)
		}
	}
}

func (f *flow) expr(e syntax.Expr) {
	switch x := e.(type) {
	case nil:
	case *syntax.Ident:
		f.read(x)
	case *syntax.MemberAccess:
		if id, ok := x.X.(*syntax.Ident); ok {
			if i := f.lookup(id.Name); i >= 0 {
				if t, ok := f.vars[i].typ.(*syntax.Ident); ok && t.Name == id.Name {
					f.vars[i].used = true
					return // Color Color: the type's member
				}
				if !f.st.has(i) && f.vars[i].lf == nil && !f.vars[i].out && (f.col == nil || i >= f.col.base) {
					switch f.localKind(i, x.Name.Name) {
					case lkStructField:
						f.c.errorf(x.Pos(), "CS0170", "Use of possibly unassigned field '%s'", x.Name.Name)
						f.vars[i].used = true
						return
					case lkEmptyStruct:
						f.vars[i].used = true
						return
					}
				}
			}
		}
		f.expr(x.X)
	case *syntax.InterpolatedString:
		for _, p := range x.Parts {
			if p.X != nil {
				f.expr(p.X)
				f.expr(p.Align)
			}
		}
	case *syntax.ParenExpr:
		f.expr(x.X)
	case *syntax.TupleExpr:
		for _, a := range x.Elems {
			f.arg(a)
		}
	case *syntax.DeclExpr:
		f.declTarget(x)
	case *syntax.CallExpr:
		if id, ok := x.Fun.(*syntax.Ident); ok && id.Name == "nameof" && f.lookup("nameof") < 0 {
			for _, a := range x.Args {
				if n, ok := a.X.(*syntax.Ident); ok {
					if i := f.lookup(n.Name); i >= 0 {
						f.vars[i].used = true
					}
				}
			}
			return
		}
		f.expr(x.Fun)
		f.args(x.Args)
	case *syntax.IndexExpr:
		f.expr(x.X)
		f.args(x.Args)
	case *syntax.CondAccess:
		// the body runs only when X is not null; what it assigns counts as
		// assigned (see the file comment)
		f.expr(x.X)
		f.expr(x.Body)
	case *syntax.ElementBinding:
		f.args(x.Args)
	case *syntax.ImplicitElementAccess:
		f.args(x.Args)
	case *syntax.UnaryExpr:
		if x.Op == syntax.NOT {
			t, fl := f.cond(x.X)
			f.st = join(t, fl)
			return
		}
		f.expr(x.X)
		if x.Op == syntax.INC || x.Op == syntax.DEC {
			f.checkVariable(x.X, "CS1059", "The operand of an increment or decrement operator must be a variable, property or indexer")
			f.assignTarget(x.X)
		}
	case *syntax.PostfixExpr:
		f.expr(x.X)
		if x.Op == syntax.INC || x.Op == syntax.DEC {
			f.checkVariable(x.X, "CS1059", "The operand of an increment or decrement operator must be a variable, property or indexer")
		}
	case *syntax.BinaryExpr:
		switch x.Op {
		case syntax.ANDAND, syntax.OROR:
			t, fl := f.cond(x)
			f.st = join(t, fl)
		case syntax.QQ:
			f.coalesce(x.X, x.Y)
		default:
			f.expr(x.X)
			f.expr(x.Y)
		}
	case *syntax.AssignExpr:
		f.assignExpr(x)
	case *syntax.CondExpr:
		t, fl := f.cond(x.Cond)
		f.st = t
		f.expr(x.Then)
		end := f.st
		f.st = fl
		f.expr(x.Else)
		f.st = join(end, f.st)
	case *syntax.RangeExpr:
		f.expr(x.Low)
		f.expr(x.High)
	case *syntax.IsExpr:
		t, fl := f.cond(x)
		f.st = join(t, fl)
	case *syntax.AsExpr:
		f.expr(x.X)
	case *syntax.CastExpr:
		f.expr(x.X)
	case *syntax.LambdaExpr:
		f.lambda(x.Params, x.Body, x.ExprBody, x.Mods.Has(syntax.ModAsync), x.At)
	case *syntax.AnonMethodExpr:
		f.lambda(x.Params, x.Body, nil, x.Mods.Has(syntax.ModAsync), x.At)
	case *syntax.ObjectCreation:
		f.args(x.Args)
		f.init(x.Init)
	case *syntax.InitializerExpr:
		f.init(x)
	case *syntax.ArrayCreation:
		for _, s := range x.Sizes {
			f.expr(s)
		}
		f.init(x.Init)
	case *syntax.ImplicitArrayCreation:
		f.init(x.Init)
	case *syntax.StackAllocExpr:
		f.expr(x.Size)
		f.init(x.Init)
	case *syntax.AnonObjectCreation:
		for _, m := range x.Members {
			f.expr(m.X)
		}
	case *syntax.CollectionExpr:
		for _, el := range x.Elems {
			f.expr(el)
		}
	case *syntax.SpreadElem:
		f.expr(x.X)
	case *syntax.CheckedExpr:
		f.expr(x.X)
	case *syntax.AwaitExpr:
		f.fn.awaits = true
		f.expr(x.X)
	case *syntax.ThrowExpr:
		f.expr(x.X)
		f.st = deadState
	case *syntax.WithExpr:
		f.expr(x.X)
		f.init(x.Init)
	case *syntax.RefExpr:
		f.checkVariable(x.X, "CS1510", "A ref or out value must be an assignable variable")
		f.expr(x.X)
	case *syntax.SwitchExpr:
		f.switchExpr(x)
	case *syntax.QueryExpr:
		f.query(x)
	case *syntax.BadExpr:
		f.c.flowBad = true
		f.assignAll()
	}
}

func (f *flow) assignExpr(x *syntax.AssignExpr) {
	f.checkVariable(x.X, "CS0131", "The left-hand side of an assignment must be a variable, property or indexer")
	switch x.Op {
	case syntax.ASSIGN:
		f.target(x.X)
		f.expr(x.Y)
		if id, ok := x.X.(*syntax.Ident); ok && isConstValue(x.Y) {
			if i := f.lookup(id.Name); i >= 0 && f.vars[i].lf == nil {
				f.st = f.st.with(i, true) // a constant: the variable may still be unused (CS0219)
				f.vars[i].set = true
				return
			}
		}
		f.assignTarget(x.X)
	case syntax.QQ_ASSIGN:
		f.coalesce(x.X, x.Y)
	default:
		f.expr(x.X)
		f.expr(x.Y)
	}
}

// init analyses an initializer list: member names on the left of an object
// initializer's assignments are not variables.
func (f *flow) init(in *syntax.InitializerExpr) {
	if in == nil {
		return
	}
	for _, el := range in.Elems {
		if a, ok := el.(*syntax.AssignExpr); ok && (in.Kind == syntax.ObjectInit || in.Kind == syntax.WithInit) {
			if ie, ok := a.X.(*syntax.ImplicitElementAccess); ok {
				f.args(ie.Args)
			}
			f.expr(a.Y)
			continue
		}
		f.expr(el)
	}
}

// lambda analyses a lambda or anonymous method: it starts with the state
// where it is written; what it assigns does not count after it.
func (f *flow) lambda(pl *syntax.ParamList, blk *syntax.BlockStmt, x syntax.Expr, async bool, pos syntax.Pos) {
	saved, savedWarned := f.st, f.warned
	f.asyncBody(pl, blk, x, async, pos)
	f.st, f.warned = saved, savedWarned
}

// coalesce is the flow of x ?? y and x ??= y: y runs only when x is null, so
// what it assigns is assigned afterwards only on that path.
func (f *flow) coalesce(x, y syntax.Expr) {
	f.expr(x)
	after := f.st
	f.expr(y)
	f.st = join(after, f.st)
}

func (f *flow) switchExpr(x *syntax.SwitchExpr) {
	f.expr(x.X)
	after := f.st
	end := deadState
	for _, arm := range x.Arms {
		f.st = after
		f.push()
		if arm.Pat != nil {
			t, _ := f.pattern(arm.Pat)
			f.st = t
		}
		if arm.When != nil {
			t, _ := f.cond(arm.When)
			f.st = t
		}
		f.expr(arm.Body)
		f.pop()
		end = join(end, f.st)
	}
	if len(x.Arms) == 0 {
		end = after
	}
	f.st = end
}

// query analyses a query expression: its clauses are lambdas over the range
// variables.
func (f *flow) query(q *syntax.QueryExpr) {
	saved := f.st
	f.push()
	for _, cl := range q.Clauses {
		switch cl := cl.(type) {
		case *syntax.FromClause:
			f.expr(cl.X)
			f.declare(cl.Name, cl.Type, true)
		case *syntax.LetClause:
			f.expr(cl.X)
			f.declare(cl.Name, nil, true)
		case *syntax.WhereClause:
			f.expr(cl.Cond)
		case *syntax.JoinClause:
			f.expr(cl.X)
			f.declare(cl.Name, cl.Type, true)
			f.expr(cl.Left)
			f.expr(cl.Right)
			if cl.Into != nil {
				f.declare(cl.Into, nil, true)
			}
		case *syntax.OrderByClause:
			for _, o := range cl.Orderings {
				f.expr(o.X)
			}
		case *syntax.SelectClause:
			f.expr(cl.X)
		case *syntax.GroupClause:
			f.expr(cl.X)
			f.expr(cl.By)
		case *syntax.IntoClause:
			f.declare(cl.Name, nil, true)
		}
	}
	f.pop()
	f.st = saved
}

// isConstValue reports whether e is surely a constant (literals, default,
// and operators on them): a variable only ever assigned such values and
// never read gets CS0219.
func isConstValue(e syntax.Expr) bool {
	switch x := e.(type) {
	case *syntax.BasicLit:
		return x.Kind != syntax.UTF8Lit
	case *syntax.DefaultExpr:
		return true
	case *syntax.ParenExpr:
		return isConstValue(x.X)
	case *syntax.UnaryExpr:
		return (x.Op == syntax.MINUS || x.Op == syntax.PLUS || x.Op == syntax.NOT || x.Op == syntax.TILDE) && isConstValue(x.X)
	case *syntax.BinaryExpr:
		return x.Op != syntax.QQ && isConstValue(x.X) && isConstValue(x.Y)
	}
	return false
}

// unused reports the unused-variable warnings of the analysed bodies:
// CS0168 (declared, never used) and CS0219 (assigned constants only, never
// read).
func (f *flow) unused() {
	if !f.c.report || f.c.silent > 0 {
		return
	}
	for i := range f.vars {
		v := &f.vars[i]
		if v.used || v.kind == vkOther || v.decl == nil {
			continue
		}
		if v.kind == vkCatch || !v.set {
			f.c.diags = append(f.c.diags, syntax.Diagnostic{Pos: v.decl.At, Code: "CS0168", Msg: "The variable '" + v.name + "' is declared but never used", Severity: syntax.SevWarning})
		} else if !v.wrote {
			f.c.diags = append(f.c.diags, syntax.Diagnostic{Pos: v.decl.At, Code: "CS0219", Msg: "The variable '" + v.name + "' is assigned but its value is never used", Severity: syntax.SevWarning})
		}
	}
}

// checkVariable checks that e (an assignment target, the operand of ++ or
// --, a ref or out argument, the operand of ref) denotes a variable: code and
// msg when it surely does not; RP0005 for the ref forms the engine does not
// run (a call of a ref-returning delegate or a conditional used as a
// variable, an assignment to this in a struct). A call of a ref-returning
// method is a variable.
func (f *flow) checkVariable(e syntax.Expr, code, msg string) {
	for {
		p, ok := e.(*syntax.ParenExpr)
		if !ok {
			break
		}
		e = p.X
	}
	switch x := e.(type) {
	case *syntax.PostfixExpr:
		if x.Op == syntax.NOT {
			f.checkVariable(x.X, code, msg)
			return
		}
	case *syntax.CallExpr:
		name := ""
		switch fn := x.Fun.(type) {
		case *syntax.Ident:
			name = fn.Name
		case *syntax.MemberAccess:
			name = fn.Name.Name
		}
		if f.c.refMethods == nil {
			f.c.refMethods = refReturning(f.c.flowFilesList)
		}
		if f.c.refMethods[name] {
			return // a call of a ref-returning method is a variable
		}
		if name == "" {
			f.c.errorf(e.Pos(), "RP0005", "unsupported: a call of a ref-returning method used as a variable")
			return
		}
	case *syntax.CondExpr:
		if _, ok := x.Then.(*syntax.RefExpr); ok {
			f.c.errorf(e.Pos(), "RP0005", "unsupported: ref conditional expressions (c ? ref a : ref b)")
			return
		}
	case *syntax.ThisExpr:
		if f.inStruct {
			f.c.errorf(e.Pos(), "RP0005", "unsupported: assigning to 'this' in a struct")
		} else {
			f.c.errorf(e.Pos(), "CS1604", "Cannot assign to 'this' because it is read-only")
		}
		return
	case *syntax.BasicLit, *syntax.InterpolatedString, *syntax.BinaryExpr, *syntax.IsExpr, *syntax.AsExpr,
		*syntax.CastExpr, *syntax.LambdaExpr, *syntax.AnonMethodExpr, *syntax.ObjectCreation, *syntax.ArrayCreation,
		*syntax.ImplicitArrayCreation, *syntax.AnonObjectCreation, *syntax.TypeOfExpr, *syntax.DefaultExpr,
		*syntax.AwaitExpr, *syntax.CheckedExpr, *syntax.SwitchExpr, *syntax.CollectionExpr, *syntax.AssignExpr:
	default:
		return // a variable, or a form the binder judges
	}
	if u, ok := e.(*syntax.PostfixExpr); ok && u.Op == syntax.NOT {
		return
	}
	f.c.errorf(e.Pos(), code, "%s", msg)
}

// refReturning lists the names of the methods and local functions of the
// files that return by reference.
func refReturning(files []*syntax.File) map[string]bool {
	m := map[string]bool{}
	for _, f := range files {
		if f == nil {
			continue
		}
		syntax.Inspect(f, func(n syntax.Node) bool {
			if md, ok := n.(*syntax.MethodDecl); ok {
				if _, ok := md.Result.(*syntax.RefType); ok && md.Name != nil {
					m[md.Name.Name] = true
				}
			}
			return true
		})
	}
	return m
}

// unknownConst reports whether a condition is a constant whose value the
// pass cannot compute.
func (f *flow) unknownConst(e syntax.Expr) bool {
	if !f.c.constConds[e] {
		return false
	}
	_, ok := f.constBool(e, 0)
	return !ok
}

// constBool computes a constant boolean condition made of literals, !, &&,
// ||, == and != on them, and names of constants declared with such values.
func (f *flow) constBool(e syntax.Expr, depth int) (v, ok bool) {
	if depth > 8 {
		return false, false
	}
	switch x := e.(type) {
	case *syntax.ParenExpr:
		return f.constBool(x.X, depth+1)
	case *syntax.BasicLit:
		switch x.Kind {
		case syntax.TrueLit:
			return true, true
		case syntax.FalseLit:
			return false, true
		}
	case *syntax.UnaryExpr:
		if x.Op == syntax.NOT {
			v, ok = f.constBool(x.X, depth+1)
			return !v, ok
		}
	case *syntax.BinaryExpr:
		a, okA := f.constBool(x.X, depth+1)
		b, okB := f.constBool(x.Y, depth+1)
		if !okA || !okB {
			return false, false
		}
		switch x.Op {
		case syntax.ANDAND:
			return a && b, true
		case syntax.OROR:
			return a || b, true
		case syntax.EQ:
			return a == b, true
		case syntax.NE:
			return a != b, true
		}
	case *syntax.Ident, *syntax.MemberAccess:
		if m := f.c.constRefs[e]; m != nil {
			if vd, ok := m.Decl.(*syntax.VarDeclarator); ok && vd.Init != nil {
				return f.constBool(vd.Init, depth+1)
			}
		}
	}
	return false, false
}

// valueBody is a function body that must end with return or throw: the
// flow pass reports CS0161 when its end is reachable.
type valueBody struct {
	at   syntax.Pos
	name string
}

// needValue records that body must not reach its end (CS0161 otherwise,
// decided by the flow pass, which knows labels and constant conditions).
func (c *checker) needValue(body *syntax.BlockStmt, at syntax.Pos, name string) {
	if body == nil || !c.report {
		return
	}
	if c.valueBodies == nil {
		c.valueBodies = map[*syntax.BlockStmt]valueBody{}
	}
	c.valueBodies[body] = valueBody{at, name}
}

// endOfValueBody reports CS0161 when the end of a body that must return a
// value is reachable.
func (f *flow) endOfValueBody(body *syntax.BlockStmt) {
	if vb, ok := f.c.valueBodies[body]; ok && f.st.dead == 0 {
		f.c.errorf(vb.at, "CS0161", "'%s': not all code paths return a value", vb.name)
	}
}
