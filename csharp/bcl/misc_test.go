package bcl

import (
	"bytes"
	"math"
	"testing"
)

// Reference: Convert.ToInt32(Double) docs ("rounded to the nearest 32-bit signed
// integer. If value is halfway between two whole numbers, the even number is returned"),
// Convert.ToString(Int32, Int32) docs (two's complement for negative non-decimal),
// Convert.ToInt32(String, Int32) docs.
func TestConvert(t *testing.T) {
	for _, tt := range []struct {
		v    float64
		want int64
	}{{2.5, 2}, {3.5, 4}, {-2.5, -2}, {2.4999, 2}, {-0.6, -1}} {
		if got, err := ConvertFloat64ToInt64(tt.v, 32); err != nil || got != tt.want {
			t.Errorf("Convert.ToInt32(%v) = %d %v", tt.v, got, err)
		}
	}
	if _, err := ConvertFloat64ToInt64(2147483647.5, 32); err == nil {
		t.Errorf("ToInt32(2147483647.5) no overflow")
	}
	if v, err := ConvertDecimalToInt64(mustDec(t, "4.5"), 32); err != nil || v != 4 {
		t.Errorf("ToInt32(4.5m) = %d", v)
	}
	for _, tt := range []struct {
		v    int64
		base int
		want string
	}{{255, 16, "ff"}, {-1, 16, "ffffffff"}, {5, 2, "101"}, {-8, 8, "37777777770"}, {-42, 10, "-42"}} {
		if got, err := FormatIntBase(tt.v, 32, tt.base); err != nil || got != tt.want {
			t.Errorf("ToString(%d, %d) = %q", tt.v, tt.base, got)
		}
	}
	if _, err := FormatIntBase(1, 32, 3); err == nil {
		t.Errorf("base 3 accepted")
	}
	for _, tt := range []struct {
		s    string
		base int
		want int64
	}{{"ff", 16, 255}, {"0xFF", 16, 255}, {"FFFFFFFF", 16, -1}, {"101", 2, 5}, {"-42", 10, -42}} {
		if got, err := ParseIntBase(tt.s, 32, tt.base); err != nil || got != tt.want {
			t.Errorf("ToInt32(%q, %d) = %d %v", tt.s, tt.base, got, err)
		}
	}
	if _, err := ParseIntBase("12x", 32, 16); err == nil || err.(*Error).Message != "Additional non-parsable characters are at the end of the string." {
		t.Errorf("trailing junk: %v", err)
	}
	if _, err := ParseIntBase("1FFFFFFFF", 32, 16); err == nil || err.(*Error).Type != OverflowException {
		t.Errorf("overflow: %v", err)
	}
	b, err := FromBase64String(" aGVs\nbG8= ")
	if err != nil || string(b) != "hello" {
		t.Errorf("FromBase64String = %q %v", b, err)
	}
	if _, err := FromBase64String("abc"); err == nil {
		t.Errorf("bad base64 accepted")
	}
	if ToBase64String([]byte("hello")) != "aGVsbG8=" {
		t.Errorf("ToBase64String")
	}
	if ToHexString([]byte{0xAB, 1}) != "AB01" {
		t.Errorf("ToHexString")
	}
	for s, want := range map[string]bool{"True": true, " false ": false, "TRUE": true} {
		if got, err := ParseBool(s); err != nil || got != want {
			t.Errorf("bool.Parse(%q) = %v %v", s, got, err)
		}
	}
	if _, err := ParseBool("yes"); err == nil || err.(*Error).Message != "String 'yes' was not recognized as a valid Boolean." {
		t.Errorf("bool.Parse(yes): %v", err)
	}
}

// Reference: Math.Round(Double, Int32, MidpointRounding) docs and dotnet/runtime#97287
// (Math.Round(256.3665, 3, AwayFromZero) is 256.366 because 256.3665 is below the midpoint).
func TestMathRound(t *testing.T) {
	tests := []struct {
		v      float64
		digits int
		mode   MidpointRounding
		want   float64
	}{
		{2.5, 0, ToEven, 2},
		{3.5, 0, ToEven, 4},
		{2.5, 0, AwayFromZero, 3},
		{-2.5, 0, AwayFromZero, -3},
		{2.675, 2, ToEven, 2.68}, // 2.675*100 rounds to exactly 267.5 in binary, then to even: .NET's scale-and-round algorithm
		{1.005, 2, AwayFromZero, 1},
		{256.3665, 3, AwayFromZero, 256.366},
		{255.3665, 3, AwayFromZero, 255.367},
		{-1.23456, 3, ToNegativeInfinity, -1.235},
		{1e20, 2, ToEven, 1e20},
	}
	for _, tt := range tests {
		got, err := MathRound(tt.v, tt.digits, tt.mode)
		if err != nil || got != tt.want {
			t.Errorf("Math.Round(%v, %d, %d) = %v %v, want %v", tt.v, tt.digits, tt.mode, got, err, tt.want)
		}
	}
	if _, err := MathRound(1, 16, ToEven); err == nil {
		t.Errorf("digits 16 accepted")
	}
	if _, err := MathSign(math.NaN()); err == nil {
		t.Errorf("Sign(NaN) accepted")
	}
	if !math.IsNaN(MathMax(1, math.NaN())) || math.Signbit(MathMax(math.Copysign(0, -1), 0)) {
		t.Errorf("Math.Max special cases")
	}
	if _, err := MathAbsInt(math.MinInt32, 32); err == nil {
		t.Errorf("Abs(int.MinValue) accepted")
	}
}

