package callflow

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"rpbench/csharp/dotnet"
	"rpbench/csharp/eval"
	"rpbench/csharp/syntax"
	"rpbench/pbx"
)

// script is one compiled version of a route point's script: parsed and
// checked once; it runs on interpreters (programs) made from it on demand.
type script struct {
	file *syntax.File
	cls  string // metadata name of the ScriptBase<T> subclass
	name string
	cur  *program // the interpreter new calls start on
	logs []span   // the log calls (MyCall.Info(...), ...), by start offset
}

// span is the source range of a call: from its first token to its ')'.
type span struct{ start, end syntax.Pos }

// logMethods are the names of MyCall's log methods.
var logMethods = map[string]bool{"Trace": true, "Debug": true, "Info": true, "Warn": true, "Error": true, "Critical": true, "Exception": true}

// logCalls finds the calls of log methods in f, by start offset.
func logCalls(f *syntax.File) []span {
	var out []span
	for _, d := range f.Decls {
		syntax.Inspect(d, func(n syntax.Node) bool {
			if call, ok := n.(*syntax.CallExpr); ok {
				if ma, ok := call.Fun.(*syntax.MemberAccess); ok && logMethods[ma.Name.Name] {
					out = append(out, span{call.Pos(), call.Rparen})
				}
			}
			return true
		})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start.Offset < out[j].start.Offset })
	return out
}

// logPos maps the position the interpreter reports while a log method runs
// (somewhere inside the call) to the start of the innermost log call around it.
func (sc *script) logPos(p syntax.Pos) syntax.Pos {
	if sc == nil || p.File != sc.name {
		return p
	}
	best := -1
	for i, s := range sc.logs {
		if s.start.Offset > p.Offset {
			break
		}
		if s.end.Offset >= p.Offset {
			best = i
		}
	}
	if best < 0 {
		return p
	}
	return sc.logs[best].start
}

// program is one interpreter running a script version: its types and static
// state are shared by the calls started on it (as a .NET assembly's are).
type program struct {
	in    *eval.Interp
	class *eval.Type // the ScriptBase<T> subclass
	icall *eval.Type // CallFlow.ICall
	mode  *eval.Type // CallFlow.ScriptExecutionMode
	// modeHook is set when the script overrides OnExecutionModeChanged.
	modeHook bool
	sc       *script // the script version it runs
}

// newScript parses and checks a script; on failure it returns the
// diagnostics, one "file(line,col): error CSxxxx: message" per entry.
func (h *Host) newScript(name string, src []byte) (*script, []string) {
	f, err := syntax.ParseFile(name, src)
	if err != nil {
		return nil, errorLines(err)
	}
	if diags := checkScript(name, src, f); len(diags) > 0 {
		return nil, diags
	}
	cls, err := scriptClass(f)
	if err != nil {
		return nil, []string{err.Error()}
	}
	// The interpreter is made when the first call arrives (program): loading the
	// C# library into one costs milliseconds, and a scenario's PBX may declare many
	// route points it never calls. The checker has vetted the script already.
	return &script{file: f, cls: cls, name: name, logs: logCalls(f)}, nil
}

// program returns the interpreter a new call starts on: the script version's
// one, shared by its calls as a .NET assembly's static state is. Each turn of a
// call's work runs with the step budget left to that call (see run), so one
// call's runaway loop does not use up the others'.
func (h *Host) program(sc *script) (*program, []string) {
	if p := sc.cur; p != nil {
		return p, nil
	}
	p, diags := h.newProgram(sc)
	if diags != nil {
		return nil, diags
	}
	sc.cur = p
	return p, nil
}

// lifeSteps is an interpreter's whole-life step limit: never reached in practice,
// as every turn of work runs with its call's own budget.
const lifeSteps = math.MaxInt64 / 2

// newProgram makes an interpreter for a script.
func (h *Host) newProgram(sc *script) (*program, []string) {
	lh := &loopHost{h: h}
	in, err := eval.New(eval.Config{
		Libraries:   Libraries(),
		Host:        lh,
		MaxSteps:    lifeSteps,
		OnUnhandled: h.unhandled,
		Location:    h.opts.Location,
		Seed:        h.opts.Seed,
	})
	if err != nil {
		return nil, []string{fmt.Sprintf("%s: error: the C# library did not load: %v", sc.name, err)}
	}
	in.Data[dataKey] = h
	dotnet.Install(in, dotnet.Options{SandboxDir: h.opts.SandboxDir, HTTP: h.httpHandler()})
	restore := in.SetStepBudget(h.opts.MaxSteps, h.opts.MaxSteps) // static initialisers at load
	err = in.Load(sc.file)
	restore()
	if err != nil {
		return nil, errorLines(err)
	}
	p := &program{in: in, sc: sc,
		class: in.TypeByName(sc.cls),
		icall: in.TypeByName("CallFlow.ICall"),
		mode:  in.TypeByName("CallFlow.ScriptExecutionMode"),
	}
	if p.class == nil || p.icall == nil || p.mode == nil {
		return nil, []string{fmt.Sprintf("%s: error: class %s not found after loading", sc.name, sc.cls)}
	}
	for t := p.class; t != nil && t.Namespace != "CallFlow"; t = t.Base {
		if len(t.Methods["OnExecutionModeChanged"]) > 0 {
			p.modeHook = true
		}
	}
	lh.in = in
	return p, nil
}

