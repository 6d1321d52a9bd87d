package pbx

import (
	"context"
	"math"
	"time"
)

// Clock speeds for SetSpeed.
const (
	// Paused stops the clock: only posted work and RequestStep move the loop.
	Paused = 0.0
	// RealTime runs the clock at wall-clock speed.
	RealTime = 1.0
)

// Instant is the speed of a pure virtual clock in Run: when nothing is runnable
// the clock jumps to the next timer at once. (Any speed from it up counts as Instant.)
const Instant = math.MaxFloat64

// SetSpeed switches how Run advances the clock, at any time and from any goroutine:
// Paused (0), RealTime (1), a factor such as 10 or 100 (virtual time runs that many
// times faster than the wall clock), or Instant. The loop's time never goes back.
func (l *Loop) SetSpeed(speed float64) {
	if speed < 0 || math.IsNaN(speed) {
		speed = Paused
	}
	if speed > Instant {
		speed = Instant
	}
	l.mu.Lock()
	l.speed = speed
	l.mu.Unlock()
	l.Wake()
}

// Speed returns the speed set by SetSpeed (Instant for a new loop).
func (l *Loop) Speed() float64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.speed
}

// RequestStep asks a loop running in Run to jump to its next timer and fire it,
// whatever the speed (used to step a paused clock). Safe from any goroutine.
func (l *Loop) RequestStep() {
	l.mu.Lock()
	l.stepReq++
	l.mu.Unlock()
	l.Wake()
}

// Run drives the loop until ctx is done, following the speed set by SetSpeed.
// wall supplies the wall clock (time.Now when nil); it is the only place the
// package reads it, and only when the speed is finite and not Paused.
// Run must not be used at the same time as RunFor, RunUntil, Step or RunUntilIdle.
func (l *Loop) Run(ctx context.Context, wall func() time.Time) error {
	if wall == nil {
		wall = time.Now
	}
	var (
		anchorWall time.Time
		anchorVirt int64
		anchorSpd  = -1.0
		tm         *time.Timer
	)
	defer func() {
		if tm != nil {
			tm.Stop()
		}
	}()
	// advance moves the virtual clock up to the wall clock at a finite, running speed,
	// so that work posted from outside (a SIP request) runs at the time it arrived.
	// With clampToTimer it stops at the next timer's due time, so that a timer
	// that is already due still runs at its own instant, not after the posted work.
	advance := func(speed float64, clampToTimer bool) {
		if speed == Paused || speed == Instant {
			anchorSpd = -1
			return
		}
		w := wall()
		if speed != anchorSpd {
			anchorWall, anchorVirt, anchorSpd = w, l.now, speed
		}
		v := anchorVirt + int64(float64(w.Sub(anchorWall))*speed)
		if clampToTimer && len(l.timers) > 0 && l.timers[0].when < v {
			v = l.timers[0].when
		}
		if v > l.now {
			l.now = v
		}
	}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		l.mu.Lock()
		speed := l.speed
		l.mu.Unlock()
		advance(speed, true)
		l.RunUntilIdle()
		l.mu.Lock()
		speed, step := l.speed, l.stepReq > 0
		if step {
			l.stepReq--
		}
		l.mu.Unlock()
		if step || speed == Instant {
			if len(l.timers) > 0 {
				l.fire()
				anchorSpd = -1
				continue
			}
			if step {
				continue
			}
		}
		var wait time.Duration = -1 // forever
		if speed != Paused && speed != Instant {
			advance(speed, false)
			if len(l.timers) > 0 {
				due := l.timers[0].when
				if due <= l.now {
					l.fire()
					continue
				}
				wait = time.Duration(float64(due-l.now) / speed)
				if wait < time.Millisecond {
					wait = time.Millisecond
				}
			} else {
				wait = 50 * time.Millisecond // keep Now moving for observers
			}
		} else {
			anchorSpd = -1
		}
		var tc <-chan time.Time
		if wait >= 0 {
			if tm == nil {
				tm = time.NewTimer(wait)
			} else {
				tm.Reset(wait)
			}
			tc = tm.C
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-l.wake:
		case <-tc:
		}
	}
}
