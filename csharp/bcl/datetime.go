package bcl

import (
	"math"
	"time"
)

// DateTimeKind is System.DateTimeKind.
type DateTimeKind int

// The DateTimeKind values.
const (
	KindUnspecified DateTimeKind = 0
	KindUtc         DateTimeKind = 1
	KindLocal       DateTimeKind = 2
)

// DayOfWeek is System.DayOfWeek (Sunday = 0).
type DayOfWeek int

var dayNames = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// String is the enum member name.
func (d DayOfWeek) String() string {
	if d >= 0 && int(d) < len(dayNames) {
		return dayNames[d]
	}
	return itoa(int64(d))
}

// Tick limits and the Unix epoch in ticks.
const (
	DateTimeMaxTicks int64 = 3155378975999999999
	UnixEpochTicks   int64 = 621355968000000000
)

// DateTime is System.DateTime: ticks since 0001-01-01 00:00:00 and a Kind.
// A Local DateTime is interpreted with the *time.Location passed to the methods
// that need it (the engine's local time zone), never the machine's.
type DateTime struct {
	ticks int64
	kind  DateTimeKind
}

// DateTimeMinValue and DateTimeMaxValue are DateTime.MinValue and DateTime.MaxValue.
var (
	DateTimeMinValue  = DateTime{}
	DateTimeMaxValue  = DateTime{ticks: DateTimeMaxTicks}
	DateTimeUnixEpoch = DateTime{ticks: UnixEpochTicks, kind: KindUtc}
)

var goEpoch = time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)

var errDateArith = argOutOfRange("value", "The added or subtracted value results in an un-representable DateTime.")

// NewDateTime is new DateTime(year, month, day, hour, minute, second, millisecond, kind).
func NewDateTime(year, month, day, hour, minute, second, millisecond int, kind DateTimeKind) (DateTime, error) {
	if year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month) {
		return DateTime{}, argOutOfRange("", "Year, Month, and Day parameters describe an un-representable DateTime.")
	}
	if hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 {
		return DateTime{}, argOutOfRange("", "Hour, Minute, and Second parameters describe an un-representable DateTime.")
	}
	if millisecond < 0 || millisecond > 999 {
		return DateTime{}, argOutOfRange("millisecond", "Valid values are between 0 and 999, inclusive.")
	}
	days := daysFromCivil(year, month, day)
	ticks := days*TicksPerDay + int64(hour)*TicksPerHour + int64(minute)*TicksPerMinute +
		int64(second)*TicksPerSecond + int64(millisecond)*TicksPerMillisecond
	return DateTime{ticks: ticks, kind: kind}, nil
}

// DateTimeFromTicks is new DateTime(ticks, kind).
func DateTimeFromTicks(ticks int64, kind DateTimeKind) (DateTime, error) {
	if ticks < 0 || ticks > DateTimeMaxTicks {
		return DateTime{}, argOutOfRange("ticks", "Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks.")
	}
	return DateTime{ticks: ticks, kind: kind}, nil
}

// DateTimeFromTime makes a DateTime from t's wall clock (in t's location) with the given kind.
func DateTimeFromTime(t time.Time, kind DateTimeKind) DateTime {
	y, mo, d := t.Date()
	days := daysFromCivil(y, int(mo), d)
	ticks := days*TicksPerDay + int64(t.Hour())*TicksPerHour + int64(t.Minute())*TicksPerMinute +
		int64(t.Second())*TicksPerSecond + int64(t.Nanosecond())/100
	return DateTime{ticks: ticks, kind: kind}
}

// DateTimeNow is DateTime.Now for the instant now and the local zone (nil: UTC).
func DateTimeNow(now time.Time, local *time.Location) DateTime {
	return DateTimeFromTime(now.In(orUTC(local)), KindLocal)
}

// DateTimeUtcNow is DateTime.UtcNow for the instant now.
func DateTimeUtcNow(now time.Time) DateTime { return DateTimeFromTime(now.UTC(), KindUtc) }

func orUTC(l *time.Location) *time.Location {
	if l == nil {
		return time.UTC
	}
	return l
}

