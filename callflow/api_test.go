package callflow

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"rpbench/csharp/syntax"
)

// apiMember is one line of testdata/api-members.txt.
type apiMember struct {
	name, mode, stmt string
	line             int
}

var apiModes = map[string]bool{"run": true, "check": true, "rejected": true, "throws": true}

func readAPIMembers(t *testing.T) []apiMember {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "api-members.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var out []apiMember
	for i, l := range strings.Split(string(b), "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) < 3 || !apiModes[f[1]] {
			t.Fatalf("testdata/api-members.txt:%d: want member<TAB>run|check|rejected|throws<TAB>statement", i+1)
		}
		out = append(out, apiMember{name: f[0], mode: f[1], stmt: f[2], line: i + 1})
	}
	return out
}

// apiScript is a route-point script with one method per member (M0, M1, ...,
// each on its own line, from line apiFirstLine on); Start runs the "run" ones
// in a live call and logs "OK i" or "FAIL i <exception>" for each.
func apiScript(ms []apiMember, only func(apiMember) bool) string {
	var b strings.Builder
	b.WriteString(`#nullable disable
using CallFlow;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TCX.Configuration;
using TCX.PBXAPI;
namespace tests {
public class TestScript : ScriptBase<TestScript> {
static void Use(object o) { }
static object Fail(string why) { throw new Exception("wrong " + why); }
static void Nothing() { }
`)
	for i, m := range ms {
		if only(m) {
			fmt.Fprintf(&b, "async Task M%d() { %s await Task.Yield(); }\n", i, m.stmt)
		} else {
			b.WriteString("\n")
		}
	}
	b.WriteString("public override async void Start() {\nawait MyCall.AssureMedia();\n")
	for i, m := range ms {
		if only(m) && (m.mode == "run" || m.mode == "throws") {
			fmt.Fprintf(&b, "try { await M%d(); MyCall.Info(\"OK %d\"); } catch (Exception ex) { MyCall.Info(\"FAIL %d {0}\", ex); }\n", i, i, i)
		}
	}
	b.WriteString("MyCall.Return(true);\n}\n}\n}\n")
	return b.String()
}

const apiFirstLine = 15 // the line of M0 in apiScript

// TestAPIMembers checks every type and member of the 3CX API
// (testdata/api-members.txt, checked against route-point-api.md when that is
// beside the repository): "run" and "check" members pass the checker, "run"
// members also run in a live call without an exception, "rejected" ones are
// checker errors that name them.
func TestAPIMembers(t *testing.T) {
	ms := readAPIMembers(t)
	u := universe()
	if u == nil {
		t.Skip("the checker is not available")
	}
	accepted := func(m apiMember) bool { return m.mode != "rejected" }
	src := apiScript(ms, accepted)
	f, err := syntax.ParseFile("Test.cs", []byte(src))
	if err != nil {
		t.Fatalf("parse: %v\n%s", err, src)
	}
	for _, d := range u.Check(f) {
		if d.Severity != syntax.SevError {
			continue
		}
		if i := int(d.Pos.Line) - apiFirstLine; i >= 0 && i < len(ms) {
			t.Errorf("api-members.txt:%d: %s: %v", ms[i].line, ms[i].name, d)
		} else {
			t.Errorf("%v", d)
		}
	}
	for i, m := range ms {
		if m.mode != "rejected" {
			continue
		}
		one := apiScript(ms, func(x apiMember) bool { return x == m })
		f, err := syntax.ParseFile("Bad.cs", []byte(one))
		if err != nil {
			t.Fatal(err)
		}
		name := lastName(m.name)
		found := false
		var all []string
		for _, d := range u.Check(f) {
			all = append(all, d.String())
			if d.Severity == syntax.SevError && int(d.Pos.Line) == apiFirstLine+i && strings.Contains(d.Msg, name) {
				found = true
			}
		}
		if !found {
			t.Errorf("api-members.txt:%d: %s is not rejected by a diagnostic naming %q: %v", m.line, m.name, name, all)
		}
	}
	if t.Failed() {
		return
	}
	// The "run" and "throws" members, in a live call.
	r := newRig(t, map[string]string{"Test.cs": src}, Options{})
	r.dial("100", "#200")
	r.run(30 * time.Second)
	tr := r.trace()
	for i, m := range ms {
		switch m.mode {
		case "run":
			if !strings.Contains(tr, fmt.Sprintf(`"OK %d"`, i)) {
				t.Errorf("api-members.txt:%d: %s did not run: %s", m.line, m.name, grepLine(tr, fmt.Sprintf(`"FAIL %d `, i)))
			}
		case "throws":
			if l := grepLine(tr, fmt.Sprintf(`"FAIL %d `, i)); !strings.Contains(l, lastName(m.name)) {
				t.Errorf("api-members.txt:%d: %s did not throw an exception naming it: %s", m.line, m.name, l)
			}
		}
	}
	r.want(`return c1 #200 true`)
	r.wantNot(`fault`)
}

// lastName is the last dotted component of a member name ("DN.RouteToAsync": "RouteToAsync").
func lastName(member string) string { return member[strings.LastIndex(member, ".")+1:] }

// grepLine returns the first line of s containing sub, or "(no line)".
func grepLine(s, sub string) string {
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			return l
		}
	}
	return "(no line)"
}

// TestAPIMembersCoverTheDoc: every API name route-point-api.md shows in
// backquotes is a member of testdata/api-members.txt (skipped when the shared
// docs are not beside the repository).
func TestAPIMembersCoverTheDoc(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "..", "shared", "docs", "route-point-api.md"))
	if err != nil {
		t.Skip("route-point-api.md is not beside the repository:", err)
	}
	known := map[string]bool{}
	for _, m := range readAPIMembers(t) {
		for _, w := range regexp.MustCompile(`[A-Za-z_]\w*`).FindAllString(m.name+" "+m.stmt, -1) {
			known[w] = true
		}
	}
	// The API's part of the doc: from "## A script" to the C# and .NET usage survey.
	text := string(doc)
	if i := strings.Index(text, "## What scripts use from C#"); i >= 0 {
		text = text[:i]
	}
	notAPI := map[string]bool{}
	for _, w := range strings.Fields(`Task Action Dictionary TimeSpan CancellationToken CancellationTokenSource
		String Timer TaskCompletionSource System Threading Run Start MyRoutePoint OperationFailed TaskCanceledException
		PLSENTER PIN BEEP BYE PARK_MOH_SOURCE MUSICONHOLDFILE OPERATOR SIPDOMAIN AUTOANSWER PROMPTSETID
		TCX PBXAPI Configuration CallFlow ScriptBase MyCall OnDTMFInput Type External ParkingRoutePointSample CSxxxx`) {
		notAPI[w] = true
	}
	text = regexp.MustCompile("(?s)```.*?```").ReplaceAllString(text, "")
	for _, span := range regexp.MustCompile("`([^`\n]+)`").FindAllStringSubmatch(text, -1) {
		if strings.Contains(span[1], "/") {
			continue // a path
		}
		for _, w := range regexp.MustCompile(`\b[A-Z]\w+`).FindAllString(span[1], -1) {
			if !known[w] && !notAPI[w] {
				t.Errorf("route-point-api.md names %q (in `%s`): not in testdata/api-members.txt", w, span[1])
				known[w] = true
			}
		}
	}
}
