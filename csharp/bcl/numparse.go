package bcl

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// NumberStyles is System.Globalization.NumberStyles.
type NumberStyles int

// The NumberStyles flags and composites with .NET's values.
const (
	StyleNone                 NumberStyles = 0
	StyleAllowLeadingWhite    NumberStyles = 1
	StyleAllowTrailingWhite   NumberStyles = 2
	StyleAllowLeadingSign     NumberStyles = 4
	StyleAllowTrailingSign    NumberStyles = 8
	StyleAllowParentheses     NumberStyles = 16
	StyleAllowDecimalPoint    NumberStyles = 32
	StyleAllowThousands       NumberStyles = 64
	StyleAllowExponent        NumberStyles = 128
	StyleAllowCurrencySymbol  NumberStyles = 256
	StyleAllowHexSpecifier    NumberStyles = 512
	StyleAllowBinarySpecifier NumberStyles = 1024
	StyleInteger                           = StyleAllowLeadingWhite | StyleAllowTrailingWhite | StyleAllowLeadingSign
	StyleHexNumber                         = StyleAllowLeadingWhite | StyleAllowTrailingWhite | StyleAllowHexSpecifier
	StyleNumber                            = StyleInteger | StyleAllowTrailingSign | StyleAllowDecimalPoint | StyleAllowThousands
	StyleFloat                             = StyleInteger | StyleAllowDecimalPoint | StyleAllowExponent
	StyleCurrency                          = StyleNumber | StyleAllowParentheses | StyleAllowCurrencySymbol
	StyleAny                               = StyleCurrency | StyleAllowExponent
)

// isWhite is .NET's parsing whitespace: space and \t \n \v \f \r.
func isWhite(c byte) bool { return c == ' ' || c >= 0x09 && c <= 0x0D }

type parsedNumber struct {
	neg    bool
	digits string // significant digits without leading zeros (may have trailing zeros)
	scale  int    // value = 0.digits × 10^scale (when digits != "")
	frac   bool   // a decimal point with digits after it was present
}

// scanNumber parses s by styles as .NET's TryParseNumber does (invariant culture).
func scanNumber(s string, styles NumberStyles) (parsedNumber, bool) {
	var p parsedNumber
	i := 0
	n := len(s)
	// trailing NULs are ignored by .NET
	for n > 0 && s[n-1] == 0 {
		n--
	}
	if styles&StyleAllowLeadingWhite != 0 {
		for i < n && isWhite(s[i]) {
			i++
		}
	}
	signSeen, parens, currency := false, false, false
	for i < n {
		switch {
		case styles&StyleAllowLeadingSign != 0 && !signSeen && (s[i] == '-' || s[i] == '+'):
			signSeen = true
			p.neg = s[i] == '-'
			i++
			continue
		case styles&StyleAllowParentheses != 0 && !signSeen && s[i] == '(':
			signSeen, parens, p.neg = true, true, true
			i++
			continue
		case styles&StyleAllowCurrencySymbol != 0 && !currency && strings.HasPrefix(s[i:], currencySymbol):
			currency = true
			i += len(currencySymbol)
			continue
		}
		break
	}
	var digits []byte
	sawDigit, sawPoint := false, false
	scale := 0
	for i < n {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			sawDigit = true
			if len(digits) == 0 && c == '0' {
				if sawPoint {
					scale--
				}
			} else {
				digits = append(digits, c)
				if !sawPoint {
					scale++
				}
			}
			if sawPoint {
				p.frac = true
			}
			i++
			continue
		case c == '.' && styles&StyleAllowDecimalPoint != 0 && !sawPoint:
			sawPoint = true
			i++
			continue
		case c == ',' && styles&StyleAllowThousands != 0 && sawDigit && !sawPoint:
			i++
			continue
		}
		break
	}
	if !sawDigit {
		return p, false
	}
	if i < n && (s[i] == 'e' || s[i] == 'E') && styles&StyleAllowExponent != 0 {
		j := i + 1
		eneg := false
		if j < n && (s[j] == '+' || s[j] == '-') {
			eneg = s[j] == '-'
			j++
		}
		if j < n && s[j] >= '0' && s[j] <= '9' {
			e := 0
			for j < n && s[j] >= '0' && s[j] <= '9' {
				if e < 100000 {
					e = e*10 + int(s[j]-'0')
				}
				j++
			}
			if eneg {
				e = -e
			}
			scale += e
			i = j
		}
	}
	for i < n {
		switch {
		case styles&StyleAllowTrailingSign != 0 && !signSeen && (s[i] == '-' || s[i] == '+'):
			signSeen = true
			p.neg = s[i] == '-'
			i++
			continue
		case parens && s[i] == ')':
			parens = false
			i++
			continue
		case styles&StyleAllowCurrencySymbol != 0 && !currency && strings.HasPrefix(s[i:], currencySymbol):
			currency = true
			i += len(currencySymbol)
			continue
		case styles&StyleAllowTrailingWhite != 0 && isWhite(s[i]):
			i++
			continue
		}
		break
	}
	if i != n || parens {
		return p, false
	}
	p.digits = string(digits)
	p.scale = scale
	return p, true
}

