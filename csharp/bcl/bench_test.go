package bcl

import "testing"

func BenchmarkFormatFloat64Default(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Float64String(1234.5678)
	}
}

func BenchmarkFormatFloat64F2(b *testing.B) {
	for i := 0; i < b.N; i++ {
		FormatFloat64(1234.5678, "F2")
	}
}

func BenchmarkFormatIntN0(b *testing.B) {
	for i := 0; i < b.N; i++ {
		FormatInt(int64(i), 32, "N0")
	}
}

func BenchmarkFormatCustom(b *testing.B) {
	for i := 0; i < b.N; i++ {
		FormatFloat64(1234.5678, "#,##0.00")
	}
}

func BenchmarkDecimalAdd(b *testing.B) {
	x, _ := ParseDecimal("1234.56")
	y, _ := ParseDecimal("0.01")
	for i := 0; i < b.N; i++ {
		x, _ = x.Add(y)
	}
}

func BenchmarkDecimalMulDiv(b *testing.B) {
	x, _ := ParseDecimal("1234.56")
	y, _ := ParseDecimal("3")
	for i := 0; i < b.N; i++ {
		z, _ := x.Mul(y)
		z.Div(y)
	}
}

func BenchmarkComposite(b *testing.B) {
	args := []float64{3.14159, 42}
	for i := 0; i < b.N; i++ {
		FormatComposite("x={0,8:F2} y={1}", 2, func(i int, f string, _ bool) (string, error) {
			return FormatFloat64(args[i], f)
		})
	}
}

func BenchmarkDateTimeFormat(b *testing.B) {
	d, _ := NewDateTime(2024, 1, 15, 10, 30, 0, 0, KindUtc)
	for i := 0; i < b.N; i++ {
		d.Format("yyyy-MM-dd HH:mm:ss", nil)
	}
}

func BenchmarkRegexMatch(b *testing.B) {
	re, _ := CompileRegex(`(?<y>\d{4})-(\d\d)-(\d\d)`, 0)
	for i := 0; i < b.N; i++ {
		re.Match("on 2024-03-15!", 0)
	}
}

func BenchmarkSplit(b *testing.B) {
	seps := ToUTF16(";,")
	for i := 0; i < b.N; i++ {
		Split(" 100 ; 200;;300 ,sip:alice@pbx;tag=1", seps, nil, -1, SplitRemoveEmptyEntries|SplitTrimEntries)
	}
}
