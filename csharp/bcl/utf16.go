package bcl

import (
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// C# strings are sequences of UTF-16 code units. The helpers below work on Go
// (UTF-8) strings and count, index and cut in UTF-16 units, so Length,
// Substring and IndexOf agree with .NET for text outside the BMP (emoji count
// 2). A cut through a surrogate pair cannot be held in UTF-8: the lone half is
// replaced by U+FFFD.

// UTF16Len is the string's Length in UTF-16 code units.
func UTF16Len(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// IsASCII reports whether s has only ASCII characters (then UTF-16 and byte indices agree).
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// ToUTF16 converts s to UTF-16 code units.
func ToUTF16(s string) []uint16 { return utf16.Encode([]rune(s)) }

// FromUTF16 converts UTF-16 code units to a string (lone surrogates become U+FFFD).
func FromUTF16(u []uint16) string { return string(utf16.Decode(u)) }

// UTF16At returns s[index] as a UTF-16 code unit; ok is false when index is out of range.
func UTF16At(s string, index int) (c uint16, ok bool) {
	if index < 0 {
		return 0, false
	}
	if IsASCII(s) {
		if index >= len(s) {
			return 0, false
		}
		return uint16(s[index]), true
	}
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			hi, lo := utf16.EncodeRune(r)
			if n == index {
				return uint16(hi), true
			}
			if n+1 == index {
				return uint16(lo), true
			}
			n += 2
			continue
		}
		if n == index {
			return uint16(r), true
		}
		n++
	}
	return 0, false
}

// UTF16ByteOffset converts a UTF-16 index into a byte offset in s (len(s) for
// the end). An index inside a surrogate pair maps to the start of that rune.
func UTF16ByteOffset(s string, index int) int {
	n := 0
	for i, r := range s {
		if n >= index {
			return i
		}
		if r >= 0x10000 {
			n += 2
			if n > index {
				return i
			}
		} else {
			n++
		}
	}
	return len(s)
}

// UTF16Index converts a byte offset of s into a UTF-16 index.
func UTF16Index(s string, byteOff int) int {
	if byteOff > len(s) {
		byteOff = len(s)
	}
	return UTF16Len(s[:byteOff])
}

// UTF16Substring is s.Substring(start, length) in UTF-16 units; the caller
// validates the range (0 ≤ start, start+length ≤ Length).
func UTF16Substring(s string, start, length int) string {
	if IsASCII(s) {
		return s[start : start+length]
	}
	u := ToUTF16(s)
	return FromUTF16(u[start : start+length])
}

// IndexOfOrdinal is s.IndexOf(sub, StringComparison.Ordinal) as a UTF-16 index (-1 when absent).
func IndexOfOrdinal(s, sub string) int {
	i := strings.Index(s, sub)
	if i < 0 {
		return -1
	}
	return UTF16Index(s, i)
}

// LastIndexOfOrdinal is s.LastIndexOf(sub, StringComparison.Ordinal).
func LastIndexOfOrdinal(s, sub string) int {
	i := strings.LastIndex(s, sub)
	if i < 0 {
		return -1
	}
	return UTF16Index(s, i)
}

// utf16First returns the first UTF-16 unit of r and, for supplementary runes, the second.
func utf16Units(r rune) (uint16, uint16) {
	if r >= 0x10000 {
		hi, lo := utf16.EncodeRune(r)
		return uint16(hi), uint16(lo)
	}
	return uint16(r), 0
}

// CompareOrdinal is string.CompareOrdinal: the UTF-16 code unit sequences compared
// numerically; the result is negative, zero or positive.
func CompareOrdinal(a, b string) int {
	return compareRunes(a, b, func(r rune) rune { return r })
}

// CompareOrdinalIgnoreCase is string.Compare(a, b, StringComparison.OrdinalIgnoreCase):
// both strings are upper-cased per character with the invariant simple case mapping.
func CompareOrdinalIgnoreCase(a, b string) int {
	return compareRunes(a, b, upperRune)
}

// upperRune and lowerRune are .NET's invariant simple case mappings: Unicode's,
// except that the dotless ı (U+0131) upper-cases and the dotted İ (U+0130)
// lower-cases to themselves, as .NET special-cases them to match Windows.
func upperRune(r rune) rune {
	if r == 0x131 {
		return r
	}
	return unicode.ToUpper(r)
}

