package rtp

import (
	"errors"
	"fmt"
	"net"
	"sync"
	"time"

	"github.com/pion/rtp"
)

// Frame is the length of one packet's audio: 20 ms, 160 samples at 8 kHz.
const (
	Frame        = 20 * time.Millisecond
	FrameSamples = 160
)

// Config configures a Stream.
type Config struct {
	// Conn is the local RTP socket; the stream owns it from Start on.
	Conn net.PacketConn
	// SSRC, Seq and Timestamp start the outgoing packets (from the PBX's seed).
	SSRC      uint32
	Seq       uint16
	Timestamp uint32
	// PayloadType is PCMU or PCMA.
	PayloadType uint8
	// EventType is the payload type of telephone-event (RFC 4733), 0 when not negotiated.
	EventType uint8
	// OnDTMF, when set, receives each telephone-event digit once (on its own goroutine).
	OnDTMF func(digit rune)
	// OnAudio, when set, receives the decoded samples of each voice packet.
	OnAudio func(samples []int16)
}

// Stream sends a packet of audio from its source every Frame to the remote
// address and reads what the remote side sends. Its methods are safe from any
// goroutine.
type Stream struct {
	cfg  Config
	done chan struct{}
	wg   sync.WaitGroup

	mu      sync.Mutex
	remote  net.Addr
	source  func(out []int16)
	sending bool
	sent    uint64
	recv    uint64
	closed  bool
}

// Start starts a stream on cfg.Conn; nothing is sent until SetRemote.
func Start(cfg Config) *Stream {
	s := &Stream{cfg: cfg, done: make(chan struct{}), sending: true}
	s.wg.Add(2)
	go s.sendLoop()
	go s.recvLoop()
	return s
}

// LocalAddr returns the local RTP address.
func (s *Stream) LocalAddr() net.Addr { return s.cfg.Conn.LocalAddr() }

// SetRemote sets where packets go (nil stops sending).
func (s *Stream) SetRemote(a net.Addr) {
	s.mu.Lock()
	s.remote = a
	s.mu.Unlock()
}

// SetSource sets the audio source: f fills out with the next samples (nil: silence).
func (s *Stream) SetSource(f func(out []int16)) {
	s.mu.Lock()
	s.source = f
	s.mu.Unlock()
}

// SetSending switches sending on or off (a held or inactive stream sends nothing).
func (s *Stream) SetSending(on bool) {
	s.mu.Lock()
	s.sending = on
	s.mu.Unlock()
}

// Counts returns how many packets were sent and received.
func (s *Stream) Counts() (sent, received uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.sent, s.recv
}

// Close stops the stream and closes its socket.
func (s *Stream) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	s.mu.Unlock()
	close(s.done)
	err := s.cfg.Conn.Close()
	s.wg.Wait()
	return err
}

func (s *Stream) sendLoop() {
	defer s.wg.Done()
	tick := time.NewTicker(Frame)
	defer tick.Stop()
	pkt := rtp.Packet{Header: rtp.Header{Version: 2, PayloadType: s.cfg.PayloadType, SSRC: s.cfg.SSRC,
		SequenceNumber: s.cfg.Seq, Timestamp: s.cfg.Timestamp, Marker: true}}
	samples := make([]int16, FrameSamples)
	var payload, buf []byte
	for {
		select {
		case <-s.done:
			return
		case <-tick.C:
		}
		s.mu.Lock()
		remote, source, sending := s.remote, s.source, s.sending
		s.mu.Unlock()
		if remote != nil && sending {
			clear(samples)
			if source != nil {
				source(samples)
			}
			payload = Encode(payload[:0], s.cfg.PayloadType, samples)
			pkt.Payload = payload
			var err error
			buf, err = appendPacket(buf[:0], &pkt)
			if err == nil {
				if _, err := s.cfg.Conn.WriteTo(buf, remote); err == nil {
					s.mu.Lock()
					s.sent++
					s.mu.Unlock()
				}
			}
			pkt.Marker = false
			pkt.SequenceNumber++
		}
		// The timestamp runs on while nothing is sent (RFC 3550 §5.1: it counts sampling instants).
		pkt.Timestamp += FrameSamples
	}
}

