// Package rtp carries what a party hears to a real phone and back: G.711
// (PCMU, PCMA) encoding and an RTP Stream that sends a 20 ms packet of audio
// from a source every 20 ms with pion/rtp, receives the phone's packets (its
// voice, for relaying to another phone) and decodes RFC 4733 telephone-event
// DTMF.
//
// The stream runs on the wall clock; it is the real-time edge of the media
// layer, used only by `rpbench serve`. Nothing here reads global randomness:
// the SSRC and the first sequence number and timestamp come from the caller
// (the PBX loop's seeded generator).
package rtp

// Payload types of the static RTP/AVP profile. Reference: RFC 3551 §6 table 4.
const (
	PCMU = 0 // G.711 µ-law
	PCMA = 8 // G.711 A-law
)

// EncodeULaw returns the G.711 µ-law byte of a 16-bit linear sample.
// Reference: ITU-T G.711 (bias 0x84, clip 32635).
func EncodeULaw(s int16) byte {
	const bias, clip = 0x84, 32635
	x := int(s)
	sign := 0
	if x < 0 {
		x, sign = -x, 0x80
	}
	if x > clip {
		x = clip
	}
	x += bias
	exp := 7
	for mask := 0x4000; x&mask == 0 && exp > 0; mask >>= 1 {
		exp--
	}
	mant := (x >> (exp + 3)) & 0x0f
	return ^byte(sign | exp<<4 | mant)
}

// DecodeULaw returns the linear sample of a G.711 µ-law byte.
func DecodeULaw(u byte) int16 {
	u = ^u
	t := (int(u&0x0f)<<3 + 0x84) << (int(u&0x70) >> 4)
	if u&0x80 != 0 {
		return int16(0x84 - t)
	}
	return int16(t - 0x84)
}

// EncodeALaw returns the G.711 A-law byte of a 16-bit linear sample.
// Reference: ITU-T G.711 (even bits inverted with 0x55).
func EncodeALaw(s int16) byte {
	x := int(s) >> 3 // 13-bit magnitude
	sign := 0x80
	if x < 0 {
		x, sign = -x-1, 0
	}
	if x > 0xfff {
		x = 0xfff
	}
	var b int
	if x < 32 {
		b = x >> 1
	} else {
		exp := 1
		for v := x >> 5; v > 1; v >>= 1 {
			exp++
		}
		b = exp<<4 | (x>>exp)&0x0f
	}
	return byte(b|sign) ^ 0x55
}

// DecodeALaw returns the linear sample of a G.711 A-law byte.
func DecodeALaw(a byte) int16 {
	a ^= 0x55
	t := int(a&0x0f) << 4
	exp := int(a&0x70) >> 4
	switch exp {
	case 0:
		t += 8
	case 1:
		t += 0x108
	default:
		t = (t + 0x108) << (exp - 1)
	}
	if a&0x80 != 0 {
		return int16(t)
	}
	return int16(-t)
}

// Encode appends samples encoded with payload type pt (PCMU or PCMA) to dst.
func Encode(dst []byte, pt uint8, samples []int16) []byte {
	for _, s := range samples {
		if pt == PCMA {
			dst = append(dst, EncodeALaw(s))
		} else {
			dst = append(dst, EncodeULaw(s))
		}
	}
	return dst
}

// Decode appends the samples of a G.711 payload of type pt to dst.
func Decode(dst []int16, pt uint8, payload []byte) []int16 {
	for _, b := range payload {
		if pt == PCMA {
			dst = append(dst, DecodeALaw(b))
		} else {
			dst = append(dst, DecodeULaw(b))
		}
	}
	return dst
}
