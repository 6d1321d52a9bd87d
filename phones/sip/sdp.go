package sip

import (
	"fmt"
	"strconv"
	"strings"
)

// SDP is the part of a session description rpbench uses: one audio stream.
// Reference: RFC 4566 (the format), RFC 3264 (offer/answer).
type SDP struct {
	// Addr is the connection address (c=, media level over session level).
	Addr string
	// Port is the audio stream's port (0: rejected stream).
	Port int
	// Formats are the payload types of the m=audio line, in order.
	Formats []int
	// EventType is the payload type of telephone-event/8000 (0: none).
	EventType int
	// Direction is sendrecv (default), sendonly, recvonly or inactive.
	Direction string
}

// SDPError is a malformed session description, with its 1-based line.
type SDPError struct {
	Line int
	Msg  string
}

// Error returns "sdp:line: message".
func (e *SDPError) Error() string { return fmt.Sprintf("sdp:%d: %s", e.Line, e.Msg) }

// ParseSDP parses a session description and returns its first audio stream.
func ParseSDP(body []byte) (*SDP, error) {
	s := &SDP{Direction: "sendrecv"}
	var sessionAddr, mediaAddr string
	inMedia, inAudio, seenAudio, done := false, false, false, false
	for i, line := range strings.Split(string(body), "\n") {
		n := i + 1
		line = strings.TrimRight(line, "\r")
		if line == "" {
			continue
		}
		if len(line) < 2 || line[1] != '=' {
			return nil, &SDPError{n, fmt.Sprintf("want type=value, got %q", clip(line))}
		}
		typ, val := line[0], line[2:]
		if typ == 'm' {
			if seenAudio {
				done = true // only the first audio stream counts
			}
			inMedia, inAudio = true, false
			f := strings.Fields(val)
			if len(f) < 3 {
				return nil, &SDPError{n, fmt.Sprintf("m= line needs media, port and proto: %q", clip(val))}
			}
			if f[0] == "audio" && !done {
				port, err := strconv.Atoi(strings.SplitN(f[1], "/", 2)[0])
				if err != nil || port < 0 || port > 65535 {
					return nil, &SDPError{n, fmt.Sprintf("bad port %q", clip(f[1]))}
				}
				s.Port, inAudio, seenAudio = port, true, true
				for _, pt := range f[3:] {
					v, err := strconv.Atoi(pt)
					if err != nil || v < 0 || v > 127 {
						return nil, &SDPError{n, fmt.Sprintf("bad payload type %q", clip(pt))}
					}
					s.Formats = append(s.Formats, v)
				}
			}
			continue
		}
		if done || (inMedia && !inAudio) {
			continue
		}
		switch typ {
		case 'c':
			f := strings.Fields(val)
			if len(f) != 3 || f[0] != "IN" {
				return nil, &SDPError{n, fmt.Sprintf("c= line wants \"IN IP4 address\", got %q", clip(val))}
			}
			addr := strings.SplitN(f[2], "/", 2)[0]
			if inAudio {
				mediaAddr = addr
			} else {
				sessionAddr = addr
			}
		case 'a':
			name, arg, _ := strings.Cut(val, ":")
			switch name {
			case "sendrecv", "sendonly", "recvonly", "inactive":
				s.Direction = name
			case "rtpmap":
				pt, enc, ok := strings.Cut(arg, " ")
				if !ok {
					return nil, &SDPError{n, fmt.Sprintf("rtpmap wants \"<pt> <encoding>\", got %q", clip(arg))}
				}
				v, err := strconv.Atoi(pt)
				if err != nil {
					return nil, &SDPError{n, fmt.Sprintf("bad rtpmap payload type %q", clip(pt))}
				}
				if inAudio && strings.HasPrefix(strings.ToLower(enc), "telephone-event/") {
					s.EventType = v
				}
			}
		}
	}
	if !seenAudio {
		return nil, &SDPError{0, "no m=audio stream"}
	}
	s.Addr = mediaAddr
	if s.Addr == "" {
		s.Addr = sessionAddr
	}
	if s.Addr == "" {
		return nil, &SDPError{0, "no c= connection address"}
	}
	return s, nil
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "..."
	}
	return s
}

// Codec returns the first of the offered formats rpbench speaks (PCMU 0, PCMA 8).
func (s *SDP) Codec() (int, bool) {
	for _, f := range s.Formats {
		if f == 0 || f == 8 {
			return f, true
		}
	}
	return 0, false
}

// MarshalSDP writes rpbench's session description: one audio stream at
// addr:port with the formats (0 PCMU, 8 PCMA, and telephone-event when
// event is not 0), sessionID for o=, and the direction.
func MarshalSDP(addr string, port int, sessionID uint64, version int, formats []int, event int, direction string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "v=0\r\no=rpbench %d %d IN IP4 %s\r\ns=rpbench\r\nc=IN IP4 %s\r\nt=0 0\r\nm=audio %d RTP/AVP", sessionID, version, addr, addr, port)
	for _, f := range formats {
		fmt.Fprintf(&b, " %d", f)
	}
	if event != 0 {
		fmt.Fprintf(&b, " %d", event)
	}
	b.WriteString("\r\n")
	for _, f := range formats {
		switch f {
		case 0:
			b.WriteString("a=rtpmap:0 PCMU/8000\r\n")
		case 8:
			b.WriteString("a=rtpmap:8 PCMA/8000\r\n")
		}
	}
	if event != 0 {
		fmt.Fprintf(&b, "a=rtpmap:%d telephone-event/8000\r\na=fmtp:%d 0-15\r\n", event, event)
	}
	b.WriteString("a=ptime:20\r\na=" + direction + "\r\n")
	return []byte(b.String())
}