func lowerRune(r rune) rune {
	if r == 0x130 {
		return r
	}
	return unicode.ToLower(r)
}

// EqualsOrdinalIgnoreCase is string.Equals(a, b, StringComparison.OrdinalIgnoreCase).
func EqualsOrdinalIgnoreCase(a, b string) bool { return CompareOrdinalIgnoreCase(a, b) == 0 }

func compareRunes(a, b string, fold func(rune) rune) int {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		a, b = a[na:], b[nb:]
		ra, rb = fold(ra), fold(rb)
		if ra == rb {
			continue
		}
		a1, a2 := utf16Units(ra)
		b1, b2 := utf16Units(rb)
		if a1 != b1 {
			return int(a1) - int(b1)
		}
		return int(a2) - int(b2)
	}
	return len(a) - len(b)
}

// ToUpperInvariant is string.ToUpperInvariant: the simple (1:1) Unicode case
// mapping per character; "ß" stays "ß" as in .NET.
func ToUpperInvariant(s string) string { return strings.Map(upperRune, s) }

// ToLowerInvariant is string.ToLowerInvariant.
func ToLowerInvariant(s string) string { return strings.Map(lowerRune, s) }

// CharToUpperInvariant is char.ToUpperInvariant on one UTF-16 unit.
func CharToUpperInvariant(c uint16) uint16 {
	if isSurrogate(c) {
		return c
	}
	return uint16(upperRune(rune(c)))
}

// CharToLowerInvariant is char.ToLowerInvariant on one UTF-16 unit.
func CharToLowerInvariant(c uint16) uint16 {
	if isSurrogate(c) {
		return c
	}
	return uint16(lowerRune(rune(c)))
}

func isSurrogate(c uint16) bool { return c >= 0xD800 && c <= 0xDFFF }

// Char classification as .NET's char.IsX(char), by Unicode general category
// (Go's tables; the Unicode version may differ slightly from .NET 8's 15.0).

// CharIsLetter is char.IsLetter: categories Lu, Ll, Lt, Lm, Lo.
func CharIsLetter(c uint16) bool { return !isSurrogate(c) && unicode.IsLetter(rune(c)) }

// CharIsDigit is char.IsDigit: category Nd (any script's decimal digits).
func CharIsDigit(c uint16) bool { return !isSurrogate(c) && unicode.IsDigit(rune(c)) }

// CharIsNumber is char.IsNumber: categories Nd, Nl, No.
func CharIsNumber(c uint16) bool { return !isSurrogate(c) && unicode.IsNumber(rune(c)) }

// CharIsLetterOrDigit is char.IsLetterOrDigit.
func CharIsLetterOrDigit(c uint16) bool { return CharIsLetter(c) || CharIsDigit(c) }

// CharIsUpper is char.IsUpper: category Lu.
func CharIsUpper(c uint16) bool { return !isSurrogate(c) && unicode.Is(unicode.Lu, rune(c)) }

// CharIsLower is char.IsLower: category Ll.
func CharIsLower(c uint16) bool { return !isSurrogate(c) && unicode.Is(unicode.Ll, rune(c)) }

// CharIsWhiteSpace is char.IsWhiteSpace: categories Zs, Zl, Zp plus U+0009–U+000D and U+0085.
func CharIsWhiteSpace(c uint16) bool {
	if c == ' ' || c >= 0x09 && c <= 0x0D || c == 0x85 || c == 0xA0 {
		return true
	}
	if c < 0x100 || isSurrogate(c) {
		return false
	}
	return unicode.In(rune(c), unicode.Zs, unicode.Zl, unicode.Zp)
}

// CharIsPunctuation is char.IsPunctuation: categories Pc, Pd, Ps, Pe, Pi, Pf, Po.
func CharIsPunctuation(c uint16) bool { return !isSurrogate(c) && unicode.IsPunct(rune(c)) }

// CharIsSymbol is char.IsSymbol: categories Sm, Sc, Sk, So.
func CharIsSymbol(c uint16) bool { return !isSurrogate(c) && unicode.IsSymbol(rune(c)) }

// CharIsControl is char.IsControl: category Cc.
func CharIsControl(c uint16) bool { return c < 0x20 || c >= 0x7F && c < 0xA0 }

// CharIsSeparator is char.IsSeparator: categories Zs, Zl, Zp.
func CharIsSeparator(c uint16) bool {
	return !isSurrogate(c) && unicode.In(rune(c), unicode.Zs, unicode.Zl, unicode.Zp)
}

