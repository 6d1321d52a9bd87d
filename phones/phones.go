// Package phones holds endpoints for the pbx package: programmable simulated
// phones (Auto) that answer, talk, send DTMF and hang up on their own, and Phone,
// a handle through which a scenario or the TUI acts as the person at a phone.
// The simple behaviours of the configuration (answer after a delay, never, busy,
// reject, DND, offline, forwarding) are built into pbx itself so that every PBX
// has them; this package adds what a configuration cannot say.
//
// SIP phones and trunks (sipgo) will live here too.
package phones

import (
	"time"

	"rpbench/pbx"
)

// Auto is a simulated phone that acts by itself: it answers each offered call after
// AnswerAfter (never when negative), sends Digits DigitsAfter the call connected,
// and hangs up HangupAfter the call connected (never when zero). Attach it with
// pbx.PBX.SetEndpoint; it replaces the extension's configured answer behaviour.
type Auto struct {
	AnswerAfter time.Duration
	HangupAfter time.Duration
	Digits      string
	DigitsAfter time.Duration

	connected map[pbx.ConnID]bool // connections already handled (a resumed call is not handled twice)
}

// Offered schedules the answer.
func (a *Auto) Offered(p *pbx.PBX, c *pbx.Connection) {
	if a.AnswerAfter < 0 {
		return
	}
	p.AfterFunc(a.AnswerAfter, func() {
		if c.Status == pbx.StatusRinging {
			p.AnswerConnection(c)
		}
	})
}

// Changed schedules the digits and the hang-up once the call is connected.
func (a *Auto) Changed(p *pbx.PBX, c *pbx.Connection) {
	if !c.Live() {
		delete(a.connected, c.ID)
		return
	}
	if c.Status != pbx.StatusConnected || a.connected[c.ID] {
		return
	}
	if a.connected == nil {
		a.connected = map[pbx.ConnID]bool{}
	}
	a.connected[c.ID] = true
	if a.Digits != "" {
		p.AfterFunc(a.DigitsAfter, func() {
			if c.Status == pbx.StatusConnected {
				p.SendDTMF(c.Number, a.Digits)
			}
		})
	}
	if a.HangupAfter > 0 {
		p.AfterFunc(a.HangupAfter, func() {
			if c.Live() {
				p.DropConnection(c)
			}
		})
	}
}

// Phone is the person at a phone: an extension number or an external party's
// number, and the PBX. Its methods run on the PBX's loop.
type Phone struct {
	PBX    *pbx.PBX
	Number string
}

// New returns the Phone for number on p.
func New(p *pbx.PBX, number string) *Phone { return &Phone{PBX: p, Number: number} }

// Dial calls number.
func (ph *Phone) Dial(number string) (*pbx.Call, error) { return ph.PBX.Dial(ph.Number, number) }

// Answer answers the ringing call.
func (ph *Phone) Answer() error { return ph.PBX.Answer(ph.Number) }

// Reject rejects the ringing call.
func (ph *Phone) Reject() error { return ph.PBX.Reject(ph.Number) }

// Drop hangs up.
func (ph *Phone) Drop() error { return ph.PBX.Drop(ph.Number) }

// Hold puts the call on hold.
func (ph *Phone) Hold() error { return ph.PBX.Hold(ph.Number) }

// Resume takes the held call back.
func (ph *Phone) Resume() error { return ph.PBX.Resume(ph.Number) }

// Transfer blind-transfers the other party to target.
func (ph *Phone) Transfer(target string) error { return ph.PBX.BlindTransfer(ph.Number, target) }

// Consult starts an attended transfer to target.
func (ph *Phone) Consult(target string) (*pbx.Call, error) { return ph.PBX.Consult(ph.Number, target) }

// CompleteTransfer completes the attended transfer.
func (ph *Phone) CompleteTransfer() error { return ph.PBX.CompleteTransfer(ph.Number) }

// SendDTMF sends digits.
func (ph *Phone) SendDTMF(digits string) error { return ph.PBX.SendDTMF(ph.Number, digits) }

// Pickup answers the call ringing at extension ringing.
func (ph *Phone) Pickup(ringing string) error { return ph.PBX.Pickup(ph.Number, ringing) }

// State returns the phone's state from a fresh snapshot (false when unknown).
func (ph *Phone) State() (pbx.PhoneState, bool) {
	s := ph.PBX.Snapshot()
	return s.Phone(ph.Number)
}
