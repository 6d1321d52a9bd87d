package bcl

import (
	"math"
	"strconv"
	"strings"
)

// Invariant-culture number symbols. The infinity symbols follow the project's
// brief (".NET 8 prints ∞"); note that CultureInfo.InvariantCulture itself uses
// "Infinity"/"-Infinity" while ICU cultures such as en-US use "∞"/"-∞".
// Parsing accepts both spellings.
const (
	NaNSymbol              = "NaN"
	PositiveInfinitySymbol = "∞"
	NegativeInfinitySymbol = "-∞"
	currencySymbol         = "¤"
	percentSymbol          = "%"
	perMilleSymbol         = "‰"
)

type numKind uint8

const (
	kindInteger numKind = iota
	kindDecimal
	kindFloat
)

// numberBuf is a number as a digit string: value = 0.DIGITS × 10^scale.
// digits has no leading zeros; an empty digits means zero.
type numberBuf struct {
	digits []byte
	scale  int
	neg    bool
	kind   numKind
}

func (n *numberBuf) digit(i int) byte {
	if i < len(n.digits) {
		return n.digits[i]
	}
	return 0
}

// roundAt keeps pos significant digits, rounding half away from zero on the
// digit string unless correctlyRounded (floats in standard formats, whose digits
// were generated exactly). Trailing zeros are dropped; a number that rounds to
// zero loses its sign unless it is a float (IEEE -0), as .NET's RoundNumber does.
func (n *numberBuf) roundAt(pos int, correctlyRounded bool) {
	i := 0
	for i < pos && i < len(n.digits) {
		i++
	}
	if i == pos && i < len(n.digits) && !correctlyRounded && n.digits[i] >= '5' {
		for i > 0 && n.digits[i-1] == '9' {
			i--
		}
		if i > 0 {
			n.digits[i-1]++
		} else {
			n.scale++
			n.digits = append(n.digits[:0], '1')
			i = 1
		}
	} else {
		for i > 0 && n.digits[i-1] == '0' {
			i--
		}
	}
	if i < 0 {
		i = 0
	}
	n.digits = n.digits[:i]
	if i == 0 {
		n.scale = 0
		if n.kind != kindFloat {
			n.neg = false
		}
	}
}

func intNumber(u uint64, neg bool) numberBuf {
	if u == 0 {
		return numberBuf{kind: kindInteger}
	}
	d := []byte(strconv.FormatUint(u, 10))
	return numberBuf{digits: d, scale: len(d), neg: neg, kind: kindInteger}
}

func decimalNumber(d Decimal) numberBuf {
	if d.IsZero() {
		return numberBuf{scale: -int(d.scale), kind: kindDecimal}
	}
	ds := []byte(d.digits())
	return numberBuf{digits: ds, scale: len(ds) - int(d.scale), neg: d.neg, kind: kindDecimal}
}

// floatNumber produces the digits of |f| (f finite, non-zero): shortest
// round-trip when prec < 0, prec significant digits when sig, else prec digits
// after the decimal point; all exactly rounded (half to even on the exact binary value).
func floatNumber(f float64, bitSize, prec int, sig bool) numberBuf {
	n := numberBuf{neg: math.Signbit(f), kind: kindFloat}
	a := math.Abs(f)
	if a == 0 {
		return n
	}
	var s string
	if prec < 0 || sig {
		p := prec - 1
		if prec < 0 {
			p = -1
		}
		s = strconv.FormatFloat(a, 'e', p, bitSize)
		mant, exp, _ := strings.Cut(s, "e")
		e, _ := strconv.Atoi(exp)
		mant = strings.Replace(mant, ".", "", 1)
		mant = strings.TrimRight(mant, "0")
		if mant == "" {
			return n
		}
		n.digits = []byte(mant)
		n.scale = e + 1
		return n
	}
	s = strconv.FormatFloat(a, 'f', prec, bitSize)
	intPart, frac, _ := strings.Cut(s, ".")
	all := intPart + frac
	lead := 0
	for lead < len(all) && all[lead] == '0' {
		lead++
	}
	all = strings.TrimRight(all[lead:], "0")
	if all == "" {
		return n
	}
	n.digits = []byte(all)
	n.scale = len(intPart) - lead
	return n
}

