package pbx

import (
	"strconv"
	"strings"
	"time"
)

// DNKind is the kind of a directory number.
type DNKind int

// The kinds of DN the PBX knows.
const (
	KindNone       DNKind = iota
	KindExtension         // a phone
	KindRoutePoint        // a scripted route point
	KindTrunk             // an external line (trunk)
	KindExternal          // a number outside the PBX, reached through a trunk
	KindDialCode          // a dial code that leads to another DN
)

var kindNames = [...]string{"none", "extension", "route-point", "trunk", "external", "dial-code"}

// String returns the kind's name ("extension", "route-point", ...).
func (k DNKind) String() string {
	if k < 0 || int(k) >= len(kindNames) {
		return "kind(" + strconv.Itoa(int(k)) + ")"
	}
	return kindNames[k]
}

// MarshalText returns the String form.
func (k DNKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// DN is a directory number of the PBX: an extension, a route point or a trunk.
// DNs come from the configuration and do not change while the PBX runs, except
// the extension's runtime state (registered, DND), which the user may toggle.
type DN struct {
	Number     string
	Name       string
	Kind       DNKind
	Properties map[string]string

	Ext   *ExtensionConfig  // set for extensions
	RP    *RoutePointConfig // set for route points
	Trunk *TrunkConfig      // set for trunks

	// runtime state of extensions
	registered bool
	dnd        bool
	conns      []*Connection // live connections at this DN, oldest first
	endpoint   Endpoint
}

// Property returns the DN's property name (empty when unset).
func (d *DN) Property(name string) string { return d.Properties[name] }

// Registered reports whether an extension's phone is registered.
func (d *DN) Registered() bool { return d.registered }

// DND reports whether an extension is in do-not-disturb.
func (d *DN) DND() bool { return d.dnd }

// Connections returns the live connections at the DN, oldest first. Do not modify the slice.
func (d *DN) Connections() []*Connection { return d.conns }

// String returns the number.
func (d *DN) String() string {
	if d == nil {
		return ""
	}
	return d.Number
}

// ConnStatus is the status of a connection.
type ConnStatus uint8

// Connection statuses.
const (
	StatusNone       ConnStatus = iota
	StatusDialing               // the originator, while the other side rings
	StatusRinging               // offered to the party, not answered
	StatusConnected             // talking
	StatusHeld                  // this party put the call on hold
	StatusTerminated            // over; Reason says why
)

var statusNames = [...]string{"none", "dialing", "ringing", "connected", "held", "terminated"}

// String returns the status name.
func (s ConnStatus) String() string {
	if int(s) >= len(statusNames) {
		return "status(" + strconv.Itoa(int(s)) + ")"
	}
	return statusNames[s]
}

// MarshalText returns the String form.
func (s ConnStatus) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Reason says why a connection, a call or a primitive ended the way it did.
type Reason uint8

// Reasons. The String forms are what traces and scenarios use.
const (
	ReasonNone               Reason = iota
	ReasonAnswered                  // answered
	ReasonNoAnswer                  // no answer (ring or route timeout)
	ReasonBusy                      // busy
	ReasonRejected                  // rejected by the called party
	ReasonNotFound                  // not found: the number is unknown
	ReasonInvalidState              // invalid state: the primitive is not allowed now
	ReasonParentTerminated          // parent connection terminated: the caller left
	ReasonCompletedElsewhere        // completed elsewhere: another route answered
	ReasonCancelled                 // cancelled
	ReasonHangup                    // hangup: this party dropped
	ReasonRemoteHangup              // remote hangup: the other party dropped
	ReasonTransferred               // transferred: the party left by a transfer
	ReasonReplaced                  // replaced: a route point's connection replaced by the answering route
	ReasonDiverted                  // diverted
	ReasonPickedUp                  // picked up by another extension
	ReasonDND                       // do not disturb
	ReasonNotRegistered             // not registered
	ReasonForwarded                 // forwarded
	ReasonTerminated                // terminated by the route point
	ReasonDropped                   // dropped by the route point
	ReasonCompleted                 // completed: the script returned
	ReasonLoop                      // forward loop
	ReasonHeld                      // held
	ReasonOK                        // ok
)

var reasonNames = [...]string{"", "answered", "no answer", "busy", "rejected", "not found", "invalid state",
	"parent connection terminated", "completed elsewhere", "cancelled", "hangup", "remote hangup",
	"transferred", "replaced", "diverted", "picked up", "do not disturb", "not registered", "forwarded",
	"terminated", "dropped", "completed", "forward loop", "held", "ok"}

// String returns the reason as traces print it ("no answer", "completed elsewhere", ...).
func (r Reason) String() string {
	if int(r) >= len(reasonNames) {
		return "reason(" + strconv.Itoa(int(r)) + ")"
	}
	return reasonNames[r]
}

// MarshalText returns the String form.
func (r Reason) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// ParseReason parses a Reason's String form; '-' and '_' may stand for spaces.
func ParseReason(s string) (Reason, bool) {
	s = strings.NewReplacer("-", " ", "_", " ").Replace(strings.ToLower(s))
	for i, n := range reasonNames {
		if n == s && i > 0 {
			return Reason(i), true
		}
	}
	return ReasonNone, false
}

// MediaKind says what kind of audio a party hears.
type MediaKind uint8

// Media kinds.
const (
	HearsSilence MediaKind = iota // nothing
	HearsParty                    // the other party's voice
	HearsMOH                      // music on hold (a file)
	HearsPrompt                   // a prompt (an id or a file)
	HearsTone                     // a tone: ringback, busy
)

var mediaNames = [...]string{"silence", "party", "moh", "prompt", "tone"}

// String returns the kind's name.
func (k MediaKind) String() string {
	if int(k) >= len(mediaNames) {
		return "media(" + strconv.Itoa(int(k)) + ")"
	}
	return mediaNames[k]
}

// MarshalText returns the String form.
func (k MediaKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Media is what a party hears: Kind and What (the other party's number, the MOH
// file, the prompt, the tone's name).
type Media struct {
	Kind MediaKind `json:"kind"`
	What string    `json:"what,omitempty"`
}

// String returns "silence", or "kind:what" such as "party:101", "moh:music.wav", "tone:ringback".
func (m Media) String() string {
	if m.Kind == HearsSilence {
		return "silence"
	}
	return m.Kind.String() + ":" + m.What
}

// ExecMode is a route-point script's execution mode.
type ExecMode int

// Execution modes, as ScriptExecutionMode names them.
const (
	ModeActive  ExecMode = iota // the script controls the call
	ModePassive                 // a child script (Call) is running
	ModeWrapup                  // detached: only Return may be used
)

var modeNames = [...]string{"Active", "Passive", "Wrapup"}

// String returns the mode's name as in C# ("Active", "Passive", "Wrapup").
func (m ExecMode) String() string {
	if m < 0 || int(m) >= len(modeNames) {
		return "mode(" + strconv.Itoa(int(m)) + ")"
	}
	return modeNames[m]
}

// MarshalText returns the String form.
func (m ExecMode) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// ConnID identifies a connection within a PBX (1, 2, 3, ...).
type ConnID uint64

// Connection is one party's participation in a call.
type Connection struct {
	ID     ConnID
	Call   *Call
	DN     *DN // the party's DN: extension, route point, or trunk for external parties
	Status ConnStatus
	Reason Reason // why it terminated

	// Number is the party's number: the DN's number, or the external number for trunk parties.
	Number string
	// Name is the party's display name.
	Name string
	// Inbound is true for the connection that was offered the call (the called side).
	Inbound bool
	// DialedNumber is the number dialled to reach this connection.
	DialedNumber string
	// ReferredBy is the extension that blind-transferred the call to this connection.
	ReferredBy *DN
	// OnBehalfOf is the DN on whose behalf the call was offered here (forwarding).
	OnBehalfOf *DN
	// LastChange is when Status last changed.
	LastChange time.Time
	// Hears is what the party hears now.
	Hears Media
	// ShownID and ShownName, when set, are the caller number and name this party's
	// phone displays instead of the other party's (a RouteRequest's CustomSource).
	ShownID, ShownName string

	side     int // 0 or 1
	ringTmr  *Timer
	autoTmr  *Timer
	route    *route // set for route forks
	session  *RoutePointSession
	visited  []string // forwarding chain that led here
	noFwd    bool     // forwarding is not applied (RouteTo targets)
	transfer *pendingTransfer
}

// Live reports whether the connection has not terminated.
func (c *Connection) Live() bool { return c.Status != StatusTerminated && c.Status != StatusNone }

// Peer returns the connection on the other side of the call (nil when none).
func (c *Connection) Peer() *Connection {
	if c.Call == nil {
		return nil
	}
	return c.Call.legs[1-c.side]
}

// Session returns the route-point session of a route point's connection (nil otherwise).
func (c *Connection) Session() *RoutePointSession { return c.session }

// String returns "c1/100".
func (c *Connection) String() string { return c.Call.ID.String() + "/" + c.Number }

// Call is a call: two sides (the originator and the called side), each with at
// most one current connection, plus forks: connections a route point's RouteTo is
// ringing on behalf of its side.
type Call struct {
	ID      CallID
	Created time.Time
	// Ended is set when the call ended; Reason says why.
	Ended  bool
	Reason Reason
	// DID is the number dialled on the trunk for inbound trunk calls.
	DID string
	// DIDName is the name configured for the DID.
	DIDName string

	legs   [2]*Connection
	forks  []*Connection
	all    []*Connection // every connection ever, in creation order
	allBuf [4]*Connection
	fbuf   [2]*Connection
}

// Legs returns the two current connections (either may be nil).
func (c *Call) Legs() [2]*Connection { return c.legs }

// Connections returns every connection the call ever had, in creation order.
func (c *Call) Connections() []*Connection { return c.all }

// Forks returns the ringing route forks.
func (c *Call) Forks() []*Connection { return c.forks }
