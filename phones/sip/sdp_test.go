package sip

import (
	"strings"
	"testing"
)

// Reference: RFC 4566 §5 (c= at session or media level, the media level wins),
// RFC 3264 §5.1 (direction attributes), RFC 4733 §7 (telephone-event rtpmap).
func TestParseSDP(t *testing.T) {
	tests := []struct {
		name, in string
		want     SDP
		err      string
	}{
		{"session c=", "v=0\r\nc=IN IP4 10.0.0.1\r\nm=audio 4000 RTP/AVP 8 0 101\r\na=rtpmap:101 telephone-event/8000\r\n",
			SDP{Addr: "10.0.0.1", Port: 4000, Formats: []int{8, 0, 101}, EventType: 101, Direction: "sendrecv"}, ""},
		{"media c= wins, sendonly", "v=0\nc=IN IP4 10.0.0.1\nm=audio 4000 RTP/AVP 0\nc=IN IP4 10.0.0.2\na=sendonly\n",
			SDP{Addr: "10.0.0.2", Port: 4000, Formats: []int{0}, Direction: "sendonly"}, ""},
		{"video ignored", "c=IN IP4 1.2.3.4\nm=video 5000 RTP/AVP 96\na=inactive\nm=audio 4002 RTP/AVP 0\n",
			SDP{Addr: "1.2.3.4", Port: 4002, Formats: []int{0}, Direction: "sendrecv"}, ""},
		{"no audio", "v=0\nc=IN IP4 1.2.3.4\n", SDP{}, "sdp:0: no m=audio stream"},
		{"bad line", "v=0\nhello\n", SDP{}, "sdp:2: want type=value"},
		{"bad port", "m=audio x RTP/AVP 0\n", SDP{}, "sdp:1: bad port \"x\""},
		{"bad pt", "m=audio 4000 RTP/AVP 0 999\n", SDP{}, "sdp:1: bad payload type \"999\""},
		{"no c=", "m=audio 4000 RTP/AVP 0\n", SDP{}, "sdp:0: no c= connection address"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseSDP([]byte(tc.in))
			if tc.err != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tc.err) {
					t.Fatalf("error %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.Addr != tc.want.Addr || got.Port != tc.want.Port || got.EventType != tc.want.EventType ||
				got.Direction != tc.want.Direction || len(got.Formats) != len(tc.want.Formats) {
				t.Fatalf("got %+v, want %+v", *got, tc.want)
			}
			for i := range got.Formats {
				if got.Formats[i] != tc.want.Formats[i] {
					t.Fatalf("formats %v, want %v", got.Formats, tc.want.Formats)
				}
			}
		})
	}
}

// What MarshalSDP writes, ParseSDP reads back.
func TestMarshalSDPRoundTrip(t *testing.T) {
	b := MarshalSDP("127.0.0.1", 20002, 42, 1, []int{0, 8}, 101, "recvonly")
	d, err := ParseSDP(b)
	if err != nil {
		t.Fatalf("%v\n%s", err, b)
	}
	if d.Addr != "127.0.0.1" || d.Port != 20002 || d.EventType != 101 || d.Direction != "recvonly" {
		t.Fatalf("got %+v from\n%s", *d, b)
	}
	if c, ok := d.Codec(); !ok || c != 0 {
		t.Fatalf("codec %d %v, want PCMU", c, ok)
	}
}

func TestParseDTMFInfo(t *testing.T) {
	tests := []struct {
		ct, body string
		want     rune
		err      bool
	}{
		{"application/dtmf-relay", "Signal=5\r\nDuration=160\r\n", '5', false},
		{"application/dtmf-relay", "Signal= #\r\n", '#', false},
		{"application/dtmf-relay", "Signal=11\r\n", '#', false},
		{"application/dtmf", "*", '*', false},
		{"application/dtmf", "", 0, false},
		{"application/dtmf", "x", 0, true},
		{"application/dtmf-relay", "Duration=160", 0, true},
		{"text/plain", "5", 0, true},
	}
	for _, tc := range tests {
		got, err := ParseDTMFInfo(tc.ct, []byte(tc.body))
		if (err != nil) != tc.err || got != tc.want {
			t.Errorf("ParseDTMFInfo(%q, %q) = %q, %v; want %q, error %v", tc.ct, tc.body, got, err, tc.want, tc.err)
		}
	}
}

func FuzzParseSDP(f *testing.F) {
	f.Add([]byte("v=0\r\nc=IN IP4 10.0.0.1\r\nm=audio 4000 RTP/AVP 8 0 101\r\na=rtpmap:101 telephone-event/8000\r\na=sendonly\r\n"))
	f.Add([]byte("m=audio 1/2 RTP/AVP\nc=IN IP4 a/1\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := ParseSDP(b)
		if err != nil {
			return
		}
		if d.Port < 0 || d.Port > 65535 || d.Addr == "" {
			t.Fatalf("accepted %+v", *d)
		}
		for _, f := range d.Formats {
			if f < 0 || f > 127 {
				t.Fatalf("format %d", f)
			}
		}
	})
}

func FuzzParseDTMFInfo(f *testing.F) {
	f.Add("application/dtmf-relay", []byte("Signal=5\r\nDuration=160"))
	f.Add("application/dtmf", []byte("#"))
	f.Fuzz(func(t *testing.T, ct string, b []byte) {
		d, err := ParseDTMFInfo(ct, b)
		if err == nil && d != 0 && !strings.ContainsRune("0123456789*#ABCD", d) {
			t.Fatalf("digit %q", d)
		}
	})
}
