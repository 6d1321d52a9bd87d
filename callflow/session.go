package callflow

import (
	"fmt"
	"strings"

	"rpbench/csharp/eval"
	"time"

	"rpbench/pbx"
)

// session is one call at a route point running one instance of a script.
type session struct {
	h     *Host
	s     *pbx.RoutePointSession
	prog  *program
	info  pbx.CallInfo      // the call as it was last seen live
	data  map[string]string // attached data (Caller[key], MyCall[key])
	keys  []string          // data keys in insertion order
	obj   any               // the script instance (an eval.Value), set by the glue
	call  any               // the ICall object (an eval.Value), set by the glue
	steps int64             // interpreter steps charged to this call

	lastRun  time.Time   // loop time the script's code last ran
	idle     func() bool // stops the idle watchdog
	retWait  func() bool // stops the Return watchdog
	stopped  bool        // faulted: its code no longer drives the call
	released bool        // the watchdogs are stopped

	rp        string   // the route point whose script this is
	parent    *session // the caller of a child script started with MyCall.Call
	child     *session // the child script running now (this one is Passive)
	childDone any      // the TaskCompletionSource<bool> of MyCall.Call (an eval.Value)
	done      bool     // a child script returned
}

// mode is the script's execution mode: the PBX's for a top-level script; for
// a child Active until it returns or the call leaves.
func (ss *session) mode() pbx.ExecMode {
	if ss.parent == nil {
		return ss.s.Mode()
	}
	if ss.done || ss.s.Mode() == pbx.ModeWrapup {
		return pbx.ModeWrapup
	}
	return pbx.ModeActive
}

// finished reports whether the script called Return.
func (ss *session) finished() bool {
	if ss.parent != nil {
		return ss.done
	}
	return ss.s.Returned()
}

// log emits a script log line of this script's route point.
func (ss *session) log(level pbx.LogLevel, pos, msg string) {
	if ss.parent == nil {
		ss.s.Log(level, pos, msg)
		return
	}
	ss.h.p.Emit(ss.info.CallID, pbx.ScriptLog{RoutePoint: ss.rp, Level: level, Pos: pos, Msg: msg})
}

// start is the pbx handler of every hosted route point: one script instance per call.
func (h *Host) start(s *pbx.RoutePointSession) {
	pt := h.byNum[s.DN().Number]
	if pt == nil || pt.prog == nil {
		why := "the route point has no compiled script"
		if pt != nil && len(pt.diags) > 0 {
			why = "the script does not compile: " + pt.diags[0]
		}
		s.Fault(why, "")
		return
	}
	prog, diags := h.program(pt.prog)
	if prog == nil {
		s.Fault("the script could not be loaded: "+strings.Join(diags, "; "), "")
		return
	}
	ss := &session{h: h, s: s, prog: prog, info: s.Info(), lastRun: s.Now(), rp: s.DN().Number}
	s.Data = ss
	s.OnModeChanged(func(prev, cur pbx.ExecMode) { h.modeChanged(ss, prev, cur) })
	s.OnTerminated(func() { h.terminated(ss) })
	s.OnDTMF(func(d rune) { h.dtmf(ss, d) })
	s.OnPartyChanged(func() { h.partyChanged(ss) })
	h.armIdle(ss)
	h.startScript(ss)
}

// refresh updates the session's view of the call while it is at the route point.
func (ss *session) refresh() {
	if ss.s.Conn().Live() {
		ss.info = ss.s.Info()
	} else {
		ss.info.Status = pbx.StatusTerminated
	}
}

// ran records that the script's code ran for this session, charging steps.
func (h *Host) ran(ss *session, steps int64) {
	if ss == nil || ss.released {
		return
	}
	ss.lastRun = h.p.Now()
	ss.steps += steps
	h.steps += steps
	if ss.steps > h.opts.MaxSteps && !ss.stopped {
		h.fault(ss, fmt.Sprintf("step budget of %d exceeded", h.opts.MaxSteps), "")
	}
}

// armIdle (re)starts the idle watchdog: a script whose call is at the route point
// and that runs none of its code for IdleTimeout is stopped.
func (h *Host) armIdle(ss *session) {
	if ss.idle != nil {
		ss.idle()
	}
	ss.idle = h.p.AfterFunc(h.opts.IdleTimeout, func() {
		ss.idle = nil
		if ss.stopped || ss.finished() || !ss.s.Conn().Live() {
			return
		}
		if idle := h.p.Now().Sub(ss.lastRun); idle >= h.opts.IdleTimeout {
			h.fault(ss, fmt.Sprintf("no script code ran for %s while the call waited at the route point (awaiting something that never completes?)", idle), "")
			return
		}
		h.armIdle(ss)
	})
}

// armReturn starts the Return watchdog once the call left the route point.
func (h *Host) armReturn(ss *session) {
	if ss.retWait != nil || ss.finished() || ss.stopped {
		return
	}
	ss.retWait = h.p.AfterFunc(h.opts.ReturnTimeout, func() {
		ss.retWait = nil
		if !ss.finished() && !ss.stopped {
			h.fault(ss, fmt.Sprintf("the script did not call MyCall.Return within %s after the call left the route point", h.opts.ReturnTimeout), "")
		}
	})
}