// parseFormatSpecifier splits a standard format ("F2", "x8", "") into its
// letter and precision (-1 when absent). ok is false for custom formats.
func parseFormatSpecifier(format string) (c byte, prec int, ok bool) {
	if format == "" {
		return 'G', -1, true
	}
	c = format[0]
	if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
		return 0, 0, false
	}
	if len(format) == 1 {
		return c, -1, true
	}
	if len(format) > 10 {
		return 0, 0, false
	}
	p := 0
	for i := 1; i < len(format); i++ {
		ch := format[i]
		if ch < '0' || ch > '9' {
			return 0, 0, false
		}
		p = p*10 + int(ch-'0')
	}
	if p > 999_999_999 {
		return 0, 0, false
	}
	if p > maxPrecision {
		// .NET accepts up to 999,999,999 and builds a string that long; we refuse
		// beyond maxPrecision so a typo cannot allocate gigabytes.
		return c, -2, true
	}
	return c, p, true
}

var errBadFormat = newError(FormatException, msgBadFormatSpec)

// maxPrecision bounds precision specifiers ("F100000" is the largest accepted).
const maxPrecision = 100_000

// FormatInt formats a signed integer of the given bit size (8, 16, 32, 64) as
// v.ToString(format) does with the invariant culture. Hex ("X") and binary ("B")
// formats show the two's complement of that width.
func FormatInt(v int64, bitSize int, format string) (string, error) {
	if format == "" {
		return strconv.FormatInt(v, 10), nil
	}
	c, prec, std := parseFormatSpecifier(format)
	if std && prec == -2 {
		return "", errBadFormat
	}
	if std {
		switch c | 0x20 {
		case 'd':
			return padDigits(v < 0, absU(v), prec), nil
		case 'g':
			if prec < 1 {
				return strconv.FormatInt(v, 10), nil
			}
		case 'x', 'b':
			u := uint64(v)
			if bitSize < 64 {
				u &= 1<<uint(bitSize) - 1
			}
			return hexOrBin(u, c, prec), nil
		}
	}
	n := intNumber(absU(v), v < 0)
	if !std {
		return formatCustom(&n, format), nil
	}
	return formatStandard(&n, c, prec)
}

// FormatUint formats an unsigned integer as v.ToString(format) does.
func FormatUint(v uint64, format string) (string, error) {
	if format == "" {
		return strconv.FormatUint(v, 10), nil
	}
	c, prec, std := parseFormatSpecifier(format)
	if std && prec == -2 {
		return "", errBadFormat
	}
	if std {
		switch c | 0x20 {
		case 'd':
			return padDigits(false, v, prec), nil
		case 'g':
			if prec < 1 {
				return strconv.FormatUint(v, 10), nil
			}
		case 'x', 'b':
			return hexOrBin(v, c, prec), nil
		}
	}
	n := intNumber(v, false)
	if !std {
		return formatCustom(&n, format), nil
	}
	return formatStandard(&n, c, prec)
}

func absU(v int64) uint64 {
	if v < 0 {
		return uint64(-v)
	}
	return uint64(v)
}

func padDigits(neg bool, u uint64, prec int) string {
	s := strconv.FormatUint(u, 10)
	if len(s) < prec {
		s = strings.Repeat("0", prec-len(s)) + s
	}
	if neg {
		s = "-" + s
	}
	return s
}

func hexOrBin(u uint64, c byte, prec int) string {
	var s string
	switch c {
	case 'X':
		s = strings.ToUpper(strconv.FormatUint(u, 16))
	case 'x':
		s = strconv.FormatUint(u, 16)
	default:
		s = strconv.FormatUint(u, 2)
	}
	if len(s) < prec {
		s = strings.Repeat("0", prec-len(s)) + s
	}
	return s
}

// FormatFloat64 formats a double as d.ToString(format) with the invariant
// culture (.NET Core 3.0+ semantics: "" and "R" give the shortest round-trip
// string, precision specifiers are exactly rounded, custom formats use 15
// significant digits rounded half away from zero).
func FormatFloat64(f float64, format string) (string, error) {
	return formatFloat(f, 64, format)
}

