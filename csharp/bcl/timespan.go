package bcl

import (
	"math"
	"strconv"
	"strings"
)

// Tick constants (a tick is 100 ns).
const (
	TicksPerMicrosecond int64 = 10
	TicksPerMillisecond int64 = 10_000
	TicksPerSecond      int64 = 10_000_000
	TicksPerMinute      int64 = 600_000_000
	TicksPerHour        int64 = 36_000_000_000
	TicksPerDay         int64 = 864_000_000_000
)

// TimeSpan is System.TimeSpan: a signed number of ticks.
type TimeSpan int64

// TimeSpan limits.
const (
	TimeSpanZero     TimeSpan = 0
	TimeSpanMaxValue TimeSpan = math.MaxInt64
	TimeSpanMinValue TimeSpan = math.MinInt64
)

var errTimeSpanTooLong = newError(OverflowException, "TimeSpan overflowed because the duration is too long.")

// NewTimeSpan is new TimeSpan(days, hours, minutes, seconds, milliseconds)
// (pass 0 for the parts a shorter constructor omits).
func NewTimeSpan(days, hours, minutes, seconds, milliseconds int64) (TimeSpan, error) {
	total := (days*3600*24+hours*3600+minutes*60+seconds)*1000 + milliseconds
	// .NET checks the millisecond total against the tick range
	if total > math.MaxInt64/TicksPerMillisecond || total < math.MinInt64/TicksPerMillisecond {
		return 0, argOutOfRange("", "TimeSpan overflowed because the duration is too long.")
	}
	return TimeSpan(total * TicksPerMillisecond), nil
}

// timeSpanFromUnits is TimeSpan.FromX(double): value × scale ticks, truncated
// toward zero (.NET Core 3.0+ no longer rounds to whole milliseconds).
func timeSpanFromUnits(value float64, scale int64) (TimeSpan, error) {
	if math.IsNaN(value) {
		return 0, newError(ArgumentException, "TimeSpan does not accept floating point Not-a-Number values.")
	}
	ticks := value * float64(scale)
	if ticks > math.MaxInt64 || ticks < math.MinInt64 {
		return 0, errTimeSpanTooLong
	}
	if ticks == math.MaxInt64 {
		return TimeSpanMaxValue, nil
	}
	return TimeSpan(int64(ticks)), nil
}

// TimeSpanFromDays is TimeSpan.FromDays(double).
func TimeSpanFromDays(v float64) (TimeSpan, error) { return timeSpanFromUnits(v, TicksPerDay) }

// TimeSpanFromHours is TimeSpan.FromHours(double).
func TimeSpanFromHours(v float64) (TimeSpan, error) { return timeSpanFromUnits(v, TicksPerHour) }

// TimeSpanFromMinutes is TimeSpan.FromMinutes(double).
func TimeSpanFromMinutes(v float64) (TimeSpan, error) { return timeSpanFromUnits(v, TicksPerMinute) }

// TimeSpanFromSeconds is TimeSpan.FromSeconds(double).
func TimeSpanFromSeconds(v float64) (TimeSpan, error) { return timeSpanFromUnits(v, TicksPerSecond) }

// TimeSpanFromMilliseconds is TimeSpan.FromMilliseconds(double).
func TimeSpanFromMilliseconds(v float64) (TimeSpan, error) {
	return timeSpanFromUnits(v, TicksPerMillisecond)
}

// Ticks returns the tick count.
func (t TimeSpan) Ticks() int64 { return int64(t) }

// Days is the whole-day component (truncated toward zero).
func (t TimeSpan) Days() int { return int(int64(t) / TicksPerDay) }

// Hours is the hour component (-23..23).
func (t TimeSpan) Hours() int { return int(int64(t) / TicksPerHour % 24) }

// Minutes is the minute component.
func (t TimeSpan) Minutes() int { return int(int64(t) / TicksPerMinute % 60) }

