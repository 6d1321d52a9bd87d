package bcl

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
)

// Decimal is System.Decimal: a 96-bit unsigned integer mantissa, a sign and a
// scale (power of ten divisor) from 0 to 28. Values with different scales may be
// numerically equal (1.5 and 1.50) and print differently, as in .NET.
// The zero value is 0 with scale 0.
type Decimal struct {
	lo    uint64 // low 64 bits of the mantissa
	hi    uint32 // high 32 bits of the mantissa
	scale uint8
	neg   bool
}

// MaxDecimalScale is the largest scale a Decimal can have.
const MaxDecimalScale = 28

// Decimal constants as .NET defines them.
var (
	DecimalZero     = Decimal{}
	DecimalOne      = Decimal{lo: 1}
	DecimalMinusOne = Decimal{lo: 1, neg: true}
	DecimalMaxValue = Decimal{lo: math.MaxUint64, hi: math.MaxUint32}
	DecimalMinValue = Decimal{lo: math.MaxUint64, hi: math.MaxUint32, neg: true}
)

var (
	bigTen      = big.NewInt(10)
	bigMax96    = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))
	pow10Cache  = makePow10(60)
	errDecOver  = newError(OverflowException, msgDecimalOverflow)
	errDivZero  = newError(DivideByZeroException, msgDivideByZero)
	decPow10u64 = func() (p [20]uint64) {
		p[0] = 1
		for i := 1; i < 20; i++ {
			p[i] = p[i-1] * 10
		}
		return
	}()
)

func makePow10(n int) []*big.Int {
	p := make([]*big.Int, n)
	p[0] = big.NewInt(1)
	for i := 1; i < n; i++ {
		p[i] = new(big.Int).Mul(p[i-1], bigTen)
	}
	return p
}

func pow10(n int) *big.Int {
	if n < len(pow10Cache) {
		return pow10Cache[n]
	}
	return new(big.Int).Exp(bigTen, big.NewInt(int64(n)), nil)
}

// NewDecimal returns the decimal mantissa × 10^-scale (negative when neg).
// It reports an OverflowException when the mantissa needs more than 96 bits or
// the scale is above 28 (it does not round).
func NewDecimal(mantissa *big.Int, scale int) (Decimal, error) {
	m := new(big.Int).Abs(mantissa)
	if scale < 0 || scale > MaxDecimalScale || m.Cmp(bigMax96) > 0 {
		return Decimal{}, errDecOver
	}
	d := fromBigExact(m, scale, mantissa.Sign() < 0)
	return d, nil
}

// NewDecimalFromParts is new decimal(lo, mid, hi, isNegative, scale).
func NewDecimalFromParts(lo, mid, hi int32, negative bool, scale uint8) (Decimal, error) {
	if scale > MaxDecimalScale {
		return Decimal{}, argOutOfRange("scale", "Decimal's scale value must be between 0 and 28, inclusive.")
	}
	return Decimal{lo: uint64(uint32(lo)) | uint64(uint32(mid))<<32, hi: uint32(hi), scale: scale, neg: negative}, nil
}

func fromBigExact(m *big.Int, scale int, neg bool) Decimal {
	var d Decimal
	words := m.Bits()
	// big.Word is 64 bits on all platforms we build for; handle 32 too.
	if bits.UintSize == 64 {
		if len(words) > 0 {
			d.lo = uint64(words[0])
		}
		if len(words) > 1 {
			d.hi = uint32(words[1])
		}
	} else {
		var w [3]uint32
		for i := 0; i < len(words) && i < 3; i++ {
			w[i] = uint32(words[i])
		}
		d.lo = uint64(w[0]) | uint64(w[1])<<32
		d.hi = w[2]
	}
	d.scale = uint8(scale)
	d.neg = neg && (d.lo != 0 || d.hi != 0)
	return d
}

func (d Decimal) mant() *big.Int {
	m := new(big.Int).SetUint64(uint64(d.hi))
	m.Lsh(m, 64)
	return m.Or(m, new(big.Int).SetUint64(d.lo))
}