// FormatFloat32 formats a float as f.ToString(format).
func FormatFloat32(f float32, format string) (string, error) {
	return formatFloat(float64(f), 32, format)
}

// Float64String is d.ToString(): the shortest round-trippable form.
func Float64String(f float64) string {
	s, _ := formatFloat(f, 64, "")
	return s
}

// Float32String is f.ToString().
func Float32String(f float32) string {
	s, _ := formatFloat(float64(f), 32, "")
	return s
}

// ShortestFloat is .NET Core 3.0+'s d.ToString(), "G" and "R" of a finite double
// (bitSize 64) or float (32): the shortest digits that round-trip, in fixed
// notation when the decimal point falls within the digits' reach (scale in
// [-3, max(15, digits)]; 7 for float), else "d.dddE+XX" (lower-case e when lower).
func ShortestFloat(f float64, bitSize int, lower bool) string {
	s := strconv.FormatFloat(f, 'e', -1, bitSize)
	mant, exp, _ := strings.Cut(s, "e")
	e, _ := strconv.Atoi(exp)
	neg := strings.HasPrefix(mant, "-")
	digits := strings.Replace(strings.TrimPrefix(mant, "-"), ".", "", 1)
	if f == 0 {
		e = 0
	}
	maxDigits := 15
	if bitSize == 32 {
		maxDigits = 7
	}
	maxDigits = max(maxDigits, len(digits))
	if scale := e + 1; scale <= maxDigits && scale >= -3 {
		return strconv.FormatFloat(f, 'f', -1, bitSize)
	}
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	b.WriteByte(digits[0])
	if len(digits) > 1 {
		b.WriteByte('.')
		b.WriteString(digits[1:])
	}
	if lower {
		b.WriteByte('e')
	} else {
		b.WriteByte('E')
	}
	if e < 0 {
		b.WriteByte('-')
		e = -e
	} else {
		b.WriteByte('+')
	}
	if e < 10 {
		b.WriteByte('0')
	}
	b.WriteString(strconv.Itoa(e))
	return b.String()
}

func formatFloat(f float64, bitSize int, format string) (string, error) {
	if math.IsNaN(f) {
		return NaNSymbol, nil
	}
	if math.IsInf(f, 1) {
		return PositiveInfinitySymbol, nil
	}
	if math.IsInf(f, -1) {
		return NegativeInfinitySymbol, nil
	}
	custom := 15 // DoublePrecision (SinglePrecision for float)
	if bitSize == 32 {
		custom = 7
	}
	if format == "" || format == "R" || format == "r" || format == "G" || format == "g" {
		return ShortestFloat(f, bitSize, format == "g" || format == "r"), nil
	}
	c, prec, std := parseFormatSpecifier(format)
	if std && prec == -2 {
		return "", errBadFormat
	}
	if !std {
		n := floatNumber(f, bitSize, custom, true)
		return formatCustom(&n, format), nil
	}
	sig := true
	digits := prec
	switch c | 0x20 {
	case 'c', 'f', 'n':
		if prec < 0 {
			prec = 2
		}
		digits, sig = prec, false
	case 'p':
		if prec < 0 {
			prec = 2
		}
		digits, sig = prec+2, false
	case 'e':
		if prec < 0 {
			prec = 6
		}
		digits = prec + 1
	case 'g':
		if prec == 0 {
			prec = -1
		}
		digits = prec
	case 'r':
		prec, digits = -1, -1
	default:
		return "", errBadFormat
	}
	n := floatNumber(f, bitSize, digits, sig)
	if (c|0x20 == 'g' || c|0x20 == 'r') && digits < 0 {
		// .NET's FormatDouble/FormatSingle: the shortest round-trip digits, laid
		// out as "G" with max(digit count, 15 (7 for float)) digits, so that -60
		// stays "-60" and 1e15 is "1E+15".
		prec = max(len(n.digits), custom)
		if c|0x20 == 'r' {
			c = c - 'R' + 'G'
		}
	}
	return formatStandard(&n, c, prec)
}

// FormatDecimal formats a decimal as d.ToString(format).
func FormatDecimal(d Decimal, format string) (string, error) {
	if format == "" {
		return d.String(), nil
	}
	n := decimalNumber(d)
	c, prec, std := parseFormatSpecifier(format)
	if std && prec == -2 {
		return "", errBadFormat
	}
	if !std {
		return formatCustom(&n, format), nil
	}
	return formatStandard(&n, c, prec)
}

