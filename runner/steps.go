package runner

import (
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// verbSpec describes one step verb: the keys of its mapping form and the key
// its one-value shorthand fills ("" when it has none).
type verbSpec struct {
	keys     []string
	shortKey string
	required []string
}

var verbSpecs = map[string]verbSpec{
	"dial":     {keys: []string{"from", "to"}, required: []string{"from", "to"}},
	"answer":   {keys: []string{"phone"}, shortKey: "phone", required: []string{"phone"}},
	"reject":   {keys: []string{"phone"}, shortKey: "phone", required: []string{"phone"}},
	"drop":     {keys: []string{"phone"}, shortKey: "phone", required: []string{"phone"}},
	"hold":     {keys: []string{"phone"}, shortKey: "phone", required: []string{"phone"}},
	"resume":   {keys: []string{"phone"}, shortKey: "phone", required: []string{"phone"}},
	"transfer": {keys: []string{"phone", "to"}, required: []string{"phone", "to"}},
	"consult":  {keys: []string{"phone", "to"}, required: []string{"phone", "to"}},
	"complete": {keys: []string{"phone"}, shortKey: "phone", required: []string{"phone"}},
	"dtmf":     {keys: []string{"phone", "digits"}, required: []string{"phone", "digits"}},
	"pickup":   {keys: []string{"phone", "at"}, shortKey: "phone", required: []string{"phone"}},
	"inbound":  {keys: []string{"trunk", "from", "name", "did", "as"}, required: []string{"did"}},
	"advance":  {shortKey: "-"},
	"wait":     {keys: []string{"phone", "state", "with", "hears", "event", "timeout"}},
	"expect":   {keys: []string{"phone", "state", "with", "hears", "events", "order", "absent"}},
}

// Verbs returns the step verbs the decoder knows, sorted.
func Verbs() []string {
	out := make([]string, 0, len(verbSpecs))
	for v := range verbSpecs {
		out = append(out, v)
	}
	sort.Strings(out)
	return out
}

// VerbKeys returns the keys of a verb's mapping form, or nil for an unknown
// verb or one that takes a single value (advance).
func VerbKeys(verb string) []string { return append([]string(nil), verbSpecs[verb].keys...) }

// matcherKeys are the keys of each event matcher kind, and the key a
// shorthand value fills.
var matcherSpecs = map[string]verbSpec{
	"state":        {keys: []string{"phone", "state", "with"}},
	"route":        {keys: []string{"point", "targets"}},
	"route_result": {keys: []string{"point", "result", "reason"}, shortKey: "reason"},
	"log":          {keys: []string{"point", "level", "match"}, shortKey: "match"},
	"return":       {keys: []string{"point", "value"}, shortKey: "value"},
	"media":        {keys: []string{"phone", "hears"}},
	"dtmf":         {keys: []string{"phone", "digit"}, shortKey: "digit"},
	"transfer":     {keys: []string{"phone", "to"}},
	"start":        {keys: []string{"point"}, shortKey: "point"},
	"text":         {shortKey: "-"},
}

// MatcherKeys returns the keys of an event matcher kind's mapping form.
func MatcherKeys(kind string) []string { return append([]string(nil), matcherSpecs[kind].keys...) }

// RouteResults are the values a route_result matcher's result may take.
var RouteResults = []string{"ok", "failed"}

func (d *decoder) steps(n *yaml.Node) []Step {
	n = resolve(n)
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "steps must be a list, not %s", kindName(n))
		return nil
	}
	d.aliases = map[string]Pos{}
	var out []Step
	for _, item := range n.Content {
		if st, ok := d.step(resolve(item)); ok {
			out = append(out, st)
		}
	}
	if len(out) == 0 && len(n.Content) == 0 {
		d.errorf(n, "steps is empty")
	}
	return out
}

