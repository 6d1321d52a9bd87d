package sip

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// baresip is a running baresip (Debian's baresip-core) registered as one extension of
// the rig, driven through its ctrl_tcp module: commands go as JSON netstrings and its
// events (CALL_INCOMING, CALL_ESTABLISHED, CALL_CLOSED, ...) come back the same way.
type baresip struct {
	t      *testing.T
	dir    string
	cmd    *exec.Cmd
	out    syncBuf
	conn   net.Conn
	events chan baresipMsg
	resps  chan baresipMsg
	done   chan error
	seen   []string // the types of the events waitEvent consumed
}

// baresipMsg is one message of ctrl_tcp: an event or a command's response.
type baresipMsg struct {
	Event    bool   `json:"event"`
	Type     string `json:"type"`
	Class    string `json:"class"`
	PeerURI  string `json:"peeruri"`
	Param    string `json:"param"`
	Response bool   `json:"response"`
	OK       bool   `json:"ok"`
	Data     string `json:"data"`
	Token    string `json:"token"`
}

// syncBuf is a bytes.Buffer safe for a process's output and the test's reads.
type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuf) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func needBaresip(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("baresip")
	if err != nil {
		t.Skip("baresip is not on PATH: install Debian's baresip-core (.ci/install-sip.sh) to run the tests with a real softphone")
	}
	for _, mod := range []string{"ctrl_tcp.so", "g711.so", "aufile.so", "ausine.so", "menu.so", "account.so", "sndfile.so", "aubridge.so"} {
		if _, err := os.Stat(filepath.Join(baresipModules, mod)); err != nil {
			t.Skipf("baresip module %s is missing (%v): install baresip-core", mod, err)
		}
	}
	return path
}

const baresipModules = "/usr/lib/baresip/modules"

// startBaresip starts baresip as extension ext of the rig's PBX with auto answer,
// a 440 Hz tone as its microphone, and what it hears written to a WAV file in its
// directory by the sndfile module.
func startBaresip(t *testing.T, bin string, r *rig, ext string) *baresip {
	t.Helper()
	dir := t.TempDir()
	sipPort, ctrlPort := freePort(t), freeTCPPort(t)
	config := strings.Join([]string{
		"poll_method epoll",
		fmt.Sprintf("sip_listen 127.0.0.1:%d", sipPort),
		"audio_source ausine,440",
		"audio_alert aufile,/dev/null",
		"ausrc_srate 48000",
		"ausrc_channels 2",
		"auplay_srate 8000",
		"auplay_channels 1",
		"rtp_ports 30000-30100",
		"module_path " + baresipModules,
		"module g711.so",
		"module ausine.so",
		"module aufile.so",
		"module aubridge.so",
		"audio_player aubridge,rpbench", // a player that consumes the audio without a sound card
		"module sndfile.so",             // writes each call's decoded audio to snd_path
		"snd_path " + dir,
		"module_app account.so",
		"module_app menu.so",
		"module_app ctrl_tcp.so",
		fmt.Sprintf("ctrl_tcp_listen 127.0.0.1:%d", ctrlPort),
		"",
	}, "\n")
	account := fmt.Sprintf("<sip:%s@%s;transport=udp>;regint=60;audio_codecs=PCMU,PCMA;answermode=auto\n", ext, r.s.Addr())
	if err := os.WriteFile(filepath.Join(dir, "config"), []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "accounts"), []byte(account), 0o644); err != nil {
		t.Fatal(err)
	}
	b := &baresip{t: t, dir: dir, events: make(chan baresipMsg, 100), resps: make(chan baresipMsg, 10), done: make(chan error, 1)}
	b.cmd = exec.Command(bin, "-f", dir, "-s") // -s: SIP trace, shown when a test fails
	b.cmd.Stdout, b.cmd.Stderr = &b.out, &b.out
	b.cmd.Stdin = nil
	if err := b.cmd.Start(); err != nil {
		t.Fatalf("start baresip: %v", err)
	}
	go func() { b.done <- b.cmd.Wait() }()
	t.Cleanup(func() {
		if b.conn != nil {
			b.conn.Close()
		}
		b.cmd.Process.Kill()
		<-b.done
		if t.Failed() {
			t.Logf("baresip output:\n%s", tail(b.log(), 6000))
		}
	})
	// ctrl_tcp listens once baresip has read its config: retry until then.
	deadline := time.Now().Add(10 * time.Second)
	for {
		c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", ctrlPort))
		if err == nil {
			b.conn = c
			break
		}
		select {
		case err := <-b.done:
			b.done <- err
			t.Fatalf("baresip exited: %v\n%s", err, b.out.String())
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("baresip's ctrl_tcp did not listen within 10s: %v\n%s", err, b.out.String())
		}
	}
	go b.read()
	return b
}

