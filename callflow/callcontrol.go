package callflow

import (
	"time"

	"rpbench/csharp/eval"
	"rpbench/pbx"
)

// CallControlReason values (TCX.PBXAPI.CallControlReason in prelude/PBXAPI.cs).
const (
	ccNone int32 = iota
	ccSuccess
	ccNoAnswer
	ccBusy
	ccRejected
	ccNotFound
	ccNotRegistered
	ccInvalidState
	ccCancelled
	ccParentConnectionTerminated
	ccCompletedElsewhere
	ccPartyConnectionLost
)

// ccReason maps a pbx reason to the CallControlReason of a failed request.
func ccReason(r pbx.Reason) int32 {
	switch r {
	case pbx.ReasonNoAnswer:
		return ccNoAnswer
	case pbx.ReasonBusy, pbx.ReasonDND:
		return ccBusy
	case pbx.ReasonRejected:
		return ccRejected
	case pbx.ReasonNotFound, pbx.ReasonLoop:
		return ccNotFound
	case pbx.ReasonNotRegistered:
		return ccNotRegistered
	case pbx.ReasonInvalidState:
		return ccInvalidState
	case pbx.ReasonCancelled:
		return ccCancelled
	case pbx.ReasonParentTerminated:
		return ccParentConnectionTerminated
	case pbx.ReasonCompletedElsewhere, pbx.ReasonPickedUp:
		return ccCompletedElsewhere
	case pbx.ReasonHangup, pbx.ReasonRemoteHangup:
		return ccPartyConnectionLost
	}
	return ccNone
}

// Call-control operations (the op argument of CallControlHost.Request).
const (
	opRouteTo = 1 + iota
	opDivert
	opReplaceWith
	opReplaceWithInitOnly
	opDrop
)

func registerCallControl(r *eval.Registry) {
	r.Register("TCX.PBXAPI.CallControlHost.Request", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		ss := sessionOf(c, a[0])
		op := a[1].AsInt()
		target := destNumber(a[2].AsString())
		timeout := time.Duration(a[3].AsLong()) * 100 // ticks of 100 ns
		source := a[4].AsString()
		result, failure := a[7], a[8]
		in := c.Interp()
		t := in.NewTask(in.TypeByName("TCX.PBXAPI.CallControlResult"))
		h := ss.h
		switch {
		case h.opts.Disconnected:
			h.later(ss, "CallControl", func(c *eval.Context) {
				t.SetException(c.NewByName("TCX.PBXAPI.PBXIsNotConnected").Obj())
			})
			return t.Value()
		case ss.mode() != pbx.ModeActive || ss.finished():
			h.p.Post(func() { h.run(ss, in, func() { t.SetCanceled(nil) }) })
			return t.Value()
		}
		dest := destString(h.p, target)
		done := func(res pbx.Result) {
			if ss.stopped {
				return
			}
			h.run(ss, in, func() {
				switch {
				case res.OK:
					by := target
					if res.By != "" {
						by = res.By
					}
					fillResult(in, result, ccSuccess, destString(h.p, by), res.Reason.String())
					t.SetResult(result)
				case res.Reason == pbx.ReasonInvalidState:
					t.SetCanceled(nil)
				default:
					fillResult(in, result, ccReason(res.Reason), dest, res.Reason.String())
					t.SetException(failure.Obj())
				}
			})
		}
		switch op {
		case opRouteTo:
			req := pbx.RouteRequest{Target: target, Timeout: timeout}
			if source != "" {
				req.CallerName, req.CallerID = splitSource(source)
			}
			ss.s.RouteTo([]pbx.RouteRequest{req}, done)
		case opDivert:
			ss.s.Divert(target, done)
		case opReplaceWith:
			ss.s.ReplaceWith(target, done)
		case opReplaceWithInitOnly:
			ss.s.ReplaceWithInitOnly(target, done)
		case opDrop:
			ss.s.Drop(done)
		default:
			c.Throw("System.ArgumentException", "unknown call-control operation")
		}
		return t.Value()
	})
}

// destString names a call-control destination in results: the DN's ToString
// ("Extension 101"), or "External <number>" for a number outside the PBX.
func destString(p *pbx.PBX, number string) string {
	if p.DN(number) == nil {
		return "External " + number
	}
	return dnString(p, number)
}

// fillResult fills in a pending CallControlResult.
func fillResult(in *eval.Interp, result eval.Value, reason int32, dest, details string) {
	o := result.Obj()
	if o == nil {
		return
	}
	text := ccReasonNames[0]
	if int(reason) < len(ccReasonNames) {
		text = ccReasonNames[reason]
	}
	if dest != "" {
		text += "(" + dest + ")"
	}
	set := func(name string, v eval.Value) {
		if f := o.Type.FieldByName(name); f != nil {
			o.Fields[f.Index] = v
		}
	}
	set("__success", eval.Bool(reason == ccSuccess))
	set("__reason", eval.EnumVal(in.TypeByName("TCX.PBXAPI.CallControlReason"), int64(reason)))
	set("__destination", eval.Str(dest))
	set("__details", eval.Str(details))
	set("__text", eval.Str(text))
}

// ccReasonNames are the names of CallControlReason's values, in order.
var ccReasonNames = [...]string{"None", "Success", "NoAnswer", "Busy", "Rejected", "NotFound", "NotRegistered",
	"InvalidState", "Cancelled", "ParentConnectionTerminated", "CompletedElsewhere", "PartyConnectionLost"}

// splitSource splits a CustomSource such as "\"Name\"<sip:123@domain>" or
// "Name <123>" or "123" into a display name and a number.
func splitSource(s string) (name, number string) {
	lt := -1
	for i := 0; i < len(s); i++ {
		if s[i] == '<' {
			lt = i
			break
		}
	}
	if lt < 0 {
		return "", s
	}
	name = trimQuotes(s[:lt])
	rest := s[lt+1:]
	for i := 0; i < len(rest); i++ {
		if rest[i] == '>' {
			rest = rest[:i]
			break
		}
	}
	if len(rest) > 4 && rest[:4] == "sip:" {
		rest = rest[4:]
	}
	for i := 0; i < len(rest); i++ {
		if rest[i] == '@' {
			rest = rest[:i]
			break
		}
	}
	if len(rest) > 0 && rest[0] == '_' {
		rest = rest[1:]
	}
	return name, rest
}

func trimQuotes(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '"') {
		s = s[1:]
	}
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '"') {
		s = s[:len(s)-1]
	}
	return s
}