// formatStandard is .NET's NumberToString for the invariant culture.
func formatStandard(n *numberBuf, c byte, prec int) (string, error) {
	var sb strings.Builder
	correct := n.kind == kindFloat
	switch c {
	case 'C', 'c':
		if prec < 0 {
			prec = 2
		}
		n.roundAt(n.scale+prec, correct)
		if n.neg {
			sb.WriteByte('(')
		}
		sb.WriteString(currencySymbol)
		formatFixed(&sb, n, prec, true)
		if n.neg {
			sb.WriteByte(')')
		}
	case 'D', 'd':
		if n.kind != kindInteger {
			return "", errBadFormat
		}
		// Integers reach here only through custom paths; handled by callers.
		return "", errBadFormat
	case 'E', 'e':
		if prec < 0 {
			prec = 6
		}
		prec++
		n.roundAt(prec, correct)
		if n.neg {
			sb.WriteByte('-')
		}
		formatScientific(&sb, n, prec, c)
	case 'F', 'f', 'N', 'n':
		if prec < 0 {
			prec = 2
		}
		n.roundAt(n.scale+prec, correct)
		if n.neg {
			sb.WriteByte('-')
		}
		formatFixed(&sb, n, prec, c|0x20 == 'n')
	case 'G', 'g':
		noRounding := false
		if prec < 1 {
			if n.kind == kindDecimal && prec == -1 {
				noRounding = true
				if len(n.digits) > 0 && n.neg {
					sb.WriteByte('-')
				}
				formatGeneral(&sb, n, prec, c-('G'-'E'), true)
				break
			}
			prec = len(n.digits)
		}
		n.roundAt(prec, correct)
		if n.neg {
			sb.WriteByte('-')
		}
		formatGeneral(&sb, n, prec, c-('G'-'E'), noRounding)
	case 'P', 'p':
		if prec < 0 {
			prec = 2
		}
		n.scale += 2
		n.roundAt(n.scale+prec, correct)
		if n.neg {
			sb.WriteByte('-')
		}
		formatFixed(&sb, n, prec, true)
		sb.WriteString(" " + percentSymbol)
	case 'R', 'r':
		if n.kind != kindInteger && n.kind != kindFloat {
			return "", errBadFormat
		}
		return formatStandard(n, c-('R'-'G'), prec)
	default:
		return "", errBadFormat
	}
	return sb.String(), nil
}

// formatFixed writes the integer part (grouped by 3 when group) and prec decimals.
func formatFixed(sb *strings.Builder, n *numberBuf, prec int, group bool) {
	di := 0
	if n.scale > 0 {
		intLen := n.scale
		for i := 0; i < intLen; i++ {
			if group && i > 0 && (intLen-i)%3 == 0 {
				sb.WriteByte(',')
			}
			if d := n.digit(di); d != 0 {
				sb.WriteByte(d)
				di++
			} else {
				sb.WriteByte('0')
			}
		}
	} else {
		sb.WriteByte('0')
	}
	if prec > 0 {
		sb.WriteByte('.')
		if n.scale < 0 {
			z := min(-n.scale, prec)
			sb.WriteString(strings.Repeat("0", z))
			prec -= z
		}
		for ; prec > 0; prec-- {
			if d := n.digit(di); d != 0 {
				sb.WriteByte(d)
				di++
			} else {
				sb.WriteByte('0')
			}
		}
	}
}

func formatScientific(sb *strings.Builder, n *numberBuf, prec int, expChar byte) {
	di := 0
	if d := n.digit(0); d != 0 {
		sb.WriteByte(d)
		di++
	} else {
		sb.WriteByte('0')
	}
	if prec != 1 {
		sb.WriteByte('.')
	}
	for i := 1; i < prec; i++ {
		if d := n.digit(di); d != 0 {
			sb.WriteByte(d)
			di++
		} else {
			sb.WriteByte('0')
		}
	}
	e := 0
	if len(n.digits) > 0 {
		e = n.scale - 1
	}
	formatExponent(sb, e, expChar, 3, true)
}

