package pbx

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

var (
	rewrite = flag.Bool("rewrite", false, "rewrite the expected output of the transcript tests in testdata/")
	update  = flag.Bool("update", false, "same as -rewrite")
	showJS  = flag.Bool("json", false, "print each transcript's events as NDJSON (debugging)")
)

// TestTranscripts replays every testdata/*.txt transcript twice: the output must
// equal the expected text, and both replays must be byte-identical.
func TestTranscripts(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no transcripts: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txt"), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			got1 := replay(t, file, string(data))
			got2 := replay(t, file, string(data))
			if got1 != got2 {
				t.Fatalf("two replays differ:\n%s", firstDiff(got1, got2))
			}
			if *rewrite || *update {
				if got1 != string(data) {
					if err := os.WriteFile(file, []byte(got1), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				return
			}
			if got1 != string(data) {
				t.Errorf("%s: output differs (run go test ./pbx -run TestTranscripts -rewrite and review the diff):\n%s", file, firstDiff(string(data), got1))
			}
		})
	}
}

func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\n  want: %s\n  got:  %s", i+1, w, g)
		}
	}
	return "(no difference)"
}

// block is one directive of a transcript: a directive line, input lines, "----",
// then the expected output up to a blank line.
type block struct {
	line   int
	header []string // directive line and input lines
}

// replay runs a transcript and returns it with the actual outputs in place of the expected ones.
func replay(t *testing.T, file, text string) string {
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	var out strings.Builder
	h := &harness{t: t, file: file}
	for i := 0; i < len(lines); {
		l := lines[i]
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			out.WriteString(l + "\n")
			i++
			continue
		}
		b := block{line: i + 1}
		for i < len(lines) && lines[i] != "----" {
			b.header = append(b.header, lines[i])
			i++
		}
		if i == len(lines) {
			t.Fatalf("%s:%d: block without ----", file, b.line)
		}
		i++ // ----
		for i < len(lines) && strings.TrimSpace(lines[i]) != "" {
			i++
		}
		for _, hl := range b.header {
			out.WriteString(hl + "\n")
		}
		out.WriteString("----\n")
		out.WriteString(h.run(b))
	}
	return out.String()
}

// harness holds the PBX of one transcript and the route-point sessions it drives.
type harness struct {
	t        *testing.T
	file     string
	p        *PBX
	out      *bytes.Buffer
	sessions []*RoutePointSession
}

func (h *harness) printf(format string, args ...any) { fmt.Fprintf(h.out, format+"\n", args...) }

func (h *harness) run(b block) string {
	h.out = &bytes.Buffer{}
	dir := strings.Fields(b.header[0])
	switch dir[0] {
	case "config":
		var cfg *Config
		var err error
		if len(dir) > 1 && dir[1] == "default" {
			cfg = DefaultConfig()
		} else {
			cfg, err = ParseConfig("config.yaml", []byte(strings.Join(b.header[1:], "\n")), "testdata")
		}
		if err != nil {
			h.printf("%v", err)
			break
		}
		seed := uint64(1)
		h.p = New(cfg, Options{Seed: seed})
		h.sessions = nil
		h.p.HandleDefault(HandlerFunc(func(s *RoutePointSession) {
			h.sessions = append(h.sessions, s)
		}))
		h.p.Subscribe(func(e Event) {
			h.out.WriteString(e.String())
			h.out.WriteByte('\n')
			if *showJS {
				js, _ := e.MarshalJSON()
				h.t.Logf("%s", js)
			}
		})
		h.printf("ok")
	case "run":
		if h.p == nil {
			h.t.Fatalf("%s:%d: run before config", h.file, b.line)
		}
		for _, cmd := range b.header[1:] {
			if strings.TrimSpace(cmd) == "" || strings.HasPrefix(cmd, "#") {
				continue
			}
			h.command(cmd)
			h.p.Loop().RunUntilIdle()
		}
	default:
		h.t.Fatalf("%s:%d: unknown directive %q", h.file, b.line, dir[0])
	}
	s := h.out.String()
	if s == "" {
		s = "(nothing)\n"
	}
	return s
}

func (h *harness) command(cmd string) {
	f := strings.Fields(cmd)
	p := h.p
	arg := func(i int) string {
		if i < len(f) {
			return f[i]
		}
		return ""
	}
	var err error
	switch f[0] {
	case "dial":
		_, err = p.Dial(arg(1), arg(2))
	case "answer":
		err = p.Answer(arg(1))
	case "reject":
		err = p.Reject(arg(1))
	case "drop":
		err = p.Drop(arg(1))
	case "hold":
		err = p.Hold(arg(1))
	case "resume":
		err = p.Resume(arg(1))
	case "transfer":
		err = p.BlindTransfer(arg(1), arg(2))
	case "consult":
		_, err = p.Consult(arg(1), arg(2))
	case "complete":
		err = p.CompleteTransfer(arg(1))
	case "dtmf":
		err = p.SendDTMF(arg(1), arg(2))
	case "pickup":
		err = p.Pickup(arg(1), arg(2))
	case "inbound":
		_, err = p.InboundCall(arg(1), arg(2), strings.Join(f[min(4, len(f)):], " "), arg(3))
	case "dnd":
		err = p.SetDND(arg(1), arg(2) == "on")
	case "offline":
		err = p.SetRegistered(arg(1), arg(2) != "on")
	case "advance":
		d, perr := time.ParseDuration(arg(1))
		if perr != nil {
			h.t.Fatalf("%s: %q: %v", h.file, cmd, perr)
		}
		p.Loop().RunFor(d)
	case "step":
		if !p.Loop().Step() {
			h.printf("no timer")
		}
	case "state":
		h.out.WriteString(p.Snapshot().String())
	case "handler":
		switch arg(2) {
		case "park":
			p.Handle(arg(1), ParkingHandler(15*time.Second, 15*time.Second))
		case "manual":
			p.Handle(arg(1), nil)
		case "none":
			p.Handle(arg(1), HandlerFunc(func(*RoutePointSession) {}))
			h.p.HandleDefault(nil)
		default:
			h.t.Fatalf("%s: unknown handler %q", h.file, arg(2))
		}
	case "rp":
		h.rp(f[1:])
	default:
		h.t.Fatalf("%s: unknown command %q", h.file, cmd)
	}
	if err != nil {
		h.printf("error: %v", err)
	}
}

