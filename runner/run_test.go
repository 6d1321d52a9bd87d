package runner

import (
	"bytes"
	"encoding/xml"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// runText loads and runs a scenario given as text.
func runText(t *testing.T, name, text string, opts Options) *Result {
	t.Helper()
	s, err := LoadBytes(name, []byte(text), opts)
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	return Run(s, opts)
}

// TestFailures checks that each kind of expectation can fail, at the
// failing step's position, with expected and actual filled in.
func TestFailures(t *testing.T) {
	const head = "version: 1\nsteps:\n  - dial: {from: 100, to: 101}\n"
	for _, tc := range []struct {
		name, steps string
		line        int // of the failing step
		typ         string
		message     string // regexp
		actual      string // regexp
	}{
		{"phone state", "  - expect: {phone: 101, state: talking}\n", 4, "expectation",
			`^expect phone 101: talking$`, `ringing with 100`},
		{"phone with", "  - answer: 101\n  - expect: {phone: 100, with: 102}\n", 5, "expectation",
			`expect phone 100: with 102`, `talking with 101, hears party:101`},
		{"hears", "  - answer: 101\n  - expect: {phone: 100, hears: moh}\n", 5, "expectation",
			`hears moh`, `hears party:101`},
		{"idle", "  - expect: {phone: 100, state: idle}\n", 4, "expectation",
			`expect phone 100: idle`, `dialing with 101`},
		{"wait timeout", "  - wait: {phone: 101, state: talking, timeout: 10s}\n", 4, "timeout",
			`wait phone 101 \(talking\): timed out after 10s`, `ringing with 100`},
		{"wait event timeout", "  - wait: {event: {log: parked}, timeout: 1s}\n", 4, "timeout",
			`wait event log \{match: "parked"\}: timed out after 1s`, `no such event`},
		{"events order", "  - answer: 101\n  - expect:\n      events:\n        - state: {phone: 101, state: talking}\n        - state: {phone: 101, state: ringing}\n", 8, "expectation",
			`no state \{phone: 101, state: ringing\} event after the events listed before it`, `after #7`},
		{"absent", "  - expect:\n      absent:\n        - state: {phone: 101, state: ringing}\n", 6, "expectation",
			`expect absent: a state \{phone: 101, state: ringing\} event happened`, `conn c1 101 ringing`},
		{"refused action", "  - hold: 101\n", 4, "action",
			`hold 101 refused by the PBX: hold 101: no connected call`, ``},
		{"second wait consumes", "  - wait: {event: {state: {phone: 101, state: ringing}}}\n  - wait: {event: {state: {phone: 101, state: ringing}}, timeout: 5s}\n", 5, "timeout",
			`wait event state`, ``},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runText(t, "f.yaml", head+tc.steps, Options{})
			f := r.Failure
			if f == nil {
				t.Fatalf("passed; events:\n%s", EventLog(r.Events))
			}
			if f.Pos.Line != tc.line || f.Type != tc.typ || !regexp.MustCompile(tc.message).MatchString(f.Message) || !regexp.MustCompile(tc.actual).MatchString(f.Actual) {
				t.Errorf("got %s (type %s, actual %q)", f.Error(), f.Type, f.Actual)
			}
			if len(f.Last) == 0 || len(f.Last) > LastEvents {
				t.Errorf("failure shows %d events", len(f.Last))
			}
			if d := f.Detail(); !strings.Contains(d, "last ") || !strings.HasPrefix(d, "f.yaml:") {
				t.Errorf("detail:\n%s", d)
			}
		})
	}
}

// TestAnyOrder checks order: any against the same events listed backwards.
func TestAnyOrder(t *testing.T) {
	text := `version: 1
steps:
  - dial: {from: 100, to: 101}
  - answer: 101
  - expect:
      order: any
      events:
        - state: {phone: 101, state: talking}
        - state: {phone: 101, state: ringing}
  - expect:
      events:
        - state: {phone: 101, state: ringing}
`
	r := runText(t, "o.yaml", text, Options{})
	if r.Failure == nil || r.Failure.Pos.Line != 12 {
		t.Fatalf("want the second expect to fail (its events were consumed by the first), got %v", r.Failure)
	}
}

