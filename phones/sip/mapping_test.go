package sip

import (
	"context"
	"fmt"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/emiago/sipgo"
	"github.com/emiago/sipgo/sip"
	pionrtp "github.com/pion/rtp"

	"rpbench/media/rtp"
)

// goPhone is a minimal SIP phone written with sipgo's client on 127.0.0.1,
// used to check the SIP <-> PBX mapping message by message.
type goPhone struct {
	t      *testing.T
	ext    string
	pbx    sip.Uri
	cli    *sipgo.Client
	addr   string
	media  net.PacketConn
	callID string
	tag    string
	to     *sip.ToHeader
	cseq   uint32
	// cancelled, when set before an INVITE arrives, makes the phone ring
	// without answering and is closed when the INVITE is cancelled.
	cancelled chan struct{}
	// invites, when set, receives each INVITE the phone gets.
	invites chan *sip.Request
}

func newGoPhone(t *testing.T, r *rig, ext string) *goPhone {
	t.Helper()
	conn, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Skip(err)
	}
	media, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Skip(err)
	}
	ua, err := sipgo.NewUA(sipgo.WithUserAgent("goPhone"))
	if err != nil {
		t.Fatal(err)
	}
	srv, _ := sipgo.NewServer(ua)
	cli, err := sipgo.NewClient(ua, sipgo.WithClientAddr(conn.LocalAddr().String()))
	if err != nil {
		t.Fatal(err)
	}
	ph := &goPhone{t: t, ext: ext, cli: cli, addr: conn.LocalAddr().String(), media: media,
		callID: "gophone-" + ext, tag: "tag" + ext, cseq: 1}
	srv.OnBye(func(req *sip.Request, tx sip.ServerTransaction) {
		tx.Respond(sip.NewResponseFromRequest(req, 200, "OK", nil))
	})
	srv.OnAck(func(req *sip.Request, tx sip.ServerTransaction) {})
	// An offered call is answered at once with PCMA.
	srv.OnInvite(func(req *sip.Request, tx sip.ServerTransaction) {
		if ph.invites != nil {
			ph.invites <- req
		}
		if ph.cancelled != nil { // ring until cancelled
			ring := sip.NewResponseFromRequest(req, 180, "Ringing", nil)
			ring.To().Params.Add("tag", "ring"+ext)
			tx.Respond(ring)
			tx.OnCancel(func(*sip.Request) { close(ph.cancelled) })
			<-tx.Done()
			return
		}
		res := sip.NewResponseFromRequest(req, 200, "OK", ph.sdp("sendrecv"))
		res.To().Params.Add("tag", "answer"+ext)
		var cu sip.Uri
		sip.ParseUri("sip:"+ext+"@"+ph.addr, &cu)
		res.AppendHeader(&sip.ContactHeader{Address: cu})
		res.AppendHeader(sdpHeader())
		tx.Respond(res)
	})
	ctx, cancel := context.WithCancel(context.Background())
	go srv.ServeUDP(conn)
	t.Cleanup(func() { cancel(); conn.Close(); media.Close(); ua.Close(); _ = ctx })
	host, port, _ := net.SplitHostPort(r.s.Addr())
	var pu sip.Uri
	if err := sip.ParseUri("sip:"+net.JoinHostPort(host, port), &pu); err != nil {
		t.Fatal(err)
	}
	ph.pbx = pu
	return ph
}

