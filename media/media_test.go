package media

import (
	"encoding/binary"
	"errors"
	"strings"
	"testing"
)

func TestWAVRoundTrip(t *testing.T) {
	in := &Clip{Samples: []int16{0, 1000, -1000, 32767, -32768}}
	out, err := DecodeWAV(EncodeWAV(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Samples) != len(in.Samples) {
		t.Fatalf("decoded %d samples, want %d", len(out.Samples), len(in.Samples))
	}
	for i := range in.Samples {
		if out.Samples[i] != in.Samples[i] {
			t.Errorf("sample %d = %d, want %d", i, out.Samples[i], in.Samples[i])
		}
	}
}

// wav builds a WAV file by hand.
func wav(format, channels uint16, rate uint32, bits uint16, data []byte) []byte {
	b := []byte("RIFF\x00\x00\x00\x00WAVEfmt \x10\x00\x00\x00")
	b = binary.LittleEndian.AppendUint16(b, format)
	b = binary.LittleEndian.AppendUint16(b, channels)
	b = binary.LittleEndian.AppendUint32(b, rate)
	b = binary.LittleEndian.AppendUint32(b, rate*uint32(channels*bits/8))
	b = binary.LittleEndian.AppendUint16(b, channels*bits/8)
	b = binary.LittleEndian.AppendUint16(b, bits)
	b = append(b, "data"...)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(data)))
	return append(b, data...)
}

func TestDecodeFormats(t *testing.T) {
	stereo16 := []byte{}
	for _, v := range []int16{100, 300, -100, -300} { // two frames: (100,300) (-100,-300)
		stereo16 = binary.LittleEndian.AppendUint16(stereo16, uint16(v))
	}
	tests := []struct {
		name string
		file []byte
		want []int16
	}{
		{"stereo averaged", wav(1, 2, 8000, 16, stereo16), []int16{200, -200}},
		{"8-bit unsigned", wav(1, 1, 8000, 8, []byte{128, 255, 0}), []int16{0, 127 << 8, -128 << 8}},
		// Reference: ITU-T G.711 tables: µ-law 0xFF is 0, 0x80 is +32124; A-law 0xD5 is +8, 0x55 is -8.
		{"mu-law", wav(7, 1, 8000, 8, []byte{0xFF, 0x80, 0x00}), []int16{0, 32124, -32124}},
		{"a-law", wav(6, 1, 8000, 8, []byte{0xD5, 0x55}), []int16{8, -8}},
		{"16 kHz halved", wav(1, 1, 16000, 16, binary.LittleEndian.AppendUint16(binary.LittleEndian.AppendUint16(binary.LittleEndian.AppendUint16(binary.LittleEndian.AppendUint16(nil, 10), 20), 30), 40)), []int16{10, 30}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := DecodeWAV(tt.file)
			if err != nil {
				t.Fatal(err)
			}
			if len(c.Samples) != len(tt.want) {
				t.Fatalf("got %v, want %v", c.Samples, tt.want)
			}
			for i := range tt.want {
				if c.Samples[i] != tt.want[i] {
					t.Errorf("got %v, want %v", c.Samples, tt.want)
					break
				}
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name string
		file []byte
		want string
	}{
		{"empty", nil, "not a RIFF/WAVE file"},
		{"no data", []byte("RIFF\x04\x00\x00\x00WAVE"), "no data chunk"},
		{"float", wav(3, 1, 8000, 32, make([]byte, 8)), "format 3 with 32 bits is not supported"},
		{"data first", []byte("RIFF\x00\x00\x00\x00WAVEdata\x02\x00\x00\x00\x00\x00"), "data chunk at byte 12 comes before the fmt chunk"},
		{"bad rate", wav(1, 1, 10, 16, make([]byte, 4)), "sample rate 10 Hz is out of range"},
	}
	for _, tt := range tests {
		_, err := DecodeWAV(tt.file)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
	}
}

func TestToneCadence(t *testing.T) {
	tone, ok := ToneNamed("ringback")
	if !ok {
		t.Fatal("no ringback tone")
	}
	c := tone.Render()
	if got := c.Duration(); got != 5000 {
		t.Fatalf("ringback period %d ms, want 5000", got)
	}
	loud := func(from, to int) bool {
		for _, s := range c.Samples[from*Rate/1000 : to*Rate/1000] {
			if s > 1000 || s < -1000 {
				return true
			}
		}
		return false
	}
	if !loud(0, 1000) || loud(1000, 5000) {
		t.Error("ringback is not 1 s on, 4 s off")
	}
	if _, ok := ToneNamed("whistle"); ok {
		t.Error("an unknown tone was found")
	}
}

func TestPlayer(t *testing.T) {
	files := map[string][]byte{"music/jazz.wav": EncodeWAV(&Clip{Samples: []int16{1, 2, 3}})}
	p := &Player{ReadFile: func(name string) ([]byte, error) {
		if b, ok := files[name]; ok {
			return b, nil
		}
		return nil, errors.New("no such file")
	}}
	buf := make([]int16, 7)
	p.Read(buf)
	if buf[0] != 0 || buf[6] != 0 || p.Playing() != "" {
		t.Errorf("a new player plays %v (%q)", buf, p.Playing())
	}
	if got := p.Hear("moh", "music/jazz.wav"); got != "music jazz.wav" {
		t.Errorf("Hear moh = %q", got)
	}
	p.Read(buf)
	if want := []int16{1, 2, 3, 1, 2, 3, 1}; !equal(buf, want) {
		t.Errorf("looped %v, want %v", buf, want)
	}
	p.SetMuted(true)
	p.Read(buf)
	if buf[0] != 0 {
		t.Errorf("muted player plays %v", buf)
	}
	p.SetMuted(false)
	if got := p.Hear("moh", "music/missing.wav"); got != "music (demo)" {
		t.Errorf("a missing MOH file plays %q, want the demo music", got)
	}
	if got := p.Hear("prompt", "missing.wav"); got != "" {
		t.Errorf("a missing prompt plays %q, want silence", got)
	}
	if got := p.Hear("tone", "busy"); got != "tone busy" {
		t.Errorf("Hear tone busy = %q", got)
	}
	if got := p.Hear("party", "101"); got != "" {
		t.Errorf("Hear party = %q, want silence", got)
	}
}

func equal(a, b []int16) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestDemoMusic(t *testing.T) {
	c := DemoMusic()
	if c.Duration() < 5000 {
		t.Errorf("demo music lasts %d ms", c.Duration())
	}
}