func (d *decoder) step(n *yaml.Node) (Step, bool) {
	if n.Kind != yaml.MappingNode {
		if n.Kind == yaml.ScalarNode {
			if _, known := verbSpecs[n.Value]; known {
				d.errorf(n, "step %q needs a value: write `%s: ...`", n.Value, n.Value)
				return Step{}, false
			}
		}
		d.errorf(n, "a step must be a mapping such as `dial: {from: 100, to: 101}`, not %s", kindName(n))
		return Step{}, false
	}
	st := Step{Pos: d.pos(n)}
	var verbKey, verbVal *yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], resolve(n.Content[i+1])
		switch {
		case k.Value == "name":
			st.Name, _ = d.scalar(v, "step name")
		case verbSpecs[k.Value].keys == nil && verbSpecs[k.Value].shortKey == "":
			d.errorf(k, "unknown verb %q%s", k.Value, suggestOrVerbs(k.Value))
			return Step{}, false
		case verbKey != nil:
			d.errorf(k, "a step has one verb, this one has %q and %q: split it into two steps", verbKey.Value, k.Value)
			return Step{}, false
		default:
			verbKey, verbVal = k, v
		}
	}
	if verbKey == nil {
		d.errorf(n, "step has no verb (one of %s)", strings.Join(Verbs(), ", "))
		return Step{}, false
	}
	if verbVal.Kind == yaml.ScalarNode && verbVal.Tag == "!!null" && verbVal.LineComment == "" {
		verbVal.LineComment = verbKey.LineComment
	}
	st.Verb, st.Pos = verbKey.Value, d.pos(verbKey)
	before := len(d.errs)
	switch st.Verb {
	case "advance":
		st.Advance, _ = d.duration(verbVal, "advance")
	case "inbound":
		st.Inbound = d.inbound(verbVal)
	case "wait":
		st.Wait = d.wait(verbVal)
	case "expect":
		st.Expect = d.expect(verbVal)
	default:
		st.Op = d.phoneOp(st.Verb, verbVal)
	}
	return st, len(d.errs) == before
}

func suggestOrVerbs(word string) string {
	if s := suggest(word, Verbs()); s != "" {
		return s
	}
	return "; known verbs: " + strings.Join(Verbs(), ", ")
}

// verbFields reads a verb's value: a mapping, or one value filling shortKey.
func (d *decoder) verbFields(verb string, n *yaml.Node, spec verbSpec) map[string]*field {
	what := verb
	if n.Kind == yaml.ScalarNode && spec.shortKey != "" && spec.shortKey != "-" {
		return map[string]*field{spec.shortKey: {key: spec.shortKey, keyNode: n, val: n}}
	}
	if n.Kind != yaml.MappingNode {
		example := "{" + strings.Join(spec.required, ": ..., ") + ": ...}"
		d.errorf(n, "%s needs a mapping such as %s, not %s", what, example, kindName(n))
		return nil
	}
	f := d.fields(n, what, spec.keys)
	if f == nil {
		return nil
	}
	for _, r := range spec.required {
		if f[r] == nil {
			d.errorf(n, "%s needs %s", what, r)
		}
	}
	return f
}

func (d *decoder) ref(f *field, what string) Ref {
	s, pos, _ := d.number(f.val, what)
	return Ref{Pos: pos, Name: s}
}

func (d *decoder) phoneOp(verb string, n *yaml.Node) *PhoneOp {
	spec := verbSpecs[verb]
	f := d.verbFields(verb, n, spec)
	if f == nil {
		return nil
	}
	op := &PhoneOp{}
	if v := f["phone"]; v != nil {
		op.Phone = d.ref(v, verb+" phone")
	}
	if v := f["from"]; v != nil {
		op.Phone = d.ref(v, verb+" from")
	}
	if v := f["to"]; v != nil {
		op.To, op.ToPos, _ = d.number(v.val, verb+" to")
	}
	if v := f["digits"]; v != nil {
		if s, ok := d.scalar(v.val, "dtmf digits"); ok {
			for i, r := range s {
				if !strings.ContainsRune("0123456789*#ABCD", r) {
					col := v.val.Column + i
					if v.val.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
						col++
					}
					d.errs.Add(Pos{File: d.file, Line: v.val.Line, Col: col}, "dtmf digit %q is not one of 0-9 * # A-D", r)
					break
				}
			}
			op.Digits = s
		}
	}
	if v := f["at"]; v != nil {
		r := d.ref(v, "pickup at")
		op.At = &r
	}
	return op
}