func appendPacket(dst []byte, p *rtp.Packet) ([]byte, error) {
	n := p.MarshalSize()
	if cap(dst) < n {
		dst = make([]byte, n)
	}
	dst = dst[:n]
	m, err := p.MarshalTo(dst)
	return dst[:m], err
}

func (s *Stream) recvLoop() {
	defer s.wg.Done()
	buf := make([]byte, 1500)
	var pkt rtp.Packet
	var lastEventTS uint32
	haveEvent := false
	var samples []int16
	for {
		n, _, err := s.cfg.Conn.ReadFrom(buf)
		if err != nil {
			if errors.Is(err, net.ErrClosed) {
				return
			}
			select {
			case <-s.done:
				return
			default:
				continue
			}
		}
		if pkt.Unmarshal(buf[:n]) != nil {
			continue
		}
		s.mu.Lock()
		s.recv++
		s.mu.Unlock()
		switch pt := pkt.PayloadType; {
		case s.cfg.EventType != 0 && pt == s.cfg.EventType:
			ev, err := ParseEvent(pkt.Payload)
			if err != nil || (haveEvent && pkt.Timestamp == lastEventTS) {
				continue
			}
			haveEvent, lastEventTS = true, pkt.Timestamp
			if d, ok := ev.Digit(); ok && s.cfg.OnDTMF != nil {
				s.cfg.OnDTMF(d)
			}
		case pt == PCMU || pt == PCMA:
			if s.cfg.OnAudio != nil {
				samples = Decode(samples[:0], pt, pkt.Payload)
				s.cfg.OnAudio(samples)
			}
		}
	}
}

// Event is an RFC 4733 telephone-event payload.
// Reference: RFC 4733 §2.3 (event 8 bits, E, R, volume 6 bits, duration 16 bits).
type Event struct {
	Code     uint8
	End      bool
	Volume   uint8
	Duration uint16
}

// ParseEvent parses a telephone-event payload.
func ParseEvent(b []byte) (Event, error) {
	if len(b) < 4 {
		return Event{}, fmt.Errorf("telephone-event: payload of %d bytes, want 4", len(b))
	}
	return Event{Code: b[0], End: b[1]&0x80 != 0, Volume: b[1] & 0x3f, Duration: uint16(b[2])<<8 | uint16(b[3])}, nil
}

// Digit returns the DTMF digit of the event (0-9, *, #, A-D); false for other events.
// Reference: RFC 4733 §3.2 table 3.
func (e Event) Digit() (rune, bool) {
	const digits = "0123456789*#ABCD"
	if int(e.Code) < len(digits) {
		return rune(digits[e.Code]), true
	}
	return 0, false
}

// Relay carries one phone's voice to another: Write from the receiving stream,
// Read as the sending stream's source. It keeps at most 200 ms; a slow reader
// loses the oldest samples, a fast one reads silence.
type Relay struct {
	mu  sync.Mutex
	buf []int16
}

const relayMax = 10 * FrameSamples

// Write appends samples.
func (r *Relay) Write(samples []int16) {
	r.mu.Lock()
	r.buf = append(r.buf, samples...)
	if over := len(r.buf) - relayMax; over > 0 {
		r.buf = append(r.buf[:0], r.buf[over:]...)
	}
	r.mu.Unlock()
}

// Read fills out with the oldest samples (silence where there are none).
func (r *Relay) Read(out []int16) {
	r.mu.Lock()
	n := copy(out, r.buf)
	r.buf = append(r.buf[:0], r.buf[n:]...)
	r.mu.Unlock()
	clear(out[n:])
}
