package pbx

import (
	"strings"
	"time"
)

// RoutePointHandler runs a route point: the PBX calls Start on the loop, once per
// call that reaches the route point (by a dial code, a DID, forwarding, a blind
// transfer or a trunk's inbound_to). The handler drives the call through the
// session's primitives and must end with Return.
type RoutePointHandler interface {
	Start(s *RoutePointSession)
}

// HandlerFunc adapts a function to RoutePointHandler.
type HandlerFunc func(s *RoutePointSession)

// Start calls f(s).
func (f HandlerFunc) Start(s *RoutePointSession) { f(s) }

// Handle registers the handler of the route point with the number; h == nil removes it.
func (p *PBX) Handle(number string, h RoutePointHandler) {
	if h == nil {
		delete(p.handlers, number)
		return
	}
	p.handlers[number] = h
}

// HandleDefault registers the handler for route points without their own.
// A call reaching a route point with no handler fails with "not found".
func (p *PBX) HandleDefault(h RoutePointHandler) { p.fallback = h }

// Result is the outcome of an asynchronous route-point primitive, passed to its
// completion callback on the loop.
type Result struct {
	OK     bool
	Reason Reason
	// By is the number of the party that answered (RouteTo) or was reached (Divert, ReplaceWith).
	By string
	// Conn is the connection that answered or was reached (nil on failure).
	Conn *Connection
}

// RouteRequest is one target of RouteTo.
type RouteRequest struct {
	// Target is the number to ring (an extension, route point, dial code or external number).
	Target string
	// Timeout cancels the route when unanswered for this long (0: the config's ring_timeout).
	Timeout time.Duration
	// CallerName and CallerID, when set, are presented to the target instead of the
	// caller's (Connection.ShownID and ShownName).
	CallerName, CallerID string
}

// PromptOptions are PlayPrompt's flags (as PlayPromptOptions in the 3CX API).
type PromptOptions struct {
	// Blocked ignores DTMF while the prompt plays.
	Blocked bool
	// UnblockWhenFinished ends the Blocked state when the prompt ends (otherwise it lasts until the next prompt).
	UnblockWhenFinished bool
	// ResetBufferAtStart is accepted; the PBX delivers digits at once, so there is no buffer to reset.
	ResetBufferAtStart bool
	// CancelPlaybackAtFirstChar stops the prompt at the first DTMF digit (barge-in).
	CancelPlaybackAtFirstChar bool
}

// CallInfo describes the call as a route point sees it (what MyCall exposes).
type CallInfo struct {
	CallID       CallID
	RoutePoint   string // the route point's number
	CallerID     string // the caller's number
	CallerName   string
	CallerDN     string // the caller's DN number: an extension, or the trunk for external callers
	CallerKind   DNKind
	CalledNumber string // the DID for trunk calls, else the dialled number
	DIDName      string
	DialedNumber string
	ReferredBy   string // the extension that blind-transferred the call here ("" when none)
	OnBehalfOf   string // the DN whose forwarding sent the call here ("" when none)
	Status       ConnStatus
	LastChange   time.Time
	Inbound      bool
}

// RoutePointSession is one call at a route point: what a script's MyCall is.
// All methods run on the loop. Completion callbacks are called later on the loop,
// never from inside the method that was given them.
type RoutePointSession struct {
	// Data is free for the host (the C# host keeps its script instance here).
	Data any

	p          *PBX
	id         int
	dn         *DN
	conn       *Connection
	call       *Call
	mode       ExecMode
	returned   bool
	defRoute   string
	defName    string
	bgOn       bool
	bgFiles    []string
	prompt     *prompt
	blocked    bool
	routes     []*route
	onTerm     []func()
	onDTMF     []func(rune)
	onParty    []func()
	onMode     []func(prev, cur ExecMode)
	lostReason Reason
}

type prompt struct {
	names []string
	durs  []time.Duration
	idx   int
	opts  PromptOptions
	tmr   *Timer
	done  func(Result)
}