// Seconds is the second component.
func (t TimeSpan) Seconds() int { return int(int64(t) / TicksPerSecond % 60) }

// Milliseconds is the millisecond component.
func (t TimeSpan) Milliseconds() int { return int(int64(t) / TicksPerMillisecond % 1000) }

// Microseconds is the microsecond component (.NET 7+).
func (t TimeSpan) Microseconds() int { return int(int64(t) / TicksPerMicrosecond % 1000) }

// Nanoseconds is the nanosecond component (.NET 7+): multiples of 100.
func (t TimeSpan) Nanoseconds() int { return int(int64(t) % TicksPerMicrosecond * 100) }

// TotalDays is the duration in days.
func (t TimeSpan) TotalDays() float64 { return float64(t) / float64(TicksPerDay) }

// TotalHours is the duration in hours.
func (t TimeSpan) TotalHours() float64 { return float64(t) / float64(TicksPerHour) }

// TotalMinutes is the duration in minutes.
func (t TimeSpan) TotalMinutes() float64 { return float64(t) / float64(TicksPerMinute) }

// TotalSeconds is the duration in seconds.
func (t TimeSpan) TotalSeconds() float64 { return float64(t) / float64(TicksPerSecond) }

// TotalMilliseconds is the duration in milliseconds (clamped to ±MaxValue's range as .NET does).
func (t TimeSpan) TotalMilliseconds() float64 {
	v := float64(t) / float64(TicksPerMillisecond)
	const maxMs = float64(math.MaxInt64 / TicksPerMillisecond)
	const minMs = float64(math.MinInt64 / TicksPerMillisecond)
	return math.Max(minMs, math.Min(maxMs, v))
}

// Add is t + u (OverflowException on overflow).
func (t TimeSpan) Add(u TimeSpan) (TimeSpan, error) {
	r := t + u
	if (t >= 0) == (u >= 0) && (r >= 0) != (t >= 0) {
		return 0, errTimeSpanTooLong
	}
	return r, nil
}

// Sub is t - u.
func (t TimeSpan) Sub(u TimeSpan) (TimeSpan, error) {
	r := t - u
	if (t >= 0) != (u >= 0) && (r >= 0) != (t >= 0) {
		return 0, errTimeSpanTooLong
	}
	return r, nil
}

// Negate is -t (OverflowException for MinValue).
func (t TimeSpan) Negate() (TimeSpan, error) {
	if t == TimeSpanMinValue {
		return 0, newError(OverflowException, msgNegateTwosCompNum)
	}
	return -t, nil
}

// Duration is the absolute value (OverflowException for MinValue).
func (t TimeSpan) Duration() (TimeSpan, error) {
	if t == TimeSpanMinValue {
		return 0, newError(OverflowException, "The duration cannot be returned for TimeSpan.MinValue because the absolute value of TimeSpan.MinValue exceeds the value of TimeSpan.MaxValue.")
	}
	if t < 0 {
		return -t, nil
	}
	return t, nil
}

// Multiply is t * factor (rounded to the nearest tick).
func (t TimeSpan) Multiply(factor float64) (TimeSpan, error) {
	if math.IsNaN(factor) {
		return 0, newError(ArgumentException, "TimeSpan does not accept floating point Not-a-Number values.")
	}
	ticks := math.Round(float64(t) * factor)
	if ticks > math.MaxInt64 || ticks < math.MinInt64 {
		return 0, errTimeSpanTooLong
	}
	return TimeSpan(int64(ticks)), nil
}

// Divide is t / divisor (rounded to the nearest tick).
func (t TimeSpan) Divide(divisor float64) (TimeSpan, error) {
	if math.IsNaN(divisor) {
		return 0, newError(ArgumentException, "TimeSpan does not accept floating point Not-a-Number values.")
	}
	ticks := math.Round(float64(t) / divisor)
	if ticks > math.MaxInt64 || ticks < math.MinInt64 || math.IsNaN(ticks) {
		return 0, errTimeSpanTooLong
	}
	return TimeSpan(int64(ticks)), nil
}

