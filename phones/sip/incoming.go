package sip

import (
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/emiago/sipgo/sip"

	"rpbench/pbx"
)

// onInvite handles a phone's INVITE: a new call (pbx Dial) or a re-INVITE (hold, resume).
func (s *Server) onInvite(req *sip.Request, tx sip.ServerTransaction) {
	if tag, _ := req.To().Params.Get("tag"); tag != "" {
		s.onReinvite(req, tx)
		return
	}
	from := req.From()
	if from == nil || req.CallID() == nil {
		respond(tx, req, 400, "Missing From or Call-ID")
		return
	}
	offer, err := ParseSDP(req.Body())
	if err != nil {
		respond(tx, req, 488, "Not Acceptable Here")
		return
	}
	if _, ok := offer.Codec(); !ok {
		respond(tx, req, 488, "Not Acceptable Here")
		return
	}
	ext, target := from.Address.User, unescape(req.Recipient.User)
	var l *leg
	tx.OnCancel(func(*sip.Request) {
		s.p.Post(func() {
			if l != nil && l.conn != nil && l.conn.Live() && l.state == legEarly {
				s.p.DropConnection(l.conn)
			}
		})
	})
	code, reason := 0, ""
	ok := s.onLoop(func() {
		if s.regs[ext] == nil {
			code, reason = 403, "Forbidden (register extension "+ext+" first)"
			return
		}
		nl, err := s.newLeg(ext, true)
		if err != nil {
			code, reason = 503, "Service Unavailable"
			s.note(0, "error: %s: %v", ext, err)
			return
		}
		l = nl
		l.callID = string(*req.CallID())
		l.remoteTag, _ = from.Params.Get("tag")
		l.remoteURI, l.localURI = from.Address, req.To().Address
		l.target = from.Address
		if c := req.Contact(); c != nil {
			l.target = c.Address
		}
		l.invite, l.final, l.acked = req, make(chan *sip.Response, 1), make(chan struct{})
		if err := l.applyRemoteSDP(offer); err != nil {
			code, reason = 488, "Not Acceptable Here"
			s.end(l)
			return
		}
		call, err := s.p.Dial(ext, target)
		if err != nil {
			code, reason = 403, "Forbidden"
			s.end(l)
			return
		}
		a := call.Connections()[0]
		l.conn = a
		switch {
		case !a.Live():
			code, reason = failCode(a.Reason)
			s.end(l)
		case a.Status == pbx.StatusConnected:
			l.state = legConfirmed
			code = 200
		}
	})
	if !ok {
		return
	}
	switch {
	case code == 200:
		done := make(chan []byte, 1)
		s.p.Post(func() { done <- l.localSDP([]int{l.codec}, "sendrecv") })
		l.answerInvite(200, "OK", <-done)
	case code != 0:
		res := sip.NewResponseFromRequest(req, code, reason, nil)
		tx.Respond(res)
		return
	default:
		ring := sip.NewResponseFromRequest(req, 180, "Ringing", nil)
		ring.To().Params.Add("tag", l.localTag)
		tx.Respond(ring)
	}
	select {
	case res := <-l.final:
		tx.Respond(res)
		if res.IsSuccess() {
			go s.retransmit2xx(l, res)
		}
	case <-tx.Done():
	case <-s.ctx.Done():
	}
}

// retransmit2xx resends our 2xx to an INVITE until its ACK arrives, at T1,
// 2*T1, ... up to T2; without an ACK after 64*T1 the call is dropped.
// Reference: RFC 3261 §13.3.1.4.
func (s *Server) retransmit2xx(l *leg, res *sip.Response) {
	const t1, t2 = 500 * time.Millisecond, 4 * time.Second
	deadline := time.NewTimer(64 * t1)
	defer deadline.Stop()
	wait := t1
	for {
		tm := time.NewTimer(wait)
		select {
		case <-l.acked:
			tm.Stop()
			return
		case <-s.ctx.Done():
			tm.Stop()
			return
		case <-deadline.C:
			tm.Stop()
			s.p.Post(func() {
				if l.state == legConfirmed {
					s.note(l.conn.Call.ID, "%s never acknowledged the 200 OK; hanging up", l.ext)
					if l.conn.Live() {
						s.p.DropConnection(l.conn)
					}
				}
			})
			return
		case <-tm.C:
			s.srv.WriteResponse(res)
			wait = min(2*wait, t2)
		}
	}
}

