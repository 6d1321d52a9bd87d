package bcl

import (
	"encoding/base64"
	"encoding/hex"
	"math"
	"strconv"
	"strings"
)

// ConvertFloat64ToInt64 is Convert.ToInt64(double)/ToInt32/ToInt16/ToSByte by
// bitSize: rounds to the nearest integer, ties to even, OverflowException out of range.
func ConvertFloat64ToInt64(v float64, bitSize int) (int64, error) {
	if math.IsNaN(v) {
		return 0, overflowFor(intTypeName(bitSize, true))
	}
	r := math.RoundToEven(v)
	lim := math.Ldexp(1, bitSize-1)
	if r < -lim || r >= lim {
		return 0, overflowFor(intTypeName(bitSize, true))
	}
	return int64(r), nil
}

// ConvertFloat64ToUint64 is Convert.ToUInt64(double) and narrower unsigned types.
func ConvertFloat64ToUint64(v float64, bitSize int) (uint64, error) {
	if math.IsNaN(v) {
		return 0, overflowFor(intTypeName(bitSize, false))
	}
	r := math.RoundToEven(v)
	if r < 0 || r >= math.Ldexp(1, bitSize) {
		return 0, overflowFor(intTypeName(bitSize, false))
	}
	return uint64(r), nil
}

// ConvertDecimalToInt64 is Convert.ToInt32(decimal)/ToInt64 by bitSize: banker's rounding.
func ConvertDecimalToInt64(d Decimal, bitSize int) (int64, error) {
	r, _ := d.Round(0, ToEven)
	m := r.BigInt()
	if !m.IsInt64() {
		return 0, overflowFor(intTypeName(bitSize, true))
	}
	v := m.Int64()
	lim := int64(1) << uint(bitSize-1)
	if bitSize < 64 && (v < -lim || v >= lim) {
		return 0, overflowFor(intTypeName(bitSize, true))
	}
	return v, nil
}

// FormatIntBase is Convert.ToString(value, toBase) for bases 2, 8, 10 and 16;
// negative values in bases other than 10 print the two's complement of bitSize bits.
func FormatIntBase(v int64, bitSize, toBase int) (string, error) {
	switch toBase {
	case 10:
		return strconv.FormatInt(v, 10), nil
	case 2, 8, 16:
		u := uint64(v)
		if bitSize < 64 {
			u &= 1<<uint(bitSize) - 1
		}
		return strconv.FormatUint(u, toBase), nil
	}
	return "", &Error{Type: ArgumentException, Message: "Invalid Base. (Parameter 'toBase')", Param: "toBase"}
}

// ParseIntBase is Convert.ToInt32(string, fromBase)/ToInt64 by bitSize for
// bases 2, 8, 10, 16. Base 16 accepts a "0x" prefix; bases other than 10 read
// the two's complement of bitSize bits ("FFFFFFFF" is -1 for Int32).
func ParseIntBase(s string, bitSize, fromBase int) (int64, error) {
	switch fromBase {
	case 2, 8, 10, 16:
	default:
		return 0, &Error{Type: ArgumentException, Message: "Invalid Base. (Parameter 'fromBase')", Param: "fromBase"}
	}
	if s == "" {
		return 0, argOutOfRange("value", "Index was out of range. Must be non-negative and less than the size of the collection.")
	}
	t := s
	neg := false
	if fromBase == 10 && (t[0] == '-' || t[0] == '+') {
		neg = t[0] == '-'
		t = t[1:]
	} else if fromBase != 10 && t[0] == '-' {
		return 0, newError(ArgumentException, "String cannot contain a minus sign if the base is not 10.")
	}
	if fromBase == 16 && (strings.HasPrefix(t, "0x") || strings.HasPrefix(t, "0X")) {
		t = t[2:]
	}
	end := 0
	for end < len(t) {
		d := digitVal(t[end])
		if d < 0 || d >= fromBase {
			break
		}
		end++
	}
	if end == 0 {
		return 0, newError(FormatException, "Could not find any recognizable digits.")
	}
	if end != len(t) {
		return 0, newError(FormatException, "Additional non-parsable characters are at the end of the string.")
	}
	u, err := strconv.ParseUint(t, fromBase, 64)
	if err != nil {
		return 0, overflowFor(intTypeName(bitSize, true))
	}
	if fromBase == 10 {
		lim := uint64(1) << uint(bitSize-1)
		if (!neg && u >= lim) || (neg && u > lim) {
			return 0, overflowFor(intTypeName(bitSize, true))
		}
		if neg {
			return -int64(u), nil
		}
		return int64(u), nil
	}
	if bitSize < 64 {
		if u>>uint(bitSize) != 0 {
			return 0, overflowFor(intTypeName(bitSize, true))
		}
		shift := uint(64 - bitSize)
		return int64(u<<shift) >> shift, nil
	}
	return int64(u), nil
}

// ToBase64String is Convert.ToBase64String.
func ToBase64String(b []byte) string { return base64.StdEncoding.EncodeToString(b) }

// FromBase64String is Convert.FromBase64String: white space is ignored.
func FromBase64String(s string) ([]byte, error) {
	t := strings.Map(func(r rune) rune {
		if r == ' ' || r == '\t' || r == '\r' || r == '\n' {
			return -1
		}
		return r
	}, s)
	b, err := base64.StdEncoding.Strict().DecodeString(t)
	if err != nil {
		return nil, newError(FormatException, "The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.")
	}
	return b, nil
}

// ToHexString is Convert.ToHexString (upper case).
func ToHexString(b []byte) string { return strings.ToUpper(hex.EncodeToString(b)) }

// FromHexString is Convert.FromHexString.
func FromHexString(s string) ([]byte, error) {
	if len(s)%2 != 0 {
		return nil, newError(FormatException, "The input is not a valid hex string as its length is not a multiple of 2.")
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		return nil, newError(FormatException, "The input is not a valid hex string as it contains a non-hex character.")
	}
	return b, nil
}

// ParseBool is bool.Parse / Convert.ToBoolean(string): "True" or "False" in any
// case, surrounding white space (and trailing NULs) ignored.
func ParseBool(s string) (bool, error) {
	t := strings.TrimRight(TrimWhiteSpace(s), "\x00")
	t = TrimWhiteSpace(t)
	switch {
	case strings.EqualFold(t, "True"):
		return true, nil
	case strings.EqualFold(t, "False"):
		return false, nil
	}
	return false, newError(FormatException, "String '"+s+"' was not recognized as a valid Boolean.")
}

// FormatBool is bool.ToString(): "True" or "False".
func FormatBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