func (d *decoder) inbound(n *yaml.Node) *Inbound {
	f := d.verbFields("inbound", n, verbSpecs["inbound"])
	if f == nil {
		return nil
	}
	in := &Inbound{From: "anonymous"}
	if v := f["trunk"]; v != nil {
		in.Trunk, in.TrunkPos, _ = d.number(v.val, "inbound trunk")
	}
	if v := f["from"]; v != nil {
		in.From, _, _ = d.number(v.val, "inbound from")
	}
	if v := f["name"]; v != nil {
		in.Name, _ = d.scalar(v.val, "inbound name")
	}
	if v := f["did"]; v != nil {
		in.DID, _, _ = d.number(v.val, "inbound did")
	}
	if v := f["as"]; v != nil {
		if s, pos, ok := d.number(v.val, "inbound as"); ok {
			if prev, dup := d.aliases[s]; dup {
				d.errorf(v.val, "alias %q is already taken (at line %d)", s, prev.Line)
			}
			d.aliases[s] = pos
			in.As, in.AsPos = s, pos
		}
	}
	return in
}

func (d *decoder) phoneCond(f map[string]*field, n *yaml.Node, verb string) *PhoneCond {
	p, st, w, h := f["phone"], f["state"], f["with"], f["hears"]
	if p == nil {
		for _, other := range []*field{st, w, h} {
			if other != nil {
				d.errorf(other.keyNode, "%s: %s needs phone", verb, other.key)
				return nil
			}
		}
		return nil
	}
	c := &PhoneCond{Phone: d.ref(p, verb+" phone"), Pos: d.pos(n)}
	if st != nil {
		c.State, _ = d.oneOf(st.val, "state", PhoneStates)
	}
	if w != nil {
		c.With, _, _ = d.number(w.val, "with")
	}
	if h != nil {
		c.Hears, _ = d.scalar(h.val, "hears")
		c.HearsPos = d.pos(h.val)
	}
	if st == nil && w == nil && h == nil {
		d.errorf(n, "%s phone %s: say what to check: state, with or hears", verb, c.Phone.Name)
	}
	if w != nil && st != nil && (c.State == "idle") {
		d.errorf(w.keyNode, "an idle phone is with nobody: drop with")
	}
	return c
}

func (d *decoder) wait(n *yaml.Node) *Wait {
	f := d.verbFields("wait", n, verbSpecs["wait"])
	if f == nil {
		return nil
	}
	w := &Wait{Timeout: DefaultWaitTimeout}
	if t := f["timeout"]; t != nil {
		w.Timeout, _ = d.duration(t.val, "timeout")
	}
	w.Phone = d.phoneCond(f, n, "wait")
	if e := f["event"]; e != nil {
		if w.Phone != nil {
			d.errorf(e.keyNode, "wait for a phone state or for an event, not both: split it into two waits")
			return w
		}
		m, ok := d.matcher(e.val)
		if ok {
			w.Event = &m
		}
	} else if w.Phone == nil && f["phone"] == nil && f["state"] == nil && f["with"] == nil && f["hears"] == nil {
		d.errorf(n, "wait needs phone and state (wait: {phone: 101, state: ringing}) or event (wait: {event: {log: parked}})")
	}
	return w
}

