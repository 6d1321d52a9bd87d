package runner

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // time zones work on machines without a zoneinfo database

	"go.yaml.in/yaml/v3"
)

// ParseFile reads and decodes a scenario file.
func ParseFile(path string) (*Scenario, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, ErrorList{{Pos: Pos{File: path}, Msg: "cannot read scenario: " + unwrapPathErr(err)}}
	}
	return Parse(path, data)
}

func unwrapPathErr(err error) string {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}

// Parse decodes a scenario. Relative paths in it (the PBX config, scripts,
// the golden file) are resolved against the folder of filename. All
// problems found are returned together as an ErrorList.
func Parse(filename string, data []byte) (*Scenario, error) {
	d := &decoder{file: filename, dir: filepath.Dir(filename)}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		return nil, ErrorList{yamlError(filename, data, err)}
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		d.errorf(&extra, "a scenario file holds one YAML document; split this one into its own file")
	}
	s := &Scenario{File: filename, source: data}
	if len(doc.Content) == 0 {
		d.errs.Add(Pos{File: filename, Line: 1, Col: 1}, "empty scenario: it needs at least version, name and steps")
		return nil, d.errs.Err()
	}
	d.scenario(doc.Content[0], s)
	if err := d.errs.Err(); err != nil {
		return nil, err
	}
	return s, nil
}

var yamlLineRE = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

var hashValueRE = regexp.MustCompile(`(:|-)\s+#`)

// yamlError turns a YAML syntax error into a positioned error, with a hint
// when an unquoted # (a comment) is the likely cause.
func yamlError(file string, data []byte, err error) *Error {
	msg := err.Error()
	if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		text := "YAML: " + m[2]
		lines := strings.Split(string(data), "\n")
		for i := max(0, line-3); i < min(line, len(lines)); i++ {
			if hashValueRE.MatchString(lines[i]) && strings.ContainsAny(lines[i], "{[") {
				text += fmt.Sprintf(` (line %d: a value starting with # is a YAML comment: quote it, as in "#101")`, i+1)
				break
			}
		}
		return &Error{Pos: Pos{File: file, Line: line, Col: 1}, Msg: text}
	}
	return &Error{Pos: Pos{File: file, Line: 1, Col: 1}, Msg: strings.TrimPrefix(msg, "yaml: ")}
}

type decoder struct {
	file, dir string
	errs      ErrorList
	aliases   map[string]Pos // phone aliases declared so far by inbound steps
}

func (d *decoder) pos(n *yaml.Node) Pos { return Pos{File: d.file, Line: n.Line, Col: n.Column} }

func (d *decoder) errorf(n *yaml.Node, format string, args ...any) {
	d.errs.Add(d.pos(n), format, args...)
}

// field is one key: value pair of a mapping.
type field struct {
	key      string
	keyNode  *yaml.Node
	val      *yaml.Node
	consumed bool
}

// resolve follows aliases.
func resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

func kindName(n *yaml.Node) string {
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
	}
	return "something else"
}

// fields returns the pairs of a mapping, reporting keys not in allowed
// (with a suggestion) and duplicate keys. It returns nil when n is not a mapping.
func (d *decoder) fields(n *yaml.Node, what string, allowed []string) map[string]*field {
	n = resolve(n)
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "%s must be a mapping, not %s", what, kindName(n))
		return nil
	}
	out := make(map[string]*field)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], resolve(n.Content[i+1])
		if k.Kind != yaml.ScalarNode {
			d.errorf(k, "%s: keys must be plain words", what)
			continue
		}
		if k.Value == "<<" {
			d.errorf(k, "%s: YAML merge keys (<<) are not supported; write the keys out", what)
			continue
		}
		if !contains(allowed, k.Value) {
			d.errorf(k, "unknown key %q in %s%s", k.Value, what, suggestOrList(k.Value, allowed))
			continue
		}
		if prev, dup := out[k.Value]; dup {
			d.errorf(k, "duplicate key %q in %s (first at line %d)", k.Value, what, prev.keyNode.Line)
			continue
		}
		if v.Kind == yaml.ScalarNode && v.Tag == "!!null" && v.LineComment == "" {
			v.LineComment = k.LineComment // where `key: #101` leaves its comment
		}
		out[k.Value] = &field{key: k.Value, keyNode: k, val: v}
	}
	return out
}