// CharIsSurrogate is char.IsSurrogate.
func CharIsSurrogate(c uint16) bool { return isSurrogate(c) }

// CharIsHighSurrogate is char.IsHighSurrogate.
func CharIsHighSurrogate(c uint16) bool { return c >= 0xD800 && c <= 0xDBFF }

// CharIsLowSurrogate is char.IsLowSurrogate.
func CharIsLowSurrogate(c uint16) bool { return c >= 0xDC00 && c <= 0xDFFF }

// CharGetNumericValue is char.GetNumericValue for decimal digits (-1 otherwise;
// .NET also knows fractions such as '½', which this approximation does not).
func CharGetNumericValue(c uint16) float64 {
	if !CharIsDigit(c) {
		return -1
	}
	r := rune(c)
	// Nd digits come in runs of ten starting at a code point ending in 0 or 6 blocks;
	// find the zero of the run by walking down while still a digit.
	z := r
	for z > 0 && unicode.IsDigit(z-1) && r-z < 9 {
		z--
	}
	return float64((r - z) % 10)
}

// IsWhiteSpaceString reports whether every character is white space (string.IsNullOrWhiteSpace on a non-null string).
func IsWhiteSpaceString(s string) bool {
	for _, r := range s {
		if r >= 0x10000 || !CharIsWhiteSpace(uint16(r)) {
			return false
		}
	}
	return true
}

// TrimWhiteSpace is string.Trim(): removes leading and trailing .NET white space.
func TrimWhiteSpace(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return r < 0x10000 && CharIsWhiteSpace(uint16(r)) })
}

// TrimStartWhiteSpace is string.TrimStart().
func TrimStartWhiteSpace(s string) string {
	return strings.TrimLeftFunc(s, func(r rune) bool { return r < 0x10000 && CharIsWhiteSpace(uint16(r)) })
}

// TrimEndWhiteSpace is string.TrimEnd().
func TrimEndWhiteSpace(s string) string {
	return strings.TrimRightFunc(s, func(r rune) bool { return r < 0x10000 && CharIsWhiteSpace(uint16(r)) })
}

// CompareInvariant approximates string.Compare(a, b) under the invariant
// culture (ICU root collation in .NET 5+). It is not a full UCA implementation:
//   - level 1: characters compared case-insensitively, with symbols and
//     punctuation before digits and digits before letters, letters ordered by
//     their lower-case code point, common Latin accents ignored (é = e);
//   - level 2: accents (unaccented first);
//   - level 3: case, lower case before upper case ("a" < "A" < "b").
//
// Control characters are ignored as in ICU. Scripts needing exact ordering should
// use StringComparison.Ordinal, which is exact.
func CompareInvariant(a, b string) int {
	ka, kb := collationKeys(a), collationKeys(b)
	for level := 0; level < 3; level++ {
		n := min(len(ka), len(kb))
		for i := 0; i < n; i++ {
			if d := ka[i][level] - kb[i][level]; d != 0 {
				return sign(d)
			}
		}
		if len(ka) != len(kb) {
			return sign(len(ka) - len(kb))
		}
	}
	return 0
}

// CompareInvariantIgnoreCase is string.Compare(a, b, ignoreCase: true) under the
// invariant culture (levels 1 and 2 of CompareInvariant).
func CompareInvariantIgnoreCase(a, b string) int {
	ka, kb := collationKeys(a), collationKeys(b)
	for level := 0; level < 2; level++ {
		n := min(len(ka), len(kb))
		for i := 0; i < n; i++ {
			if d := ka[i][level] - kb[i][level]; d != 0 {
				return sign(d)
			}
		}
		if len(ka) != len(kb) {
			return sign(len(ka) - len(kb))
		}
	}
	return 0
}

func sign(d int) int {
	switch {
	case d < 0:
		return -1
	case d > 0:
		return 1
	}
	return 0
}

func collationKeys(s string) [][3]int {
	keys := make([][3]int, 0, len(s))
	for _, r := range s {
		if unicode.IsControl(r) {
			continue
		}
		base, accent := foldAccent(unicode.ToLower(r))
		var group int
		switch {
		case unicode.IsSpace(r):
			group = 0
		case unicode.IsPunct(r):
			group = 1
		case unicode.IsSymbol(r):
			group = 2
		case unicode.IsDigit(r):
			group = 3
		case unicode.IsLetter(r):
			group = 4
		default:
			group = 5
		}
		caseKey := 0
		if unicode.IsUpper(r) {
			caseKey = 1
		}
		keys = append(keys, [3]int{group<<24 | int(base), accent, caseKey})
	}
	return keys
}

