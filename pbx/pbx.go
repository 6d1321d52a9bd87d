package pbx

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// Options configure a PBX.
type Options struct {
	// Loop is the loop to run on; when nil New makes one from Start and Seed.
	Loop *Loop
	// Start is the virtual clock's start (DefaultStart when zero).
	Start time.Time
	// Seed seeds the loop's random generator.
	Seed uint64
	// PromptDuration, when set, is asked first for a prompt's play time
	// (return false to fall back to the config's prompts, the WAV file, then the defaults).
	PromptDuration func(prompt string) (time.Duration, bool)
}

// PBX is the simulated phone system: DNs from a Config, calls and connections, the
// dial plan, simulated phone behaviours and the route-point primitives. All its
// methods must be called on its loop (use Post from other goroutines).
type PBX struct {
	loop *Loop
	cfg  *Config
	opts Options

	dns       map[string]*DN
	order     []*DN // extensions, route points, trunks in config order
	dids      map[string]didRoute
	dialCodes map[string]string

	calls     []*Call // live calls, oldest first
	handlers  map[string]RoutePointHandler
	fallback  RoutePointHandler
	sessions  []*RoutePointSession // sessions that have not returned, oldest first
	subs      []subscriber
	subID     int
	seq       uint64
	nextConn  ConnID
	nextRoute int
	nextSess  int
	dirty     []*Call
	wavCache  map[string]time.Duration
}

type didRoute struct {
	trunk *DN
	did   DIDConfig
}

// New builds a PBX from a configuration (DefaultConfig() for the demo).
func New(cfg *Config, opts Options) *PBX {
	if cfg == nil {
		cfg = DefaultConfig()
	}
	l := opts.Loop
	if l == nil {
		l = NewLoop(opts.Start, opts.Seed)
	}
	p := &PBX{loop: l, cfg: cfg, opts: opts, dns: map[string]*DN{}, dids: map[string]didRoute{},
		dialCodes: map[string]string{}, handlers: map[string]RoutePointHandler{}}
	l.AfterEach(p.flush)
	for _, e := range cfg.Extensions {
		dn := &DN{Number: e.Number, Name: e.Name, Kind: KindExtension, Properties: orEmpty(e.Properties), Ext: e,
			registered: e.Behavior != BehaviorOffline, dnd: e.Behavior == BehaviorDND}
		p.add(dn)
	}
	for _, rp := range cfg.RoutePoints {
		p.add(&DN{Number: rp.Number, Name: rp.Name, Kind: KindRoutePoint, Properties: orEmpty(rp.Properties), RP: rp})
	}
	for _, t := range cfg.Trunks {
		dn := &DN{Number: t.Number, Name: t.Name, Kind: KindTrunk, Properties: orEmpty(t.Properties), Trunk: t}
		p.add(dn)
		for _, d := range t.DIDs {
			p.dids[d.DID] = didRoute{dn, d}
		}
	}
	for _, dc := range cfg.DialCodes {
		p.dialCodes[dc.Code] = dc.To
	}
	return p
}

func orEmpty(m map[string]string) map[string]string {
	if m == nil {
		return map[string]string{}
	}
	return m
}

func (p *PBX) add(dn *DN) {
	p.dns[dn.Number] = dn
	p.order = append(p.order, dn)
}

// Loop returns the PBX's loop.
func (p *PBX) Loop() *Loop { return p.loop }

// Config returns the configuration the PBX was built from.
func (p *PBX) Config() *Config { return p.cfg }

// Now returns the loop's time.
func (p *PBX) Now() time.Time { return p.loop.Now() }

// AfterFunc runs f on the loop after d of loop time; stop cancels it (see Loop.AfterFunc).
func (p *PBX) AfterFunc(d time.Duration, f func()) (stop func() bool) {
	return p.loop.AfterFunc(d, f)
}

// Post runs f on the loop after the work posted before it. Safe from any goroutine.
func (p *PBX) Post(f func()) { p.loop.Post(f) }

// Parameter returns a system parameter ("" when unset).
func (p *PBX) Parameter(name string) string { return p.cfg.Parameters[name] }

// DN returns the DN with the number (nil when there is none).
func (p *PBX) DN(number string) *DN { return p.dns[number] }

// DNs returns every DN in configuration order: extensions, route points, trunks.
func (p *PBX) DNs() []*DN { return p.order }

