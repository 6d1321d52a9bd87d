package callflow

import (
	"strings"
	"time"

	"rpbench/csharp/eval"
	"rpbench/pbx"
)

// recording is one MyCall.StartRecording in progress (the handle the prelude
// keeps in ICall.__rec).
type recording struct {
	ss    *session
	file  string
	dir   string
	start time.Time
	done  eval.Value // the TaskCompletionSource<bool> to complete
	ended bool
}

// recordDirections are RecordDirection's names by value.
var recordDirections = [4]string{"Inbound", "Outbound", "Both", "Both"}

// startRecording implements StartRecording. The simulated PBX carries no
// audio, so a recording is a PBX-side action seen in the trace: a note when it
// starts ("recording started: file=F direction=D") and one when it ends,
// stopped by the script or with the call ("recording F ended with the call
// after 12.5s: kept F ..."); no file is written. A script's second
// StartRecording stops the first (kept) in the prelude. It needs media (the call answered) and an Active script; otherwise
// a note says why and done completes with false.
func (h *Host) startRecording(c *eval.Context, ss *session, file eval.Value, dir string, done eval.Value) eval.Value {
	fail := func(why string) eval.Value {
		ss.noteAt(c, "StartRecording failed: "+why)
		h.later(ss, "StartRecording", func(c *eval.Context) { setResult(c, done, eval.Bool(false)) })
		return eval.Null
	}
	switch {
	case ss.mode() != pbx.ModeActive || ss.finished():
		return fail("the script is " + modeName(ss.mode()))
	case !ss.s.Conn().Live():
		return fail("the call left the route point")
	case ss.s.Status() != pbx.StatusConnected:
		return fail("no media yet: the call is " + statusName(ss.s.Status()) + " (await MyCall.AssureMedia() first)")
	}
	rec := &recording{ss: ss, dir: dir, start: h.p.Now(), done: done}
	if file.IsNull() || file.AsString() == "" {
		rec.file = "recordings/" + ss.info.CallID.String() + "-" + strings.TrimLeft(ss.rp, "#*") + "-" + rec.start.UTC().Format("20060102T150405.000") + ".wav"
	} else {
		rec.file = file.AsString()
	}
	ss.noteAt(c, "recording started: file="+rec.file+" direction="+dir)
	ss.s.OnTerminated(func() { h.stopRecording(rec, true, "ended with the call") })
	return eval.NativeVal(rec)
}

// stopRecording ends a recording (once): a note, then its done gets keep.
func (h *Host) stopRecording(rec *recording, keep bool, how string) {
	if rec.ended {
		return
	}
	rec.ended = true
	ss := rec.ss
	outcome := "kept " + rec.file + " (no audio: the simulated PBX carries no media)"
	if !keep {
		outcome = "discarded"
	}
	d := h.p.Now().Sub(rec.start)
	h.p.Emit(ss.info.CallID, pbx.Note{Source: ss.rp, Msg: "recording " + rec.file + " " + how + " after " + d.String() + ": " + outcome})
	done := rec.done
	h.later(ss, "StartRecording", func(c *eval.Context) { setResult(c, done, eval.Bool(keep)) })
}
