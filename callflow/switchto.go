package callflow

import (
	"sync"

	"rpbench/csharp/eval"
	"rpbench/pbx"
)

// switchTo implements MyCall.SwitchTo(number): the call is handed to route
// point number, whose script starts for it as for any call that reaches it
// (a new instance, OnBehalfOf = this route point, the data attached to the
// call, Caller[key], handed over with it). This script goes to Wrapup at once: its subscriptions end before
// the call leaves (so OnTerminated is not raised for the hand-over), its
// pending routes are cancelled (their tasks fail with Cancelled), and it must
// still call Return, which then only records its value.
//
// Not Active (Passive, Wrapup, returned): a note, nothing happens. A number
// that is not a route point: ArgumentException. A child script (MyCall.Call)
// cannot hand over its parent's call: InvalidOperationException.
func (h *Host) switchTo(c *eval.Context, ss *session, call eval.Value, number string) {
	if ss.parent != nil {
		c.Throw("System.InvalidOperationException", "SwitchTo("+number+"): a script started with MyCall.Call cannot hand over its caller's call; Return to it instead")
		return
	}
	if m := ss.mode(); m != pbx.ModeActive || ss.finished() {
		ss.noteAt(c, "SwitchTo("+number+") ignored: the script is "+modeName(m))
		return
	}
	dn := h.p.DN(number)
	if dn == nil || dn.Kind != pbx.KindRoutePoint {
		c.Throw("System.ArgumentException", "SwitchTo: "+number+" is not a route point (Parameter 'routePoint')")
		return
	}
	ss.noteAt(c, "SwitchTo "+number+": the call goes to "+dnString(h.p, number)+"'s script; this script is in Wrapup")
	c.Call(call, "__Unsubscribe")
	ss.s.CancelRoutes() // routes the script started must not ring on for a call it handed over
	// The PBX hands a dropped connection's call to the default route: use that,
	// and put the script's own default route back afterwards.
	prev := ss.s.DefaultRoute()
	ss.s.SetDefaultRoute(number, "")
	ss.s.Drop(nil)
	ss.s.SetDefaultRoute(prev, "")
	if len(ss.keys) == 0 {
		return
	}
	// The new session exists now (its script starts later on the loop): leave
	// the data for it to take on its first read.
	for _, ns := range h.p.Sessions() {
		if ns != ss.s && ns.Call() == ss.s.Call() && ns.DN() == dn && ns.Conn().Live() {
			kv := make([]string, 0, 2*len(ss.keys))
			for _, k := range ss.keys {
				kv = append(kv, k, ss.data[k])
			}
			handovers.Store(ns, kv)
			ns.OnTerminated(func() { handovers.Delete(ns) })
		}
	}
}

// handovers holds the attached data a SwitchTo hands to the route-point
// session that takes the call (*pbx.RoutePointSession -> key, value, ...), until
// that session's script first reads or writes its data (inherit) or the call
// leaves it. Looked up by key only, never iterated.
var handovers sync.Map

// inherit takes the data a SwitchTo left for this session, once.
func (ss *session) inherit() {
	if ss.parent != nil {
		return
	}
	if v, ok := handovers.LoadAndDelete(ss.s); ok {
		kv := v.([]string)
		for i := 0; i+1 < len(kv); i += 2 {
			if _, set := ss.data[kv[i]]; !set {
				ss.setData(kv[i], kv[i+1])
			}
		}
	}
}

// noteAt adds a note of this script's route point, with the script position of
// the native's caller when it is in the script: "<msg> (at File.cs(l,c))".
func (ss *session) noteAt(c *eval.Context, msg string) {
	ss.h.p.Emit(ss.info.CallID, pbx.Note{Source: ss.rp, Msg: msg + scriptAt(c, ss)})
}

// scriptAt is " (at File.cs(l,c))" for the script position of the native's
// caller, or "" when the caller is not the script's code.
func scriptAt(c *eval.Context, ss *session) string {
	if p := c.Pos(); p.IsValid() && p.File == ss.prog.sc.name {
		return " (at " + p.String() + ")"
	}
	return ""
}

// modeName is the ScriptExecutionMode name of a pbx mode.
func modeName(m pbx.ExecMode) string {
	switch m {
	case pbx.ModeActive:
		return "Active"
	case pbx.ModePassive:
		return "Passive"
	}
	return "Wrapup"
}

// boolName is C#'s bool.ToString().
func boolName(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
