package pbx

// User operations: what the people at the phones do. The scenario runner and the
// TUI call these on the loop. Each emits an "op" event first (with the error when
// it is refused), then the consequences.

// OpError is a user operation the PBX refused.
type OpError struct {
	Op    string
	Party string
	Msg   string
}

// Error returns "<op> <party>: <msg>".
func (e *OpError) Error() string { return e.Op + " " + e.Party + ": " + e.Msg }

// pendingTransfer links the held call and the consultation call of an attended transfer.
type pendingTransfer struct {
	held    *Connection
	consult *Connection
}

// refuse emits the op with its error and returns the error.
func (p *PBX) refuse(party, op string, args []string, msg string) error {
	err := &OpError{Op: op, Party: party, Msg: msg}
	if p.observed() {
		p.Emit(0, OpDone{Party: party, Op: op, Args: args, Err: msg})
	}
	return err
}

// partyConns returns the live connections of a party: an extension number, or the
// number of an external party currently in a call through a trunk.
func (p *PBX) partyConns(party string) []*Connection {
	if dn := p.dns[party]; dn != nil && dn.Kind == KindExtension {
		return dn.conns
	}
	var out []*Connection
	for _, call := range p.calls {
		for _, c := range call.legs {
			if c != nil && c.Live() && c.DN.Kind == KindTrunk && (c.Number == party || c.DialedNumber == party) {
				out = append(out, c)
			}
		}
	}
	return out
}

// find returns the party's first connection with one of the statuses, trying them in order.
func (p *PBX) find(party string, statuses ...ConnStatus) *Connection {
	conns := p.partyConns(party)
	for _, s := range statuses {
		for _, c := range conns {
			if c.Status == s {
				return c
			}
		}
	}
	return nil
}

func (p *PBX) known(party string) bool {
	if dn := p.dns[party]; dn != nil && dn.Kind == KindExtension {
		return true
	}
	return len(p.partyConns(party)) > 0
}

// Dial makes extension from call the number to (an extension, a route point, a
// dial code, or an external number through a trunk's outbound prefix).
func (p *PBX) Dial(from, to string) (*Call, error) {
	defer p.flush()
	dn := p.dns[from]
	if dn == nil || dn.Kind != KindExtension {
		return nil, p.refuse(from, "dial", []string{to}, "no extension "+quote(from))
	}
	if p.observed() {
		p.Emit(0, OpDone{Party: from, Op: "dial", Args: []string{to}})
	}
	return p.dial(dn, to), nil
}

func (p *PBX) dial(dn *DN, to string) *Call {
	p.holdOthers(dn, nil)
	call := p.newCall(CallCreated{From: dn.Number, To: to})
	a := p.newConn(call, 0, dn, dn.Number, dn.Name)
	call.legs[0] = a
	dn.conns = append(dn.conns, a)
	p.setStatus(a, StatusDialing, ReasonNone)
	b, r := p.offer(call, 1, to, offerOpts{})
	if b == nil {
		p.setStatus(a, StatusTerminated, r)
		p.endCall(call, r)
		return call
	}
	call.legs[1] = b
	return call
}

// InboundCall delivers a call from outside on a trunk (by name or number) with the
// caller's number and name, to the DID (the trunk's inbound_to, when set, takes every call).
func (p *PBX) InboundCall(trunk, callerID, callerName, did string) (*Call, error) {
	defer p.flush()
	args := []string{callerID, did}
	var t *DN
	for _, dn := range p.order {
		if dn.Kind == KindTrunk && (dn.Number == trunk || dn.Name == trunk) {
			t = dn
			break
		}
	}
	if t == nil {
		return nil, p.refuse(trunk, "inbound", args, "no trunk "+quote(trunk))
	}
	dest, didName := t.Trunk.InboundTo, ""
	if r, ok := p.dids[did]; ok && r.trunk == t {
		didName = r.did.Name
		if dest == "" {
			dest = r.did.To
		}
	}
	if dest == "" {
		return nil, p.refuse(t.Number, "inbound", args, "no route for DID "+quote(did))
	}
	if p.observed() {
		p.Emit(0, OpDone{Party: t.Number, Op: "inbound", Args: args})
	}
	call := p.newCall(CallCreated{From: t.Number, To: dest, CallerID: callerID, DID: did})
	call.DID, call.DIDName = did, didName
	a := p.newConn(call, 0, t, callerID, callerName)
	call.legs[0] = a
	p.setStatus(a, StatusDialing, ReasonNone)
	b, r := p.offer(call, 1, dest, offerOpts{dialed: did})
	if b == nil {
		p.setStatus(a, StatusTerminated, r)
		p.endCall(call, r)
		return call, nil
	}
	call.legs[1] = b
	return call, nil
}