type route struct {
	id    int
	s     *RoutePointSession
	forks []*Connection
	done  func(Result)
	fin   bool
	won   bool // a fork answered; the others are being cancelled
	last  Reason
	buf   [2]*Connection
}

func (p *PBX) startSession(c *Connection, h RoutePointHandler) {
	p.nextSess++
	s := &RoutePointSession{p: p, id: p.nextSess, dn: c.DN, conn: c, call: c.Call}
	c.session = s
	p.sessions = append(p.sessions, s)
	if strings.EqualFold(c.DN.Properties["AUTOANSWER"], "1") || strings.EqualFold(c.DN.Properties["AUTOANSWER"], "true") {
		p.later(func() { s.Answer() })
	}
	p.later(func() {
		ev := RoutePointStarted{RoutePoint: s.dn.Number, Session: s.id}
		if peer := s.callerConn(); peer != nil {
			ev.Caller = peer.Number
		}
		if c.ReferredBy != nil {
			ev.ReferredBy = c.ReferredBy.Number
		}
		if c.OnBehalfOf != nil {
			ev.OnBehalfOf = c.OnBehalfOf.Number
		}
		if s.dn.RP != nil {
			ev.Script = s.dn.RP.Script
		}
		if p.observed() {
			p.Emit(s.call.ID, ev)
		}
		h.Start(s)
	})
}

// ID returns the session's number (1, 2, ... per PBX).
func (s *RoutePointSession) ID() int { return s.id }

// PBX returns the PBX, for configuration access (Parameter, DN, ...).
func (s *RoutePointSession) PBX() *PBX { return s.p }

// DN returns the route point's DN.
func (s *RoutePointSession) DN() *DN { return s.dn }

// Conn returns the route point's connection (terminated once the call left).
func (s *RoutePointSession) Conn() *Connection { return s.conn }

// Call returns the call.
func (s *RoutePointSession) Call() *Call { return s.call }

// Mode returns the execution mode.
func (s *RoutePointSession) Mode() ExecMode { return s.mode }

// Returned reports whether Return was called.
func (s *RoutePointSession) Returned() bool { return s.returned }

// Status returns the route point connection's status.
func (s *RoutePointSession) Status() ConnStatus { return s.conn.Status }

// Now returns the loop's time.
func (s *RoutePointSession) Now() time.Time { return s.p.loop.Now() }

// callerConn is the connection on the other side of the route point.
func (s *RoutePointSession) callerConn() *Connection {
	if s.conn.Call == nil {
		return nil
	}
	return s.conn.Call.legs[1-s.conn.side]
}

// Info returns the call as the route point sees it now.
func (s *RoutePointSession) Info() CallInfo {
	c := s.conn
	in := CallInfo{CallID: s.call.ID, RoutePoint: s.dn.Number, DialedNumber: c.DialedNumber,
		CalledNumber: c.DialedNumber, Status: c.Status, LastChange: c.LastChange, Inbound: c.Inbound}
	if s.call.DID != "" {
		in.CalledNumber, in.DIDName = s.call.DID, s.call.DIDName
	}
	if c.ReferredBy != nil {
		in.ReferredBy = c.ReferredBy.Number
	}
	if c.OnBehalfOf != nil {
		in.OnBehalfOf = c.OnBehalfOf.Number
	}
	if peer := s.callerConn(); peer != nil {
		in.CallerID, in.CallerName, in.CallerDN, in.CallerKind = peer.Number, peer.Name, peer.DN.Number, peer.DN.Kind
		if peer.DN.Kind == KindTrunk {
			in.CallerKind = KindExternal
		}
	}
	return in
}

// OnTerminated registers f to run when the route point loses the call (the caller
// left, or the call moved on). It runs at once (later on the loop) if that already happened.
func (s *RoutePointSession) OnTerminated(f func()) {
	s.onTerm = append(s.onTerm, f)
	if !s.conn.Live() {
		s.p.later(f)
	}
}

// OnDTMF registers f to receive each DTMF digit the caller sends.
func (s *RoutePointSession) OnDTMF(f func(digit rune)) { s.onDTMF = append(s.onDTMF, f) }

