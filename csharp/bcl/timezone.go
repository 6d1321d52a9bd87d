package bcl

import (
	"strings"
	"time"
	_ "time/tzdata" // embedded zone database: results do not depend on the machine
)

// TimeZone is System.TimeZoneInfo backed by a Go location.
type TimeZone struct {
	id  string
	loc *time.Location
}

// TimeZoneUtc is TimeZoneInfo.Utc.
var TimeZoneUtc = &TimeZone{id: "UTC", loc: time.UTC}

// TimeZoneFromLocation wraps a Go location (for TimeZoneInfo.Local); id is its Id.
func TimeZoneFromLocation(id string, loc *time.Location) *TimeZone {
	return &TimeZone{id: id, loc: orUTC(loc)}
}

// windowsZones maps Windows time zone ids to IANA zones (CLDR windowsZones.xml,
// territory "001" entries).
var windowsZones = map[string]string{
	"Dateline Standard Time":          "Etc/GMT+12",
	"UTC-11":                          "Etc/GMT+11",
	"Aleutian Standard Time":          "America/Adak",
	"Hawaiian Standard Time":          "Pacific/Honolulu",
	"Marquesas Standard Time":         "Pacific/Marquesas",
	"Alaskan Standard Time":           "America/Anchorage",
	"UTC-09":                          "Etc/GMT+9",
	"Pacific Standard Time (Mexico)":  "America/Tijuana",
	"UTC-08":                          "Etc/GMT+8",
	"Pacific Standard Time":           "America/Los_Angeles",
	"US Mountain Standard Time":       "America/Phoenix",
	"Mountain Standard Time (Mexico)": "America/Mazatlan",
	"Mountain Standard Time":          "America/Denver",
	"Yukon Standard Time":             "America/Whitehorse",
	"Central America Standard Time":   "America/Guatemala",
	"Central Standard Time":           "America/Chicago",
	"Easter Island Standard Time":     "Pacific/Easter",
	"Central Standard Time (Mexico)":  "America/Mexico_City",
	"Canada Central Standard Time":    "America/Regina",
	"SA Pacific Standard Time":        "America/Bogota",
	"Eastern Standard Time (Mexico)":  "America/Cancun",
	"Eastern Standard Time":           "America/New_York",
	"Haiti Standard Time":             "America/Port-au-Prince",
	"Cuba Standard Time":              "America/Havana",
	"US Eastern Standard Time":        "America/Indiana/Indianapolis",
	"Turks And Caicos Standard Time":  "America/Grand_Turk",
	"Paraguay Standard Time":          "America/Asuncion",
	"Atlantic Standard Time":          "America/Halifax",
	"Venezuela Standard Time":         "America/Caracas",
	"Central Brazilian Standard Time": "America/Cuiaba",
	"SA Western Standard Time":        "America/La_Paz",
	"Pacific SA Standard Time":        "America/Santiago",
	"Newfoundland Standard Time":      "America/St_Johns",
	"Tocantins Standard Time":         "America/Araguaina",
	"E. South America Standard Time":  "America/Sao_Paulo",
	"SA Eastern Standard Time":        "America/Cayenne",
	"Argentina Standard Time":         "America/Argentina/Buenos_Aires",
	"Greenland Standard Time":         "America/Nuuk",
	"Montevideo Standard Time":        "America/Montevideo",
	"Magallanes Standard Time":        "America/Punta_Arenas",
	"Saint Pierre Standard Time":      "America/Miquelon",
	"Bahia Standard Time":             "America/Bahia",
	"UTC-02":                          "Etc/GMT+2",
	"Azores Standard Time":            "Atlantic/Azores",
	"Cape Verde Standard Time":        "Atlantic/Cape_Verde",
	"UTC":                             "Etc/UTC",
	"GMT Standard Time":               "Europe/London",
	"Greenwich Standard Time":         "Atlantic/Reykjavik",
	"Sao Tome Standard Time":          "Africa/Sao_Tome",
	"Morocco Standard Time":           "Africa/Casablanca",
	"W. Europe Standard Time":         "Europe/Berlin",
	"Central Europe Standard Time":    "Europe/Budapest",
	"Romance Standard Time":           "Europe/Paris",
	"Central European Standard Time":  "Europe/Warsaw",
	"W. Central Africa Standard Time": "Africa/Lagos",
	"Jordan Standard Time":            "Asia/Amman",
	"GTB Standard Time":               "Europe/Bucharest",
	"Middle East Standard Time":       "Asia/Beirut",
	"Egypt Standard Time":             "Africa/Cairo",
	"E. Europe Standard Time":         "Europe/Chisinau",
	"Syria Standard Time":             "Asia/Damascus",
	"West Bank Standard Time":         "Asia/Hebron",
	"South Africa Standard Time":      "Africa/Johannesburg",
	"FLE Standard Time":               "Europe/Kyiv",
	"Israel Standard Time":            "Asia/Jerusalem",
	"South Sudan Standard Time":       "Africa/Juba",
	"Kaliningrad Standard Time":       "Europe/Kaliningrad",
	"Sudan Standard Time":             "Africa/Khartoum",
	"Libya Standard Time":             "Africa/Tripoli",
	"Namibia Standard Time":           "Africa/Windhoek",
	"Arabic Standard Time":            "Asia/Baghdad",
	"Turkey Standard Time":            "Europe/Istanbul",
	"Arab Standard Time":              "Asia/Riyadh",
	"Belarus Standard Time":           "Europe/Minsk",
	"Russian Standard Time":           "Europe/Moscow",
	"E. Africa Standard Time":         "Africa/Nairobi",
	"Volgograd Standard Time":         "Europe/Volgograd",
	"Iran Standard Time":              "Asia/Tehran",
	"Arabian Standard Time":           "Asia/Dubai",
	"Astrakhan Standard Time":         "Europe/Astrakhan",
	"Azerbaijan Standard Time":        "Asia/Baku",
	"Russia Time Zone 3":              "Europe/Samara",
	"Mauritius Standard Time":         "Indian/Mauritius",
	"Saratov Standard Time":           "Europe/Saratov",
	"Georgian Standard Time":          "Asia/Tbilisi",
	"Caucasus Standard Time":          "Asia/Yerevan",
	"Afghanistan Standard Time":       "Asia/Kabul",
	"West Asia Standard Time":         "Asia/Tashkent",
	"Ekaterinburg Standard Time":      "Asia/Yekaterinburg",
	"Pakistan Standard Time":          "Asia/Karachi",
	"Qyzylorda Standard Time":         "Asia/Qyzylorda",
	"India Standard Time":             "Asia/Kolkata",
	"Sri Lanka Standard Time":         "Asia/Colombo",
	"Nepal Standard Time":             "Asia/Kathmandu",
	"Central Asia Standard Time":      "Asia/Bishkek",
	"Bangladesh Standard Time":        "Asia/Dhaka",
	"Omsk Standard Time":              "Asia/Omsk",
	"Myanmar Standard Time":           "Asia/Yangon",
	"SE Asia Standard Time":           "Asia/Bangkok",
	"Altai Standard Time":             "Asia/Barnaul",
	"W. Mongolia Standard Time":       "Asia/Hovd",
	"North Asia Standard Time":        "Asia/Krasnoyarsk",
	"N. Central Asia Standard Time":   "Asia/Novosibirsk",
	"Tomsk Standard Time":             "Asia/Tomsk",
	"China Standard Time":             "Asia/Shanghai",
	"North Asia East Standard Time":   "Asia/Irkutsk",
	"Singapore Standard Time":         "Asia/Singapore",
	"W. Australia Standard Time":      "Australia/Perth",
	"Taipei Standard Time":            "Asia/Taipei",
	"Ulaanbaatar Standard Time":       "Asia/Ulaanbaatar",
	"Aus Central W. Standard Time":    "Australia/Eucla",
	"Transbaikal Standard Time":       "Asia/Chita",
	"Tokyo Standard Time":             "Asia/Tokyo",
	"North Korea Standard Time":       "Asia/Pyongyang",
	"Korea Standard Time":             "Asia/Seoul",
	"Yakutsk Standard Time":           "Asia/Yakutsk",
	"Cen. Australia Standard Time":    "Australia/Adelaide",
	"AUS Central Standard Time":       "Australia/Darwin",
	"E. Australia Standard Time":      "Australia/Brisbane",
	"AUS Eastern Standard Time":       "Australia/Sydney",
	"West Pacific Standard Time":      "Pacific/Port_Moresby",
	"Tasmania Standard Time":          "Australia/Hobart",
	"Vladivostok Standard Time":       "Asia/Vladivostok",
	"Lord Howe Standard Time":         "Australia/Lord_Howe",
	"Bougainville Standard Time":      "Pacific/Bougainville",
	"Russia Time Zone 10":             "Asia/Srednekolymsk",
	"Magadan Standard Time":           "Asia/Magadan",
	"Norfolk Standard Time":           "Pacific/Norfolk",
	"Sakhalin Standard Time":          "Asia/Sakhalin",
	"Central Pacific Standard Time":   "Pacific/Guadalcanal",
	"Russia Time Zone 11":             "Asia/Kamchatka",
	"New Zealand Standard Time":       "Pacific/Auckland",
	"UTC+12":                          "Etc/GMT-12",
	"Fiji Standard Time":              "Pacific/Fiji",
	"Chatham Islands Standard Time":   "Pacific/Chatham",
	"UTC+13":                          "Etc/GMT-13",
	"Tonga Standard Time":             "Pacific/Tongatapu",
	"Samoa Standard Time":             "Pacific/Apia",
	"Line Islands Standard Time":      "Pacific/Kiritimati",
}

