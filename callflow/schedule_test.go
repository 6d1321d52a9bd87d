package callflow

import (
	"testing"
	"time"
)

func TestParseSchedule(t *testing.T) {
	ws, err := parseSchedule("Mon-Fri 08:00-17:00; Sat 09:00-12:00,13:00-14:00; Sun-Mon 22:00-24:00")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		day    time.Weekday
		clock  string
		active bool
	}{
		{time.Monday, "08:00", true},
		{time.Monday, "07:59", false},
		{time.Friday, "16:59", true},
		{time.Friday, "17:00", false},
		{time.Saturday, "12:30", false},
		{time.Saturday, "13:30", true},
		{time.Sunday, "23:00", true},
		{time.Monday, "23:59", true},
		{time.Tuesday, "23:00", false},
	}
	for _, tt := range tests {
		m, _ := parseClock(tt.clock)
		if got := ws.active(tt.day, m); got != tt.active {
			t.Errorf("%v %s: active=%v, want %v", tt.day, tt.clock, got, tt.active)
		}
	}
}

func TestParseScheduleErrors(t *testing.T) {
	for _, s := range []string{"Mon", "Xyz 08:00-09:00", "Mon 9-10", "Mon 10:00-09:00", "Mon-Foo 08:00-09:00", "Mon 25:00-26:00"} {
		if _, err := parseSchedule(s); err == nil {
			t.Errorf("parseSchedule(%q): no error", s)
		}
	}
}

func TestParseHolidays(t *testing.T) {
	h, err := parseHolidays("2024-12-25, 2024-12-26,")
	if err != nil {
		t.Fatal(err)
	}
	if !h[[3]int{2024, 12, 25}] || !h[[3]int{2024, 12, 26}] || h[[3]int{2024, 12, 24}] {
		t.Errorf("holidays = %v", h)
	}
	if _, err := parseHolidays("25.12.2024"); err == nil {
		t.Error("no error for 25.12.2024")
	}
}
