package pbx

import (
	_ "embed"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// DefaultConfigName is the file name the embedded demo configuration reports in errors and traces.
const DefaultConfigName = "default-pbx.yaml"

//go:embed default-pbx.yaml
var defaultConfig []byte

// DefaultConfigText returns the text of the embedded demo configuration.
func DefaultConfigText() []byte { return append([]byte(nil), defaultConfig...) }

// DefaultConfig parses and returns the embedded demo configuration: extensions
// 100 to 104, trunk "Provider" with two DIDs, and route point #101 running the
// seed's parking sample (scripts/ParkingRoutePointSample.cs, which the caller
// resolves: Config.Embedded is true and ScriptPath is left as written).
func DefaultConfig() *Config {
	c, err := ParseConfig(DefaultConfigName, defaultConfig, "")
	if err != nil {
		panic("pbx: embedded default config: " + err.Error())
	}
	c.Embedded = true
	return c
}

// Config is a parsed PBX configuration. See docs/pbx-config.md for the format.
type Config struct {
	// File is the name the configuration was read from (used in error positions).
	File string
	// Dir is the folder relative script paths resolve against ("" for the embedded default).
	Dir string
	// Embedded is true for the embedded demo configuration.
	Embedded bool
	// RingTimeout ends an unanswered offer that no forwarding rule takes (default 60s).
	RingTimeout time.Duration
	// Parameters are the system parameters (PARK_MOH_SOURCE, MUSICONHOLDFILE, OPERATOR, ...).
	Parameters map[string]string
	// ParameterNames lists the parameter names in file order.
	ParameterNames []string
	Extensions     []*ExtensionConfig
	Trunks         []*TrunkConfig
	RoutePoints    []*RoutePointConfig
	DialCodes      []*DialCodeConfig
	// Prompts maps prompt ids or file names to their play time, overriding the defaults.
	Prompts map[string]time.Duration
}

// Pos is a position in a configuration file; Line and Col are 1-based (Col counts bytes).
type Pos struct {
	File      string
	Line, Col int
}

// String returns "file:line:col".
func (p Pos) String() string { return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col) }

// Behavior is what a simulated phone does when a call is offered to it.
type Behavior int

// Simulated phone behaviours.
const (
	BehaviorManual  Behavior = iota // rings until the user (scenario, TUI) answers or rejects
	BehaviorAnswer                  // answers after AnswerAfter
	BehaviorNever                   // rings and never answers by itself
	BehaviorBusy                    // always busy
	BehaviorReject                  // rejects with RejectCode
	BehaviorDND                     // do not disturb
	BehaviorOffline                 // not registered
)

var behaviorNames = [...]string{"manual", "answer", "never", "busy", "reject", "dnd", "offline"}

// String returns the behaviour's config name.
func (b Behavior) String() string {
	if b < 0 || int(b) >= len(behaviorNames) {
		return "behavior(" + strconv.Itoa(int(b)) + ")"
	}
	return behaviorNames[b]
}

// ExtensionConfig is one extension (a phone) and its simulated behaviour.
type ExtensionConfig struct {
	Pos         Pos
	Number      string
	Name        string
	Behavior    Behavior
	AnswerAfter time.Duration
	RejectCode  int
	// CallWaiting lets a second call ring while the phone is in a call (default true);
	// when false such a call finds the extension busy.
	CallWaiting bool
	Forward     Forwarding
	Properties  map[string]string
}

// Forwarding holds an extension's forwarding rules; empty fields are off.
type Forwarding struct {
	Always        string
	Busy          string // also used for DND and offline
	NoAnswer      string
	NoAnswerAfter time.Duration // default 20s
}

// TrunkConfig is a trunk (an external line).
type TrunkConfig struct {
	Pos    Pos
	Name   string
	Number string
	DIDs   []DIDConfig
	// InboundTo, when set, receives every inbound call on the trunk (DIDs are then only names).
	InboundTo string
	// OutboundPrefix routes dialled numbers starting with it out through this trunk (prefix stripped).
	OutboundPrefix string
	// External is how simulated external parties behave when called through the trunk.
	External   ExternalBehavior
	Properties map[string]string
}

// DIDConfig maps a DID of a trunk to a destination.
type DIDConfig struct {
	Pos  Pos
	DID  string
	Name string
	To   string
}

// ExternalBehavior is how simulated external parties answer outbound calls.
type ExternalBehavior struct {
	Behavior    Behavior
	AnswerAfter time.Duration
	RejectCode  int
}