func formatExponent(sb *strings.Builder, e int, expChar byte, minDigits int, positiveSign bool) {
	sb.WriteByte(expChar)
	if e < 0 {
		sb.WriteByte('-')
		e = -e
	} else if positiveSign {
		sb.WriteByte('+')
	}
	s := strconv.Itoa(e)
	if len(s) < minDigits {
		sb.WriteString(strings.Repeat("0", minDigits-len(s)))
	}
	sb.WriteString(s)
}

func formatGeneral(sb *strings.Builder, n *numberBuf, prec int, expChar byte, suppressScientific bool) {
	digPos := n.scale
	scientific := false
	if !suppressScientific && (digPos > prec || digPos < -3) {
		digPos = 1
		scientific = true
	}
	di := 0
	if digPos > 0 {
		for ; digPos > 0; digPos-- {
			if d := n.digit(di); d != 0 {
				sb.WriteByte(d)
				di++
			} else {
				sb.WriteByte('0')
			}
		}
	} else {
		sb.WriteByte('0')
	}
	if di < len(n.digits) || digPos < 0 {
		sb.WriteByte('.')
		for ; digPos < 0; digPos++ {
			sb.WriteByte('0')
		}
		sb.Write(n.digits[di:])
	}
	if scientific {
		formatExponent(sb, n.scale-1, expChar, 2, true)
	}
}

// findSection returns the start of the section-th ';'-separated section of a
// custom format, or 0 when that section is missing or empty.
func findSection(format string, section int) int {
	if section == 0 {
		return 0
	}
	for i := 0; i < len(format); i++ {
		switch ch := format[i]; ch {
		case '\'', '"':
			for i++; i < len(format) && format[i] != ch; i++ {
			}
		case '\\':
			i++
		case ';':
			section--
			if section != 0 {
				continue
			}
			if i+1 < len(format) && format[i+1] != ';' {
				return i + 1
			}
			return 0
		}
	}
	return 0
}

