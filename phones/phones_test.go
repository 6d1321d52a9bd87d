package phones

import (
	"strings"
	"testing"
	"time"

	"rpbench/pbx"
)

func newPBX(t *testing.T) (*pbx.PBX, *strings.Builder) {
	t.Helper()
	cfg, err := pbx.ParseConfig("t.yaml", []byte("extensions:\n  - {number: \"100\"}\n  - {number: \"101\", behavior: busy}\n  - {number: \"102\"}\n"), "")
	if err != nil {
		t.Fatal(err)
	}
	p := pbx.New(cfg, pbx.Options{})
	var log strings.Builder
	p.Subscribe(func(e pbx.Event) {
		switch d := e.Data.(type) {
		case pbx.ConnState:
			log.WriteString(e.Elapsed.String() + " " + d.DN + " " + d.Status.String() + "\n")
		case pbx.DTMF:
			log.WriteString(e.Elapsed.String() + " dtmf " + d.Digit + "\n")
		}
	})
	return p, &log
}

// TestAuto: a programmed phone answers after 2s, sends digits 1s later and hangs up after 5s.
func TestAuto(t *testing.T) {
	p, log := newPBX(t)
	if err := p.SetEndpoint("102", &Auto{AnswerAfter: 2 * time.Second, Digits: "42", DigitsAfter: time.Second, HangupAfter: 5 * time.Second}); err != nil {
		t.Fatal(err)
	}
	if _, err := New(p, "100").Dial("102"); err != nil {
		t.Fatal(err)
	}
	p.Loop().RunFor(time.Minute)
	want := `0s 100 dialing
0s 102 ringing
2s 102 connected
2s 100 connected
3s dtmf 4
3s dtmf 2
7s 102 terminated
7s 100 terminated
`
	if log.String() != want {
		t.Errorf("got\n%s\nwant\n%s", log, want)
	}
	if len(p.Calls()) != 0 {
		t.Errorf("%d calls left", len(p.Calls()))
	}
}

// TestAutoNeverAnswers: a negative AnswerAfter leaves the phone ringing; the
// configured busy behaviour still applies to a phone with an endpoint.
func TestAutoNeverAnswers(t *testing.T) {
	p, _ := newPBX(t)
	p.SetEndpoint("102", &Auto{AnswerAfter: -1})
	p.SetEndpoint("101", &Auto{})
	New(p, "100").Dial("102")
	p.Loop().RunFor(30 * time.Second)
	if st, _ := New(p, "102").State(); st.State != "ringing" {
		t.Errorf("102 is %s, want ringing", st.State)
	}
	New(p, "100").Drop()
	c, _ := New(p, "100").Dial("101")
	if !c.Ended || c.Reason != pbx.ReasonBusy {
		t.Errorf("call to busy 101: ended=%v reason=%v", c.Ended, c.Reason)
	}
	if err := p.SetEndpoint("999", &Auto{}); err == nil {
		t.Error("SetEndpoint on an unknown extension: no error")
	}
}

// TestPhone acts through the Phone handle: call, answer, hold, resume, consult and
// complete a transfer, pick up, DTMF, reject.
func TestPhone(t *testing.T) {
	p, _ := newPBX(t)
	a, c := New(p, "100"), New(p, "102")
	steps := []struct {
		name string
		do   func() error
		want string // "number:state" after the step
	}{
		{"dial", func() error { _, err := a.Dial("102"); return err }, "100:dialing 102:ringing"},
		{"answer", c.Answer, "100:talking 102:talking"},
		{"hold", a.Hold, "100:held 102:talking"},
		{"resume", a.Resume, "100:talking 102:talking"},
		{"dtmf", func() error { return a.SendDTMF("1") }, "100:talking 102:talking"},
		{"drop", c.Drop, "100:idle 102:idle"},
		{"dial again", func() error { _, err := c.Dial("100"); return err }, "100:ringing 102:dialing"},
		{"reject", a.Reject, "100:idle 102:idle"},
		{"dial to pick up", func() error { _, err := c.Dial("100"); return err }, "100:ringing 102:dialing"},
	}
	for _, s := range steps {
		if err := s.do(); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		var got []string
		for _, ph := range []*Phone{a, c} {
			st, _ := ph.State()
			got = append(got, ph.Number+":"+st.State)
		}
		if g := strings.Join(got, " "); g != s.want {
			t.Errorf("after %s: %s, want %s", s.name, g, s.want)
		}
	}
	if err := New(p, "101").Pickup("100"); err != nil {
		t.Fatal(err)
	}
	if st, _ := c.State(); st.With != "101" {
		t.Errorf("after pickup 102 talks with %q", st.With)
	}
	if err := a.Transfer("102"); err == nil {
		t.Error("transfer without a call: no error")
	}
	if _, err := New(p, "101").Consult("100"); err != nil {
		t.Fatal(err)
	}
	a.Answer()
	if err := New(p, "101").CompleteTransfer(); err != nil {
		t.Fatal(err)
	}
	if st, _ := c.State(); st.With != "100" || st.State != "talking" {
		t.Errorf("after the attended transfer 102 is %s with %q", st.State, st.With)
	}
}