// request sends a request and returns the final response.
func (ph *goPhone) request(method sip.RequestMethod, user string, body []byte, headers ...sip.Header) *sip.Response {
	ph.t.Helper()
	ru := ph.pbx
	ru.User = user
	req := sip.NewRequest(method, ru)
	from := &sip.FromHeader{Address: sip.Uri{Scheme: "sip", User: ph.ext, Host: ph.pbx.Host}, Params: sip.NewParams()}
	from.Params.Add("tag", ph.tag)
	req.AppendHeader(from)
	if ph.to != nil && method != sip.REGISTER {
		req.AppendHeader(sip.HeaderClone(ph.to))
	} else {
		to := user
		if method == sip.REGISTER {
			to = ph.ext
		}
		req.AppendHeader(&sip.ToHeader{Address: sip.Uri{Scheme: "sip", User: to, Host: ph.pbx.Host}, Params: sip.NewParams()})
	}
	cid := sip.CallIDHeader(ph.callID)
	if method == sip.REGISTER {
		cid = sip.CallIDHeader("reg-" + ph.callID)
	}
	req.AppendHeader(&cid)
	ph.cseq++
	req.AppendHeader(&sip.CSeqHeader{SeqNo: ph.cseq, MethodName: method})
	var cu sip.Uri
	sip.ParseUri("sip:"+ph.ext+"@"+ph.addr, &cu)
	req.AppendHeader(&sip.ContactHeader{Address: cu})
	for _, h := range headers {
		req.AppendHeader(h)
	}
	req.SetBody(body)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	res, err := ph.cli.Do(ctx, req)
	if err != nil {
		ph.t.Fatalf("%s: %v", method, err)
	}
	if method == sip.INVITE && res.IsSuccess() {
		ph.to = res.To()
		ack := sip.NewRequest(sip.ACK, ru)
		ack.AppendHeader(from)
		ack.AppendHeader(res.To())
		ack.AppendHeader(&cid)
		ack.AppendHeader(&sip.CSeqHeader{SeqNo: ph.cseq, MethodName: sip.ACK})
		ack.SetBody(nil)
		ph.cli.WriteRequest(ack)
	}
	return res
}

func (ph *goPhone) sdp(direction string) []byte {
	port := ph.media.LocalAddr().(*net.UDPAddr).Port
	return MarshalSDP("127.0.0.1", port, 7, 1, []int{8}, 101, direction)
}

func sdpHeader() sip.Header { return sip.NewHeader("Content-Type", "application/sdp") }

// readRTP waits (at most 5 s) for an RTP packet at the phone's media socket.
func (ph *goPhone) readRTP() *pionrtp.Packet {
	ph.t.Helper()
	ph.media.SetReadDeadline(time.Now().Add(5 * time.Second))
	buf := make([]byte, 1500)
	n, _, err := ph.media.ReadFrom(buf)
	if err != nil {
		ph.t.Fatalf("no RTP: %v", err)
	}
	var p pionrtp.Packet
	if err := p.Unmarshal(buf[:n]); err != nil {
		ph.t.Fatalf("bad RTP: %v", err)
	}
	return &p
}

