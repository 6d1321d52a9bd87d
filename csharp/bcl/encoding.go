package bcl

import (
	"encoding/binary"
	"math"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Encoding names the System.Text.Encoding instances the engine offers.
type Encoding int

// The supported encodings.
const (
	EncodingUTF8             Encoding = iota // Encoding.UTF8 (GetBytes writes no BOM)
	EncodingASCII                            // Encoding.ASCII: non-ASCII becomes '?'
	EncodingUnicode                          // Encoding.Unicode: UTF-16 little-endian
	EncodingBigEndianUnicode                 // Encoding.BigEndianUnicode
	EncodingUTF32                            // Encoding.UTF32: little-endian
	EncodingLatin1                           // Encoding.Latin1: above U+00FF becomes '?'
)

// WebName is Encoding.WebName.
func (e Encoding) WebName() string {
	return [...]string{"utf-8", "us-ascii", "utf-16", "utf-16BE", "utf-32", "iso-8859-1"}[e]
}

// GetBytes is Encoding.GetBytes(string).
func (e Encoding) GetBytes(s string) []byte {
	switch e {
	case EncodingUTF8:
		return []byte(s)
	case EncodingASCII, EncodingLatin1:
		limit := rune(0x7F)
		if e == EncodingLatin1 {
			limit = 0xFF
		}
		b := make([]byte, 0, len(s))
		for _, r := range s {
			if r > limit {
				b = append(b, '?')
				if r >= 0x10000 && e == EncodingASCII {
					b = append(b, '?') // one '?' per UTF-16 unit
				}
				continue
			}
			b = append(b, byte(r))
		}
		return b
	case EncodingUnicode, EncodingBigEndianUnicode:
		u := ToUTF16(s)
		b := make([]byte, 2*len(u))
		for i, c := range u {
			if e == EncodingUnicode {
				binary.LittleEndian.PutUint16(b[2*i:], c)
			} else {
				binary.BigEndian.PutUint16(b[2*i:], c)
			}
		}
		return b
	case EncodingUTF32:
		var b []byte
		for _, r := range s {
			b = binary.LittleEndian.AppendUint32(b, uint32(r))
		}
		return b
	}
	return nil
}

// GetString is Encoding.GetString(bytes); invalid input becomes U+FFFD (UTF-8:
// one per maximal invalid subsequence, as .NET does) or '?' (ASCII).
func (e Encoding) GetString(b []byte) string {
	switch e {
	case EncodingUTF8:
		return decodeUTF8(b)
	case EncodingASCII:
		var sb strings.Builder
		for _, c := range b {
			if c > 0x7F {
				sb.WriteByte('?')
			} else {
				sb.WriteByte(c)
			}
		}
		return sb.String()
	case EncodingLatin1:
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c)
		}
		return string(r)
	case EncodingUnicode, EncodingBigEndianUnicode:
		u := make([]uint16, len(b)/2)
		for i := range u {
			if e == EncodingUnicode {
				u[i] = binary.LittleEndian.Uint16(b[2*i:])
			} else {
				u[i] = binary.BigEndian.Uint16(b[2*i:])
			}
		}
		s := string(utf16.Decode(u))
		if len(b)%2 == 1 {
			s += "\uFFFD"
		}
		return s
	case EncodingUTF32:
		var sb strings.Builder
		for i := 0; i+4 <= len(b); i += 4 {
			r := rune(binary.LittleEndian.Uint32(b[i:]))
			if !utf8.ValidRune(r) {
				r = utf8.RuneError
			}
			sb.WriteRune(r)
		}
		return sb.String()
	}
	return ""
}

// GetByteCount is Encoding.GetByteCount(string).
func (e Encoding) GetByteCount(s string) int { return len(e.GetBytes(s)) }

func decodeUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var sb strings.Builder
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || size > 1 {
			sb.WriteRune(r)
			i += size
			continue
		}
		// maximal subpart of an ill-formed sequence (Unicode §3.9, W3C/WHATWG practice)
		c := b[i]
		n, lo, hi := 0, byte(0x80), byte(0xBF)
		switch {
		case c >= 0xC2 && c <= 0xDF:
			n = 1
		case c == 0xE0:
			n, lo = 2, 0xA0
		case c >= 0xE1 && c <= 0xEC, c == 0xEE, c == 0xEF:
			n = 2
		case c == 0xED:
			n, hi = 2, 0x9F
		case c == 0xF0:
			n, lo = 3, 0x90
		case c >= 0xF1 && c <= 0xF3:
			n = 3
		case c == 0xF4:
			n, hi = 3, 0x8F
		}
		j := i + 1
		for k := 0; k < n && j < len(b); k++ {
			if b[j] < lo || b[j] > hi {
				break
			}
			lo, hi = 0x80, 0xBF
			j++
		}
		sb.WriteRune(utf8.RuneError)
		i = j
	}
	return sb.String()
}

// BitConverter helpers (little-endian, as BitConverter.IsLittleEndian is true on .NET's platforms).

// BitConverterGetBytesInt returns BitConverter.GetBytes for an integer of bitSize bits.
func BitConverterGetBytesInt(v uint64, bitSize int) []byte {
	b := make([]byte, bitSize/8)
	for i := range b {
		b[i] = byte(v >> (8 * i))
	}
	return b
}

// BitConverterGetBytesFloat64 is BitConverter.GetBytes(double).
func BitConverterGetBytesFloat64(f float64) []byte {
	return BitConverterGetBytesInt(math.Float64bits(f), 64)
}

// BitConverterToUint reads bitSize bits little-endian at start (ArgumentOutOfRange/Argument errors as .NET).
func BitConverterToUint(b []byte, start, bitSize int) (uint64, error) {
	if start < 0 || start >= len(b) {
		return 0, argOutOfRange("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.")
	}
	n := bitSize / 8
	if len(b)-start < n {
		return 0, &Error{Type: ArgumentException, Message: "Destination array is not long enough to copy all the items in the collection. Check array index and length. (Parameter 'value')", Param: "value"}
	}
	var v uint64
	for i := 0; i < n; i++ {
		v |= uint64(b[start+i]) << (8 * i)
	}
	return v, nil
}

// BitConverterToString is BitConverter.ToString(bytes): "0A-FF-10".
func BitConverterToString(b []byte) string {
	const hexd = "0123456789ABCDEF"
	var sb strings.Builder
	for i, c := range b {
		if i > 0 {
			sb.WriteByte('-')
		}
		sb.WriteByte(hexd[c>>4])
		sb.WriteByte(hexd[c&15])
	}
	return sb.String()
}
