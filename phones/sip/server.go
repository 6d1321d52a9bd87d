// Package sip lets real SIP phones join rpbench's PBX: a registrar for the
// configured extensions, and a user agent that turns SIP dialogs into PBX
// operations and PBX connections into SIP dialogs (sipgo over UDP). A
// registered phone becomes its extension's pbx.Endpoint: a call the PBX
// offers it becomes an INVITE, a call the phone makes becomes pbx Dial,
// BYE/CANCEL a drop, a re-INVITE with a=sendonly or a=inactive Hold (and back
// to sendrecv Resume), REFER a blind transfer, and DTMF (RFC 4733 events in
// RTP or SIP INFO) SendDTMF. What each phone hears (music on hold, prompts,
// tones, silence, or the other phone's voice when both are SIP) is sent as
// G.711 RTP every 20 ms by package media/rtp.
//
// All state lives on the PBX loop: sipgo's goroutines post their requests to
// the loop and wait for the answer, and the loop starts goroutines for the
// requests it sends. Call-IDs, tags, CSeqs, SDP session ids and SSRCs come
// from the loop's seeded generator (so do the branches of INVITEs; other
// requests get sipgo's).
package sip

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/emiago/sipgo"
	"github.com/emiago/sipgo/sip"

	"rpbench/media"
	"rpbench/media/rtp"
	"rpbench/pbx"
)

// Options configure a Server.
type Options struct {
	// Listen is the UDP address SIP listens on ("127.0.0.1:5060"; port 0 picks one).
	Listen string
	// RTPPorts is the range of local RTP ports [first, last]; zero picks any free port.
	RTPPorts [2]int
	// Logger receives sipgo's log (nil: discarded).
	Logger *slog.Logger
}

// Server is the SIP side of a PBX. Create it with New, run it with Serve.
type Server struct {
	p    *pbx.PBX
	opts Options
	host string
	port int

	ua   *sipgo.UserAgent
	srv  *sipgo.Server
	cli  *sipgo.Client
	conn net.PacketConn

	ctx    context.Context
	cancel context.CancelFunc

	portMu   sync.Mutex
	nextPort int

	// Owned by the loop.
	regs   map[string]*binding
	legs   []*leg
	nonces map[string]bool // digest nonces issued
}

// binding is a registered phone.
type binding struct {
	ext     string
	contact sip.Uri
	expires time.Duration
	stop    func() bool
}

// New binds the SIP socket and prepares the server for p; it attaches to the
// PBX on the loop (post-ordered before any SIP request). Close releases it.
func New(p *pbx.PBX, opts Options) (*Server, error) {
	if opts.Listen == "" {
		opts.Listen = "127.0.0.1:5060"
	}
	if r := opts.RTPPorts; r[0] > r[1] || r[0] < 0 || r[1] > 65535 {
		return nil, fmt.Errorf("rtp ports %d-%d: want first <= last within 0-65535", r[0], r[1])
	}
	conn, err := net.ListenPacket("udp", opts.Listen)
	if err != nil {
		return nil, fmt.Errorf("sip: %w", err)
	}
	ua := conn.LocalAddr().(*net.UDPAddr)
	s := &Server{p: p, opts: opts, host: ua.IP.String(), port: ua.Port, conn: conn,
		regs: map[string]*binding{}, nonces: map[string]bool{}, nextPort: opts.RTPPorts[0]}
	logger := opts.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	s.ua, err = sipgo.NewUA(sipgo.WithUserAgent("rpbench"), sipgo.WithUserAgentHostname(s.host),
		sipgo.WithUserAgentTransportLayerOptions(sip.WithTransportLayerLogger(logger)),
		sipgo.WithUserAgentTransactionLayerOptions(sip.WithTransactionLayerLogger(logger),
			// A response no transaction waits for (a peer's late retransmission, or its
			// 200 to a BYE both sides sent after a REFER) goes to our logger, never to
			// sipgo's default one, which writes to stderr.
			sip.WithTransactionLayerUnhandledResponseHandler(func(r *sip.Response) {
				logger.Debug("unhandled SIP response", "msg", r.Short())
			})))
	if err == nil {
		s.srv, err = sipgo.NewServer(s.ua, sipgo.WithServerLogger(logger))
	}
	if err == nil {
		s.cli, err = sipgo.NewClient(s.ua, sipgo.WithClientLogger(logger),
			sipgo.WithClientAddr(conn.LocalAddr().String()))
	}
	if err != nil {
		conn.Close()
		return nil, fmt.Errorf("sip: %w", err)
	}
	s.ctx, s.cancel = context.WithCancel(context.Background())
	p.Post(s.attach)
	s.srv.OnRegister(s.onRegister)
	s.srv.OnInvite(s.onInvite)
	s.srv.OnAck(s.onAck)
	s.srv.OnBye(s.onBye)
	s.srv.OnRefer(s.onRefer)
	s.srv.OnInfo(s.onInfo)
	s.srv.OnOptions(func(req *sip.Request, tx sip.ServerTransaction) {
		tx.Respond(sip.NewResponseFromRequest(req, 200, "OK", nil))
	})
	s.srv.OnNotify(func(req *sip.Request, tx sip.ServerTransaction) {
		tx.Respond(sip.NewResponseFromRequest(req, 200, "OK", nil))
	})
	return s, nil
}