// OnPartyChanged registers f to run when the other party is replaced by a transfer.
func (s *RoutePointSession) OnPartyChanged(f func()) { s.onParty = append(s.onParty, f) }

// OnModeChanged registers f to run after the execution mode changes.
func (s *RoutePointSession) OnModeChanged(f func(prev, cur ExecMode)) {
	s.onMode = append(s.onMode, f)
}

// ClearHandlers removes the OnTerminated, OnDTMF and OnPartyChanged subscriptions
// (Wrapup mode removes event subscriptions).
func (s *RoutePointSession) ClearHandlers() { s.onTerm, s.onDTMF, s.onParty = nil, nil, nil }

// SetMode changes the execution mode, emitting a mode event (nothing when unchanged).
// The PBX itself switches to Wrapup when the call leaves or Return is called.
func (s *RoutePointSession) SetMode(m ExecMode) {
	if s.mode == m || s.mode == ModeWrapup {
		return
	}
	prev := s.mode
	s.mode = m
	if s.p.observed() {
		s.p.Emit(s.call.ID, ModeChanged{RoutePoint: s.dn.Number, From: prev, To: m})
	}
	for _, f := range s.onMode {
		s.p.later(func() { f(prev, m) })
	}
}

// Log emits a script log line; pos is the script position "file(line,col)".
func (s *RoutePointSession) Log(level LogLevel, pos, msg string) {
	if s.p.observed() {
		s.p.Emit(s.call.ID, ScriptLog{RoutePoint: s.dn.Number, Level: level, Pos: pos, Msg: msg})
	}
}

// Fault emits a script fault (why, at pos "file(line,col)") and, unless the script
// already returned, falls back as Return(false) does: the default route, or the call ends.
func (s *RoutePointSession) Fault(why, pos string) {
	if s.p.observed() {
		s.p.Emit(s.call.ID, ScriptFault{RoutePoint: s.dn.Number, Why: why, Pos: pos})
	}
	if !s.returned {
		s.Return(false)
	}
}

// Note adds a free-form note from this route point to the trace.
func (s *RoutePointSession) Note(msg string) {
	if s.p.observed() {
		s.p.Emit(s.call.ID, Note{Source: s.dn.Number, Msg: msg})
	}
}

// lost is called when the route point's connection terminated.
func (s *RoutePointSession) lost(r Reason) {
	s.lostReason = r
	s.stopPrompt(false, ReasonParentTerminated)
	s.SetMode(ModeWrapup)
	for _, f := range s.onTerm {
		s.p.later(f)
	}
	s.p.touch(s.call)
}

func (s *RoutePointSession) partyChanged() {
	for _, f := range s.onParty {
		s.p.later(f)
	}
}

// blocking reports whether DTMF is ignored now.
func (s *RoutePointSession) blocking() bool {
	if s.prompt != nil {
		return s.prompt.opts.Blocked
	}
	return s.blocked
}

func (s *RoutePointSession) dtmf(d rune) {
	if s.blocking() {
		return
	}
	if pr := s.prompt; pr != nil {
		if pr.opts.CancelPlaybackAtFirstChar {
			s.stopPrompt(false, ReasonCancelled)
		}
	}
	for _, f := range s.onDTMF {
		s.p.later(func() { f(d) })
	}
}

// result emits a primitive's outcome and reports it through done, later on the loop.
func (s *RoutePointSession) result(prim, target string, res Result, done func(Result)) {
	if s.p.observed() {
		s.p.Emit(s.call.ID, PrimitiveResult{RoutePoint: s.dn.Number, Primitive: prim, Target: target, OK: res.OK, Reason: res.Reason})
	}
	if done != nil {
		s.p.later(func() { done(res) })
	}
}

// check returns the reason a primitive cannot run now (ReasonNone when it can).
func (s *RoutePointSession) check() Reason {
	switch {
	case !s.conn.Live() && (s.lostReason == ReasonRemoteHangup || s.lostReason == ReasonCancelled || s.lostReason == ReasonHangup):
		return ReasonParentTerminated
	case !s.conn.Live():
		return ReasonInvalidState
	case s.returned:
		return ReasonInvalidState
	}
	return ReasonNone
}

