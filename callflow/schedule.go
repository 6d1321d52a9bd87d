package callflow

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// weekSchedule is a set of weekly time ranges, parsed from a parameter such as
// "Mon-Fri 08:00-17:00; Sat 09:00-12:00".
type weekSchedule struct {
	ranges []dayRange
}

type dayRange struct {
	day        time.Weekday
	start, end int // minutes of the day, end exclusive
}

var dayNames = map[string]time.Weekday{
	"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "wed": time.Wednesday,
	"thu": time.Thursday, "fri": time.Friday, "sat": time.Saturday,
}

// parseSchedule parses "Mon-Fri 08:00-17:00; Sat 09:00-12:00". Days are
// three-letter English names (case-insensitive), a single day or a range
// (wrapping past Sunday is allowed: "Sat-Sun"); several ranges may follow one
// day part, separated by commas ("Mon 08:00-12:00,13:00-17:00").
func parseSchedule(s string) (*weekSchedule, error) {
	ws := &weekSchedule{}
	for _, part := range strings.Split(s, ";") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		days, times, ok := strings.Cut(part, " ")
		if !ok {
			return nil, fmt.Errorf("%q: want \"Mon-Fri 08:00-17:00\"", part)
		}
		var ds []time.Weekday
		from, to, isRange := strings.Cut(strings.ToLower(days), "-")
		d1, ok1 := dayNames[from]
		if !ok1 {
			return nil, fmt.Errorf("%q: unknown day %q (want Mon, Tue, ...)", part, from)
		}
		if isRange {
			d2, ok2 := dayNames[to]
			if !ok2 {
				return nil, fmt.Errorf("%q: unknown day %q (want Mon, Tue, ...)", part, to)
			}
			for d := d1; ; d = (d + 1) % 7 {
				ds = append(ds, d)
				if d == d2 {
					break
				}
			}
		} else {
			ds = []time.Weekday{d1}
		}
		for _, tr := range strings.Split(times, ",") {
			tr = strings.TrimSpace(tr)
			a, b, ok := strings.Cut(tr, "-")
			if !ok {
				return nil, fmt.Errorf("%q: want a time range such as 08:00-17:00", tr)
			}
			start, err := parseClock(a)
			if err != nil {
				return nil, err
			}
			end, err := parseClock(b)
			if err != nil {
				return nil, err
			}
			if end <= start {
				return nil, fmt.Errorf("%q: the range ends before it starts", tr)
			}
			for _, d := range ds {
				ws.ranges = append(ws.ranges, dayRange{d, start, end})
			}
		}
	}
	return ws, nil
}

// parseClock parses "08:30" (or "24:00") into minutes of the day.
func parseClock(s string) (int, error) {
	h, m, ok := strings.Cut(strings.TrimSpace(s), ":")
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if !ok || err1 != nil || err2 != nil || hh < 0 || hh > 24 || mm < 0 || mm > 59 || (hh == 24 && mm != 0) {
		return 0, fmt.Errorf("%q: want a time of day such as 08:30", s)
	}
	return hh*60 + mm, nil
}

// active reports whether minute of day on day falls in a range.
func (ws *weekSchedule) active(day time.Weekday, minute int) bool {
	if ws == nil {
		return false
	}
	for _, r := range ws.ranges {
		if r.day == day && minute >= r.start && minute < r.end {
			return true
		}
	}
	return false
}

// parseHolidays parses "2024-12-25,2024-12-26" (spaces allowed) into a set of dates.
func parseHolidays(s string) (map[[3]int]bool, error) {
	set := map[[3]int]bool{}
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		t, err := time.Parse("2006-01-02", f)
		if err != nil {
			return nil, fmt.Errorf("%q: want a date such as 2024-12-25", f)
		}
		set[[3]int{t.Year(), int(t.Month()), t.Day()}] = true
	}
	return set, nil
}
