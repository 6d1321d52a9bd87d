package bcl

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// DateTimeStyles is System.Globalization.DateTimeStyles (the flags parsing honours).
type DateTimeStyles int

// DateTimeStyles values as in .NET.
const (
	DateTimeStylesNone              DateTimeStyles = 0
	DateTimeStylesAllowWhiteSpaces  DateTimeStyles = 7
	DateTimeStylesAdjustToUniversal DateTimeStyles = 16
	DateTimeStylesAssumeLocal       DateTimeStyles = 32
	DateTimeStylesAssumeUniversal   DateTimeStyles = 64
	DateTimeStylesRoundtripKind     DateTimeStyles = 128
)

// dtParsed holds the fields found in a date/time string.
type dtParsed struct {
	y, mo, d       int
	hasDate        bool
	h, mi, sec     int
	frac           int64 // ticks
	hasOffset      bool
	offsetMinutes  int
	utcDesignator  bool // "Z" or "GMT": offset 0 written as UTC
	pm, am, hasDay bool
}

func dtParseError(s string) *Error {
	return newError(FormatException, "String '"+s+"' was not recognized as a valid DateTime.")
}

var isoRe = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$`)

// ParseDateTime is DateTime.Parse(s) with the invariant culture: ISO 8601
// ("2024-01-15", "2024-01-15T10:30:00.123Z", "+01:00" offsets), the invariant
// month/day/year order ("01/15/2024 10:30:00", "1/15/2024 3:05 PM"), English
// month names ("15 January 2024", "Jan 15, 2024"), RFC 1123
// ("Mon, 15 Jan 2024 10:30:00 GMT") and time only ("10:30", today's date from now
// in the local zone). A string with an offset or Z is converted to local time
// (Kind Local), others are Unspecified, unless styles say otherwise.
func ParseDateTime(s string, styles DateTimeStyles, now time.Time, local *time.Location) (DateTime, error) {
	p, err := parseDateTimeFields(s)
	if err != nil {
		return DateTime{}, err
	}
	return p.toDateTime(s, styles, now, local)
}

// ParseDateTimeOffset is DateTimeOffset.Parse(s): as ParseDateTime, and a
// string without an offset takes the local zone's offset at that time.
func ParseDateTimeOffset(s string, styles DateTimeStyles, now time.Time, local *time.Location) (DateTimeOffset, error) {
	p, err := parseDateTimeFields(s)
	if err != nil {
		return DateTimeOffset{}, err
	}
	return p.toDateTimeOffset(s, styles, now, local)
}

func (p *dtParsed) clock(s string, now time.Time, local *time.Location) (DateTime, error) {
	p.fillYear(now, local)
	if !p.hasDate {
		n := now.In(orUTC(local))
		p.y, p.mo, p.d = n.Year(), int(n.Month()), n.Day()
	}
	h := p.h
	if p.pm || p.am {
		if h < 1 || h > 12 {
			return DateTime{}, dtParseError(s)
		}
		if p.pm && h != 12 {
			h += 12
		}
		if p.am && h == 12 {
			h = 0
		}
	}
	d, err := NewDateTime(p.y, p.mo, p.d, h, p.mi, p.sec, 0, KindUnspecified)
	if err != nil {
		return DateTime{}, dtParseError(s)
	}
	d.ticks += p.frac
	return d, nil
}

func (p *dtParsed) toDateTime(s string, styles DateTimeStyles, now time.Time, local *time.Location) (DateTime, error) {
	d, err := p.clock(s, now, local)
	if err != nil {
		return DateTime{}, err
	}
	if p.hasOffset {
		utc := d.ticks - int64(p.offsetMinutes)*TicksPerMinute
		if utc < 0 || utc > DateTimeMaxTicks {
			return DateTime{}, dtParseError(s)
		}
		u := DateTime{ticks: utc, kind: KindUtc}
		switch {
		case styles&DateTimeStylesAdjustToUniversal != 0:
			return u, nil
		case styles&DateTimeStylesRoundtripKind != 0 && p.utcDesignator:
			return u, nil
		}
		return u.ToLocalTime(local), nil
	}
	switch {
	case styles&DateTimeStylesAssumeUniversal != 0:
		u := d.SpecifyKind(KindUtc)
		if styles&DateTimeStylesAdjustToUniversal != 0 {
			return u, nil
		}
		return u.ToLocalTime(local), nil
	case styles&DateTimeStylesAssumeLocal != 0:
		l := d.SpecifyKind(KindLocal)
		if styles&DateTimeStylesAdjustToUniversal != 0 {
			return l.ToUniversalTime(local), nil
		}
		return l, nil
	}
	return d, nil
}

func (p *dtParsed) toDateTimeOffset(s string, styles DateTimeStyles, now time.Time, local *time.Location) (DateTimeOffset, error) {
	d, err := p.clock(s, now, local)
	if err != nil {
		return DateTimeOffset{}, err
	}
	var o DateTimeOffset
	switch {
	case p.hasOffset:
		o, err = NewDateTimeOffset(d, TimeSpan(int64(p.offsetMinutes)*TicksPerMinute))
	case styles&DateTimeStylesAssumeUniversal != 0:
		o, err = NewDateTimeOffset(d, 0)
	default:
		o = DateTimeOffsetFromDateTime(d, local)
	}
	if err != nil {
		return DateTimeOffset{}, dtParseError(s)
	}
	if styles&DateTimeStylesAdjustToUniversal != 0 {
		o = o.ToUniversalTime()
	}
	return o, nil
}

func fracTicks(digits string) int64 {
	if len(digits) > 7 {
		digits = digits[:7]
	}
	v, _ := strconv.ParseInt(digits, 10, 64)
	for i := len(digits); i < 7; i++ {
		v *= 10
	}
	return v
}

func parseOffsetText(t string) (int, bool) {
	if t == "Z" || t == "z" {
		return 0, true
	}
	if len(t) < 2 || (t[0] != '+' && t[0] != '-') {
		return 0, false
	}
	sign := 1
	if t[0] == '-' {
		sign = -1
	}
	body := strings.Replace(t[1:], ":", "", 1)
	var h, m int
	var err error
	switch len(body) {
	case 1, 2:
		h, err = strconv.Atoi(body)
	case 4:
		h, err = strconv.Atoi(body[:2])
		if err == nil {
			m, err = strconv.Atoi(body[2:])
		}
	default:
		return 0, false
	}
	if err != nil || h > 14 || m > 59 {
		return 0, false
	}
	return sign * (h*60 + m), true
}

func lookupMonth(w string) int {
	for i, n := range monthNames {
		if strings.EqualFold(w, n) || strings.EqualFold(w, abbrMonthNames[i]) {
			return i + 1
		}
	}
	if strings.EqualFold(w, "Sept") {
		return 9
	}
	return 0
}

func isDayName(w string) bool {
	for i, n := range dayNames {
		if strings.EqualFold(w, n) || strings.EqualFold(w, abbrDayNames[i]) {
			return true
		}
	}
	return false
}

// parseDateTimeFields recognises the forms listed at ParseDateTime.
func parseDateTimeFields(s string) (*dtParsed, error) {
	t := strings.TrimSpace(s)
	p := &dtParsed{}
	if m := isoRe.FindStringSubmatch(t); m != nil {
		p.y, _ = strconv.Atoi(m[1])
		p.mo, _ = strconv.Atoi(m[2])
		p.d, _ = strconv.Atoi(m[3])
		p.hasDate = true
		if m[4] != "" {
			p.h, _ = strconv.Atoi(m[4])
			p.mi, _ = strconv.Atoi(m[5])
			if m[6] != "" {
				p.sec, _ = strconv.Atoi(m[6])
			}
			if m[7] != "" {
				p.frac = fracTicks(m[7])
			}
		}
		if m[8] != "" {
			off, ok := parseOffsetText(m[8])
			if !ok {
				return nil, dtParseError(s)
			}
			p.hasOffset, p.offsetMinutes, p.utcDesignator = true, off, m[8] == "Z"
		}
		return p, nil
	}
	// general form: tokens
	type tok struct {
		text  string
		num   bool
		sepBy byte // separator that preceded the token
	}
	var toks []tok
	var sep byte
	for i := 0; i < len(t); {
		c := t[i]
		switch {
		case c >= '0' && c <= '9':
			j := i
			for j < len(t) && t[j] >= '0' && t[j] <= '9' {
				j++
			}
			toks = append(toks, tok{text: t[i:j], num: true, sepBy: sep})
			sep = 0
			i = j
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			j := i
			for j < len(t) && (t[j] >= 'a' && t[j] <= 'z' || t[j] >= 'A' && t[j] <= 'Z') {
				j++
			}
			toks = append(toks, tok{text: t[i:j], sepBy: sep})
			sep = 0
			i = j
		case c == '+' || c == '-' && len(toks) > 0 && sep == ' ':
			// an offset after the time: +01:00, -0500
			j := i + 1
			for j < len(t) && (t[j] >= '0' && t[j] <= '9' || t[j] == ':') {
				j++
			}
			off, ok := parseOffsetText(t[i:j])
			if !ok {
				return nil, dtParseError(s)
			}
			p.hasOffset, p.offsetMinutes = true, off
			i = j
		case c == ' ' || c == ',' || c == '/' || c == '-' || c == '.' || c == ':' || c == 'T':
			if c != ' ' || sep == 0 {
				sep = c
			}
			i++
		default:
			return nil, dtParseError(s)
		}
	}
	var dateNums []tok
	month := 0
	hasTime := false
	for i := 0; i < len(toks); i++ {
		tk := toks[i]
		if !tk.num {
			w := tk.text
			switch {
			case strings.EqualFold(w, "AM") || strings.EqualFold(w, "A"):
				p.am = true
			case strings.EqualFold(w, "PM") || strings.EqualFold(w, "P"):
				p.pm = true
			case strings.EqualFold(w, "GMT") || strings.EqualFold(w, "UTC") || w == "Z":
				if !p.hasOffset {
					p.hasOffset, p.offsetMinutes, p.utcDesignator = true, 0, true
				}
			case strings.EqualFold(w, "T"):
			case isDayName(w):
			default:
				if m := lookupMonth(w); m != 0 && month == 0 {
					month = m
				} else {
					return nil, dtParseError(s)
				}
			}
			continue
		}
		// a number followed by ':' starts the time
		if i+1 < len(toks) && toks[i+1].num && toks[i+1].sepBy == ':' && !hasTime {
			hasTime = true
			p.h, _ = strconv.Atoi(tk.text)
			p.mi, _ = strconv.Atoi(toks[i+1].text)
			i++
			if i+1 < len(toks) && toks[i+1].num && toks[i+1].sepBy == ':' {
				p.sec, _ = strconv.Atoi(toks[i+1].text)
				i++
				if i+1 < len(toks) && toks[i+1].num && toks[i+1].sepBy == '.' {
					p.frac = fracTicks(toks[i+1].text)
					i++
				}
			}
			if len(toks[i].text) > 2 || p.h > 23 || p.mi > 59 || p.sec > 59 {
				return nil, dtParseError(s)
			}
			continue
		}
		dateNums = append(dateNums, tk)
	}
	year := func(tk tok) int {
		v, _ := strconv.Atoi(tk.text)
		if len(tk.text) <= 2 {
			if v <= 49 {
				return 2000 + v
			}
			return 1900 + v
		}
		return v
	}
	atoi := func(tk tok) int { v, _ := strconv.Atoi(tk.text); return v }
	switch {
	case month != 0:
		p.mo = month
		switch len(dateNums) {
		case 1:
			p.d = atoi(dateNums[0])
			p.y = -1
		case 2:
			a, b := dateNums[0], dateNums[1]
			if len(a.text) >= 3 || atoi(a) > 31 {
				p.y, p.d = year(a), atoi(b)
			} else {
				p.d, p.y = atoi(a), year(b)
			}
		default:
			return nil, dtParseError(s)
		}
		p.hasDate = true
	case len(dateNums) == 3:
		a, b, c := dateNums[0], dateNums[1], dateNums[2]
		if len(a.text) >= 3 {
			p.y, p.mo, p.d = year(a), atoi(b), atoi(c)
		} else {
			p.mo, p.d, p.y = atoi(a), atoi(b), year(c)
		}
		p.hasDate = true
	case len(dateNums) == 2:
		a, b := dateNums[0], dateNums[1]
		if len(a.text) >= 3 {
			p.y, p.mo, p.d = year(a), atoi(b), 1
		} else {
			p.mo, p.d, p.y = atoi(a), atoi(b), -1
		}
		p.hasDate = true
	case len(dateNums) == 0:
		if !hasTime {
			return nil, dtParseError(s)
		}
	default:
		return nil, dtParseError(s)
	}
	if p.hasDate && p.y == -1 {
		p.y = 0 // filled from now by the caller
	}
	return p, nil
}

// yearless marks a parsed date without a year: the caller takes the current year.
func (p *dtParsed) fillYear(now time.Time, local *time.Location) {
	if p.hasDate && p.y == 0 {
		p.y = now.In(orUTC(local)).Year()
	}
}

// ParseExactDateTime is DateTime.ParseExact(s, format, InvariantCulture, styles):
// format is a standard letter or a custom pattern that s must follow exactly.
func ParseExactDateTime(s, format string, styles DateTimeStyles, now time.Time, local *time.Location) (DateTime, error) {
	p, err := parseExactFields(s, format, styles)
	if err != nil {
		return DateTime{}, err
	}
	return p.toDateTime(s, styles, now, local)
}

// ParseExactDateTimeOffset is DateTimeOffset.ParseExact(s, format, InvariantCulture, styles).
func ParseExactDateTimeOffset(s, format string, styles DateTimeStyles, now time.Time, local *time.Location) (DateTimeOffset, error) {
	p, err := parseExactFields(s, format, styles)
	if err != nil {
		return DateTimeOffset{}, err
	}
	return p.toDateTimeOffset(s, styles, now, local)
}

// parseExactFields matches s against format. The white-space styles are
// .NET's: AllowLeadingWhite and AllowTrailingWhite ignore white space at the
// ends, AllowInnerWhite white space between the fields (a space in the format
// then matches any run of white space, including none).
func parseExactFields(s, format string, styles DateTimeStyles) (*dtParsed, error) {
	bad := dtParseError(s)
	isWS := func(b byte) bool { return b == ' ' || b >= '\t' && b <= '\r' }
	if styles&1 != 0 {
		for len(s) > 0 && isWS(s[0]) {
			s = s[1:]
		}
	}
	if styles&2 != 0 {
		for len(s) > 0 && isWS(s[len(s)-1]) {
			s = s[:len(s)-1]
		}
	}
	inner := styles&4 != 0
	if len(format) == 1 {
		pat, ok := invariantPatterns[format[0]]
		if !ok {
			return nil, newError(FormatException, msgFormatInvalid)
		}
		format = pat
	}
	p := &dtParsed{y: 1, mo: 1, d: 1}
	pos := 0
	digits := func(minN, maxN int) (int, bool) {
		j := pos
		for j < len(s) && j-pos < maxN && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j-pos < minN {
			return 0, false
		}
		v, _ := strconv.Atoi(s[pos:j])
		pos = j
		return v, true
	}
	word := func(names []string) (int, bool) {
		for i, n := range names {
			if len(s)-pos >= len(n) && strings.EqualFold(s[pos:pos+len(n)], n) {
				pos += len(n)
				return i, true
			}
		}
		return 0, false
	}
	hasDate, hasYear := false, false
	for i := 0; i < len(format); {
		c := format[i]
		n := repeatCount(format, i)
		ok := true
		if inner {
			for pos < len(s) && isWS(s[pos]) {
				pos++
			}
			if c == ' ' {
				i += n
				continue
			}
		}
		switch c {
		case 'd':
			switch {
			case n <= 2:
				p.d, ok = digits(n, 2)
				hasDate = true
			case n == 3:
				_, ok = word(abbrDayNames[:])
			default:
				_, ok = word(dayNames[:])
			}
		case 'M':
			hasDate = true
			switch {
			case n <= 2:
				p.mo, ok = digits(n, 2)
			case n == 3:
				var m int
				m, ok = word(abbrMonthNames[:])
				p.mo = m + 1
			default:
				var m int
				m, ok = word(monthNames[:])
				p.mo = m + 1
			}
		case 'y':
			hasDate, hasYear = true, true
			if n <= 2 {
				var v int
				v, ok = digits(n, 2)
				if v <= 49 {
					p.y = 2000 + v
				} else {
					p.y = 1900 + v
				}
			} else {
				p.y, ok = digits(n, max(n, 4))
			}
		case 'H':
			p.h, ok = digits(min(n, 2), 2)
		case 'h':
			p.h, ok = digits(min(n, 2), 2)
			if p.h == 12 {
				p.h = 0 // 12 AM is 0; PM adds 12 below
			}
		case 'm':
			p.mi, ok = digits(min(n, 2), 2)
		case 's':
			p.sec, ok = digits(min(n, 2), 2)
		case 'f', 'F':
			start := pos
			minN := n
			if c == 'F' {
				minN = 0
			}
			_, ok = digits(minN, n)
			if ok && pos > start {
				p.frac = fracTicks(s[start:pos])
			}
		case 't':
			if n == 1 {
				var k int
				k, ok = word([]string{"A", "P"})
				p.pm = ok && k == 1
			} else {
				var k int
				k, ok = word([]string{"AM", "PM"})
				p.pm = ok && k == 1
			}
		case 'z', 'K':
			if c == 'K' {
				n = 1
			}
			if pos < len(s) && (s[pos] == 'Z' || s[pos] == 'z') && c == 'K' {
				pos++
				p.hasOffset, p.utcDesignator = true, true
				break
			}
			if pos >= len(s) || (s[pos] != '+' && s[pos] != '-') {
				ok = c == 'K'
				break
			}
			j := pos + 1
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ':') {
				j++
			}
			var off int
			off, ok = parseOffsetText(s[pos:j])
			p.hasOffset, p.offsetMinutes = ok, off
			pos = j
		case '\'', '"':
			end := strings.IndexByte(format[i+1:], c)
			if end < 0 {
				return nil, bad
			}
			lit := format[i+1 : i+1+end]
			ok = strings.HasPrefix(s[pos:], lit)
			pos += len(lit)
			n = end + 2
		case '\\':
			if i+1 >= len(format) {
				return nil, bad
			}
			ok = pos < len(s) && s[pos] == format[i+1]
			pos++
			n = 2
		case '%':
			n = 1
		default:
			lit := format[i : i+n]
			ok = strings.HasPrefix(s[pos:], lit)
			pos += len(lit)
		}
		if !ok || pos > len(s) {
			return nil, bad
		}
		i += n
	}
	if pos != len(s) {
		return nil, bad
	}
	if p.pm {
		p.h += 12
	}
	p.pm = false
	p.hasDate = hasDate
	if hasDate && !hasYear {
		p.y = 0
	}
	if p.h > 23 || p.mi > 59 || p.sec > 59 {
		return nil, bad
	}
	return p, nil
}
