package eval

import (
	"container/heap"
	"sync"
	"time"
)

// Host is the event loop the interpreter runs on. All C# code, timers and
// continuations run from functions the host calls on its loop, one at a time.
// pbx's loop satisfies it; VirtualLoop is a standalone implementation.
type Host interface {
	// Now returns the loop's clock.
	Now() time.Time
	// AfterFunc runs f on the loop after d of loop time. stop cancels it and
	// reports whether it was still pending.
	AfterFunc(d time.Duration, f func()) (stop func() bool)
	// Post runs f on the loop soon, after the functions posted before it.
	Post(f func())
}

// VirtualLoop is a Host with a virtual clock: Run executes posted functions
// in FIFO order and, when none is left, jumps the clock to the next timer.
// Timers due at the same instant fire in the order they were set.
// It is safe to call Post and AfterFunc from any goroutine.
type VirtualLoop struct {
	mu     sync.Mutex
	now    time.Time
	queue  []func()
	timers timerHeap
	seq    uint64
	wake   chan struct{}
}

// NewVirtualLoop returns a loop whose clock starts at start.
func NewVirtualLoop(start time.Time) *VirtualLoop {
	return &VirtualLoop{now: start, wake: make(chan struct{}, 1)}
}

// Now returns the virtual clock.
func (l *VirtualLoop) Now() time.Time {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.now
}

// Post queues f.
func (l *VirtualLoop) Post(f func()) {
	l.mu.Lock()
	l.queue = append(l.queue, f)
	l.mu.Unlock()
}

// AfterFunc schedules f at Now()+d (d < 0 counts as 0).
func (l *VirtualLoop) AfterFunc(d time.Duration, f func()) func() bool {
	if d < 0 {
		d = 0
	}
	l.mu.Lock()
	l.seq++
	t := &vtimer{at: l.now.Add(d), seq: l.seq, f: f, index: -1}
	heap.Push(&l.timers, t)
	l.mu.Unlock()
	return func() bool {
		l.mu.Lock()
		defer l.mu.Unlock()
		if t.index < 0 {
			return false
		}
		heap.Remove(&l.timers, t.index)
		return true
	}
}

// Step runs one queued function, or fires the next timer (advancing the
// clock) when the queue is empty. It reports false when there was nothing to do.
func (l *VirtualLoop) Step() bool {
	l.mu.Lock()
	if len(l.queue) > 0 {
		f := l.queue[0]
		l.queue[0] = nil
		l.queue = l.queue[1:]
		l.mu.Unlock()
		f()
		return true
	}
	if len(l.timers) > 0 {
		t := heap.Pop(&l.timers).(*vtimer)
		if t.at.After(l.now) {
			l.now = t.at
		}
		l.mu.Unlock()
		t.f()
		return true
	}
	l.mu.Unlock()
	return false
}

// Run runs until nothing is queued and no timer is pending.
func (l *VirtualLoop) Run() {
	for l.Step() {
	}
}

// RunUntil runs until done returns true (checked between steps) or no work is left;
// it reports whether done returned true.
func (l *VirtualLoop) RunUntil(done func() bool) bool {
	for !done() {
		if !l.Step() {
			return done()
		}
	}
	return true
}

// Pending reports the number of queued functions and pending timers.
func (l *VirtualLoop) Pending() (queued, timers int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.queue), len(l.timers)
}

type vtimer struct {
	at    time.Time
	seq   uint64
	f     func()
	index int
}

type timerHeap []*vtimer

func (h timerHeap) Len() int { return len(h) }
func (h timerHeap) Less(i, j int) bool {
	if !h[i].at.Equal(h[j].at) {
		return h[i].at.Before(h[j].at)
	}
	return h[i].seq < h[j].seq
}
func (h timerHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}
func (h *timerHeap) Push(x any) {
	t := x.(*vtimer)
	t.index = len(*h)
	*h = append(*h, t)
}
func (h *timerHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	t.index = -1
	return t
}