func suggestOrList(word string, allowed []string) string {
	if s := suggest(word, allowed); s != "" {
		return s
	}
	sorted := append([]string(nil), allowed...)
	sort.Strings(sorted)
	return "; known keys: " + strings.Join(sorted, ", ")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// scalar returns the text of a scalar node; it reports other kinds and,
// when required, empty values.
func (d *decoder) scalar(n *yaml.Node, what string) (string, bool) {
	n = resolve(n)
	if n.Kind != yaml.ScalarNode {
		d.errorf(n, "%s must be a single value, not %s", what, kindName(n))
		return "", false
	}
	if n.Tag == "!!null" {
		d.errorf(n, "%s is empty%s", what, hashHint(n))
		return "", false
	}
	return n.Value, true
}

// hashHint explains the commonest cause of an empty value: an unquoted
// number starting with # is a YAML comment.
func hashHint(n *yaml.Node) string {
	if strings.HasPrefix(strings.TrimSpace(n.LineComment), "#") {
		return `; a value starting with # is a YAML comment: quote it ("#101")`
	}
	return ""
}

// number is a scalar that names a number to dial or a phone; it must not be empty.
func (d *decoder) number(n *yaml.Node, what string) (string, Pos, bool) {
	s, ok := d.scalar(n, what)
	if !ok {
		return "", d.pos(n), false
	}
	if strings.TrimSpace(s) == "" {
		d.errorf(n, "%s is empty", what)
		return "", d.pos(n), false
	}
	return s, d.pos(n), true
}

func (d *decoder) duration(n *yaml.Node, what string) (time.Duration, bool) {
	s, ok := d.scalar(n, what)
	if !ok {
		return 0, false
	}
	dur, err := time.ParseDuration(s)
	if err != nil {
		if _, nerr := strconv.ParseFloat(s, 64); nerr == nil {
			d.errorf(n, "%s %q has no unit: write %ss or %sms", what, s, s, s)
		} else {
			d.errorf(n, "%s %q is not a duration (examples: 15s, 500ms, 2m30s)", what, s)
		}
		return 0, false
	}
	if dur < 0 {
		d.errorf(n, "%s %q is negative", what, s)
		return 0, false
	}
	return dur, true
}

func (d *decoder) integer(n *yaml.Node, what string, lo, hi int64) (int64, bool) {
	s, ok := d.scalar(n, what)
	if !ok {
		return 0, false
	}
	v, err := strconv.ParseInt(s, 0, 64)
	if err != nil {
		d.errorf(n, "%s %q is not a whole number", what, s)
		return 0, false
	}
	if v < lo || v > hi {
		d.errorf(n, "%s %d is out of range [%d, %d]", what, v, lo, hi)
		return 0, false
	}
	return v, true
}

func (d *decoder) boolean(n *yaml.Node, what string) (bool, bool) {
	s, ok := d.scalar(n, what)
	if !ok {
		return false, false
	}
	switch strings.ToLower(s) {
	case "true", "yes", "on":
		return true, true
	case "false", "no", "off":
		return false, true
	}
	d.errorf(n, "%s %q is not true or false", what, s)
	return false, false
}

func (d *decoder) regex(n *yaml.Node, what string) *regexp.Regexp {
	s, ok := d.scalar(n, what)
	if !ok {
		return nil
	}
	re, err := regexp.Compile(s)
	if err != nil {
		msg := err.Error()
		msg = strings.TrimPrefix(msg, "error parsing regexp: ")
		d.errorf(n, "%s is not a valid regular expression: %s", what, msg)
		return nil
	}
	return re
}

// oneOf checks that a scalar is one of the words in choices.
func (d *decoder) oneOf(n *yaml.Node, what string, choices []string) (string, bool) {
	s, ok := d.scalar(n, what)
	if !ok {
		return "", false
	}
	if !contains(choices, s) {
		d.errorf(n, "%s %q is not one of %s%s", what, s, strings.Join(choices, ", "), suggest(s, choices))
		return "", false
	}
	return s, true
}

// stringList accepts a single value or a list of values.
func (d *decoder) stringList(n *yaml.Node, what string) []string {
	n = resolve(n)
	if n.Kind == yaml.ScalarNode {
		if s, ok := d.scalar(n, what); ok {
			return []string{s}
		}
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "%s must be a value or a list of values, not %s", what, kindName(n))
		return nil
	}
	var out []string
	for _, c := range n.Content {
		if s, ok := d.scalar(c, what); ok {
			out = append(out, s)
		}
	}
	return out
}

