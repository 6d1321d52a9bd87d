package tui

// ring is a fixed-capacity buffer of trace lines: when full, a new line
// replaces the oldest. Index 0 is the oldest line kept.
type ring struct {
	buf   []TraceLine
	start int // index in buf of the oldest line
	n     int // lines kept
	total uint64
}

func newRing(capacity int) *ring {
	if capacity < 1 {
		capacity = 1
	}
	return &ring{buf: make([]TraceLine, capacity)}
}

// push appends a line, dropping the oldest when full.
func (r *ring) push(l TraceLine) {
	r.total++
	if r.n < len(r.buf) {
		r.buf[(r.start+r.n)%len(r.buf)] = l
		r.n++
		return
	}
	r.buf[r.start] = l
	r.start = (r.start + 1) % len(r.buf)
}

// len returns the number of lines kept.
func (r *ring) len() int { return r.n }

// at returns the i-th kept line, 0 the oldest.
func (r *ring) at(i int) *TraceLine {
	return &r.buf[(r.start+i)%len(r.buf)]
}

// dropped returns how many lines have been pushed out.
func (r *ring) dropped() uint64 { return r.total - uint64(r.n) }