// AssureMedia answers the call if it still rings; done reports OK once media is up,
// or ParentTerminated/InvalidState when the route point no longer has the call.
func (s *RoutePointSession) AssureMedia(done func(Result)) {
	defer s.p.flush()
	if r := s.check(); r != ReasonNone {
		s.result("assure-media", "", Result{Reason: r}, done)
		return
	}
	s.Answer()
	s.result("assure-media", "", Result{OK: true, Reason: ReasonOK}, done)
}

// Answer answers the call if it still rings.
func (s *RoutePointSession) Answer() {
	defer s.p.flush()
	if s.conn.Status == StatusRinging && s.check() == ReasonNone {
		s.p.answer(s.conn)
	}
}

// SetBackgroundAudio switches the looped background audio (music on hold) the caller
// hears while no prompt plays.
func (s *RoutePointSession) SetBackgroundAudio(on bool, files []string) {
	defer s.p.flush()
	s.bgOn = on
	s.bgFiles = append(s.bgFiles[:0], files...)
	if s.p.observed() {
		s.p.Emit(s.call.ID, BackgroundAudio{RoutePoint: s.dn.Number, On: on, Files: s.bgFiles})
	}
	s.p.touch(s.call)
}

// Background returns the background audio state.
func (s *RoutePointSession) Background() (on bool, files []string) { return s.bgOn, s.bgFiles }

// PlayPrompt plays prompts one after the other (prompt ids, WAV files, or digit
// read-outs "##1234"); each one's play time comes from PromptDuration. A new prompt
// replaces one still playing (which ends as cancelled). done reports OK when all
// played; cancelled on barge-in; parent connection terminated when the call left.
// The route point's call must be connected.
func (s *RoutePointSession) PlayPrompt(prompts []string, opts PromptOptions, done func(Result)) {
	defer s.p.flush()
	if r := s.check(); r != ReasonNone {
		s.result("prompt", strings.Join(prompts, ","), Result{Reason: r}, done)
		return
	}
	if s.conn.Status != StatusConnected {
		s.result("prompt", strings.Join(prompts, ","), Result{Reason: ReasonInvalidState}, done)
		return
	}
	s.stopPrompt(false, ReasonCancelled)
	if len(prompts) == 0 {
		s.result("prompt", "", Result{OK: true, Reason: ReasonOK}, done)
		return
	}
	pr := &prompt{names: append([]string(nil), prompts...), opts: opts, done: done}
	for _, n := range prompts {
		pr.durs = append(pr.durs, s.p.PromptDuration(n))
	}
	s.blocked = false
	s.prompt = pr
	s.schedulePrompt()
	s.p.touch(s.call)
}

func (s *RoutePointSession) schedulePrompt() {
	pr := s.prompt
	pr.tmr = s.p.after(pr.durs[pr.idx], func() {
		pr.tmr = nil
		if s.prompt != pr {
			return
		}
		pr.idx++
		s.p.touch(s.call)
		if pr.idx < len(pr.names) {
			s.schedulePrompt()
			return
		}
		s.stopPrompt(true, ReasonOK)
	})
}

// stopPrompt ends the playing prompt, if any, reporting ok/reason to its callback.
func (s *RoutePointSession) stopPrompt(ok bool, r Reason) {
	pr := s.prompt
	if pr == nil {
		return
	}
	s.prompt = nil
	if pr.tmr != nil {
		pr.tmr.Stop(s.p.loop)
	}
	s.blocked = pr.opts.Blocked && !pr.opts.UnblockWhenFinished
	s.result("prompt", strings.Join(pr.names, ","), Result{OK: ok, Reason: r}, pr.done)
	s.p.touch(s.call)
}

// PromptPlaying returns the prompt being played ("" when none).
func (s *RoutePointSession) PromptPlaying() string {
	if s.prompt == nil {
		return ""
	}
	return s.prompt.names[s.prompt.idx]
}