// Addr returns the SIP address the server listens on ("127.0.0.1:5060").
func (s *Server) Addr() string { return net.JoinHostPort(s.host, strconv.Itoa(s.port)) }

// Serve handles SIP until ctx is done or Close is called.
func (s *Server) Serve(ctx context.Context) error {
	go func() {
		select {
		case <-ctx.Done():
		case <-s.ctx.Done():
		}
		s.conn.Close()
	}()
	err := s.srv.ServeUDP(s.conn)
	if ctx.Err() != nil || s.ctx.Err() != nil || errors.Is(err, net.ErrClosed) {
		return nil
	}
	return err
}

// Close stops the server, its RTP streams and its transactions.
func (s *Server) Close() error {
	s.cancel()
	s.conn.Close()
	done := make(chan struct{})
	s.p.Post(func() {
		for _, l := range s.legs {
			l.closeMedia()
		}
		close(done)
	})
	select {
	case <-done:
	case <-time.After(2 * time.Second): // the loop is no longer running
	}
	return s.ua.Close()
}

// onLoop runs f on the loop and waits for it (false when the server stops first).
func (s *Server) onLoop(f func()) bool {
	done := make(chan struct{})
	s.p.Post(func() { f(); close(done) })
	select {
	case <-done:
		return true
	case <-s.ctx.Done():
		return false
	}
}

// note adds a sip note to the trace (on the loop).
func (s *Server) note(call pbx.CallID, format string, args ...any) {
	s.p.Emit(call, pbx.Note{Source: "sip", Msg: fmt.Sprintf(format, args...)})
}

func respond(tx sip.ServerTransaction, req *sip.Request, code int, reason string) {
	tx.Respond(sip.NewResponseFromRequest(req, code, reason, nil))
}

// --- registrar ---