// daysFromCivil counts days from 0001-01-01 (proleptic Gregorian).
func daysFromCivil(y, m, d int) int64 {
	y--
	days := int64(y)*365 + int64(y/4) - int64(y/100) + int64(y/400)
	days += int64(cumDays(y+1, m)) + int64(d-1)
	return days
}

var cumDaysTable = [...]int{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365}

func cumDays(year, month int) int {
	n := cumDaysTable[month-1]
	if month > 2 && IsLeapYear(year) {
		n++
	}
	return n
}

// IsLeapYear is DateTime.IsLeapYear.
func IsLeapYear(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// DaysInMonth is DateTime.DaysInMonth.
func DaysInMonth(y, m int) int {
	if m == 2 && IsLeapYear(y) {
		return 29
	}
	return cumDaysTable[m] - cumDaysTable[m-1]
}

// civil returns year, month, day of the DateTime.
func (d DateTime) civil() (y, m, day int) {
	t := goEpoch.AddDate(0, 0, int(d.ticks/TicksPerDay))
	yy, mm, dd := t.Date()
	return yy, int(mm), dd
}

// Ticks is DateTime.Ticks.
func (d DateTime) Ticks() int64 { return d.ticks }

// Kind is DateTime.Kind.
func (d DateTime) Kind() DateTimeKind { return d.kind }

// Year is DateTime.Year.
func (d DateTime) Year() int { y, _, _ := d.civil(); return y }

// Month is DateTime.Month.
func (d DateTime) Month() int { _, m, _ := d.civil(); return m }

// Day is DateTime.Day.
func (d DateTime) Day() int { _, _, dd := d.civil(); return dd }

// Hour is DateTime.Hour.
func (d DateTime) Hour() int { return int(d.ticks / TicksPerHour % 24) }

// Minute is DateTime.Minute.
func (d DateTime) Minute() int { return int(d.ticks / TicksPerMinute % 60) }

// Second is DateTime.Second.
func (d DateTime) Second() int { return int(d.ticks / TicksPerSecond % 60) }

// Millisecond is DateTime.Millisecond.
func (d DateTime) Millisecond() int { return int(d.ticks / TicksPerMillisecond % 1000) }

// DayOfWeek is DateTime.DayOfWeek.
func (d DateTime) DayOfWeek() DayOfWeek { return DayOfWeek((d.ticks/TicksPerDay + 1) % 7) }

// DayOfYear is DateTime.DayOfYear (1-based).
func (d DateTime) DayOfYear() int {
	y, m, dd := d.civil()
	return cumDays(y, m) + dd
}

// Date is DateTime.Date: midnight of the same day, same Kind.
func (d DateTime) Date() DateTime {
	return DateTime{ticks: d.ticks - d.ticks%TicksPerDay, kind: d.kind}
}

// TimeOfDay is DateTime.TimeOfDay.
func (d DateTime) TimeOfDay() TimeSpan { return TimeSpan(d.ticks % TicksPerDay) }

// SpecifyKind is DateTime.SpecifyKind.
func (d DateTime) SpecifyKind(k DateTimeKind) DateTime { d.kind = k; return d }

// AddTicks is DateTime.AddTicks.
func (d DateTime) AddTicks(n int64) (DateTime, error) {
	t := d.ticks + n
	if (n > 0 && t < d.ticks) || t < 0 || t > DateTimeMaxTicks {
		return DateTime{}, errDateArith
	}
	return DateTime{ticks: t, kind: d.kind}, nil
}

// Add is DateTime.Add(TimeSpan).
func (d DateTime) Add(ts TimeSpan) (DateTime, error) { return d.AddTicks(int64(ts)) }

// addUnits is .NET 7+'s AddUnits: the integral part is exact, the fraction truncated to a tick.
func (d DateTime) addUnits(v float64, maxUnits, ticksPerUnit int64) (DateTime, error) {
	if math.IsNaN(v) || math.Abs(v) > float64(maxUnits) {
		return DateTime{}, argOutOfRange("value", "Value to add was out of range.")
	}
	ip := math.Trunc(v)
	ticks := int64(ip)*ticksPerUnit + int64((v-ip)*float64(ticksPerUnit))
	return d.AddTicks(ticks)
}

// AddDays is DateTime.AddDays.
func (d DateTime) AddDays(v float64) (DateTime, error) { return d.addUnits(v, 10_000_000, TicksPerDay) }

// AddHours is DateTime.AddHours.
func (d DateTime) AddHours(v float64) (DateTime, error) {
	return d.addUnits(v, 10_000_000*24, TicksPerHour)
}

// AddMinutes is DateTime.AddMinutes.
func (d DateTime) AddMinutes(v float64) (DateTime, error) {
	return d.addUnits(v, 10_000_000*24*60, TicksPerMinute)
}

// AddSeconds is DateTime.AddSeconds.
func (d DateTime) AddSeconds(v float64) (DateTime, error) {
	return d.addUnits(v, 10_000_000*24*3600, TicksPerSecond)
}

// AddMilliseconds is DateTime.AddMilliseconds.
func (d DateTime) AddMilliseconds(v float64) (DateTime, error) {
	return d.addUnits(v, 10_000_000*24*3600*1000, TicksPerMillisecond)
}

// AddMonths is DateTime.AddMonths: the day is clamped to the target month's length.
func (d DateTime) AddMonths(months int) (DateTime, error) {
	if months < -120000 || months > 120000 {
		return DateTime{}, argOutOfRange("months", "Months value must be between +/-120000.")
	}
	y, m, day := d.civil()
	i := m - 1 + months
	if i >= 0 {
		m = i%12 + 1
		y += i / 12
	} else {
		m = 12 + (i+1)%12
		y += (i - 11) / 12
	}
	if y < 1 || y > 9999 {
		return DateTime{}, argOutOfRange("months", "The added or subtracted value results in an un-representable DateTime.")
	}
	if dim := DaysInMonth(y, m); day > dim {
		day = dim
	}
	return DateTime{ticks: daysFromCivil(y, m, day)*TicksPerDay + d.ticks%TicksPerDay, kind: d.kind}, nil
}

// AddYears is DateTime.AddYears.
func (d DateTime) AddYears(years int) (DateTime, error) {
	if years < -10000 || years > 10000 {
		return DateTime{}, argOutOfRange("years", "The added or subtracted value results in an un-representable DateTime.")
	}
	return d.AddMonths(years * 12)
}

// Sub is DateTime - DateTime (kinds are ignored, as in .NET).
func (d DateTime) Sub(e DateTime) TimeSpan { return TimeSpan(d.ticks - e.ticks) }

// Compare is DateTime.Compare (by ticks, ignoring Kind).
func (d DateTime) Compare(e DateTime) int {
	switch {
	case d.ticks < e.ticks:
		return -1
	case d.ticks > e.ticks:
		return 1
	}
	return 0
}

// wall returns the DateTime's clock reading as a Go time in loc.
func (d DateTime) wall(loc *time.Location) time.Time {
	days := d.ticks / TicksPerDay
	rem := d.ticks % TicksPerDay
	y, m, dd := d.civil()
	_ = days
	return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, loc).Add(time.Duration(rem) * 100)
}