// errorLines splits an error of diagnostics into lines.
func errorLines(err error) []string {
	var out []string
	for _, l := range strings.Split(err.Error(), "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// scriptClass finds the one public class deriving from ScriptBase<T> and returns
// its metadata name ("dummy.ParkingRoutePointSample").
func scriptClass(f *syntax.File) (string, error) {
	var found []string
	var firstPos syntax.Pos
	var walk func(ds []syntax.Decl, ns string)
	walk = func(ds []syntax.Decl, ns string) {
		for _, d := range ds {
			switch d := d.(type) {
			case *syntax.NamespaceDecl:
				sub := dotted(d.Name)
				if ns != "" {
					sub = ns + "." + sub
				}
				walk(d.Decls, sub)
			case *syntax.TypeDecl:
				for _, b := range d.Bases {
					if isScriptBase(b.Type) {
						n := d.Name.Name
						if ns != "" {
							n = ns + "." + n
						}
						if len(found) == 0 {
							firstPos = d.Name.Pos()
						}
						found = append(found, n)
					}
				}
			}
		}
	}
	walk(f.Decls, "")
	switch len(found) {
	case 0:
		return "", fmt.Errorf("%s(1,1): error RP0101: no class derives from CallFlow.ScriptBase<T>: a route point needs one", f.Name)
	case 1:
		return found[0], nil
	}
	return "", fmt.Errorf("%s: error RP0102: %d classes derive from ScriptBase<T> (%s): a route point needs exactly one", firstPos, len(found), strings.Join(found, ", "))
}

// isScriptBase reports whether a base type is ScriptBase<T> (or CallFlow.ScriptBase<T>).
func isScriptBase(e syntax.Expr) bool {
	switch x := e.(type) {
	case *syntax.Ident:
		return x.Name == "ScriptBase" && len(x.TypeArgs) == 1
	case *syntax.MemberAccess:
		return x.Name.Name == "ScriptBase" && len(x.Name.TypeArgs) == 1 && dotted(x.X) == "CallFlow"
	case *syntax.AliasQualified:
		return isScriptBase(x.Name)
	}
	return false
}

// dotted returns the text of a dotted name ("A.B.C").
func dotted(e syntax.Expr) string {
	switch x := e.(type) {
	case *syntax.Ident:
		return x.Name
	case *syntax.MemberAccess:
		return dotted(x.X) + "." + x.Name.Name
	case *syntax.AliasQualified:
		return dotted(x.Name)
	}
	return ""
}

// loopHost is the eval.Host of a program: the PBX loop, carrying the session
// whose code scheduled the work to the work (so faults and steps are charged to
// the right call).
type loopHost struct {
	h  *Host
	in *eval.Interp
}

func (l *loopHost) Now() time.Time { return l.h.p.Now() }

func (l *loopHost) AfterFunc(d time.Duration, f func()) func() bool {
	ss := l.h.cur
	return l.h.p.AfterFunc(d, func() { l.h.run(ss, l.in, f) })
}

func (l *loopHost) Post(f func()) {
	ss := l.h.cur
	l.h.p.Post(func() { l.h.run(ss, l.in, f) })
}

// run runs eval's work for a session, charging the steps.
func (h *Host) run(ss *session, in *eval.Interp, f func()) {
	if ss != nil && ss.stopped {
		return
	}
	prev := h.cur
	h.cur = ss
	var before int64
	if in != nil {
		before = in.Steps()
		budget := h.opts.MaxSteps // work of no call (or of a released one)
		if ss != nil && !ss.released {
			budget -= ss.steps
		}
		defer in.SetStepBudget(budget, h.opts.MaxSteps)()
	}
	f()
	h.cur = prev
	if ss != nil && in != nil {
		h.ran(ss, in.Steps()-before)
	}
}

// enter runs f in a new coroutine of the session's program, now (on the loop).
func (h *Host) enter(ss *session, name string, f func(c *eval.Context)) {
	if ss.stopped {
		return
	}
	in := ss.prog.in
	h.run(ss, in, func() { in.Go(name, f) })
}

// later runs f in the session's program after the current work.
func (h *Host) later(ss *session, name string, f func(c *eval.Context)) {
	h.p.Post(func() { h.enter(ss, name, f) })
}

// unhandled receives exceptions nobody caught and fatal errors (step budget,
// deadlock) and stops the script for the call whose code raised them.
func (h *Host) unhandled(err *eval.RuntimeError) {
	ss := h.cur
	why := err.Msg
	if i := strings.IndexByte(why, '\n'); i >= 0 {
		why = why[:i]
	}
	pos := ""
	if err.Pos.IsValid() {
		pos = err.Pos.String()
	}
	if ss == nil {
		h.p.Emit(0, pbx.Note{Source: "callflow", Msg: "unhandled error outside any call: " + pos + " " + why})
		return
	}
	h.fault(ss, why, pos)
}

// startScript creates the script instance and MyCall and runs Start().
func (h *Host) startScript(ss *session) {
	p := ss.prog
	h.enter(ss, p.class.Name+".Start", func(c *eval.Context) {
		call := c.New(p.icall)
		call.Obj().Native = ss
		ss.call = call
		obj := c.New(p.class)
		ss.obj = obj
		c.Call(obj, "__Attach", call)
		c.Call(obj, "Start")
	})
}

func (h *Host) callModeChanged(ss *session, prev pbx.ExecMode) {
	obj, ok := ss.obj.(eval.Value)
	if !ok || !ss.prog.modeHook {
		return
	}
	h.enter(ss, "OnExecutionModeChanged", func(c *eval.Context) {
		c.Call(obj, "OnExecutionModeChanged", eval.EnumVal(ss.prog.mode, int64(prev)))
	})
}

func (h *Host) callICall(ss *session, name, method string, args ...eval.Value) {
	call, ok := ss.call.(eval.Value)
	if !ok {
		return
	}
	h.enter(ss, name, func(c *eval.Context) { c.Call(call, method, args...) })
}

func (h *Host) unsubscribe(ss *session) { h.callICall(ss, "Wrapup", "__Unsubscribe") }

func (h *Host) raiseTerminated(ss *session) {
	call, ok := ss.call.(eval.Value)
	if !ok {
		return
	}
	h.enter(ss, "OnTerminated", func(c *eval.Context) {
		c.Call(call, "__Terminated")
		c.Call(call, "__Unsubscribe")
	})
}

func (h *Host) raiseDTMF(ss *session, d rune) {
	h.callICall(ss, "OnDTMFInput", "__DTMF", eval.Char(uint16(d)))
}

func (h *Host) raisePartyChanged(ss *session) { h.callICall(ss, "OnPartyChanged", "__PartyChanged") }

// newBoolTask makes a pending Task<bool> that Go completes.
func newBoolTask(c *eval.Context) *eval.Task {
	in := c.Interp()
	return in.NewTask(in.TypeByName("System.Boolean"))
}

// complete completes a Task<bool> on the loop, on behalf of the session (its
// continuations are charged to it); no coroutine is needed.
func (h *Host) complete(ss *session, t *eval.Task, ok bool) {
	if ss.stopped {
		return
	}
	h.run(ss, ss.prog.in, func() { t.SetResult(eval.Bool(ok)) })
}

// setResult completes a TaskCompletionSource (null: nothing).
func setResult(c *eval.Context, tcs, v eval.Value) {
	if tcs.IsNull() {
		return
	}
	c.Call(tcs, "TrySetResult", v)
}

// newStringArray makes a string[].
func newStringArray(c *eval.Context, ss []string) eval.Value {
	a := &eval.Array{Elem: c.Interp().TypeByName("System.String"), Data: make([]eval.Value, len(ss))}
	for i, s := range ss {
		a.Data[i] = eval.Str(s)
	}
	return eval.ArrVal(a)
}

// newIntArray makes an int[].
func newIntArray(c *eval.Context, is []int32) eval.Value {
	a := &eval.Array{Elem: c.Interp().TypeByName("System.Int32"), Data: make([]eval.Value, len(is))}
	for i, n := range is {
		a.Data[i] = eval.Int(n)
	}
	return eval.ArrVal(a)
}

// toString is C#'s Convert.ToString(object): "" for null, else ToString().
func toString(c *eval.Context, v eval.Value) string {
	if v.K == eval.KNull {
		return ""
	}
	return c.ToString(v)
}

// formatComposite is string.Format(format, args) with .NET's semantics.
func formatComposite(c *eval.Context, format string, args []eval.Value) string {
	return c.CompositeFormat(format, args)
}

// scriptPos is the script position of the log call calling a native, "file(line,col)".
func scriptPos(c *eval.Context, ss *session) string {
	p := c.Pos()
	if !p.IsValid() {
		return ""
	}
	return ss.prog.sc.logPos(p).String()
}
