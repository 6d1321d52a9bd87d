package runner

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
)

// Exit codes of `rpbench run`.
const (
	ExitPassed   = 0 // every scenario passed
	ExitFailed   = 1 // at least one scenario failed
	ExitBadInput = 2 // a scenario, flag or path could not be read
)

// Batch is one invocation of `rpbench run`: which scenarios, which reports.
type Batch struct {
	Paths    []string       // files and folders
	JUnit    string         // JUnit XML file to write, or ""
	JSON     bool           // NDJSON events and results on Stdout (progress goes to Stderr)
	TraceDir string         // where failed scenarios' traces go, or ""
	Filter   *regexp.Regexp // only scenarios whose name or file matches, or nil
	Tags     []string       // only scenarios with one of these tags; "!tag" excludes
	Verbose  bool           // print every scenario's event log under its progress line
	Options  Options
	Stdout   io.Writer
	Stderr   io.Writer
}

// Collect expands paths into scenario files: a file is taken as it is,
// unless it is a PBX config (*.pbx.yaml); a folder is walked for *.yaml and
// *.yml files, skipping PBX configs, folders named testdata and folders
// starting with . or _.
// The files of each folder come in name order.
func Collect(paths []string) ([]string, error) {
	var out []string
	var errs ErrorList
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			errs.Add(Pos{File: p}, "cannot read: %s", unwrapPathErr(err))
			continue
		}
		if !info.IsDir() {
			if !isPBXConfigName(filepath.Base(p)) { // a shell glob such as scenarios/*.yaml names configs too
				out = append(out, p)
			}
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			name := d.Name()
			if d.IsDir() {
				if path != p && (name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
					return filepath.SkipDir
				}
				return nil
			}
			if IsScenarioFile(name) {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			errs.Add(Pos{File: p}, "cannot read: %s", unwrapPathErr(err))
		}
		if len(found) == 0 && err == nil {
			errs.Add(Pos{File: p}, "no scenario files (*.yaml) in this folder")
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, errs.Err()
}

// IsScenarioFile reports whether a file name is taken as a scenario when
// its folder is walked.
func IsScenarioFile(name string) bool {
	if isPBXConfigName(name) {
		return false
	}
	return strings.HasSuffix(name, ".yaml") || strings.HasSuffix(name, ".yml")
}

// isPBXConfigName reports whether a file is named as a PBX config
// (*.pbx.yaml); Collect skips those, even when named on the command line.
func isPBXConfigName(name string) bool {
	return strings.HasSuffix(name, ".pbx.yaml") || strings.HasSuffix(name, ".pbx.yml")
}

// Selected reports whether a scenario passes the batch's filter and tags.
func (b *Batch) Selected(s *Scenario) bool {
	if b.Filter != nil && !b.Filter.MatchString(s.Name) && !b.Filter.MatchString(filepath.ToSlash(s.File)) {
		return false
	}
	include := false
	hasInclude := false
	for _, t := range b.Tags {
		if ex, ok := strings.CutPrefix(t, "!"); ok {
			if s.HasTag(ex) {
				return false
			}
			continue
		}
		hasInclude = true
		if s.HasTag(t) {
			include = true
		}
	}
	return include || !hasInclude
}

// Execute loads every scenario, reports input errors (exit 2) before
// running any, runs the selected ones writing one progress line each and a
// closing "N passed, M failed" line, writes the requested reports, and
// returns the exit code.
func (b *Batch) Execute() int {
	stdout, stderr := b.Stdout, b.Stderr
	if stdout == nil {
		stdout = os.Stdout
	}
	if stderr == nil {
		stderr = os.Stderr
	}
	progress := stdout
	if b.JSON {
		progress = stderr
	}
	files, err := Collect(b.Paths)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return ExitBadInput
	}
	var scenarios []*Scenario
	var errs ErrorList
	for _, f := range files {
		s, err := Load(f, b.Options)
		if err != nil {
			if l, ok := err.(ErrorList); ok {
				errs = append(errs, l...)
			} else {
				errs.Add(Pos{File: f}, "%v", err)
			}
			continue
		}
		scenarios = append(scenarios, s)
	}
	if len(errs) > 0 {
		fmt.Fprintln(stderr, errs.Err())
		fmt.Fprintf(stderr, "%d bad scenario file(s): nothing was run\n", countFiles(errs))
		return ExitBadInput
	}
	var results []*Result
	passed, failed := 0, 0
	out := bufio.NewWriter(stdout)
	for _, s := range scenarios {
		if !b.Selected(s) {
			continue
		}
		r := Run(s, b.Options)
		results = append(results, r)
		if r.Passed() {
			passed++
		} else {
			failed++
		}
		fmt.Fprintln(progress, ProgressLine(r))
		if b.Verbose && len(r.Events) > 0 {
			fmt.Fprint(progress, indent(EventLog(r.Events), "    "))
		}
		if !r.Passed() {
			fmt.Fprint(progress, indent(r.Failure.Detail(), "    "))
		}
		if b.JSON {
			writeNDJSON(out, r)
			out.Flush()
		}
		if b.TraceDir != "" && !r.Passed() {
			if err := WriteTraceFiles(b.TraceDir, r); err != nil {
				fmt.Fprintf(stderr, "rpbench: --trace: %v\n", err)
				return ExitBadInput
			}
		}
	}
	out.Flush()
	if b.JUnit != "" {
		if err := writeFile(b.JUnit, func(w io.Writer) error { return WriteJUnit(w, results) }); err != nil {
			fmt.Fprintf(stderr, "rpbench: --junit: %v\n", err)
			return ExitBadInput
		}
	}
	if len(results) == 0 {
		fmt.Fprintln(stderr, "rpbench: no scenario matched --run and --tags")
	}
	fmt.Fprintf(progress, "%d passed, %d failed\n", passed, failed)
	if failed > 0 {
		return ExitFailed
	}
	return ExitPassed
}

