package runner

import (
	"fmt"
	"strconv"
	"strings"

	"rpbench/pbx"
)

// matches reports whether an event matches a matcher.
func (x *execution) matches(m *Matcher, e Event) bool {
	if m.Kind == "text" {
		return m.Match.MatchString(e.Text)
	}
	pe := e.PBX()
	eq := func(want, got string) bool { return want == "" || x.party(want) == got }
	switch d := pe.Data.(type) {
	case pbx.ConnState:
		return m.Kind == "state" && eq(m.Phone, d.DN) && (m.State == "" || m.State == stateName(d.Status)) && eq(m.With, d.Peer)
	case pbx.RouteRequested:
		if m.Kind != "route" || !eq(m.Point, d.RoutePoint) {
			return false
		}
		if m.Targets == nil {
			return true
		}
		if len(m.Targets) != len(d.Targets) {
			return false
		}
		for i, t := range d.Targets {
			if x.party(m.Targets[i]) != t.Target {
				return false
			}
		}
		return true
	case pbx.RouteResult:
		return m.Kind == "route_result" && eq(m.Point, d.RoutePoint) && resultOK(m.Result, d.OK) && reasonOK(m.Reason, d.Reason)
	case pbx.PrimitiveResult:
		return m.Kind == "route_result" && eq(m.Point, d.RoutePoint) && resultOK(m.Result, d.OK) && reasonOK(m.Reason, d.Reason)
	case pbx.ScriptLog:
		if m.Kind != "log" || !eq(m.Point, d.RoutePoint) {
			return false
		}
		if m.Level != "" {
			lvl, _ := pbx.ParseLogLevel(m.Level)
			if d.Level < lvl {
				return false
			}
		}
		return m.Match == nil || m.Match.MatchString(d.Msg)
	case pbx.ScriptReturned:
		return m.Kind == "return" && eq(m.Point, d.RoutePoint) && (m.Value == "" || m.Value == strconv.FormatBool(d.Value))
	case pbx.RoutePointStarted:
		return m.Kind == "start" && eq(m.Point, d.RoutePoint)
	case pbx.MediaChanged:
		return m.Kind == "media" && eq(m.Phone, d.DN) && (m.Hears == "" || x.hearsMatch(d.Hears, m.Hears))
	case pbx.DTMF:
		return m.Kind == "dtmf" && eq(m.Phone, d.From) && (m.Digit == "" || m.Digit == d.Digit)
	case pbx.Transferred:
		return m.Kind == "transfer" && eq(m.Phone, d.By) && eq(m.To, d.Target)
	}
	return false
}

func resultOK(want string, ok bool) bool {
	return want == "" || (want == "ok") == ok
}

func reasonOK(want string, got pbx.Reason) bool {
	if want == "" {
		return true
	}
	r, ok := pbx.ParseReason(want)
	return ok && r == got
}

// reasonNames lists the PBX's reasons, for suggestions.
func reasonNames() []string {
	var out []string
	for r := pbx.Reason(1); ; r++ {
		s := r.String()
		if strings.HasPrefix(s, "reason(") {
			return out
		}
		out = append(out, s)
	}
}

// describeMatcher writes a matcher back in the scenario's words.
func describeMatcher(m *Matcher) string {
	var parts []string
	add := func(k, v string) {
		if v != "" {
			parts = append(parts, k+": "+v)
		}
	}
	add("phone", m.Phone)
	add("point", m.Point)
	add("state", m.State)
	add("with", m.With)
	if m.Targets != nil {
		add("targets", "["+strings.Join(m.Targets, ", ")+"]")
	}
	add("result", m.Result)
	add("reason", m.Reason)
	add("level", m.Level)
	if m.Match != nil {
		add("match", strconv.Quote(m.Match.String()))
	}
	add("value", m.Value)
	add("hears", m.Hears)
	add("digit", m.Digit)
	add("to", m.To)
	if len(parts) == 0 {
		return m.Kind
	}
	return fmt.Sprintf("%s {%s}", m.Kind, strings.Join(parts, ", "))
}