// Reference: Encoding.UTF8/ASCII/Unicode docs; U+FFFD per maximal subpart
// (Unicode 15 §3.9 "U+FFFD Substitution of Maximal Subparts", which .NET Core 3.0+ follows).
func TestEncoding(t *testing.T) {
	if got := EncodingUTF8.GetBytes("é"); !bytes.Equal(got, []byte{0xC3, 0xA9}) {
		t.Errorf("UTF8 é = %x", got)
	}
	if got := EncodingASCII.GetBytes("héllo"); string(got) != "h?llo" {
		t.Errorf("ASCII = %q", got)
	}
	if got := EncodingUnicode.GetBytes("A€"); !bytes.Equal(got, []byte{0x41, 0, 0xAC, 0x20}) {
		t.Errorf("Unicode = %x", got)
	}
	if got := EncodingUnicode.GetString([]byte{0x41, 0, 0xAC, 0x20}); got != "A€" {
		t.Errorf("Unicode GetString = %q", got)
	}
	if got := EncodingUTF8.GetString([]byte{'a', 0xE2, 0x82, 'b', 0xFF}); got != "a\uFFFDb\uFFFD" {
		t.Errorf("UTF8 invalid = %q", got)
	}
	if got := EncodingASCII.GetString([]byte{'a', 0xC3}); got != "a?" {
		t.Errorf("ASCII GetString = %q", got)
	}
	if BitConverterToString([]byte{1, 0xAB, 0x10}) != "01-AB-10" {
		t.Errorf("BitConverter.ToString")
	}
	if got := BitConverterGetBytesInt(uint64(uint32(258)), 32); !bytes.Equal(got, []byte{2, 1, 0, 0}) {
		t.Errorf("GetBytes(258) = %x", got)
	}
	if v, err := BitConverterToUint([]byte{2, 1, 0, 0}, 0, 32); err != nil || v != 258 {
		t.Errorf("ToInt32 = %d %v", v, err)
	}
}

// Reference: Uri.EscapeDataString docs (RFC 3986 unreserved characters) and
// WebUtility.UrlEncode (space as '+').
func TestUri(t *testing.T) {
	if got := EscapeDataString("a b&c=d/é~"); got != "a%20b%26c%3Dd%2F%C3%A9~" {
		t.Errorf("EscapeDataString = %q", got)
	}
	// checked against Mono 6.8
	if got := EscapeUriString(`http://x/a b?c=d e&f=100%#frag[1]@!$'()*+,;=<>"{}|\^` + "`ü"); got != `http://x/a%20b?c=d%20e&f=100%25#frag[1]@!$'()*+,;=%3C%3E%22%7B%7D%7C%5C%5E%60%C3%BC` {
		t.Errorf("EscapeUriString = %q", got)
	}
	if got := UnescapeDataString("a%20b%C3%A9%zz%FF"); got != "a bé%zz%FF" {
		t.Errorf("UnescapeDataString = %q", got)
	}
	if got := UrlEncode("a b&c!"); got != "a+b%26c!" {
		t.Errorf("UrlEncode = %q", got)
	}
	if got := UrlDecode("a+b%26c"); got != "a b&c" {
		t.Errorf("UrlDecode = %q", got)
	}
	if got := HtmlEncode(`<a href="x">'&'</a> ©`); got != "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt; &#169;" {
		t.Errorf("HtmlEncode = %q", got)
	}
	if got := HtmlDecode("&lt;b&gt; &#169; &amp;"); got != "<b> © &" {
		t.Errorf("HtmlDecode = %q", got)
	}
	u, err := ParseUri("HTTPS://Example.com:8443/a%20b/c?x=1#frag")
	if err != nil {
		t.Fatal(err)
	}
	if u.Scheme() != "https" || u.Host() != "example.com" || u.Port() != 8443 || u.AbsolutePath() != "/a%20b/c" || u.Query() != "?x=1" || u.Fragment() != "#frag" {
		t.Errorf("Uri parts: %s %s %d %s %s %s", u.Scheme(), u.Host(), u.Port(), u.AbsolutePath(), u.Query(), u.Fragment())
	}
	u2, _ := ParseUri("http://example.com")
	if u2.AbsoluteUri() != "http://example.com/" || u2.Port() != 80 {
		t.Errorf("AbsoluteUri = %s", u2.AbsoluteUri())
	}
	if _, err := ParseUri("not a uri"); err == nil || err.(*Error).Type != UriFormatException {
		t.Errorf("bad uri: %v", err)
	}
}