// RoutePointConfig is a route point.
type RoutePointConfig struct {
	Pos    Pos
	Number string
	Name   string
	// Script is the script path as written in the file.
	Script string
	// ScriptPath is Script resolved against Config.Dir (equal to Script for the
	// embedded default and for absolute paths).
	ScriptPath string
	Properties map[string]string
}

// DialCodeConfig is a dial code that leads to another number.
type DialCodeConfig struct {
	Pos  Pos
	Code string
	To   string
}

// ConfigError is one error in a configuration file.
type ConfigError struct {
	Pos Pos
	Msg string
}

// Error returns "file:line:col: message".
func (e *ConfigError) Error() string { return e.Pos.String() + ": " + e.Msg }

// ConfigErrors is the list of errors found in a configuration, sorted by position.
type ConfigErrors []*ConfigError

// Error returns the errors one per line.
func (l ConfigErrors) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// LoadConfig reads and parses the configuration file at path; relative script
// paths resolve against the file's folder.
func LoadConfig(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseConfig(path, data, filepath.Dir(path))
}

// ParseConfig parses a configuration. name is used in error positions, dir is the
// folder relative script paths resolve against ("" leaves them as written).
// All errors found are returned together as ConfigErrors.
func ParseConfig(name string, data []byte, dir string) (*Config, error) {
	d := &decoder{file: name}
	c := &Config{File: name, Dir: dir, RingTimeout: 60 * time.Second, Parameters: map[string]string{}}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, ConfigErrors{yamlError(name, err)}
	}
	if len(root.Content) == 0 {
		return nil, ConfigErrors{{Pos{name, 1, 1}, "empty configuration"}}
	}
	d.config(c, root.Content[0])
	if len(d.errs) == 0 {
		d.check(c)
	}
	if len(d.errs) > 0 {
		sort.SliceStable(d.errs, func(i, j int) bool {
			a, b := d.errs[i].Pos, d.errs[j].Pos
			if a.Line != b.Line {
				return a.Line < b.Line
			}
			return a.Col < b.Col
		})
		return nil, d.errs
	}
	return c, nil
}

// yamlError turns a yaml syntax error ("yaml: line 3: ...") into a positioned error.
func yamlError(name string, err error) *ConfigError {
	msg := err.Error()
	msg = strings.TrimPrefix(msg, "yaml: ")
	line := 1
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if i := strings.IndexByte(rest, ':'); i > 0 {
			if n, err := strconv.Atoi(rest[:i]); err == nil {
				line, msg = n, strings.TrimSpace(rest[i+1:])
			}
		}
	}
	return &ConfigError{Pos{name, line, 1}, "yaml: " + msg}
}

type decoder struct {
	file string
	errs ConfigErrors
}

func (d *decoder) pos(n *yaml.Node) Pos { return Pos{d.file, n.Line, n.Column} }

func (d *decoder) errorf(n *yaml.Node, format string, args ...any) {
	d.errs = append(d.errs, &ConfigError{d.pos(n), fmt.Sprintf(format, args...)})
}

// mapping calls f for each key of a mapping node, reporting duplicate and unknown keys.
func (d *decoder) mapping(n *yaml.Node, what string, keys []string, f func(key string, k, v *yaml.Node)) {
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "%s: want a mapping, found %s", what, nodeKind(n))
		return
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if seen[k.Value] {
			d.errorf(k, "%s: duplicate key %q", what, k.Value)
			continue
		}
		seen[k.Value] = true
		if keys != nil && !slices.Contains(keys, k.Value) {
			msg := fmt.Sprintf("%s: unknown key %q", what, k.Value)
			if s := suggest(k.Value, keys); s != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", s)
			}
			d.errs = append(d.errs, &ConfigError{d.pos(k), msg})
			continue
		}
		f(k.Value, k, v)
	}
}

func (d *decoder) seq(n *yaml.Node, what string, f func(item *yaml.Node)) {
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "%s: want a list, found %s", what, nodeKind(n))
		return
	}
	for _, it := range n.Content {
		f(it)
	}
}

func nodeKind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "nothing"
		}
		return fmt.Sprintf("%q", n.Value)
	case yaml.AliasNode:
		return "an alias"
	}
	return "a document"
}

func (d *decoder) str(n *yaml.Node, what string) string {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		d.errorf(n, "%s: want a string, found %s", what, nodeKind(n))
		return ""
	}
	return n.Value
}

