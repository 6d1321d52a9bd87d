package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	tea "charm.land/bubbletea/v2"

	"rpbench/callflow"
	"rpbench/media"
	"rpbench/media/speaker"
	"rpbench/pbx"
	"rpbench/tui"
)

// tuiMain starts the terminal UI on the demo PBX or --config, and with
// --record writes the session as a scenario when the user quits.
func tuiMain(args []string) int {
	return runTUI(args, os.Stdin, os.Stdout, os.Stderr)
}

func runTUI(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("rpbench", "Usage: rpbench [--config pbx.yaml] [--record FILE.yaml] [--seed N] [--paused] [--no-audio]\n\n"+
		"Opens the workbench on the embedded demo PBX (or on --config). Press ? for the keys.", stderr)
	config := fs.String("config", "", "the PBX configuration `file` (default: the embedded demo PBX)")
	record := fs.String("record", "", "write the session as a scenario to `FILE.yaml` when you quit")
	seed := fs.Uint64("seed", 1, "the seed of the PBX's id generator")
	paused := fs.Bool("paused", false, "start with the clock paused (space runs it)")
	noAudio := fs.Bool("no-audio", false, "do not play the selected phone's music on hold, prompts and tones")
	rest, err := parseArgs(fs, args)
	if err != nil {
		return flagExit(err)
	}
	if len(rest) > 0 {
		fmt.Fprintf(stderr, "rpbench: unexpected argument %q (subcommands: run, check, exec; see rpbench --help)\n", rest[0])
		return 2
	}

	cfg := pbx.DefaultConfig()
	cfgName, title := "default", "demo PBX"
	if *config != "" {
		c, err := pbx.LoadConfig(*config)
		if err != nil {
			fmt.Fprintf(stderr, "rpbench: %v\n", err)
			return 2
		}
		cfg, cfgName, title = c, *config, filepath.Base(*config)
	}
	if *record != "" {
		// Fail now rather than after a session.
		f, err := os.OpenFile(*record, os.O_WRONLY|os.O_CREATE, 0o644)
		if err != nil {
			fmt.Fprintf(stderr, "rpbench: --record: %v\n", err)
			return 2
		}
		f.Close()
		if abs, err := filepath.Abs(cfgName); err == nil && cfgName != "default" {
			cfgName = abs
		}
	}

	start := pbx.DefaultStart
	p := pbx.New(cfg, pbx.Options{Start: start, Seed: *seed})
	host := &lazyHost{}

	var rec *tui.Recording
	if *record != "" {
		rec = &tui.Recording{Config: cfgName, Start: start, Seed: int64(*seed)}
	}
	drv := tui.NewDriver(p, tui.DriverOptions{Host: host, Record: rec, Paused: *paused})
	// The first frame comes from the PBX as configured, before the loop runs;
	// the C# scripts are checked on the loop as its first job, so the screen
	// does not wait for them (their dots show "checking" meanwhile) and no
	// call reaches a route point before its host is there.
	first := drv.SnapshotBeforeRun()

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	var (
		audio tui.Audio
		spk   *speaker.Speaker
	)
	if !*noAudio {
		player := &media.Player{Dir: cfg.Dir}
		if s, err := speaker.Open(player, speaker.Options{}); err == nil {
			spk, audio = s, player
		}
	}
	closeSpeaker := func() {
		if spk != nil {
			spk.Close() // gives the C standard error back
			spk = nil
		}
	}
	defer closeSpeaker()

	m := tui.New(tui.Options{Backend: drv, Title: title, Recording: *record, Initial: first, Audio: audio})
	prog := tea.NewProgram(m, tea.WithInput(stdin), tea.WithOutput(stdout), tea.WithContext(ctx))

	// The loop runs on its own goroutine. A panic there (a bug) must not
	// leave the terminal in raw mode: it ends the program, and is printed
	// once the screen is restored.
	p.Post(func() { host.attach(p, *seed) })
	loopDone := make(chan error, 1)
	loopPanic := make(chan string, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				loopPanic <- fmt.Sprintf("%v\n\n%s", r, debug.Stack())
				loopDone <- fmt.Errorf("the PBX loop stopped")
				prog.Quit()
			}
		}()
		loopDone <- p.Loop().Run(ctx, nil)
	}()

	// Nothing may write to the terminal behind the TUI's back.
	log.SetOutput(io.Discard)
	drv.Start(ctx, prog.Send)
	_, runErr := prog.Run()
	log.SetOutput(stderr)
	closeSpeaker()

	code := 0
	select {
	case msg := <-loopPanic:
		fmt.Fprintf(stderr, "rpbench: panic on the PBX loop (please report it): %s", msg)
		return 1
	default:
	}
	if runErr != nil && !errors.Is(runErr, tea.ErrProgramKilled) {
		fmt.Fprintf(stderr, "rpbench: %v\n", runErr)
		code = 1
	}
	if rec != nil {
		fctx, fcancel := context.WithTimeout(ctx, 5*time.Second)
		err := finishRecording(fctx, p, drv, rec, *record)
		fcancel()
		if err != nil {
			fmt.Fprintf(stderr, "rpbench: --record: %v\n", err)
			code = 1
		} else {
			fmt.Fprintf(stdout, "rpbench: recorded %d steps to %s (replay: rpbench run %s)\n", len(rec.Steps), *record, *record)
		}
	}
	cancel()
	<-loopDone
	return code
}

// finishRecording takes the final state on the loop and writes the scenario.
func finishRecording(ctx context.Context, p *pbx.PBX, drv *tui.Driver, rec *tui.Recording, path string) error {
	p.Loop().SetSpeed(pbx.Paused)
	snap, err := drv.Snapshot(ctx)
	if err != nil {
		return err
	}
	rec.Final, rec.End = snap.Phones, snap.Clock.Elapsed
	out, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := rec.WriteScenario(out); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// lazyHost is callflow's host as the TUI's ScriptHost, attached on the loop
// after the first frame. All its methods run on the loop.
type lazyHost struct {
	h        *callflow.Host
	attached bool
}

// attach hosts the C# scripts of every route point of p's configuration. A
// failure of the host itself goes into the trace.
func (a *lazyHost) attach(p *pbx.PBX, seed uint64) {
	h, err := callflow.Attach(p, callflow.Options{Seed: int64(seed)})
	a.h, a.attached = h, true
	if err != nil {
		p.Emit(0, pbx.Note{Source: "callflow", Msg: "error: the route-point host did not start: " + err.Error()})
	}
}

// Status reports the route point's dot: green when the latest version of the
// script compiled; red with diagnostics otherwise (loaded says an older
// version still runs).
func (a *lazyHost) Status(number string) (hosted, ok, loaded bool, diags []string) {
	if !a.attached {
		return false, false, false, []string{"checking"}
	}
	if a.h == nil {
		return false, false, false, nil
	}
	for _, s := range a.h.Statuses() {
		if s.Number == number {
			return true, s.Green && len(s.Diags) == 0, s.Green, s.Diags
		}
	}
	return false, false, false, nil
}

// Poll reloads the scripts whose files changed.
func (a *lazyHost) Poll() {
	if a.h != nil {
		a.h.Poll()
	}
}