// RouteTo rings all requests at once on behalf of the route point, ringing or
// connected. The first to answer replaces the route point in the call (the route
// point's connection ends, reason replaced) and cancels every other pending route
// (completed elsewhere). Each request is cancelled after its timeout (no answer).
// When all requests fail, done reports the last failure and the caller stays with
// the route point. When the caller hangs up, pending routes end at once (parent
// connection terminated). Forwarding rules of the targets are not applied.
// It returns the route's number as the trace shows it ("r1").
func (s *RoutePointSession) RouteTo(reqs []RouteRequest, done func(Result)) int {
	defer s.p.flush()
	p := s.p
	p.nextRoute++
	r := &route{id: p.nextRoute, s: s, done: done}
	r.forks = r.buf[:0]
	if p.observed() {
		ev := RouteRequested{RoutePoint: s.dn.Number, Route: r.id}
		for _, q := range reqs {
			ev.Targets = append(ev.Targets, RouteTarget{Target: q.Target, Timeout: q.Timeout})
		}
		p.Emit(s.call.ID, ev)
	}
	if rs := s.check(); rs != ReasonNone {
		p.finishRoute(r, Result{Reason: rs})
		return r.id
	}
	if len(reqs) == 0 {
		p.finishRoute(r, Result{Reason: ReasonNotFound})
		return r.id
	}
	s.routes = append(s.routes, r)
	r.last = ReasonNoAnswer
	for _, q := range reqs {
		c, why := p.offer(s.call, s.conn.side, q.Target, offerOpts{noForward: true, route: r, referredBy: s.conn.ReferredBy})
		if c == nil {
			r.last = why
			continue
		}
		c.ShownID, c.ShownName = q.CallerID, q.CallerName
		s.call.forks = append(s.call.forks, c)
		r.forks = append(r.forks, c)
		to := q.Timeout
		if to <= 0 {
			to = p.cfg.RingTimeout
		}
		c.ringTmr = p.after(to, func() {
			c.ringTmr = nil
			p.hangup(c, ReasonNoAnswer)
		})
		if r.fin { // answered at once (an auto-answering route point)
			break
		}
	}
	if len(r.forks) == 0 && !r.fin {
		p.finishRoute(r, Result{Reason: r.last})
	}
	return r.id
}

// forkAnswered: a route's fork answered; it replaces the route point.
func (p *PBX) forkAnswered(c *Connection) {
	r := c.route
	s := r.s
	call := c.Call
	call.forks = withoutConn(call.forks, c)
	r.forks = withoutConn(r.forks, c)
	c.route = nil
	r.won = true
	p.setStatus(c, StatusConnected, ReasonNone)
	// Cancel every other fork of every route of this call.
	for len(call.forks) > 0 {
		f := call.forks[0]
		call.forks = call.forks[1:]
		p.setStatus(f, StatusTerminated, ReasonCompletedElsewhere)
		p.forkGone(f, ReasonCompletedElsewhere)
	}
	call.forks = nil
	old := call.legs[c.side]
	if old == nil {
		call.legs[c.side] = c
	} else {
		p.replaceLeg(old, c, ReasonReplaced)
	}
	if peer := call.legs[1-c.side]; peer != nil && peer.Status == StatusDialing {
		p.setStatus(peer, StatusConnected, ReasonNone)
	}
	p.finishRoute(r, Result{OK: true, Reason: ReasonAnswered, By: c.Number, Conn: c})
	// Other routes of the session with no forks left fail.
	for _, o := range s.routes {
		if !o.fin {
			p.finishRoute(o, Result{Reason: ReasonCompletedElsewhere})
		}
	}
}

// forkGone accounts for a fork that terminated without answering.
func (p *PBX) forkGone(c *Connection, why Reason) {
	r := c.route
	if r == nil {
		return
	}
	c.route = nil
	call := c.Call
	call.forks = withoutConn(call.forks, c)
	r.forks = withoutConn(r.forks, c)
	r.last = why
	if len(r.forks) == 0 && !r.fin && !r.won {
		p.finishRoute(r, Result{Reason: why})
	}
}