// String is TimeSpan.ToString(): the constant ("c") format [-][d.]hh:mm:ss[.fffffff].
func (t TimeSpan) String() string {
	s, _ := t.Format("c")
	return s
}

func (t TimeSpan) parts() (neg bool, days, h, m, s, frac int64) {
	ticks := int64(t)
	var u uint64
	if ticks < 0 {
		neg = true
		u = uint64(-ticks) // MinValue wraps to its magnitude
	} else {
		u = uint64(ticks)
	}
	days = int64(u / uint64(TicksPerDay))
	rem := int64(u % uint64(TicksPerDay))
	h = rem / TicksPerHour
	m = rem / TicksPerMinute % 60
	s = rem / TicksPerSecond % 60
	frac = rem % TicksPerSecond
	return
}

func pad(v int64, n int) string {
	s := strconv.FormatInt(v, 10)
	if len(s) < n {
		s = strings.Repeat("0", n-len(s)) + s
	}
	return s
}

var errBadTimeSpanFormat = newError(FormatException, msgFormatInvalid)

// Format is TimeSpan.ToString(format): "c"/"t"/"T", "g", "G" or a custom format
// (d..dddddddd, h, hh, m, mm, s, ss, f..fffffff, F..FFFFFFF, 'literal', "literal",
// \c, %c). Other characters in a custom format are a FormatException, as in .NET.
func (t TimeSpan) Format(format string) (string, error) {
	neg, days, h, m, s, frac := t.parts()
	var sb strings.Builder
	switch format {
	case "", "c", "t", "T":
		if neg {
			sb.WriteByte('-')
		}
		if days != 0 {
			sb.WriteString(strconv.FormatInt(days, 10) + ".")
		}
		sb.WriteString(pad(h, 2) + ":" + pad(m, 2) + ":" + pad(s, 2))
		if frac != 0 {
			sb.WriteString("." + pad(frac, 7))
		}
		return sb.String(), nil
	case "g":
		if neg {
			sb.WriteByte('-')
		}
		if days != 0 {
			sb.WriteString(strconv.FormatInt(days, 10) + ":")
		}
		sb.WriteString(strconv.FormatInt(h, 10) + ":" + pad(m, 2) + ":" + pad(s, 2))
		if frac != 0 {
			sb.WriteString("." + strings.TrimRight(pad(frac, 7), "0"))
		}
		return sb.String(), nil
	case "G":
		if neg {
			sb.WriteByte('-')
		}
		sb.WriteString(strconv.FormatInt(days, 10) + ":" + pad(h, 2) + ":" + pad(m, 2) + ":" + pad(s, 2) + "." + pad(frac, 7))
		return sb.String(), nil
	}
	if len(format) == 1 {
		return "", errBadTimeSpanFormat
	}
	f := format
	for i := 0; i < len(f); {
		c := f[i]
		n := repeatCount(f, i)
		switch c {
		case 'd':
			if n > 8 {
				return "", errBadTimeSpanFormat
			}
			sb.WriteString(pad(days, n))
		case 'h', 'm', 's':
			if n > 2 {
				return "", errBadTimeSpanFormat
			}
			v := map[byte]int64{'h': h, 'm': m, 's': s}[c]
			sb.WriteString(pad(v, n))
		case 'f':
			if n > 7 {
				return "", errBadTimeSpanFormat
			}
			sb.WriteString(pad(frac, 7)[:n])
		case 'F':
			if n > 7 {
				return "", errBadTimeSpanFormat
			}
			sb.WriteString(strings.TrimRight(pad(frac, 7)[:n], "0"))
		case '\'', '"':
			end := strings.IndexByte(f[i+1:], c)
			if end < 0 {
				return "", errBadTimeSpanFormat
			}
			sb.WriteString(f[i+1 : i+1+end])
			n = end + 2
		case '\\':
			if i+1 >= len(f) {
				return "", errBadTimeSpanFormat
			}
			sb.WriteByte(f[i+1])
			n = 2
		case '%':
			if i+1 >= len(f) || f[i+1] == '%' {
				return "", errBadTimeSpanFormat
			}
			n = 1
		default:
			return "", errBadTimeSpanFormat
		}
		i += n
	}
	return sb.String(), nil
}

