package syntax

import (
	"os"
	"testing"
)

// BenchmarkParseParking parses the seed's parking sample (target: parse +
// check under 1 ms).
func BenchmarkParseParking(b *testing.B) {
	src, err := os.ReadFile("testdata/ParkingRoutePointSample.cs")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseFile("ParkingRoutePointSample.cs", src); err != nil {
			b.Fatal(err)
		}
	}
}