// WindowsZoneIDs returns the Windows ids FindSystemTimeZoneById knows (sorted).
func WindowsZoneIDs() []string {
	ids := make([]string, 0, len(windowsZones))
	for id := range windowsZones {
		ids = append(ids, id)
	}
	sortStrings(ids)
	return ids
}

// FindSystemTimeZoneById is TimeZoneInfo.FindSystemTimeZoneById: an IANA name
// ("Europe/Berlin") or a Windows id ("W. Europe Standard Time"), matched
// case-insensitively for Windows ids. The Id of the result is the id asked for.
func FindSystemTimeZoneById(id string) (*TimeZone, error) {
	if id == "" {
		return nil, newError(ArgumentException, "The specified ID parameter '' is not supported.")
	}
	if strings.EqualFold(id, "UTC") {
		return &TimeZone{id: id, loc: time.UTC}, nil
	}
	name := id
	if iana, ok := windowsZones[id]; ok {
		name = iana
	} else {
		for w, iana := range windowsZones {
			if strings.EqualFold(w, id) {
				name = iana
				break
			}
		}
	}
	if strings.HasPrefix(name, "/") || strings.Contains(name, "..") || strings.EqualFold(name, "Local") {
		return nil, timeZoneNotFound(id)
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, timeZoneNotFound(id)
	}
	return &TimeZone{id: id, loc: loc}, nil
}

