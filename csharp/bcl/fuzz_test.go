package bcl

import (
	"testing"
	"time"
)

// Fuzz targets: user-supplied format strings and inputs must never panic.

func FuzzNumberFormat(f *testing.F) {
	for _, s := range []string{"0.00", "#,##0.##;(#);zero", "E+00", "0.0e-0", "'x'\\#%‰", "N2", "X8", "G17", "", ";;", "0,,.0"} {
		f.Add(s, 1234.5678, int64(-42))
	}
	f.Fuzz(func(t *testing.T, format string, v float64, i int64) {
		FormatFloat64(v, format)
		FormatFloat32(float32(v), format)
		FormatInt(i, 32, format)
		FormatUint(uint64(i), format)
		if d, err := DecimalFromFloat64(v); err == nil {
			FormatDecimal(d, format)
		}
	})
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"1,234.5", " -1e3 ", "(5)", "0x1F", "1.5-", "∞", "79228162514264337593543950336"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ParseInt(s, 32, StyleAny)
		ParseUint(s, 64, StyleAny)
		ParseInt(s, 32, StyleHexNumber)
		ParseFloat64(s, StyleAny)
		ParseDecimalStyle(s, StyleAny)
		ParseTimeSpan(s)
		ParseGuid(s)
		ParseBool(s)
		FromBase64String(s)
		ParseIntBase(s, 32, 16)
		UnescapeDataString(s)
		HtmlDecode(s)
		ParseUri(s)
		now := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
		ParseDateTime(s, 0, now, nil)
		ParseDateTimeOffset(s, 0, now, nil)
	})
}

func FuzzComposite(f *testing.F) {
	for _, s := range []string{"{0,-10:F2} {{x}}", "{1}", "{0:{", "}", "{0,}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		FormatComposite(s, 2, func(i int, format string, _ bool) (string, error) {
			return FormatFloat64(1.5, format)
		})
	})
}

func FuzzDateFormat(f *testing.F) {
	for _, s := range []string{"yyyy-MM-dd", "o", "dddd, dd MMMM yyyy HH:mm:ss.FFF zzz K", "'lit", "\\", "%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, format string) {
		d, _ := NewDateTime(2024, 2, 29, 13, 5, 7, 123, KindLocal)
		d.Format(format, nil)
		DateTimeOffsetFromDateTime(d, nil).Format(format)
		TimeSpan(1234567890123).Format(format)
		ParseExactDateTime("2024-02-29", format, 0, time.Time{}, nil)
	})
}

func FuzzRegex(f *testing.F) {
	for _, s := range []string{`(?<y>\d{4})-(\d\d)`, `[\w-[a]]`, `(?x) a # c`, `\p{L}+`, `a{2,}?`, `(?i:x)|(?n)(y)`} {
		f.Add(s, "abc 2024-01 xyz")
	}
	f.Fuzz(func(t *testing.T, pattern, input string) {
		re, err := CompileRegex(pattern, 0)
		if err != nil {
			return
		}
		re.Matches(input)
		re.Replace(input, "$1${y}$$$&$`$'$+$_", -1)
		re.Split(input)
	})
}