func (d Decimal) signedMant() *big.Int {
	m := d.mant()
	if d.neg {
		m.Neg(m)
	}
	return m
}

// Scale returns the number of decimal digits after the point (0..28).
func (d Decimal) Scale() int { return int(d.scale) }

// IsZero reports whether d is zero (of any scale or sign).
func (d Decimal) IsZero() bool { return d.lo == 0 && d.hi == 0 }

// IsNegative reports whether d is below zero.
func (d Decimal) IsNegative() bool { return d.neg && !d.IsZero() }

// Sign returns -1, 0 or 1.
func (d Decimal) Sign() int {
	switch {
	case d.IsZero():
		return 0
	case d.neg:
		return -1
	}
	return 1
}

// Bits returns decimal.GetBits(d): lo, mid, hi and the flags word.
func (d Decimal) Bits() [4]int32 {
	flags := int32(d.scale) << 16
	if d.neg {
		flags |= math.MinInt32
	}
	return [4]int32{int32(uint32(d.lo)), int32(uint32(d.lo >> 32)), int32(d.hi), flags}
}

// roundDivBig returns round(n/q) for non-negative n, q>0 by the given mode.
// neg tells the sign of the real value for directed modes.
func roundDivBig(n, q *big.Int, mode MidpointRounding, neg bool) *big.Int {
	quo, rem := new(big.Int).QuoRem(n, q, new(big.Int))
	if rem.Sign() == 0 {
		return quo
	}
	up := false
	switch mode {
	case ToZero:
	case ToNegativeInfinity:
		up = neg
	case ToPositiveInfinity:
		up = !neg
	default:
		c := new(big.Int).Lsh(rem, 1).Cmp(q)
		switch {
		case c > 0:
			up = true
		case c == 0:
			if mode == AwayFromZero {
				up = true
			} else {
				up = quo.Bit(0) == 1
			}
		}
	}
	if up {
		quo.Add(quo, big.NewInt(1))
	}
	return quo
}

// fitDecimal turns the exact value m × 10^-scale (m ≥ 0) into a Decimal,
// rounding half to even when the mantissa is too wide or the scale above 28,
// as .NET's decimal arithmetic does; overflow when it cannot fit at scale 0.
func fitDecimal(m *big.Int, scale int, neg bool) (Decimal, error) {
	if scale < 0 {
		m = new(big.Int).Mul(m, pow10(-scale))
		scale = 0
	}
	if scale <= MaxDecimalScale && m.Cmp(bigMax96) <= 0 {
		return fromBigExact(m, scale, neg), nil
	}
	k := 0
	if scale > MaxDecimalScale {
		k = scale - MaxDecimalScale
	}
	if extra := (m.BitLen() - 96) * 30103 / 100000; extra-1 > k {
		k = extra - 1
	}
	for ; k <= scale; k++ {
		q := roundDivBig(m, pow10(k), ToEven, neg)
		if q.Cmp(bigMax96) <= 0 {
			return fromBigExact(q, scale-k, neg), nil
		}
	}
	return Decimal{}, errDecOver
}

// DecimalFromInt64 converts an integer exactly.
func DecimalFromInt64(v int64) Decimal {
	if v < 0 {
		return Decimal{lo: uint64(-v), neg: true} // -MinInt64 wraps to 1<<63, the right magnitude
	}
	return Decimal{lo: uint64(v)}
}

// DecimalFromUint64 converts an integer exactly.
func DecimalFromUint64(v uint64) Decimal { return Decimal{lo: v} }

// DecimalFromFloat64 is the explicit conversion (decimal)double: the value is
// rounded to 15 significant digits and trailing zeros are dropped, as .NET's
// VarDecFromR8 does. NaN, infinities and values beyond ±7.9e28 overflow.
// Reference: .NET documentation of Decimal(Double): "contains 15 significant digits".
func DecimalFromFloat64(f float64) (Decimal, error) {
	return decimalFromFloat(f, 15)
}