// The mapping of a phone's requests onto PBX operations, one step at a time.
// Reference: RFC 3261 §10 (REGISTER), §13 (INVITE), §15.1 (BYE); RFC 3264 §8.4
// (hold); RFC 2976 with application/dtmf-relay (INFO DTMF).
func TestMapping(t *testing.T) {
	r := newRig(t)
	ph := newGoPhone(t, r, "100")

	// A number that is no extension cannot register; an INVITE before REGISTER is refused.
	bad := newGoPhone(t, r, "555")
	if res := bad.request(sip.REGISTER, "", nil); res.StatusCode != 404 {
		t.Fatalf("REGISTER 555: %d, want 404", res.StatusCode)
	}
	if res := ph.request(sip.INVITE, "101", ph.sdp("sendrecv"), sdpHeader()); res.StatusCode != 403 {
		t.Fatalf("INVITE before REGISTER: %d, want 403", res.StatusCode)
	}

	if res := ph.request(sip.REGISTER, "", nil, sip.NewHeader("Expires", "120")); res.StatusCode != 200 {
		t.Fatalf("REGISTER: %d", res.StatusCode)
	}
	r.waitFor("note", "registered 100", "for 2m0s")

	// An INVITE to an unknown number is 404; to 101 it connects (101 answers after 200 ms).
	ph.callID = "call-1"
	if res := ph.request(sip.INVITE, "999", ph.sdp("sendrecv"), sdpHeader()); res.StatusCode != 404 {
		t.Fatalf("INVITE 999: %d, want 404", res.StatusCode)
	}
	ph.callID, ph.to = "call-2", nil
	res := ph.request(sip.INVITE, "101", ph.sdp("sendrecv"), sdpHeader())
	if res.StatusCode != 200 {
		t.Fatalf("INVITE 101: %d", res.StatusCode)
	}
	ans, err := ParseSDP(res.Body())
	if err != nil {
		t.Fatalf("answer SDP: %v\n%s", err, res.Body())
	}
	if c, _ := ans.Codec(); c != 8 || ans.EventType != 101 {
		t.Fatalf("answer %+v, want PCMA and telephone-event 101", *ans)
	}
	r.waitFor("conn", " 100 connected peer=101")
	if p := ph.readRTP(); p.PayloadType != 8 || len(p.Payload) != 160 {
		t.Fatalf("RTP packet pt %d with %d bytes, want PCMA with 160", p.PayloadType, len(p.Payload))
	}

	// Hold with a=sendonly: the PBX holds, the answer is recvonly; then resume.
	res = ph.request(sip.INVITE, "101", ph.sdp("sendonly"), sdpHeader())
	if res.StatusCode != 200 || !strings.Contains(string(res.Body()), "a=recvonly") {
		t.Fatalf("hold re-INVITE: %d\n%s", res.StatusCode, res.Body())
	}
	r.waitFor("conn", " 100 held")
	r.waitFor("media", " 101 hears=moh")
	ph.request(sip.INVITE, "101", ph.sdp("sendrecv"), sdpHeader())
	r.waitFor("conn", " 100 connected")

	// DTMF by INFO.
	if res := ph.request(sip.INFO, "101", []byte("Signal=7\r\nDuration=160\r\n"), sip.NewHeader("Content-Type", "application/dtmf-relay")); res.StatusCode != 200 {
		t.Fatalf("INFO: %d", res.StatusCode)
	}
	r.waitFor("dtmf", "100", "7")

	// BYE ends the call; a second BYE finds no dialog.
	if res := ph.request(sip.BYE, "101", nil); res.StatusCode != 200 {
		t.Fatalf("BYE: %d", res.StatusCode)
	}
	r.waitFor("call-end", "hangup")
	if res := ph.request(sip.BYE, "101", nil); res.StatusCode != 481 {
		t.Fatalf("second BYE: %d, want 481", res.StatusCode)
	}

	// Expires: 0 unregisters.
	ph.request(sip.REGISTER, "", nil, sip.NewHeader("Expires", "0"))
	r.waitFor("note", "unregistered 100")
}

// Two SIP phones talk: each hears the other's RTP relayed through the PBX,
// and a telephone-event in the caller's RTP becomes a DTMF digit.
// Reference: RFC 4733 §2.3 (event payload).
func TestSIPToSIPRelayAndRTPEvents(t *testing.T) {
	r := newRig(t)
	a, b := newGoPhone(t, r, "100"), newGoPhone(t, r, "102")
	a.request(sip.REGISTER, "", nil)
	b.request(sip.REGISTER, "", nil)
	r.waitFor("note", "registered 102")
	res := a.request(sip.INVITE, "102", a.sdp("sendrecv"), sdpHeader())
	if res.StatusCode != 200 {
		t.Fatalf("INVITE 102: %d", res.StatusCode)
	}
	r.waitFor("media", " 102 hears=party:100")
	ans, err := ParseSDP(res.Body())
	if err != nil {
		t.Fatal(err)
	}
	pbxRTP := &net.UDPAddr{IP: net.ParseIP(ans.Addr), Port: ans.Port}

	// a speaks a steady 3000 (PCMA) until b hears it.
	voice := make([]byte, 160)
	for i := range voice {
		voice[i] = rtpEncodeA(3000)
	}
	heard := false
	for i := 0; i < 100 && !heard; i++ {
		p := pionrtp.Packet{Header: pionrtp.Header{Version: 2, PayloadType: 8, SequenceNumber: uint16(i), Timestamp: uint32(160 * i), SSRC: 99}, Payload: voice}
		raw, _ := p.Marshal()
		a.media.WriteTo(raw, pbxRTP)
		got := b.readRTP()
		for _, v := range got.Payload {
			if v == voice[0] {
				heard = true
			}
		}
	}
	if !heard {
		t.Fatal("102 never heard 100's voice")
	}

	ev := pionrtp.Packet{Header: pionrtp.Header{Version: 2, PayloadType: 101, Timestamp: 999, SSRC: 99}, Payload: []byte{11, 0x80 | 10, 0x03, 0x20}}
	raw, _ := ev.Marshal()
	a.media.WriteTo(raw, pbxRTP)
	r.waitFor("dtmf", "100 -> 102 #")
	a.request(sip.BYE, "102", nil)
	r.waitFor("call-end")
}

