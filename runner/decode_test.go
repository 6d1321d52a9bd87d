package runner

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var markerRE = regexp.MustCompile(`###\s*(?:@(\d+)\s+)?(.*)$`)

// TestErrorChunks checks the positioned errors of bad scenarios: each chunk
// of testdata/errors.chunks marks the lines that must have an error with
// "### @col regexp".
func TestErrorChunks(t *testing.T) {
	data, err := os.ReadFile("testdata/errors.chunks")
	if err != nil {
		t.Fatal(err)
	}
	chunks := strings.Split(string(data), "---8<---\n")
	for i, chunk := range chunks {
		name := "chunk" + strconv.Itoa(i+1)
		t.Run(name, func(t *testing.T) {
			type want struct {
				line, col int
				re        *regexp.Regexp
				seen      bool
			}
			var wants []*want
			for ln, line := range strings.Split(chunk, "\n") {
				m := markerRE.FindStringSubmatch(line)
				if m == nil {
					continue
				}
				w := &want{line: ln + 1, re: regexp.MustCompile(strings.TrimSpace(m[2]))}
				if m[1] != "" {
					w.col, _ = strconv.Atoi(m[1])
				}
				wants = append(wants, w)
			}
			file := "testdata/" + name + ".yaml"
			_, err := LoadBytes(file, []byte(chunk), Options{})
			var errs ErrorList
			if err != nil {
				l, ok := err.(ErrorList)
				if !ok {
					t.Fatalf("error is %T, not ErrorList: %v", err, err)
				}
				errs = l
			}
			for _, e := range errs {
				if e.Pos.File != file {
					t.Errorf("error in file %q, want %q: %v", e.Pos.File, file, e)
				}
				matched := false
				for _, w := range wants {
					if w.line == e.Pos.Line && w.re.MatchString(e.Msg) && (w.col == 0 || w.col == e.Pos.Col) {
						w.seen, matched = true, true
						break
					}
				}
				if !matched {
					t.Errorf("unexpected error %v", e)
				}
			}
			for _, w := range wants {
				if !w.seen {
					t.Errorf("line %d: no error at column %d matching %q; got:\n%v", w.line, w.col, w.re, errs)
				}
			}
		})
	}
}

func TestSuggest(t *testing.T) {
	for _, tc := range []struct {
		word string
		want string
	}{
		{"dail", ` (did you mean "dial"?)`},
		{"awnser", ` (did you mean "answer"?)`},
		{"xyzzy", ``},
		{"tranfser", ` (did you mean "transfer"?)`},
	} {
		if got := suggest(tc.word, Verbs()); got != tc.want {
			t.Errorf("suggest(%q) = %q, want %q", tc.word, got, tc.want)
		}
	}
}

func TestParseGood(t *testing.T) {
	src := `version: 1
name: park and return
tags: [parking, smoke]
clock: {start: "2024-12-24 18:30", zone: Europe/Berlin, seed: 7}
http:
  - {method: GET, url_regex: "^https://crm/", status: 200, body: '{"agent":"101"}', headers: {Content-Type: application/json}, delay: 200ms}
steps:
  - dial: {from: 100, to: 101}
    name: Alice calls Bob
  - wait: {phone: 101, state: ringing, timeout: 5s}
  - answer: 101
  - expect: {phone: 100, state: talking, with: 101, hears: "101"}
  - transfer: {phone: 101, to: "#101"}
  - advance: 15s
  - wait: {event: {route: {point: "#101", targets: [101]}}}
  - expect:
      events:
        - log: {level: info, match: "return"}
        - return: true
      order: any
  - dtmf: {phone: 100, digits: "12#"}
  - inbound: {trunk: Provider, from: "+491701234", did: "+4930123450", as: customer}
  - drop: customer
`
	s, err := Parse("x.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if s.Name != "park and return" || !s.HasTag("smoke") || s.Clock.Seed != 7 {
		t.Errorf("header: %+v", s)
	}
	if got := s.Clock.Start.Format("2006-01-02 15:04 MST"); got != "2024-12-24 18:30 CET" {
		t.Errorf("clock start = %s", got)
	}
	if f := s.FindFixture("GET", "https://crm/x"); f == nil || f.Delay.Milliseconds() != 200 || f.Headers[0].Value != "application/json" {
		t.Errorf("fixture: %+v", f)
	}
	if s.FindFixture("POST", "https://crm/x") != nil {
		t.Errorf("POST matched a GET fixture")
	}
	var verbs []string
	for _, st := range s.Steps {
		verbs = append(verbs, st.Verb)
	}
	if got := strings.Join(verbs, " "); got != "dial wait answer expect transfer advance wait expect dtmf inbound drop" {
		t.Errorf("verbs: %s", got)
	}
	if st := s.Steps[0]; st.Name != "Alice calls Bob" || st.Op.Phone.Name != "100" || st.Op.To != "101" || st.Pos.Line != 8 || st.Pos.Col != 5 {
		t.Errorf("dial step: %+v %+v", st, st.Op)
	}
	if w := s.Steps[6].Wait; w.Event == nil || w.Event.Kind != "route" || w.Event.Targets[0] != "101" || w.Timeout != DefaultWaitTimeout {
		t.Errorf("wait: %+v", w)
	}
	if e := s.Steps[7].Expect; !e.AnyOrder || len(e.Events) != 2 || e.Events[1].Value != "true" {
		t.Errorf("expect: %+v", e)
	}
	if in := s.Steps[9].Inbound; in.As != "customer" || in.From != "+491701234" {
		t.Errorf("inbound: %+v", in)
	}
}
