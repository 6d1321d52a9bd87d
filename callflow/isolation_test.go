package callflow

import (
	"testing"
	"time"
)

// TestIsolationEdgeCases: faults outside Start's own flow (event handlers, a
// Timer callback that never returns, a task nobody completes) stop the script
// for that call only, with a fault event that says why and where; a second
// Return is a note. Another call of the same script (from 101, started first)
// and a call to another route point go on.
func TestIsolationEdgeCases(t *testing.T) {
	tests := []struct {
		name    string
		faulty  string // the script's code for calls from 100
		actions func(r *rig)
		want    []string // regexps, in order
	}{
		{"throws in OnTerminated",
			`MyCall.OnTerminated += () => { throw new InvalidOperationException("cleanup failed"); };
             await MyCall.AssureMedia();
             await Task.Delay(60000);`,
			func(r *rig) { r.do(r.p.Drop("100")) },
			[]string{`mode c2 #200 Active -> Wrapup`, `fault c2 #200 Test.cs\(\d+,\d+\) ".*InvalidOperationException: cleanup failed`}},
		{"throws in OnDTMFInput",
			`MyCall.OnDTMFInput += d => { if (d == '#') throw new FormatException("bad digit " + d); MyCall.Info("digit {0}", d); };
             await MyCall.AssureMedia();
             await Task.Delay(60000);`,
			func(r *rig) { r.do(r.p.SendDTMF("100", "1#")) },
			[]string{`log c2 #200 info \S+ "digit 1"`, `fault c2 #200 Test.cs\(\d+,\d+\) ".*FormatException: bad digit #`, `return c2 #200 false action=terminate`}},
		{"awaits a TaskCompletionSource nobody completes",
			`var never = new TaskCompletionSource<string>();
             await MyCall.AssureMedia();
             string pin = await never.Task;`,
			func(r *rig) { r.run(10 * time.Minute) },
			[]string{`fault c2 #200 "no script code ran for 10m0s while the call waited at the route point \(awaiting something that never completes\?\)"`, `return c2 #200 false action=terminate`}},
		{"loops forever in a Timer callback",
			`await MyCall.AssureMedia();
             var t = new Timer(_ => { long i = 0; while (true) i++; }, null, 500, Timeout.Infinite);
             await Task.Delay(60000);
             t.Dispose();`,
			func(r *rig) { r.run(time.Second) },
			[]string{`fault c2 #200 Test.cs\(\d+,\d+\) ".*step`, `return c2 #200 false action=terminate`}},
		{"calls Return twice",
			`MyCall.Return(true);
             MyCall.Return(false);`,
			func(r *rig) {},
			[]string{`return c2 #200 true action=terminate`, `note c2 #200 "MyCall.Return\(False\) called again: ignored, the first Return stands \(at Test.cs\(\d+,\d+\)\)"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			script := testScript(`
        public override async void Start()
        {
            if (MyCall.Caller.CallerID == "100")
            {
                ` + tt.faulty + `
                MyCall.Return(true);
                return;
            }
            await MyCall.AssureMedia();
            await Task.Delay(TimeSpan.FromMinutes(9));
            MyCall.Info("still here: {0}", MyCall.Caller.CallerID);
            MyCall.Return(true);
        }`)
			other := testScript(`public override void Start() { MyCall.Info("other"); MyCall.Return(true); }`)
			r := newRig(t, map[string]string{"Test.cs": script, "Other.cs": other}, Options{MaxSteps: 200000})
			r.dial("101", "#200") // c1: the well-behaved call
			r.dial("100", "#200") // c2: the faulty one
			r.run(100 * time.Millisecond)
			tt.actions(r)
			r.run(time.Second)
			r.want(tt.want...)
			r.dial("102", "#201")
			r.run(time.Second)
			r.want(`log c3 #201 info \S+ "other"`, `return c3 #201 true`)
			r.run(11 * time.Minute)
			r.want(`log c1 #200 info \S+ "still here: 101"`, `return c1 #200 true action=terminate`)
			r.wantNot(`fault c1 `) // the well-behaved call shares the interpreter, not the step budget
		})
	}
}
