package callflow

import (
	"strings"
	"time"

	"rpbench/csharp/eval"
	"rpbench/pbx"
)

// recording is one MyCall.StartRecording in progress (ICall.__rec holds it).
type recording struct {
	ss    *session
	file  string
	dir   string
	start time.Time
	done  eval.Value // the Action<bool> to call (null: none), or
	task  *eval.Task // the Task<bool> to complete
	ended bool
}

// takeRecording returns the recording in MyCall's __rec field and clears the field.
func takeRecording(call eval.Value) *recording {
	o := call.Obj()
	if o == nil {
		return nil
	}
	f := o.Type.FieldByName("__rec")
	if f == nil {
		return nil
	}
	rec, _ := o.Fields[f.Index].R.(*recording)
	o.Fields[f.Index] = eval.Null
	return rec
}

// keepRecording stores rec in MyCall's __rec field.
func keepRecording(call eval.Value, rec *recording) {
	if o := call.Obj(); o != nil {
		if f := o.Type.FieldByName("__rec"); f != nil {
			o.Fields[f.Index] = eval.NativeVal(rec)
		}
	}
}

// finish reports a recording's end to the script: done(kept), or the task.
func (h *Host) finishRecording(rec *recording, keep bool) {
	ss := rec.ss
	if rec.task != nil {
		t := rec.task
		h.p.Post(func() { h.complete(ss, t, keep) })
		return
	}
	if done := rec.done; !done.IsNull() {
		h.later(ss, "StartRecording", func(c *eval.Context) { c.Invoke(done, eval.Bool(keep)) })
	}
}

// recordDirections are RecordDirection's names by value.
var recordDirections = [4]string{"Inbound", "Outbound", "Both", "Both"}

// startRecording implements StartRecording. The simulated PBX carries no
// audio, so a recording is a PBX-side action seen in the trace: a note when it
// starts ("recording started: file=F direction=D") and one when it ends,
// stopped by the script or with the call ("recording F ended with the call
// after 12.5s: kept F ..."); no file is written. A script's second
// StartRecording stops the first (kept). It needs media (the call answered) and an Active script; otherwise
// a note says why and done completes with false.
func (h *Host) startRecording(c *eval.Context, ss *session, call, file eval.Value, dir string, done eval.Value, task *eval.Task) {
	if prev := takeRecording(call); prev != nil {
		h.stopRecording(prev, true, "stopped by a new StartRecording", scriptAt(c, ss))
	}
	rec := &recording{ss: ss, dir: dir, start: h.p.Now(), done: done, task: task}
	fail := func(why string) {
		ss.noteAt(c, "StartRecording failed: "+why)
		rec.ended = true
		h.finishRecording(rec, false)
	}
	switch {
	case ss.mode() != pbx.ModeActive || ss.finished():
		fail("the script is " + modeName(ss.mode()))
		return
	case !ss.s.Conn().Live():
		fail("the call left the route point")
		return
	case ss.s.Status() != pbx.StatusConnected:
		fail("no media yet: the call is " + statusName(ss.s.Status()) + " (await MyCall.AssureMedia() first)")
		return
	}
	if file.IsNull() || file.AsString() == "" {
		rec.file = "recordings/" + ss.info.CallID.String() + "-" + strings.TrimLeft(ss.rp, "#*") + "-" + rec.start.UTC().Format("20060102T150405.000") + ".wav"
	} else {
		rec.file = file.AsString()
	}
	keepRecording(call, rec)
	ss.noteAt(c, "recording started: file="+rec.file+" direction="+dir)
	ss.s.OnTerminated(func() { h.stopRecording(rec, true, "ended with the call", "") })
}

// stopRecording ends a recording (once): a note (where: " (at File.cs(l,c))"
// or ""), then its done gets keep.
func (h *Host) stopRecording(rec *recording, keep bool, how, where string) {
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
	h.p.Emit(ss.info.CallID, pbx.Note{Source: ss.rp, Msg: "recording " + rec.file + " " + how + " after " + d.String() + ": " + outcome + where})
	h.finishRecording(rec, keep)
}
