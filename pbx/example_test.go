package pbx_test

import (
	"fmt"
	"time"

	"rpbench/pbx"
)

// A call on the demo PBX: 100 calls 103, whose simulated phone answers after 3s.
func Example() {
	p := pbx.New(pbx.DefaultConfig(), pbx.Options{Seed: 1})
	p.Subscribe(func(e pbx.Event) {
		if _, ok := e.Data.(pbx.ConnState); ok {
			fmt.Println(e)
		}
	})
	p.Dial("100", "103")
	p.Loop().RunFor(5 * time.Second)
	p.Drop("103")
	// Output:
	// 3 0:00:00.000 conn c1 100 dialing
	// 4 0:00:00.000 conn c1 103 ringing peer=100
	// 6 0:00:03.000 conn c1 103 connected peer=100
	// 7 0:00:03.000 conn c1 100 connected peer=103
	// 11 0:00:05.000 conn c1 103 terminated peer=100 reason=hangup
	// 12 0:00:05.000 conn c1 100 terminated reason="remote hangup"
}

// A route point run by a Go handler: it answers, plays a prompt, then routes the
// caller to 101 for 10 seconds and reports the result.
func ExampleRoutePointSession_RouteTo() {
	cfg, err := pbx.ParseConfig("example.yaml", []byte(`
extensions:
  - {number: "100"}
  - {number: "101", behavior: answer, answer_after: 2s}
route_points:
  - {number: "800"}
`), "")
	if err != nil {
		fmt.Println(err)
		return
	}
	p := pbx.New(cfg, pbx.Options{})
	p.Handle("800", pbx.HandlerFunc(func(s *pbx.RoutePointSession) {
		s.AssureMedia(func(pbx.Result) {
			s.PlayPrompt([]string{"WELCOME"}, pbx.PromptOptions{}, func(pbx.Result) {
				s.RouteTo([]pbx.RouteRequest{{Target: "101", Timeout: 10 * time.Second}}, func(r pbx.Result) {
					fmt.Printf("%v: route ok=%v reason=%v by=%s\n", p.Loop().Elapsed(), r.OK, r.Reason, r.By)
					s.Return(r.OK)
				})
			})
		})
	}))
	p.Dial("100", "800")
	p.Loop().RunFor(time.Minute)
	snap := p.Snapshot()
	ph, _ := snap.Phone("100")
	fmt.Println("100 is", ph.State, "with", ph.With, "hearing", ph.Hears)
	// Output:
	// 4s: route ok=true reason=answered by=101
	// 100 is talking with 101 hearing party:101
}

// Configuration errors say where and what.
func ExampleParseConfig() {
	_, err := pbx.ParseConfig("pbx.yaml", []byte("extensions:\n  - {number: \"100\", behaviour: busy}\nroute_points:\n  - number: #101\n"), "")
	fmt.Println(err)
	// Output:
	// pbx.yaml:2:21: extension: unknown key "behaviour" (did you mean "behavior"?)
	// pbx.yaml:4:12: route point: number is empty (quote numbers that start with '#': "#101")
}
