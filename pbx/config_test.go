package pbx

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestDefaultConfig(t *testing.T) {
	c := DefaultConfig()
	if !c.Embedded || c.File != DefaultConfigName {
		t.Errorf("Embedded=%v File=%q", c.Embedded, c.File)
	}
	if len(c.Extensions) < 4 || len(c.Trunks) != 1 || len(c.Trunks[0].DIDs) != 2 {
		t.Fatalf("want a handful of extensions and one trunk with two DIDs, got %d extensions, %d trunks", len(c.Extensions), len(c.Trunks))
	}
	if len(c.RoutePoints) != 1 || c.RoutePoints[0].Number != "#101" || c.RoutePoints[0].Script != "scripts/ParkingRoutePointSample.cs" ||
		c.RoutePoints[0].ScriptPath != c.RoutePoints[0].Script {
		t.Errorf("route point: %+v", c.RoutePoints)
	}
	for _, name := range []string{"PARK_MOH_SOURCE", "MUSICONHOLDFILE", "OPERATOR"} {
		if c.Parameters[name] == "" {
			t.Errorf("parameter %s is empty", name)
		}
	}
	p := New(c, Options{})
	if dn := p.DN("#101"); dn == nil || dn.Kind != KindRoutePoint {
		t.Errorf("DN #101: %+v", dn)
	}
}

func TestLoadConfigResolvesScripts(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "pbx.yaml")
	text := "extensions:\n  - number: \"100\"\nroute_points:\n  - {number: \"#1\", script: rp/a.cs}\n  - {number: \"#2\", script: /abs/b.cs}\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := LoadConfig(path)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := c.RoutePoints[0].ScriptPath, filepath.Join(dir, "rp/a.cs"); got != want {
		t.Errorf("relative script: %q, want %q", got, want)
	}
	if got := c.RoutePoints[1].ScriptPath; got != "/abs/b.cs" {
		t.Errorf("absolute script: %q", got)
	}
	if _, err := LoadConfig(filepath.Join(dir, "missing.yaml")); err == nil {
		t.Error("missing file: no error")
	}
}

func TestConfigValues(t *testing.T) {
	c, err := ParseConfig("x.yaml", []byte(`
ring_timeout: 45s
parameters: {A: "1", EMPTY: }
extensions:
  - number: "100"
    name: Alice
    answer_after: 2s
    reject_code: 486
    call_waiting: false
    forward: {always: "101", busy: "101", no_answer: "#1.2*", no_answer_after: 7s}
    properties: {KEY: value}
  - {number: "101", behavior: dnd}
route_points:
  - {number: "#1.2*", name: P, properties: {AUTOANSWER: "1"}}
dial_codes:
  - {code: "*8", to: "#1.2*"}
prompts: {BEEP: 300ms}
trunks:
  - {name: T, number: "9000", inbound_to: "#1.2*", dids: [{did: "+49", name: D}], outbound_prefix: "0", external: {answer_after: 1s}}
`), "")
	if err != nil {
		t.Fatal(err)
	}
	e := c.Extensions[0]
	if c.RingTimeout != 45*time.Second || e.Behavior != BehaviorAnswer || e.AnswerAfter != 2*time.Second || e.RejectCode != 486 ||
		e.CallWaiting || e.Forward.NoAnswerAfter != 7*time.Second || e.Properties["KEY"] != "value" || c.Extensions[1].Behavior != BehaviorDND {
		t.Errorf("extension: %+v", e)
	}
	if v, ok := c.Parameters["EMPTY"]; !ok || v != "" || c.ParameterNames[0] != "A" {
		t.Errorf("parameters: %v %v", c.Parameters, c.ParameterNames)
	}
	if c.Trunks[0].External.Behavior != BehaviorAnswer || c.Prompts["BEEP"] != 300*time.Millisecond || c.DialCodes[0].To != "#1.2*" {
		t.Errorf("trunk/prompts/dial codes: %+v %+v %+v", c.Trunks[0], c.Prompts, c.DialCodes[0])
	}
}