var scenarioKeys = []string{"version", "name", "description", "tags", "pbx", "clock", "http", "steps", "golden"}

// pbxConfigKeys are top-level keys of a PBX config file.
var pbxConfigKeys = []string{"ring_timeout", "parameters", "extensions", "trunks", "route_points", "dial_codes", "prompts"}

func (d *decoder) scenario(n *yaml.Node, s *Scenario) {
	if n.Kind == yaml.MappingNode && !hasKey(n, "version") && !hasKey(n, "steps") {
		for _, k := range pbxConfigKeys {
			if hasKey(n, k) {
				d.errorf(n, "this is a PBX config, not a scenario: name it *.pbx.yaml and use it with `pbx: FILE` in a scenario")
				return
			}
		}
	}
	f := d.fields(n, "the scenario", scenarioKeys)
	if f == nil {
		return
	}
	if v := f["version"]; v == nil {
		d.errorf(n, "missing version: start the file with `version: %d`", FormatVersion)
	} else if ver, ok := d.integer(v.val, "version", 0, 1<<31); ok {
		if ver != FormatVersion {
			d.errorf(v.val, "unsupported scenario version %d: this rpbench reads version %d", ver, FormatVersion)
		}
		s.Version = int(ver)
	}
	if v := f["name"]; v != nil {
		s.Name, _ = d.scalar(v.val, "name")
	} else {
		s.Name = strings.TrimSuffix(filepath.Base(d.file), filepath.Ext(d.file))
	}
	if v := f["description"]; v != nil {
		s.Description, _ = d.scalar(v.val, "description")
	}
	if v := f["tags"]; v != nil {
		s.Tags = d.stringList(v.val, "tags")
	}
	s.PBX = PBXSpec{Pos: d.pos(n), Config: "default"}
	if v := f["pbx"]; v != nil {
		d.pbx(v.val, &s.PBX)
	}
	s.Clock = Clock{Pos: d.pos(n), Start: DefaultStart, Location: time.UTC, Seed: 1}
	if v := f["clock"]; v != nil {
		d.clock(v.val, &s.Clock)
	}
	if v := f["http"]; v != nil {
		s.HTTP = d.httpFixtures(v.val)
	}
	if v := f["golden"]; v != nil {
		if g, ok := d.scalar(v.val, "golden"); ok {
			s.Golden = d.path(g)
			s.GoldenPos = d.pos(v.val)
		}
	}
	v := f["steps"]
	if v == nil {
		d.errorf(n, "missing steps: a scenario needs a list of steps")
		return
	}
	s.Steps = d.steps(v.val)
}

func hasKey(n *yaml.Node, key string) bool {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return true
		}
	}
	return false
}

// path resolves p against the scenario's folder.
func (d *decoder) path(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(d.dir, p)
}

var pbxKeys = []string{"config", "inline", "parameters", "extensions", "route_points"}