// repeatCount counts how many times f[i] repeats from i.
func repeatCount(f string, i int) int {
	n := 1
	for i+n < len(f) && f[i+n] == f[i] {
		n++
	}
	return n
}

// ParseTimeSpan is TimeSpan.Parse(s) for the invariant culture:
// [ws][-]{ d | [d.]hh:mm[:ss[.fffffff]] }[ws] (also d:hh:mm:ss[.f]).
// A malformed string is a FormatException; a component out of range (hours > 23,
// minutes or seconds > 59) is an OverflowException.
func ParseTimeSpan(s string) (TimeSpan, error) {
	bad := newError(FormatException, "String '"+s+"' was not recognized as a valid TimeSpan.")
	over := newError(OverflowException, "The TimeSpan string '"+s+"' could not be parsed because at least one of the numeric components is out of range or contains too many digits.")
	t := strings.TrimSpace(s)
	neg := false
	if strings.HasPrefix(t, "-") {
		neg = true
		t = t[1:]
	}
	if t == "" {
		return 0, bad
	}
	num := func(p string) (int64, bool) {
		if p == "" || len(p) > 10 {
			return 0, false
		}
		for i := 0; i < len(p); i++ {
			if p[i] < '0' || p[i] > '9' {
				return 0, false
			}
		}
		v, err := strconv.ParseInt(p, 10, 64)
		return v, err == nil
	}
	var days, h, m, sec, frac int64
	var ok bool
	if !strings.Contains(t, ":") {
		if days, ok = num(t); !ok {
			return 0, bad
		}
		if days > 10675199 {
			return 0, over
		}
	} else {
		fields := strings.Split(t, ":")
		// optional "d." prefix on the hours field
		if d, rest, found := strings.Cut(fields[0], "."); found {
			if days, ok = num(d); !ok {
				return 0, bad
			}
			fields[0] = rest
		} else if len(fields) == 4 {
			if days, ok = num(fields[0]); !ok {
				return 0, bad
			}
			fields = fields[1:]
		}
		if len(fields) < 2 || len(fields) > 3 {
			return 0, bad
		}
		if len(fields) == 3 {
			secStr, fracStr, hasFrac := strings.Cut(fields[2], ".")
			if hasFrac {
				if len(fracStr) > 7 {
					return 0, over
				}
				f, ok := num(fracStr)
				if !ok {
					return 0, bad
				}
				for i := len(fracStr); i < 7; i++ {
					f *= 10
				}
				frac = f
			}
			if sec, ok = num(secStr); !ok {
				return 0, bad
			}
		}
		if h, ok = num(fields[0]); !ok {
			return 0, bad
		}
		if m, ok = num(fields[1]); !ok {
			return 0, bad
		}
		if h > 23 || m > 59 || sec > 59 || days > 10675199 {
			return 0, over
		}
	}
	ticks := days*TicksPerDay + h*TicksPerHour + m*TicksPerMinute + sec*TicksPerSecond + frac
	if neg {
		ticks = -ticks
	}
	return TimeSpan(ticks), nil
}

