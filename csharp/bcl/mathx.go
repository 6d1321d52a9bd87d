package bcl

import "math"

// roundPower10 holds 10^0..10^15 for Math.Round(double, digits).
var roundPower10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// MathRound is Math.Round(value, digits, mode) for doubles as .NET Core 3.0+
// computes it: for |value| < 1e16 the value is scaled by 10^digits, rounded, and
// scaled back (so Math.Round(2.675, 2) is 2.68: 2.675×100 is exactly 267.5 in binary).
func MathRound(v float64, digits int, mode MidpointRounding) (float64, error) {
	if digits < 0 || digits > 15 {
		return 0, argOutOfRange("digits", "Rounding digits must be between 0 and 15, inclusive.")
	}
	if mode < ToEven || mode > ToPositiveInfinity {
		return 0, &Error{Type: ArgumentException, Message: "The value '" + itoa(int64(mode)) + "' is not valid for this usage of the type MidpointRounding. (Parameter 'mode')", Param: "mode"}
	}
	if math.Abs(v) >= 1e16 || math.IsNaN(v) || math.IsInf(v, 0) {
		return v, nil
	}
	p := roundPower10[digits]
	x := v * p
	switch mode {
	case ToEven:
		x = math.RoundToEven(x)
	case AwayFromZero:
		// .NET 7+: Truncate(value + CopySign(BitDecrement(0.5), value))
		x = math.Trunc(x + math.Copysign(math.Nextafter(0.5, 0), x))
	case ToZero:
		x = math.Trunc(x)
	case ToNegativeInfinity:
		x = math.Floor(x)
	case ToPositiveInfinity:
		x = math.Ceil(x)
	}
	r := x / p
	if r == 0 {
		r = math.Copysign(0, v)
	}
	return r, nil
}

// MathSign is Math.Sign(double): ArithmeticException for NaN.
func MathSign(v float64) (int, error) {
	switch {
	case math.IsNaN(v):
		return 0, newError(ArithmeticException, "Function does not accept floating point Not-a-Number values.")
	case v < 0:
		return -1, nil
	case v > 0:
		return 1, nil
	}
	return 0, nil
}

// MathMax is Math.Max(double, double) (.NET Core 3.0+: NaN if either is NaN, +0 > -0).
func MathMax(a, b float64) float64 {
	if math.IsNaN(a) || math.IsNaN(b) {
		return math.NaN()
	}
	if a == b {
		if math.Signbit(a) {
			return b
		}
		return a
	}
	return math.Max(a, b)
}

// MathMin is Math.Min(double, double) (NaN if either is NaN, -0 < +0).
func MathMin(a, b float64) float64 {
	if math.IsNaN(a) || math.IsNaN(b) {
		return math.NaN()
	}
	if a == b {
		if math.Signbit(a) {
			return a
		}
		return b
	}
	return math.Min(a, b)
}

// MathAbsInt is Math.Abs for an integer of bitSize bits: OverflowException for the minimum value.
func MathAbsInt(v int64, bitSize int) (int64, error) {
	if v == -(int64(1) << uint(bitSize-1)) {
		return 0, newError(OverflowException, msgNegateTwosCompNum)
	}
	if v < 0 {
		return -v, nil
	}
	return v, nil
}

// MathClampCheck returns .NET's ArgumentException when min > max for Math.Clamp
// (minText and maxText are the values' ToString()).
func MathClampCheck(minGreater bool, minText, maxText string) error {
	if minGreater {
		return newError(ArgumentException, "'"+minText+"' cannot be greater than "+maxText+".")
	}
	return nil
}

// MathLog is Math.Log(a, newBase) with .NET's special cases.
func MathLog(a, newBase float64) float64 {
	if math.IsNaN(a) {
		return a
	}
	if math.IsNaN(newBase) {
		return newBase
	}
	if newBase == 1 {
		return math.NaN()
	}
	if a != 1 && (newBase == 0 || math.IsInf(newBase, 1)) {
		return math.NaN()
	}
	return math.Log(a) / math.Log(newBase)
}

// MathIEEERemainder is Math.IEEERemainder.
func MathIEEERemainder(x, y float64) float64 { return math.Remainder(x, y) }

// FloorDivRem is Math.DivRem for integers (truncating, as C#'s / and %):
// DivideByZeroException for a zero divisor.
func FloorDivRem(a, b int64) (q, r int64, err error) {
	if b == 0 {
		return 0, 0, newError(DivideByZeroException, msgDivideByZero)
	}
	if b == -1 {
		return -a, 0, nil // -MinValue wraps, as unchecked C#
	}
	return a / b, a % b, nil
}