// onAck takes the ACK of our 2xx (an ACK of a non-2xx stays in its transaction).
func (s *Server) onAck(req *sip.Request, tx sip.ServerTransaction) {
	s.p.Post(func() {
		if l := s.legByCallID(string(*req.CallID())); l != nil && l.acked != nil {
			select {
			case <-l.acked:
			default:
				close(l.acked)
			}
		}
	})
}

// onReinvite handles a re-INVITE: a=sendonly or a=inactive holds, a=sendrecv
// (or recvonly) resumes. Reference: RFC 3264 §8.4.
func (s *Server) onReinvite(req *sip.Request, tx sip.ServerTransaction) {
	offer, err := ParseSDP(req.Body())
	if err != nil {
		respond(tx, req, 488, "Not Acceptable Here")
		return
	}
	var answer []byte
	var l *leg
	ok := s.onLoop(func() {
		l = s.legByCallID(string(*req.CallID()))
		if l == nil || l.state != legConfirmed {
			l = nil
			return
		}
		call := l.conn.Call.ID
		dir := "sendrecv"
		switch offer.Direction {
		case "sendonly", "inactive":
			if offer.Direction == "sendonly" {
				dir = "recvonly"
			} else {
				dir = "inactive"
			}
			if !l.held {
				l.held = true
				if err := s.p.Hold(l.ext); err != nil {
					s.note(call, "error: hold %s: %v", l.ext, err)
				}
			}
		default:
			if l.held {
				l.held = false
				if err := s.p.Resume(l.ext); err != nil {
					s.note(call, "error: resume %s: %v", l.ext, err)
				}
			}
		}
		if err := l.applyRemoteSDP(offer); err != nil {
			s.note(call, "error: %s: %v", l.ext, err)
		}
		answer = l.localSDP([]int{l.codec}, dir)
	})
	if !ok {
		return
	}
	if l == nil {
		respond(tx, req, 481, "Call/Transaction Does Not Exist")
		return
	}
	res := sip.NewResponseFromRequest(req, 200, "OK", answer)
	res.AppendHeader(s.contact())
	res.AppendHeader(sip.NewHeader("Content-Type", "application/sdp"))
	tx.Respond(res)
}

// onBye ends the phone's call (pbx DropConnection).
func (s *Server) onBye(req *sip.Request, tx sip.ServerTransaction) {
	found := false
	ok := s.onLoop(func() {
		l := s.legByCallID(string(*req.CallID()))
		if l == nil {
			return
		}
		found = true
		s.end(l) // first, so that Changed does not answer with a BYE of ours
		if l.conn != nil && l.conn.Live() {
			s.p.DropConnection(l.conn)
		}
	})
	if !ok {
		return
	}
	if !found {
		respond(tx, req, 481, "Call/Transaction Does Not Exist")
		return
	}
	respond(tx, req, 200, "OK")
}