// Calls returns the live calls, oldest first. Do not modify the slice.
func (p *PBX) Calls() []*Call { return p.calls }

// Call returns the live call with the id (nil when it has ended or never existed).
func (p *PBX) Call(id CallID) *Call {
	for _, c := range p.calls {
		if c.ID == id {
			return c
		}
	}
	return nil
}

// SetDND switches an extension's do-not-disturb.
func (p *PBX) SetDND(number string, on bool) error {
	dn := p.dns[number]
	if dn == nil || dn.Kind != KindExtension {
		return p.refuse(number, "dnd", []string{onOff(on)}, "no extension "+quote(number))
	}
	if p.observed() {
		p.Emit(0, OpDone{Party: number, Op: "dnd", Args: []string{onOff(on)}})
	}
	dn.dnd = on
	return nil
}

func onOff(on bool) string {
	if on {
		return "on"
	}
	return "off"
}

// SetRegistered switches whether an extension's phone is registered.
func (p *PBX) SetRegistered(number string, on bool) error {
	dn := p.dns[number]
	if dn == nil || dn.Kind != KindExtension {
		return p.refuse(number, "register", []string{onOff(on)}, "no extension "+quote(number))
	}
	if p.observed() {
		p.Emit(0, OpDone{Party: number, Op: "register", Args: []string{onOff(on)}})
	}
	dn.registered = on
	return nil
}

// Endpoint is a device behind an extension that reacts to calls itself (a SIP
// phone, or a programmed phone of package phones). It replaces the configured
// answer behaviour (manual, answer, never); busy, reject, DND and offline still
// apply when the call is offered. Its methods run on the loop.
type Endpoint interface {
	// Offered is called when a connection starts ringing at the endpoint's DN.
	Offered(p *PBX, c *Connection)
	// Changed is called after any later status change of one of its connections.
	Changed(p *PBX, c *Connection)
}

// SetEndpoint attaches e to the extension (nil detaches it).
func (p *PBX) SetEndpoint(number string, e Endpoint) error {
	dn := p.dns[number]
	if dn == nil || dn.Kind != KindExtension {
		return &OpError{Op: "endpoint", Party: number, Msg: "no extension " + quote(number)}
	}
	dn.endpoint = e
	return nil
}

// touch marks a call's media as needing recomputation at the next flush.
func (p *PBX) touch(c *Call) {
	for _, d := range p.dirty {
		if d == c {
			return
		}
	}
	p.dirty = append(p.dirty, c)
}

// flush recomputes what each party of the touched calls hears and emits the changes.
func (p *PBX) flush() {
	for i := 0; i < len(p.dirty); i++ {
		call := p.dirty[i]
		for _, c := range call.legs {
			if c == nil || !c.Live() || c.DN.Kind == KindRoutePoint {
				continue
			}
			m := p.hears(c)
			if m != c.Hears {
				c.Hears = m
				if p.observed() {
					p.Emit(call.ID, MediaChanged{DN: c.Number, Hears: m})
				}
			}
		}
	}
	clear(p.dirty)
	p.dirty = p.dirty[:0]
}

// hears computes what a live connection hears.
func (p *PBX) hears(c *Connection) Media {
	switch c.Status {
	case StatusRinging, StatusHeld:
		return Media{}
	case StatusDialing:
		return Media{HearsTone, "ringback"}
	}
	peer := c.Peer()
	if peer == nil || !peer.Live() {
		return Media{}
	}
	switch peer.Status {
	case StatusRinging, StatusDialing:
		return Media{HearsTone, "ringback"}
	case StatusHeld:
		return Media{HearsMOH, p.cfg.Parameters["MUSICONHOLDFILE"]}
	}
	if s := peer.session; s != nil && peer.DN.Kind == KindRoutePoint {
		if s.prompt != nil {
			return Media{HearsPrompt, s.prompt.names[s.prompt.idx]}
		}
		if s.bgOn && len(s.bgFiles) > 0 {
			return Media{HearsMOH, s.bgFiles[0]}
		}
		return Media{}
	}
	return Media{HearsParty, peer.Number}
}

// after schedules f on the loop with a media flush after it.
func (p *PBX) after(d time.Duration, f func()) *Timer {
	return p.loop.Schedule(d, f)
}

// later posts f to run on the loop after the current work (used for callbacks to hosts).
func (p *PBX) later(f func()) { p.loop.Post(f) }