func rtpEncodeA(v int16) byte { return rtp.EncodeALaw(v) }

// A 200 OK to an INVITE is sent again until the ACK comes.
// Reference: RFC 3261 §13.3.1.4.
func TestRetransmits2xxUntilACK(t *testing.T) {
	r := newRig(t)
	ph := newGoPhone(t, r, "100")
	ph.request(sip.REGISTER, "", nil)
	r.waitFor("note", "registered 100")

	raw, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Skip(err)
	}
	defer raw.Close()
	me := raw.LocalAddr().String()
	body := string(ph.sdp("sendrecv"))
	invite := "INVITE sip:101@" + r.s.Addr() + " SIP/2.0\r\n" +
		"Via: SIP/2.0/UDP " + me + ";branch=z9hG4bKretrans1\r\n" +
		"From: <sip:100@127.0.0.1>;tag=raw1\r\nTo: <sip:101@127.0.0.1>\r\nCall-ID: retrans-1\r\n" +
		"CSeq: 1 INVITE\r\nContact: <sip:100@" + me + ">\r\nMax-Forwards: 70\r\n" +
		"Content-Type: application/sdp\r\nContent-Length: " + strconv.Itoa(len(body)) + "\r\n\r\n" + body
	pbxAddr, _ := net.ResolveUDPAddr("udp", r.s.Addr())
	if _, err := raw.WriteTo([]byte(invite), pbxAddr); err != nil {
		t.Fatal(err)
	}
	oks := 0
	buf := make([]byte, 4000)
	raw.SetReadDeadline(time.Now().Add(10 * time.Second))
	for oks < 2 {
		n, _, err := raw.ReadFrom(buf)
		if err != nil {
			t.Fatalf("got %d 200 OKs, want 2: %v", oks, err)
		}
		if strings.HasPrefix(string(buf[:n]), "SIP/2.0 200 ") {
			oks++
		}
	}
}

// A call that ends while the SIP phone rings is cancelled with CANCEL.
// Reference: RFC 3261 §9.1.
func TestCancelsRingingPhone(t *testing.T) {
	r := newRig(t)
	ph := newGoPhone(t, r, "102")
	ph.cancelled = make(chan struct{})
	ph.request(sip.REGISTER, "", nil)
	r.waitFor("note", "registered 102")
	r.do(func() { r.p.Dial("100", "102") })
	r.waitFor("conn", " 102 ringing")
	r.waitFor("note", "INVITE 102")
	r.do(func() { r.p.Drop("100") })
	r.waitFor("conn", " 102 terminated")
	select {
	case <-ph.cancelled:
	case <-time.After(10 * time.Second):
		t.Fatal("the phone's INVITE was not cancelled within 10s")
	}
}

// A phone that cancels its INVITE while the other side rings drops the call:
// 200 to the CANCEL, 487 to the INVITE. Reference: RFC 3261 §9.2.
func TestPhoneCancels(t *testing.T) {
	r := newRig(t)
	ph := newGoPhone(t, r, "100")
	ph.request(sip.REGISTER, "", nil)
	r.waitFor("note", "registered 100")
	raw, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Skip(err)
	}
	defer raw.Close()
	me := raw.LocalAddr().String()
	pbxAddr, _ := net.ResolveUDPAddr("udp", r.s.Addr())
	head := func(method string) string {
		return method + " sip:102@" + r.s.Addr() + " SIP/2.0\r\n" +
			"Via: SIP/2.0/UDP " + me + ";branch=z9hG4bKcancel1\r\n" +
			"From: <sip:100@127.0.0.1>;tag=raw2\r\nTo: <sip:102@127.0.0.1>\r\nCall-ID: cancel-1\r\n" +
			"CSeq: 1 " + method + "\r\nMax-Forwards: 70\r\n"
	}
	body := string(ph.sdp("sendrecv"))
	raw.WriteTo([]byte(head("INVITE")+"Contact: <sip:100@"+me+">\r\nContent-Type: application/sdp\r\nContent-Length: "+
		strconv.Itoa(len(body))+"\r\n\r\n"+body), pbxAddr)
	read := func(prefix, cseq string) {
		t.Helper()
		buf := make([]byte, 4000)
		raw.SetReadDeadline(time.Now().Add(10 * time.Second))
		for {
			n, _, err := raw.ReadFrom(buf)
			if err != nil {
				t.Fatalf("no %q for %s: %v", prefix, cseq, err)
			}
			msg := string(buf[:n])
			if strings.HasPrefix(msg, prefix) && strings.Contains(msg, "CSeq: 1 "+cseq) {
				return
			}
		}
	}
	read("SIP/2.0 180 ", "INVITE")
	r.waitFor("conn", " 102 ringing")
	raw.WriteTo([]byte(head("CANCEL")+"Content-Length: 0\r\n\r\n"), pbxAddr)
	read("SIP/2.0 200 ", "CANCEL")
	read("SIP/2.0 487 ", "INVITE")
	r.waitFor("conn", " 100 terminated")
	r.waitFor("call-end")
}