// onRefer blind-transfers the phone's call to the Refer-To number and
// reports the outcome with a NOTIFY (message/sipfrag), then ends the dialog.
// Reference: RFC 3515 §2.4.
func (s *Server) onRefer(req *sip.Request, tx sip.ServerTransaction) {
	rt := req.ReferTo()
	if rt == nil || rt.Address.User == "" {
		respond(tx, req, 400, "Missing Refer-To")
		return
	}
	target := unescape(rt.Address.User)
	var l *leg
	s.onLoop(func() {
		l = s.legByCallID(string(*req.CallID()))
		if l != nil && l.state != legConfirmed {
			l = nil
		}
		if l != nil {
			l.referring = true
		}
	})
	if l == nil {
		respond(tx, req, 481, "Call/Transaction Does Not Exist")
		return
	}
	respond(tx, req, 202, "Accepted")
	s.p.Post(func() {
		frag := "SIP/2.0 200 OK"
		if err := s.p.BlindTransfer(l.ext, target); err != nil {
			s.note(l.conn.Call.ID, "error: refer %s to %s: %v", l.ext, target, err)
			frag = "SIP/2.0 603 Declined"
		}
		n := l.inDialog(sip.NOTIFY)
		n.AppendHeader(sip.NewHeader("Event", "refer"))
		n.AppendHeader(sip.NewHeader("Subscription-State", "terminated;reason=noresource"))
		n.AppendHeader(sip.NewHeader("Content-Type", "message/sipfrag;version=2.0"))
		n.SetBody([]byte(frag + "\r\n"))
		l.send(n)
		l.referring = false
		if !l.conn.Live() {
			l.bye()
		}
	})
}

// onInfo takes DTMF sent as SIP INFO (application/dtmf-relay or application/dtmf).
func (s *Server) onInfo(req *sip.Request, tx sip.ServerTransaction) {
	ct := ""
	if h := req.ContentType(); h != nil {
		ct = strings.ToLower(h.Value())
	}
	digit, err := ParseDTMFInfo(ct, req.Body())
	if err != nil {
		respond(tx, req, 415, "Unsupported Media Type")
		return
	}
	found := false
	ok := s.onLoop(func() {
		l := s.legByCallID(string(*req.CallID()))
		if l == nil {
			return
		}
		found = true
		if digit != 0 {
			if err := s.p.SendDTMF(l.ext, string(digit)); err != nil {
				s.note(l.conn.Call.ID, "error: dtmf %s: %v", l.ext, err)
			}
		}
	})
	if !ok {
		return
	}
	if !found {
		respond(tx, req, 481, "Call/Transaction Does Not Exist")
		return
	}
	respond(tx, req, 200, "OK")
}

// unescape decodes %XX escapes of a URI's user part ("%23101" is "#101").
func unescape(user string) string {
	if u, err := url.PathUnescape(user); err == nil {
		return u
	}
	return user
}

// ParseDTMFInfo reads the digit of an INFO body: application/dtmf-relay
// ("Signal=5\r\nDuration=160") or application/dtmf ("5"). An empty body
// (a keep-alive INFO) gives digit 0 and no error.
func ParseDTMFInfo(contentType string, body []byte) (rune, error) {
	text := strings.TrimSpace(string(body))
	if text == "" {
		return 0, nil
	}
	ct, _, _ := strings.Cut(contentType, ";")
	switch strings.TrimSpace(ct) {
	case "application/dtmf-relay":
		for _, line := range strings.Split(text, "\n") {
			k, v, ok := strings.Cut(line, "=")
			if ok && strings.EqualFold(strings.TrimSpace(k), "signal") {
				return dtmfDigit(strings.TrimSpace(v))
			}
		}
		return 0, fmt.Errorf("dtmf-relay: no Signal= line")
	case "application/dtmf":
		return dtmfDigit(text)
	}
	return 0, fmt.Errorf("content type %q is not DTMF", contentType)
}

// dtmfDigit maps "0".."9", "*", "#", "A".."D" and the event codes "10" (*), "11" (#) to a digit.
func dtmfDigit(v string) (rune, error) {
	switch v {
	case "10":
		return '*', nil
	case "11":
		return '#', nil
	}
	if len(v) == 1 && strings.ContainsRune("0123456789*#ABCDabcd", rune(v[0])) {
		return rune(strings.ToUpper(v)[0]), nil
	}
	return 0, fmt.Errorf("%q is not a DTMF digit", clip(v))
}