func stopTimer(p *PBX, t **Timer) {
	if *t != nil {
		(*t).Stop(p.loop)
		*t = nil
	}
}

// newCall creates a call and emits its creation.
func (p *PBX) newCall(cc CallCreated) *Call {
	c := &Call{ID: CallID(p.loop.NextID()), Created: p.loop.Now()}
	c.all = c.allBuf[:0]
	c.forks = c.fbuf[:0]
	p.calls = append(p.calls, c)
	if p.observed() {
		p.Emit(c.ID, cc)
	}
	return c
}

// newConn creates a connection (not yet placed in the call).
func (p *PBX) newConn(call *Call, side int, dn *DN, number, name string) *Connection {
	p.nextConn++
	c := &Connection{ID: p.nextConn, Call: call, DN: dn, Number: number, Name: name, side: side, LastChange: p.loop.Now()}
	call.all = append(call.all, c)
	return c
}

// setStatus changes a connection's status and emits it; on termination it stops
// the connection's timers, removes it from its DN and tells its session and endpoint.
func (p *PBX) setStatus(c *Connection, s ConnStatus, r Reason) {
	if c.Status == s {
		return
	}
	if c.Status == StatusTerminated || s == StatusRinging || s == StatusNone {
		panic("pbx: impossible transition of connection " + c.String() + ": " + c.Status.String() + " -> " + s.String())
	}
	c.Status = s
	c.LastChange = p.loop.Now()
	peer := ""
	if pc := c.Peer(); pc != nil && pc != c {
		peer = pc.Number
	}
	if s == StatusTerminated {
		c.Reason = r
		stopTimer(p, &c.ringTmr)
		stopTimer(p, &c.autoTmr)
		dn := c.DN
		for i, x := range dn.conns {
			if x == c {
				dn.conns = append(dn.conns[:i], dn.conns[i+1:]...)
				break
			}
		}
	}
	if p.observed() {
		p.Emit(c.Call.ID, ConnState{Conn: c.ID, DN: c.Number, Status: s, Peer: peer, Reason: r})
	}
	p.touch(c.Call)
	if c.DN.endpoint != nil && c.DN.Kind == KindExtension && s != StatusRinging {
		c.DN.endpoint.Changed(p, c)
	}
	if s == StatusTerminated && c.session != nil {
		c.session.lost(r)
	}
}

// endCall terminates every live connection of the call and ends it.
func (p *PBX) endCall(call *Call, r Reason) {
	if call.Ended {
		return
	}
	call.Ended = true
	call.Reason = r
	for len(call.forks) > 0 {
		f := call.forks[0]
		if f.Live() {
			p.setStatus(f, StatusTerminated, ReasonParentTerminated)
		}
		if f.route != nil {
			p.forkGone(f, ReasonParentTerminated)
		} else {
			call.forks = call.forks[1:]
		}
	}
	call.forks = nil
	for _, c := range call.legs {
		if c == nil || !c.Live() {
			continue
		}
		rr := r
		switch c.Status {
		case StatusRinging:
			if r == ReasonHangup || r == ReasonRemoteHangup {
				rr = ReasonCancelled
			}
		case StatusDialing:
			if r == ReasonHangup {
				rr = ReasonRemoteHangup
			}
		default:
			rr = ReasonRemoteHangup
		}
		p.setStatus(c, StatusTerminated, rr)
	}
	for i, x := range p.calls {
		if x == call {
			p.calls = append(p.calls[:i], p.calls[i+1:]...)
			break
		}
	}
	if p.observed() {
		p.Emit(call.ID, CallEnded{Reason: r})
	}
}

// legGone handles a leg that terminated with reason r: the call ends unless
// something replaces it.
func (p *PBX) legGone(c *Connection, r Reason) {
	call := c.Call
	if call.legs[c.side] == c {
		call.legs[c.side] = nil
	}
	if call.Ended {
		return
	}
	p.endCall(call, r)
}

// hangup terminates c with reason r and lets the call react.
func (p *PBX) hangup(c *Connection, r Reason) {
	if !c.Live() {
		return
	}
	p.setStatus(c, StatusTerminated, r)
	if c.route != nil {
		p.forkGone(c, r)
		return
	}
	p.legGone(c, r)
}