func countFiles(errs ErrorList) int {
	seen := map[string]bool{}
	for _, e := range errs {
		seen[e.Pos.File] = true
	}
	return len(seen)
}

func indent(s, prefix string) string {
	var b strings.Builder
	for _, line := range strings.SplitAfter(strings.TrimRight(s, "\n"), "\n") {
		b.WriteString(prefix)
		b.WriteString(line)
	}
	b.WriteByte('\n')
	return b.String()
}

// ProgressLine is the one line printed for a finished scenario.
func ProgressLine(r *Result) string {
	status := "PASS"
	if !r.Passed() {
		status = "FAIL"
	}
	extra := ""
	if r.GoldenUpdated {
		extra = ", golden updated"
	}
	return fmt.Sprintf("%s %s: %s (%d events, %s virtual, %s%s)", status, filepath.ToSlash(r.Scenario.File),
		r.Scenario.Name, len(r.Events), fmtVirtual(r.Virtual), r.Wall.Round(time.Microsecond), extra)
}

func fmtVirtual(d time.Duration) string {
	return d.Round(time.Millisecond).String()
}

// writeFile creates path (and its folder) and fills it with write.
func writeFile(path string, write func(io.Writer) error) error {
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	if err := write(w); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// ndjsonEvent is one line of --json output for an event.
type ndjsonEvent struct {
	Type     string          `json:"type"`
	Scenario string          `json:"scenario"`
	File     string          `json:"file"`
	Seq      uint64          `json:"seq"`
	AtMS     float64         `json:"at_ms"`
	Kind     string          `json:"kind"`
	Text     string          `json:"text"`
	Event    json.RawMessage `json:"event,omitempty"`
}

// ndjsonResult is the line of --json output closing a scenario.
type ndjsonResult struct {
	Type      string  `json:"type"`
	Scenario  string  `json:"scenario"`
	File      string  `json:"file"`
	Result    string  `json:"result"`
	Events    int     `json:"events"`
	VirtualMS float64 `json:"virtual_ms"`
	WallMS    float64 `json:"wall_ms"`
	Failure   *struct {
		Pos      string `json:"pos"`
		Type     string `json:"type"`
		Message  string `json:"message"`
		Expected string `json:"expected,omitempty"`
		Actual   string `json:"actual,omitempty"`
	} `json:"failure,omitempty"`
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// WriteNDJSON writes a scenario's events, one JSON object per line, and a
// closing result object.
func WriteNDJSON(w io.Writer, r *Result) error {
	bw := bufio.NewWriter(w)
	writeNDJSON(bw, r)
	return bw.Flush()
}

func writeNDJSON(w *bufio.Writer, r *Result) {
	enc := json.NewEncoder(w)
	file := filepath.ToSlash(r.Scenario.File)
	for _, e := range r.Events {
		var raw json.RawMessage
		if b := e.JSON(); len(b) > 0 && json.Valid(b) {
			raw = b
		}
		enc.Encode(ndjsonEvent{Type: "event", Scenario: r.Scenario.Name, File: file, Seq: e.Seq, AtMS: ms(e.At), Kind: e.Kind, Text: e.Text, Event: raw})
	}
	res := ndjsonResult{Type: "result", Scenario: r.Scenario.Name, File: file, Result: "pass", Events: len(r.Events), VirtualMS: ms(r.Virtual), WallMS: ms(r.Wall)}
	if f := r.Failure; f != nil {
		res.Result = "fail"
		res.Failure = &struct {
			Pos      string `json:"pos"`
			Type     string `json:"type"`
			Message  string `json:"message"`
			Expected string `json:"expected,omitempty"`
			Actual   string `json:"actual,omitempty"`
		}{f.Pos.String(), f.Type, f.Message, f.Expected, f.Actual}
	}
	enc.Encode(res)
}

var slugRE = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

// TraceBase is the file name stem of a scenario's trace files.
func TraceBase(s *Scenario) string {
	p := filepath.ToSlash(strings.TrimSuffix(s.File, filepath.Ext(s.File)))
	for strings.HasPrefix(p, "./") || strings.HasPrefix(p, "../") {
		p = p[strings.IndexByte(p, '/')+1:]
	}
	return strings.Trim(slugRE.ReplaceAllString(strings.ReplaceAll(p, "/", "__"), "-"), "-")
}

// WriteTraceFiles writes a scenario's artifacts into dir: the event log
// (.events.txt), the NDJSON events (.ndjson), a text ladder (.ladder.txt)
// and a Mermaid sequence diagram (.mmd); for a failure the event log ends
// with the failure's details.
func WriteTraceFiles(dir string, r *Result) error {
	base := filepath.Join(dir, TraceBase(r.Scenario))
	err := writeFile(base+".events.txt", func(w io.Writer) error {
		_, err := io.WriteString(w, EventLog(r.Events))
		if err == nil && r.Failure != nil {
			_, err = io.WriteString(w, "\nFAILED "+r.Failure.Detail())
		}
		return err
	})
	if err == nil {
		err = writeFile(base+".ndjson", func(w io.Writer) error { return WriteNDJSON(w, r) })
	}
	if err == nil {
		err = writeFile(base+".ladder.txt", func(w io.Writer) error { return WriteLadder(w, r.Events) })
	}
	if err == nil {
		err = writeFile(base+".mmd", func(w io.Writer) error { return WriteMermaid(w, r.Scenario.Name, r.Events) })
	}
	return err
}