// An extension with a password property must answer the digest challenge.
// Reference: RFC 3261 §22.4.
func TestRegisterDigest(t *testing.T) {
	r := newRig(t)
	r.do(func() { r.p.DN("102").Properties["password"] = "s3cret" })
	ph := newGoPhone(t, r, "102")
	res := ph.request(sip.REGISTER, "", nil)
	if res.StatusCode != 401 || res.GetHeader("WWW-Authenticate") == nil {
		t.Fatalf("REGISTER without credentials: %d, want 401 with a challenge", res.StatusCode)
	}
	for _, tc := range []struct {
		pw   string
		code int
	}{{"wrong", 401}, {"s3cret", 200}} {
		ru := ph.pbx
		req := sip.NewRequest(sip.REGISTER, ru)
		from := &sip.FromHeader{Address: sip.Uri{Scheme: "sip", User: "102", Host: ru.Host}, Params: sip.NewParams()}
		from.Params.Add("tag", "d1")
		req.AppendHeader(from)
		req.AppendHeader(&sip.ToHeader{Address: sip.Uri{Scheme: "sip", User: "102", Host: ru.Host}})
		var cu sip.Uri
		sip.ParseUri("sip:102@"+ph.addr, &cu)
		req.AppendHeader(&sip.ContactHeader{Address: cu})
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		first, err := ph.cli.Do(ctx, req)
		if err != nil || first.StatusCode != 401 {
			t.Fatalf("REGISTER: %v %v, want a 401", first, err)
		}
		got, err := ph.cli.DoDigestAuth(ctx, req, first, sipgo.DigestAuth{Username: "102", Password: tc.pw})
		cancel()
		if err != nil {
			t.Fatal(err)
		}
		if got.StatusCode != tc.code {
			t.Fatalf("password %q: %d, want %d", tc.pw, got.StatusCode, tc.code)
		}
	}
	r.waitFor("note", "registered 102")
}

// The ids of a dialog the PBX starts come from its seed: two runs with the
// same seed send the same Call-ID, From tag, CSeq, branch and SDP origin.
func TestSeededIDs(t *testing.T) {
	ids := func() string {
		r := newRig(t)
		ph := newGoPhone(t, r, "102")
		ph.invites = make(chan *sip.Request, 1)
		ph.request(sip.REGISTER, "", nil)
		r.waitFor("note", "registered 102")
		r.do(func() { r.p.Dial("100", "102") })
		select {
		case req := <-ph.invites:
			tag, _ := req.From().Params.Get("tag")
			branch, _ := req.Via().Params.Get("branch")
			origin := ""
			for _, line := range strings.Split(string(req.Body()), "\r\n") {
				if strings.HasPrefix(line, "o=") {
					origin = line
				}
			}
			return fmt.Sprintf("%s %s %d %s %s", req.CallID().Value(), tag, req.CSeq().SeqNo, branch, origin)
		case <-time.After(10 * time.Second):
			t.Fatal("no INVITE within 10s")
		}
		return ""
	}
	a, b := ids(), ids()
	if a != b || !strings.Contains(a, "@127.0.0.1") {
		t.Fatalf("ids differ between runs with seed 1:\n%s\n%s", a, b)
	}
}