func (s *Server) onRegister(req *sip.Request, tx sip.ServerTransaction) {
	to := req.To()
	if to == nil {
		respond(tx, req, 400, "Missing To")
		return
	}
	ext := to.Address.User
	expires := 3600
	if h := req.GetHeader("Expires"); h != nil {
		if v, err := strconv.Atoi(strings.TrimSpace(h.Value())); err == nil && v >= 0 {
			expires = v
		}
	}
	contact := req.Contact()
	if contact != nil {
		if v, ok := contact.Params.Get("expires"); ok {
			if n, err := strconv.Atoi(v); err == nil && n >= 0 {
				expires = n
			}
		}
		if contact.Address.Wildcard {
			expires = 0
		}
	}
	if contact == nil {
		expires = -1 // a query: answer with the binding
	}
	if expires > 0 && expires < 60 {
		expires = 60
	}
	code, reason, wwwAuth := 200, "OK", ""
	var bound *binding
	ok := s.onLoop(func() {
		dn := s.p.DN(ext)
		if dn == nil || dn.Kind != pbx.KindExtension {
			code, reason = 404, "Not Found"
			return
		}
		if pw := dn.Property("password"); pw != "" && !s.authorized(req, ext, pw) {
			code, reason, wwwAuth = 401, "Unauthorized", s.challenge()
			return
		}
		switch {
		case expires == 0:
			s.unregister(ext, "unregistered")
		case expires > 0:
			s.register(ext, contact.Address, time.Duration(expires)*time.Second)
		}
		if b := s.regs[ext]; b != nil {
			c := *b
			bound = &c
		}
	})
	if !ok {
		return
	}
	res := sip.NewResponseFromRequest(req, code, reason, nil)
	if wwwAuth != "" {
		res.AppendHeader(sip.NewHeader("WWW-Authenticate", wwwAuth))
	}
	if code == 200 && bound != nil {
		c := &sip.ContactHeader{Address: bound.contact, Params: sip.NewParams()}
		c.Params.Add("expires", strconv.Itoa(int(bound.expires/time.Second)))
		res.AppendHeader(c)
	}
	tx.Respond(res)
}

// register binds ext to contact on the loop and makes the phone its endpoint.
func (s *Server) register(ext string, contact sip.Uri, expires time.Duration) {
	b := s.regs[ext]
	if b == nil {
		b = &binding{ext: ext}
		s.regs[ext] = b
		s.p.SetEndpoint(ext, &endpoint{s: s, ext: ext})
		s.p.SetRegistered(ext, true)
		s.note(0, "registered %s at %s for %s", ext, contact.String(), expires)
	} else {
		b.stop()
	}
	b.contact, b.expires = contact, expires
	b.stop = s.p.AfterFunc(expires, func() { s.unregister(ext, "registration expired") })
}

// unregister removes ext's binding on the loop.
func (s *Server) unregister(ext, why string) {
	b := s.regs[ext]
	if b == nil {
		return
	}
	b.stop()
	delete(s.regs, ext)
	s.p.SetEndpoint(ext, nil)
	s.p.SetRegistered(ext, false)
	s.note(0, "%s %s", why, ext)
}

// --- dialogs ---

type legState int

const (
	legEarly legState = iota
	legConfirmed
	legEnded
)

// leg is one SIP dialog bound to one PBX connection.
type leg struct {
	s        *Server
	ext      string
	incoming bool // the phone sent the INVITE
	state    legState
	conn     *pbx.Connection

	callID              string
	localTag, remoteTag string
	localURI, remoteURI sip.Uri
	localName           string
	target              sip.Uri // the remote target (Contact)
	cseq                uint32
	invite              *sip.Request // the phone's INVITE (for the answer), or ours
	inviteVia           *sip.ViaHeader
	inviteFrom          sip.Header
	inviteTo            sip.Header
	inviteCSeq          uint32
	final               chan *sip.Response
	acked               chan struct{} // closed by the ACK of our 2xx
	referring           bool
	provisional         bool // a provisional response to our INVITE came
	cancelPending       bool // CANCEL as soon as one comes
	held                bool

	sessionID uint64
	sdpVer    int
	codec     int
	event     int
	remoteRTP *net.UDPAddr
	stream    *rtp.Stream
	player    *media.Player
	voice     rtp.Relay // what this phone says
	out       chan func()
}

// newLeg makes a leg with ids from the loop's generator and an RTP socket.
func (s *Server) newLeg(ext string, incoming bool) (*leg, error) {
	pc, err := s.listenRTP()
	if err != nil {
		return nil, err
	}
	r := s.p.Loop().Rand()
	l := &leg{s: s, ext: ext, incoming: incoming, localTag: fmt.Sprintf("%08x", r.Uint32()),
		cseq: 1 + r.Uint32()&0x7fff, sessionID: r.Uint64() >> 1, codec: rtp.PCMU,
		player: &media.Player{Dir: s.p.Config().Dir}, out: make(chan func(), 16)}
	cfg := rtp.Config{Conn: pc, SSRC: r.Uint32(), Seq: uint16(r.Uint32()), Timestamp: r.Uint32(), PayloadType: rtp.PCMU}
	l.startMedia(cfg)
	go l.sender(s.ctx)
	s.legs = append(s.legs, l)
	return l, nil
}

