package sip

import (
	"context"
	"fmt"
	"time"

	"github.com/emiago/sipgo/sip"

	"rpbench/pbx"
)

// endpoint is a registered SIP phone as its extension's pbx.Endpoint.
type endpoint struct {
	s   *Server
	ext string
}

// Offered sends an INVITE to the phone (on the loop).
func (e *endpoint) Offered(p *pbx.PBX, c *pbx.Connection) {
	s := e.s
	b := s.regs[e.ext]
	if b == nil {
		p.DropConnection(c)
		return
	}
	l, err := s.newLeg(e.ext, false)
	if err != nil {
		s.note(c.Call.ID, "error: %s: %v", e.ext, err)
		p.DropConnection(c)
		return
	}
	l.conn = c
	l.callID = fmt.Sprintf("%016x@%s", p.Loop().Rand().Uint64(), s.host)
	caller, name := "", ""
	if peer := c.Peer(); peer != nil {
		caller, name = peer.Number, peer.Name
	}
	if c.ShownID != "" {
		caller, name = c.ShownID, c.ShownName
	}
	l.localURI = sip.Uri{Scheme: "sip", User: caller, Host: s.host, Port: s.port}
	l.localName = name
	l.remoteURI = sip.Uri{Scheme: "sip", User: e.ext, Host: s.host, Port: s.port}
	l.target = b.contact
	req := l.inDialog(sip.INVITE)
	l.inviteCSeq = l.cseq
	req.AppendHeader(sip.NewHeader("Content-Type", "application/sdp"))
	req.AppendHeader(sip.NewHeader("Allow", "INVITE, ACK, CANCEL, BYE, REFER, INFO, NOTIFY, OPTIONS"))
	req.SetBody(l.localSDP(nil, "sendrecv"))
	via := &sip.ViaHeader{ProtocolName: "SIP", ProtocolVersion: "2.0", Transport: "UDP", Host: s.host, Port: s.port, Params: sip.NewParams()}
	via.Params.Add("branch", fmt.Sprintf("z9hG4bK%016x", p.Loop().Rand().Uint64()))
	req.PrependHeader(via)
	l.invite, l.inviteVia = req, sip.HeaderClone(via).(*sip.ViaHeader)
	l.inviteFrom, l.inviteTo = sip.HeaderClone(req.From()), sip.HeaderClone(req.To())
	s.note(c.Call.ID, "INVITE %s call-id %s", e.ext, l.callID)
	go s.runInvite(l, req)
}

// runInvite runs the INVITE client transaction of a leg (on its own goroutine).
func (s *Server) runInvite(l *leg, req *sip.Request) {
	ctx, cancel := context.WithCancel(s.ctx)
	defer cancel()
	tx, err := s.cli.TransactionRequest(ctx, req)
	if err != nil {
		s.p.Post(func() { s.inviteFailed(l, 503, err.Error()) })
		return
	}
	defer tx.Terminate()
	for {
		select {
		case res := <-tx.Responses():
			switch {
			case res.IsProvisional():
				tag, _ := res.To().Params.Get("tag")
				s.p.Post(func() {
					if l.remoteTag == "" && res.StatusCode > 100 {
						l.remoteTag = tag
					}
					l.provisional = true
					if l.cancelPending {
						l.cancelPending = false
						s.cancelInvite(l)
					}
				})
			case res.IsSuccess():
				s.ack(l, req, res)
				s.p.Post(func() { s.inviteAnswered(l, res) })
				return
			default:
				s.p.Post(func() { s.inviteFailed(l, res.StatusCode, res.Reason) })
				return
			}
		case <-tx.Done():
			err := tx.Err()
			s.p.Post(func() { s.inviteFailed(l, 408, fmt.Sprint(err)) })
			return
		case <-ctx.Done():
			return
		}
	}
}

// ack acknowledges a 2xx (a request of its own, outside the transaction).
// Reference: RFC 3261 §13.2.2.4.
func (s *Server) ack(l *leg, inv *sip.Request, res *sip.Response) {
	target := inv.Recipient
	if c := res.Contact(); c != nil {
		target = c.Address
	}
	ack := sip.NewRequest(sip.ACK, target)
	ack.AppendHeader(sip.HeaderClone(inv.From()))
	ack.AppendHeader(sip.HeaderClone(res.To()))
	ack.AppendHeader(sip.HeaderClone(inv.CallID()))
	ack.AppendHeader(&sip.CSeqHeader{SeqNo: inv.CSeq().SeqNo, MethodName: sip.ACK})
	maxfwd := sip.MaxForwardsHeader(70)
	ack.AppendHeader(&maxfwd)
	ack.SetBody(nil)
	s.cli.WriteRequest(ack)
}