func (d *decoder) pbx(n *yaml.Node, p *PBXSpec) {
	p.Pos = d.pos(n)
	if n.Kind == yaml.ScalarNode {
		if s, ok := d.scalar(n, "pbx"); ok {
			p.Config = d.configPath(s)
		}
		return
	}
	f := d.fields(n, "pbx", pbxKeys)
	if f == nil {
		return
	}
	if c, in := f["config"], f["inline"]; c != nil && in != nil {
		d.errorf(in.keyNode, "pbx: give either config or inline, not both")
	} else if in != nil {
		if in.val.Kind != yaml.MappingNode {
			d.errorf(in.val, "pbx inline must be a mapping (a whole PBX config), not %s", kindName(in.val))
		}
		p.Config, p.Inline = "", in.val
	} else if c != nil {
		if s, ok := d.scalar(c.val, "pbx config"); ok {
			p.Config = d.configPath(s)
		}
	}
	if v := f["parameters"]; v != nil {
		m := resolve(v.val)
		if m.Kind != yaml.MappingNode {
			d.errorf(m, "pbx parameters must be a mapping of NAME: value, not %s", kindName(m))
		} else {
			for i := 0; i+1 < len(m.Content); i += 2 {
				k, val := m.Content[i], resolve(m.Content[i+1])
				if val.Kind != yaml.ScalarNode {
					d.errorf(val, "parameter %s must be a single value, not %s", k.Value, kindName(val))
					continue
				}
				value := val.Value
				if val.Tag == "!!null" {
					value = ""
				}
				p.Parameters = append(p.Parameters, Param{Pos: d.pos(k), Name: k.Value, Value: value})
			}
		}
	}
	if v := f["extensions"]; v != nil {
		m := resolve(v.val)
		if m.Kind != yaml.MappingNode {
			d.errorf(m, "pbx extensions must be a mapping of number: {fields to override}, not %s", kindName(m))
		} else {
			for i := 0; i+1 < len(m.Content); i += 2 {
				k, val := m.Content[i], resolve(m.Content[i+1])
				if val.Kind != yaml.MappingNode {
					d.errorf(val, "the override of extension %s must be a mapping, not %s", k.Value, kindName(val))
					continue
				}
				p.Extensions = append(p.Extensions, Override{Pos: d.pos(k), Number: k.Value, Node: val})
			}
		}
	}
	if v := f["route_points"]; v != nil {
		m := resolve(v.val)
		if m.Kind != yaml.MappingNode {
			d.errorf(m, "pbx route_points must be a mapping of number: {handler: go:NAME} or {script: FILE.cs}, not %s", kindName(m))
			return
		}
		for i := 0; i+1 < len(m.Content); i += 2 {
			k, val := m.Content[i], resolve(m.Content[i+1])
			if k.Tag == "!!null" || k.Value == "" {
				d.errorf(k, "route point number is empty%s", `; a number starting with # is a YAML comment: quote it ("#101")`)
				continue
			}
			b := RoutePointBinding{Pos: d.pos(k), Number: k.Value}
			rf := d.fields(val, "route point "+k.Value, []string{"handler", "script"})
			if rf == nil {
				continue
			}
			if h := rf["handler"]; h != nil {
				if s, ok := d.scalar(h.val, "handler"); ok {
					if !strings.HasPrefix(s, "go:") {
						d.errorf(h.val, "handler %q: Go handlers are named go:NAME (C# scripts use script: FILE.cs)", s)
					}
					b.Handler = s
				}
			}
			if sc := rf["script"]; sc != nil {
				if s, ok := d.scalar(sc.val, "script"); ok {
					b.Script = d.path(s)
				}
			}
			if (b.Handler == "") == (b.Script == "") {
				d.errorf(val, "route point %s needs exactly one of handler or script", k.Value)
			}
			p.RoutePoints = append(p.RoutePoints, b)
		}
	}
}

func (d *decoder) configPath(s string) string {
	if s == "default" {
		return s
	}
	return d.path(s)
}

var clockKeys = []string{"start", "zone", "seed"}

// startLayouts are the accepted forms of clock.start; those without an
// offset are read in the clock's zone.
var startLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02 15:04", "2006-01-02"}

