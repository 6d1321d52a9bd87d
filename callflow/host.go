package callflow

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"rpbench/pbx"
	"rpbench/scripts"
)

// Options configure a Host.
type Options struct {
	// ReadFile reads a script; nil reads the file system, and for the embedded
	// default config (or a relative "scripts/..." path that does not exist on
	// disk) the scripts embedded in package scripts.
	ReadFile func(path string) ([]byte, error)
	// MaxSteps is each call's step budget (interpreter steps over the whole call);
	// 0 gives DefaultMaxSteps.
	MaxSteps int64
	// ReturnTimeout is how long a script may take to call Return after its call
	// left the route point; 0 gives DefaultReturnTimeout.
	ReturnTimeout time.Duration
	// IdleTimeout stops a script that runs none of its code for this long while its
	// call is still at the route point; 0 gives DefaultIdleTimeout.
	IdleTimeout time.Duration
	// Disconnected makes every call-control request fail with PBXIsNotConnected
	// (to test scripts' error paths).
	Disconnected bool
	// Location is the local time zone of DateTime.Now in scripts (nil: UTC).
	Location *time.Location
	// Seed seeds Random and Guid in scripts.
	Seed int64
	// SandboxDir is the folder System.IO may use ("" : no file access).
	SandboxDir string
	// HTTP answers scripts' HttpClient requests (nil: every request fails as
	// unreachable; rpbench never reaches the network by default).
	HTTP HTTPHandler
}

// HTTPHandler answers one HTTP request of a script. It runs on the loop and
// must call done before it returns, with the response or with err for a
// request that cannot be answered. The script's task completes after
// resp.Delay of loop time (for an error too), so HttpClient.Timeout,
// CancellationTokens and call events that happen meanwhile act as on a real PBX.
type HTTPHandler func(method, url string, body []byte, done func(resp HTTPResponse, err error))

// HTTPResponse is a canned HTTP response.
type HTTPResponse struct {
	Status  int
	Body    []byte
	Headers [][2]string
	// Delay is how long the answer takes to arrive (loop time; 0: at once,
	// still after the script's current work).
	Delay time.Duration
}

// Defaults of Options.
const (
	DefaultMaxSteps      = 10_000_000
	DefaultReturnTimeout = 60 * time.Second
	DefaultIdleTimeout   = 10 * time.Minute
)

// Host runs the C# scripts of every route point of a PBX. Like the PBX, it
// is driven from the PBX's loop: call its methods there (p.Post from other
// goroutines).
type Host struct {
	p      *pbx.PBX
	opts   Options
	points []*point          // by number, sorted
	byNum  map[string]*point // by number
	cur    *session          // the session whose code runs now (nil: none or unknown)
	steps  int64             // interpreter steps charged to calls so far
}

// point is one route point and its script.
type point struct {
	number string
	path   string // as resolved (file system path, or "scripts/<name>" embedded)
	name   string // file name used in positions ("ParkingRoutePointSample.cs")
	src    []byte
	mtime  time.Time
	prog   *script  // the code new calls run (nil: never compiled)
	diags  []string // diagnostics of the last failed load (nil: green)
}

// Status is a route point's script state, for the TUI's dot and for reports.
type Status struct {
	Number string
	Path   string
	Green  bool     // the code new calls run compiled (Diags may still hold a failed update)
	Diags  []string // "file(line,col): error CSxxxx: message" of the last failed load, or nil
}

// Attach hosts the C# script of every route point of p's configuration: it
// loads and checks each script and registers itself as the route points'
// handler. Scripts that fail to compile are reported as note events and in
// Status; their calls take the default route. The error is non-nil only for
// failures of the host itself.
func Attach(p *pbx.PBX, opts Options) (*Host, error) {
	if opts.MaxSteps <= 0 {
		opts.MaxSteps = DefaultMaxSteps
	}
	if opts.ReturnTimeout <= 0 {
		opts.ReturnTimeout = DefaultReturnTimeout
	}
	if opts.IdleTimeout <= 0 {
		opts.IdleTimeout = DefaultIdleTimeout
	}
	h := &Host{p: p, opts: opts, byNum: map[string]*point{}}
	cfg := p.Config()
	for _, rp := range cfg.RoutePoints {
		if rp.Script == "" {
			continue
		}
		pt := &point{number: rp.Number, path: rp.ScriptPath}
		if pt.path == "" {
			pt.path = rp.Script
		}
		pt.name = filepath.Base(pt.path)
		h.points = append(h.points, pt)
		h.byNum[pt.number] = pt
	}
	sort.Slice(h.points, func(i, j int) bool { return h.points[i].number < h.points[j].number })
	for _, pt := range h.points {
		h.load(pt, true)
		p.Handle(pt.number, pbx.HandlerFunc(h.start))
	}
	return h, nil
}