// withoutConn removes c from list (keeping the order of the others).
func withoutConn(list []*Connection, c *Connection) []*Connection {
	for i, f := range list {
		if f == c {
			return append(list[:i], list[i+1:]...)
		}
	}
	return list
}

func (p *PBX) finishRoute(r *route, res Result) {
	if r.fin {
		return
	}
	r.fin = true
	s := r.s
	for i, o := range s.routes {
		if o == r {
			s.routes = append(s.routes[:i], s.routes[i+1:]...)
			break
		}
	}
	// A failed route cancels its own remaining forks (e.g. the caller left).
	for len(r.forks) > 0 {
		f := r.forks[0]
		r.forks = r.forks[1:]
		f.route = nil
		for i, x := range s.call.forks {
			if x == f {
				s.call.forks = append(s.call.forks[:i], s.call.forks[i+1:]...)
				break
			}
		}
		p.setStatus(f, StatusTerminated, res.Reason)
	}
	if p.observed() {
		p.Emit(s.call.ID, RouteResult{RoutePoint: s.dn.Number, Route: r.id, OK: res.OK, Reason: res.Reason, Answered: res.By})
	}
	if r.done != nil {
		done := r.done
		p.later(func() { done(res) })
	}
}

// CancelRoutes cancels the session's pending routes (reason cancelled).
func (s *RoutePointSession) CancelRoutes() {
	defer s.p.flush()
	for len(s.routes) > 0 {
		s.p.finishRoute(s.routes[0], Result{Reason: ReasonCancelled})
	}
}

// Divert hands the still-ringing call to target without answering it: the target
// replaces the route point (normal routing, forwarding applied). It fails with
// invalid state once the route point answered, or with the target's reason (not
// found, busy, ...) leaving the call with the route point. done reports OK when the target rings.
func (s *RoutePointSession) Divert(target string, done func(Result)) {
	defer s.p.flush()
	p := s.p
	if r := s.check(); r != ReasonNone {
		s.result("divert", target, Result{Reason: r}, done)
		return
	}
	if s.conn.Status != StatusRinging {
		s.result("divert", target, Result{Reason: ReasonInvalidState}, done)
		return
	}
	nc, why := p.offer(s.call, s.conn.side, target, offerOpts{onBehalfOf: s.dn, dialed: target})
	caller := ""
	if peer := s.callerConn(); peer != nil {
		caller = peer.Number
	}
	if p.observed() {
		p.Emit(s.call.ID, Transferred{Type: "divert", By: s.dn.Number, Party: caller, Target: target, OK: nc != nil, Reason: why})
	}
	if nc == nil {
		s.result("divert", target, Result{Reason: why}, done)
		return
	}
	p.replaceLeg(s.conn, nc, ReasonDiverted)
	s.result("divert", target, Result{OK: true, Reason: ReasonOK, By: nc.Number, Conn: nc}, done)
}

// ReplaceWith blind-transfers the caller to target: allowed only while connected.
// The caller is held meanwhile; when the target cannot be reached the route point
// takes the caller back and done reports why; on success the route point's
// connection ends (transferred) and done reports OK.
func (s *RoutePointSession) ReplaceWith(target string, done func(Result)) {
	s.replaceWith(target, false, done)
}

// ReplaceWithInitOnly is ReplaceWith whose done reports OK as soon as the transfer
// starts; a failure later only shows in the trace.
func (s *RoutePointSession) ReplaceWithInitOnly(target string, done func(Result)) {
	s.replaceWith(target, true, done)
}

