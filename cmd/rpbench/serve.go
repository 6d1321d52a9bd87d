package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"

	"rpbench/callflow"
	"rpbench/pbx"
	sipphones "rpbench/phones/sip"
)

// serveMain runs the PBX headless in real time with SIP listening, for real
// phones, and prints the events in their text form to stdout until
// interrupted (SIGINT, SIGTERM).
func serveMain(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("rpbench serve", "Usage: rpbench serve [--config pbx.yaml] [--listen 127.0.0.1:5060] [--rtp-ports 20000-20100] [--seed N]\n\n"+
		"Runs the PBX in real time with SIP over UDP: configured extensions may REGISTER (any password,\n"+
		"unless the extension has a password property)\n"+
		"and then make and take calls. Events are printed to stdout. See docs/sip.md.", stderr)
	config := fs.String("config", "", "the PBX configuration `file` (default: the embedded demo PBX)")
	listen := fs.String("listen", "127.0.0.1:5060", "the UDP `address` SIP listens on")
	ports := fs.String("rtp-ports", "20000-20100", "the local RTP port `range` (first-last)")
	seed := fs.Uint64("seed", 1, "the seed of the PBX's id generator (Call-IDs, tags, SSRCs)")
	rest, err := parseArgs(fs, args)
	if err != nil {
		return flagExit(err)
	}
	if len(rest) > 0 {
		fmt.Fprintf(stderr, "rpbench serve: unexpected argument %q\n", rest[0])
		return 2
	}
	var rng [2]int
	lo, hi, ok := strings.Cut(*ports, "-")
	a, err1 := strconv.Atoi(lo)
	b, err2 := strconv.Atoi(hi)
	if !ok || err1 != nil || err2 != nil || a <= 0 || a > b || b > 65535 {
		fmt.Fprintf(stderr, "rpbench serve: --rtp-ports %q: want first-last, such as 20000-20100\n", *ports)
		return 2
	}
	rng = [2]int{a, b}

	cfg := pbx.DefaultConfig()
	if *config != "" {
		c, err := pbx.LoadConfig(*config)
		if err != nil {
			fmt.Fprintf(stderr, "rpbench: %v\n", err)
			return 2
		}
		cfg = c
	}
	p := pbx.New(cfg, pbx.Options{Seed: *seed})
	events := make(chan string, 4096)
	p.Post(func() {
		p.Subscribe(func(e pbx.Event) {
			select {
			case events <- e.String():
			default: // a stalled stdout must not stall the PBX
			}
		})
		if _, err := callflow.Attach(p, callflow.Options{Seed: int64(*seed)}); err != nil {
			p.Emit(0, pbx.Note{Source: "callflow", Msg: "error: the route-point host did not start: " + err.Error()})
		}
	})
	srv, err := sipphones.New(p, sipphones.Options{Listen: *listen, RTPPorts: rng})
	if err != nil {
		fmt.Fprintf(stderr, "rpbench serve: %v\n", err)
		return 1
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Fprintf(stdout, "rpbench serve: SIP on udp:%s, RTP ports %d-%d; register an extension of the config. Ctrl-C stops.\n",
		srv.Addr(), rng[0], rng[1])

	p.Loop().SetSpeed(pbx.RealTime)
	loopDone := make(chan error, 1)
	go func() { loopDone <- p.Loop().Run(ctx, nil) }()
	sipDone := make(chan error, 1)
	go func() { sipDone <- srv.Serve(ctx) }()
	printed := make(chan struct{})
	go func() {
		defer close(printed)
		for {
			select {
			case line := <-events:
				fmt.Fprintln(stdout, line)
			case <-ctx.Done():
				return
			}
		}
	}()
	code := 0
	select {
	case <-ctx.Done():
	case err := <-sipDone:
		if err != nil {
			fmt.Fprintf(stderr, "rpbench serve: %v\n", err)
			code = 1
		}
		stop()
	}
	srv.Close()
	stop()
	<-loopDone
	<-printed
	return code
}
