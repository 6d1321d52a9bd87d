package sip

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"rpbench/pbx"
)

// testConfig has 100 and 102 (SIP phones in these tests) and 101, a simulated
// colleague who answers after 200 ms.
const testConfig = `
extensions:
  - {number: "100"}
  - {number: "101", behavior: answer, answer_after: 200ms}
  - {number: "102"}
route_points:
  - {number: "#101", name: Parking}
`

// rig is a PBX running in real time with a SIP server on a free port of 127.0.0.1.
type rig struct {
	t      *testing.T
	p      *pbx.PBX
	s      *Server
	events chan pbx.Event
	mu     sync.Mutex
	trace  []string
}

func newRig(t *testing.T) *rig {
	t.Helper()
	cfg, err := pbx.ParseConfig("test.yaml", []byte(testConfig), "")
	if err != nil {
		t.Fatal(err)
	}
	p := pbx.New(cfg, pbx.Options{Seed: 1})
	p.Handle("#101", pbx.ParkingHandler(500*time.Millisecond, 10*time.Second))
	r := &rig{t: t, p: p, events: make(chan pbx.Event, 1000)}
	p.Post(func() {
		p.Subscribe(func(e pbx.Event) {
			r.mu.Lock()
			r.trace = append(r.trace, e.String())
			r.mu.Unlock()
			select {
			case r.events <- e:
			default:
			}
		})
	})
	s, err := New(p, Options{Listen: "127.0.0.1:0"})
	if err != nil {
		t.Skipf("cannot listen on 127.0.0.1: %v", err)
	}
	r.s = s
	ctx, cancel := context.WithCancel(context.Background())
	p.Loop().SetSpeed(pbx.RealTime)
	loopDone := make(chan struct{})
	go func() { p.Loop().Run(ctx, nil); close(loopDone) }()
	go s.Serve(ctx)
	t.Cleanup(func() {
		s.Close()
		cancel()
		<-loopDone
		if t.Failed() {
			t.Logf("PBX trace:\n%s", r.traceText())
		}
	})
	return r
}

func (r *rig) traceText() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return strings.Join(r.trace, "\n")
}

// waitFor waits (at most 15 s) for an event whose text form contains every one of parts.
func (r *rig) waitFor(parts ...string) pbx.Event {
	r.t.Helper()
	timeout := time.After(15 * time.Second)
	for {
		select {
		case e := <-r.events:
			text := e.String()
			ok := true
			for _, p := range parts {
				ok = ok && strings.Contains(text, p)
			}
			if ok {
				return e
			}
		case <-timeout:
			r.t.Fatalf("no event with %q within 15s", parts)
		}
	}
}

// do runs f on the loop and waits for it.
func (r *rig) do(f func()) {
	if !r.s.onLoop(f) {
		r.t.Fatal("the server stopped")
	}
}

func needSipp(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("sipp")
	if err != nil {
		t.Skip("sipp is not on PATH: install Debian's sip-tester (.ci/install-sip.sh) to run the tests with a real SIP peer")
	}
	return path
}

// freePort returns a UDP port that was free a moment ago on 127.0.0.1.
func freePort(t *testing.T) int {
	t.Helper()
	c, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	return c.LocalAddr().(*net.UDPAddr).Port
}

// sipp is a running sipp process.
type sipp struct {
	cmd  *exec.Cmd
	out  bytes.Buffer
	done chan error
}

// startSipp runs sipp with a scenario of testdata; it is killed at cleanup.
func startSipp(t *testing.T, bin, scenario string, args ...string) *sipp {
	t.Helper()
	port := freePort(t)
	all := append([]string{"-sf", filepath.Join("testdata", scenario), "-i", "127.0.0.1", "-p", strconv.Itoa(port),
		"-m", "1", "-nostdin", "-timeout", "20s", "-timeout_error", "-trace_err",
		"-error_file", filepath.Join(t.TempDir(), "errors.log")}, args...)
	sp := &sipp{done: make(chan error, 1)}
	sp.cmd = exec.Command(bin, all...)
	sp.cmd.Dir = "."
	sp.cmd.Stdout, sp.cmd.Stderr = &sp.out, &sp.out
	if err := sp.cmd.Start(); err != nil {
		t.Fatalf("start sipp: %v", err)
	}
	go func() { sp.done <- sp.cmd.Wait() }()
	t.Cleanup(func() {
		sp.cmd.Process.Kill()
		<-sp.done
	})
	return sp
}