// startMedia starts the leg's RTP stream.
func (l *leg) startMedia(cfg rtp.Config) {
	s := l.s
	cfg.OnAudio = l.voice.Write
	cfg.OnDTMF = func(d rune) {
		s.p.Post(func() {
			if l.conn != nil && l.conn.Status == pbx.StatusConnected {
				s.p.SendDTMF(l.ext, string(d))
			}
		})
	}
	l.stream = rtp.Start(cfg)
	l.stream.SetSource(l.player.Read)
}

// closeMedia stops the leg's RTP stream.
func (l *leg) closeMedia() {
	if l.stream != nil {
		l.stream.Close()
	}
}

// sender runs the leg's in-dialog requests one after the other.
func (l *leg) sender(ctx context.Context) {
	for {
		select {
		case f := <-l.out:
			f()
		case <-ctx.Done():
			return
		}
	}
}

func (s *Server) listenRTP() (net.PacketConn, error) {
	r := s.opts.RTPPorts
	if r[0] == 0 && r[1] == 0 {
		return net.ListenPacket("udp", net.JoinHostPort(s.host, "0"))
	}
	s.portMu.Lock()
	defer s.portMu.Unlock()
	n := r[1] - r[0] + 1
	for i := 0; i < n; i += 2 {
		port := s.nextPort
		s.nextPort += 2 // RTP ports are even by convention (RFC 3550 §11)
		if s.nextPort > r[1] {
			s.nextPort = r[0]
		}
		if pc, err := net.ListenPacket("udp", net.JoinHostPort(s.host, strconv.Itoa(port))); err == nil {
			return pc, nil
		}
	}
	return nil, fmt.Errorf("no free RTP port in %d-%d", r[0], r[1])
}

func (s *Server) legByCallID(id string) *leg {
	for _, l := range s.legs {
		if l.callID == id && l.state != legEnded {
			return l
		}
	}
	return nil
}

func (s *Server) legByConn(c *pbx.Connection) *leg {
	for _, l := range s.legs {
		if l.conn == c {
			return l
		}
	}
	return nil
}

// end forgets the leg and stops its media (on the loop).
func (s *Server) end(l *leg) {
	if l.state == legEnded {
		return
	}
	l.state = legEnded
	l.closeMedia()
	if l.acked != nil {
		select {
		case <-l.acked:
		default:
			close(l.acked) // stops retransmitting our 2xx
		}
	}
	for i, x := range s.legs {
		if x == l {
			s.legs = append(s.legs[:i], s.legs[i+1:]...)
			break
		}
	}
}

// applyRemoteSDP takes the remote side's address and codec.
func (l *leg) applyRemoteSDP(d *SDP) error {
	codec, ok := d.Codec()
	if !ok {
		return fmt.Errorf("no common codec (rpbench speaks PCMU and PCMA)")
	}
	ip := net.ParseIP(d.Addr)
	if ip == nil {
		return fmt.Errorf("connection address %q is not an IP address", d.Addr)
	}
	if codec != l.codec || d.EventType != l.event {
		// The stream's codec is fixed at start: restart it on a fresh socket of the same port.
		l.codec, l.event = codec, d.EventType
		old := l.stream
		addr := old.LocalAddr().String()
		old.Close()
		pc, err := net.ListenPacket("udp", addr)
		if err != nil {
			return err
		}
		r := l.s.p.Loop().Rand()
		l.startMedia(rtp.Config{Conn: pc, SSRC: r.Uint32(), Seq: uint16(r.Uint32()), Timestamp: r.Uint32(),
			PayloadType: uint8(codec), EventType: uint8(d.EventType)})
	}
	l.remoteRTP = &net.UDPAddr{IP: ip, Port: d.Port}
	if d.Port == 0 || d.Direction == "sendonly" || d.Direction == "inactive" {
		l.stream.SetRemote(nil)
	} else {
		l.stream.SetRemote(l.remoteRTP)
	}
	return nil
}

