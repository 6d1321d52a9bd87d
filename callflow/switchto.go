package callflow

import (
	"rpbench/csharp/eval"
	"rpbench/pbx"
)

// switchTo implements MyCall.SwitchTo(number): the call is handed to route
// point number, whose script starts for it as for any call that reaches it
// (a new instance, OnBehalfOf = this route point, the attached data kept by
// the call). This script goes to Wrapup at once: its subscriptions end before
// the call leaves (so OnTerminated is not raised for the hand-over), and it
// must still call Return, which then only records its value.
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
	// The PBX hands a dropped connection's call to the default route: use that,
	// and put the script's own default route back afterwards.
	prev := ss.s.DefaultRoute()
	ss.s.SetDefaultRoute(number, "")
	ss.s.Drop(nil)
	ss.s.SetDefaultRoute(prev, "")
}

// noteAt adds a note of this script's route point, with the script position of
// the native's caller when it is in the script: "<msg> (at File.cs(l,c))".
func (ss *session) noteAt(c *eval.Context, msg string) {
	if p := c.Pos(); p.IsValid() && p.File == ss.prog.sc.name {
		msg += " (at " + p.String() + ")"
	}
	ss.h.p.Emit(ss.info.CallID, pbx.Note{Source: ss.rp, Msg: msg})
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