// ParseExactTimeSpan is TimeSpan.ParseExact(s, format, provider, styles) for the
// invariant culture. The standard formats "c", "t", "T", "g" and "G" take what
// ParseTimeSpan takes; a custom format (the tokens of Format) must match the
// whole string: h, m, s read one or two digits (hh, mm, ss exactly two), d one to
// eight (dd.. exactly that many), f.. exactly as many fraction digits as letters,
// F.. at most that many. Literal text must match exactly; a custom format has no
// sign, and assumeNegative (TimeSpanStyles.AssumeNegative) negates the result.
// A string that does not match is a FormatException, a bad format string a
// FormatException with .NET's "Input string was not in a correct format.", and
// hours > 23, minutes or seconds > 59 an OverflowException.
func ParseExactTimeSpan(s, format string, assumeNegative bool) (TimeSpan, error) {
	bad := newError(FormatException, "String '"+s+"' was not recognized as a valid TimeSpan.")
	over := newError(OverflowException, "The TimeSpan string '"+s+"' could not be parsed because at least one of the numeric components is out of range or contains too many digits.")
	switch format {
	case "":
		return 0, newError(FormatException, msgFormatInvalid)
	case "c", "t", "T", "g", "G":
		t, err := ParseTimeSpan(s)
		if err == nil && assumeNegative && !strings.HasPrefix(strings.TrimSpace(s), "-") {
			t = -t
		}
		return t, err
	}
	if len(format) == 1 {
		return 0, errBadTimeSpanFormat
	}
	pos := 0
	// digits reads between min and max decimal digits at pos (greedy).
	digits := func(min, max int) (int64, int, bool) {
		var v int64
		n := 0
		for n < max && pos < len(s) && s[pos] >= '0' && s[pos] <= '9' {
			v = v*10 + int64(s[pos]-'0')
			pos++
			n++
		}
		return v, n, n >= min
	}
	var days, h, m, sec, frac int64
	seen := map[byte]bool{}
	f := format
	for i := 0; i < len(f); {
		c := f[i]
		n := repeatCount(f, i)
		switch c {
		case 'd', 'h', 'm', 's', 'f', 'F':
			key := c
			if c == 'F' {
				key = 'f'
			}
			if seen[key] {
				return 0, errBadTimeSpanFormat
			}
			seen[key] = true
		}
		switch c {
		case 'd':
			if n > 8 {
				return 0, errBadTimeSpanFormat
			}
			lo, hi := n, n
			if n == 1 {
				hi = 8
			}
			v, _, ok := digits(lo, hi)
			if !ok {
				return 0, bad
			}
			days = v
		case 'h', 'm', 's':
			if n > 2 {
				return 0, errBadTimeSpanFormat
			}
			v, _, ok := digits(n, 2)
			if !ok {
				return 0, bad
			}
			switch c {
			case 'h':
				h = v
			case 'm':
				m = v
			default:
				sec = v
			}
		case 'f', 'F':
			if n > 7 {
				return 0, errBadTimeSpanFormat
			}
			lo := n
			if c == 'F' {
				lo = 0
			}
			v, got, ok := digits(lo, n)
			if !ok {
				return 0, bad
			}
			for k := got; k < 7; k++ {
				v *= 10
			}
			frac = v
		case '\'', '"':
			end := strings.IndexByte(f[i+1:], c)
			if end < 0 {
				return 0, errBadTimeSpanFormat
			}
			lit := f[i+1 : i+1+end]
			if !strings.HasPrefix(s[pos:], lit) {
				return 0, bad
			}
			pos += len(lit)
			n = end + 2
		case '\\':
			if i+1 >= len(f) {
				return 0, errBadTimeSpanFormat
			}
			if pos >= len(s) || s[pos] != f[i+1] {
				return 0, bad
			}
			pos++
			n = 2
		case '%':
			if i+1 >= len(f) || f[i+1] == '%' {
				return 0, errBadTimeSpanFormat
			}
			n = 1
		default:
			return 0, errBadTimeSpanFormat
		}
		i += n
	}
	if pos != len(s) {
		return 0, bad
	}
	if h > 23 || m > 59 || sec > 59 {
		return 0, over
	}
	ticks := days*TicksPerDay + h*TicksPerHour + m*TicksPerMinute + sec*TicksPerSecond + frac
	if ticks < 0 || days > 10675199 {
		return 0, over
	}
	if assumeNegative {
		ticks = -ticks
	}
	return TimeSpan(ticks), nil
}