// fault stops a script for its call only: a fault event, then the default route
// or the end of the call (pbx's Fault does that), and the session is released.
func (h *Host) fault(ss *session, why, pos string) {
	if ss.stopped {
		return
	}
	ss.stopped = true
	if ss.parent != nil {
		h.p.Emit(ss.info.CallID, pbx.ScriptFault{RoutePoint: ss.rp, Why: why, Pos: pos})
		h.childReturned(ss, false)
		return
	}
	if ss.child != nil {
		h.fault(ss.child, "its parent script was stopped", "")
	}
	ss.s.Fault(why, pos)
	h.release(ss)
}

// release stops a session's watchdogs once the script is done with it (its
// objects are then garbage once the script's coroutines end).
func (h *Host) release(ss *session) {
	if ss.released {
		return
	}
	ss.released = true
	if ss.idle != nil {
		ss.idle()
		ss.idle = nil
	}
	if ss.retWait != nil {
		ss.retWait()
		ss.retWait = nil
	}
	if h.cur == ss {
		h.cur = nil
	}
}

// returned handles MyCall.Return.
func (h *Host) returned(ss *session, ok bool) {
	if ss.parent != nil {
		h.childReturned(ss, ok)
		return
	}
	if ss.s.Returned() {
		ss.s.Note("Return called again: ignored")
		return
	}
	ss.refresh()
	ss.s.Return(ok)
	h.release(ss)
}

// modeChanged forwards a mode change to the script's OnExecutionModeChanged.
func (h *Host) modeChanged(ss *session, prev, cur pbx.ExecMode) {
	if ss.stopped {
		return
	}
	h.callModeChanged(ss, prev)
	if cur == pbx.ModeWrapup && ss.s.Conn().Live() {
		// Still holding the call (SwitchTo): subscriptions end now. When the call
		// left, terminated raises OnTerminated first and unsubscribes after.
		h.unsubscribe(ss)
	}
}

// terminated: the call left the route point.
func (h *Host) terminated(ss *session) {
	ss.refresh()
	if ss.stopped {
		return
	}
	if c := ss.child; c != nil && !c.stopped {
		h.raiseTerminated(c)
		h.armReturn(c)
	}
	h.raiseTerminated(ss)
	if !ss.s.Returned() {
		h.armReturn(ss)
	}
}

func (h *Host) dtmf(ss *session, d rune) {
	if ss.child != nil {
		h.dtmf(ss.child, d)
		return
	}
	if ss.stopped || ss.mode() == pbx.ModeWrapup {
		return
	}
	h.raiseDTMF(ss, d)
}

func (h *Host) partyChanged(ss *session) {
	ss.refresh()
	if ss.child != nil {
		h.partyChanged(ss.child)
		return
	}
	if ss.stopped || ss.mode() == pbx.ModeWrapup {
		return
	}
	h.raisePartyChanged(ss)
}

// setData attaches a key/value pair to the call.
func (ss *session) setData(k, v string) {
	if ss.data == nil {
		ss.data = map[string]string{}
	}
	if _, ok := ss.data[k]; !ok {
		ss.keys = append(ss.keys, k)
	}
	ss.data[k] = v
}

// startChild runs route point number's script as a child of ss (MyCall.Call):
// ss goes Passive until the child returns; done gets the child's Return value.
func (h *Host) startChild(ss *session, number string, done any) {
	pt := h.byNum[number]
	var prog *program
	var why string
	switch {
	case ss.mode() != pbx.ModeActive || ss.child != nil:
		why = "the calling script is not Active"
	case pt == nil || pt.prog == nil:
		why = "route point " + number + " has no compiled script"
	default:
		var diags []string
		if prog, diags = h.program(pt.prog); prog == nil {
			why = strings.Join(diags, "; ")
		}
	}
	if prog == nil {
		ss.s.Note("Call " + number + " failed: " + why)
		h.later(ss, "Call", func(c *eval.Context) { setResult(c, done.(eval.Value), eval.Bool(false)) })
		return
	}
	child := &session{h: h, s: ss.s, prog: prog, info: ss.info, lastRun: h.p.Now(), rp: number, parent: ss}
	for _, k := range ss.keys {
		child.setData(k, ss.data[k])
	}
	ss.child, ss.childDone = child, done
	ss.s.SetMode(pbx.ModePassive)
	h.p.Emit(ss.info.CallID, pbx.RoutePointStarted{RoutePoint: number, Session: ss.s.ID(), Caller: ss.info.CallerID, Script: pt.path})
	h.p.Post(func() {
		h.armIdle(child)
		h.startScript(child)
	})
}

// childReturned ends a child script: its parent becomes Active again and its
// MyCall.Call completes with the child's Return value.
func (h *Host) childReturned(child *session, ok bool) {
	if child.done {
		return
	}
	child.done = true
	h.p.Emit(child.info.CallID, pbx.ScriptReturned{RoutePoint: child.rp, Value: ok, Action: "back to " + child.parent.rp})
	h.release(child)
	parent := child.parent
	if parent.child == child {
		parent.child = nil
	}
	if parent.s.Mode() == pbx.ModePassive {
		parent.s.SetMode(pbx.ModeActive)
	}
	if tcs, isVal := parent.childDone.(eval.Value); isVal {
		parent.childDone = nil
		h.later(parent, "Call", func(c *eval.Context) { setResult(c, tcs, eval.Bool(ok)) })
	}
}
