package runner

import (
	"encoding/xml"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"
)

// The JUnit XML types follow the Ant/Surefire dialect that CI services
// read: testsuites > testsuite > testcase > failure|error, system-out.

// JUnitSuites is the root element.
type JUnitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Time     string       `xml:"time,attr"`
	Suites   []JUnitSuite `xml:"testsuite"`
}

// JUnitSuite groups the scenarios of one folder.
type JUnitSuite struct {
	Name      string          `xml:"name,attr"`
	Tests     int             `xml:"tests,attr"`
	Failures  int             `xml:"failures,attr"`
	Errors    int             `xml:"errors,attr"`
	Skipped   int             `xml:"skipped,attr"`
	Time      string          `xml:"time,attr"`
	Timestamp string          `xml:"timestamp,attr,omitempty"`
	Cases     []JUnitTestCase `xml:"testcase"`
}

// JUnitTestCase is one scenario.
type JUnitTestCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Line      int           `xml:"line,attr,omitempty"`
	Time      string        `xml:"time,attr"`
	Failure   *JUnitFailure `xml:"failure,omitempty"`
	Error     *JUnitFailure `xml:"error,omitempty"`
	SystemOut *JUnitText    `xml:"system-out,omitempty"`
}

// JUnitText is an element holding text as CDATA.
type JUnitText struct {
	Text string `xml:",cdata"`
}

// JUnitFailure is a failure or an error: a one-line message, a type, and
// the details as its body.
type JUnitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Body    string `xml:",cdata"`
}

func secs(d time.Duration) string { return fmt.Sprintf("%.3f", d.Seconds()) }

// JUnit builds the JUnit document for a run: one testsuite per folder of
// scenario files, one testcase per scenario. A failure's message starts
// with the failing step's file:line:col; its body holds expected, actual
// and the last events; system-out holds the scenario's event log.
func JUnit(results []*Result) *JUnitSuites {
	root := &JUnitSuites{Name: "rpbench"}
	index := map[string]int{}
	var suiteTime []time.Duration
	var total time.Duration
	for _, r := range results {
		dir := filepath.ToSlash(filepath.Dir(r.Scenario.File))
		i, ok := index[dir]
		if !ok {
			i = len(root.Suites)
			index[dir] = i
			root.Suites = append(root.Suites, JUnitSuite{Name: dir})
			suiteTime = append(suiteTime, 0)
		}
		s := &root.Suites[i]
		tc := JUnitTestCase{
			Name:      r.Scenario.Name,
			Classname: classname(r.Scenario.File),
			File:      filepath.ToSlash(r.Scenario.File),
			Time:      secs(r.Wall),
		}
		if len(r.Events) > 0 {
			tc.SystemOut = &JUnitText{Text: EventLog(r.Events)}
		}
		if f := r.Failure; f != nil {
			jf := &JUnitFailure{Message: f.Error(), Type: f.Type, Body: f.Detail()}
			tc.Line = f.Pos.Line
			if f.Type == "setup" {
				tc.Error = jf
				s.Errors++
				root.Errors++
			} else {
				tc.Failure = jf
				s.Failures++
				root.Failures++
			}
		}
		s.Cases = append(s.Cases, tc)
		s.Tests++
		root.Tests++
		suiteTime[i] += r.Wall
		s.Time = secs(suiteTime[i])
		total += r.Wall
	}
	root.Time = secs(total)
	return root
}

// classname turns a scenario path into a dotted class name, as JUnit
// readers group by it: scenarios/basic-call.yaml -> scenarios.basic-call.
func classname(file string) string {
	p := filepath.ToSlash(strings.TrimSuffix(file, filepath.Ext(file)))
	for strings.HasPrefix(p, "./") || strings.HasPrefix(p, "../") {
		p = p[strings.IndexByte(p, '/')+1:]
	}
	return strings.ReplaceAll(p, "/", ".")
}

// WriteJUnit writes the JUnit XML document for results to w.
func WriteJUnit(w io.Writer, results []*Result) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(JUnit(results)); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