func timeZoneNotFound(id string) *Error {
	return newError(TimeZoneNotFoundException, "The time zone ID '"+id+"' was not found on the local computer.")
}

// Id is TimeZoneInfo.Id.
func (z *TimeZone) Id() string { return z.id }

// Location returns the Go location.
func (z *TimeZone) Location() *time.Location { return z.loc }

// BaseUtcOffset is TimeZoneInfo.BaseUtcOffset: the standard (non-DST) offset,
// taken as the smaller of the offsets on 1 January and 1 July 2024.
func (z *TimeZone) BaseUtcOffset() TimeSpan {
	_, a := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).In(z.loc).Zone()
	_, b := time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC).In(z.loc).Zone()
	return TimeSpan(int64(min(a, b)) * TicksPerSecond)
}

// SupportsDaylightSavingTime reports whether the offsets of 2024 differ.
func (z *TimeZone) SupportsDaylightSavingTime() bool {
	_, a := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).In(z.loc).Zone()
	_, b := time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC).In(z.loc).Zone()
	return a != b
}

// DisplayName approximates TimeZoneInfo.DisplayName as "(UTC±hh:mm) Id"
// (.NET takes the localized names from the OS or ICU).
func (z *TimeZone) DisplayName() string {
	off := z.BaseUtcOffset()
	if off == 0 {
		return "(UTC) " + z.id
	}
	return "(UTC" + offsetText(off) + ") " + z.id
}

// StandardName is TimeZoneInfo.StandardName (the zone abbreviation in January
// for northern zones; an approximation of .NET's localized name).
func (z *TimeZone) StandardName() string {
	n, _ := z.abbrevs()
	return n
}

// DaylightName is TimeZoneInfo.DaylightName (approximation, see StandardName).
func (z *TimeZone) DaylightName() string {
	_, d := z.abbrevs()
	return d
}

func (z *TimeZone) abbrevs() (std, dst string) {
	na, a := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).In(z.loc).Zone()
	nb, b := time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC).In(z.loc).Zone()
	if a <= b {
		return na, nb
	}
	return nb, na
}

// GetUtcOffset is TimeZoneInfo.GetUtcOffset(DateTime): Utc values are instants,
// Local values are first converted from the engine's local zone, Unspecified
// values are clock readings in this zone.
func (z *TimeZone) GetUtcOffset(d DateTime, local *time.Location) TimeSpan {
	switch d.kind {
	case KindUtc:
		_, off := d.wall(time.UTC).In(z.loc).Zone()
		return TimeSpan(int64(off) * TicksPerSecond)
	case KindLocal:
		return z.GetUtcOffset(d.ToUniversalTime(local), local)
	}
	utc, _ := localToUTC(d, z.loc, false)
	return TimeSpan(d.ticks - utc.ticks)
}

