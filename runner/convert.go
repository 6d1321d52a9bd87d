package runner

import (
	"strconv"
	"strings"

	"rpbench/pbx"
)

// fromPBX converts a PBX event into the runner's view, deciding how the
// ladder draws it.
func fromPBX(e pbx.Event) Event {
	ev := Event{Seq: e.Seq, At: e.Elapsed, Kind: e.Data.Kind(), Text: e.String(), pe: e}
	arrow := func(from, to, label string) { ev.From, ev.To, ev.Label = from, to, label }
	note := func(on, label string) { ev.From, ev.To, ev.Label = on, "", label }
	switch d := e.Data.(type) {
	case pbx.OpDone:
		if d.Err != "" {
			note(d.Party, d.Op+" refused: "+d.Err)
		}
	case pbx.CallCreated:
		label := e.Call.String() + " call " + d.To
		if d.DID != "" {
			label += " (DID " + d.DID + ")"
		}
		arrow(d.From, d.To, label)
	case pbx.ConnState:
		switch d.Status {
		case pbx.StatusRinging:
			if d.Peer != "" {
				arrow(d.Peer, d.DN, "ringing")
			} else {
				note(d.DN, "ringing")
			}
		case pbx.StatusConnected:
			if d.Peer != "" {
				arrow(d.DN, d.Peer, "connected")
			} else {
				note(d.DN, "connected")
			}
		case pbx.StatusHeld:
			if d.Peer != "" {
				arrow(d.DN, d.Peer, "hold")
			} else {
				note(d.DN, "hold")
			}
		case pbx.StatusTerminated:
			note(d.DN, "terminated: "+d.Reason.String())
		case pbx.StatusDialing:
			// the call arrow already shows it
		default:
			note(d.DN, d.Status.String())
		}
	case pbx.Transferred:
		label := d.Type + " transfer of " + d.Party
		if !d.OK {
			label += " failed: " + d.Reason.String()
		}
		arrow(d.By, d.Target, label)
	case pbx.Forwarded:
		label := "forward (" + d.Why + ")"
		if d.Loop {
			label += " loop ignored"
		}
		arrow(d.From, d.To, label)
	case pbx.RoutePointStarted:
		label := "start, caller " + d.Caller
		if d.ReferredBy != "" {
			label += ", referred by " + d.ReferredBy
		}
		note(d.RoutePoint, label)
	case pbx.RouteRequested:
		var ts []string
		for _, t := range d.Targets {
			ts = append(ts, t.Target)
		}
		label := "RouteTo r" + strconv.Itoa(d.Route) + " " + strings.Join(ts, ", ")
		if len(d.Targets) == 1 {
			arrow(d.RoutePoint, d.Targets[0].Target, label)
		} else {
			note(d.RoutePoint, label)
		}
	case pbx.RouteResult:
		label := "r" + strconv.Itoa(d.Route) + " "
		if d.OK {
			label += "ok by " + d.Answered
		} else {
			label += "failed: " + d.Reason.String()
		}
		note(d.RoutePoint, label)
	case pbx.PrimitiveResult:
		label := d.Primitive + " "
		if d.OK {
			label += "ok"
		} else {
			label += "failed: " + d.Reason.String()
		}
		if d.Target != "" {
			arrow(d.RoutePoint, d.Target, label)
		} else {
			note(d.RoutePoint, label)
		}
	case pbx.MediaChanged:
		note(d.DN, "hears "+d.Hears.String())
	case pbx.BackgroundAudio:
		if d.On {
			note(d.RoutePoint, "background audio on "+strings.Join(d.Files, " "))
		} else {
			note(d.RoutePoint, "background audio off")
		}
	case pbx.DTMF:
		arrow(d.From, d.To, "DTMF "+d.Digit)
	case pbx.ScriptLog:
		note(d.RoutePoint, d.Level.String()+": "+d.Msg)
	case pbx.ModeChanged:
		note(d.RoutePoint, "mode "+d.To.String())
	case pbx.ScriptReturned:
		note(d.RoutePoint, "Return("+strconv.FormatBool(d.Value)+") "+d.Action)
	case pbx.ScriptFault:
		note(d.RoutePoint, "fault: "+d.Why)
	}
	return ev
}