// intTypeName is the .NET name of an integer type for overflow messages.
func intTypeName(bitSize int, signed bool) string {
	if signed {
		switch bitSize {
		case 8:
			return "SByte"
		case 16:
			return "Int16"
		case 32:
			return "Int32"
		}
		return "Int64"
	}
	switch bitSize {
	case 8:
		return "Byte"
	case 16:
		return "UInt16"
	case 32:
		return "UInt32"
	}
	return "UInt64"
}

// ParseInt is int.Parse/long.Parse/short.Parse/sbyte.Parse (by bitSize) with
// styles (StyleInteger by default in .NET). It returns a FormatException for text
// that is not a number and an OverflowException for a number out of range or with
// a non-zero fraction.
func ParseInt(s string, bitSize int, styles NumberStyles) (int64, error) {
	if styles&(StyleAllowHexSpecifier|StyleAllowBinarySpecifier) != 0 {
		u, err := parseRadix(s, bitSize, styles, true)
		if err != nil {
			return 0, err
		}
		// reinterpret the bit pattern of the type's width
		shift := uint(64 - bitSize)
		return int64(u<<shift) >> shift, nil
	}
	p, ok := scanNumber(s, styles)
	if !ok {
		return 0, formatErrorFor(s)
	}
	m, ok := integerValue(p)
	if !ok {
		return 0, overflowFor(intTypeName(bitSize, true))
	}
	lim := new(big.Int).Lsh(big.NewInt(1), uint(bitSize-1))
	if p.neg {
		m.Neg(m)
		if m.Cmp(new(big.Int).Neg(lim)) < 0 {
			return 0, overflowFor(intTypeName(bitSize, true))
		}
	} else if m.Cmp(lim) >= 0 {
		return 0, overflowFor(intTypeName(bitSize, true))
	}
	return m.Int64(), nil
}

// ParseUint is uint.Parse/ulong.Parse/ushort.Parse/byte.Parse by bitSize.
// "-0" parses as 0, as in .NET.
func ParseUint(s string, bitSize int, styles NumberStyles) (uint64, error) {
	if styles&(StyleAllowHexSpecifier|StyleAllowBinarySpecifier) != 0 {
		return parseRadix(s, bitSize, styles, false)
	}
	p, ok := scanNumber(s, styles)
	if !ok {
		return 0, formatErrorFor(s)
	}
	m, ok := integerValue(p)
	if !ok || (p.neg && m.Sign() != 0) || m.BitLen() > bitSize {
		return 0, overflowFor(intTypeName(bitSize, false))
	}
	return m.Uint64(), nil
}

// integerValue returns the integer a parsed number denotes; false when it has a
// non-zero fraction or is absurdly large.
func integerValue(p parsedNumber) (*big.Int, bool) {
	if p.digits == "" {
		return new(big.Int), true
	}
	if p.scale < len(p.digits) {
		// fractional digits must all be zero
		if strings.TrimRight(p.digits[max(p.scale, 0):], "0") != "" {
			return nil, false
		}
	}
	if p.scale > 40 {
		return nil, false
	}
	if p.scale <= 0 {
		return new(big.Int), true
	}
	ds := p.digits
	if len(ds) > p.scale {
		ds = ds[:p.scale]
	} else {
		ds += strings.Repeat("0", p.scale-len(ds))
	}
	m, _ := new(big.Int).SetString(ds, 10)
	return m, true
}