func (s *RoutePointSession) replaceWith(target string, initOnly bool, done func(Result)) {
	defer s.p.flush()
	p := s.p
	prim := "replace"
	if initOnly {
		prim = "replace-init"
	}
	if r := s.check(); r != ReasonNone {
		s.result(prim, target, Result{Reason: r}, done)
		return
	}
	if s.conn.Status != StatusConnected {
		s.result(prim, target, Result{Reason: ReasonInvalidState}, done)
		return
	}
	if initOnly && done != nil {
		d := done
		p.later(func() { d(Result{OK: true, Reason: ReasonOK}) })
		done = nil
	}
	p.setStatus(s.conn, StatusHeld, ReasonNone)
	p.flush()
	nc, why := p.offer(s.call, s.conn.side, target, offerOpts{referredBy: s.dn, dialed: target})
	caller := ""
	if peer := s.callerConn(); peer != nil {
		caller = peer.Number
	}
	if p.observed() {
		p.Emit(s.call.ID, Transferred{Type: "replace", By: s.dn.Number, Party: caller, Target: target, OK: nc != nil, Reason: why})
	}
	if nc == nil {
		p.setStatus(s.conn, StatusConnected, ReasonNone)
		s.result(prim, target, Result{Reason: why}, done)
		return
	}
	p.replaceLeg(s.conn, nc, ReasonTransferred)
	s.result(prim, target, Result{OK: true, Reason: ReasonOK, By: nc.Number, Conn: nc}, done)
}

// Drop drops the route point's connection; the call continues by the routing
// configuration: to the default route when one is set, else it ends.
func (s *RoutePointSession) Drop(done func(Result)) {
	defer s.p.flush()
	if r := s.check(); r != ReasonNone {
		s.result("drop", "", Result{Reason: r}, done)
		return
	}
	s.leave(ReasonDropped)
	s.result("drop", "", Result{OK: true, Reason: ReasonOK}, done)
}

// leave takes the route point out of the call: to the default route, else the call ends.
func (s *RoutePointSession) leave(r Reason) string {
	p := s.p
	if s.defRoute != "" {
		nc, why := p.offer(s.call, s.conn.side, s.defRoute, offerOpts{onBehalfOf: s.dn, dialed: s.defRoute})
		if nc != nil {
			p.replaceLeg(s.conn, nc, r)
			return "default-route " + s.defRoute
		}
		if p.observed() {
			p.Emit(s.call.ID, Note{Source: s.dn.Number, Msg: "default route " + s.defRoute + " failed: " + why.String()})
		}
	}
	p.hangup(s.conn, r)
	return "terminate"
}

// Terminate ends the call (the caller is disconnected).
func (s *RoutePointSession) Terminate() {
	defer s.p.flush()
	if !s.conn.Live() {
		return
	}
	s.p.hangup(s.conn, ReasonTerminated)
}

// SetDefaultRoute sets where the call goes when the script returns false (or drops).
func (s *RoutePointSession) SetDefaultRoute(destination, displayName string) {
	s.defRoute, s.defName = destination, displayName
}

// DefaultRoute returns the default route ("" when none).
func (s *RoutePointSession) DefaultRoute() string { return s.defRoute }

// Return ends the script with its value. true: the goal was reached and the route
// point's connection, if it still has the call, ends. false: the call goes to the
// default route, or ends when there is none. Later calls are ignored.
func (s *RoutePointSession) Return(ok bool) {
	defer s.p.flush()
	if s.returned {
		return
	}
	s.returned = true
	action := "none"
	for len(s.routes) > 0 {
		s.p.finishRoute(s.routes[0], Result{Reason: ReasonCancelled})
	}
	s.stopPrompt(false, ReasonCancelled)
	if s.conn.Live() {
		if ok {
			s.p.hangup(s.conn, ReasonCompleted)
			action = "terminate"
		} else {
			action = s.leave(ReasonCompleted)
		}
	}
	if s.p.observed() {
		s.p.Emit(s.call.ID, ScriptReturned{RoutePoint: s.dn.Number, Value: ok, Action: action})
	}
	s.SetMode(ModeWrapup)
	for i, x := range s.p.sessions {
		if x == s {
			s.p.sessions = append(s.p.sessions[:i], s.p.sessions[i+1:]...)
			break
		}
	}
}

// Sessions returns the route-point sessions that have not returned, oldest first.
func (p *PBX) Sessions() []*RoutePointSession { return p.sessions }
