package tui

// ring is a bounded buffer of trace lines: it grows as lines come, and once
// it holds max lines a new line replaces the oldest. Index 0 is the oldest
// line kept.
type ring struct {
	buf   []TraceLine
	max   int
	start int // index in buf of the oldest line, once full
	total uint64
}

func newRing(capacity int) *ring {
	if capacity < 1 {
		capacity = 1
	}
	return &ring{max: capacity}
}

// push appends a line, dropping the oldest when full.
func (r *ring) push(l TraceLine) {
	r.total++
	if len(r.buf) < r.max {
		r.buf = append(r.buf, l)
		return
	}
	r.buf[r.start] = l
	r.start = (r.start + 1) % r.max
}

// len returns the number of lines kept.
func (r *ring) len() int { return len(r.buf) }

// at returns the i-th kept line, 0 the oldest.
func (r *ring) at(i int) *TraceLine {
	return &r.buf[(r.start+i)%len(r.buf)]
}

// dropped returns how many lines have been pushed out.
func (r *ring) dropped() uint64 { return r.total - uint64(len(r.buf)) }