// formatCustom is .NET's NumberToStringFormat for the invariant culture.
func formatCustom(n *numberBuf, format string) string {
	const maxInt = math.MaxInt32
	section := 0
	if len(n.digits) == 0 {
		section = findSection(format, 2)
	} else if n.neg {
		section = findSection(format, 1)
	}
	var digitCount, decimalPos, firstDigit, lastDigit int
	var scientific, thousandSeps bool
	for {
		digitCount, decimalPos, firstDigit, lastDigit = 0, -1, maxInt, 0
		scientific, thousandSeps = false, false
		thousandPos, thousandCount, scaleAdjust := -1, 0, 0
		for i := section; i < len(format) && format[i] != ';'; i++ {
			switch ch := format[i]; ch {
			case '#':
				digitCount++
			case '0':
				if firstDigit == maxInt {
					firstDigit = digitCount
				}
				digitCount++
				lastDigit = digitCount
			case '.':
				if decimalPos < 0 {
					decimalPos = digitCount
				}
			case ',':
				if digitCount > 0 && decimalPos < 0 {
					if thousandPos >= 0 {
						if thousandPos == digitCount {
							thousandCount++
							break
						}
						thousandSeps = true
					}
					thousandPos = digitCount
					thousandCount = 1
				}
			case '%':
				scaleAdjust += 2
			case '\'', '"':
				for i++; i < len(format) && format[i] != ch; i++ {
				}
			case '\\':
				i++
			case 'E', 'e':
				if i+1 < len(format) && (format[i+1] == '0' ||
					(format[i+1] == '+' || format[i+1] == '-') && i+2 < len(format) && format[i+2] == '0') {
					for i++; i+1 < len(format) && format[i+1] == '0'; i++ {
					}
					scientific = true
				}
			default:
				if strings.HasPrefix(format[i:], perMilleSymbol) {
					scaleAdjust += 3
					i += len(perMilleSymbol) - 1
				}
			}
		}
		if decimalPos < 0 {
			decimalPos = digitCount
		}
		if thousandPos >= 0 {
			if thousandPos == decimalPos {
				scaleAdjust -= thousandCount * 3
			} else {
				thousandSeps = true
			}
		}
		if len(n.digits) > 0 {
			n.scale += scaleAdjust
			pos := n.scale + digitCount - decimalPos
			if scientific {
				pos = digitCount
			}
			n.roundAt(pos, false)
			if len(n.digits) == 0 {
				if i := findSection(format, 2); i != section {
					section = i
					continue
				}
			}
		} else {
			if n.kind != kindFloat {
				n.neg = false
			}
			n.scale = 0
		}
		break
	}
	if firstDigit < decimalPos {
		firstDigit = decimalPos - firstDigit
	} else {
		firstDigit = 0
	}
	if lastDigit > decimalPos {
		lastDigit = decimalPos - lastDigit
	} else {
		lastDigit = 0
	}
	var digPos, adjust int
	if scientific {
		digPos = decimalPos
	} else {
		digPos = max(n.scale, decimalPos)
		adjust = n.scale - decimalPos
	}
	var sepPos []int
	if thousandSeps {
		total := digPos
		if adjust < 0 {
			total += adjust
		}
		numDigits := max(firstDigit, total)
		for g := 3; numDigits > g; g += 3 {
			sepPos = append(sepPos, g)
		}
	}
	sepCtr := len(sepPos) - 1
	var sb strings.Builder
	if n.neg && section == 0 {
		sb.WriteByte('-')
	}
	di := 0
	decimalWritten := false
	writeSep := func() {
		if thousandSeps && digPos > 1 && sepCtr >= 0 && digPos == sepPos[sepCtr]+1 {
			sb.WriteByte(',')
			sepCtr--
		}
	}
	for i := section; i < len(format) && format[i] != ';'; i++ {
		ch := format[i]
		if adjust > 0 && (ch == '#' || ch == '0' || ch == '.') {
			for adjust > 0 {
				if d := n.digit(di); d != 0 {
					sb.WriteByte(d)
					di++
				} else {
					sb.WriteByte('0')
				}
				writeSep()
				digPos--
				adjust--
			}
		}
		switch ch {
		case '#', '0':
			var out byte
			if adjust < 0 {
				adjust++
				if digPos <= firstDigit {
					out = '0'
				}
			} else if d := n.digit(di); d != 0 {
				out = d
				di++
			} else if digPos > lastDigit {
				out = '0'
			}
			if out != 0 {
				sb.WriteByte(out)
				writeSep()
			}
			digPos--
		case '.':
			if digPos != 0 || decimalWritten {
				break
			}
			if lastDigit < 0 || (decimalPos < digitCount && n.digit(di) != 0) {
				sb.WriteByte('.')
				decimalWritten = true
			}
		case ',':
		case '%':
			sb.WriteString(percentSymbol)
		case '\'', '"':
			for i++; i < len(format) && format[i] != ch; i++ {
				sb.WriteByte(format[i])
			}
		case '\\':
			if i+1 < len(format) {
				i++
				sb.WriteByte(format[i])
			}
		case 'E', 'e':
			positiveSign := false
			zeros := 0
			if scientific {
				j := i + 1
				if j < len(format) && format[j] == '0' {
					// counted below
				} else if j+1 < len(format) && format[j] == '+' && format[j+1] == '0' {
					positiveSign = true
					j++
				} else if j+1 < len(format) && format[j] == '-' && format[j+1] == '0' {
					j++
				} else {
					sb.WriteByte(ch)
					break
				}
				for j < len(format) && format[j] == '0' {
					zeros++
					j++
				}
				i = j - 1
				zeros = min(zeros, 10)
				e := 0
				if len(n.digits) > 0 {
					e = n.scale - decimalPos
				}
				formatExponent(&sb, e, ch, zeros, positiveSign)
				scientific = false
			} else {
				sb.WriteByte(ch)
				if i+1 < len(format) && (format[i+1] == '+' || format[i+1] == '-') {
					i++
					sb.WriteByte(format[i])
				}
				for i+1 < len(format) && format[i+1] == '0' {
					i++
					sb.WriteByte('0')
				}
			}
		default:
			if strings.HasPrefix(format[i:], perMilleSymbol) {
				sb.WriteString(perMilleSymbol)
				i += len(perMilleSymbol) - 1
			} else {
				sb.WriteByte(ch)
			}
		}
	}
	return sb.String()
}
