package bcl

// Split options, as System.StringSplitOptions.
const (
	SplitRemoveEmptyEntries = 1
	SplitTrimEntries        = 2
)

// Split is String.Split as .NET 8 computes it, on UTF-16 units. The separators
// are either chars (chars, used when strs is nil) or strings (strs; null or
// empty entries are ignored; at each position the first separator in array
// order that matches wins). No char separators (an empty or null char[]) means
// white space. count (negative: no limit) caps the number of parts: the last
// part holds the rest of the string. options combines SplitRemoveEmptyEntries
// and SplitTrimEntries; with RemoveEmptyEntries, empty parts are dropped and,
// once the cap is reached, empty parts before the rest are skipped too.
func Split(s string, chars []uint16, strs []string, count int, options int) []string {
	if count < 0 {
		count = int(^uint(0) >> 1)
	}
	u := ToUTF16(s)
	if count == 0 || options&SplitRemoveEmptyEntries != 0 && len(u) == 0 {
		return []string{}
	}
	if count == 1 {
		return splitLast(u, options, nil)
	}
	// separator positions and lengths
	var pos, lens []int
	if strs == nil {
		for i, c := range u {
			if len(chars) == 0 && CharIsWhiteSpace(c) || containsUnit(chars, c) {
				pos = append(pos, i)
				lens = append(lens, 1)
			}
		}
	} else {
		seps := make([][]uint16, 0, len(strs))
		for _, x := range strs {
			if x != "" {
				seps = append(seps, ToUTF16(x))
			}
		}
		for i := 0; i < len(u); i++ {
			for _, sep := range seps {
				if len(u)-i >= len(sep) && unitsEqual(u[i:i+len(sep)], sep) {
					pos = append(pos, i)
					lens = append(lens, len(sep))
					i += len(sep) - 1
					break
				}
			}
		}
	}
	if len(pos) == 0 {
		return splitLast(u, options, nil)
	}
	out := []string{}
	if options == 0 {
		cur := 0
		for i := 0; i < len(pos) && len(out) < count-1; i++ {
			out = append(out, FromUTF16(u[cur:pos[i]]))
			cur = pos[i] + lens[i]
		}
		return append(out, FromUTF16(u[cur:]))
	}
	entry := func(from, to int) []uint16 {
		e := u[from:to]
		if options&SplitTrimEntries != 0 {
			e = trimUnits(e)
		}
		return e
	}
	cur := 0
	for i := 0; i < len(pos); i++ {
		e := entry(cur, pos[i])
		if len(e) > 0 || options&SplitRemoveEmptyEntries == 0 {
			out = append(out, FromUTF16(e))
		}
		cur = pos[i] + lens[i]
		if len(out) == count-1 {
			if options&SplitRemoveEmptyEntries != 0 {
				for i++; i < len(pos); i++ {
					if len(entry(cur, pos[i])) > 0 {
						break
					}
					cur = pos[i] + lens[i]
				}
			}
			break
		}
	}
	return splitLast(u[cur:], options, out)
}

// splitLast appends the final part (after the options) to out.
func splitLast(u []uint16, options int, out []string) []string {
	if out == nil {
		out = []string{}
	}
	if options&SplitTrimEntries != 0 {
		u = trimUnits(u)
	}
	if len(u) > 0 || options&SplitRemoveEmptyEntries == 0 {
		out = append(out, FromUTF16(u))
	}
	return out
}

func containsUnit(set []uint16, c uint16) bool {
	for _, x := range set {
		if x == c {
			return true
		}
	}
	return false
}

func unitsEqual(a, b []uint16) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// trimUnits trims .NET white space from both ends.
func trimUnits(u []uint16) []uint16 {
	for len(u) > 0 && CharIsWhiteSpace(u[0]) {
		u = u[1:]
	}
	for len(u) > 0 && CharIsWhiteSpace(u[len(u)-1]) {
		u = u[:len(u)-1]
	}
	return u
}