// IsDaylightSavingTime is TimeZoneInfo.IsDaylightSavingTime(DateTime).
func (z *TimeZone) IsDaylightSavingTime(d DateTime, local *time.Location) bool {
	return z.GetUtcOffset(d, local) != z.BaseUtcOffset()
}

// IsAmbiguousTime is TimeZoneInfo.IsAmbiguousTime(DateTime): whether the clock
// reading occurs twice in this zone (the hour repeated when clocks go back).
// Utc and Local values are first converted to this zone's time.
func (z *TimeZone) IsAmbiguousTime(d DateTime, local *time.Location) bool {
	switch d.kind {
	case KindUtc:
		d = ConvertTimeFromUtc(d, z)
	case KindLocal:
		d = ConvertTimeFromUtc(d.ToUniversalTime(local), z)
	}
	naive := d.wall(time.UTC)
	_, off1 := naive.Add(-36 * time.Hour).In(z.loc).Zone()
	_, off2 := naive.Add(36 * time.Hour).In(z.loc).Zone()
	if off1 == off2 {
		return false
	}
	for _, off := range []int{off1, off2} {
		if _, o := naive.Add(-time.Duration(off) * time.Second).In(z.loc).Zone(); o != off {
			return false
		}
	}
	return true
}

// ConvertTimeFromUtc is TimeZoneInfo.ConvertTimeFromUtc: the result's Kind is
// Unspecified (Utc when the zone is UTC).
func ConvertTimeFromUtc(d DateTime, z *TimeZone) DateTime {
	t := d.wall(time.UTC).In(z.loc)
	kind := KindUnspecified
	if z.loc == time.UTC {
		kind = KindUtc
	}
	return DateTimeFromTime(t, kind)
}

// ConvertTimeToUtc is TimeZoneInfo.ConvertTimeToUtc(dateTime, sourceTimeZone).
// A time skipped by a clock change is an ArgumentException, as in .NET.
func ConvertTimeToUtc(d DateTime, src *TimeZone) (DateTime, error) {
	if d.kind == KindUtc {
		if src.loc != time.UTC {
			return DateTime{}, &Error{Type: ArgumentException, Message: "The conversion could not be completed because the supplied DateTime did not have the Kind property set correctly.  For example, when the Kind property is DateTimeKind.Local, the source time zone must be TimeZoneInfo.Local. (Parameter 'sourceTimeZone')", Param: "sourceTimeZone"}
		}
		return d, nil
	}
	utc, invalid := localToUTC(d, src.loc, false)
	if invalid {
		return DateTime{}, &Error{Type: ArgumentException, Message: "The supplied DateTime represents an invalid time.  For example, when the clock is adjusted forward, any time in the period that is skipped is invalid. (Parameter 'dateTime')", Param: "dateTime"}
	}
	return utc, nil
}

// ConvertTime is TimeZoneInfo.ConvertTime(dateTime, destinationTimeZone): Utc
// and Local values are instants; Unspecified values are taken as local time.
// The result is Local when dst is the engine's local zone, Utc for UTC, else Unspecified.
func ConvertTime(d DateTime, dst *TimeZone, local *TimeZone) (DateTime, error) {
	utc := d
	if d.kind != KindUtc {
		src := local
		if src == nil {
			src = TimeZoneUtc
		}
		var err error
		if utc, err = ConvertTimeToUtc(d.SpecifyKind(KindUnspecified), src); err != nil {
			return DateTime{}, err
		}
	}
	r := ConvertTimeFromUtc(utc, dst)
	if local != nil && dst.loc == local.loc && dst.loc != time.UTC {
		r.kind = KindLocal
	}
	return r, nil
}

// ConvertTimeBetween is TimeZoneInfo.ConvertTime(dateTime, source, destination).
func ConvertTimeBetween(d DateTime, src, dst *TimeZone) (DateTime, error) {
	utc, err := ConvertTimeToUtc(d.SpecifyKind(KindUnspecified), src)
	if err != nil {
		return DateTime{}, err
	}
	return ConvertTimeFromUtc(utc, dst), nil
}

// ConvertTimeOffset is TimeZoneInfo.ConvertTime(DateTimeOffset, destination).
func ConvertTimeOffset(o DateTimeOffset, dst *TimeZone) DateTimeOffset {
	return DateTimeOffsetFromTime(o.Time().In(dst.loc))
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
