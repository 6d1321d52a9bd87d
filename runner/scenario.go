package runner

import (
	"regexp"
	"time"

	"go.yaml.in/yaml/v3"

	"rpbench/pbx"
)

// FormatVersion is the scenario format version this package reads.
const FormatVersion = 1

// Scenario is one decoded scenario file.
type Scenario struct {
	File        string // the path as given
	Version     int
	Name        string
	Description string
	Tags        []string
	PBX         PBXSpec
	Clock       Clock
	HTTP        []HTTPFixture
	Steps       []Step
	Golden      string // resolved path of the golden trace, or ""
	GoldenPos   Pos

	source []byte      // the file's text, for inline PBX configs
	cfg    *pbx.Config // the PBX config with overrides, set by Load
}

// HasTag reports whether the scenario carries tag.
func (s *Scenario) HasTag(tag string) bool {
	for _, t := range s.Tags {
		if t == tag {
			return true
		}
	}
	return false
}

// PBXSpec says which PBX config a scenario runs on and what it overrides.
type PBXSpec struct {
	Pos Pos
	// Config is "default" for the embedded demo config or a file path
	// resolved against the scenario's folder; it is "" when Inline is set.
	Config string
	// Inline is a whole config written in the scenario, or nil.
	Inline *yaml.Node
	// Parameters override system parameters, in file order.
	Parameters []Param
	// Extensions override fields of extensions, keyed by number, in file order.
	Extensions []Override
	// RoutePoints bind route points to Go handlers or scripts, in file order.
	RoutePoints []RoutePointBinding
}

// Param is one system parameter override.
type Param struct {
	Pos         Pos
	Name, Value string
}

// Override replaces fields of the config entry with a number by the fields
// of Node (a YAML mapping), merged one level deep.
type Override struct {
	Pos    Pos
	Number string
	Node   *yaml.Node
}

// RoutePointBinding binds a route point to a Go handler ("go:NAME") or a
// script file (resolved against the scenario's folder), adding the route
// point to the config when it is not there.
type RoutePointBinding struct {
	Pos     Pos
	Number  string
	Handler string // "go:NAME", or ""
	Script  string // a .cs path, or ""
}

// Clock is the virtual clock a scenario starts with.
type Clock struct {
	Pos      Pos
	Start    time.Time // in Location
	Location *time.Location
	Seed     int64
}

// DefaultStart is the clock's start when a scenario does not set one:
// Monday 2024-01-01 09:00 UTC, inside office hours.
var DefaultStart = time.Date(2024, 1, 1, 9, 0, 0, 0, time.UTC)

// HTTPFixture answers scripts' HTTP requests that match Method and URL (or
// URLRegex) with a canned response after Delay of virtual time.
type HTTPFixture struct {
	Pos      Pos
	Method   string // upper case; "" matches any method
	URL      string // exact URL, or ""
	URLRegex *regexp.Regexp
	Status   int
	Body     string
	Headers  []Header
	Delay    time.Duration
}

// Matches reports whether the fixture answers a request.
func (f *HTTPFixture) Matches(method, url string) bool {
	if f.Method != "" && f.Method != method {
		return false
	}
	if f.URLRegex != nil {
		return f.URLRegex.MatchString(url)
	}
	return f.URL == url
}

// FindFixture returns the first fixture of s that answers a request, or nil.
func (s *Scenario) FindFixture(method, url string) *HTTPFixture {
	for i := range s.HTTP {
		if s.HTTP[i].Matches(method, url) {
			return &s.HTTP[i]
		}
	}
	return nil
}

// Header is one HTTP header of a fixture's response.
type Header struct {
	Name, Value string
}

// Step is one step of a scenario: exactly one of the pointer fields is set,
// according to Verb.
type Step struct {
	Pos  Pos    // the position of the verb
	Verb string // one of Verbs()
	Name string // an optional description shown in reports

	Op      *PhoneOp // dial, answer, reject, drop, hold, resume, transfer, consult, complete, dtmf, pickup
	Inbound *Inbound // inbound
	Advance time.Duration
	Wait    *Wait
	Expect  *Expect
}

// Ref names a phone: an extension number or an alias given by an inbound step.
type Ref struct {
	Pos  Pos
	Name string
}

// PhoneOp is a user action on a phone.
type PhoneOp struct {
	Phone  Ref    // the phone acting (dial: from)
	To     string // dial, transfer, consult: the number dialled
	ToPos  Pos
	Digits string // dtmf
	At     *Ref   // pickup: the ringing phone, or nil for any
}

// Inbound is a call from outside arriving on a trunk.
type Inbound struct {
	Trunk    string
	TrunkPos Pos
	From     string // caller id
	Name     string // caller name
	DID      string // the number dialled
	As       string // alias by which later steps name the caller
	AsPos    Pos
}

// Wait runs virtual time until a phone reaches a state or an event
// arrives, failing after Timeout.
type Wait struct {
	Timeout time.Duration
	Phone   *PhoneCond
	Event   *Matcher
}

// DefaultWaitTimeout is a wait's timeout when the step sets none.
const DefaultWaitTimeout = 30 * time.Second

// Expect checks a phone's state now, and/or that events happened.
type Expect struct {
	Phone    *PhoneCond
	Events   []Matcher
	AnyOrder bool
	// Absent lists events that must not have happened since the last
	// events expectation.
	Absent []Matcher
}

// PhoneCond is a condition on one phone's current state.
type PhoneCond struct {
	Phone Ref
	State string // one of PhoneStates, or ""
	With  string // the other party, or ""
	Hears string // moh, silence, ringback, tone, prompt, a file name or a party, or ""
	Pos   Pos
	// HearsPos is the position of the hears value.
	HearsPos Pos
}

// PhoneStates are the states a phone can be expected in.
var PhoneStates = []string{"idle", "dialing", "ringing", "talking", "held"}

// Matcher describes an event. Kind is one of MatcherKinds; the other fields
// are optional constraints.
type Matcher struct {
	Pos     Pos
	Kind    string
	Phone   string   // state, media, dtmf, transfer: the party
	Point   string   // route, route_result, log, return, start: the route point
	State   string   // state
	With    string   // state: the other party
	Targets []string // route: the targets, in order
	Result  string   // route_result: ok or failed
	Reason  string   // route_result: answered, no answer, busy, ...
	Level   string   // log
	Match   *regexp.Regexp
	Value   string // return: true or false
	Hears   string // media
	Digit   string // dtmf: one digit
	To      string // transfer
}

// MatcherKinds are the kinds of events a Matcher names.
var MatcherKinds = []string{"state", "route", "route_result", "log", "return", "media", "dtmf", "transfer", "start", "text"}

// LogLevels are the script log levels, lowest first.
var LogLevels = []string{"trace", "debug", "info", "warn", "error", "critical"}
