package bcl

import (
	"math"
	"testing"
)

// Reference: "Standard numeric format strings" and "Custom numeric format strings"
// (learn.microsoft.com, .NET 8), examples re-expressed for the invariant culture
// (currency symbol "¤", percent pattern "n %"); .NET Core 3.0+ double formatting
// (devblogs "Floating-Point Parsing and Formatting improvements in .NET Core 3.0").
// variables, so that Go does not fold 0.1+0.2 exactly at compile time
var pointOne, pointTwo = 0.1, 0.2

func TestFormatFloat64(t *testing.T) {
	tests := []struct {
		v      float64
		format string
		want   string
	}{
		{pointOne + pointTwo, "", "0.30000000000000004"},
		{0.1, "", "0.1"},
		{100, "", "100"},
		{1.5, "", "1.5"},
		{-1.5, "", "-1.5"},
		{math.Copysign(0, -1), "", "-0"},
		{0, "", "0"},
		{123456789, "", "123456789"},
		{1e17, "", "1E+17"},
		{math.MaxFloat64, "", "1.7976931348623157E+308"},
		{5e-324, "", "5E-324"},
		{0.0001, "", "0.0001"},
		{0.00001, "", "1E-05"},
		{math.Pi, "R", "3.141592653589793"},
		{math.Pi, "G5", "3.1416"},
		{12345.6789, "G", "12345.6789"},
		{12345.6789, "G7", "12345.68"},
		{0.0023, "G", "0.0023"},
		{1052.0329112756, "E", "1.052033E+003"},
		{1052.0329112756, "e2", "1.05e+003"},
		{-1052.0329112756, "E2", "-1.05E+003"},
		{1234.5678, "F", "1234.57"},
		{1234, "F1", "1234.0"},
		{-1234.56, "F4", "-1234.5600"},
		{18934.1879, "F0", "18934"},
		{-12445.6789, "N", "-12,445.68"},
		{-12445.6789, "N1", "-12,445.7"},
		{123456789, "N1", "123,456,789.0"},
		{0.2468013, "P", "24.68 %"},
		{0.2468013, "P1", "24.7 %"},
		{12345.6789, "C", "¤12,345.68"},
		{-12345.6789, "C", "(¤12,345.68)"},
		// exactly rounded, ties to even on the exact binary value
		// Reference: PowerShell/PowerShell#16150 (.NET 5 output of "{0:f1}" / "{0:f2}").
		{0.05, "F1", "0.1"},
		{0.15, "F1", "0.1"},
		{0.25, "F1", "0.2"},
		{0.35, "F1", "0.3"},
		{0.45, "F1", "0.5"},
		{0.075, "F2", "0.07"},
		{0.025, "F2", "0.03"},
		{0.0046, "F2", "0.00"}, // dotnet/corefx#37524
		// negative values rounding to zero keep the sign (dotnet/runtime#59570)
		{-0.0305441935, "F1", "-0.0"},
		{math.NaN(), "", "NaN"},
		{math.Inf(1), "F2", "∞"},
		{math.Inf(-1), "", "-∞"},
		// custom formats
		{1.2, "0.00", "1.20"},
		{0.086, "#0.##%", "8.6%"},
		{86000, "0.###E+0", "8.6E+4"},
		{1234567890, "#,#", "1,234,567,890"},
		{1234567890, "#,##0,,", "1,235"},
		{1234567890, "#,,", "1235"},
		{1234567.891, "#,##0.00", "1,234,567.89"},
		{3.14159, "#.##", "3.14"},
		{0, "#.##", ""},
		{0.5, "#.##", ".5"},
		{1.5, "0", "2"},
		{2.5, "0", "3"},
		{-1.5, "0;(0)", "(2)"},
		{0, "0;(0);Zero", "Zero"},
		{12, "\\#0", "#12"},
		{12, "'lit'0", "lit12"},
		{0.5, "0%", "50%"},
		{-0.1, "0", "-0"},         // dotnet/runtime#32458
		{-0.01, "0.#;-0.#", "-0"}, // dotnet/runtime#13712
		{123, "00000", "00123"},
		{1234.5678, "0.0e0", "1.2e3"},
		{0.000123, "0.00E-00", "1.23E-04"},
	}
	for _, tt := range tests {
		got, err := FormatFloat64(tt.v, tt.format)
		if err != nil || got != tt.want {
			t.Errorf("(%v).ToString(%q) = %q %v, want %q", tt.v, tt.format, got, err, tt.want)
		}
	}
}

func TestFormatFloat32(t *testing.T) {
	tests := []struct {
		v      float32
		format string
		want   string
	}{
		{0.1, "", "0.1"},
		{1.0 / 3, "", "0.33333334"},
		{16777216, "0", "16777220"}, // dotnet/runtime#120979 (7 digits for custom formats)
		{16777216, "F0", "16777216"},
		{2.5, "", "2.5"},
	}
	for _, tt := range tests {
		got, err := FormatFloat32(tt.v, tt.format)
		if err != nil || got != tt.want {
			t.Errorf("(%vf).ToString(%q) = %q %v, want %q", tt.v, tt.format, got, err, tt.want)
		}
	}
}