// ToUniversalTime is DateTime.ToUniversalTime with local as the local zone: Utc
// stays, Local and Unspecified are taken as local time.
func (d DateTime) ToUniversalTime(local *time.Location) DateTime {
	if d.kind == KindUtc {
		return d
	}
	utc, _ := localToUTC(d, orUTC(local), false)
	return utc
}

// ToLocalTime is DateTime.ToLocalTime: Local stays, Utc and Unspecified are taken as UTC.
func (d DateTime) ToLocalTime(local *time.Location) DateTime {
	if d.kind == KindLocal {
		return d
	}
	t := d.wall(time.UTC).In(orUTC(local))
	return DateTimeFromTime(t, KindLocal)
}

// UnixMilliseconds returns the instant's milliseconds since 1970 taking d as UTC.
func (d DateTime) unixTicks() int64 { return d.ticks - UnixEpochTicks }

// localToUTC converts a clock reading in loc to UTC. For a time in a
// spring-forward gap invalid is true (the result then uses the offset before
// the gap); an ambiguous time is taken as standard time, as .NET does.
func localToUTC(d DateTime, loc *time.Location, _ bool) (utc DateTime, invalid bool) {
	naive := d.wall(time.UTC) // the clock reading as if it were UTC
	// candidate offsets: those in effect a day before and after
	_, off1 := naive.Add(-36 * time.Hour).In(loc).Zone()
	_, off2 := naive.Add(36 * time.Hour).In(loc).Zone()
	var ok []int
	for _, off := range []int{off1, off2} {
		inst := naive.Add(-time.Duration(off) * time.Second)
		if _, o := inst.In(loc).Zone(); o == off {
			dup := false
			for _, x := range ok {
				dup = dup || x == off
			}
			if !dup {
				ok = append(ok, off)
			}
		}
	}
	var off int
	switch len(ok) {
	case 0:
		off, invalid = off1, true
	case 1:
		off = ok[0]
	default:
		off = min(ok[0], ok[1]) // standard time has the smaller offset
	}
	t := d.ticks - int64(off)*TicksPerSecond
	t = max(0, min(t, DateTimeMaxTicks))
	return DateTime{ticks: t, kind: KindUtc}, invalid
}