// TestConfigErrors checks that each mistake is reported as file:line:col: message.
func TestConfigErrors(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"syntax", "ring_timeout: 1s\nextensions: [\n", `c.yaml:2:1: yaml: did not find expected node content`},
		{"tab", "extensions:\n\t- x\n", `c.yaml:2:1: yaml: found character that cannot start any token`},
		{"empty", "", "c.yaml:1:1: empty configuration"},
		{"not a mapping", "- 1\n", "c.yaml:1:1: config: want a mapping, found a list"},
		{"unknown key", "extensions: []\nroute_point: []\n", `c.yaml:2:1: config: unknown key "route_point" (did you mean "route_points"?)`},
		{"unknown extension key", "extensions:\n  - {number: \"1\", nmae: x}\n", `c.yaml:2:19: extension: unknown key "nmae" (did you mean "name"?)`},
		{"duplicate key", "extensions:\n  - number: \"1\"\n    number: \"2\"\n", `c.yaml:3:5: extension: duplicate key "number"`},
		{"duplicate number", "extensions:\n  - number: \"100\"\nroute_points:\n  - number: \"100\"\n", `c.yaml:4:5: duplicate number "100" (first used at 2:5)`},
		{"hash comment", "route_points:\n  - number: #101\n", `c.yaml:2:12: route point: number is empty (quote numbers that start with '#': "#101")`},
		{"bad number", "extensions:\n  - number: 10a\n", `c.yaml:2:13: extension: bad number "10a": 'a' is not a digit, '#', '*' or '.'`},
		{"missing number", "extensions:\n  - name: x\n", `c.yaml:2:5: extension: missing number`},
		{"bad duration", "ring_timeout: 15\n", `c.yaml:1:15: ring_timeout: bad duration "15": give a unit, such as 15s`},
		{"bad duration word", "extensions:\n  - {number: \"1\", answer_after: soon}\n", `c.yaml:2:33: answer_after: bad duration "soon" (want e.g. 15s, 1m30s, 500ms)`},
		{"negative duration", "ring_timeout: -1s\n", `c.yaml:1:15: ring_timeout: negative duration "-1s"`},
		{"unknown behavior", "extensions:\n  - {number: \"1\", behavior: sleepy}\n", `c.yaml:2:29: behavior: unknown behavior "sleepy" (want one of manual, answer, never, busy, reject, dnd, offline)`},
		{"bad reject code", "extensions:\n  - {number: \"1\", reject_code: 200}\n", `c.yaml:2:32: reject_code: 200 is not a SIP failure code (400-699)`},
		{"dangling forward", "extensions:\n  - number: \"100\"\n    forward: {busy: \"1001\"}\n", `c.yaml:2:5: extension 100 forward.busy: "1001" is not a number of this PBX (did you mean "100"?)`},
		{"dangling forward hint", "extensions:\n  - number: \"100\"\n  - number: \"101\"\n    forward: {always: \"10\"}\n", `c.yaml:3:5: extension 101 forward.always: "10" is not a number of this PBX (did you mean "100"?)`},
		{"dangling did", "trunks:\n  - number: \"9\"\n    dids: [{did: \"+1\", to: \"#9\"}]\n", `c.yaml:3:12: did +1 to: "#9" is not a number of this PBX (did you mean "9"?)`},
		{"did without destination", "trunks:\n  - number: \"9\"\n    dids: [{did: \"+1\"}]\n", `c.yaml:3:12: did +1: needs to (or the trunk's inbound_to)`},
		{"duplicate did", "extensions: [{number: \"1\"}]\ntrunks:\n  - number: \"9\"\n    dids: [{did: \"+1\", to: \"1\"}, {did: \"+1\", to: \"1\"}]\n", `c.yaml:4:34: duplicate DID "+1" (first used at 4:12)`},
		{"list expected", "extensions: {number: \"1\"}\n", `c.yaml:1:13: extensions: want a list, found a mapping`},
		{"bool expected", "extensions:\n  - {number: \"1\", call_waiting: maybe}\n", `c.yaml:2:33: call_waiting: want true or false, found "maybe"`},
		{"property not a string", "extensions:\n  - {number: \"1\", properties: {A: [1]}}\n", `c.yaml:2:35: properties.A: want a string, found a list`},
		{"dial code needs to", "dial_codes:\n  - {code: \"*1\"}\n", `c.yaml:2:5: dial code: needs code and to`},
		{"zero ring timeout", "ring_timeout: 0s\n", `c.yaml:1:15: ring_timeout: must be positive`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseConfig("c.yaml", []byte(tt.text), "")
			if err == nil {
				t.Fatalf("no error, want %s", tt.want)
			}
			if _, ok := err.(ConfigErrors); !ok {
				t.Errorf("error type %T, want ConfigErrors", err)
			}
			if got := strings.Split(err.Error(), "\n")[0]; got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// TestConfigErrorsAll checks that every error is reported, in position order.
func TestConfigErrorsAll(t *testing.T) {
	_, err := ParseConfig("c.yaml", []byte("extensions:\n  - {number: \"1\", behavior: x}\n  - {number: \"2\", answer_after: y}\nfoo: 1\n"), "")
	want := `c.yaml:2:29: behavior: unknown behavior "x" (want one of manual, answer, never, busy, reject, dnd, offline)
c.yaml:3:33: answer_after: bad duration "y" (want e.g. 15s, 1m30s, 500ms)
c.yaml:4:1: config: unknown key "foo"`
	if err == nil || err.Error() != want {
		t.Errorf("got\n%v\nwant\n%s", err, want)
	}
}