// inviteAnswered handles the phone's 200 to our INVITE (on the loop).
func (s *Server) inviteAnswered(l *leg, res *sip.Response) {
	l.remoteTag, _ = res.To().Params.Get("tag")
	if c := res.Contact(); c != nil {
		l.target = c.Address
	}
	if l.state == legEnded {
		// Answered after the call went away (our CANCEL crossed the 200): hang up.
		l.state = legConfirmed
		l.bye()
		return
	}
	l.state = legConfirmed
	if d, err := ParseSDP(res.Body()); err != nil {
		s.note(l.conn.Call.ID, "error: %s answered with a bad SDP: %v", l.ext, err)
	} else if err := l.applyRemoteSDP(d); err != nil {
		s.note(l.conn.Call.ID, "error: %s: %v", l.ext, err)
	}
	if l.conn.Status != pbx.StatusRinging {
		l.bye() // the call went away while the answer was on its way
		return
	}
	s.p.AnswerConnection(l.conn)
}

// inviteFailed handles a final error to our INVITE (on the loop).
func (s *Server) inviteFailed(l *leg, code int, reason string) {
	if l.state == legEnded {
		return
	}
	s.end(l)
	if l.conn.Status == pbx.StatusRinging {
		s.note(l.conn.Call.ID, "%s answered %d %s", l.ext, code, reason)
		s.p.DropConnection(l.conn)
	}
}

// Changed follows the PBX's side of the leg (on the loop).
func (e *endpoint) Changed(p *pbx.PBX, c *pbx.Connection) {
	s := e.s
	l := s.legByConn(c)
	if l == nil {
		return
	}
	switch {
	case !c.Live():
		switch {
		case l.referring:
			// The transferor left by REFER: onRefer sends the NOTIFY, then BYE.
		case l.incoming && l.state == legEarly:
			code, reason := failCode(c.Reason)
			l.answerInvite(code, reason, nil)
			s.end(l)
		case !l.incoming && l.state == legEarly:
			// No CANCEL before a provisional response. Reference: RFC 3261 §9.1.
			if l.provisional {
				s.cancelInvite(l)
			} else {
				l.cancelPending = true
			}
			s.end(l)
		default:
			l.bye()
		}
	case c.Status == pbx.StatusConnected && l.incoming && l.state == legEarly:
		l.state = legConfirmed
		l.answerInvite(200, "OK", l.localSDP([]int{l.codec}, "sendrecv"))
	}
}

// answerInvite sends the final response to the phone's pending INVITE.
func (l *leg) answerInvite(code int, reason string, sdp []byte) {
	res := sip.NewResponseFromRequest(l.invite, code, reason, sdp)
	// The same To tag as our 180 (sipgo puts a random one on responses without
	// it): one dialog, not a fork. Reference: RFC 3261 §12.1.1.
	res.To().Params.Add("tag", l.localTag)
	if sdp != nil {
		res.AppendHeader(l.s.contact())
		res.AppendHeader(sip.NewHeader("Content-Type", "application/sdp"))
	}
	select {
	case l.final <- res:
	default:
	}
}

// cancelInvite cancels our pending INVITE. Reference: RFC 3261 §9.1.
func (s *Server) cancelInvite(l *leg) {
	if l.inviteVia == nil {
		return
	}
	req := sip.NewRequest(sip.CANCEL, l.target)
	req.AppendHeader(sip.HeaderClone(l.inviteVia))
	req.AppendHeader(sip.HeaderClone(l.inviteFrom))
	req.AppendHeader(sip.HeaderClone(l.inviteTo))
	callID := sip.CallIDHeader(l.callID)
	req.AppendHeader(&callID)
	req.AppendHeader(&sip.CSeqHeader{SeqNo: l.inviteCSeq, MethodName: sip.CANCEL})
	maxfwd := sip.MaxForwardsHeader(70)
	req.AppendHeader(&maxfwd)
	req.SetBody(nil)
	go func() {
		ctx, cancel := context.WithTimeout(s.ctx, 32*time.Second)
		defer cancel()
		s.cli.Do(ctx, req)
	}()
}
