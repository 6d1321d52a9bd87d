package runner

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"rpbench/pbx"
)

// loadConfig returns the PBX config a scenario runs on, with its overrides
// applied. Errors carry positions in the scenario or the config file.
func loadConfig(s *Scenario) (*pbx.Config, error) {
	var cfg *pbx.Config
	var err error
	switch {
	case s.PBX.Inline != nil:
		text := extractNode(s.source, s.PBX.Inline)
		cfg, err = pbx.ParseConfig(s.File, text, filepath.Dir(s.File))
	case s.PBX.Config == "default":
		cfg = pbx.DefaultConfig()
	default:
		cfg, err = pbx.LoadConfig(s.PBX.Config)
		var pe *os.PathError
		if errors.As(err, &pe) {
			return nil, ErrorList{{Pos: s.PBX.Pos, Msg: fmt.Sprintf("pbx config %s: %v", s.PBX.Config, pe.Err)}}
		}
	}
	if err != nil {
		return nil, convertConfigErrors(err, s.PBX.Pos)
	}
	var errs ErrorList
	for _, p := range s.PBX.Parameters {
		if _, ok := cfg.Parameters[p.Name]; !ok {
			cfg.ParameterNames = append(cfg.ParameterNames, p.Name)
		}
		cfg.Parameters[p.Name] = p.Value
	}
	for _, o := range s.PBX.Extensions {
		ext := findExtension(cfg, o.Number)
		if ext == nil {
			errs.Add(o.Pos, "pbx extensions: %q is not an extension of the config%s", o.Number, suggest(o.Number, extensionNumbers(cfg)))
			continue
		}
		overrideExtension(&errs, s.File, ext, o.Node)
	}
	for _, b := range s.PBX.RoutePoints {
		var rp *pbx.RoutePointConfig
		for _, r := range cfg.RoutePoints {
			if r.Number == b.Number {
				rp = r
			}
		}
		if rp == nil {
			if findExtension(cfg, b.Number) != nil {
				errs.Add(b.Pos, "pbx route_points: %q is an extension, not a route point", b.Number)
				continue
			}
			rp = &pbx.RoutePointConfig{Pos: pbx.Pos{File: s.File, Line: b.Pos.Line, Col: b.Pos.Col}, Number: b.Number, Name: b.Handler}
			cfg.RoutePoints = append(cfg.RoutePoints, rp)
		}
		if b.Script != "" {
			rp.Script, rp.ScriptPath = b.Script, b.Script
		} else {
			rp.Script, rp.ScriptPath = "", ""
		}
	}
	return cfg, errs.Err()
}

// convertConfigErrors turns the PBX's config errors into positioned errors.
func convertConfigErrors(err error, at Pos) error {
	var ces pbx.ConfigErrors
	if errors.As(err, &ces) {
		var out ErrorList
		for _, e := range ces {
			out.Add(Pos{File: e.Pos.File, Line: e.Pos.Line, Col: e.Pos.Col}, "%s", e.Msg)
		}
		return out
	}
	var ce *pbx.ConfigError
	if errors.As(err, &ce) {
		return ErrorList{{Pos: Pos{File: ce.Pos.File, Line: ce.Pos.Line, Col: ce.Pos.Col}, Msg: ce.Msg}}
	}
	return ErrorList{{Pos: at, Msg: "pbx config: " + err.Error()}}
}

func findExtension(cfg *pbx.Config, number string) *pbx.ExtensionConfig {
	for _, e := range cfg.Extensions {
		if e.Number == number {
			return e
		}
	}
	return nil
}

func extensionNumbers(cfg *pbx.Config) []string {
	var out []string
	for _, e := range cfg.Extensions {
		out = append(out, e.Number)
	}
	return out
}

var extensionOverrideKeys = []string{"name", "behavior", "answer_after", "reject_code", "call_waiting", "forward", "properties"}

// behaviorByName returns the PBX behaviour with a config name.
func behaviorByName(name string) (pbx.Behavior, []string, bool) {
	var names []string
	for b := pbx.Behavior(0); ; b++ {
		s := b.String()
		if strings.HasPrefix(s, "behavior(") {
			break
		}
		names = append(names, s)
		if s == name {
			return b, nil, true
		}
	}
	return 0, names, false
}