// DecimalFromFloat32 is (decimal)float: 7 significant digits.
func DecimalFromFloat32(f float32) (Decimal, error) {
	return decimalFromFloat(float64(f), 7)
}

func decimalFromFloat(f float64, digits int) (Decimal, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) || math.Abs(f) >= 7.9228162514264338e28 {
		return Decimal{}, errDecOver
	}
	if f == 0 {
		return Decimal{}, nil
	}
	s := strconv.FormatFloat(math.Abs(f), 'e', digits-1, 64)
	mant, exp, _ := strings.Cut(s, "e")
	mant = strings.Replace(mant, ".", "", 1)
	e, _ := strconv.Atoi(exp)
	mant = strings.TrimRight(mant, "0")
	// value = 0.mant × 10^(e+1); as integer mant × 10^(e+1-len)
	scale := len(mant) - (e + 1)
	m, _ := new(big.Int).SetString(mant, 10)
	if scale > MaxDecimalScale {
		m = roundDivBig(m, pow10(scale-MaxDecimalScale), ToEven, f < 0)
		scale = MaxDecimalScale
		if m.Sign() == 0 {
			return Decimal{}, nil // too small: plain 0 (VarDecFromR8 gives scale 0), as (decimal)1e-30 prints "0"
		}
	}
	return fitDecimal(m, scale, f < 0)
}

// Float64 converts d to the nearest double.
func (d Decimal) Float64() float64 {
	if d.scale == 0 && d.hi == 0 {
		f := float64(d.lo)
		if d.neg {
			f = -f
		}
		return f
	}
	r := new(big.Rat).SetFrac(d.signedMant(), pow10(int(d.scale)))
	f, _ := r.Float64()
	return f
}

// Float32 converts d to the nearest float.
func (d Decimal) Float32() float32 {
	r := new(big.Rat).SetFrac(d.signedMant(), pow10(int(d.scale)))
	f, _ := r.Float32()
	return f
}

// Int64 converts d truncating toward zero, as the explicit conversion (long)d.
// Values outside long's range report OverflowException.
func (d Decimal) Int64() (int64, error) {
	t := d.Truncate()
	m := t.signedMant()
	if !m.IsInt64() {
		return 0, overflowFor("Int64")
	}
	return m.Int64(), nil
}

// Uint64 converts d truncating toward zero, as (ulong)d.
func (d Decimal) Uint64() (uint64, error) {
	t := d.Truncate()
	m := t.signedMant()
	if !m.IsUint64() {
		return 0, overflowFor("UInt64")
	}
	return m.Uint64(), nil
}

// BigInt returns the integer mantissa with its sign; the value is BigInt × 10^-Scale.
func (d Decimal) BigInt() *big.Int { return d.signedMant() }

// Neg returns -d.
func (d Decimal) Neg() Decimal {
	if d.IsZero() {
		return d
	}
	d.neg = !d.neg
	return d
}

// Abs returns |d|.
func (d Decimal) Abs() Decimal { d.neg = false; return d }

func alignScales(a, b Decimal) (*big.Int, *big.Int, int) {
	s := max(int(a.scale), int(b.scale))
	x := a.signedMant()
	y := b.signedMant()
	if int(a.scale) < s {
		x.Mul(x, pow10(s-int(a.scale)))
	}
	if int(b.scale) < s {
		y.Mul(y, pow10(s-int(b.scale)))
	}
	return x, y, s
}

// Add returns a + b; the scale is the larger of the two (reduced with rounding when
// the result would not fit), OverflowException when it exceeds ±79228162514264337593543950335.
func (a Decimal) Add(b Decimal) (Decimal, error) {
	if a.hi == 0 && b.hi == 0 && a.scale == b.scale && a.lo < 1<<62 && b.lo < 1<<62 {
		x, y := int64(a.lo), int64(b.lo)
		if a.neg {
			x = -x
		}
		if b.neg {
			y = -y
		}
		return decimalFromInt64Scale(x+y, a.scale), nil
	}
	x, y, s := alignScales(a, b)
	x.Add(x, y)
	neg := x.Sign() < 0
	return fitDecimal(x.Abs(x), s, neg)
}