func parseRadix(s string, bitSize int, styles NumberStyles, signed bool) (uint64, error) {
	t := s
	if styles&StyleAllowLeadingWhite != 0 {
		t = strings.TrimLeft(t, " \t\n\v\f\r")
	}
	if styles&StyleAllowTrailingWhite != 0 {
		t = strings.TrimRight(t, " \t\n\v\f\r")
	}
	base := 16
	if styles&StyleAllowBinarySpecifier != 0 {
		base = 2
	}
	if t == "" {
		return 0, formatErrorFor(s)
	}
	var u uint64
	for i := 0; i < len(t); i++ {
		d := digitVal(t[i])
		if d < 0 || d >= base {
			return 0, formatErrorFor(s)
		}
		if u > (math.MaxUint64-uint64(d))/uint64(base) {
			return 0, overflowFor(intTypeName(bitSize, signed))
		}
		u = u*uint64(base) + uint64(d)
	}
	if bitSize < 64 && u>>uint(bitSize) != 0 {
		return 0, overflowFor(intTypeName(bitSize, signed))
	}
	return u, nil
}

func digitVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return -1
}

// ParseFloat64 is double.Parse(s, styles) (StyleFloat|StyleAllowThousands by
// default in .NET): IEEE-correct rounding, overflow gives ±Infinity (.NET Core
// 3.0+), and the symbols NaN, Infinity, ∞ (with signs, case-insensitive) are accepted.
func ParseFloat64(s string, styles NumberStyles) (float64, error) {
	return parseFloat(s, styles, 64)
}

// ParseFloat32 is float.Parse(s, styles).
func ParseFloat32(s string, styles NumberStyles) (float32, error) {
	f, err := parseFloat(s, styles, 32)
	return float32(f), err
}

func parseFloat(s string, styles NumberStyles, bitSize int) (float64, error) {
	p, ok := scanNumber(s, styles)
	if !ok {
		t := strings.TrimSpace(s)
		switch strings.ToLower(t) {
		case "nan", "-nan", "+nan":
			return math.NaN(), nil
		case "infinity", "+infinity", "∞", "+∞":
			return math.Inf(1), nil
		case "-infinity", "-∞":
			return math.Inf(-1), nil
		}
		return 0, formatErrorFor(s)
	}
	var f float64
	if p.digits != "" {
		if p.scale > 400 {
			f = math.Inf(1)
		} else if p.scale < -400 {
			f = 0
		} else {
			f, _ = strconv.ParseFloat("0."+p.digits+"e"+strconv.Itoa(p.scale), bitSize)
		}
	}
	if p.neg {
		f = -f
	}
	return f, nil
}

// ParseDecimal is decimal.Parse(s) with StyleNumber.
func ParseDecimal(s string) (Decimal, error) { return ParseDecimalStyle(s, StyleNumber) }

// ParseDecimalStyle is decimal.Parse(s, styles): trailing zeros set the scale
// ("1.50" has scale 2); digits beyond 28 decimals are rounded half to even.
func ParseDecimalStyle(s string, styles NumberStyles) (Decimal, error) {
	p, ok := scanNumber(s, styles)
	if !ok {
		return Decimal{}, formatErrorFor(s)
	}
	if p.digits == "" {
		// zero keeps the number of fractional digits written ("0.00")
		sc := min(max(-p.scale, 0), MaxDecimalScale)
		if !p.frac {
			sc = 0
		}
		return Decimal{scale: uint8(sc)}, nil
	}
	if p.scale > 29 {
		return Decimal{}, errDecOver
	}
	m, _ := new(big.Int).SetString(p.digits, 10)
	scale := len(p.digits) - p.scale
	if scale > MaxDecimalScale+40 {
		return Decimal{scale: MaxDecimalScale}, nil
	}
	return fitDecimal(m, scale, p.neg)
}