// Answer answers the party's ringing call (the oldest, when several ring).
func (p *PBX) Answer(party string) error {
	defer p.flush()
	c := p.find(party, StatusRinging)
	if c == nil {
		return p.refuse(party, "answer", nil, "nothing is ringing")
	}
	if p.observed() {
		p.Emit(c.Call.ID, OpDone{Party: party, Op: "answer"})
	}
	p.answer(c)
	return nil
}

// Reject rejects the party's ringing call.
func (p *PBX) Reject(party string) error {
	defer p.flush()
	c := p.find(party, StatusRinging)
	if c == nil {
		return p.refuse(party, "reject", nil, "nothing is ringing")
	}
	if p.observed() {
		p.Emit(c.Call.ID, OpDone{Party: party, Op: "reject"})
	}
	p.hangup(c, ReasonRejected)
	return nil
}

// Drop hangs up the party's current call: the connected one, else the one it is
// dialling, else a held one; a ringing call is rejected.
func (p *PBX) Drop(party string) error {
	defer p.flush()
	c := p.find(party, StatusConnected, StatusDialing, StatusHeld, StatusRinging)
	if c == nil {
		return p.refuse(party, "drop", nil, "no call")
	}
	if p.observed() {
		p.Emit(c.Call.ID, OpDone{Party: party, Op: "drop"})
	}
	if c.Status == StatusRinging {
		p.hangup(c, ReasonRejected)
	} else {
		p.hangup(c, ReasonHangup)
	}
	return nil
}

// Hold puts the party's connected call on hold (the other party hears music on hold).
func (p *PBX) Hold(party string) error {
	defer p.flush()
	c := p.find(party, StatusConnected)
	if c == nil {
		return p.refuse(party, "hold", nil, "no connected call")
	}
	if p.observed() {
		p.Emit(c.Call.ID, OpDone{Party: party, Op: "hold"})
	}
	p.setStatus(c, StatusHeld, ReasonNone)
	return nil
}

// Resume takes the party's held call back (holding its connected call, if any).
func (p *PBX) Resume(party string) error {
	defer p.flush()
	c := p.find(party, StatusHeld)
	if c == nil {
		return p.refuse(party, "resume", nil, "no held call")
	}
	if p.observed() {
		p.Emit(c.Call.ID, OpDone{Party: party, Op: "resume"})
	}
	if other := p.find(party, StatusConnected); other != nil {
		p.setStatus(other, StatusHeld, ReasonNone)
	}
	p.setStatus(c, StatusConnected, ReasonNone)
	return nil
}

