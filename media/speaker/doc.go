// Package speaker plays a media.Player through the computer's speaker with
// malgo (miniaudio, cgo). It is the only package of rpbench that uses cgo;
// built without cgo, Open reports that there is no speaker.
//
// Audio libraries print to the C standard error (ALSA does, when there is no
// sound card); that would write over a terminal UI, so the speaker points
// file descriptor 2 at /dev/null while it is open.
package speaker

import "errors"

// Source is what the speaker plays: mono 16-bit samples at media.Rate.
type Source interface {
	Read(out []int16)
}

// Options configure Open.
type Options struct {
	// Null opens miniaudio's null backend, a device that consumes samples
	// at the real rate without sound hardware (for tests).
	Null bool
	// KeepStderr leaves the C standard error alone.
	KeepStderr bool
}

// ErrNoSpeaker is returned by Open when rpbench was built without cgo.
var ErrNoSpeaker = errors.New("speaker: built without cgo, no audio output")
