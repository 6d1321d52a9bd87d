package speaker

import (
	"testing"
	"time"

	"rpbench/media"
)

type counter struct{ n int }

func (c *counter) Read(out []int16) {
	for i := range out {
		out[i] = int16(c.n)
		c.n++
	}
}

// TestNullBackend plays through miniaudio's null backend, which needs no
// sound hardware: the device must pull samples from the source.
func TestNullBackend(t *testing.T) {
	src := &counter{}
	s, err := Open(src, Options{Null: true})
	if err == ErrNoSpeaker {
		t.Skip("built without cgo")
	}
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	deadline := time.Now().Add(5 * time.Second)
	for s.Frames() < media.Rate/10 { // 100 ms of audio
		if time.Now().After(deadline) {
			t.Fatalf("the null device took %d frames in 5 s", s.Frames())
		}
		time.Sleep(10 * time.Millisecond) // polling the device's progress
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestDefaultDevice opens the default device: on a machine without sound
// hardware that fails with an error (and nothing printed), elsewhere it plays.
func TestDefaultDevice(t *testing.T) {
	s, err := Open(&counter{}, Options{})
	if err == ErrNoSpeaker {
		t.Skip("built without cgo")
	}
	if err != nil {
		t.Logf("no default device: %v", err)
		return
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}
