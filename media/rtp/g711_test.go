package rtp

import "testing"

// Reference: ITU-T G.711 tables: µ-law 0xFF and A-law 0xD5 are zero.
func TestG711KnownValues(t *testing.T) {
	tests := []struct {
		s    int16
		u, a byte
	}{
		{0, 0xff, 0xd5},
		{-1, 0x7f, 0x55},
		{32767, 0x80, 0xaa},
		{-32768, 0x00, 0x2a},
	}
	for _, tc := range tests {
		if got := EncodeULaw(tc.s); got != tc.u {
			t.Errorf("EncodeULaw(%d) = %#x, want %#x", tc.s, got, tc.u)
		}
		if got := EncodeALaw(tc.s); got != tc.a {
			t.Errorf("EncodeALaw(%d) = %#x, want %#x", tc.s, got, tc.a)
		}
	}
}

// A round trip keeps the sample within G.711's quantisation step.
func TestG711RoundTrip(t *testing.T) {
	for s := -32768; s <= 32767; s += 7 {
		for _, pt := range []uint8{PCMU, PCMA} {
			b := Encode(nil, pt, []int16{int16(s)})
			got := int(Decode(nil, pt, b)[0])
			step := abs(s)/16 + 16
			if abs(got-s) > step {
				t.Fatalf("pt %d: %d -> %#x -> %d (off by %d, step %d)", pt, s, b[0], got, abs(got-s), step)
			}
		}
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