// log is baresip's output without its call status line, which it redraws
// (with a carriage return) several times a second during a call.
func (b *baresip) log() string {
	var keep []string
	for _, part := range strings.FieldsFunc(b.out.String(), func(r rune) bool { return r == '\r' || r == '\n' }) {
		if !strings.Contains(part, "audio=") || !strings.Contains(part, "(bit/s)") {
			keep = append(keep, part)
		}
	}
	return strings.Join(keep, "\n")
}

// read splits ctrl_tcp's netstrings ("<len>:<json>,") into events and responses.
func (b *baresip) read() {
	rd := bufio.NewReader(b.conn)
	for {
		head, err := rd.ReadString(':')
		if err != nil {
			return
		}
		n, err := strconv.Atoi(strings.TrimSpace(head[:len(head)-1]))
		if err != nil || n < 0 || n > 1<<20 {
			return
		}
		body := make([]byte, n+1)
		if _, err := io.ReadFull(rd, body); err != nil {
			return
		}
		var m baresipMsg
		if err := json.Unmarshal(body[:n], &m); err != nil {
			continue
		}
		if m.Response {
			b.resps <- m
		} else if m.Event {
			select {
			case b.events <- m:
			default:
			}
		}
	}
}

// command runs a baresip command (as typed after "/" in its console) and returns its response.
func (b *baresip) command(name, params string) baresipMsg {
	b.t.Helper()
	body, _ := json.Marshal(map[string]string{"command": name, "params": params, "token": name})
	if _, err := fmt.Fprintf(b.conn, "%d:%s,", len(body), body); err != nil {
		b.t.Fatalf("baresip /%s: %v", name, err)
	}
	select {
	case m := <-b.resps:
		return m
	case <-time.After(10 * time.Second):
		b.t.Fatalf("baresip /%s %s: no response within 10s", name, params)
	}
	return baresipMsg{}
}

// waitEvent waits (at most 15 s) for a baresip event of type typ (CALL_ESTABLISHED, ...)
// and consumes it and the events before it.
func (b *baresip) waitEvent(typ string) baresipMsg {
	b.t.Helper()
	timeout := time.After(15 * time.Second)
	for {
		select {
		case m := <-b.events:
			b.seen = append(b.seen, m.Type)
			if m.Type == typ {
				return m
			}
		case <-timeout:
			b.t.Fatalf("baresip: no %s event within 15s (events so far: %v)", typ, b.seen)
		}
	}
}

// waitHeard waits (at most 10 s) until the audio baresip decoded, as its sndfile module
// dumps it, has a sample of at least peak in magnitude: the file grows as packets arrive.
func (b *baresip) waitHeard(peak int) {
	b.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		got, n := 0, 0
		if dumps, _ := filepath.Glob(filepath.Join(b.dir, "dump-*-dec.wav")); len(dumps) > 0 {
			got, n = wavPeak(b.t, dumps[len(dumps)-1])
		}
		if got >= peak {
			return
		}
		if time.Now().After(deadline) {
			b.t.Fatalf("baresip heard %d samples with peak %d within 10s; want a sound of peak >= %d", n, got, peak)
		}
		time.Sleep(20 * time.Millisecond) // polling a file that sndfile appends to: no event to await
	}
}

func freeTCPPort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// wavPeak returns the largest absolute sample of a 16-bit PCM WAV file's data chunk
// (as baresip's aufile player writes it), and how many samples it has.
func wavPeak(t *testing.T, path string) (peak, samples int) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	if len(data) < 12 || string(data[:4]) != "RIFF" || string(data[8:12]) != "WAVE" {
		t.Fatalf("%s is not a WAV file", path)
	}
	for off := 12; off+8 <= len(data); {
		id, size := string(data[off:off+4]), int(binary.LittleEndian.Uint32(data[off+4:off+8]))
		off += 8
		if id == "data" {
			end := min(off+size, len(data)) // baresip may not have fixed the size up
			if size == 0 {
				end = len(data)
			}
			for i := off; i+1 < end; i += 2 {
				s := int(int16(binary.LittleEndian.Uint16(data[i:])))
				peak = max(peak, s, -s)
				samples++
			}
			return peak, samples
		}
		off += size + size%2
	}
	return 0, 0
}

