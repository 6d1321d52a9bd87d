package bcl

import (
	"strings"
	"time"
)

// Invariant culture DateTimeFormatInfo names.
var (
	monthNames     = [...]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	abbrMonthNames = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	abbrDayNames   = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
)

// Standard DateTime patterns of the invariant culture.
var invariantPatterns = map[byte]string{
	'd': "MM/dd/yyyy",
	'D': "dddd, dd MMMM yyyy",
	'f': "dddd, dd MMMM yyyy HH:mm",
	'F': "dddd, dd MMMM yyyy HH:mm:ss",
	'g': "MM/dd/yyyy HH:mm",
	'G': "MM/dd/yyyy HH:mm:ss",
	'm': "MMMM dd",
	'M': "MMMM dd",
	'o': "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
	'O': "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
	'r': "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
	'R': "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
	's': "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
	't': "HH:mm",
	'T': "HH:mm:ss",
	'u': "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
	'U': "dddd, dd MMMM yyyy HH:mm:ss",
	'y': "yyyy MMMM",
	'Y': "yyyy MMMM",
}

var errBadDateFormat = newError(FormatException, msgFormatInvalid)

// dtFormatter carries what a custom pattern needs besides the clock reading.
type dtFormatter struct {
	clock  DateTime
	offset TimeSpan // for z, zz, zzz
	kText  string   // what K prints
}

// Format is DateTime.ToString(format) with the invariant culture; local is the
// engine's local zone, used by Local/Unspecified values for "zzz" and "K" and by
// "r", "R", "U" to convert Local values to UTC. "" is "G".
func (d DateTime) Format(format string, local *time.Location) (string, error) {
	if format == "" {
		format = "G"
	}
	if len(format) == 1 {
		pat, ok := invariantPatterns[format[0]]
		if !ok {
			return "", errBadDateFormat
		}
		switch format[0] {
		case 'r', 'R', 'U':
			if d.kind == KindLocal {
				d = d.ToUniversalTime(local)
			}
			if format[0] == 'U' {
				d = d.ToUniversalTime(local)
			}
		}
		format = pat
	}
	f := dtFormatter{clock: d, offset: d.localOffset(local)}
	switch d.kind {
	case KindUtc:
		f.kText = "Z"
	case KindLocal:
		f.kText = offsetText(f.offset)
	}
	return f.custom(format)
}

// ToString is DateTime.ToString() (the "G" pattern: MM/dd/yyyy HH:mm:ss).
func (d DateTime) ToString() string {
	s, _ := d.Format("G", nil)
	return s
}

// Format is DateTimeOffset.ToString(format): "" is "MM/dd/yyyy HH:mm:ss zzz";
// "u", "r" and "R" print the UTC instant; "U" is not valid for DateTimeOffset.
func (o DateTimeOffset) Format(format string) (string, error) {
	if format == "" {
		format = "MM/dd/yyyy HH:mm:ss zzz"
	}
	clock := o.clock
	off := o.Offset()
	if len(format) == 1 {
		c := format[0]
		if c == 'U' {
			return "", errBadDateFormat
		}
		pat, ok := invariantPatterns[c]
		if !ok {
			return "", errBadDateFormat
		}
		switch c {
		case 'u', 'r', 'R':
			clock = DateTime{ticks: o.UtcTicks()}
			off = 0
		case 'o', 'O':
			pat = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffzzz"
		}
		format = pat
	}
	f := dtFormatter{clock: clock, offset: off, kText: offsetText(off)}
	return f.custom(format)
}

// String is DateTimeOffset.ToString().
func (o DateTimeOffset) String() string {
	s, _ := o.Format("")
	return s
}

func offsetText(off TimeSpan) string {
	sign := "+"
	if off < 0 {
		sign = "-"
		off = -off
	}
	h := int64(off) / TicksPerHour
	m := int64(off) / TicksPerMinute % 60
	return sign + pad(h, 2) + ":" + pad(m, 2)
}

// custom formats by a custom DateTime pattern.
func (f *dtFormatter) custom(format string) (string, error) {
	d := f.clock
	y, mo, day := d.civil()
	var sb strings.Builder
	for i := 0; i < len(format); {
		c := format[i]
		n := repeatCount(format, i)
		switch c {
		case 'd':
			switch n {
			case 1, 2:
				sb.WriteString(pad(int64(day), n))
			case 3:
				sb.WriteString(abbrDayNames[d.DayOfWeek()])
			default:
				sb.WriteString(dayNames[d.DayOfWeek()])
			}
		case 'f', 'F':
			if n > 7 {
				return "", errBadDateFormat
			}
			frac := pad(d.ticks%TicksPerSecond, 7)[:n]
			if c == 'F' {
				frac = strings.TrimRight(frac, "0")
				if frac == "" {
					s := sb.String()
					if strings.HasSuffix(s, ".") {
						sb.Reset()
						sb.WriteString(s[:len(s)-1])
					}
				}
			}
			sb.WriteString(frac)
		case 'g':
			sb.WriteString("A.D.")
		case 'h':
			h := d.Hour() % 12
			if h == 0 {
				h = 12
			}
			sb.WriteString(pad(int64(h), min(n, 2)))
		case 'H':
			sb.WriteString(pad(int64(d.Hour()), min(n, 2)))
		case 'K':
			sb.WriteString(f.kText)
			n = 1
		case 'm':
			sb.WriteString(pad(int64(d.Minute()), min(n, 2)))
		case 'M':
			switch n {
			case 1, 2:
				sb.WriteString(pad(int64(mo), n))
			case 3:
				sb.WriteString(abbrMonthNames[mo-1])
			default:
				sb.WriteString(monthNames[mo-1])
			}
		case 's':
			sb.WriteString(pad(int64(d.Second()), min(n, 2)))
		case 't':
			ampm := "AM"
			if d.Hour() >= 12 {
				ampm = "PM"
			}
			if n == 1 {
				ampm = ampm[:1]
			}
			sb.WriteString(ampm)
		case 'y':
			switch n {
			case 1:
				sb.WriteString(itoa(int64(y % 100)))
			case 2:
				sb.WriteString(pad(int64(y%100), 2))
			default:
				sb.WriteString(pad(int64(y), n))
			}
		case 'z':
			off := f.offset
			sign := "+"
			if off < 0 {
				sign = "-"
				off = -off
			}
			h := int64(off) / TicksPerHour
			switch n {
			case 1:
				sb.WriteString(sign + itoa(h))
			case 2:
				sb.WriteString(sign + pad(h, 2))
			default:
				sb.WriteString(offsetText(f.offset))
			}
		case ':', '/':
			sb.WriteByte(c)
			n = 1
		case '\'', '"':
			j := i + 1
			for ; j < len(format) && format[j] != c; j++ {
				if format[j] == '\\' && j+1 < len(format) {
					j++
				}
				sb.WriteByte(format[j])
			}
			if j >= len(format) {
				return "", newError(FormatException, "Cannot find a matching quote character for the character '"+string(c)+"'.")
			}
			n = j - i + 1
		case '%':
			if i+1 >= len(format) || format[i+1] == '%' {
				return "", errBadDateFormat
			}
			n = 1
		case '\\':
			if i+1 >= len(format) {
				return "", errBadDateFormat
			}
			sb.WriteByte(format[i+1])
			n = 2
		default:
			sb.WriteString(format[i : i+n])
		}
		i += n
	}
	return sb.String(), nil
}