// answer connects a ringing connection.
func (p *PBX) answer(c *Connection) {
	if c.Status != StatusRinging {
		return
	}
	stopTimer(p, &c.ringTmr)
	stopTimer(p, &c.autoTmr)
	p.holdOthers(c.DN, c)
	if c.route != nil {
		p.forkAnswered(c)
		return
	}
	p.setStatus(c, StatusConnected, ReasonNone)
	if peer := c.Peer(); peer != nil && peer.Status == StatusDialing {
		p.setStatus(peer, StatusConnected, ReasonNone)
	}
}

// holdOthers puts an extension's other connected calls on hold, as a phone does
// when its user answers or makes another call.
func (p *PBX) holdOthers(dn *DN, keep *Connection) {
	if dn.Kind != KindExtension {
		return
	}
	for _, o := range dn.conns {
		if o != keep && o.Status == StatusConnected {
			p.setStatus(o, StatusHeld, ReasonNone)
		}
	}
}

// replaceLeg puts nc in old's place in the call and terminates old with reason r.
func (p *PBX) replaceLeg(old, nc *Connection, r Reason) {
	call := old.Call
	call.legs[old.side] = nc
	nc.side = old.side
	if old.Live() {
		p.setStatus(old, StatusTerminated, r)
	}
	if peer := call.legs[1-old.side]; peer != nil && peer.session != nil {
		peer.session.partyChanged()
	}
	p.touch(call)
}

// offerOpts are the details of offering a call to a number.
type offerOpts struct {
	dialed     string
	referredBy *DN
	onBehalfOf *DN
	noForward  bool
	visited    []string
	route      *route
	timeout    time.Duration
}

// resolve follows dial codes and finds the DN or the trunk for an external number.
func (p *PBX) resolve(number string) (dn *DN, external string) {
	for range 8 {
		to, ok := p.dialCodes[number]
		if !ok {
			break
		}
		number = to
	}
	if dn := p.dns[number]; dn != nil {
		return dn, ""
	}
	for _, t := range p.order {
		if t.Kind == KindTrunk && t.Trunk.OutboundPrefix != "" && strings.HasPrefix(number, t.Trunk.OutboundPrefix) && len(number) > len(t.Trunk.OutboundPrefix) {
			return t, number[len(t.Trunk.OutboundPrefix):]
		}
	}
	return nil, ""
}

// unavailable says why an extension cannot take a call now (ReasonNone when it can).
func unavailable(dn *DN) Reason {
	e := dn.Ext
	switch {
	case !dn.registered:
		return ReasonNotRegistered
	case dn.dnd:
		return ReasonDND
	case e.Behavior == BehaviorBusy:
		return ReasonBusy
	case !e.CallWaiting && len(dn.conns) > 0:
		return ReasonBusy
	case e.Behavior == BehaviorReject:
		return ReasonRejected
	}
	return ReasonNone
}