// number reads a dialable number: digits, '#', '*', '.', and a leading '+'.
func (d *decoder) number(n *yaml.Node, what string) string {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		d.errorf(n, "%s: number is empty (quote numbers that start with '#': \"#101\")", what)
		return ""
	}
	s := d.str(n, what)
	if s == "" {
		if len(d.errs) == 0 || d.errs[len(d.errs)-1].Pos != d.pos(n) {
			d.errorf(n, "%s: number is empty", what)
		}
		return ""
	}
	if err := checkNumber(s); err != "" {
		d.errorf(n, "%s: %s", what, err)
	}
	return s
}

func checkNumber(s string) string {
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9', r == '#', r == '*', r == '.':
		case r == '+' && i == 0:
		default:
			return fmt.Sprintf("bad number %q: %q is not a digit, '#', '*' or '.'", s, r)
		}
	}
	return ""
}

func (d *decoder) duration(n *yaml.Node, what string) time.Duration {
	s := d.str(n, what)
	if s == "" {
		return 0
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		if _, nerr := strconv.ParseFloat(s, 64); nerr == nil {
			d.errorf(n, "%s: bad duration %q: give a unit, such as %ss", what, s, s)
		} else {
			d.errorf(n, "%s: bad duration %q (want e.g. 15s, 1m30s, 500ms)", what, s)
		}
		return 0
	}
	if v < 0 {
		d.errorf(n, "%s: negative duration %q", what, s)
		return 0
	}
	return v
}

func (d *decoder) boolean(n *yaml.Node, what string) bool {
	var b bool
	if n.Kind != yaml.ScalarNode || n.Decode(&b) != nil {
		d.errorf(n, "%s: want true or false, found %s", what, nodeKind(n))
	}
	return b
}

func (d *decoder) integer(n *yaml.Node, what string) int {
	s := d.str(n, what)
	v, err := strconv.Atoi(s)
	if err != nil && s != "" {
		d.errorf(n, "%s: want an integer, found %q", what, s)
	}
	return v
}

func (d *decoder) props(n *yaml.Node, what string) map[string]string {
	m := map[string]string{}
	d.mapping(n, what, nil, func(key string, k, v *yaml.Node) {
		if v.Kind != yaml.ScalarNode {
			d.errorf(v, "%s.%s: want a string, found %s", what, key, nodeKind(v))
			return
		}
		if v.Tag == "!!null" {
			m[key] = ""
			return
		}
		m[key] = v.Value
	})
	return m
}

func (d *decoder) behavior(n *yaml.Node, what string) Behavior {
	s := d.str(n, what)
	for i, b := range behaviorNames {
		if b == s {
			return Behavior(i)
		}
	}
	if s != "" {
		msg := fmt.Sprintf("%s: unknown behavior %q (want one of %s)", what, s, strings.Join(behaviorNames[:], ", "))
		d.errs = append(d.errs, &ConfigError{d.pos(n), msg})
	}
	return BehaviorManual
}

var topKeys = []string{"ring_timeout", "parameters", "extensions", "trunks", "route_points", "dial_codes", "prompts"}

func (d *decoder) config(c *Config, n *yaml.Node) {
	d.mapping(n, "config", topKeys, func(key string, k, v *yaml.Node) {
		switch key {
		case "ring_timeout":
			c.RingTimeout = d.duration(v, key)
			if c.RingTimeout == 0 {
				d.errorf(v, "ring_timeout: must be positive")
			}
		case "parameters":
			d.mapping(v, "parameters", nil, func(name string, k, v *yaml.Node) {
				if v.Kind != yaml.ScalarNode {
					d.errorf(v, "parameters.%s: want a string, found %s", name, nodeKind(v))
					return
				}
				val := v.Value
				if v.Tag == "!!null" {
					val = ""
				}
				c.Parameters[name] = val
				c.ParameterNames = append(c.ParameterNames, name)
			})
		case "extensions":
			d.seq(v, "extensions", func(it *yaml.Node) { c.Extensions = append(c.Extensions, d.extension(it)) })
		case "trunks":
			d.seq(v, "trunks", func(it *yaml.Node) { c.Trunks = append(c.Trunks, d.trunk(it)) })
		case "route_points":
			d.seq(v, "route_points", func(it *yaml.Node) {
				rp := d.routePoint(it)
				rp.ScriptPath = rp.Script
				if c.Dir != "" && rp.Script != "" && !filepath.IsAbs(rp.Script) {
					rp.ScriptPath = filepath.Join(c.Dir, rp.Script)
				}
				c.RoutePoints = append(c.RoutePoints, rp)
			})
		case "dial_codes":
			d.seq(v, "dial_codes", func(it *yaml.Node) {
				dc := &DialCodeConfig{Pos: d.pos(it)}
				d.mapping(it, "dial code", []string{"code", "to"}, func(key string, k, v *yaml.Node) {
					switch key {
					case "code":
						dc.Code = d.number(v, "dial code")
					case "to":
						dc.To = d.number(v, "dial code to")
					}
				})
				if dc.Code == "" || dc.To == "" {
					d.errorf(it, "dial code: needs code and to")
				}
				c.DialCodes = append(c.DialCodes, dc)
			})
		case "prompts":
			c.Prompts = map[string]time.Duration{}
			d.mapping(v, "prompts", nil, func(name string, k, v *yaml.Node) {
				c.Prompts[name] = d.duration(v, "prompts."+name)
			})
		}
	})
}

