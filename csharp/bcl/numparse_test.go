package bcl

import (
	"math"
	"testing"
)

// Reference: Int32.Parse / Double.Parse / Decimal.Parse documentation (.NET 8):
// default styles Integer, Float|AllowThousands and Number; .NET 8's message
// "The input string '...' was not in a correct format.".
func TestParseInt(t *testing.T) {
	tests := []struct {
		s       string
		bits    int
		styles  NumberStyles
		want    int64
		errType string
	}{
		{" 42 ", 32, StyleInteger, 42, ""},
		{"+42", 32, StyleInteger, 42, ""},
		{"-42", 32, StyleInteger, -42, ""},
		{"\t-7\n", 32, StyleInteger, -7, ""},
		{"2147483647", 32, StyleInteger, 2147483647, ""},
		{"-2147483648", 32, StyleInteger, -2147483648, ""},
		{"2147483648", 32, StyleInteger, 0, OverflowException},
		{"99999999999999999999999", 64, StyleInteger, 0, OverflowException},
		{"4 2", 32, StyleInteger, 0, FormatException},
		{"1,000", 32, StyleInteger, 0, FormatException},
		{"1,000", 32, StyleNumber, 1000, ""},
		{"1.0", 32, StyleInteger, 0, FormatException},
		{"1.0", 32, StyleNumber, 1, ""},
		{"1.5", 32, StyleNumber, 0, OverflowException},
		{"", 32, StyleInteger, 0, FormatException},
		{"-", 32, StyleInteger, 0, FormatException},
		{"0x10", 32, StyleInteger, 0, FormatException},
		{"FF", 32, StyleHexNumber, 255, ""},
		{"FFFFFFFF", 32, StyleHexNumber, -1, ""},
		{"128", 8, StyleInteger, 0, OverflowException},
		{"(5)", 32, StyleCurrency, -5, ""},
		{"5-", 32, StyleNumber, -5, ""},
	}
	for _, tt := range tests {
		got, err := ParseInt(tt.s, tt.bits, tt.styles)
		if tt.errType != "" {
			if err == nil || err.(*Error).Type != tt.errType {
				t.Errorf("ParseInt(%q) = %d %v, want %s", tt.s, got, err, tt.errType)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseInt(%q) = %d %v, want %d", tt.s, got, err, tt.want)
		}
	}
	_, err := ParseInt("abc", 32, StyleInteger)
	if err == nil || err.Error() != "System.FormatException: The input string 'abc' was not in a correct format." {
		t.Errorf("message: %v", err)
	}
	_, err = ParseInt("3000000000", 32, StyleInteger)
	if err == nil || err.(*Error).Message != "Value was either too large or too small for an Int32." {
		t.Errorf("message: %v", err)
	}
	if _, err := ParseUint("-1", 32, StyleInteger); err == nil || err.(*Error).Message != "Value was either too large or too small for a UInt32." {
		t.Errorf("uint -1: %v", err)
	}
	if v, err := ParseUint("-0", 32, StyleInteger); err != nil || v != 0 {
		t.Errorf("uint -0: %v %v", v, err)
	}
}

func TestParseFloat(t *testing.T) {
	def := StyleFloat | StyleAllowThousands
	tests := []struct {
		s    string
		want float64
		ok   bool
	}{
		{"1,234.5", 1234.5, true},
		{"1e3", 1000, true},
		{" -2.5E-1 ", -0.25, true},
		{".5", 0.5, true},
		{"5.", 5, true},
		{"0.1", 0.1, true},
		{"1e400", math.Inf(1), true},
		{"-1e400", math.Inf(-1), true},
		{"Infinity", math.Inf(1), true},
		{"-Infinity", math.Inf(-1), true},
		{"∞", math.Inf(1), true},
		{"abc", 0, false},
		{"1e", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		got, err := ParseFloat64(tt.s, def)
		if (err == nil) != tt.ok || (tt.ok && got != tt.want) {
			t.Errorf("double.Parse(%q) = %v %v", tt.s, got, err)
		}
	}
	if f, _ := ParseFloat64("NaN", def); !math.IsNaN(f) {
		t.Errorf("NaN")
	}
	if f, _ := ParseFloat64("-0", def); !math.Signbit(f) {
		t.Errorf("-0 lost its sign")
	}
}

func TestParseDecimal(t *testing.T) {
	tests := []struct {
		s, want string
		ok      bool
	}{
		{"1.50", "1.50", true},
		{"-1,234.50", "-1234.50", true},
		{"0.00", "0.00", true},
		{"1.5-", "-1.5", true},
		{"  12  ", "12", true},
		{"1e3", "", false},
		{"0.1234567890123456789012345678901", "0.1234567890123456789012345679", true},
		{"79228162514264337593543950335", "79228162514264337593543950335", true},
		{"79228162514264337593543950336", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, err := ParseDecimal(tt.s)
		if (err == nil) != tt.ok || (tt.ok && got.String() != tt.want) {
			t.Errorf("decimal.Parse(%q) = %v %v, want %q", tt.s, got, err, tt.want)
		}
	}
	if _, err := ParseDecimal("79228162514264337593543950336"); err == nil || err.(*Error).Type != OverflowException {
		t.Errorf("overflow type: %v", err)
	}
}