// BlindTransfer transfers the other party of the party's current call to target.
// The party leaves at once; the new connection records the party as ReferredBy.
// An unknown target is refused and changes nothing; a busy or unanswered target
// ends the call the way a direct call to it would end.
func (p *PBX) BlindTransfer(party, target string) error {
	defer p.flush()
	c := p.find(party, StatusConnected, StatusHeld)
	if c == nil {
		return p.refuse(party, "transfer", []string{target}, "no connected call")
	}
	peer := c.Peer()
	if peer == nil || !(peer.Status == StatusConnected || peer.Status == StatusHeld) {
		return p.refuse(party, "transfer", []string{target}, "the other party is not connected")
	}
	if dn, _ := p.resolve(target); dn == nil {
		err := p.refuse(party, "transfer", []string{target}, "no number "+quote(target))
		if p.observed() {
			p.Emit(c.Call.ID, Transferred{Type: "blind", By: party, Party: peer.Number, Target: target, Reason: ReasonNotFound})
		}
		return err
	}
	call := c.Call
	if p.observed() {
		p.Emit(call.ID, OpDone{Party: party, Op: "transfer", Args: []string{target}})
	}
	call.legs[c.side] = nil
	p.setStatus(c, StatusTerminated, ReasonTransferred)
	nc, r := p.offer(call, c.side, target, offerOpts{referredBy: c.DN})
	if p.observed() {
		p.Emit(call.ID, Transferred{Type: "blind", By: party, Party: peer.Number, Target: target, OK: nc != nil, Reason: r})
	}
	if nc == nil {
		p.endCall(call, r)
		return nil
	}
	call.legs[c.side] = nc
	if peer.session != nil {
		peer.session.partyChanged()
	}
	return nil
}

// Consult starts an attended transfer: the party's connected call is put on hold
// and the party dials target. CompleteTransfer joins the two.
func (p *PBX) Consult(party, target string) (*Call, error) {
	defer p.flush()
	args := []string{target}
	c := p.find(party, StatusConnected)
	if c == nil {
		return nil, p.refuse(party, "consult", args, "no connected call")
	}
	if p.observed() {
		p.Emit(c.Call.ID, OpDone{Party: party, Op: "consult", Args: args})
	}
	p.setStatus(c, StatusHeld, ReasonNone)
	call := p.dial(c.DN, target)
	if a := call.legs[0]; a != nil && a.Live() {
		pt := &pendingTransfer{held: c, consult: a}
		c.transfer, a.transfer = pt, pt
	}
	return call, nil
}

// CompleteTransfer completes the party's attended transfer: the held party and the
// consulted party (answered or still ringing) are joined and the party leaves both calls.
func (p *PBX) CompleteTransfer(party string) error {
	defer p.flush()
	var pt *pendingTransfer
	for _, c := range p.partyConns(party) {
		if c.transfer != nil && c.transfer.held.Live() && c.transfer.consult.Live() {
			pt = c.transfer
			break
		}
	}
	if pt == nil {
		return p.refuse(party, "complete", nil, "no transfer to complete")
	}
	held, consult := pt.held, pt.consult
	y, t := held.Peer(), consult.Peer()
	if y == nil || !y.Live() || t == nil || !t.Live() {
		return p.refuse(party, "complete", nil, "a party of the transfer has left")
	}
	c1, c2 := held.Call, consult.Call
	if p.observed() {
		p.Emit(c1.ID, OpDone{Party: party, Op: "complete", Args: []string{c2.ID.String()}})
	}
	// Move the consulted party into the held call, in the party's place.
	c2.legs[t.side] = nil
	p.setStatus(consult, StatusTerminated, ReasonTransferred)
	c2.legs[consult.side] = nil
	p.endCall(c2, ReasonTransferred)
	t.Call, t.side = c1, held.side
	c1.all = append(c1.all, t)
	c1.legs[held.side] = nil
	p.setStatus(held, StatusTerminated, ReasonTransferred)
	c1.legs[t.side] = t
	held.transfer, consult.transfer = nil, nil
	if p.observed() {
		p.Emit(c1.ID, Transferred{Type: "attended", By: party, Party: y.Number, Target: t.Number, OK: true})
	}
	if t.Status == StatusConnected && y.Status == StatusDialing {
		p.setStatus(y, StatusConnected, ReasonNone)
	}
	if y.session != nil {
		y.session.partyChanged()
	}
	if t.session != nil {
		t.session.partyChanged()
	}
	p.touch(c1)
	return nil
}