func decimalFromInt64Scale(v int64, scale uint8) Decimal {
	d := DecimalFromInt64(v)
	d.scale = scale
	return d
}

// Sub returns a - b.
func (a Decimal) Sub(b Decimal) (Decimal, error) { return a.Add(b.Neg()) }

// Mul returns a × b: the scale is the sum of the scales, rounded half to even to fit.
func (a Decimal) Mul(b Decimal) (Decimal, error) {
	if a.hi == 0 && b.hi == 0 && int(a.scale)+int(b.scale) <= MaxDecimalScale {
		hi, lo := bits.Mul64(a.lo, b.lo)
		if hi == 0 {
			return Decimal{lo: lo, scale: a.scale + b.scale, neg: (a.neg != b.neg) && lo != 0}, nil
		}
	}
	m := new(big.Int).Mul(a.mant(), b.mant())
	return fitDecimal(m, int(a.scale)+int(b.scale), a.neg != b.neg)
}

// Div returns a / b as .NET computes it: exact when the quotient has a finite
// representation within 28 decimals (with the smallest scale not below
// scale(a)-scale(b)), else as many digits as fit in 96 bits, rounded half to even.
func (a Decimal) Div(b Decimal) (Decimal, error) {
	if b.IsZero() {
		return Decimal{}, errDivZero
	}
	neg := a.neg != b.neg
	num := a.mant()
	den := b.mant()
	s := int(a.scale) - int(b.scale)
	if s < 0 {
		num.Mul(num, pow10(-s))
		s = 0
	}
	if num.Sign() == 0 {
		return fromBigExact(num, s, false), nil
	}
	q, r := new(big.Int).QuoRem(num, den, new(big.Int))
	if q.Cmp(bigMax96) > 0 {
		if r.Sign() == 0 {
			return fitDecimal(q, s, neg)
		}
		return fitRational(num, den, s, neg)
	}
	if r.Sign() == 0 {
		return fromBigExact(q, s, neg), nil
	}
	// Add digits while they fit and the division is inexact.
	lastFit := s
	for k := s + 1; k <= MaxDecimalScale; k++ {
		n := new(big.Int).Mul(num, pow10(k-s))
		q, r = new(big.Int).QuoRem(n, den, new(big.Int))
		if q.Cmp(bigMax96) > 0 {
			break
		}
		lastFit = k
		if r.Sign() == 0 {
			return fromBigExact(q, k, neg), nil
		}
	}
	for k := lastFit; k >= 0; k-- {
		n := new(big.Int).Mul(num, pow10(k-s))
		q := roundDivBig(n, den, ToEven, neg)
		if q.Cmp(bigMax96) <= 0 {
			return fromBigExact(q, k, neg), nil
		}
	}
	return Decimal{}, errDecOver
}

// fitRational rounds num/den × 10^-s when the quotient at scale s is too wide.
func fitRational(num, den *big.Int, s int, neg bool) (Decimal, error) {
	for k := 1; k <= s; k++ {
		q := roundDivBig(num, new(big.Int).Mul(den, pow10(k)), ToEven, neg)
		if q.Cmp(bigMax96) <= 0 {
			return fromBigExact(q, s-k, neg), nil
		}
	}
	return Decimal{}, errDecOver
}

// Rem returns a % b: a - b × truncate(a/b), exact, with the larger scale and a's sign.
func (a Decimal) Rem(b Decimal) (Decimal, error) {
	if b.IsZero() {
		return Decimal{}, errDivZero
	}
	x, y, s := alignScales(a, b)
	x.Rem(x, y)
	neg := a.neg
	return fitDecimal(x.Abs(x), s, neg)
}