var extKeys = []string{"number", "name", "behavior", "answer_after", "reject_code", "call_waiting", "forward", "properties"}

func (d *decoder) extension(n *yaml.Node) *ExtensionConfig {
	e := &ExtensionConfig{Pos: d.pos(n), CallWaiting: true, RejectCode: 603, Forward: Forwarding{NoAnswerAfter: 20 * time.Second}}
	answerAfterSet := false
	d.mapping(n, "extension", extKeys, func(key string, k, v *yaml.Node) {
		switch key {
		case "number":
			e.Number = d.number(v, "extension")
		case "name":
			e.Name = d.str(v, "extension name")
		case "behavior":
			e.Behavior = d.behavior(v, "behavior")
		case "answer_after":
			e.AnswerAfter = d.duration(v, "answer_after")
			answerAfterSet = true
		case "reject_code":
			e.RejectCode = d.integer(v, "reject_code")
			if e.RejectCode < 400 || e.RejectCode > 699 {
				d.errorf(v, "reject_code: %d is not a SIP failure code (400-699)", e.RejectCode)
			}
		case "call_waiting":
			e.CallWaiting = d.boolean(v, "call_waiting")
		case "forward":
			d.mapping(v, "forward", []string{"always", "busy", "no_answer", "no_answer_after"}, func(key string, k, v *yaml.Node) {
				switch key {
				case "always":
					e.Forward.Always = d.number(v, "forward.always")
				case "busy":
					e.Forward.Busy = d.number(v, "forward.busy")
				case "no_answer":
					e.Forward.NoAnswer = d.number(v, "forward.no_answer")
				case "no_answer_after":
					e.Forward.NoAnswerAfter = d.duration(v, "forward.no_answer_after")
				}
			})
		case "properties":
			e.Properties = d.props(v, "properties")
		}
	})
	if answerAfterSet && e.Behavior == BehaviorManual {
		e.Behavior = BehaviorAnswer
	}
	if e.Number == "" && n.Kind == yaml.MappingNode && !d.hasKey(n, "number") {
		d.errorf(n, "extension: missing number")
	}
	return e
}

func (d *decoder) hasKey(n *yaml.Node, key string) bool {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return true
		}
	}
	return false
}

var trunkKeys = []string{"name", "number", "dids", "inbound_to", "outbound_prefix", "external", "properties"}

func (d *decoder) trunk(n *yaml.Node) *TrunkConfig {
	t := &TrunkConfig{Pos: d.pos(n), External: ExternalBehavior{Behavior: BehaviorManual, RejectCode: 603}}
	d.mapping(n, "trunk", trunkKeys, func(key string, k, v *yaml.Node) {
		switch key {
		case "name":
			t.Name = d.str(v, "trunk name")
		case "number":
			t.Number = d.number(v, "trunk")
		case "dids":
			d.seq(v, "dids", func(it *yaml.Node) {
				did := DIDConfig{Pos: d.pos(it)}
				d.mapping(it, "did", []string{"did", "name", "to"}, func(key string, k, v *yaml.Node) {
					switch key {
					case "did":
						did.DID = d.number(v, "did")
					case "name":
						did.Name = d.str(v, "did name")
					case "to":
						did.To = d.number(v, "did to")
					}
				})
				if it.Kind == yaml.MappingNode && (did.DID == "" && !d.hasKey(it, "did")) {
					d.errorf(it, "did: missing did")
				}
				t.DIDs = append(t.DIDs, did)
			})
		case "inbound_to":
			t.InboundTo = d.number(v, "inbound_to")
		case "outbound_prefix":
			t.OutboundPrefix = d.number(v, "outbound_prefix")
		case "external":
			answerSet := false
			d.mapping(v, "external", []string{"behavior", "answer_after", "reject_code"}, func(key string, k, v *yaml.Node) {
				switch key {
				case "behavior":
					t.External.Behavior = d.behavior(v, "external.behavior")
				case "answer_after":
					t.External.AnswerAfter = d.duration(v, "external.answer_after")
					answerSet = true
				case "reject_code":
					t.External.RejectCode = d.integer(v, "external.reject_code")
				}
			})
			if answerSet && t.External.Behavior == BehaviorManual {
				t.External.Behavior = BehaviorAnswer
			}
		case "properties":
			t.Properties = d.props(v, "properties")
		}
	})
	if n.Kind == yaml.MappingNode && !d.hasKey(n, "number") {
		d.errorf(n, "trunk: missing number")
	}
	return t
}