func (d *decoder) clock(n *yaml.Node, c *Clock) {
	c.Pos = d.pos(n)
	f := d.fields(n, "clock", clockKeys)
	if f == nil {
		return
	}
	if z := f["zone"]; z != nil {
		if s, ok := d.scalar(z.val, "clock zone"); ok {
			loc, err := time.LoadLocation(s)
			if err != nil || s == "" {
				d.errorf(z.val, "clock zone %q is not a known time zone (examples: UTC, Europe/Berlin, America/New_York)", s)
			} else {
				c.Location = loc
			}
		}
	}
	c.Start = DefaultStart.In(c.Location)
	if st := f["start"]; st != nil {
		if s, ok := d.scalar(st.val, "clock start"); ok {
			var t time.Time
			var err error
			for _, layout := range startLayouts {
				if t, err = time.ParseInLocation(layout, s, c.Location); err == nil {
					break
				}
			}
			if err != nil {
				d.errorf(st.val, "clock start %q is not a date and time (examples: 2024-12-24T18:30:00, 2024-12-24 18:30, 2024-12-24T18:30:00+01:00)", s)
			} else {
				c.Start = t.In(c.Location)
			}
		}
	}
	if sd := f["seed"]; sd != nil {
		if v, ok := d.integer(sd.val, "clock seed", -1<<63, 1<<63-1); ok {
			c.Seed = v
		}
	}
}

var httpKeys = []string{"method", "url", "url_regex", "status", "body", "body_file", "headers", "delay"}

func (d *decoder) httpFixtures(n *yaml.Node) []HTTPFixture {
	n = resolve(n)
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "http must be a list of fixtures, not %s", kindName(n))
		return nil
	}
	var out []HTTPFixture
	for _, item := range n.Content {
		fx := HTTPFixture{Pos: d.pos(item), Status: 200}
		f := d.fields(item, "an http fixture", httpKeys)
		if f == nil {
			continue
		}
		if m := f["method"]; m != nil {
			if s, ok := d.oneOf(m.val, "method", []string{"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"}); ok {
				fx.Method = s
			}
		}
		u, ur := f["url"], f["url_regex"]
		switch {
		case u != nil && ur != nil:
			d.errorf(ur.keyNode, "an http fixture takes url or url_regex, not both")
		case u != nil:
			fx.URL, _ = d.scalar(u.val, "url")
		case ur != nil:
			fx.URLRegex = d.regex(ur.val, "url_regex")
		default:
			d.errorf(item, "an http fixture needs url or url_regex")
		}
		if s := f["status"]; s != nil {
			if v, ok := d.integer(s.val, "status", 100, 599); ok {
				fx.Status = int(v)
			}
		}
		b, bf := f["body"], f["body_file"]
		switch {
		case b != nil && bf != nil:
			d.errorf(bf.keyNode, "an http fixture takes body or body_file, not both")
		case b != nil:
			if b.val.Kind == yaml.ScalarNode && b.val.Tag == "!!null" {
				fx.Body = ""
			} else {
				fx.Body, _ = d.scalar(b.val, "body")
			}
		case bf != nil:
			if s, ok := d.scalar(bf.val, "body_file"); ok {
				data, err := os.ReadFile(d.path(s))
				if err != nil {
					d.errorf(bf.val, "body_file %q: %s", s, unwrapPathErr(err))
				}
				fx.Body = string(data)
			}
		}
		if h := f["headers"]; h != nil {
			m := h.val
			if m.Kind != yaml.MappingNode {
				d.errorf(m, "headers must be a mapping of Name: value, not %s", kindName(m))
			} else {
				for i := 0; i+1 < len(m.Content); i += 2 {
					if v, ok := d.scalar(m.Content[i+1], "header "+m.Content[i].Value); ok {
						fx.Headers = append(fx.Headers, Header{Name: m.Content[i].Value, Value: v})
					}
				}
			}
		}
		if dl := f["delay"]; dl != nil {
			fx.Delay, _ = d.duration(dl.val, "delay")
		}
		out = append(out, fx)
	}
	return out
}