func startSippAt(t *testing.T, bin string, port int, scenario string, args ...string) *sipp {
	t.Helper()
	all := append([]string{"-sf", filepath.Join("testdata", scenario), "-i", "127.0.0.1", "-p", strconv.Itoa(port),
		"-m", "1", "-nostdin", "-timeout", "20s", "-timeout_error"}, args...)
	sp := &sipp{done: make(chan error, 1)}
	sp.cmd = exec.Command(bin, all...)
	sp.cmd.Stdout, sp.cmd.Stderr = &sp.out, &sp.out
	if err := sp.cmd.Start(); err != nil {
		t.Fatalf("start sipp: %v", err)
	}
	go func() { sp.done <- sp.cmd.Wait() }()
	t.Cleanup(func() {
		sp.cmd.Process.Kill()
		<-sp.done
	})
	return sp
}

// wait waits (at most 25 s) for sipp to exit and fails unless it passed.
func (sp *sipp) wait(t *testing.T) {
	t.Helper()
	select {
	case err := <-sp.done:
		sp.done <- err // for the cleanup
		if err != nil {
			t.Fatalf("sipp failed: %v\n%s", err, tail(sp.out.String(), 3000))
		}
	case <-time.After(25 * time.Second):
		t.Fatalf("sipp did not finish within 25s\n%s", tail(sp.out.String(), 3000))
	}
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// (a) sipp registers as 100 and calls 101, a simulated extension that
// answers; the call connects and ends by sipp's BYE.
func TestSippCallsSimulatedExtension(t *testing.T) {
	bin := needSipp(t)
	r := newRig(t)
	sp := startSipp(t, bin, "call_101.xml", "-s", "101", r.s.Addr())
	r.waitFor("note", "registered 100 at sip:100@127.0.0.1:")
	r.waitFor("conn", " 100 dialing")
	r.waitFor("conn", " 101 connected peer=100")
	r.waitFor("op", " 100 drop")
	r.waitFor("conn", " 100 terminated peer=101 reason=hangup")
	r.waitFor("call-end", "hangup")
	sp.wait(t)
}

// (b) the PBX calls a registered sipp UAS, which rings and answers; the PBX
// side hangs up and sipp receives the BYE.
func TestPBXCallsSippUAS(t *testing.T) {
	bin := needSipp(t)
	r := newRig(t)
	uasPort := freePort(t)
	uas := startSippAt(t, bin, uasPort, "uas_answer.xml")
	reg := startSipp(t, bin, "register.xml", "-s", "102", "-key", "contact_port", strconv.Itoa(uasPort), r.s.Addr())
	r.waitFor("note", fmt.Sprintf("registered 102 at sip:102@127.0.0.1:%d", uasPort))
	reg.wait(t)
	r.do(func() {
		if _, err := r.p.Dial("100", "102"); err != nil {
			t.Errorf("dial: %v", err)
		}
	})
	r.waitFor("conn", " 102 ringing")
	r.waitFor("conn", " 102 connected peer=100")
	r.do(func() {
		if err := r.p.Drop("100"); err != nil {
			t.Errorf("drop: %v", err)
		}
	})
	r.waitFor("call-end")
	uas.wait(t)
}

// (c) sipp (registered as 100, its phone's UAS on another port) calls 101,
// parks the call on #101 with REFER, gets the NOTIFY and the BYE, and the
// parking route point rings 100 back: the UAS answers the parked call.
func TestSippParksWithRefer(t *testing.T) {
	bin := needSipp(t)
	r := newRig(t)
	uasPort := freePort(t)
	uas := startSippAt(t, bin, uasPort, "uas_answer.xml")
	reg := startSipp(t, bin, "register.xml", "-s", "100", "-key", "contact_port", strconv.Itoa(uasPort), r.s.Addr())
	r.waitFor("note", "registered 100 at")
	reg.wait(t)
	caller := startSipp(t, bin, "refer_park.xml", "-s", "101", r.s.Addr())
	r.waitFor("conn", " 101 connected peer=100")
	r.waitFor("transfer", "blind")
	r.waitFor("rp-start", "#101")
	caller.wait(t)
	r.waitFor("route", "#101", "100/")
	r.waitFor("conn", " 100 connected peer=101")
	r.do(func() {
		if err := r.p.Drop("101"); err != nil {
			t.Errorf("drop: %v", err)
		}
	})
	uas.wait(t)
}
