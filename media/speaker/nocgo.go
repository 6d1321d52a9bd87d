//go:build !cgo

package speaker

// Speaker is a playback device; without cgo there is none.
type Speaker struct{}

// Open reports ErrNoSpeaker: this build has no cgo.
func Open(src Source, o Options) (*Speaker, error) { return nil, ErrNoSpeaker }

// Frames returns 0.
func (s *Speaker) Frames() uint64 { return 0 }

// Close does nothing.
func (s *Speaker) Close() error { return nil }
