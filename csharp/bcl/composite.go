package bcl

import (
	"strconv"
	"strings"
)

// CompositeItem is one piece of a parsed composite format string: the literal
// text before a format item (braces already unescaped) and, when IsItem, the
// item itself: {Index,Alignment:Format}. HasFormat tells "{0:}" and "{0}" apart
// (.NET passes "" and null respectively to IFormattable.ToString).
type CompositeItem struct {
	Literal   string
	IsItem    bool
	Index     int
	Alignment int
	Format    string
	HasFormat bool
}

// Limits .NET applies to composite format items.
const (
	compositeIndexLimit = 1_000_000
	compositeWidthLimit = 1_000_000
)

// Error texts of .NET 8's composite formatting (SR.Format_InvalidStringWithOffsetAndReason;
// the reasons are those of String.Format's parser).
// Not verified against a .NET 8 run: the wording follows the .NET 8 resource strings as remembered.
const (
	reasonUnexpectedClose = "Unexpected closing brace without a corresponding opening brace."
	reasonUnclosed        = "Format item ends prematurely."
	reasonExpectedDigit   = "Expected an ASCII digit."
	reasonUnescapedBrace  = "Braces inside the argument hole must be escaped."
	msgIndexOutOfRange    = "Index (zero based) must be greater than or equal to zero and less than the size of the argument list."
)

func compositeError(offset int, reason string) *Error {
	return newError(FormatException, "Input string was not in a correct format. Failure to parse near offset "+
		strconv.Itoa(offset)+". "+reason)
}

// compositeScanner walks a composite format string one item at a time.
type compositeScanner struct {
	s   string
	pos int
}

// next returns the next literal (+ item). done is true when the string is exhausted.
func (c *compositeScanner) next() (it CompositeItem, done bool, err error) {
	var lit strings.Builder
	s := c.s
	for {
		if c.pos >= len(s) {
			it.Literal = lit.String()
			return it, true, nil
		}
		ch := s[c.pos]
		if ch == '}' {
			if c.pos+1 < len(s) && s[c.pos+1] == '}' {
				lit.WriteByte('}')
				c.pos += 2
				continue
			}
			return it, false, compositeError(c.pos, reasonUnexpectedClose)
		}
		if ch == '{' {
			if c.pos+1 < len(s) && s[c.pos+1] == '{' {
				lit.WriteByte('{')
				c.pos += 2
				continue
			}
			c.pos++
			break
		}
		lit.WriteByte(ch)
		c.pos++
	}
	it.Literal = lit.String()
	it.IsItem = true
	// index
	if c.pos >= len(s) {
		return it, false, compositeError(c.pos, reasonUnclosed)
	}
	if !isASCIIDigit(s[c.pos]) {
		return it, false, compositeError(c.pos, reasonExpectedDigit)
	}
	idx := 0
	for c.pos < len(s) && isASCIIDigit(s[c.pos]) {
		idx = idx*10 + int(s[c.pos]-'0')
		if idx >= compositeIndexLimit {
			return it, false, compositeError(c.pos, reasonExpectedDigit)
		}
		c.pos++
	}
	it.Index = idx
	c.skipSpaces()
	if c.pos < len(s) && s[c.pos] == ',' {
		c.pos++
		c.skipSpaces()
		neg := false
		if c.pos < len(s) && s[c.pos] == '-' {
			neg = true
			c.pos++
		}
		if c.pos >= len(s) {
			return it, false, compositeError(c.pos, reasonUnclosed)
		}
		if !isASCIIDigit(s[c.pos]) {
			return it, false, compositeError(c.pos, reasonExpectedDigit)
		}
		w := 0
		for c.pos < len(s) && isASCIIDigit(s[c.pos]) {
			w = w*10 + int(s[c.pos]-'0')
			if w >= compositeWidthLimit {
				return it, false, compositeError(c.pos, reasonExpectedDigit)
			}
			c.pos++
		}
		if neg {
			w = -w
		}
		it.Alignment = w
		c.skipSpaces()
	}
	if c.pos >= len(s) {
		return it, false, compositeError(c.pos, reasonUnclosed)
	}
	switch s[c.pos] {
	case '}':
		c.pos++
		return it, false, nil
	case ':':
		c.pos++
		start := c.pos
		for {
			if c.pos >= len(s) {
				return it, false, compositeError(c.pos, reasonUnclosed)
			}
			ch := s[c.pos]
			if ch == '}' {
				break
			}
			if ch == '{' {
				return it, false, compositeError(c.pos, reasonUnescapedBrace)
			}
			c.pos++
		}
		it.Format = s[start:c.pos]
		it.HasFormat = true
		c.pos++
		return it, false, nil
	}
	return it, false, compositeError(c.pos, reasonUnescapedBrace)
}

func (c *compositeScanner) skipSpaces() {
	for c.pos < len(c.s) && c.s[c.pos] == ' ' {
		c.pos++
	}
}

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

// ParseComposite parses a whole composite format string ("{0,-10:F2} {{x}}")
// into items; the last element holds the trailing literal (IsItem false).
func ParseComposite(format string) ([]CompositeItem, error) {
	c := compositeScanner{s: format}
	var items []CompositeItem
	for {
		it, done, err := c.next()
		if err != nil {
			return nil, err
		}
		items = append(items, it)
		if done {
			return items, nil
		}
	}
}

// FormatComposite is String.Format(format, args) for nargs arguments: arg is
// called for each item with its index and format string (hasFormat false for
// "{0}") and returns the argument's text (a null argument's text is "").
// Items are processed left to right and the first error wins, as in .NET.
func FormatComposite(format string, nargs int, arg func(index int, format string, hasFormat bool) (string, error)) (string, error) {
	c := compositeScanner{s: format}
	var sb strings.Builder
	for {
		it, done, err := c.next()
		if err != nil {
			return "", err
		}
		sb.WriteString(it.Literal)
		if done {
			return sb.String(), nil
		}
		if it.Index >= nargs {
			return "", newError(FormatException, msgIndexOutOfRange)
		}
		text, err := arg(it.Index, it.Format, it.HasFormat)
		if err != nil {
			return "", err
		}
		sb.WriteString(Align(text, it.Alignment))
	}
}

// Align pads s with spaces to |alignment| UTF-16 code units: on the left for a
// positive alignment (right-aligned text), on the right for a negative one.
func Align(s string, alignment int) string {
	if alignment == 0 {
		return s
	}
	w := alignment
	if w < 0 {
		w = -w
	}
	n := UTF16Len(s)
	if n >= w {
		return s
	}
	pad := strings.Repeat(" ", w-n)
	if alignment > 0 {
		return pad + s
	}
	return s + pad
}
