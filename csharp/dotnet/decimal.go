package dotnet

import (
	"rpbench/csharp/bcl"
)

// decimalOps implements eval.DecimalOps with bcl.Decimal values (held by value in Value.R).
type decimalOps struct{}

func dec(a any) bcl.Decimal {
	if d, ok := a.(bcl.Decimal); ok {
		return d
	}
	return bcl.Decimal{}
}

func (decimalOps) FromInt64(v int64) any { return bcl.DecimalFromInt64(v) }

func (decimalOps) FromFloat64(f float64) (any, bool) {
	d, err := bcl.DecimalFromFloat64(f)
	return d, err == nil
}

func (decimalOps) ToFloat64(a any) float64 { return dec(a).Float64() }

func (decimalOps) Arith(op byte, a, b any) (any, string) {
	x, y := dec(a), dec(b)
	var r bcl.Decimal
	var err error
	switch op {
	case '+':
		r, err = x.Add(y)
	case '-':
		r, err = x.Sub(y)
	case '*':
		r, err = x.Mul(y)
	case '/':
		r, err = x.Div(y)
	case '%':
		r, err = x.Rem(y)
	}
	if err != nil {
		if err.(*bcl.Error).Type == bcl.DivideByZeroException {
			return nil, "divide by zero"
		}
		return nil, "overflow"
	}
	return r, ""
}

func (decimalOps) Cmp(a, b any) int { return dec(a).Cmp(dec(b)) }

func (decimalOps) Neg(a any) any { return dec(a).Neg() }

func (decimalOps) String(a any) string { return dec(a).String() }

func (decimalOps) Format(a any, format string) (string, error) {
	return bcl.FormatDecimal(dec(a), format)
}

func (decimalOps) Parse(s string) (any, bool) {
	d, err := bcl.ParseDecimalStyle(s, bcl.StyleFloat|bcl.StyleAllowThousands)
	return d, err == nil
}

func (decimalOps) Truncate(a any) (int64, bool) {
	v, err := dec(a).Int64()
	return v, err == nil
}
