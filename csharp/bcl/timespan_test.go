package bcl

import (
	"testing"
)

// Reference: TimeSpan.ToString() docs ("c" = [-][d.]hh:mm:ss[.fffffff], "g", "G"
// table in "Standard TimeSpan format strings"), custom TimeSpan format strings
// (literal characters must be escaped), TimeSpan.Parse docs.
func TestTimeSpanFormat(t *testing.T) {
	ts := func(d, h, m, s, ms int64) TimeSpan {
		v, err := NewTimeSpan(d, h, m, s, ms)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		v      TimeSpan
		format string
		want   string
	}{
		{ts(0, 1, 2, 3, 0), "", "01:02:03"},
		{ts(1, 2, 3, 4, 500), "c", "1.02:03:04.5000000"},
		{-ts(1, 2, 3, 4, 500), "c", "-1.02:03:04.5000000"},
		{ts(0, 0, 0, 1, 500), "g", "0:00:01.5"},
		{ts(1, 2, 3, 4, 500), "g", "1:2:03:04.5"},
		{ts(0, 0, 0, 1, 500), "G", "0:00:00:01.5000000"},
		{ts(0, 1, 2, 3, 0), `hh\:mm\:ss`, "01:02:03"},
		{ts(0, 1, 2, 3, 0), `h'h 'm'm'`, "1h 2m"},
		{ts(3, 1, 2, 3, 45), `d\.hh\:mm\:ss\.fff`, "3.01:02:03.045"},
		{ts(0, 0, 0, 3, 450), `ss\.FFF`, "03.45"},
		{ts(5, 0, 0, 0, 0), "dd", "05"},
		{TimeSpanMaxValue, "", "10675199.02:48:05.4775807"},
		{TimeSpanMinValue, "", "-10675199.02:48:05.4775808"},
	}
	for _, tt := range tests {
		got, err := tt.v.Format(tt.format)
		if err != nil || got != tt.want {
			t.Errorf("TimeSpan(%d).ToString(%q) = %q %v, want %q", int64(tt.v), tt.format, got, err, tt.want)
		}
	}
	for _, bad := range []string{"hh:mm", "x", "hhh"} {
		if _, err := ts(0, 1, 0, 0, 0).Format(bad); err == nil {
			t.Errorf("format %q accepted", bad)
		}
	}
}

func TestTimeSpanArithmetic(t *testing.T) {
	v, _ := TimeSpanFromSeconds(1.5)
	if v.Ticks() != 15_000_000 || v.TotalMilliseconds() != 1500 || v.Milliseconds() != 500 {
		t.Errorf("FromSeconds(1.5) = %d", v.Ticks())
	}
	v, _ = TimeSpanFromMinutes(90)
	if v.Hours() != 1 || v.Minutes() != 30 || v.TotalHours() != 1.5 {
		t.Errorf("FromMinutes(90): %d:%d", v.Hours(), v.Minutes())
	}
	n, _ := TimeSpanFromHours(-25.5)
	if n.Days() != -1 || n.Hours() != -1 || n.Minutes() != -30 {
		t.Errorf("negative components %d %d %d", n.Days(), n.Hours(), n.Minutes())
	}
	if _, err := TimeSpanMaxValue.Add(1); err == nil {
		t.Errorf("Max+1 no overflow")
	}
	if _, err := TimeSpanFromDays(1e20); err == nil {
		t.Errorf("FromDays(1e20) no overflow")
	}
	if _, err := TimeSpanMinValue.Negate(); err == nil {
		t.Errorf("-MinValue no overflow")
	}
	m, _ := v.Multiply(2)
	if m.String() != "03:00:00" {
		t.Errorf("Multiply = %s", m)
	}
}

func TestParseTimeSpan(t *testing.T) {
	tests := []struct {
		s, want string
		errType string
	}{
		{"1:30", "01:30:00", ""},
		{"01:02:03", "01:02:03", ""},
		{"1.02:03:04.5", "1.02:03:04.5000000", ""},
		{" -00:00:10 ", "-00:00:10", ""},
		{"10", "10.00:00:00", ""},
		{"1:2:3:4", "1.02:03:04", ""},
		{"25:00", "", OverflowException},
		{"00:60:00", "", OverflowException},
		{"abc", "", FormatException},
		{"1:", "", FormatException},
		{"", "", FormatException},
	}
	for _, tt := range tests {
		got, err := ParseTimeSpan(tt.s)
		if tt.errType != "" {
			if err == nil || err.(*Error).Type != tt.errType {
				t.Errorf("Parse(%q) = %v %v, want %s", tt.s, got, err, tt.errType)
			}
			continue
		}
		if err != nil || got.String() != tt.want {
			t.Errorf("Parse(%q) = %v %v, want %s", tt.s, got, err, tt.want)
		}
	}
}

// Reference: TimeSpan.ParseExact docs ("Custom TimeSpan format strings": h reads one
// or two digits, hh exactly two; literals must match; TimeSpanStyles.AssumeNegative).
func TestParseExactTimeSpan(t *testing.T) {
	tests := []struct {
		s, format string
		neg       bool
		want      int64 // ticks
		err       string
	}{
		{"0130", "hhmm", false, 90 * TicksPerMinute, ""},
		{"1:05", `h\:mm`, false, 65 * TicksPerMinute, ""},
		{"01:05", `h\:mm`, false, 65 * TicksPerMinute, ""},
		{"1:5", `h\:mm`, false, 0, FormatException},
		{"01:02:03", `hh\:mm\:ss`, true, -(3723 * TicksPerSecond), ""},
		{"3.01:02:03.045", `d\.hh\:mm\:ss\.fff`, false, 3*TicksPerDay + 3723*TicksPerSecond + 45*TicksPerMillisecond, ""},
		{"03.4", `ss\.FFF`, false, 3*TicksPerSecond + 400*TicksPerMillisecond, ""},
		{"03.", `ss\.FFF`, false, 3 * TicksPerSecond, ""},
		{"03.45", `ss\.ff`, false, 3*TicksPerSecond + 450*TicksPerMillisecond, ""},
		{"03.4", `ss\.ff`, false, 0, FormatException},
		{"2h 5m", `h'h 'm'm'`, false, 125 * TicksPerMinute, ""},
		{"25:00", `hh\:mm`, false, 0, OverflowException},
		{"01:00 ", `hh\:mm`, false, 0, FormatException},
		{"01:00", `hh:mm`, false, 0, FormatException}, // ':' must be escaped
		{"01:00", "hhh", false, 0, FormatException},
		{"1.02:03:04", "c", false, TicksPerDay + 2*TicksPerHour + 3*TicksPerMinute + 4*TicksPerSecond, ""},
		{"1:02:03", "g", true, -(3723 * TicksPerSecond), ""},
		{"7", "%d", false, 7 * TicksPerDay, ""},
	}
	for _, tt := range tests {
		got, err := ParseExactTimeSpan(tt.s, tt.format, tt.neg)
		if tt.err != "" {
			if e, ok := err.(*Error); !ok || e.Type != tt.err {
				t.Errorf("ParseExact(%q, %q) = %d, %v; want %s", tt.s, tt.format, int64(got), err, tt.err)
			}
			continue
		}
		if err != nil || int64(got) != tt.want {
			t.Errorf("ParseExact(%q, %q) = %d, %v; want %d", tt.s, tt.format, int64(got), err, tt.want)
		}
	}
}