// overrideExtension applies the fields of an extension override; they have
// the same names and meaning as in the PBX config (docs/pbx-config.md).
func overrideExtension(errs *ErrorList, file string, ext *pbx.ExtensionConfig, n *yaml.Node) {
	d := &decoder{file: file}
	f := d.fields(n, "the override of extension "+ext.Number, extensionOverrideKeys)
	answerAfterSet := false
	for _, key := range extensionOverrideKeys {
		fl := f[key]
		if fl == nil {
			continue
		}
		switch key {
		case "name":
			if s, ok := d.scalar(fl.val, "name"); ok {
				ext.Name = s
			}
		case "behavior":
			if s, ok := d.scalar(fl.val, "behavior"); ok {
				b, names, ok := behaviorByName(s)
				if !ok {
					d.errorf(fl.val, "behavior %q is not one of %s%s", s, strings.Join(names, ", "), suggest(s, names))
				}
				ext.Behavior = b
			}
		case "answer_after":
			if v, ok := d.duration(fl.val, "answer_after"); ok {
				ext.AnswerAfter = v
				answerAfterSet = true
			}
		case "reject_code":
			if v, ok := d.integer(fl.val, "reject_code", 400, 699); ok {
				ext.RejectCode = int(v)
			}
		case "call_waiting":
			if v, ok := d.boolean(fl.val, "call_waiting"); ok {
				ext.CallWaiting = v
			}
		case "forward":
			ff := d.fields(fl.val, "forward", []string{"always", "busy", "no_answer", "no_answer_after"})
			set := func(key string, dst *string) {
				if x := ff[key]; x != nil {
					if x.val.Kind == yaml.ScalarNode && (x.val.Tag == "!!null" || x.val.Value == "") && x.val.LineComment == "" {
						*dst = "" // an empty value turns the rule off
						return
					}
					if s, _, ok := d.number(x.val, "forward "+key); ok {
						*dst = s
					}
				}
			}
			set("always", &ext.Forward.Always)
			set("busy", &ext.Forward.Busy)
			set("no_answer", &ext.Forward.NoAnswer)
			if x := ff["no_answer_after"]; x != nil {
				if v, ok := d.duration(x.val, "forward no_answer_after"); ok {
					ext.Forward.NoAnswerAfter = v
				}
			}
		case "properties":
			m := fl.val
			if m.Kind != yaml.MappingNode {
				d.errorf(m, "properties must be a mapping of NAME: value, not %s", kindName(m))
				continue
			}
			if ext.Properties == nil {
				ext.Properties = map[string]string{}
			}
			for i := 0; i+1 < len(m.Content); i += 2 {
				if v, ok := d.scalar(m.Content[i+1], "property "+m.Content[i].Value); ok {
					ext.Properties[m.Content[i].Value] = v
				}
			}
		}
	}
	if answerAfterSet && ext.Behavior == pbx.BehaviorManual {
		ext.Behavior = pbx.BehaviorAnswer
	}
	*errs = append(*errs, d.errs...)
}

// extractNode returns src with everything outside the block of n blanked
// out (lines emptied, the text before n on its first line replaced by
// spaces), so a parser of the block reports positions of the whole file.
func extractNode(src []byte, n *yaml.Node) []byte {
	lines := strings.Split(string(src), "\n")
	first := n.Line - 1
	// A block mapping ends before the first later line indented less than
	// its keys; a flow mapping before the first later line indented no
	// deeper than the line it starts on.
	last := len(lines) - 1
	flow := n.Style&yaml.FlowStyle != 0
	threshold := n.Column - 1
	if flow && first < len(lines) {
		threshold = indentOf(lines[first]) + 1
	}
	for i := first + 1; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if indentOf(lines[i]) < threshold {
			last = i - 1
			break
		}
	}
	var b strings.Builder
	for i, line := range lines {
		switch {
		case i < first || i > last:
		case i == first:
			col := n.Column - 1 // byte offset of the node on its line (ASCII keys)
			if col > len(line) {
				col = len(line)
			}
			b.WriteString(strings.Repeat(" ", col))
			b.WriteString(line[col:])
		default:
			b.WriteString(line)
		}
		if i < len(lines)-1 {
			b.WriteByte('\n')
		}
	}
	return []byte(b.String())
}

func indentOf(line string) int {
	return len(line) - len(strings.TrimLeft(line, " \t"))
}

// knownPhones returns the numbers a scenario may name as phones.
func knownPhones(cfg *pbx.Config) []string {
	out := extensionNumbers(cfg)
	sort.Strings(out)
	return out
}