// foldAccent maps common accented Latin letters to their base letter and an accent rank.
func foldAccent(r rune) (rune, int) {
	if r < 0xC0 || r > 0x17F {
		return r, 0
	}
	if i := strings.IndexRune(accentFrom, r); i >= 0 {
		base := []rune(accentTo)[utf8.RuneCountInString(accentFrom[:i])]
		return base, 1 + utf8.RuneCountInString(accentFrom[:i])%7
	}
	return r, 0
}

const (
	accentFrom = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćčďēėęěğīįıķłńňōőřśşšťūůűųźżž"
	accentTo   = "aaaaaaceeeeiiiinooooouuuuyyaaaccdeeeegiiiklnnoorsssttuuuuzzz"
)

// unicodeCategories lists System.Globalization.UnicodeCategory's categories in
// enum order (0 UppercaseLetter ... 28 OtherSymbol; 16 Surrogate is handled apart).
var unicodeCategories = []*unicode.RangeTable{
	unicode.Lu, unicode.Ll, unicode.Lt, unicode.Lm, unicode.Lo,
	unicode.Mn, unicode.Mc, unicode.Me,
	unicode.Nd, unicode.Nl, unicode.No,
	unicode.Zs, unicode.Zl, unicode.Zp,
	unicode.Cc, unicode.Cf, nil, unicode.Co,
	unicode.Pc, unicode.Pd, unicode.Ps, unicode.Pe, unicode.Pi, unicode.Pf, unicode.Po,
	unicode.Sm, unicode.Sc, unicode.Sk, unicode.So,
}

// CharUnicodeCategory is char.GetUnicodeCategory: the UnicodeCategory enum
// value of a UTF-16 unit (16 Surrogate for surrogates, 29 OtherNotAssigned
// for unassigned code points).
func CharUnicodeCategory(c uint16) int {
	if isSurrogate(c) {
		return 16
	}
	for i, t := range unicodeCategories {
		if t != nil && unicode.Is(t, rune(c)) {
			return i
		}
	}
	return 29
}

// numericValues holds char.GetNumericValue for common non-digit numeric
// characters (fractions, super/subscripts, Roman numerals, circled numbers).
var numericValues = map[rune]float64{
	'¼': 0.25, '½': 0.5, '¾': 0.75, '¹': 1, '²': 2, '³': 3, '⁰': 0,
	'⅐': 1.0 / 7, '⅑': 1.0 / 9, '⅒': 0.1, '⅓': 1.0 / 3, '⅔': 2.0 / 3, '⅕': 0.2, '⅖': 0.4, '⅗': 0.6, '⅘': 0.8,
	'⅙': 1.0 / 6, '⅚': 5.0 / 6, '⅛': 0.125, '⅜': 0.375, '⅝': 0.625, '⅞': 0.875,
}

// CharNumericValue is char.GetNumericValue: the value of a decimal digit of
// any script, of the characters in numericValues and of the ranges
// ⁴-⁹, ₀-₉, Ⅰ-Ⅻ, ⅰ-ⅻ, ①-⑳; -1 otherwise.
func CharNumericValue(c uint16) float64 {
	r := rune(c)
	if isSurrogate(c) {
		return -1
	}
	if unicode.Is(unicode.Nd, r) {
		start := r
		for start > 0 && unicode.Is(unicode.Nd, start-1) {
			start--
		}
		return float64((r - start) % 10)
	}
	if v, ok := numericValues[r]; ok {
		return v
	}
	switch {
	case r >= 0x2074 && r <= 0x2079:
		return float64(r - 0x2070)
	case r >= 0x2080 && r <= 0x2089:
		return float64(r - 0x2080)
	case r >= 0x2160 && r <= 0x216B:
		return float64(r - 0x2160 + 1)
	case r >= 0x2170 && r <= 0x217B:
		return float64(r - 0x2170 + 1)
	case r >= 0x2460 && r <= 0x2473:
		return float64(r - 0x2460 + 1)
	}
	return -1
}