// localSDP is the leg's offer (formats nil: PCMU, PCMA) or answer.
func (l *leg) localSDP(formats []int, direction string) []byte {
	l.sdpVer++
	port := l.stream.LocalAddr().(*net.UDPAddr).Port
	ev := l.event
	if formats == nil {
		formats, ev = []int{rtp.PCMU, rtp.PCMA}, 101
	}
	return MarshalSDP(l.s.host, port, l.sessionID, l.sdpVer, formats, ev, direction)
}

// inDialog builds a request within the leg's dialog.
func (l *leg) inDialog(method sip.RequestMethod) *sip.Request {
	req := sip.NewRequest(method, l.target)
	from := &sip.FromHeader{DisplayName: l.localName, Address: l.localURI, Params: sip.NewParams()}
	from.Params.Add("tag", l.localTag)
	to := &sip.ToHeader{Address: l.remoteURI, Params: sip.NewParams()}
	if l.remoteTag != "" {
		to.Params.Add("tag", l.remoteTag)
	}
	callID := sip.CallIDHeader(l.callID)
	l.cseq++
	maxfwd := sip.MaxForwardsHeader(70)
	req.AppendHeader(from)
	req.AppendHeader(to)
	req.AppendHeader(&callID)
	req.AppendHeader(&sip.CSeqHeader{SeqNo: l.cseq, MethodName: method})
	req.AppendHeader(&maxfwd)
	req.AppendHeader(l.s.contact())
	return req
}

func (s *Server) contact() *sip.ContactHeader {
	return &sip.ContactHeader{Address: sip.Uri{Scheme: "sip", User: "rpbench", Host: s.host, Port: s.port}}
}

// send queues a non-INVITE request of the leg's dialog (in order).
func (l *leg) send(req *sip.Request) {
	s := l.s
	select {
	case l.out <- func() {
		ctx, cancel := context.WithTimeout(s.ctx, 32*time.Second)
		defer cancel()
		s.cli.Do(ctx, req)
	}:
	default:
	}
}

// bye ends the leg's confirmed dialog with BYE (on the loop).
func (l *leg) bye() {
	if l.state == legConfirmed {
		l.send(l.inDialog(sip.BYE))
	}
	l.s.end(l)
}

// hears updates what the leg plays (on the loop).
func (s *Server) hears(l *leg, m pbx.Media) {
	if m.Kind == pbx.HearsParty {
		var other *leg
		for _, x := range s.legs {
			if x != l && x.ext == m.What && x.conn != nil && l.conn != nil && x.conn.Call == l.conn.Call {
				other = x
			}
		}
		l.player.Hear("", "")
		if other != nil {
			l.stream.SetSource(other.voice.Read)
		} else {
			l.stream.SetSource(l.player.Read)
		}
		return
	}
	l.stream.SetSource(l.player.Read)
	l.player.Hear(m.Kind.String(), m.What)
}

// onEvent follows media events for SIP legs (a subscriber: no PBX operations here).
func (s *Server) onEvent(e pbx.Event) {
	m, ok := e.Data.(pbx.MediaChanged)
	if !ok {
		return
	}
	for _, l := range s.legs {
		if l.conn != nil && l.conn.Call.ID == e.Call && l.ext == m.DN {
			s.hears(l, m.Hears)
		}
	}
}

// attach subscribes the server to the PBX's events (on the loop; New posts it).
func (s *Server) attach() { s.p.Subscribe(s.onEvent) }

// failCode maps why a PBX connection ended to a SIP final response.
func failCode(r pbx.Reason) (int, string) {
	switch r {
	case pbx.ReasonBusy:
		return 486, "Busy Here"
	case pbx.ReasonNotFound:
		return 404, "Not Found"
	case pbx.ReasonRejected:
		return 603, "Decline"
	case pbx.ReasonCancelled, pbx.ReasonParentTerminated, pbx.ReasonCompletedElsewhere, pbx.ReasonHangup, pbx.ReasonRemoteHangup:
		return 487, "Request Terminated"
	}
	return 480, "Temporarily Unavailable"
}
