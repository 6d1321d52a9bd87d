package bcl

import (
	"encoding/hex"
	"math/rand/v2"
	"strings"
)

// Guid is System.Guid, held in the byte order of Guid.ToByteArray (the first
// three fields little-endian).
type Guid [16]byte

// GuidGenerator makes version-4 Guids from a seeded deterministic source, so
// Guid.NewGuid() is reproducible for a given seed.
type GuidGenerator struct{ rng *rand.Rand }

// NewGuidGenerator returns a generator for seed.
func NewGuidGenerator(seed int64) *GuidGenerator {
	return &GuidGenerator{rng: rand.New(rand.NewPCG(uint64(seed), 0x9e3779b97f4a7c15))}
}

// NewGuid returns the next random (version 4, RFC 4122 variant) Guid.
func (g *GuidGenerator) NewGuid() Guid {
	var u Guid
	a, b := g.rng.Uint64(), g.rng.Uint64()
	for i := 0; i < 8; i++ {
		u[i] = byte(a >> (8 * i))
		u[8+i] = byte(b >> (8 * i))
	}
	u[7] = u[7]&0x0F | 0x40 // version nibble: high nibble of field c (little-endian byte 7)
	u[8] = u[8]&0x3F | 0x80 // variant 10xx
	return u
}

// canonical returns the 32 hex digits in display order.
func (g Guid) canonical() string {
	var b [16]byte
	b[0], b[1], b[2], b[3] = g[3], g[2], g[1], g[0]
	b[4], b[5] = g[5], g[4]
	b[6], b[7] = g[7], g[6]
	copy(b[8:], g[8:])
	return hex.EncodeToString(b[:])
}

// String is Guid.ToString(): the "D" format.
func (g Guid) String() string {
	s, _ := g.Format("D")
	return s
}

// Format is Guid.ToString(format) for N, D, B, P, X (either case; "" is D).
func (g Guid) Format(format string) (string, error) {
	h := g.canonical()
	d := h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
	switch format {
	case "", "D", "d":
		return d, nil
	case "N", "n":
		return h, nil
	case "B", "b":
		return "{" + d + "}", nil
	case "P", "p":
		return "(" + d + ")", nil
	case "X", "x":
		var sb strings.Builder
		sb.WriteString("{0x" + h[:8] + ",0x" + h[8:12] + ",0x" + h[12:16] + ",{")
		for i := 0; i < 8; i++ {
			if i > 0 {
				sb.WriteByte(',')
			}
			sb.WriteString("0x" + h[16+2*i:18+2*i])
		}
		sb.WriteString("}}")
		return sb.String(), nil
	}
	return "", newError(FormatException, `Format string can be only "D", "d", "N", "n", "P", "p", "B", "b", "X" or "x".`)
}

// ParseGuid is Guid.Parse for the N, D, B and P forms (hex digits of either
// case, surrounding white space ignored). The X form is not accepted.
// The error message is .NET's generic "Unrecognized Guid format." for every
// failure (.NET 8 has more specific texts for some malformed inputs).
func ParseGuid(s string) (Guid, error) {
	var g Guid
	t := strings.TrimSpace(s)
	switch {
	case len(t) == 38 && (t[0] == '{' && t[37] == '}' || t[0] == '(' && t[37] == ')'):
		t = t[1:37]
		fallthrough
	case len(t) == 36:
		if t[8] != '-' || t[13] != '-' || t[18] != '-' || t[23] != '-' {
			return g, newError(FormatException, "Unrecognized Guid format.")
		}
		t = t[:8] + t[9:13] + t[14:18] + t[19:23] + t[24:]
	case len(t) == 32:
	default:
		return g, newError(FormatException, "Unrecognized Guid format.")
	}
	b, err := hex.DecodeString(t)
	if err != nil || len(b) != 16 {
		return g, newError(FormatException, "Unrecognized Guid format.")
	}
	g[0], g[1], g[2], g[3] = b[3], b[2], b[1], b[0]
	g[4], g[5] = b[5], b[4]
	g[6], g[7] = b[7], b[6]
	copy(g[8:], b[8:])
	return g, nil
}
