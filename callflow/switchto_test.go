package callflow

import (
	"testing"
	"time"
)

// TestSwitchToEdges: a child script (MyCall.Call) cannot switch its caller's
// call; a switch to a route point whose script does not compile ends there
// with that route point's fault; a switch from an OnDTMFInput handler works.
func TestSwitchToEdges(t *testing.T) {
	tests := []struct {
		name          string
		first, second string // the scripts of #200 and #201 ("" : #201 does not compile)
		dtmf          string
		want          []string
	}{
		{"child cannot switch",
			`public override async void Start() { bool r = await MyCall.Call("#201", null); MyCall.Info("child said {0}", r); MyCall.Return(r); }`,
			`public override void Start() {
                try { MyCall.SwitchTo("#200"); } catch (InvalidOperationException e) { MyCall.Info("{0}", e.Message); }
                MyCall.Return(true); }`, "",
			[]string{`log c1 #201 info \S+ "SwitchTo\(#200\): a script started with MyCall.Call cannot hand over its caller's call; Return to it instead"`,
				`return c1 #201 true action="back to #200"`, `log c1 #200 info \S+ "child said True"`, `return c1 #200 true action=terminate`}},
		{"target does not compile",
			`public override void Start() { MyCall.SwitchTo("#201"); MyCall.Return(true); }`,
			"", "",
			[]string{`note c1 #200 "SwitchTo #201`, `return c1 #200 true action=none`, `fault c1 #201 "the script does not compile: Other.cs`, `call-end c1`}},
		{"from a DTMF handler",
			`public override async void Start() {
                await MyCall.AssureMedia();
                MyCall.OnDTMFInput += d => { if (d == '0') MyCall.SwitchTo("#201"); };
                MyCall.OnTerminated += () => MyCall.Info("terminated?");
                await Task.Delay(5000);
                MyCall.Info("mode {0}", ExecutionMode);
                MyCall.Return(false); }`,
			`public override void Start() { MyCall.Info("operator line for {0}", MyCall.Caller.CallerID); MyCall.Return(true); }`, "0",
			[]string{`note c1 #200 "SwitchTo #201: .* \(at Test.cs\(\d+,\d+\)\)"`, `log c1 #201 info \S+ "operator line for 100"`,
				`log c1 #200 info \S+ "mode Wrapup"`, `return c1 #200 false action=none`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			second := testScript(`public override void Start() { MyCall.Return(true) }`) // CS1002
			if tt.second != "" {
				second = testScript(tt.second)
			}
			r := newRig(t, map[string]string{"Test.cs": testScript(tt.first), "Other.cs": second}, Options{})
			r.dial("100", "#200")
			r.run(time.Second)
			if tt.dtmf != "" {
				r.do(r.p.SendDTMF("100", tt.dtmf))
			}
			r.run(10 * time.Second)
			r.want(tt.want...)
			r.wantNot(`terminated\?|fault c1 #200`)
		})
	}
}