// checkRefs checks that the phones the steps act on exist: extensions of
// the config, or aliases given by earlier inbound steps; and that inbound
// steps name a trunk of the config.
func checkRefs(s *Scenario, cfg *pbx.Config) error {
	var errs ErrorList
	exts := map[string]bool{}
	for _, e := range cfg.Extensions {
		exts[e.Number] = true
	}
	aliases := map[string]bool{}
	var names []string
	candidates := func() []string { return append(append([]string(nil), knownPhones(cfg)...), names...) }
	check := func(r Ref, what string) {
		if r.Name == "" || exts[r.Name] || aliases[r.Name] {
			return
		}
		errs.Add(r.Pos, "%s %q is not an extension of the PBX nor a caller named by an earlier inbound step%s", what, r.Name, suggest(r.Name, candidates()))
	}
	hearsWords := []string{"silence", "moh", "music", "prompt", "tone", "ringback", "busy"}
	checkHears := func(pos Pos, h string) {
		if h == "" || contains(hearsWords, h) || strings.ContainsAny(h, "./:") || exts[h] || aliases[h] || cfgNumber(cfg, h) ||
			strings.HasPrefix(h, "+") || strings.HasPrefix(h, "#") || strings.Trim(h, "0123456789*") == "" {
			return
		}
		errs.Add(pos, "hears %q is not silence, moh, prompt, tone, ringback, busy, a file name or a party%s", h, suggest(h, append(hearsWords, candidates()...)))
	}
	for _, st := range s.Steps {
		if st.Wait != nil && st.Wait.Phone != nil {
			checkHears(st.Wait.Phone.HearsPos, st.Wait.Phone.Hears)
		}
		if st.Wait != nil && st.Wait.Event != nil && st.Wait.Event.Kind == "media" {
			checkHears(st.Wait.Event.Pos, st.Wait.Event.Hears)
		}
		if st.Expect != nil {
			if st.Expect.Phone != nil {
				checkHears(st.Expect.Phone.HearsPos, st.Expect.Phone.Hears)
			}
			for _, m := range append(append([]Matcher(nil), st.Expect.Events...), st.Expect.Absent...) {
				if m.Kind == "media" {
					checkHears(m.Pos, m.Hears)
				}
			}
		}
		switch {
		case st.Op != nil:
			check(st.Op.Phone, st.Verb)
			if st.Op.At != nil {
				check(*st.Op.At, "pickup at")
			}
		case st.Inbound != nil:
			in := st.Inbound
			if in.Trunk != "" && findTrunk(cfg, in.Trunk) == nil {
				var tn []string
				for _, t := range cfg.Trunks {
					tn = append(tn, t.Name, t.Number)
				}
				errs.Add(in.TrunkPos, "inbound trunk %q is not a trunk of the PBX%s", in.Trunk, suggest(in.Trunk, tn))
			}
			if in.Trunk == "" && len(cfg.Trunks) == 0 {
				errs.Add(st.Pos, "inbound: the PBX has no trunk")
			}
			if in.As != "" {
				if exts[in.As] {
					errs.Add(in.AsPos, "alias %q is an extension number: choose another name", in.As)
				}
				aliases[in.As] = true
				names = append(names, in.As)
			}
		case st.Wait != nil && st.Wait.Phone != nil:
			check(st.Wait.Phone.Phone, "wait phone")
		case st.Expect != nil && st.Expect.Phone != nil:
			check(st.Expect.Phone.Phone, "expect phone")
		}
	}
	return errs.Err()
}

// cfgNumber reports whether number is a number of the config: an
// extension, a route point, a trunk or a dial code.
func cfgNumber(cfg *pbx.Config, number string) bool {
	for _, rp := range cfg.RoutePoints {
		if rp.Number == number {
			return true
		}
	}
	for _, t := range cfg.Trunks {
		if t.Number == number {
			return true
		}
	}
	for _, dc := range cfg.DialCodes {
		if dc.Code == number {
			return true
		}
	}
	return findExtension(cfg, number) != nil
}

// findTrunk returns the trunk with a name or number.
func findTrunk(cfg *pbx.Config, name string) *pbx.TrunkConfig {
	for _, t := range cfg.Trunks {
		if t.Name == name || t.Number == name {
			return t
		}
	}
	return nil
}

// trunkForDID returns the trunk that owns did, or the first trunk.
func trunkForDID(cfg *pbx.Config, did string) *pbx.TrunkConfig {
	for _, t := range cfg.Trunks {
		for _, d := range t.DIDs {
			if d.DID == did {
				return t
			}
		}
	}
	if len(cfg.Trunks) > 0 {
		return cfg.Trunks[0]
	}
	return nil
}