// AttachScript hosts src as the script of route point number (which must be a
// route point of the configuration), for tests and `rpbench` one-offs.
func (h *Host) AttachScript(number, name string, src []byte) error {
	dn := h.p.DN(number)
	if dn == nil || dn.Kind != pbx.KindRoutePoint {
		return fmt.Errorf("%s is not a route point", number)
	}
	pt := h.byNum[number]
	if pt == nil {
		pt = &point{number: number}
		h.points = append(h.points, pt)
		sort.Slice(h.points, func(i, j int) bool { return h.points[i].number < h.points[j].number })
		h.byNum[number] = pt
		h.p.Handle(number, pbx.HandlerFunc(h.start))
	}
	pt.path, pt.name = name, filepath.Base(name)
	h.compile(pt, src, true)
	if pt.prog == nil {
		return errors.New(strings.Join(pt.diags, "\n"))
	}
	return nil
}

// Statuses returns every hosted route point's script state, by number.
func (h *Host) Statuses() []Status {
	out := make([]Status, 0, len(h.points))
	for _, pt := range h.points {
		out = append(out, Status{Number: pt.number, Path: pt.path, Green: pt.prog != nil, Diags: pt.diags})
	}
	return out
}

// Reload re-reads and re-checks the script of route point number. A failed
// update keeps the previous code for new calls and reports the diagnostics
// (a note event, Status, and the returned error).
func (h *Host) Reload(number string) error {
	pt := h.byNum[number]
	if pt == nil {
		return fmt.Errorf("%s is not a hosted route point", number)
	}
	h.load(pt, false)
	if pt.diags != nil {
		return errors.New(strings.Join(pt.diags, "\n"))
	}
	return nil
}

// Poll reloads every script whose file changed since it was last read (by
// modification time and content). The caller drives it (the TUI on a timer).
// It returns the numbers of the route points it reloaded.
func (h *Host) Poll() []string {
	var out []string
	for _, pt := range h.points {
		fi, err := os.Stat(pt.path)
		if err != nil || fi.ModTime().Equal(pt.mtime) {
			continue
		}
		src, err := os.ReadFile(pt.path)
		if err != nil || bytes.Equal(src, pt.src) {
			pt.mtime = fi.ModTime()
			continue
		}
		h.load(pt, false)
		out = append(out, pt.number)
	}
	return out
}

// read reads a point's script.
func (h *Host) read(pt *point) ([]byte, error) {
	if h.opts.ReadFile != nil {
		return h.opts.ReadFile(pt.path)
	}
	src, err := os.ReadFile(pt.path)
	if err == nil {
		if fi, e := os.Stat(pt.path); e == nil {
			pt.mtime = fi.ModTime()
		}
		return src, nil
	}
	rel := filepath.ToSlash(pt.path)
	if strings.HasPrefix(rel, "scripts/") && (h.p.Config().Embedded || errors.Is(err, fs.ErrNotExist)) {
		if b, e := scripts.FS.ReadFile(strings.TrimPrefix(rel, "scripts/")); e == nil {
			return b, nil
		}
	}
	return nil, err
}

// load reads and compiles a point's script.
func (h *Host) load(pt *point, first bool) {
	src, err := h.read(pt)
	if err != nil {
		pt.diags = []string{fmt.Sprintf("%s: error: cannot read the script: %v", pt.path, err)}
		h.p.Emit(0, pbx.Note{Source: pt.number, Msg: "script not loaded: " + pt.diags[0]})
		return
	}
	h.compile(pt, src, first)
}

// compile checks and loads src as the point's new code.
func (h *Host) compile(pt *point, src []byte, first bool) {
	pt.src = src
	prog, diags := h.newScript(pt.name, src)
	if len(diags) > 0 {
		pt.diags = diags
		msg := "compile failed"
		if pt.prog != nil {
			msg += " (the previous code stays in use)"
		}
		h.p.Emit(0, pbx.Note{Source: pt.number, Msg: msg + ":\n" + strings.Join(diags, "\n")})
		return
	}
	pt.prog, pt.diags = prog, nil
	verb := "loaded"
	if !first {
		verb = "reloaded"
	}
	h.p.Emit(0, pbx.Note{Source: pt.number, Msg: verb + " " + pt.name + ": OK"})
}
