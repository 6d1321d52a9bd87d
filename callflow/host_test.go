package callflow

import (
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"rpbench/csharp/check"
	"rpbench/csharp/syntax"
	"rpbench/pbx"
	"rpbench/scripts"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

// rig is a PBX with a callflow host and a recorded trace.
type rig struct {
	t      *testing.T
	p      *pbx.PBX
	h      *Host
	events []pbx.Event
}

// testConfig has extensions 100-103 (103 busy) and route points #200, #201.
const testConfig = `
parameters:
  OPERATOR: "100"
  PARK_MOH_SOURCE: music/park.wav
  MUSICONHOLDFILE: music/onhold.wav
extensions:
  - {number: "100", name: Alice}
  - {number: "101", name: Bob}
  - {number: "102", name: Carol}
  - {number: "103", name: Dave, behavior: busy}
route_points:
  - {number: "#200", name: Test, script: Test.cs, properties: {COLOR: blue}}
  - {number: "#201", name: Other, script: Other.cs}
`

// newRig hosts sources (by script name) on the test config; opts.ReadFile is set.
func newRig(t *testing.T, sources map[string]string, opts Options) *rig {
	t.Helper()
	cfg, err := pbx.ParseConfig("test.yaml", []byte(testConfig), "")
	if err != nil {
		t.Fatal(err)
	}
	p := pbx.New(cfg, pbx.Options{})
	r := &rig{t: t, p: p}
	p.Subscribe(func(e pbx.Event) { r.events = append(r.events, e) })
	opts.ReadFile = func(path string) ([]byte, error) {
		if src, ok := sources[path]; ok {
			return []byte(src), nil
		}
		return nil, fs.ErrNotExist
	}
	h, err := Attach(p, opts)
	if err != nil {
		t.Fatal(err)
	}
	r.h = h
	p.Loop().RunUntilIdle()
	return r
}

func (r *rig) do(err error) {
	r.t.Helper()
	if err != nil {
		r.t.Fatal(err)
	}
	r.p.Loop().RunUntilIdle()
}

func (r *rig) dial(from, to string) {
	r.t.Helper()
	_, err := r.p.Dial(from, to)
	r.do(err)
}

func (r *rig) run(d time.Duration) { r.p.Loop().RunFor(d) }

// trace returns the event lines from index i on.
func (r *rig) trace() string {
	var b strings.Builder
	for _, e := range r.events {
		b.WriteString(e.String())
		b.WriteByte('\n')
	}
	return b.String()
}

// want checks that each regexp matches a trace line, in order.
func (r *rig) want(res ...string) {
	r.t.Helper()
	lines := strings.Split(r.trace(), "\n")
	i := 0
	for _, re := range res {
		rx := regexp.MustCompile(re)
		for i < len(lines) && !rx.MatchString(lines[i]) {
			i++
		}
		if i == len(lines) {
			r.t.Fatalf("no trace line matches %q (after the lines matched before)\ntrace:\n%s", re, r.trace())
		}
		i++
	}
}

// wantNot checks that no trace line matches re.
func (r *rig) wantNot(re string) {
	r.t.Helper()
	rx := regexp.MustCompile(re)
	for _, l := range strings.Split(r.trace(), "\n") {
		if rx.MatchString(l) {
			r.t.Fatalf("unexpected trace line %q\ntrace:\n%s", l, r.trace())
		}
	}
}

// testScript wraps a Start body in a route-point class.
func testScript(body string) string {
	return `#nullable disable
using CallFlow;
using System;
using System.Threading;
using System.Threading.Tasks;
using TCX.Configuration;
using TCX.PBXAPI;

namespace tests
{
    public class TestScript : ScriptBase<TestScript>
    {
` + body + `
    }
}
`
}

// TestExampleScriptsLoad loads every script under scripts/ (the green dot).
func TestExampleScriptsLoad(t *testing.T) {
	names, err := fs.Glob(scripts.FS, "*.cs")
	if err != nil || len(names) < 7 {
		t.Fatalf("scripts: %v %v", names, err)
	}
	sources := map[string]string{}
	for _, n := range names {
		b, _ := scripts.FS.ReadFile(n)
		sources[n] = string(b)
	}
	r := newRig(t, nil, Options{})
	for _, n := range names {
		t.Run(strings.TrimSuffix(n, ".cs"), func(t *testing.T) {
			if err := r.h.AttachScript("#200", n, []byte(sources[n])); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestSeedSampleUnmodified guards the seed's text: scripts/ParkingRoutePointSample.cs is
// ../shared/seed/ParkingRoutePointSample.cs byte for byte.
func TestSeedSampleUnmodified(t *testing.T) {
	seed, err := os.ReadFile(filepath.Join("..", "..", "shared", "seed", "ParkingRoutePointSample.cs"))
	if err != nil {
		t.Skip("the seed is not beside the repository:", err)
	}
	ours, err := scripts.FS.ReadFile("ParkingRoutePointSample.cs")
	if err != nil {
		t.Fatal(err)
	}
	if string(seed) != string(ours) {
		t.Fatal("scripts/ParkingRoutePointSample.cs differs from the seed's sample")
	}
}

// parkingRig runs the seed's sample on #101 of the embedded demo PBX.
func parkingRig(t *testing.T) *rig {
	t.Helper()
	p := pbx.New(pbx.DefaultConfig(), pbx.Options{})
	r := &rig{t: t, p: p}
	p.Subscribe(func(e pbx.Event) { r.events = append(r.events, e) })
	h, err := Attach(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range h.Statuses() {
		if !s.Green {
			t.Fatalf("%s: %v", s.Number, s.Diags)
		}
	}
	r.h = h
	p.Loop().RunUntilIdle()
	return r
}

// Reference: seed, "Route point is accepting only calls which are sent using blind
// transfer from the phone(Extension). Direct calls are rejected."
func TestParkingDirectCallRejected(t *testing.T) {
	r := parkingRig(t)
	r.dial("100", "#101")
	r.run(time.Second)
	r.want(
		`rp-start c1 #101 s\d+ caller=100`,
		`log c1 #101 debug ParkingRoutePointSample.cs\(47,21\) "Script start delay: 00:00:00"`,
		`log c1 #101 debug \S+ "Incoming connection Call c1: 100 -> RoutePoint #101 \(Ringing\)"`,
		`log c1 #101 trace \S+ "Parked call from 100\(Extension 100\) on RoutePoint #101"`,
		`log c1 #101 trace \S+ "RoutePoint #101 rejects call from Extension 100. Reason: No referrer specified"`,
		`log c1 #101 info \S+ "Call from 100\(Extension 100\) parked by  on RoutePoint #101 finished with result=terminated"`,
		`return c1 #101 true action=terminate`,
	)
	r.wantNot(`fault|route `)
}

// Reference: seed, "Call is returned after 15 seconds to the transferor (extension)
// directly (no forwarding applied). If the returned call is not answered in 15 seconds,
// calling is canceled and repeated again in 15 seconds." and "Caller hears music on hold
// as it is configured for Parking on PBX."
func TestParkingReturnsAndRetries(t *testing.T) {
	r := parkingRig(t)
	r.dial("100", "102")
	r.do(r.p.Answer("102"))
	r.do(r.p.BlindTransfer("102", "#101"))
	r.run(14 * time.Second)
	r.want(`bg-audio c1 #101 on music/park.wav`, `media c1 100 hears=moh:music/park.wav`)
	r.wantNot(`route `)
	r.run(2 * time.Second)
	r.want(`route c1 #101 r1 102/15s`)
	r.run(30 * time.Second) // 102 forwards to 100 after 20 s: not for a parked call
	r.want(
		`route-result c1 #101 r1 failed reason="no answer"`,
		`log c1 #101 trace ParkingRoutePointSample.cs\(32,21\) "Automatic redirection failed: NoAnswer\(Extension 102\)"`,
		`log c1 #101 trace \S+ "Continue hold call from 100\(Extension 100\) on RoutePoint #101"`,
		`route c1 #101 r2 102/15s`,
	)
	r.wantNot(`conn c1 100 ringing|forward`)
	r.do(r.p.Answer("102"))
	r.run(time.Second)
	r.want(
		`route-result c1 #101 r2 ok reason=answered by=102`,
		`log c1 #101 info \S+ "Call from 100\(Extension 100\) parked by Extension 102 on RoutePoint #101 finished with result=Success\(Extension 102\)"`,
		`return c1 #101 true action=none`,
	)
	r.wantNot(`fault`)
}

// Reference: seed, "until the caller will not drop the call".
func TestParkingCallerDrops(t *testing.T) {
	r := parkingRig(t)
	r.dial("100", "101")
	r.do(r.p.Answer("101"))
	r.do(r.p.BlindTransfer("101", "#101"))
	r.run(5 * time.Second)
	r.do(r.p.Drop("100"))
	r.run(time.Second)
	r.want(
		`log c1 #101 trace \S+ "Call was disconnected from parking place"`,
		`log c1 #101 info \S+ "Call from 100\(Extension 100\) parked by Extension 101 on RoutePoint #101 finished with result=terminated"`,
		`return c1 #101 true action=none`,
	)
	r.run(time.Minute)
	r.wantNot(`route |fault`)
}

// TestIsolation: a faulty script is stopped for its call only, with a fault event.
func TestIsolation(t *testing.T) {
	tests := []struct {
		name, body string
		hangup     bool   // the caller hangs up after 1 s
		want       string // regexp of the fault line
	}{
		{"throws", `public override void Start() { throw new InvalidOperationException("boom"); }`,
			false, `fault c1 #200 Test.cs\(\d+,\d+\) ".*InvalidOperationException.*boom`},
		{"throws after await", `public override async void Start() { await Task.Delay(500); throw new Exception("late"); }`,
			false, `fault c1 #200 Test.cs\(\d+,\d+\) ".*late`},
		{"no Return", `public override void Start() { MyCall.Info("started"); }`,
			true, `fault c1 #200 "the script did not call MyCall.Return within 1m0s`},
		{"awaits forever", `public override async void Start() { await new TaskCompletionSource<bool>().Task; MyCall.Return(true); }`,
			false, `fault c1 #200 "no script code ran for 10m0s`},
		{"runaway loop", `public override void Start() { long i = 0; while (true) { i++; } }`,
			false, `fault c1 #200 .*step`},
		{"busy loop with awaits", `public override async void Start() { long i = 0; while (true) { await Task.Delay(10); for (int k = 0; k < 1000; k++) i++; } }`,
			false, `fault c1 #200 Test.cs\(13,\d+\) "step budget of 100000 exceeded \(runaway loop\?\)"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRig(t, map[string]string{"Test.cs": testScript(tt.body), "Other.cs": testScript(`public override void Start() { MyCall.Info("other"); MyCall.Return(true); }`)}, Options{MaxSteps: 100000})
			r.dial("100", "#200")
			if tt.hangup {
				r.run(time.Second)
				r.do(r.p.Drop("100"))
			}
			r.run(11 * time.Minute)
			r.want(tt.want)
			r.wantNot(`conn c1 100 connected`)
			// the PBX and the route point's other calls go on
			r.dial("101", "#201")
			r.run(time.Second)
			r.want(`log c\d+ #201 info \S+ "other"`, `return c\d+ #201 true`)
		})
	}
}

// TestReload: a failed update keeps the previous code; a good one is used by new calls.
func TestReload(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "Test.cs")
	write := func(s string) {
		if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(testScript(`public override void Start() { MyCall.Info("v1"); MyCall.Return(true); }`))
	cfg, err := pbx.ParseConfig("test.yaml", []byte(strings.Replace(testConfig, "script: Test.cs", "script: "+path, 1)), "")
	if err != nil {
		t.Fatal(err)
	}
	p := pbx.New(cfg, pbx.Options{})
	r := &rig{t: t, p: p}
	p.Subscribe(func(e pbx.Event) { r.events = append(r.events, e) })
	h, err := Attach(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	r.h = h
	write(testScript(`public override void Start() { MyCall.Info("v2") MyCall.Return(true); }`))
	if err := h.Reload("#200"); err == nil || !strings.Contains(err.Error(), "Test.cs(") {
		t.Fatalf("reload of broken code: err = %v", err)
	}
	st := h.Statuses()[0]
	if !st.Green || len(st.Diags) == 0 {
		t.Fatalf("status after a failed update = %+v", st)
	}
	r.dial("100", "#200")
	r.want(`note - #200 "compile failed \(the previous code stays in use\)`, `log c1 #200 info \S+ "v1"`)
	write(testScript(`public override void Start() { MyCall.Info("v2"); MyCall.Return(true); }`))
	if got := h.Poll(); len(got) != 1 || got[0] != "#200" {
		t.Fatalf("Poll() = %v", got)
	}
	r.dial("101", "#200")
	r.want(`log c2 #200 info \S+ "v2"`)
	if st := h.Statuses()[0]; !st.Green || st.Diags != nil {
		t.Fatalf("status after a good update = %+v", st)
	}
}

// TestAPI exercises ToString forms, DestinationStruct, properties and the
// exceptions of call control.
func TestAPI(t *testing.T) {
	body := `
        public override async void Start()
        {
            try
            {
                MyCall.Info("{0} | {1} | {2}", MyCall, MyCall.DN, MyCall.Caller.DN);
                MyCall.Info("prop={0} param={1} none={2}", MyCall.DN.GetPropertyValue("COLOR"), MyCall.PS.GetParameterValue("OPERATOR"), MyCall.PS.GetParameterValue("NOPE") == null);
                DestinationStruct d;
                bool ok = DestinationStruct.TryParse("Extension.101.", out d);
                MyCall.Info("parse={0} {1} {2} {3}", ok, d, d.To, d.Internal);
                MyCall.Info("bad={0}", DestinationStruct.TryParse("Extension.999.", out d));
                MyCall.Info("ext={0}", new DestinationStruct(DestinationType.External, null, "+4930123"));
                await MyCall.AssureMedia();
                MyCall.Info("status={0}", MyCall.Status);
                try { await MyCall.DivertAsync("101"); }
                catch (TaskCanceledException) { MyCall.Info("divert after answer: canceled"); }
                try { await MyCall.RouteToAsync(new RouteRequest { RouteTarget = new DestinationStruct(MyCall.PS.GetDNByNumber("103")) }); }
                catch (OperationFailed ex) { MyCall.Info("busy: {0}", ex.TheResult); }
                MyCall.Return(false);
            }
            catch (Exception ex) { MyCall.Exception(ex); MyCall.Return(false); }
        }`
	r := newRig(t, map[string]string{"Test.cs": testScript(body)}, Options{})
	r.dial("102", "#200")
	r.run(time.Second)
	r.want(
		`"Call c1: 102 -> RoutePoint #200 \(Ringing\) \| RoutePoint #200 \| Extension 102"`,
		`"prop=blue param=100 none=True"`,
		`"parse=True Extension.101. Extension Extension 101"`,
		`"bad=False"`,
		`"ext=External..\+4930123"`,
		`"status=Connected"`,
		`"divert after answer: canceled"`,
		`"busy: Busy\(Extension 103\)"`,
		`return c1 #200 false action=terminate`,
	)
	r.wantNot(`fault|log c1 #200 error`)
}

// TestDisconnected: call control raises PBXIsNotConnected when the core is unreachable.
func TestDisconnected(t *testing.T) {
	body := `
        public override async void Start()
        {
            try { await MyCall.RouteToAsync(new DestinationStruct(MyCall.PS.GetDNByNumber("101"))); }
            catch (PBXIsNotConnected) { MyCall.Warn("not connected"); }
            MyCall.Return(true);
        }`
	r := newRig(t, map[string]string{"Test.cs": testScript(body)}, Options{Disconnected: true})
	r.dial("100", "#200")
	r.run(time.Second)
	r.want(`log c1 #200 warn \S+ "not connected"`, `return c1 #200 true`)
}

// TestCallChild: MyCall.Call runs another route point's script as a child; the
// caller is Passive meanwhile and gets the child's Return value.
func TestCallChild(t *testing.T) {
	parent := `
        public override void OnExecutionModeChanged(ScriptExecutionMode previous)
        {
            MyCall.Info("mode {0} -> {1}", previous, ExecutionMode);
        }
        public override async void Start()
        {
            var data = new System.Collections.Generic.Dictionary<string, string> { { "public_x", "7" } };
            bool r = await MyCall.Call("#201", data);
            MyCall.Info("child said {0}", r);
            MyCall.Return(r);
        }`
	child := `
        public override void Start()
        {
            MyCall.Info("child x={0} mode={1}", MyCall.Caller["public_x"], ExecutionMode);
            MyCall.Return(true);
        }`
	r := newRig(t, map[string]string{"Test.cs": testScript(parent), "Other.cs": testScript(child)}, Options{})
	r.dial("100", "#200")
	r.run(time.Second)
	r.want(
		`mode c1 #200 Active -> Passive`,
		`rp-start c1 #201`,
		`log c1 #201 info \S+ "child x=7 mode=Active"`,
		`return c1 #201 true action="back to #200"`,
		`mode c1 #200 Passive -> Active`,
		`log c1 #200 info \S+ "child said True"`,
		`return c1 #200 true action=terminate`,
	)
	r.want(`log c1 #200 info \S+ "mode Active -> Passive"`, `log c1 #200 info \S+ "mode Passive -> Active"`)
	r.wantNot(`fault`)
}

// TestScriptsCheckClean runs the checker over every script under scripts/ with
// the library preludes of the source tree, and checks that it rejects a member
// the 3CX API does not declare.
func TestScriptsCheckClean(t *testing.T) {
	var preludes []*syntax.File
	for _, dir := range []string{"../csharp/eval/prelude", "../csharp/dotnet/prelude", "prelude"} {
		names, _ := filepath.Glob(filepath.Join(dir, "*.cs"))
		if len(names) == 0 {
			t.Skip("no preludes in", dir)
		}
		for _, n := range names {
			src, err := os.ReadFile(n)
			if err != nil {
				t.Fatal(err)
			}
			f, _ := syntax.ParseFile(filepath.Base(n), src)
			preludes = append(preludes, f)
		}
	}
	u := check.NewUniverse(preludes)
	names, _ := fs.Glob(scripts.FS, "*.cs")
	for _, n := range names {
		src, _ := scripts.FS.ReadFile(n)
		f, err := syntax.ParseFile(n, src)
		if err != nil {
			t.Errorf("%s: %v", n, err)
			continue
		}
		for _, d := range u.Check(f) {
			if d.Severity == syntax.SevError {
				t.Errorf("%v", d)
			}
		}
	}
	bad := testScript(`public override void Start() { MyCall.RouteToEverybody(); MyCall.Return(true); }`)
	f, _ := syntax.ParseFile("Bad.cs", []byte(bad))
	diags := u.Check(f)
	if len(diags) == 0 || !strings.Contains(diags[0].String(), "RouteToEverybody") {
		t.Errorf("an undeclared member is not rejected: %v", diags)
	}
}

// TestRecordingAndData: attached data is visible as Caller[key]; recording is
// a PBX-side action with start and end notes (kept, discarded, ended with the call).
func TestRecordingAndData(t *testing.T) {
	body := `
        public override async void Start()
        {
            MyCall.AttachCallerData(new System.Collections.Generic.Dictionary<string, string> { { "public_lang", "de" } }, ok => MyCall.Info("attached {0}", ok));
            await Task.Delay(10);
            MyCall.Info("lang={0} missing={1}", MyCall.Caller["public_lang"], MyCall.Caller["nope"] == null);
            MyCall.Info("no media: {0}", await MyCall.StartRecording(RecordDirection.Both));
            await MyCall.AssureMedia();
            MyCall.StartRecording("msg.wav", RecordDirection.Inbound, kept => MyCall.Info("first kept={0}", kept));
            await Task.Delay(2000);
            MyCall.StopRecording(true);
            var rec = MyCall.StartRecording(RecordDirection.Inbound);
            MyCall.OnTerminated += () => MyCall.Info("terminated");
            bool done = await rec;
            MyCall.Info("recording ended {0}", done);
            MyCall.Return(true);
        }`
	r := newRig(t, map[string]string{"Test.cs": testScript(body)}, Options{})
	r.dial("100", "#200")
	r.run(5 * time.Second)
	r.do(r.p.Drop("100"))
	r.run(time.Second)
	r.want(`"attached True"`, `"lang=de missing=True"`,
		`note c1 #200 "StartRecording failed: no media yet: the call is Ringing \(await MyCall.AssureMedia\(\) first\) \(at Test.cs\(19,48\)\)"`,
		`"no media: False"`,
		`note c1 #200 "recording started: file=msg.wav direction=Inbound \(at Test.cs\(21,13\)\)"`,
		`0:00:02.010 note c1 #200 "recording msg.wav stopped after 2s: discarded \(at Test.cs\(23,13\)\)"`,
		`note c1 #200 "recording started: file=recordings/c1-200-20240101T090002.010.wav direction=Inbound \(at Test.cs\(24,23\)\)"`,
		`"first kept=False"`,
		`0:00:05.000 log c1 #200 info \S+ "terminated"`,
		`0:00:05.000 note c1 #200 "recording recordings/c1-200-20240101T090002.010.wav ended with the call after 2.99s: kept recordings/c1-200-20240101T090002.010.wav \(no audio`,
		`"recording ended True"`, `return c1 #200 true action=none`)
}

// TestSwitchTo hands the call over to another route point: the first script is in
// Wrapup at once (no OnTerminated), still returns; the second one starts for the call.
func TestSwitchTo(t *testing.T) {
	first := `public override void Start() {
            MyCall.OnTerminated += () => MyCall.Info("terminated?");
            MyCall.SetDefaultRoute("101", "Bob");
            MyCall.AttachCallerData(new System.Collections.Generic.Dictionary<string, string> { ["public_mailbox"] = "101" }, null);
            try { MyCall.SwitchTo("102"); } catch (ArgumentException e) { MyCall.Info("{0}", e.Message); }
            MyCall.Info("switching");
            var pending = MyCall.RouteToAsync(new DestinationStruct(MyCall.PS.GetDNByNumber("101")));
            pending.ContinueWith(t => MyCall.Info("pending route: {0}", ((OperationFailed)t.Exception.InnerException).TheResult));
            MyCall.SwitchTo("#201");
            MyCall.Info("mode {0} status {1}", ExecutionMode, MyCall.Status);
            MyCall.SwitchTo("#201");
            MyCall.Return(true);
            MyCall.Return(false);
        }`
	second := `public override void Start() { MyCall.Info("got it from {0} mailbox={1}", MyCall.OnBehalfOf, MyCall.Caller["public_mailbox"]); MyCall.Return(true); }`
	r := newRig(t, map[string]string{"Test.cs": testScript(first), "Other.cs": testScript(second)}, Options{})
	r.dial("100", "#200")
	r.run(time.Second)
	r.want(`log c1 #200 info \S+ "SwitchTo: 102 is not a route point \(Parameter 'routePoint'\)"`,
		`log c1 #200 info \S+ "switching"`,
		`note c1 #200 "SwitchTo #201: the call goes to RoutePoint #201's script; this script is in Wrapup \(at Test.cs\(\d+,\d+\)\)"`,
		`route-result c1 #200 r1 failed reason=cancelled`,
		`conn c1 #201 ringing peer=100`,
		`mode c1 #200 Active -> Wrapup`,
		`log c1 #200 info \S+ "mode Wrapup status Terminated"`,
		`note c1 #200 "SwitchTo\(#201\) ignored: the script is Wrapup`,
		`return c1 #200 true action=none`,
		`note c1 #200 "MyCall.Return\(False\) called again: ignored, the first Return stands \(at Test.cs\(\d+,\d+\)\)"`,
		`rp-start c1 #201 s2 caller=100 on-behalf-of=#200`, `log c1 #201 info \S+ "got it from RoutePoint #200 mailbox=101"`, `return c1 #201 true`,
		`log c1 #200 info \S+ "pending route: Cancelled\(Extension 101\)"`)
	r.wantNot(`terminated\?|fault|default-route 101|conn c1 101 connected`)
}

// TestCheck: the green dot of one file.
func TestCheck(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"Good.cs", testScript(`public override void Start() { MyCall.Return(true); }`), ""},
		{"NoClass.cs", "class A { }", `NoClass.cs\(1,1\): error RP0101: no class derives from CallFlow.ScriptBase<T>`},
		{"Two.cs", testScript(`public override void Start() { } } public class B : ScriptBase<B> { public override void Start() { }`), `Two.cs\(\d+,\d+\): error RP0102: 2 classes`},
		{"Syntax.cs", testScript(`public override void Start() { MyCall.Return(true) }`), `Syntax.cs\(\d+,\d+\): error CS1002`},
	}
	for _, tt := range tests {
		got := strings.Join(Check(tt.name, []byte(tt.src)), "\n")
		if tt.want == "" && got != "" || tt.want != "" && !regexp.MustCompile(tt.want).MatchString(got) {
			t.Errorf("Check(%s) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestParkingLongHold: a call parked for 12 minutes (the transferor never answers)
// keeps being retried; the idle watchdog does not stop a script that runs.
func TestParkingLongHold(t *testing.T) {
	r := parkingRig(t)
	r.dial("100", "101")
	r.do(r.p.Answer("101"))
	r.do(r.p.BlindTransfer("101", "#101"))
	r.run(12 * time.Minute)
	r.wantNot(`fault|return`)
	r.want(`route c1 #101 r24 101/15s`)
	r.do(r.p.Drop("100"))
	r.run(time.Second)
	r.want(`return c1 #101 true action=none`)
}

// TestConfigurationAPI: PhoneSystem, DN subtypes, tenant and schedules.
func TestConfigurationAPI(t *testing.T) {
	body := `
        public override void Start()
        {
            try
            {
                var exts = new System.Collections.Generic.List<string>();
                foreach (var e in MyCall.PS.GetAll<Extension>()) exts.Add(e.Number + (e.IsRegistered ? "" : "?"));
                MyCall.Info("extensions {0}", string.Join(",", exts));
                foreach (var rp in PhoneSystem.Root.GetAll<RoutePoint>()) MyCall.Info("rp {0} {1} script={2}", rp, rp.Name, rp.ScriptCode.Length > 0);
                var conns = MyCall.PS.GetDNByNumber("100").GetActiveConnections();
                MyCall.Info("100 has {0} connection(s): {1}", conns.Length, conns.Length > 0 ? conns[0].ToString() : "");
                var tenant = MyCall.PS.GetTenant();
                MyCall.Info("holiday {0} {1}", tenant.IsHoliday(new DateTime(2024, 12, 25)), tenant.IsHoliday(new DateTime(2024, 12, 27)));
                MyCall.Info("office {0} {1}", tenant.OfficeHours.IsActiveTime(new DateTime(2024, 1, 1, 9, 0, 0)), tenant.OfficeHours.IsActiveTime(new DateTime(2024, 1, 6, 9, 0, 0)));
                MyCall.Info("profile {0} queue {1}", ((Extension)MyCall.Caller.DN).CurrentProfile, ((Extension)MyCall.Caller.DN).QueueStatus);
                MyCall.Info("unknown {0}", MyCall.PS.GetDNByNumber("999") == null);
            }
            catch (Exception ex) { MyCall.Exception(ex); }
            MyCall.Return(true);
        }`
	cfg := strings.Replace(testConfig, "parameters:\n", "parameters:\n  HOLIDAYS: \"2024-12-25\"\n  OFFICEHOURS: \"Mon-Fri 08:00-17:00\"\n", 1)
	c, err := pbx.ParseConfig("test.yaml", []byte(cfg), "")
	if err != nil {
		t.Fatal(err)
	}
	p := pbx.New(c, pbx.Options{})
	r := &rig{t: t, p: p}
	p.Subscribe(func(e pbx.Event) { r.events = append(r.events, e) })
	src := map[string]string{"Test.cs": testScript(body)}
	h, err := Attach(p, Options{ReadFile: func(path string) ([]byte, error) {
		if s, ok := src[path]; ok {
			return []byte(s), nil
		}
		return nil, fs.ErrNotExist
	}})
	if err != nil {
		t.Fatal(err)
	}
	r.h = h
	r.dial("100", "#200")
	r.run(time.Second)
	r.want(
		`"extensions 100,101,102,103"`,
		`"rp RoutePoint #200 Test script=True"`,
		`"rp RoutePoint #201 Other script=False"`,
		`"100 has 1 connection\(s\): Call c1: Extension 100 \(Dialing\)"`,
		`"holiday True False"`,
		`"office True False"`,
		`"profile Available queue LoggedIn"`,
		`"unknown True"`,
	)
	r.wantNot(`log c1 #200 error`)
}
