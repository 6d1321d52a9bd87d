package pbx

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"
)

func TestLoopTimersOrder(t *testing.T) {
	l := NewLoop(time.Time{}, 1)
	var got []string
	at := func(name string, d time.Duration) func() bool {
		return l.AfterFunc(d, func() { got = append(got, fmt.Sprintf("%s@%v", name, l.Elapsed())) })
	}
	at("b", 2*time.Second)
	at("a", time.Second)
	at("c", 2*time.Second) // same instant as b: set later, fires later
	stop := at("x", 1500*time.Millisecond)
	l.Post(func() { got = append(got, "posted") })
	at("now", 0)
	if !stop() || stop() {
		t.Error("stop: want true then false")
	}
	l.RunFor(1500 * time.Millisecond)
	if l.Elapsed() != 1500*time.Millisecond {
		t.Errorf("Elapsed %v after RunFor", l.Elapsed())
	}
	l.RunFor(time.Hour)
	want := "posted now@0s a@1s b@2s c@2s"
	if s := strings.Join(got, " "); s != want {
		t.Errorf("got %s, want %s", s, want)
	}
	if l.Now() != DefaultStart.Add(time.Hour+1500*time.Millisecond) {
		t.Errorf("Now %v", l.Now())
	}
}

func TestLoopStepAndRunUntil(t *testing.T) {
	l := NewLoop(time.Time{}, 1)
	n := 0
	var tick func()
	tick = func() { n++; l.AfterFunc(10*time.Second, tick) }
	l.AfterFunc(10*time.Second, tick)
	if !l.Step() || n != 1 || l.Elapsed() != 10*time.Second {
		t.Fatalf("Step: n=%d elapsed=%v", n, l.Elapsed())
	}
	if !l.RunUntil(func() bool { return n == 3 }, time.Minute) || l.Elapsed() != 30*time.Second {
		t.Errorf("RunUntil: n=%d elapsed=%v", n, l.Elapsed())
	}
	if l.RunUntil(func() bool { return n == 100 }, 25*time.Second) || l.Elapsed() != 55*time.Second || n != 5 {
		t.Errorf("RunUntil limit: n=%d elapsed=%v", n, l.Elapsed())
	}
	empty := NewLoop(time.Time{}, 1)
	if empty.Step() {
		t.Error("Step on an empty loop: true")
	}
	if _, ok := empty.NextTimer(); ok {
		t.Error("NextTimer on an empty loop")
	}
}

func TestLoopIDsAndSeed(t *testing.T) {
	a, b := NewLoop(time.Time{}, 7), NewLoop(time.Time{}, 7)
	if a.NextID() != 1 || a.NextID() != 2 {
		t.Error("ids do not count from 1")
	}
	if a.Rand().Uint64() != b.Rand().Uint64() {
		t.Error("same seed, different random numbers")
	}
	if NewLoop(time.Time{}, 8).Rand().Uint64() == NewLoop(time.Time{}, 7).Rand().Uint64() {
		t.Error("different seeds, same random numbers")
	}
}

// TestLoopPostFromGoroutines: Post is safe from other goroutines and keeps each poster's order.
func TestLoopPostFromGoroutines(t *testing.T) {
	l := NewLoop(time.Time{}, 1)
	var wg sync.WaitGroup
	seen := map[int][]int{}
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 100 {
				l.Post(func() { seen[g] = append(seen[g], i) })
			}
		}()
	}
	wg.Wait()
	l.RunUntilIdle()
	for g := range 4 {
		if len(seen[g]) != 100 {
			t.Fatalf("goroutine %d: %d items", g, len(seen[g]))
		}
		for i, v := range seen[g] {
			if v != i {
				t.Fatalf("goroutine %d: item %d is %d", g, i, v)
			}
		}
	}
}

// TestLoopRunSpeeds runs the loop on the wall clock inside a synctest bubble (whose
// clock is fake): real time, x10, paused with steps, and instant.
func TestLoopRunSpeeds(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		l := NewLoop(time.Time{}, 1)
		l.SetSpeed(RealTime)
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error)
		go func() { done <- l.Run(ctx, nil) }()
		fired := make(chan time.Duration, 10)
		post := func(d time.Duration) {
			l.Post(func() { l.AfterFunc(d, func() { fired <- l.Elapsed() }) })
		}
		start := time.Now()
		post(15 * time.Second)
		if got := <-fired; got != 15*time.Second || time.Since(start) != 15*time.Second {
			t.Errorf("real time: fired at loop %v after wall %v", got, time.Since(start))
		}
		l.SetSpeed(10)
		start = time.Now()
		post(15 * time.Second)
		if got := <-fired; got != 30*time.Second || time.Since(start) != 1500*time.Millisecond {
			t.Errorf("x10: fired at loop %v after wall %v", got, time.Since(start))
		}
		l.SetSpeed(Paused)
		post(time.Hour)
		time.Sleep(2 * time.Hour)
		synctest.Wait()
		select {
		case <-fired:
			t.Error("a paused clock fired a timer")
		default:
		}
		l.RequestStep()
		if got := <-fired; got != time.Hour+30*time.Second {
			t.Errorf("step: fired at %v", got)
		}
		l.SetSpeed(Instant)
		start = time.Now()
		post(24 * time.Hour)
		if got := <-fired; got != 25*time.Hour+30*time.Second || time.Since(start) != 0 {
			t.Errorf("instant: fired at loop %v after wall %v", got, time.Since(start))
		}
		cancel()
		if err := <-done; err != context.Canceled {
			t.Errorf("Run returned %v", err)
		}
	})
}

// TestLoopRunPostedWorkSeesArrivalTime checks that work posted from outside the loop
// (as a SIP request is) runs at the loop time it arrived at on a running clock, not at
// the time the loop last woke up: here the next timer is a minute away, so the loop
// sleeps for a minute, and a post after 5 s must read 5 s.
func TestLoopRunPostedWorkSeesArrivalTime(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		l := NewLoop(time.Time{}, 1)
		l.SetSpeed(RealTime)
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error)
		go func() { done <- l.Run(ctx, nil) }()
		l.Post(func() { l.AfterFunc(time.Minute, func() {}) })
		time.Sleep(5 * time.Second)
		got := make(chan time.Duration)
		l.Post(func() { got <- l.Elapsed() })
		if d := <-got; d != 5*time.Second {
			t.Errorf("posted work ran at loop time %v, want 5s", d)
		}
		l.SetSpeed(10)
		time.Sleep(2 * time.Second) // 20 s of loop time at x10
		l.Post(func() { got <- l.Elapsed() })
		if d := <-got; d != 25*time.Second {
			t.Errorf("at x10: posted work ran at loop time %v, want 25s", d)
		}
		cancel()
		<-done
	})
}
