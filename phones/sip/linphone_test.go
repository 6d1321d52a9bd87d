package sip

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// linphone is a running linphonec (Debian's linphone-cli, Linphone's console client)
// registered as one extension of the rig, driven through its standard input; its
// status lines ("Call 1 with sip:101@... connected.") are read from its output.
type linphone struct {
	t     *testing.T
	cmd   *exec.Cmd
	stdin io.WriteCloser
	lines chan string
	mu    sync.Mutex
	out   []string // every output line, for the failure report
	done  chan error
}

func needLinphone(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("linphonec")
	if err != nil {
		t.Skip("linphonec is not on PATH: install Debian's linphone-cli (.ci/install-sip.sh) to run the tests with Linphone")
	}
	return path
}

// startLinphone starts linphonec with auto answer and registers it as ext.
func startLinphone(t *testing.T, bin string, r *rig, ext string) *linphone {
	t.Helper()
	home := t.TempDir()
	// Without its data folder liblinphone never opens its SIP transports.
	if err := os.MkdirAll(filepath.Join(home, ".local", "share", "linphone"), 0o755); err != nil {
		t.Fatal(err)
	}
	sipPort, rtpPort := freePort(t), freePort(t)&^1
	rc := fmt.Sprintf(`[sip]
sip_port=%d
sip_tcp_port=0
sip_tls_port=0
guess_hostname=0
contact=sip:%s@127.0.0.1
[rtp]
audio_rtp_port=%d
[sound]
echocancellation=0
[video]
automatically_initiate=0
automatically_accept=0
`, sipPort, ext, rtpPort)
	rcPath := filepath.Join(home, "linphonerc")
	if err := os.WriteFile(rcPath, []byte(rc), 0o644); err != nil {
		t.Fatal(err)
	}
	l := &linphone{t: t, lines: make(chan string, 1000), done: make(chan error, 1)}
	l.cmd = exec.Command(bin, "-c", rcPath, "-a") // -a: answer incoming calls at once
	l.cmd.Env = append(os.Environ(), "HOME="+home, "XDG_DATA_HOME="+filepath.Join(home, ".local", "share"),
		"XDG_CONFIG_HOME="+filepath.Join(home, ".config"))
	var err error
	if l.stdin, err = l.cmd.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	pr, pw := io.Pipe()
	l.cmd.Stdout, l.cmd.Stderr = pw, pw
	if err := l.cmd.Start(); err != nil {
		t.Fatalf("start linphonec: %v", err)
	}
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			line := strings.TrimPrefix(sc.Text(), "linphonec> ")
			l.mu.Lock()
			l.out = append(l.out, line)
			l.mu.Unlock()
			select {
			case l.lines <- line:
			default:
			}
		}
	}()
	go func() { l.done <- l.cmd.Wait(); pw.Close() }()
	t.Cleanup(func() {
		fmt.Fprintln(l.stdin, "quit")
		select {
		case <-l.done:
		case <-time.After(5 * time.Second):
			l.cmd.Process.Kill()
			<-l.done
		}
		if t.Failed() {
			l.mu.Lock()
			t.Logf("linphonec output:\n%s", tail(strings.Join(l.out, "\n"), 4000))
			l.mu.Unlock()
		}
	})
	l.send(fmt.Sprintf("register sip:%s@%s sip:%s secret", ext, r.s.Addr(), r.s.Addr()))
	return l
}

// send types a command line into linphonec.
func (l *linphone) send(line string) {
	l.t.Helper()
	if _, err := fmt.Fprintln(l.stdin, line); err != nil {
		l.t.Fatalf("linphonec %q: %v", line, err)
	}
}

// waitLine waits (at most 15 s) for an output line containing every one of parts.
func (l *linphone) waitLine(parts ...string) string {
	l.t.Helper()
	timeout := time.After(15 * time.Second)
	for {
		select {
		case line := <-l.lines:
			ok := true
			for _, p := range parts {
				ok = ok && strings.Contains(line, p)
			}
			if ok {
				return line
			}
		case <-timeout:
			l.t.Fatalf("linphonec: no line with %q within 15s", parts)
		}
	}
}

// Linphone registers as 100, calls 101 (a simulated extension that answers),
// holds and resumes the call, sends DTMF and hangs up.
func TestLinphoneCallsSimulatedExtension(t *testing.T) {
	bin := needLinphone(t)
	r := newRig(t)
	l := startLinphone(t, bin, r, "100")
	r.waitFor("note", "registered 100 at sip:100@127.0.0.1:")
	l.send("call sip:101@" + r.s.Addr())
	r.waitFor("conn", " 101 connected peer=100")
	l.waitLine("Call 1", "connected")
	l.send("pause")
	r.waitFor("conn", " 100 held")
	l.waitLine("is now paused")
	l.send("resume")
	r.waitFor("conn", " 100 connected peer=101")
	l.send("5")
	r.waitFor("dtmf", "5")
	l.send("terminate")
	r.waitFor("conn", " 100 terminated peer=101 reason=hangup")
	r.waitFor("call-end", "hangup")
}

// The PBX calls Linphone (registered as 102, auto answer); the PBX side hangs up.
func TestPBXCallsLinphone(t *testing.T) {
	bin := needLinphone(t)
	r := newRig(t)
	l := startLinphone(t, bin, r, "102")
	r.waitFor("note", "registered 102 at sip:102@127.0.0.1:")
	r.do(func() {
		if _, err := r.p.Dial("100", "102"); err != nil {
			t.Errorf("dial: %v", err)
		}
	})
	r.waitFor("conn", " 102 connected peer=100")
	l.waitLine("connected")
	r.do(func() {
		if err := r.p.Drop("100"); err != nil {
			t.Errorf("drop: %v", err)
		}
	})
	l.waitLine("ended")
	r.waitFor("call-end")
}

// Linphone (100) calls 101 and parks it on #101 with a blind transfer; the parking
// route point rings 100 back and Linphone answers.
func TestLinphoneParksWithTransfer(t *testing.T) {
	bin := needLinphone(t)
	r := newRig(t)
	l := startLinphone(t, bin, r, "100")
	r.waitFor("note", "registered 100 at sip:100@127.0.0.1:")
	l.send("call sip:101@" + r.s.Addr())
	r.waitFor("conn", " 100 connected peer=101")
	l.waitLine("Call 1", "connected")
	l.send("transfer 1 sip:%23101@" + r.s.Addr())
	r.waitFor("transfer", "blind", "by=100")
	r.waitFor("rp-start", "#101")
	r.waitFor("conn", " 100 connected peer=101") // the callback, answered by Linphone
	r.do(func() {
		if err := r.p.Drop("101"); err != nil {
			t.Errorf("drop: %v", err)
		}
	})
	r.waitFor("call-end")
}