// baresip registers as 100 and calls 101, a simulated extension that answers:
// the call connects with RTP both ways and ends with baresip's hangup.
func TestBaresipCallsSimulatedExtension(t *testing.T) {
	bin := needBaresip(t)
	r := newRig(t)
	b := startBaresip(t, bin, r, "100")
	r.waitFor("note", "registered 100 at sip:100")
	if m := b.command("dial", "101"); !m.OK {
		t.Fatalf("/dial 101: %s", m.Data)
	}
	r.waitFor("conn", " 101 connected peer=100")
	b.waitEvent("CALL_RTPESTAB") // baresip receives our RTP (ringback, then the call)
	b.waitEvent("CALL_ESTABLISHED")
	// 101 puts baresip on hold: baresip must hear the music on hold that our RTP carries
	// (silence or garbled G.711 would fail this).
	r.do(func() {
		if err := r.p.Hold("101"); err != nil {
			t.Errorf("hold: %v", err)
		}
	})
	r.waitFor("media", " 100 hears=moh")
	b.waitHeard(1000)
	if m := b.command("hangup", ""); !m.OK {
		t.Fatalf("/hangup: %s", m.Data)
	}
	r.waitFor("conn", " 100 terminated peer=101 reason=hangup")
	r.waitFor("call-end", "hangup")
	b.waitEvent("CALL_CLOSED")
}

// The PBX calls baresip (registered as 102, auto answer); baresip hears the
// simulated caller's audio and the PBX side hangs up.
func TestPBXCallsBaresip(t *testing.T) {
	bin := needBaresip(t)
	r := newRig(t)
	b := startBaresip(t, bin, r, "102")
	r.waitFor("note", "registered 102 at sip:102")
	r.do(func() {
		if _, err := r.p.Dial("100", "102"); err != nil {
			t.Errorf("dial: %v", err)
		}
	})
	r.waitFor("conn", " 102 connected peer=100") // baresip answers at once (answermode=auto)
	b.waitEvent("CALL_ESTABLISHED")
	b.waitEvent("CALL_RTPESTAB") // baresip receives our RTP
	r.do(func() {
		if err := r.p.Drop("100"); err != nil {
			t.Errorf("drop: %v", err)
		}
	})
	b.waitEvent("CALL_CLOSED")
	r.waitFor("call-end")
}

// baresip (100) calls 101, puts it on hold and resumes it, then parks it on #101
// with a blind transfer (REFER); the parking route point rings 100 back, baresip
// answers automatically, and hears the parked party again.
func TestBaresipHoldAndParkWithTransfer(t *testing.T) {
	bin := needBaresip(t)
	r := newRig(t)
	b := startBaresip(t, bin, r, "100")
	r.waitFor("note", "registered 100 at sip:100")
	if m := b.command("dial", "101"); !m.OK {
		t.Fatalf("/dial 101: %s", m.Data)
	}
	b.waitEvent("CALL_ESTABLISHED")
	r.waitFor("conn", " 100 connected peer=101")
	if m := b.command("hold", ""); !m.OK {
		t.Fatalf("/hold: %s", m.Data)
	}
	r.waitFor("conn", " 100 held")
	if m := b.command("resume", ""); !m.OK {
		t.Fatalf("/resume: %s", m.Data)
	}
	r.waitFor("conn", " 100 connected peer=101")
	if m := b.command("transfer", "sip:%23101@"+r.s.Addr()); !m.OK {
		t.Fatalf("/transfer: %s", m.Data)
	}
	r.waitFor("transfer", "blind", "by=100")
	r.waitFor("rp-start", "#101")
	b.waitEvent("CALL_CLOSED")
	// The Go parking handler of the rig rings 100 back after 500 ms.
	r.waitFor("conn", " 100 connected peer=101")
	b.waitEvent("CALL_ESTABLISHED")
	r.do(func() {
		if err := r.p.Drop("101"); err != nil {
			t.Errorf("drop: %v", err)
		}
	})
	b.waitEvent("CALL_CLOSED")
}
