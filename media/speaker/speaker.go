//go:build cgo

package speaker

import (
	"fmt"
	"os"
	"sync"
	"unsafe"

	"github.com/gen2brain/malgo"
	"golang.org/x/sys/unix"

	"rpbench/media"
)

// backendNull is miniaudio's real null backend (ma_backend_null). malgo's
// BackendNull constant is the custom backend, one below it.
const backendNull = malgo.Backend(14)

// Speaker is an open playback device pulling from a Source.
type Speaker struct {
	ctx    *malgo.AllocatedContext
	dev    *malgo.Device
	stderr int // the saved fd 2, or -1
	once   sync.Once

	mu     sync.Mutex
	frames uint64 // frames played, for tests
	buf    []int16
}

// Open starts playing src on the default output device (or the null
// backend). Close it when done.
func Open(src Source, o Options) (_ *Speaker, err error) {
	s := &Speaker{stderr: -1}
	if !o.KeepStderr {
		s.stderr = silenceStderr()
	}
	defer func() {
		if err != nil {
			s.restoreStderr()
		}
	}()
	var backends []malgo.Backend
	if o.Null {
		backends = []malgo.Backend{backendNull}
	}
	s.ctx, err = malgo.InitContext(backends, malgo.ContextConfig{}, func(string) {})
	if err != nil {
		return nil, fmt.Errorf("speaker: %w", err)
	}
	cfg := malgo.DefaultDeviceConfig(malgo.Playback)
	cfg.Playback.Format = malgo.FormatS16
	cfg.Playback.Channels = 1
	cfg.SampleRate = media.Rate
	cfg.Alsa.NoMMap = 1
	cb := malgo.DeviceCallbacks{Data: func(out, _ []byte, frames uint32) {
		s.fill(src, out, int(frames))
	}}
	s.dev, err = malgo.InitDevice(s.ctx.Context, cfg, cb)
	if err != nil {
		s.ctx.Uninit()
		s.ctx.Free()
		return nil, fmt.Errorf("speaker: %w", err)
	}
	if err = s.dev.Start(); err != nil {
		s.dev.Uninit()
		s.ctx.Uninit()
		s.ctx.Free()
		return nil, fmt.Errorf("speaker: %w", err)
	}
	return s, nil
}

// fill runs on the audio thread.
func (s *Speaker) fill(src Source, out []byte, frames int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if cap(s.buf) < frames {
		s.buf = make([]int16, frames)
	}
	buf := s.buf[:frames]
	src.Read(buf)
	n := min(len(out)/2, frames)
	copy(unsafe.Slice((*int16)(unsafe.Pointer(unsafe.SliceData(out))), n), buf[:n])
	s.frames += uint64(n)
}

// Frames returns how many frames the device has taken so far.
func (s *Speaker) Frames() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.frames
}

// Close stops the device and gives the C standard error back.
func (s *Speaker) Close() error {
	s.once.Do(func() {
		s.dev.Uninit()
		_ = s.ctx.Uninit()
		s.ctx.Free()
		s.restoreStderr()
	})
	return nil
}

// silenceStderr points fd 2 at /dev/null and returns a copy of the old fd 2
// (-1 when it cannot).
func silenceStderr() int {
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		return -1
	}
	defer null.Close()
	saved, err := unix.Dup(2)
	if err != nil {
		return -1
	}
	if err := unix.Dup3(int(null.Fd()), 2, 0); err != nil {
		unix.Close(saved)
		return -1
	}
	return saved
}

func (s *Speaker) restoreStderr() {
	if s.stderr < 0 {
		return
	}
	_ = unix.Dup3(s.stderr, 2, 0)
	unix.Close(s.stderr)
	s.stderr = -1
}