// session finds "#101" (the latest session of the route point) or "#101@2" (session 2).
func (h *harness) session(ref string) *RoutePointSession {
	num, id, _ := strings.Cut(ref, "@")
	for i := len(h.sessions) - 1; i >= 0; i-- {
		s := h.sessions[i]
		if s.DN().Number != num {
			continue
		}
		if id == "" || strconv.Itoa(s.ID()) == id {
			return s
		}
	}
	h.t.Fatalf("%s: no session %q", h.file, ref)
	return nil
}

func (h *harness) cb(s *RoutePointSession, what string) func(Result) {
	return func(r Result) {
		line := fmt.Sprintf("cb s%d %s: ok=%v reason=%q", s.ID(), what, r.OK, r.Reason.String())
		if r.By != "" {
			line += " by=" + r.By
		}
		h.printf("%s", line)
	}
}

func (h *harness) rp(f []string) {
	s := h.session(f[0])
	arg := func(i int) string {
		if i < len(f) {
			return f[i]
		}
		return ""
	}
	switch f[1] {
	case "assure":
		s.AssureMedia(h.cb(s, "assure"))
	case "answer":
		s.Answer()
	case "route":
		var reqs []RouteRequest
		for _, t := range f[2:] {
			target, dur, _ := strings.Cut(t, "/")
			d, _ := time.ParseDuration(dur)
			reqs = append(reqs, RouteRequest{Target: target, Timeout: d})
		}
		id := 0
		id = s.RouteTo(reqs, func(r Result) { h.cb(s, "route r"+strconv.Itoa(id))(r) })
	case "divert":
		s.Divert(arg(2), h.cb(s, "divert"))
	case "replace":
		s.ReplaceWith(arg(2), h.cb(s, "replace"))
	case "replace-init":
		s.ReplaceWithInitOnly(arg(2), h.cb(s, "replace-init"))
	case "drop":
		s.Drop(h.cb(s, "drop"))
	case "bg":
		s.SetBackgroundAudio(arg(2) == "on", f[3:])
	case "prompt":
		var o PromptOptions
		var names []string
		for _, a := range f[2:] {
			switch a {
			case "-barge":
				o.CancelPlaybackAtFirstChar = true
			case "-blocked":
				o.Blocked = true
			case "-unblock":
				o.UnblockWhenFinished = true
			default:
				names = append(names, a)
			}
		}
		s.PlayPrompt(names, o, h.cb(s, "prompt"))
	case "terminate":
		s.Terminate()
	case "return":
		s.Return(arg(2) == "true")
	case "default":
		s.SetDefaultRoute(arg(2), "")
	case "log":
		lv, _ := ParseLogLevel(arg(2))
		s.Log(lv, "script.cs(1,1)", strings.Join(f[3:], " "))
	case "fault":
		s.Fault(strings.Join(f[2:], " "), "script.cs(9,5)")
	case "mode":
		m := map[string]ExecMode{"active": ModeActive, "passive": ModePassive, "wrapup": ModeWrapup}[arg(2)]
		s.SetMode(m)
	case "info":
		in := s.Info()
		h.printf("info %s rp=%s caller=%s name=%q callerdn=%s kind=%s called=%s did-name=%q dialed=%s referred-by=%q on-behalf-of=%q status=%s inbound=%v since=%s",
			in.CallID, in.RoutePoint, in.CallerID, in.CallerName, in.CallerDN, in.CallerKind, in.CalledNumber, in.DIDName,
			in.DialedNumber, in.ReferredBy, in.OnBehalfOf, in.Status, in.Inbound, in.LastChange.Sub(h.p.Loop().Start()))
	case "on":
		// subscribe to notifications: rp #101 on terminated|dtmf|party|mode
		switch arg(2) {
		case "terminated":
			s.OnTerminated(func() { h.printf("cb s%d terminated", s.ID()) })
		case "dtmf":
			s.OnDTMF(func(d rune) { h.printf("cb s%d dtmf %c", s.ID(), d) })
		case "party":
			s.OnPartyChanged(func() { h.printf("cb s%d party changed", s.ID()) })
		case "mode":
			s.OnModeChanged(func(a, b ExecMode) { h.printf("cb s%d mode %s -> %s", s.ID(), a, b) })
		}
	case "cancel-routes":
		s.CancelRoutes()
	default:
		h.t.Fatalf("%s: unknown rp command %q", h.file, f[1])
	}
}