// SendDTMF sends digits (0-9, *, #, A-D) from the party's connected call to the
// other party; a route point receives them one by one.
func (p *PBX) SendDTMF(party, digits string) error {
	defer p.flush()
	args := []string{digits}
	c := p.find(party, StatusConnected)
	if c == nil {
		return p.refuse(party, "dtmf", args, "no connected call")
	}
	for _, d := range digits {
		if !(d >= '0' && d <= '9' || d == '*' || d == '#' || d >= 'A' && d <= 'D') {
			return p.refuse(party, "dtmf", args, "bad digit "+quote(string(d)))
		}
	}
	if p.observed() {
		p.Emit(c.Call.ID, OpDone{Party: party, Op: "dtmf", Args: args})
	}
	for _, d := range digits {
		peer := c.Peer()
		if peer == nil || !peer.Live() {
			break
		}
		if p.observed() {
			p.Emit(c.Call.ID, DTMF{From: party, To: peer.Number, Digit: string(d), Ignored: peer.session != nil && peer.session.blocking()})
		}
		if peer.session != nil {
			peer.session.dtmf(d)
		}
	}
	return nil
}

// Pickup lets extension party answer the call ringing at extension ringing
// (a route's ringing fork counts as answered by the party).
func (p *PBX) Pickup(party, ringing string) error {
	defer p.flush()
	args := []string{ringing}
	dn := p.dns[party]
	if dn == nil || dn.Kind != KindExtension {
		return p.refuse(party, "pickup", args, "no extension "+quote(party))
	}
	rdn := p.dns[ringing]
	if rdn == nil || rdn.Kind != KindExtension {
		return p.refuse(party, "pickup", args, "no extension "+quote(ringing))
	}
	c := p.find(ringing, StatusRinging)
	if c == nil {
		return p.refuse(party, "pickup", args, "nothing rings at "+ringing)
	}
	call := c.Call
	if peer := call.legs[1-c.side]; peer != nil && peer.DN == dn {
		return p.refuse(party, "pickup", args, "cannot pick up its own call")
	}
	if p.observed() {
		p.Emit(call.ID, OpDone{Party: party, Op: "pickup", Args: args})
	}
	nc := p.newConn(call, c.side, dn, dn.Number, dn.Name)
	nc.Inbound, nc.DialedNumber, nc.ReferredBy, nc.OnBehalfOf = true, c.DialedNumber, c.ReferredBy, c.DN
	nc.Status, nc.LastChange = StatusRinging, p.loop.Now()
	dn.conns = append(dn.conns, nc)
	caller := ""
	if peer := call.legs[1-c.side]; peer != nil {
		caller = peer.Number
	}
	if r := c.route; r != nil {
		nc.route = r
		for i, f := range call.forks {
			if f == c {
				call.forks[i] = nc
			}
		}
		for i, f := range r.forks {
			if f == c {
				r.forks[i] = nc
			}
		}
		c.route = nil
		p.setStatus(c, StatusTerminated, ReasonPickedUp)
	} else {
		p.replaceLeg(c, nc, ReasonPickedUp)
	}
	if p.observed() {
		p.Emit(call.ID, Transferred{Type: "pickup", By: party, Party: caller, Target: ringing, OK: true})
	}
	p.answer(nc)
	return nil
}

// AnswerConnection answers one ringing connection (for endpoints that track their own connections).
func (p *PBX) AnswerConnection(c *Connection) error {
	defer p.flush()
	if c.Status != StatusRinging {
		return p.refuse(c.Number, "answer", nil, "not ringing")
	}
	if p.observed() {
		p.Emit(c.Call.ID, OpDone{Party: c.Number, Op: "answer"})
	}
	p.answer(c)
	return nil
}

// DropConnection hangs up one connection (a ringing one is rejected).
func (p *PBX) DropConnection(c *Connection) error {
	defer p.flush()
	if !c.Live() {
		return p.refuse(c.Number, "drop", nil, "not in a call")
	}
	if p.observed() {
		p.Emit(c.Call.ID, OpDone{Party: c.Number, Op: "drop"})
	}
	if c.Status == StatusRinging {
		p.hangup(c, ReasonRejected)
	} else {
		p.hangup(c, ReasonHangup)
	}
	return nil
}
