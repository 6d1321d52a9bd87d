package bcl

import (
	"testing"
	"time"
)

func mustDate(t *testing.T, y, mo, d, h, mi, s, ms int, k DateTimeKind) DateTime {
	t.Helper()
	v, err := NewDateTime(y, mo, d, h, mi, s, ms, k)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// Reference: "Standard date and time format strings" (invariant culture column)
// and "Custom date and time format strings" (learn.microsoft.com, .NET 8).
func TestDateTimeFormat(t *testing.T) {
	berlin, _ := time.LoadLocation("Europe/Berlin")
	d := mustDate(t, 2009, 6, 15, 13, 45, 30, 90, KindUnspecified)
	tests := []struct {
		d      DateTime
		format string
		want   string
	}{
		{d, "", "06/15/2009 13:45:30"},
		{d, "d", "06/15/2009"},
		{d, "D", "Monday, 15 June 2009"},
		{d, "f", "Monday, 15 June 2009 13:45"},
		{d, "F", "Monday, 15 June 2009 13:45:30"},
		{d, "g", "06/15/2009 13:45"},
		{d, "G", "06/15/2009 13:45:30"},
		{d, "M", "June 15"},
		{d, "o", "2009-06-15T13:45:30.0900000"},
		{d.SpecifyKind(KindUtc), "o", "2009-06-15T13:45:30.0900000Z"},
		{d.SpecifyKind(KindLocal), "o", "2009-06-15T13:45:30.0900000+02:00"},
		{d, "R", "Mon, 15 Jun 2009 13:45:30 GMT"},
		{d.SpecifyKind(KindLocal), "R", "Mon, 15 Jun 2009 11:45:30 GMT"},
		{d, "s", "2009-06-15T13:45:30"},
		{d, "t", "13:45"},
		{d, "T", "13:45:30"},
		{d, "u", "2009-06-15 13:45:30Z"},
		{d.SpecifyKind(KindLocal), "U", "Monday, 15 June 2009 11:45:30"},
		{d, "Y", "2009 June"},
		{d, "yyyy-MM-dd HH:mm:ss.fff", "2009-06-15 13:45:30.090"},
		{d, "dd/MM/yy h:mm tt", "15/06/09 1:45 PM"},
		{d, "ddd d MMM", "Mon 15 Jun"},
		{d, "HH:mm:ss.FFF", "13:45:30.09"},
		{mustDate(t, 2009, 6, 15, 13, 45, 30, 0, KindUnspecified), "HH:mm:ss.FFF", "13:45:30"},
		{d, "%d", "15"},
		{d, "'Day' d", "Day 15"},
		{d, `\Y yyyy`, "Y 2009"},
		{d, "zzz", "+02:00"},
		{d, "%z", "+2"}, // a lone "z" is not a standard format: FormatException in .NET
		{d.SpecifyKind(KindUtc), "zzz K", "+00:00 Z"},
		{mustDate(t, 1, 1, 1, 0, 0, 0, 0, KindUnspecified), "y yy yyy yyyy", "1 01 001 0001"},
		{mustDate(t, 2024, 1, 1, 0, 5, 0, 0, KindUnspecified), "h tt", "12 AM"},
	}
	for _, tt := range tests {
		got, err := tt.d.Format(tt.format, berlin)
		if err != nil || got != tt.want {
			t.Errorf("ToString(%q) = %q %v, want %q", tt.format, got, err, tt.want)
		}
	}
	if _, err := d.Format("Q", nil); err == nil {
		t.Errorf("format Q accepted")
	}
}

func TestDateTimeArithmetic(t *testing.T) {
	d := mustDate(t, 2024, 1, 31, 10, 0, 0, 0, KindUnspecified)
	m, _ := d.AddMonths(1)
	if m.Day() != 29 || m.Month() != 2 {
		t.Errorf("Jan 31 + 1 month = %s", m.ToString())
	}
	m, _ = d.AddMonths(-13)
	if m.ToString() != "12/31/2022 10:00:00" {
		t.Errorf("AddMonths(-13) = %s", m.ToString())
	}
	a, _ := d.AddDays(1.5)
	if a.ToString() != "02/01/2024 22:00:00" {
		t.Errorf("AddDays(1.5) = %s", a.ToString())
	}
	if d.DayOfWeek() != 3 || d.DayOfWeek().String() != "Wednesday" {
		t.Errorf("DayOfWeek = %v", d.DayOfWeek())
	}
	if d.DayOfYear() != 31 {
		t.Errorf("DayOfYear = %d", d.DayOfYear())
	}
	e := mustDate(t, 2024, 3, 1, 0, 0, 0, 0, KindUnspecified)
	if diff := e.Sub(d); diff.String() != "29.14:00:00" {
		t.Errorf("difference = %s", diff)
	}
	if _, err := DateTimeMaxValue.AddTicks(1); err == nil {
		t.Errorf("MaxValue+1 accepted")
	}
	if DateTimeUnixEpoch.ToString() != "01/01/1970 00:00:00" {
		t.Errorf("UnixEpoch = %s", DateTimeUnixEpoch.ToString())
	}
	if _, err := NewDateTime(2023, 2, 29, 0, 0, 0, 0, 0); err == nil {
		t.Errorf("2023-02-29 accepted")
	}
}

func TestTimeZones(t *testing.T) {
	for _, id := range []string{"W. Europe Standard Time", "Eastern Standard Time", "GMT Standard Time",
		"Central European Standard Time", "Pacific Standard Time", "Europe/Berlin", "UTC", "America/New_York"} {
		if _, err := FindSystemTimeZoneById(id); err != nil {
			t.Errorf("FindSystemTimeZoneById(%q): %v", id, err)
		}
	}
	if _, err := FindSystemTimeZoneById("Mars/Olympus"); err == nil || err.(*Error).Type != TimeZoneNotFoundException {
		t.Errorf("unknown zone: %v", err)
	}
	est, _ := FindSystemTimeZoneById("Eastern Standard Time")
	utc := mustDate(t, 2024, 7, 1, 12, 0, 0, 0, KindUtc)
	ny := ConvertTimeFromUtc(utc, est)
	if ny.ToString() != "07/01/2024 08:00:00" || ny.Kind() != KindUnspecified {
		t.Errorf("ConvertTimeFromUtc = %s kind %d", ny.ToString(), ny.Kind())
	}
	back, err := ConvertTimeToUtc(ny, est)
	if err != nil || back != utc {
		t.Errorf("round trip = %v %v", back.ToString(), err)
	}
	if est.BaseUtcOffset().String() != "-05:00:00" || !est.SupportsDaylightSavingTime() {
		t.Errorf("BaseUtcOffset = %s", est.BaseUtcOffset())
	}
	if !est.IsDaylightSavingTime(ny, nil) {
		t.Errorf("July in New York is DST")
	}
	// 2024-03-31 02:30 does not exist in Berlin (clocks jump 02:00 -> 03:00)
	cet, _ := FindSystemTimeZoneById("W. Europe Standard Time")
	gap := mustDate(t, 2024, 3, 31, 2, 30, 0, 0, KindUnspecified)
	if _, err := ConvertTimeToUtc(gap, cet); err == nil || err.(*Error).Type != ArgumentException {
		t.Errorf("invalid time accepted: %v", err)
	}
	// 2024-10-27 02:30 happens twice; .NET takes standard time (+01:00)
	amb := mustDate(t, 2024, 10, 27, 2, 30, 0, 0, KindUnspecified)
	u, _ := ConvertTimeToUtc(amb, cet)
	if u.ToString() != "10/27/2024 01:30:00" {
		t.Errorf("ambiguous -> %s", u.ToString())
	}
	if off := cet.GetUtcOffset(mustDate(t, 2024, 1, 1, 0, 0, 0, 0, KindUtc), nil); off.String() != "01:00:00" {
		t.Errorf("offset = %s", off)
	}
	// IsAmbiguousTime (checked against Mono 6.8): the repeated hour only; a UTC
	// instant is converted to the zone first
	for _, tt := range []struct {
		d    DateTime
		want bool
	}{
		{amb, true},
		{gap, false},
		{mustDate(t, 2024, 10, 27, 3, 30, 0, 0, KindUnspecified), false},
		{mustDate(t, 2024, 10, 27, 1, 59, 0, 0, KindUnspecified), false},
		{mustDate(t, 2024, 10, 27, 0, 30, 0, 0, KindUtc), true},
		{mustDate(t, 2024, 10, 27, 2, 30, 0, 0, KindUtc), false},
	} {
		if got := cet.IsAmbiguousTime(tt.d, nil); got != tt.want {
			t.Errorf("IsAmbiguousTime(%s kind %d) = %v", tt.d.ToString(), tt.d.Kind(), got)
		}
	}
}

func TestDateTimeOffset(t *testing.T) {
	d := mustDate(t, 2024, 1, 15, 10, 30, 0, 0, KindUnspecified)
	o, err := NewDateTimeOffset(d, TimeSpan(TicksPerHour))
	if err != nil {
		t.Fatal(err)
	}
	if got := o.String(); got != "01/15/2024 10:30:00 +01:00" {
		t.Errorf("ToString = %q", got)
	}
	if got, _ := o.Format("o"); got != "2024-01-15T10:30:00.0000000+01:00" {
		t.Errorf("o = %q", got)
	}
	if got, _ := o.Format("u"); got != "2024-01-15 09:30:00Z" {
		t.Errorf("u = %q", got)
	}
	if o.UtcDateTime().ToString() != "01/15/2024 09:30:00" {
		t.Errorf("UtcDateTime = %s", o.UtcDateTime().ToString())
	}
	if s := o.ToUnixTimeSeconds(); s != 1705311000 {
		t.Errorf("ToUnixTimeSeconds = %d", s)
	}
	f, _ := DateTimeOffsetFromUnixSeconds(0)
	if f.String() != "01/01/1970 00:00:00 +00:00" {
		t.Errorf("FromUnixTimeSeconds(0) = %s", f)
	}
	if _, err := NewDateTimeOffset(d.SpecifyKind(KindUtc), TimeSpan(TicksPerHour)); err == nil {
		t.Errorf("Utc with offset accepted")
	}
}

func TestParseDateTime(t *testing.T) {
	berlin, _ := time.LoadLocation("Europe/Berlin")
	now := time.Date(2024, 5, 20, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		s, want string
		kind    DateTimeKind
	}{
		{"2024-01-15", "01/15/2024 00:00:00", KindUnspecified},
		{"2024-01-15T10:30:00", "01/15/2024 10:30:00", KindUnspecified},
		{"2024-01-15T10:30:00.5", "01/15/2024 10:30:00", KindUnspecified},
		{"2024-01-15T10:30:00Z", "01/15/2024 11:30:00", KindLocal},
		{"2024-01-15T10:30:00+02:00", "01/15/2024 09:30:00", KindLocal},
		{"01/15/2024", "01/15/2024 00:00:00", KindUnspecified},
		{"1/5/2024 3:05 PM", "01/05/2024 15:05:00", KindUnspecified},
		{"01/15/2024 12:00:00 AM", "01/15/2024 00:00:00", KindUnspecified},
		{"15 January 2024", "01/15/2024 00:00:00", KindUnspecified},
		{"Jan 15, 2024 10:00", "01/15/2024 10:00:00", KindUnspecified},
		{"Mon, 15 Jan 2024 10:30:00 GMT", "01/15/2024 11:30:00", KindLocal},
		{"10:30", "05/20/2024 10:30:00", KindUnspecified},
		{"March 3", "03/03/2024 00:00:00", KindUnspecified},
	}
	for _, tt := range tests {
		got, err := ParseDateTime(tt.s, 0, now, berlin)
		if err != nil || got.ToString() != tt.want || got.Kind() != tt.kind {
			t.Errorf("Parse(%q) = %s kind %d %v, want %s kind %d", tt.s, got.ToString(), got.Kind(), err, tt.want, tt.kind)
		}
	}
	for _, bad := range []string{"", "hello", "2024-13-01", "02/30/2024", "25:00", "1/2/3/4"} {
		if _, err := ParseDateTime(bad, 0, now, berlin); err == nil {
			t.Errorf("Parse(%q) accepted", bad)
		}
	}
	rt, _ := ParseDateTime("2024-01-15T10:30:00Z", DateTimeStylesRoundtripKind, now, berlin)
	if rt.Kind() != KindUtc || rt.Hour() != 10 {
		t.Errorf("RoundtripKind: %s %d", rt.ToString(), rt.Kind())
	}
}

func TestParseExact(t *testing.T) {
	now := time.Date(2024, 5, 20, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		s, format, want string
		ok              bool
	}{
		{"15.01.2024", "dd.MM.yyyy", "01/15/2024 00:00:00", true},
		{"2024-01-15 07:08:09", "yyyy-MM-dd HH:mm:ss", "01/15/2024 07:08:09", true},
		{"15/1/2024 3:04 PM", "d/M/yyyy h:mm tt", "01/15/2024 15:04:00", true},
		{"20240115", "yyyyMMdd", "01/15/2024 00:00:00", true},
		{"Jan 15 2024", "MMM dd yyyy", "01/15/2024 00:00:00", true},
		{"2024-01-15T10:30:00", "s", "01/15/2024 10:30:00", true},
		{"15.01.2024", "dd/MM/yyyy", "", false},
		{"15.01.24x", "dd.MM.yy", "", false},
		{"1.01.2024", "dd.MM.yyyy", "", false},
	}
	for _, tt := range tests {
		got, err := ParseExactDateTime(tt.s, tt.format, 0, now, nil)
		if (err == nil) != tt.ok || (tt.ok && got.ToString() != tt.want) {
			t.Errorf("ParseExact(%q, %q) = %s %v", tt.s, tt.format, got.ToString(), err)
		}
	}
	// white-space styles (checked against Mono 6.8)
	for _, tt := range []struct {
		s, format string
		styles    DateTimeStyles
		ok        bool
	}{
		{" 2024-02-29 ", "yyyy-MM-dd", DateTimeStylesAllowWhiteSpaces, true},
		{" 2024-02-29", "yyyy-MM-dd", 1, true},
		{"2024-02-29 ", "yyyy-MM-dd", 1, false},
		{"2024-02-29  13:05", "yyyy-MM-dd HH:mm", 4, true},
		{"2024-02-2913:05", "yyyy-MM-dd HH:mm", 4, true},
		{"2024-02-29  13:05", "yyyy-MM-dd HH:mm", 0, false},
		{"2024 - 02-29", "yyyy-MM-dd", 4, true},
	} {
		if _, err := ParseExactDateTime(tt.s, tt.format, tt.styles, now, nil); (err == nil) != tt.ok {
			t.Errorf("ParseExact(%q, %q, %d): %v", tt.s, tt.format, tt.styles, err)
		}
	}
	o, err := ParseExactDateTimeOffset("2024-01-15T10:30:00.0000000+05:30", "o", 0, now, nil)
	if err != nil || o.String() != "01/15/2024 10:30:00 +05:30" {
		t.Errorf("ParseExact o = %v %v", o, err)
	}
}