func (d *decoder) expect(n *yaml.Node) *Expect {
	f := d.verbFields("expect", n, verbSpecs["expect"])
	if f == nil {
		return nil
	}
	e := &Expect{}
	e.Phone = d.phoneCond(f, n, "expect")
	if ev := f["events"]; ev != nil {
		e.Events = d.matchers(ev.val, "events")
	}
	if ab := f["absent"]; ab != nil {
		e.Absent = d.matchers(ab.val, "absent")
	}
	if o := f["order"]; o != nil {
		if s, ok := d.oneOf(o.val, "order", []string{"sequence", "any"}); ok {
			e.AnyOrder = s == "any"
		}
		if f["events"] == nil {
			d.errorf(o.keyNode, "order applies to events, and this expect has none")
		}
	}
	if e.Phone == nil && f["phone"] == nil && f["state"] == nil && f["with"] == nil && f["hears"] == nil && f["events"] == nil && f["absent"] == nil {
		d.errorf(n, "expect needs phone (expect: {phone: 101, state: talking}) or events or absent")
	}
	return e
}

func (d *decoder) matchers(n *yaml.Node, what string) []Matcher {
	n = resolve(n)
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "%s must be a list of events such as - log: parked, not %s", what, kindName(n))
		return nil
	}
	var out []Matcher
	for _, item := range n.Content {
		if m, ok := d.matcher(resolve(item)); ok {
			out = append(out, m)
		}
	}
	return out
}

func matcherKindList() []string {
	out := append([]string(nil), MatcherKinds...)
	sort.Strings(out)
	return out
}

// matcher decodes an event description: a mapping with one kind key.
func (d *decoder) matcher(n *yaml.Node) (Matcher, bool) {
	if n.Kind != yaml.MappingNode || len(n.Content) != 2 {
		d.errorf(n, "an event is a mapping with one kind (%s), such as {log: parked}; found %s", strings.Join(matcherKindList(), ", "), kindName(n))
		return Matcher{}, false
	}
	k, v := n.Content[0], resolve(n.Content[1])
	spec, ok := matcherSpecs[k.Value]
	if !ok {
		d.errorf(k, "unknown event kind %q%s", k.Value, suggestOrList(k.Value, MatcherKinds))
		return Matcher{}, false
	}
	m := Matcher{Pos: d.pos(k), Kind: k.Value}
	before := len(d.errs)
	if spec.shortKey == "-" { // text: a regular expression
		m.Match = d.regex(v, "text")
		return m, len(d.errs) == before
	}
	f := d.verbFields(k.Value, v, spec)
	if f == nil {
		return m, false
	}
	for _, key := range spec.keys {
		fl := f[key]
		if fl == nil {
			continue
		}
		switch key {
		case "phone":
			m.Phone, _, _ = d.number(fl.val, "phone")
		case "point":
			m.Point, _, _ = d.number(fl.val, "point")
		case "state":
			m.State, _ = d.oneOf(fl.val, "state", PhoneStates)
		case "with":
			m.With, _, _ = d.number(fl.val, "with")
		case "targets":
			m.Targets = d.stringList(fl.val, "targets")
		case "result":
			m.Result, _ = d.oneOf(fl.val, "result", RouteResults)
		case "reason":
			m.Reason, _ = d.scalar(fl.val, "reason")
		case "level":
			m.Level, _ = d.oneOf(fl.val, "level", LogLevels)
		case "match":
			m.Match = d.regex(fl.val, "match")
		case "value":
			if b, ok := d.boolean(fl.val, "return value"); ok {
				m.Value = "false"
				if b {
					m.Value = "true"
				}
			}
		case "hears":
			m.Hears, _ = d.scalar(fl.val, "hears")
		case "digit":
			if s, ok := d.scalar(fl.val, "digit"); ok {
				if len(s) != 1 || !strings.Contains("0123456789*#ABCD", s) {
					d.errorf(fl.val, "dtmf digit %q is not one of 0-9 * # A-D", s)
				}
				m.Digit = s
			}
		case "to":
			m.To, _, _ = d.number(fl.val, "to")
		}
	}
	return m, len(d.errs) == before
}