// offer offers the call on the given side to number and returns the ringing
// connection (not yet placed in the call's legs or forks), or the reason it failed.
func (p *PBX) offer(call *Call, side int, number string, o offerOpts) (*Connection, Reason) {
	if o.dialed == "" {
		o.dialed = number
	}
	dn, ext := p.resolve(number)
	if dn == nil {
		return nil, ReasonNotFound
	}
	switch dn.Kind {
	case KindExtension:
		e := dn.Ext
		if e.Forward != (Forwarding{NoAnswerAfter: e.Forward.NoAnswerAfter}) {
			o.visited = append(o.visited[:len(o.visited):len(o.visited)], dn.Number)
		}
		if e.Forward.Always != "" && !o.noForward {
			if slices.Contains(o.visited, e.Forward.Always) {
				if p.observed() {
					p.Emit(call.ID, Forwarded{From: dn.Number, To: e.Forward.Always, Why: "always", Loop: true})
				}
			} else {
				if p.observed() {
					p.Emit(call.ID, Forwarded{From: dn.Number, To: e.Forward.Always, Why: "always"})
				}
				o.onBehalfOf = dn
				return p.offer(call, side, e.Forward.Always, o)
			}
		}
		if r := unavailable(dn); r != ReasonNone {
			if r != ReasonRejected && e.Forward.Busy != "" && !o.noForward {
				why := map[Reason]string{ReasonBusy: "busy", ReasonDND: "dnd", ReasonNotRegistered: "offline"}[r]
				if slices.Contains(o.visited, e.Forward.Busy) {
					if p.observed() {
						p.Emit(call.ID, Forwarded{From: dn.Number, To: e.Forward.Busy, Why: why, Loop: true})
					}
					return nil, r
				}
				if p.observed() {
					p.Emit(call.ID, Forwarded{From: dn.Number, To: e.Forward.Busy, Why: why})
				}
				o.onBehalfOf = dn
				return p.offer(call, side, e.Forward.Busy, o)
			}
			return nil, r
		}
		c := p.newConn(call, side, dn, dn.Number, dn.Name)
		p.ring(c, o)
		if o.route == nil {
			if e.Forward.NoAnswer != "" && !o.noForward {
				target, vis := e.Forward.NoAnswer, o.visited
				c.ringTmr = p.after(e.Forward.NoAnswerAfter, func() {
					c.ringTmr = nil
					p.forwardNoAnswer(c, target, vis)
				})
			} else {
				c.ringTmr = p.after(p.cfg.RingTimeout, func() {
					c.ringTmr = nil
					p.hangup(c, ReasonNoAnswer)
				})
			}
		}
		if dn.endpoint != nil {
			dn.endpoint.Offered(p, c)
		} else if e.Behavior == BehaviorAnswer {
			c.autoTmr = p.after(e.AnswerAfter, func() { c.autoTmr = nil; p.answer(c) })
		}
		return c, ReasonNone
	case KindRoutePoint:
		h := p.handlers[dn.Number]
		if h == nil {
			h = p.fallback
		}
		if h == nil {
			if p.observed() {
				p.Emit(call.ID, Note{Source: dn.Number, Msg: "no handler for this route point"})
			}
			return nil, ReasonNotFound
		}
		c := p.newConn(call, side, dn, dn.Number, dn.Name)
		p.ring(c, o)
		p.startSession(c, h)
		return c, ReasonNone
	case KindTrunk:
		if ext == "" {
			return nil, ReasonNotFound
		}
		b := dn.Trunk.External
		switch b.Behavior {
		case BehaviorBusy:
			return nil, ReasonBusy
		case BehaviorReject:
			return nil, ReasonRejected
		case BehaviorDND, BehaviorOffline:
			return nil, ReasonNotRegistered
		}
		c := p.newConn(call, side, dn, ext, "")
		p.ring(c, o)
		if o.route == nil {
			c.ringTmr = p.after(p.cfg.RingTimeout, func() { c.ringTmr = nil; p.hangup(c, ReasonNoAnswer) })
		}
		if b.Behavior == BehaviorAnswer {
			c.autoTmr = p.after(b.AnswerAfter, func() { c.autoTmr = nil; p.answer(c) })
		}
		return c, ReasonNone
	}
	return nil, ReasonNotFound
}

// ring makes a new connection ring.
func (p *PBX) ring(c *Connection, o offerOpts) {
	c.Inbound = true
	c.DialedNumber = o.dialed
	c.ReferredBy = o.referredBy
	c.OnBehalfOf = o.onBehalfOf
	c.visited = o.visited
	c.noFwd = o.noForward
	c.route = o.route
	c.DN.conns = append(c.DN.conns, c)
	c.Status = StatusRinging
	c.LastChange = p.loop.Now()
	if p.observed() {
		peer := ""
		if pc := c.Call.legs[1-c.side]; pc != nil {
			peer = pc.Number
		}
		p.Emit(c.Call.ID, ConnState{Conn: c.ID, DN: c.Number, Status: StatusRinging, Peer: peer})
	}
	p.touch(c.Call)
}

// forwardNoAnswer moves an unanswered leg to its no-answer forwarding target.
func (p *PBX) forwardNoAnswer(c *Connection, target string, vis []string) {
	if c.Status != StatusRinging {
		return
	}
	if slices.Contains(vis, target) {
		if p.observed() {
			p.Emit(c.Call.ID, Forwarded{From: c.Number, To: target, Why: "no-answer", Loop: true})
		}
		p.hangup(c, ReasonNoAnswer)
		return
	}
	if p.observed() {
		p.Emit(c.Call.ID, Forwarded{From: c.Number, To: target, Why: "no-answer"})
	}
	nc, r := p.offer(c.Call, c.side, target, offerOpts{dialed: c.DialedNumber, referredBy: c.ReferredBy, onBehalfOf: c.DN, visited: vis})
	if nc == nil {
		p.hangup(c, r)
		return
	}
	p.replaceLeg(c, nc, ReasonForwarded)
}

func quote(s string) string { return strconv.Quote(s) }
