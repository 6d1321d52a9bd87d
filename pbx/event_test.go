package pbx

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestEventJSON checks the NDJSON form: every event of a parking run is one valid
// JSON object with seq, time, kind and its fields; one line is checked exactly.
func TestEventJSON(t *testing.T) {
	p := New(DefaultConfig(), Options{})
	p.Handle("#101", ParkingHandler(15*time.Second, 15*time.Second))
	var lines []string
	var texts []string
	p.Subscribe(func(e Event) {
		b, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(b))
		texts = append(texts, e.String())
	})
	p.Dial("100", "102")
	p.Answer("102")
	p.BlindTransfer("100", "#101")
	p.Loop().RunFor(15 * time.Second)
	p.Answer("100")
	p.Loop().RunUntilIdle()
	kinds := map[string]bool{}
	for i, l := range lines {
		if strings.Contains(l, "\n") {
			t.Errorf("line %d has a newline: %s", i, l)
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("line %d: %v: %s", i, err, l)
		}
		if m["seq"].(float64) != float64(i+1) || m["kind"] == nil || m["time"] == nil {
			t.Errorf("line %d lacks seq/kind/time: %s", i, l)
		}
		kinds[m["kind"].(string)] = true
		if !strings.HasPrefix(texts[i], strconv.Itoa(i+1)+" ") || strings.Contains(texts[i], "\n") {
			t.Errorf("text %q", texts[i])
		}
	}
	for _, k := range []string{"op", "call", "conn", "transfer", "rp-start", "log", "rp-result", "bg-audio", "media", "route", "route-result", "mode", "return"} {
		if !kinds[k] {
			t.Errorf("no %q event in the run", k)
		}
	}
	want := `{"seq":23,"time":"2024-01-01T09:00:15Z","elapsed_ms":15000,"kind":"route","call":"c1","route_point":"#101","route":1,"targets":[{"target":"100","timeout_ns":15000000000}]}`
	found := false
	for _, l := range lines {
		if strings.Contains(l, `"kind":"route",`) {
			found = true
			if l != want {
				t.Errorf("route event JSON:\n got %s\nwant %s", l, want)
			}
		}
	}
	if !found {
		t.Error("no route event")
	}
}

func TestEnumStrings(t *testing.T) {
	for r := ReasonAnswered; r <= ReasonOK; r++ {
		got, ok := ParseReason(strings.ReplaceAll(r.String(), " ", "-"))
		if !ok || got != r {
			t.Errorf("ParseReason(%q) = %v, %v", r.String(), got, ok)
		}
	}
	if _, ok := ParseReason("nonsense"); ok {
		t.Error("ParseReason accepted nonsense")
	}
	for l := LevelTrace; l <= LevelCritical; l++ {
		if got, ok := ParseLogLevel(strings.ToUpper(l.String())); !ok || got != l {
			t.Errorf("ParseLogLevel(%q) = %v, %v", l, got, ok)
		}
	}
	if Reason(200).String() != "reason(200)" || ConnStatus(99).String() != "status(99)" || ExecMode(7).String() != "mode(7)" {
		t.Error("out-of-range enum strings")
	}
	if (Media{}).String() != "silence" || (Media{HearsMOH, "a.wav"}).String() != "moh:a.wav" {
		t.Error("Media.String")
	}
	if s := string(appendElapsed(nil, 3*time.Hour+4*time.Minute+5*time.Second+6*time.Millisecond)); s != "3:04:05.006" {
		t.Errorf("appendElapsed: %s", s)
	}
}

func TestWAVDuration(t *testing.T) {
	if _, ok := WAVDuration([]byte("RIFF....WAVEjunk")); ok {
		t.Error("accepted a WAV without chunks")
	}
	if _, ok := WAVDuration(nil); ok {
		t.Error("accepted nothing")
	}
}