func TestFormatInt(t *testing.T) {
	tests := []struct {
		v      int64
		bits   int
		format string
		want   string
	}{
		{1234, 32, "D", "1234"},
		{-1234, 32, "D6", "-001234"},
		{255, 32, "X", "FF"},
		{255, 32, "x4", "00ff"},
		{-1, 32, "x", "ffffffff"},
		{-1, 16, "X", "FFFF"},
		{-1, 64, "X", "FFFFFFFFFFFFFFFF"},
		{5, 32, "B8", "00000101"},
		{1234, 32, "G2", "1.2E+03"},
		{12355, 32, "G3", "1.24E+04"},
		{1234567, 32, "N0", "1,234,567"},
		{1234567, 32, "N", "1,234,567.00"},
		{-5, 32, "C", "(¤5.00)"},
		{12345, 32, "E2", "1.23E+004"},
		{42, 32, "F3", "42.000"},
		{1, 32, "P0", "100 %"},
		{123, 32, "R", "123"},
		{-42, 32, "0;minus 0", "minus 42"},
		{0, 32, "0.00", "0.00"},
		{1234567890, 32, "#,##0", "1,234,567,890"},
		{7, 32, "'#'0", "#7"},
		{-7, 32, "00", "-07"},
		{math.MinInt64, 64, "", "-9223372036854775808"},
		{math.MinInt64, 64, "N0", "-9,223,372,036,854,775,808"},
	}
	for _, tt := range tests {
		got, err := FormatInt(tt.v, tt.bits, tt.format)
		if err != nil || got != tt.want {
			t.Errorf("(%d).ToString(%q) = %q %v, want %q", tt.v, tt.format, got, err, tt.want)
		}
	}
	if _, err := FormatInt(1, 32, "Q"); err == nil || err.(*Error).Type != FormatException {
		t.Errorf("ToString(\"Q\") err = %v", err)
	}
	if got, _ := FormatUint(math.MaxUint64, "X"); got != "FFFFFFFFFFFFFFFF" {
		t.Errorf("ulong.MaxValue X = %q", got)
	}
}

// Reference: decimal formatting keeps the scale's trailing zeros for "G"/ToString
// and rounds half away from zero on the digits (dotnet/docs#22089: 1234.5m G4 is 1235).
func TestFormatDecimal(t *testing.T) {
	tests := []struct {
		v, format, want string
	}{
		{"1.50", "", "1.50"},
		{"1.50", "G", "1.50"},
		{"0.00", "", "0.00"},
		{"-0.001", "F2", "0.00"},
		{"1234.5", "G4", "1235"},
		{"2.5", "F0", "3"},
		{"1.005", "F2", "1.01"},
		{"-1234.567", "N2", "-1,234.57"},
		{"0.0000001", "", "0.0000001"},
		{"0.125", "P1", "12.5 %"},
		{"-0.1", "0", "0"}, // dotnet/runtime#32458: decimal prints "0"
		{"1234.5678", "#,##0.00", "1,234.57"},
		{"79228162514264337593543950335", "", "79228162514264337593543950335"},
		{"12.3", "E", "1.230000E+001"},
	}
	for _, tt := range tests {
		d := mustDec(t, tt.v)
		got, err := FormatDecimal(d, tt.format)
		if err != nil || got != tt.want {
			t.Errorf("(%sm).ToString(%q) = %q %v, want %q", tt.v, tt.format, got, err, tt.want)
		}
	}
	if _, err := FormatDecimal(DecimalOne, "X"); err == nil {
		t.Errorf("decimal X: no error")
	}
}

// The shortest form (ToString(), "G", "R") switches to exponent notation when the
// decimal point lies beyond max(digit count, 15) (7 for float), as .NET Core 3.0+'s
// FormatDouble does (nMaxDigits = Math.Max(number.DigitsCount, DoublePrecision)).
func TestShortestFloat(t *testing.T) {
	tests := []struct {
		f       float64
		bitSize int
		want    string
	}{
		{1e15, 64, "1E+15"},
		{-1e15, 64, "-1E+15"},
		{1234567890123456, 64, "1234567890123456"},
		{123456789012345678, 64, "1.2345678901234568E+17"},
		{123456789012345, 64, "123456789012345"},
		{-60, 64, "-60"},
		{0.0001, 64, "0.0001"},
		{0.00001, 64, "1E-05"},
		{float64(float32(123456790)), 32, "1.2345679E+08"},
		{float64(float32(1234567)), 32, "1234567"},
		{float64(float32(1e7)), 32, "1E+07"},
	}
	for _, tt := range tests {
		for _, format := range []string{"", "G", "R"} {
			var got string
			if tt.bitSize == 32 {
				got, _ = FormatFloat32(float32(tt.f), format)
			} else {
				got, _ = FormatFloat64(tt.f, format)
			}
			if got != tt.want {
				t.Errorf("(%v).ToString(%q) = %q, want %q", tt.f, format, got, tt.want)
			}
		}
	}
}

// The fast path for the default format must agree with the general algorithm.
func TestFloatFastPathAgrees(t *testing.T) {
	vals := []float64{0, 1e-4, 0.000123, 1, 1.5, 123456789.125, 9999999999999998, 1e15, 0.1, 2.5e-3}
	for _, v := range vals {
		for _, neg := range []float64{1, -1} {
			x := v * neg
			fast, _ := FormatFloat64(x, "")
			n := floatNumber(x, 64, -1, true)
			slow, _ := formatStandard(&n, 'G', max(len(n.digits), 15))
			if fast != slow {
				t.Errorf("%v: fast %q, general %q", x, fast, slow)
			}
			f32 := float32(x)
			fast32, _ := FormatFloat32(f32, "")
			n32 := floatNumber(float64(f32), 32, -1, true)
			slow32, _ := formatStandard(&n32, 'G', max(len(n32.digits), 7))
			if fast32 != slow32 {
				t.Errorf("float %v: fast %q, general %q", f32, fast32, slow32)
			}
		}
	}
}
