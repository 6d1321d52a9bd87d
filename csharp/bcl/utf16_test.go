package bcl

import "testing"

// Reference: .NET strings are UTF-16 ("😀".Length == 2); char.IsX follow Unicode
// categories (docs of System.Char); OrdinalIgnoreCase upper-cases invariantly.
func TestUTF16(t *testing.T) {
	s := "a😀b"
	if n := UTF16Len(s); n != 4 {
		t.Errorf("Length = %d", n)
	}
	if c, _ := UTF16At(s, 1); c != 0xD83D {
		t.Errorf("s[1] = %x", c)
	}
	if c, _ := UTF16At(s, 3); c != 'b' {
		t.Errorf("s[3] = %x", c)
	}
	if got := UTF16Substring(s, 1, 2); got != "😀" {
		t.Errorf("Substring(1,2) = %q", got)
	}
	if got := UTF16Substring(s, 3, 1); got != "b" {
		t.Errorf("Substring(3,1) = %q", got)
	}
	if i := IndexOfOrdinal(s, "b"); i != 3 {
		t.Errorf("IndexOf(b) = %d", i)
	}
	if got := UTF16Substring("héllo", 1, 3); got != "éll" {
		t.Errorf("Substring = %q", got)
	}
}

func TestCharClassification(t *testing.T) {
	tests := []struct {
		name string
		f    func(uint16) bool
		c    uint16
		want bool
	}{
		{"IsLetter", CharIsLetter, 'a', true},
		{"IsLetter", CharIsLetter, 'é', true},
		{"IsLetter", CharIsLetter, '1', false},
		{"IsDigit", CharIsDigit, '7', true},
		{"IsDigit", CharIsDigit, 0x0663, true}, // ARABIC-INDIC DIGIT THREE: .NET's IsDigit is Unicode Nd
		{"IsDigit", CharIsDigit, '²', false},
		{"IsNumber", CharIsNumber, '²', true},
		{"IsWhiteSpace", CharIsWhiteSpace, ' ', true},
		{"IsWhiteSpace", CharIsWhiteSpace, 0xA0, true},
		{"IsWhiteSpace", CharIsWhiteSpace, 0x2028, true},
		{"IsWhiteSpace", CharIsWhiteSpace, 0x200B, false}, // ZERO WIDTH SPACE is Cf
		{"IsUpper", CharIsUpper, 'A', true},
		{"IsLower", CharIsLower, 'A', false},
		{"IsPunctuation", CharIsPunctuation, '!', true},
		{"IsSymbol", CharIsSymbol, '+', true},
		{"IsControl", CharIsControl, '\n', true},
		{"IsHighSurrogate", CharIsHighSurrogate, 0xD83D, true},
	}
	for _, tt := range tests {
		if got := tt.f(tt.c); got != tt.want {
			t.Errorf("char.%s(%q) = %v", tt.name, rune(tt.c), got)
		}
	}
	if v := CharGetNumericValue('7'); v != 7 {
		t.Errorf("GetNumericValue('7') = %v", v)
	}
	if v := CharGetNumericValue(0x0663); v != 3 {
		t.Errorf("GetNumericValue(٣) = %v", v)
	}
}

func TestCompare(t *testing.T) {
	if CompareOrdinal("a", "B") <= 0 {
		t.Errorf("ordinal a vs B: 'a' (97) > 'B' (66)")
	}
	if CompareOrdinalIgnoreCase("hello", "HELLO") != 0 {
		t.Errorf("OrdinalIgnoreCase")
	}
	// U+FF61 sorts after the high surrogate of an emoji in UTF-16, before it in code points.
	if CompareOrdinal("\uFF61", "😀") <= 0 {
		t.Errorf("ordinal must compare UTF-16 units")
	}
	// invariant culture: case-insensitive first, lower before upper
	tests := []struct {
		a, b string
		want int
	}{
		{"a", "B", -1},
		{"apple", "Apple", -1},
		{"Apple", "banana", -1},
		{"resume", "résumé", -1},
		{"abc", "abc", 0},
		{"a", "ab", -1},
		{"1", "a", -1},
	}
	for _, tt := range tests {
		if got := CompareInvariant(tt.a, tt.b); got != tt.want {
			t.Errorf("Compare(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
	if ToUpperInvariant("straße") != "STRAßE" {
		t.Errorf("ToUpperInvariant(straße) = %q", ToUpperInvariant("straße"))
	}
	if TrimWhiteSpace("\u00a0 x \t") != "x" {
		t.Errorf("Trim")
	}
}

// Reference: dotnet/runtime pal_casing.c ChangeCaseInvariant (U+0131 upper-cases
// and U+0130 lower-cases to itself, matching Windows); Mono 6.8 agrees.
func TestInvariantCaseTurkishI(t *testing.T) {
	if got := ToUpperInvariant("ıi"); got != "ıI" {
		t.Errorf("ToUpperInvariant = %q", got)
	}
	if got := ToLowerInvariant("İI"); got != "İi" {
		t.Errorf("ToLowerInvariant = %q", got)
	}
	if EqualsOrdinalIgnoreCase("ı", "I") {
		t.Errorf("ı equals I ignoring case")
	}
	if CharUnicodeCategory('a') != 1 || CharUnicodeCategory('1') != 8 || CharUnicodeCategory(' ') != 11 || CharUnicodeCategory(0xD800) != 16 || CharUnicodeCategory('+') != 25 {
		t.Errorf("CharUnicodeCategory")
	}
}

// Reference: Unicode numeric values (UnicodeData.txt field 8), as char.GetNumericValue.
func TestCharNumericValue(t *testing.T) {
	for _, tt := range []struct {
		c    rune
		want float64
	}{{'7', 7}, {'٣', 3}, {'۹', 9}, {'½', 0.5}, {'²', 2}, {'Ⅻ', 12}, {'⑤', 5}, {'x', -1}, {'-', -1}} {
		if got := CharNumericValue(uint16(tt.c)); got != tt.want {
			t.Errorf("CharNumericValue(%q) = %v, want %v", tt.c, got, tt.want)
		}
	}
}
