package pbx

import (
	"container/heap"
	"math/rand/v2"
	"sync"
	"time"
)

// DefaultStart is the instant a virtual clock starts at when no start is given
// (Monday 2024-01-01 09:00 UTC). Treat it as a constant.
var DefaultStart = time.Date(2024, 1, 1, 9, 0, 0, 0, time.UTC)

// Loop is the single event loop that owns all PBX state. Work enters it through
// Post (from any goroutine) and AfterFunc (timers, ordered by time and then by the
// order they were set). It owns the clock and the seeded id generator.
//
// Only Post, SetSpeed, Speed, RequestStep and Wake may be called from other goroutines;
// everything else runs on the loop.
type Loop struct {
	mu      sync.Mutex
	posted  []func() // guarded by mu
	wake    chan struct{}
	speed   float64 // guarded by mu; see SetSpeed
	stepReq int     // guarded by mu; pending RequestStep calls

	queue   []func() // work taken from posted, run in order from qhead
	qhead   int
	timers  timerHeap
	now     int64 // nanoseconds since start
	start   time.Time
	timerSq uint64
	ids     uint64
	rng     *rand.Rand
	hooks   []func()
}

// NewLoop returns a loop whose virtual clock starts at start (DefaultStart when zero)
// and whose random generator is seeded with seed.
func NewLoop(start time.Time, seed uint64) *Loop {
	if start.IsZero() {
		start = DefaultStart
	}
	return &Loop{
		wake:  make(chan struct{}, 1),
		speed: Instant,
		start: start,
		rng:   rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)),
	}
}

// Now returns the loop's current time.
func (l *Loop) Now() time.Time { return l.start.Add(time.Duration(l.now)) }

// Start returns the instant the loop's clock started at.
func (l *Loop) Start() time.Time { return l.start }

// Elapsed returns how much loop time has passed since Start.
func (l *Loop) Elapsed() time.Duration { return time.Duration(l.now) }

// Rand returns the loop's seeded random generator (for tags, SSRCs and the like).
// It must only be used on the loop.
func (l *Loop) Rand() *rand.Rand { return l.rng }

// NextID returns the next number of the loop's id sequence (1, 2, 3, ...).
func (l *Loop) NextID() uint64 { l.ids++; return l.ids }

// AfterEach registers f to run after each piece of work the loop runs (a posted
// function or a timer). The PBX uses it to publish what changed.
func (l *Loop) AfterEach(f func()) { l.hooks = append(l.hooks, f) }

func (l *Loop) ran() {
	for _, h := range l.hooks {
		h()
	}
}

// Post queues f to run on the loop after all work posted before it (FIFO).
// It is safe to call from any goroutine.
func (l *Loop) Post(f func()) {
	l.mu.Lock()
	l.posted = append(l.posted, f)
	l.mu.Unlock()
	l.Wake()
}