// Cmp compares numerically: -1, 0 or 1.
func (a Decimal) Cmp(b Decimal) int {
	if a.scale == b.scale {
		sa, sb := a.Sign(), b.Sign()
		if sa != sb {
			if sa < sb {
				return -1
			}
			return 1
		}
		c := 0
		switch {
		case a.hi != b.hi:
			c = cmpU(uint64(a.hi), uint64(b.hi))
		default:
			c = cmpU(a.lo, b.lo)
		}
		if sa < 0 {
			c = -c
		}
		return c
	}
	x, y, _ := alignScales(a, b)
	return x.Cmp(y)
}

func cmpU(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Equal reports numeric equality (1.5 == 1.50).
func (a Decimal) Equal(b Decimal) bool { return a.Cmp(b) == 0 }

// MidpointRounding is System.MidpointRounding.
type MidpointRounding int

// The values of System.MidpointRounding.
const (
	ToEven             MidpointRounding = 0
	AwayFromZero       MidpointRounding = 1
	ToZero             MidpointRounding = 2
	ToNegativeInfinity MidpointRounding = 3
	ToPositiveInfinity MidpointRounding = 4
)

// Round is Math.Round(d, decimals, mode): decimals 0..28 (else ArgumentOutOfRangeException).
// When d has no more than decimals digits it is returned unchanged (keeping its scale).
func (d Decimal) Round(decimals int, mode MidpointRounding) (Decimal, error) {
	if decimals < 0 || decimals > MaxDecimalScale {
		return Decimal{}, argOutOfRange("decimals", "Decimal can only round to between 0 and 28 digits of precision.")
	}
	if mode < ToEven || mode > ToPositiveInfinity {
		return Decimal{}, &Error{Type: ArgumentException, Message: "The value '" + strconv.Itoa(int(mode)) + "' is not valid for this usage of the type MidpointRounding. (Parameter 'mode')", Param: "mode"}
	}
	if int(d.scale) <= decimals {
		return d, nil
	}
	q := roundDivBig(d.mant(), pow10(int(d.scale)-decimals), mode, d.neg)
	return fromBigExact(q, decimals, d.neg), nil
}

// Truncate drops the fraction (scale 0).
func (d Decimal) Truncate() Decimal {
	r, _ := d.Round(0, ToZero)
	return r
}

// Floor rounds toward negative infinity (scale 0).
func (d Decimal) Floor() Decimal {
	r, _ := d.Round(0, ToNegativeInfinity)
	return r
}

// Ceiling rounds toward positive infinity (scale 0).
func (d Decimal) Ceiling() Decimal {
	r, _ := d.Round(0, ToPositiveInfinity)
	return r
}

// digits returns the mantissa's decimal digits (no leading zeros; "0" for zero).
func (d Decimal) digits() string {
	if d.hi == 0 {
		return strconv.FormatUint(d.lo, 10)
	}
	return d.mant().String()
}

// String is d.ToString() with the invariant culture: trailing zeros of the scale
// are kept ("1.50"), negative zero prints without a sign.
func (d Decimal) String() string {
	ds := d.digits()
	var sb strings.Builder
	if d.IsNegative() {
		sb.WriteByte('-')
	}
	sc := int(d.scale)
	if sc == 0 {
		sb.WriteString(ds)
		return sb.String()
	}
	if len(ds) <= sc {
		sb.WriteString("0.")
		sb.WriteString(strings.Repeat("0", sc-len(ds)))
		sb.WriteString(ds)
		return sb.String()
	}
	sb.WriteString(ds[:len(ds)-sc])
	sb.WriteByte('.')
	sb.WriteString(ds[len(ds)-sc:])
	return sb.String()
}

func overflowFor(typeName string) *Error {
	art := "a"
	switch typeName {
	case "Int32", "Int64", "Int16", "Int128":
		art = "an"
	case "Byte":
		return newError(OverflowException, "Value was either too large or too small for an unsigned byte.")
	case "SByte":
		return newError(OverflowException, "Value was either too large or too small for a signed byte.")
	}
	return newError(OverflowException, "Value was either too large or too small for "+art+" "+typeName+".")
}