func (d *decoder) routePoint(n *yaml.Node) *RoutePointConfig {
	rp := &RoutePointConfig{Pos: d.pos(n)}
	d.mapping(n, "route point", []string{"number", "name", "script", "properties"}, func(key string, k, v *yaml.Node) {
		switch key {
		case "number":
			rp.Number = d.number(v, "route point")
		case "name":
			rp.Name = d.str(v, "route point name")
		case "script":
			rp.Script = d.str(v, "script")
		case "properties":
			rp.Properties = d.props(v, "properties")
		}
	})
	if n.Kind == yaml.MappingNode && !d.hasKey(n, "number") {
		d.errorf(n, "route point: missing number")
	}
	return rp
}

// check finds duplicate numbers and dangling references.
func (d *decoder) check(c *Config) {
	owner := map[string]Pos{}
	claim := func(num string, p Pos) {
		if num == "" {
			return
		}
		if q, ok := owner[num]; ok {
			d.errs = append(d.errs, &ConfigError{p, fmt.Sprintf("duplicate number %q (first used at %d:%d)", num, q.Line, q.Col)})
			return
		}
		owner[num] = p
	}
	for _, e := range c.Extensions {
		claim(e.Number, e.Pos)
	}
	for _, rp := range c.RoutePoints {
		claim(rp.Number, rp.Pos)
	}
	for _, t := range c.Trunks {
		claim(t.Number, t.Pos)
	}
	for _, dc := range c.DialCodes {
		claim(dc.Code, dc.Pos)
	}
	dids := map[string]Pos{}
	for _, t := range c.Trunks {
		for _, did := range t.DIDs {
			if q, ok := dids[did.DID]; ok && did.DID != "" {
				d.errs = append(d.errs, &ConfigError{did.Pos, fmt.Sprintf("duplicate DID %q (first used at %d:%d)", did.DID, q.Line, q.Col)})
			}
			dids[did.DID] = did.Pos
		}
	}
	reachable := func(num string) bool {
		if _, ok := owner[num]; ok {
			return true
		}
		for _, t := range c.Trunks {
			if t.OutboundPrefix != "" && strings.HasPrefix(num, t.OutboundPrefix) && len(num) > len(t.OutboundPrefix) {
				return true
			}
		}
		return false
	}
	ref := func(p Pos, what, num string) {
		if num != "" && !reachable(num) {
			msg := fmt.Sprintf("%s: %q is not a number of this PBX", what, num)
			nums := make([]string, 0, len(owner))
			for n := range owner {
				nums = append(nums, n)
			}
			sort.Strings(nums)
			if s := suggest(num, nums); s != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", s)
			}
			d.errs = append(d.errs, &ConfigError{p, msg})
		}
	}
	for _, e := range c.Extensions {
		ref(e.Pos, "extension "+e.Number+" forward.always", e.Forward.Always)
		ref(e.Pos, "extension "+e.Number+" forward.busy", e.Forward.Busy)
		ref(e.Pos, "extension "+e.Number+" forward.no_answer", e.Forward.NoAnswer)
	}
	for _, t := range c.Trunks {
		ref(t.Pos, "trunk "+t.Number+" inbound_to", t.InboundTo)
		for _, did := range t.DIDs {
			ref(did.Pos, "did "+did.DID+" to", did.To)
			if did.To == "" && t.InboundTo == "" {
				d.errs = append(d.errs, &ConfigError{did.Pos, fmt.Sprintf("did %s: needs to (or the trunk's inbound_to)", did.DID)})
			}
		}
	}
	for _, dc := range c.DialCodes {
		ref(dc.Pos, "dial code "+dc.Code+" to", dc.To)
	}
}

// suggest returns the candidate closest to s when it is close enough.
func suggest(s string, candidates []string) string {
	best, bestD := "", 1+len(s)/3
	for _, c := range candidates {
		if dist := editDistance(s, c); dist < bestD || (dist == bestD && best == "" && dist <= 2) {
			best, bestD = c, dist
		}
	}
	return best
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