// Wake nudges a loop blocked in Run to look at its inputs again. Safe from any goroutine.
func (l *Loop) Wake() {
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

// Timer is a pending AfterFunc. Its zero value is not usable.
type Timer struct {
	when  int64 // nanoseconds since the loop's start
	seq   uint64
	f     func()
	index int // in the heap; -1 once fired or stopped
}

// Stop prevents the timer from firing. It reports whether it did so (false when
// the timer had already fired or been stopped). Call it on the loop.
func (t *Timer) Stop(l *Loop) bool {
	if t.index < 0 {
		return false
	}
	heap.Remove(&l.timers, t.index)
	t.index = -1
	t.f = nil
	return true
}

// AfterFunc arranges for f to run on the loop after d of loop time (d <= 0 means
// at the current instant, after work already queued). Timers due at the same
// instant run in the order they were set. The returned stop function cancels the
// timer and reports whether it did so. Call it on the loop.
func (l *Loop) AfterFunc(d time.Duration, f func()) (stop func() bool) {
	t := l.Schedule(d, f)
	return func() bool { return t.Stop(l) }
}

// Schedule is AfterFunc returning the timer itself, which spares an allocation.
func (l *Loop) Schedule(d time.Duration, f func()) *Timer {
	if d < 0 {
		d = 0
	}
	l.timerSq++
	t := &Timer{when: l.now + int64(d), seq: l.timerSq, f: f}
	heap.Push(&l.timers, t)
	return t
}

// NextTimer returns when the earliest pending timer is due, and false when there is none.
func (l *Loop) NextTimer() (time.Time, bool) {
	if len(l.timers) == 0 {
		return time.Time{}, false
	}
	return l.start.Add(time.Duration(l.timers[0].when)), true
}

// Pending reports how many timers are pending.
func (l *Loop) Pending() int { return len(l.timers) }

// takePosted moves posted work to the run queue and reports whether there is any.
func (l *Loop) takePosted() bool {
	l.mu.Lock()
	if len(l.posted) > 0 {
		l.queue, l.posted = l.posted, l.queue[:0]
	}
	l.mu.Unlock()
	return len(l.queue) > 0
}

// runOne runs the first queued item, or the first timer due now. It reports
// whether it ran anything.
func (l *Loop) runOne() bool {
	if l.qhead == len(l.queue) {
		l.qhead = 0
		l.queue = l.queue[:0]
		if !l.takePosted() {
			if len(l.timers) > 0 && l.timers[0].when <= l.now {
				l.fire()
				return true
			}
			return false
		}
	}
	f := l.queue[l.qhead]
	l.queue[l.qhead] = nil
	l.qhead++
	f()
	l.ran()
	return true
}

// fire pops the earliest timer, moves the clock to it, and runs it.
func (l *Loop) fire() {
	t := heap.Pop(&l.timers).(*Timer)
	t.index = -1
	if t.when > l.now {
		l.now = t.when
	}
	f := t.f
	t.f = nil
	f()
	l.ran()
}

// RunUntilIdle runs queued work and timers due at the current instant until none
// is left. It does not advance the clock.
func (l *Loop) RunUntilIdle() {
	for l.runOne() {
	}
}

// Step runs everything runnable now, then advances the clock to the next timer,
// fires it and runs what that made runnable. It reports false when no timer was pending.
func (l *Loop) Step() bool {
	l.RunUntilIdle()
	if len(l.timers) == 0 {
		return false
	}
	l.fire()
	l.RunUntilIdle()
	return true
}

// RunFor runs the loop for d of virtual time: timers due up to now+d fire in order,
// then the clock is set to now+d.
func (l *Loop) RunFor(d time.Duration) {
	end := l.now + int64(d)
	for {
		l.RunUntilIdle()
		if len(l.timers) == 0 || l.timers[0].when > end {
			break
		}
		l.fire()
	}
	if end > l.now {
		l.now = end
	}
	l.RunUntilIdle()
}

// RunUntil runs the loop on virtual time until cond holds (checked before starting
// and after each piece of work) or limit of virtual time has passed. It reports
// whether cond held. When nothing is left to run the clock moves to the limit.
func (l *Loop) RunUntil(cond func() bool, limit time.Duration) bool {
	end := l.now + int64(limit)
	for {
		if cond() {
			return true
		}
		if l.runOne() {
			continue
		}
		if len(l.timers) == 0 || l.timers[0].when > end {
			break
		}
		l.fire()
	}
	if end > l.now {
		l.now = end
	}
	return cond()
}

// timerHeap orders timers by (when, seq).
type timerHeap []*Timer

// Len, Less, Swap, Push and Pop implement heap.Interface.
func (h timerHeap) Len() int { return len(h) }
func (h timerHeap) Less(i, j int) bool {
	if h[i].when == h[j].when {
		return h[i].seq < h[j].seq
	}
	return h[i].when < h[j].when
}
func (h timerHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}
func (h *timerHeap) Push(x any) {
	t := x.(*Timer)
	t.index = len(*h)
	*h = append(*h, t)
}
func (h *timerHeap) Pop() any {
	old := *h
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	*h = old[:n-1]
	return t
}