// localOffset is the UTC offset of d as a time in loc (Local/Unspecified) or 0 (Utc).
func (d DateTime) localOffset(local *time.Location) TimeSpan {
	if d.kind == KindUtc {
		return 0
	}
	utc, _ := localToUTC(d, orUTC(local), false)
	return TimeSpan(d.ticks - utc.ticks)
}

func itoa(v int64) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	var b [20]byte
	i := len(b)
	u := uint64(v)
	if neg {
		u = uint64(-v)
	}
	for u > 0 {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// DateTimeOffset is System.DateTimeOffset: a clock reading and its UTC offset.
type DateTimeOffset struct {
	clock  DateTime // the local clock reading, Kind Unspecified
	offset int      // minutes
}

// NewDateTimeOffset is new DateTimeOffset(dateTime, offset). A Utc DateTime
// needs offset 0 and the offset must be whole minutes within ±14 hours.
func NewDateTimeOffset(d DateTime, offset TimeSpan) (DateTimeOffset, error) {
	if int64(offset)%TicksPerMinute != 0 {
		return DateTimeOffset{}, &Error{Type: ArgumentException, Message: "Offset must be specified in whole minutes. (Parameter 'offset')", Param: "offset"}
	}
	if offset > TimeSpan(14*TicksPerHour) || offset < TimeSpan(-14*TicksPerHour) {
		return DateTimeOffset{}, argOutOfRange("offset", "Offset must be within plus or minus 14 hours.")
	}
	if d.kind == KindUtc && offset != 0 {
		return DateTimeOffset{}, &Error{Type: ArgumentException, Message: "The UTC Offset for Utc DateTime instances must be 0. (Parameter 'offset')", Param: "offset"}
	}
	utc := d.ticks - int64(offset)
	if utc < 0 || utc > DateTimeMaxTicks {
		return DateTimeOffset{}, argOutOfRange("offset", "The UTC time represented when the offset is applied must be between year 0 and 10,000.")
	}
	return DateTimeOffset{clock: DateTime{ticks: d.ticks}, offset: int(int64(offset) / TicksPerMinute)}, nil
}

// DateTimeOffsetFromDateTime is the implicit conversion DateTime → DateTimeOffset:
// Utc gets offset 0, Local and Unspecified the local zone's offset at that time.
func DateTimeOffsetFromDateTime(d DateTime, local *time.Location) DateTimeOffset {
	off := d.localOffset(local)
	return DateTimeOffset{clock: DateTime{ticks: d.ticks}, offset: int(int64(off) / TicksPerMinute)}
}

// DateTimeOffsetFromTime makes a DateTimeOffset from a Go time (its wall clock and offset).
func DateTimeOffsetFromTime(t time.Time) DateTimeOffset {
	_, off := t.Zone()
	return DateTimeOffset{clock: DateTimeFromTime(t, KindUnspecified), offset: off / 60}
}

// DateTimeOffsetFromUnixSeconds is DateTimeOffset.FromUnixTimeSeconds.
func DateTimeOffsetFromUnixSeconds(s int64) (DateTimeOffset, error) {
	if s < -62135596800 || s > 253402300799 {
		return DateTimeOffset{}, argOutOfRange("seconds", "Valid values are between -62135596800 and 253402300799, inclusive.")
	}
	return DateTimeOffset{clock: DateTime{ticks: s*TicksPerSecond + UnixEpochTicks}}, nil
}

// DateTimeOffsetFromUnixMilliseconds is DateTimeOffset.FromUnixTimeMilliseconds.
func DateTimeOffsetFromUnixMilliseconds(ms int64) (DateTimeOffset, error) {
	if ms < -62135596800000 || ms > 253402300799999 {
		return DateTimeOffset{}, argOutOfRange("milliseconds", "Valid values are between -62135596800000 and 253402300799999, inclusive.")
	}
	return DateTimeOffset{clock: DateTime{ticks: ms*TicksPerMillisecond + UnixEpochTicks}}, nil
}

// DateTime is DateTimeOffset.DateTime (the clock reading, Kind Unspecified).
func (o DateTimeOffset) DateTime() DateTime { return o.clock }

// Offset is DateTimeOffset.Offset.
func (o DateTimeOffset) Offset() TimeSpan { return TimeSpan(int64(o.offset) * TicksPerMinute) }

// UtcDateTime is DateTimeOffset.UtcDateTime (Kind Utc).
func (o DateTimeOffset) UtcDateTime() DateTime {
	return DateTime{ticks: o.clock.ticks - int64(o.offset)*TicksPerMinute, kind: KindUtc}
}

// LocalDateTime is DateTimeOffset.LocalDateTime (Kind Local) in the zone local.
func (o DateTimeOffset) LocalDateTime(local *time.Location) DateTime {
	return o.UtcDateTime().ToLocalTime(local)
}

// UtcTicks is DateTimeOffset.UtcTicks.
func (o DateTimeOffset) UtcTicks() int64 { return o.UtcDateTime().ticks }

// ToOffset is DateTimeOffset.ToOffset.
func (o DateTimeOffset) ToOffset(offset TimeSpan) (DateTimeOffset, error) {
	return NewDateTimeOffset(DateTime{ticks: o.UtcTicks() + int64(offset)}, offset)
}

// ToUniversalTime is DateTimeOffset.ToUniversalTime (offset 0).
func (o DateTimeOffset) ToUniversalTime() DateTimeOffset {
	return DateTimeOffset{clock: DateTime{ticks: o.UtcTicks()}}
}

// ToUnixTimeSeconds is DateTimeOffset.ToUnixTimeSeconds (floor division).
func (o DateTimeOffset) ToUnixTimeSeconds() int64 {
	return floorDiv(o.UtcTicks()-UnixEpochTicks, TicksPerSecond)
}

// ToUnixTimeMilliseconds is DateTimeOffset.ToUnixTimeMilliseconds.
func (o DateTimeOffset) ToUnixTimeMilliseconds() int64 {
	return floorDiv(o.UtcTicks()-UnixEpochTicks, TicksPerMillisecond)
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// Add is DateTimeOffset.Add(TimeSpan): the offset is kept.
func (o DateTimeOffset) Add(ts TimeSpan) (DateTimeOffset, error) {
	c, err := o.clock.Add(ts)
	if err != nil {
		return DateTimeOffset{}, err
	}
	return NewDateTimeOffset(c, o.Offset())
}

// Compare is DateTimeOffset.Compare (by UTC instant).
func (o DateTimeOffset) Compare(p DateTimeOffset) int {
	return DateTime{ticks: o.UtcTicks()}.Compare(DateTime{ticks: p.UtcTicks()})
}

// Sub is the TimeSpan between two instants.
func (o DateTimeOffset) Sub(p DateTimeOffset) TimeSpan { return TimeSpan(o.UtcTicks() - p.UtcTicks()) }

// Time returns the instant as a Go time with a fixed zone of the offset.
func (o DateTimeOffset) Time() time.Time {
	return o.clock.wall(time.FixedZone("", o.offset*60))
}
