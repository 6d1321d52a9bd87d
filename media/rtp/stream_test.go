package rtp

import (
	"net"
	"testing"
	"time"

	"github.com/pion/rtp"
)

func listen(t *testing.T) net.PacketConn {
	t.Helper()
	c, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Skipf("no UDP on 127.0.0.1: %v", err)
	}
	return c
}

// A stream sends its source as G.711 packets with the configured SSRC; the
// receiving stream decodes them and reports telephone-events once each.
func TestStreamSendsAndReceives(t *testing.T) {
	audio := make(chan []int16, 100)
	digits := make(chan rune, 10)
	b := Start(Config{Conn: listen(t), SSRC: 2, PayloadType: PCMU, EventType: 101,
		OnAudio: func(s []int16) {
			select {
			case audio <- append([]int16(nil), s...):
			default:
			}
		},
		OnDTMF: func(d rune) { digits <- d }})
	defer b.Close()
	a := Start(Config{Conn: listen(t), SSRC: 0x1234, Seq: 7, PayloadType: PCMU})
	defer a.Close()
	a.SetSource(func(out []int16) {
		for i := range out {
			out[i] = 1000
		}
	})
	a.SetRemote(b.LocalAddr())

	select {
	case s := <-audio:
		if len(s) != FrameSamples {
			t.Fatalf("got %d samples, want %d", len(s), FrameSamples)
		}
		if s[0] < 900 || s[0] > 1100 {
			t.Fatalf("sample %d, want about 1000", s[0])
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no audio within 5s")
	}

	// An event sent three times (as phones send the end packet) is one digit.
	c := listen(t)
	defer c.Close()
	for i := 0; i < 3; i++ {
		p := rtp.Packet{Header: rtp.Header{Version: 2, PayloadType: 101, Timestamp: 800, SequenceNumber: uint16(i)},
			Payload: []byte{11, 0x80 | 10, 0x03, 0x20}}
		raw, _ := p.Marshal()
		c.WriteTo(raw, b.LocalAddr())
	}
	p := rtp.Packet{Header: rtp.Header{Version: 2, PayloadType: 101, Timestamp: 1600, SequenceNumber: 9},
		Payload: []byte{5, 0x80, 0x03, 0x20}}
	raw, _ := p.Marshal()
	c.WriteTo(raw, b.LocalAddr())
	var got []rune
	for len(got) < 2 {
		select {
		case d := <-digits:
			got = append(got, d)
		case <-time.After(5 * time.Second):
			t.Fatalf("digits %q, want \"#5\"", string(got))
		}
	}
	if string(got) != "#5" {
		t.Fatalf("digits %q, want \"#5\"", string(got))
	}
}

func TestRelay(t *testing.T) {
	var r Relay
	r.Write([]int16{1, 2, 3})
	out := make([]int16, 5)
	r.Read(out)
	if want := []int16{1, 2, 3, 0, 0}; string(fmtS(out)) != string(fmtS(want)) {
		t.Fatalf("Read = %v, want %v", out, want)
	}
	r.Write(make([]int16, relayMax+50))
	r.Read(out)
	r.mu.Lock()
	n := len(r.buf)
	r.mu.Unlock()
	if n != relayMax-5 {
		t.Fatalf("relay keeps %d samples, want %d", n, relayMax-5)
	}
}

func fmtS(s []int16) []byte {
	var b []byte
	for _, v := range s {
		b = append(b, byte(v), byte(v>>8))
	}
	return b
}

func FuzzParseEvent(f *testing.F) {
	f.Add([]byte{11, 0x8a, 3, 0x20})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		e, err := ParseEvent(b)
		if err != nil {
			if len(b) >= 4 {
				t.Fatalf("error on %d bytes: %v", len(b), err)
			}
			return
		}
		if e.Volume > 63 {
			t.Fatalf("volume %d", e.Volume)
		}
		e.Digit()
	})
}