func TestDeterministic(t *testing.T) {
	data, err := os.ReadFile("../scenarios/parking-go.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var logs []string
	for range 2 {
		s, err := LoadBytes("../scenarios/parking-go.yaml", data, Options{})
		if err != nil {
			t.Fatal(err)
		}
		logs = append(logs, EventLog(Run(s, Options{}).Events))
	}
	if logs[0] != logs[1] || len(logs[0]) == 0 {
		t.Errorf("two runs differ:\n%s\n---\n%s", logs[0], logs[1])
	}
}

func TestGolden(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "g.yaml")
	text := "version: 1\nsteps:\n  - dial: {from: 100, to: 101}\ngolden: g.trace\n"
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Load(file, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r := Run(s, Options{}); r.Failure == nil || !strings.Contains(r.Failure.Message, "run with --update to create it") {
		t.Fatalf("missing golden file: %v", r.Failure)
	}
	if r := Run(s, Options{Update: true}); r.Failure != nil || !r.GoldenUpdated {
		t.Fatalf("update: %v %v", r.Failure, r.GoldenUpdated)
	}
	if r := Run(s, Options{}); r.Failure != nil {
		t.Fatalf("after update: %v", r.Failure)
	}
	os.WriteFile(filepath.Join(dir, "g.trace"), []byte("1 0:00:00.000 op - 100 dial 102\n"), 0o644)
	r := Run(s, Options{})
	if r.Failure == nil || r.Failure.Type != "golden" || r.Failure.Pos.Line != 4 || r.Failure.Expected != "1 0:00:00.000 op - 100 dial 102" || r.Failure.Actual != "1 0:00:00.000 op - 100 dial 101" {
		t.Fatalf("golden mismatch: %+v", r.Failure)
	}
}

// TestBatch runs a passing and a failing scenario through Batch and parses
// the JUnit file back.
func TestBatch(t *testing.T) {
	dir := t.TempDir()
	var out, errOut bytes.Buffer
	b := &Batch{
		Paths:    []string{"../scenarios/basic-call.yaml", "testdata/failing.yaml"},
		JUnit:    filepath.Join(dir, "junit.xml"),
		TraceDir: filepath.Join(dir, "trace"),
		Stdout:   &out, Stderr: &errOut,
	}
	if code := b.Execute(); code != ExitFailed {
		t.Fatalf("exit %d, want %d\n%s%s", code, ExitFailed, out.String(), errOut.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if last := lines[len(lines)-1]; last != "1 passed, 1 failed" {
		t.Errorf("closing line %q", last)
	}
	if !strings.HasPrefix(lines[0], "PASS ../scenarios/basic-call.yaml: basic call (") || !strings.HasPrefix(lines[1], "FAIL testdata/failing.yaml: a deliberately failing scenario (") {
		t.Errorf("progress lines:\n%s", out.String())
	}
	data, err := os.ReadFile(b.JUnit)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		XMLName  xml.Name `xml:"testsuites"`
		Tests    int      `xml:"tests,attr"`
		Failures int      `xml:"failures,attr"`
		Suites   []struct {
			Name     string `xml:"name,attr"`
			Tests    int    `xml:"tests,attr"`
			Failures int    `xml:"failures,attr"`
			Cases    []struct {
				Name      string `xml:"name,attr"`
				Classname string `xml:"classname,attr"`
				Time      string `xml:"time,attr"`
				Failure   *struct {
					Message string `xml:"message,attr"`
					Type    string `xml:"type,attr"`
					Body    string `xml:",chardata"`
				} `xml:"failure"`
				SystemOut string `xml:"system-out"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("JUnit does not parse: %v\n%s", err, data)
	}
	if doc.Tests != 2 || doc.Failures != 1 || len(doc.Suites) != 2 {
		t.Fatalf("JUnit counts: %+v", doc)
	}
	pass, fail := doc.Suites[0].Cases[0], doc.Suites[1].Cases[0]
	if pass.Name != "basic call" || pass.Failure != nil || pass.Classname != "scenarios.basic-call" || !strings.Contains(pass.SystemOut, "call c1 from=100 to=101") {
		t.Errorf("passing case: %+v", pass)
	}
	if fail.Failure == nil || fail.Failure.Message != "testdata/failing.yaml:7:5: expect phone 100: talking with 102" || fail.Failure.Type != "expectation" ||
		!strings.Contains(fail.Failure.Body, "actual:   talking with 101") || !strings.Contains(fail.Failure.Body, "last 10 events:") {
		t.Errorf("failing case: %+v", fail.Failure)
	}
	for _, ext := range []string{".events.txt", ".ndjson", ".ladder.txt", ".mmd"} {
		p := filepath.Join(dir, "trace", "testdata__failing"+ext)
		if st, err := os.Stat(p); err != nil || st.Size() == 0 {
			t.Errorf("trace file %s: %v", p, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "trace", "..__scenarios__basic-call.events.txt")); err == nil {
		t.Errorf("a trace was written for a passing scenario")
	}
}

func TestBatchBadInput(t *testing.T) {
	var out, errOut bytes.Buffer
	b := &Batch{Paths: []string{"testdata/broken.yaml", "../scenarios/basic-call.yaml"}, Stdout: &out, Stderr: &errOut}
	if code := b.Execute(); code != ExitBadInput {
		t.Fatalf("exit %d, want 2", code)
	}
	want := `testdata/broken.yaml:6:5: unknown verb "anwser" (did you mean "answer"?)`
	if !strings.Contains(errOut.String(), want) || out.Len() != 0 {
		t.Errorf("stderr %q, stdout %q; want %q", errOut.String(), out.String(), want)
	}
}

func TestSelect(t *testing.T) {
	s := &Scenario{Name: "park", File: "scenarios/parking.yaml", Tags: []string{"parking", "slow"}}
	for _, tc := range []struct {
		filter string
		tags   []string
		want   bool
	}{
		{"", nil, true},
		{"park", nil, true},
		{"^scenarios/parking", nil, true},
		{"basic", nil, false},
		{"", []string{"parking"}, true},
		{"", []string{"smoke"}, false},
		{"", []string{"smoke", "slow"}, true},
		{"", []string{"!slow"}, false},
		{"", []string{"!smoke"}, true},
	} {
		b := &Batch{Tags: tc.tags}
		if tc.filter != "" {
			b.Filter = regexp.MustCompile(tc.filter)
		}
		if got := b.Selected(s); got != tc.want {
			t.Errorf("filter %q tags %v: %v, want %v", tc.filter, tc.tags, got, tc.want)
		}
	}
}

func TestNDJSON(t *testing.T) {
	r := runText(t, "n.yaml", "version: 1\nsteps:\n  - dial: {from: 100, to: 101}\n", Options{})
	var b bytes.Buffer
	if err := WriteNDJSON(&b, r); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != len(r.Events)+1 {
		t.Fatalf("%d lines for %d events", len(lines), len(r.Events))
	}
	if !strings.HasPrefix(lines[1], `{"type":"event","scenario":"n","file":"n.yaml","seq":2,"at_ms":0,"kind":"call","text":"2 0:00:00.000 call c1 from=100 to=101","event":{"seq":2,`) {
		t.Errorf("event line: %s", lines[1])
	}
	if !strings.HasPrefix(lines[len(lines)-1], `{"type":"result","scenario":"n","file":"n.yaml","result":"pass"`) {
		t.Errorf("result line: %s", lines[len(lines)-1])
	}
}
