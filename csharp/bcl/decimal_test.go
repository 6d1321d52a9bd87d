package bcl

import (
	"testing"
)

func mustDec(t *testing.T, s string) Decimal {
	t.Helper()
	d, err := ParseDecimal(s)
	if err != nil {
		t.Fatalf("ParseDecimal(%q): %v", s, err)
	}
	return d
}

// Reference: .NET 8 decimal semantics (ECMA-335 System.Decimal; the results below
// are the documented behaviour: scale of a sum is the larger scale, of a product
// the sum of scales, quotients keep up to 28 decimals; ToString keeps trailing zeros).
func TestDecimalArithmetic(t *testing.T) {
	tests := []struct {
		a, op, b, want string
	}{
		{"1.5", "+", "2", "3.5"},
		{"1.50", "+", "1", "2.50"},
		{"0.1", "+", "0.2", "0.3"},
		{"1", "-", "1", "0"},
		{"1.00", "-", "1", "0.00"},
		{"1.5", "*", "2", "3.0"},
		{"1.25", "*", "1.25", "1.5625"},
		{"1", "/", "3", "0.3333333333333333333333333333"},
		{"2", "/", "3", "0.6666666666666666666666666667"},
		{"10", "/", "4", "2.5"},
		{"1.00", "/", "2", "0.50"},
		{"1", "/", "0.5", "2"},
		{"10", "/", "3", "3.3333333333333333333333333333"},
		{"100", "/", "3", "33.333333333333333333333333333"},
		{"-7", "/", "2", "-3.5"},
		{"5.5", "%", "2", "1.5"},
		{"-5.5", "%", "2", "-1.5"},
		{"10", "%", "3", "1"},
		{"79228162514264337593543950335", "-", "1", "79228162514264337593543950334"},
		{"0.0000000000000001", "*", "0.0000000000000001", "0.0000000000000000000000000000"},
		{"123456789.123456789", "*", "1000", "123456789123.456789000"},
	}
	for _, tt := range tests {
		a, b := mustDec(t, tt.a), mustDec(t, tt.b)
		var got Decimal
		var err error
		switch tt.op {
		case "+":
			got, err = a.Add(b)
		case "-":
			got, err = a.Sub(b)
		case "*":
			got, err = a.Mul(b)
		case "/":
			got, err = a.Div(b)
		case "%":
			got, err = a.Rem(b)
		}
		if err != nil {
			t.Errorf("%s %s %s: %v", tt.a, tt.op, tt.b, err)
			continue
		}
		if got.String() != tt.want {
			t.Errorf("%s %s %s = %s, want %s", tt.a, tt.op, tt.b, got, tt.want)
		}
	}
}

func TestDecimalErrors(t *testing.T) {
	max := DecimalMaxValue
	if _, err := max.Add(DecimalOne); err == nil || err.(*Error).Type != OverflowException {
		t.Errorf("Max+1: %v, want OverflowException", err)
	}
	if _, err := DecimalOne.Div(DecimalZero); err == nil || err.(*Error).Message != "Attempted to divide by zero." {
		t.Errorf("1/0: %v", err)
	}
	if _, err := max.Mul(mustDec(t, "2")); err == nil {
		t.Errorf("Max*2: no error")
	}
	// Adding a small fraction to a 29-digit number rounds (half to even) instead of overflowing.
	got, err := mustDec(t, "79228162514264337593543950334").Add(mustDec(t, "0.5"))
	if err != nil || got.String() != "79228162514264337593543950334" {
		t.Errorf("max-1 + 0.5 = %v %v", got, err)
	}
}

// Reference: Math.Round(decimal) documentation examples (banker's rounding by default).
func TestDecimalRound(t *testing.T) {
	tests := []struct {
		in   string
		dec  int
		mode MidpointRounding
		want string
	}{
		{"2.5", 0, ToEven, "2"},
		{"3.5", 0, ToEven, "4"},
		{"-2.5", 0, ToEven, "-2"},
		{"2.5", 0, AwayFromZero, "3"},
		{"-2.5", 0, AwayFromZero, "-3"},
		{"1.2345", 2, ToEven, "1.23"},
		{"1.235", 2, ToEven, "1.24"},
		{"1.245", 2, ToEven, "1.24"},
		{"1.2", 2, ToEven, "1.2"},
		{"2.7", 0, ToZero, "2"},
		{"-2.7", 0, ToNegativeInfinity, "-3"},
		{"-2.7", 0, ToPositiveInfinity, "-2"},
	}
	for _, tt := range tests {
		got, err := mustDec(t, tt.in).Round(tt.dec, tt.mode)
		if err != nil || got.String() != tt.want {
			t.Errorf("Round(%s, %d, %d) = %v %v, want %s", tt.in, tt.dec, tt.mode, got, err, tt.want)
		}
	}
	if got := mustDec(t, "-2.5").Floor().String(); got != "-3" {
		t.Errorf("Floor(-2.5) = %s", got)
	}
	if got := mustDec(t, "2.1").Ceiling().String(); got != "3" {
		t.Errorf("Ceiling(2.1) = %s", got)
	}
}

func TestDecimalConversions(t *testing.T) {
	// Reference: Decimal(Double) keeps 15 significant digits (.NET docs).
	tests := []struct {
		f    float64
		want string
	}{
		{0.1, "0.1"},
		{1.0 / 3, "0.333333333333333"},
		{2.5, "2.5"},
		{1, "1"},
		{123456789.123456789, "123456789.123457"},
		{-0.000001, "-0.000001"},
		{1e-30, "0"},  // Mono 6.8 agrees
		{-1e-30, "0"}, // no negative zero
		{1e-28, "0.0000000000000000000000000001"},
	}
	for _, tt := range tests {
		d, err := DecimalFromFloat64(tt.f)
		if err != nil || d.String() != tt.want {
			t.Errorf("(decimal)%v = %v %v, want %s", tt.f, d, err, tt.want)
		}
	}
	if _, err := DecimalFromFloat64(1e29); err == nil {
		t.Errorf("(decimal)1e29: no overflow")
	}
	if f := mustDec(t, "0.1").Float64(); f != 0.1 {
		t.Errorf("(double)0.1m = %v", f)
	}
	if v, err := mustDec(t, "-3.9").Int64(); err != nil || v != -3 {
		t.Errorf("(long)-3.9m = %v %v", v, err)
	}
	if c := mustDec(t, "1.5").Cmp(mustDec(t, "1.50")); c != 0 {
		t.Errorf("1.5 cmp 1.50 = %d", c)
	}
	if c := mustDec(t, "-1").Cmp(mustDec(t, "0.5")); c != -1 {
		t.Errorf("-1 cmp 0.5 = %d", c)
	}
	if got := DecimalMinValue.String(); got != "-79228162514264337593543950335" {
		t.Errorf("MinValue = %s", got)
	}
}
