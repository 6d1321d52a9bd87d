package bcl

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// RegexOptions is System.Text.RegularExpressions.RegexOptions.
type RegexOptions int

// RegexOptions values as in .NET.
const (
	RegexNone                    RegexOptions = 0
	RegexIgnoreCase              RegexOptions = 1
	RegexMultiline               RegexOptions = 2
	RegexExplicitCapture         RegexOptions = 4
	RegexCompiled                RegexOptions = 8
	RegexSingleline              RegexOptions = 16
	RegexIgnorePatternWhitespace RegexOptions = 32
	RegexRightToLeft             RegexOptions = 64
	RegexECMAScript              RegexOptions = 256
	RegexCultureInvariant        RegexOptions = 512
	RegexNonBacktracking         RegexOptions = 1024
)

// Regex is a .NET regular expression translated to Go's RE2 engine.
//
// Supported: literals, classes, quantifiers (greedy and lazy), alternation,
// anchors ^ $ \A \z \b \B, groups (numbered, named (?<n>) and (?'n'),
// non-capturing, inline options (?imnsx-imnsx) and (?imnsx:...)), comments
// (?#...), Unicode categories \p{..}, escapes \t \n \r \f \v \e \a \0oo \xhh
// \uhhhh \cX, and the options IgnoreCase, Multiline, Singleline,
// ExplicitCapture, IgnorePatternWhitespace, ECMAScript, CultureInvariant.
// \d, \w and \s keep .NET's Unicode meaning (\d is any Unicode decimal digit,
// \w is [\p{L}\p{Mn}\p{Nd}\p{Pc}]) unless ECMAScript is set.
//
// Not supported (a NotSupportedException naming the construct): lookahead and
// lookbehind, backreferences, atomic groups, conditionals, balancing groups,
// \G, \Z, character class subtraction, \W or \S inside a class, RightToLeft.
//
// Known differences: $ without Multiline matches only at the very end (.NET
// also matches before a final "\n"); \b uses ASCII word characters; after a
// non-empty match, an empty match at the same position is found only when the
// pattern matches empty there without looking behind (\b and ^ see the text
// from that position on).
type Regex struct {
	re      *regexp.Regexp
	atStart *regexp.Regexp // the pattern anchored at the start of the text (\A)
	pattern string
	options RegexOptions
	// goIndex[n] is the Go subexpression index of .NET group number n.
	goIndex []int
	// names[n] is the .NET name of group n ("0", "1", ... or the given name).
	names []string
}

type goGroup struct {
	name string // "" for an unnamed group
}

type regexTranslator struct {
	pat      string
	pos      int
	out      strings.Builder
	ecma     bool
	groups   []goGroup
	flagsX   []bool // IgnorePatternWhitespace per open group (top is current)
	flagsN   []bool // ExplicitCapture per open group
	lastAtom bool   // the previous output can take a quantifier
}

func regexUnsupported(pattern string, offset int, construct string) *Error {
	return newError(NotSupportedException, fmt.Sprintf(
		"rpbench's regex engine (RE2) does not support %s (pattern '%s', offset %d).", construct, pattern, offset))
}

func regexInvalid(pattern string, offset int, reason string) *Error {
	return &Error{Type: RegexParseException, Message: fmt.Sprintf("Invalid pattern '%s' at offset %d. %s", pattern, offset, reason), Param: "pattern"}
}

// CompileRegex is new Regex(pattern, options).
func CompileRegex(pattern string, options RegexOptions) (*Regex, error) {
	if options&RegexRightToLeft != 0 {
		return nil, regexUnsupported(pattern, 0, "RegexOptions.RightToLeft")
	}
	t := &regexTranslator{pat: pattern, ecma: options&RegexECMAScript != 0}
	t.flagsX = []bool{options&RegexIgnorePatternWhitespace != 0}
	t.flagsN = []bool{options&RegexExplicitCapture != 0}
	if err := t.translate(); err != nil {
		return nil, err
	}
	prefix := ""
	if options&RegexIgnoreCase != 0 {
		prefix += "i"
	}
	if options&RegexMultiline != 0 {
		prefix += "m"
	}
	if options&RegexSingleline != 0 {
		prefix += "s"
	}
	goPat := t.out.String()
	if prefix != "" {
		goPat = "(?" + prefix + ")" + goPat
	}
	re, err := regexp.Compile(goPat)
	if err != nil {
		return nil, regexInvalid(pattern, 0, err.Error())
	}
	r := &Regex{re: re, pattern: pattern, options: options}
	r.atStart, _ = regexp.Compile(`\A(?:` + goPat + `)`)
	r.number(t.groups)
	return r, nil
}

// number assigns .NET group numbers: unnamed groups first (1..k) in order, then
// named groups in order of appearance; a name made of digits is that number.
func (r *Regex) number(groups []goGroup) {
	r.goIndex = []int{0}
	r.names = []string{"0"}
	byNum := map[int]int{}
	next := 1
	for i, g := range groups {
		if g.name == "" {
			byNum[next] = i + 1
			next++
		}
	}
	var named []int
	for i, g := range groups {
		if g.name == "" {
			continue
		}
		if n, err := strconv.Atoi(g.name); err == nil {
			byNum[n] = i + 1
			continue
		}
		named = append(named, i)
	}
	nums := make([]int, 0, len(byNum))
	for n := range byNum {
		nums = append(nums, n)
	}
	sort.Ints(nums)
	for _, n := range nums {
		r.goIndex = append(r.goIndex, byNum[n])
		r.names = append(r.names, strconv.Itoa(n))
	}
	for _, i := range named {
		r.goIndex = append(r.goIndex, i+1)
		r.names = append(r.names, groups[i].name)
	}
}

func (t *regexTranslator) x() bool { return t.flagsX[len(t.flagsX)-1] }
func (t *regexTranslator) n() bool { return t.flagsN[len(t.flagsN)-1] }

func (t *regexTranslator) translate() error {
	p := t.pat
	for t.pos < len(p) {
		c := p[t.pos]
		if t.x() {
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
				t.pos++
				continue
			}
			if c == '#' {
				for t.pos < len(p) && p[t.pos] != '\n' {
					t.pos++
				}
				continue
			}
		}
		switch c {
		case '\\':
			if err := t.escape(); err != nil {
				return err
			}
			t.lastAtom = true
		case '[':
			if err := t.class(); err != nil {
				return err
			}
			t.lastAtom = true
		case '(':
			if err := t.openGroup(); err != nil {
				return err
			}
		case ')':
			if len(t.flagsX) <= 1 {
				return regexInvalid(p, t.pos, "Too many )'s.")
			}
			t.flagsX = t.flagsX[:len(t.flagsX)-1]
			t.flagsN = t.flagsN[:len(t.flagsN)-1]
			t.out.WriteByte(')')
			t.pos++
			t.lastAtom = true
		case '*', '+', '?':
			if !t.lastAtom {
				return regexInvalid(p, t.pos, "Quantifier '"+string(c)+"' following nothing.")
			}
			t.out.WriteByte(c)
			t.pos++
			if err := t.afterQuantifier(); err != nil {
				return err
			}
		case '{':
			if q, ok := t.quantifierBraces(); ok {
				if !t.lastAtom {
					return regexInvalid(p, t.pos, "Quantifier '{x,y}' following nothing.")
				}
				t.out.WriteString(q)
				t.pos += len(q)
				if err := t.afterQuantifier(); err != nil {
					return err
				}
			} else {
				t.out.WriteString(`\{`)
				t.pos++
				t.lastAtom = true
			}
		case '}':
			t.out.WriteString(`\}`)
			t.pos++
			t.lastAtom = true
		case '|':
			t.out.WriteByte('|')
			t.pos++
			t.lastAtom = false
		case '^', '$':
			t.out.WriteByte(c)
			t.pos++
			t.lastAtom = false
		default:
			r, size := utf8.DecodeRuneInString(p[t.pos:])
			if c == '.' {
				t.out.WriteByte('.')
			} else {
				t.out.WriteString(regexp.QuoteMeta(string(r)))
			}
			t.pos += size
			t.lastAtom = true
		}
	}
	if len(t.flagsX) != 1 {
		return regexInvalid(p, t.pos, "Not enough )'s.")
	}
	return nil
}

func (t *regexTranslator) afterQuantifier() error {
	p := t.pat
	if t.pos < len(p) && p[t.pos] == '?' {
		t.out.WriteByte('?')
		t.pos++
	}
	if t.pos < len(p) && (p[t.pos] == '*' || p[t.pos] == '+' || p[t.pos] == '{' && t.isQuant()) {
		if p[t.pos] == '+' {
			return regexUnsupported(p, t.pos, "possessive quantifiers (.NET rejects them as a nested quantifier)")
		}
		return regexInvalid(p, t.pos, "Nested quantifier '"+string(p[t.pos])+"'.")
	}
	t.lastAtom = false
	return nil
}

func (t *regexTranslator) isQuant() bool { _, ok := t.quantifierBraces(); return ok }

// quantifierBraces recognises {n}, {n,} and {n,m} at t.pos.
func (t *regexTranslator) quantifierBraces() (string, bool) {
	p := t.pat[t.pos:]
	i := 1
	digits := func() int {
		s := i
		for i < len(p) && p[i] >= '0' && p[i] <= '9' {
			i++
		}
		return i - s
	}
	if digits() == 0 {
		return "", false
	}
	if i < len(p) && p[i] == ',' {
		i++
		digits()
	}
	if i < len(p) && p[i] == '}' {
		return p[:i+1], true
	}
	return "", false
}

func (t *regexTranslator) openGroup() error {
	p := t.pat
	start := t.pos
	rest := p[t.pos:]
	pushFlags := func(x, n bool) {
		t.flagsX = append(t.flagsX, x)
		t.flagsN = append(t.flagsN, n)
	}
	t.lastAtom = false
	if !strings.HasPrefix(rest, "(?") {
		if t.n() {
			t.out.WriteString("(?:")
		} else {
			t.out.WriteByte('(')
			t.groups = append(t.groups, goGroup{})
		}
		pushFlags(t.x(), t.n())
		t.pos++
		return nil
	}
	switch {
	case strings.HasPrefix(rest, "(?#"):
		end := strings.IndexByte(rest, ')')
		if end < 0 {
			return regexInvalid(p, start, "Unterminated (?#...) comment.")
		}
		t.pos += end + 1
		t.lastAtom = true // a comment is transparent; keep quantifier context simple
		return nil
	case strings.HasPrefix(rest, "(?:"):
		t.out.WriteString("(?:")
		pushFlags(t.x(), t.n())
		t.pos += 3
		return nil
	case strings.HasPrefix(rest, "(?="), strings.HasPrefix(rest, "(?!"):
		return regexUnsupported(p, start, "lookahead assertions "+rest[:3]+"...)")
	case strings.HasPrefix(rest, "(?<="), strings.HasPrefix(rest, "(?<!"):
		return regexUnsupported(p, start, "lookbehind assertions "+rest[:4]+"...)")
	case strings.HasPrefix(rest, "(?>"):
		return regexUnsupported(p, start, "atomic groups (?>...)")
	case strings.HasPrefix(rest, "(?("):
		return regexUnsupported(p, start, "conditional expressions (?(...)...)")
	case strings.HasPrefix(rest, "(?<"), strings.HasPrefix(rest, "(?'"):
		closer := ">"
		if rest[2] == '\'' {
			closer = "'"
		}
		end := strings.Index(rest[3:], closer)
		if end < 0 {
			return regexInvalid(p, start, "Invalid group name: Group names must begin with a word character.")
		}
		name := rest[3 : 3+end]
		if strings.Contains(name, "-") {
			return regexUnsupported(p, start, "balancing groups (?<name1-name2>...)")
		}
		if name == "" || !isRegexName(name) {
			return regexInvalid(p, start, "Invalid group name: Group names must begin with a word character.")
		}
		for _, g := range t.groups {
			if g.name == name {
				return regexUnsupported(p, start, "a group name used twice ('"+name+"')")
			}
		}
		t.out.WriteString("(")
		if _, err := strconv.Atoi(name); err != nil {
			t.out.WriteString("?P<" + name + ">")
		}
		t.groups = append(t.groups, goGroup{name: name})
		pushFlags(t.x(), t.n())
		t.pos += 3 + end + 1
		return nil
	}
	// inline options (?imnsx-imnsx) or (?imnsx-imnsx:...)
	i := 2
	on := true
	x, n := t.x(), t.n()
	var goOn, goOff strings.Builder
	for i < len(rest) {
		c := rest[i]
		switch c {
		case '-':
			on = false
		case 'i', 'm', 's':
			if on {
				goOn.WriteByte(c)
			} else {
				goOff.WriteByte(c)
			}
		case 'x':
			x = on
		case 'n':
			n = on
		case ')', ':':
			flags := goOn.String()
			if goOff.Len() > 0 {
				flags += "-" + goOff.String()
			}
			if c == ')' {
				if flags != "" {
					t.out.WriteString("(?" + flags + ")")
				}
				t.flagsX[len(t.flagsX)-1] = x
				t.flagsN[len(t.flagsN)-1] = n
				t.pos += i + 1
				return nil
			}
			if flags != "" {
				t.out.WriteString("(?" + flags + ":")
			} else {
				t.out.WriteString("(?:")
			}
			pushFlags(x, n)
			t.pos += i + 1
			return nil
		default:
			return regexInvalid(p, start+i, "Unrecognized grouping construct.")
		}
		i++
	}
	return regexInvalid(p, start, "Unrecognized grouping construct.")
}

func isRegexName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	if s[0] >= '0' && s[0] <= '9' {
		_, err := strconv.Atoi(s)
		return err == nil
	}
	return true
}

// .NET's shorthand classes, as Go class contents.
const (
	netDigit = `\p{Nd}`
	netWord  = `\p{L}\p{Mn}\p{Nd}\p{Pc}`
	netSpace = `\f\n\r\t\v\x{85}\p{Z}`
)

func (t *regexTranslator) shorthand(c byte, inClass bool) (string, bool) {
	var body string
	neg := c == 'D' || c == 'W' || c == 'S'
	switch c | 0x20 {
	case 'd':
		body = netDigit
		if t.ecma {
			body = `0-9`
		}
	case 'w':
		body = netWord
		if t.ecma {
			body = `a-zA-Z0-9_`
		}
	case 's':
		body = netSpace
		if t.ecma {
			body = `\f\n\r\t\v `
		}
	default:
		return "", false
	}
	if inClass {
		if neg {
			if c == 'D' && !t.ecma {
				return `\P{Nd}`, true
			}
			return "", false
		}
		return body, true
	}
	if neg {
		return "[^" + body + "]", true
	}
	return "[" + body + "]", true
}

// escape translates one escape sequence outside a character class.
func (t *regexTranslator) escape() error {
	p := t.pat
	start := t.pos
	if t.pos+1 >= len(p) {
		return regexInvalid(p, t.pos, "Illegal \\ at end of pattern.")
	}
	c := p[t.pos+1]
	if s, ok := t.shorthand(c, false); ok {
		t.out.WriteString(s)
		t.pos += 2
		return nil
	}
	switch c {
	case 'b', 'B', 'A', 'z':
		t.out.WriteString(`\` + string(c))
		t.pos += 2
		return nil
	case 'Z':
		return regexUnsupported(p, start, `\Z (end of string or before a final newline); use \z or $`)
	case 'G':
		return regexUnsupported(p, start, `\G (contiguous match)`)
	case 'k':
		return regexUnsupported(p, start, `backreferences \k<name>`)
	case 'p', 'P':
		end := strings.IndexByte(p[t.pos:], '}')
		if t.pos+2 >= len(p) || p[t.pos+2] != '{' || end < 0 {
			return regexInvalid(p, start, "Incomplete \\p{X} character escape.")
		}
		name := p[t.pos+3 : t.pos+end]
		if strings.HasPrefix(name, "Is") {
			return regexUnsupported(p, start, "named Unicode blocks \\p{"+name+"}")
		}
		t.out.WriteString(p[t.pos : t.pos+end+1])
		t.pos += end + 1
		return nil
	}
	if c >= '1' && c <= '9' {
		return regexUnsupported(p, start, `backreferences \`+string(c))
	}
	s, n, err := t.charEscape(start)
	if err != nil {
		return err
	}
	t.out.WriteString(s)
	t.pos += n
	return nil
}

// charEscape translates escapes that denote one character (valid in and out of classes).
func (t *regexTranslator) charEscape(start int) (string, int, error) {
	p := t.pat
	c := p[start+1]
	hex := func(n int) (string, int, error) {
		if start+2+n > len(p) {
			return "", 0, regexInvalid(p, start, "Insufficient hexadecimal digits.")
		}
		h := p[start+2 : start+2+n]
		if _, err := strconv.ParseUint(h, 16, 32); err != nil {
			return "", 0, regexInvalid(p, start, "Insufficient hexadecimal digits.")
		}
		return `\x{` + h + `}`, 2 + n, nil
	}
	switch c {
	case 't', 'n', 'r', 'f', 'v', 'a':
		return `\` + string(c), 2, nil
	case 'e':
		return `\x{1B}`, 2, nil
	case 'x':
		return hex(2)
	case 'u':
		return hex(4)
	case 'c':
		if start+2 >= len(p) {
			return "", 0, regexInvalid(p, start, "Missing control character.")
		}
		ch := p[start+2] &^ 0x20
		if ch < '@' || ch > '_' {
			return "", 0, regexInvalid(p, start, "Unrecognized control character.")
		}
		return fmt.Sprintf(`\x{%X}`, ch-'@'), 3, nil
	case '0':
		n := 2
		v := 0
		for n < 4 && start+n < len(p) && p[start+n] >= '0' && p[start+n] <= '7' {
			v = v*8 + int(p[start+n]-'0')
			n++
		}
		return fmt.Sprintf(`\x{%X}`, v), n, nil
	}
	if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' {
		return "", 0, regexInvalid(p, start, `Unrecognized escape sequence \`+string(c)+".")
	}
	r, size := utf8.DecodeRuneInString(p[start+1:])
	return regexp.QuoteMeta(string(r)), 1 + size, nil
}

// class translates a character class [...] starting at t.pos.
func (t *regexTranslator) class() error {
	p := t.pat
	start := t.pos
	var sb strings.Builder
	sb.WriteByte('[')
	i := t.pos + 1
	if i < len(p) && p[i] == '^' {
		sb.WriteByte('^')
		i++
	}
	first := true
	for {
		if i >= len(p) {
			return regexInvalid(p, start, "Unterminated [] set.")
		}
		c := p[i]
		if c == ']' && !first {
			sb.WriteByte(']')
			i++
			break
		}
		first = false
		switch {
		case c == '-' && i+1 < len(p) && p[i+1] == '[':
			return regexUnsupported(p, i, "character class subtraction [a-z-[aeiou]]")
		case c == '\\':
			if i+1 >= len(p) {
				return regexInvalid(p, i, "Illegal \\ at end of pattern.")
			}
			e := p[i+1]
			if e == 'p' || e == 'P' {
				end := strings.IndexByte(p[i:], '}')
				if end < 0 {
					return regexInvalid(p, i, "Incomplete \\p{X} character escape.")
				}
				if strings.HasPrefix(p[i+3:i+end], "Is") {
					return regexUnsupported(p, i, "named Unicode blocks "+p[i:i+end+1])
				}
				sb.WriteString(p[i : i+end+1])
				i += end + 1
				continue
			}
			if s, ok := t.shorthand(e, true); ok {
				sb.WriteString(s)
				i += 2
				continue
			}
			if e == 'W' || e == 'S' || e == 'D' {
				return regexUnsupported(p, i, `\`+string(e)+" inside a character class")
			}
			if e == 'b' {
				sb.WriteString(`\x{8}`)
				i += 2
				continue
			}
			s, n, err := t.charEscape(i)
			if err != nil {
				return err
			}
			sb.WriteString(s)
			i += n
		case c == '[':
			sb.WriteString(`\[`)
			i++
		default:
			r, size := utf8.DecodeRuneInString(p[i:])
			if r == ']' {
				sb.WriteString(`\]`)
			} else {
				sb.WriteRune(r)
			}
			i += size
		}
	}
	t.out.WriteString(sb.String())
	t.pos = i
	return nil
}

// Pattern returns the .NET pattern the regex was built from.
func (r *Regex) Pattern() string { return r.pattern }

// Options returns the options the regex was built with.
func (r *Regex) Options() RegexOptions { return r.options }

// GroupCount is the number of groups including group 0.
func (r *Regex) GroupCount() int { return len(r.names) }

// GroupNames is Regex.GetGroupNames() in .NET's order.
func (r *Regex) GroupNames() []string { return append([]string(nil), r.names...) }

// GroupNumbers is Regex.GetGroupNumbers().
func (r *Regex) GroupNumbers() []int {
	out := make([]int, len(r.names))
	for i, n := range r.names {
		if v, err := strconv.Atoi(n); err == nil {
			out[i] = v
		} else {
			out[i] = i
		}
	}
	return out
}

// GroupIndex returns the position (in Match.Groups) of the group with the given
// name or number text, or -1.
func (r *Regex) GroupIndex(name string) int {
	for i, n := range r.names {
		if n == name {
			return i
		}
	}
	return -1
}

// RegexGroup is one group of a match. Index and Length are in UTF-16 units.
type RegexGroup struct {
	Name    string
	Success bool
	Index   int
	Length  int
	Value   string
	start   int // byte offsets in the input (-1 when not matched)
	end     int
}

// RegexMatch is a successful match: Groups[0] is the whole match.
type RegexMatch struct {
	Groups []RegexGroup
}

func (r *Regex) makeMatch(s string, loc []int, u16 func(int) int) *RegexMatch {
	m := &RegexMatch{Groups: make([]RegexGroup, len(r.goIndex))}
	for n, gi := range r.goIndex {
		g := RegexGroup{Name: r.names[n], start: -1, end: -1}
		if a, b := loc[2*gi], loc[2*gi+1]; a >= 0 {
			g.Success = true
			g.start, g.end = a, b
			g.Value = s[a:b]
			g.Index = u16(a)
			g.Length = u16(b) - g.Index
		}
		m.Groups[n] = g
	}
	return m
}

func utf16Indexer(s string) func(int) int {
	if IsASCII(s) {
		return func(i int) int { return i }
	}
	return func(i int) int { return UTF16Index(s, i) }
}

// allMatches returns the successive matches as .NET finds them. Go's
// FindAll skips an empty match right after a non-empty one; .NET keeps it
// (Regex.Replace("aaa", "a*", "X") is "XX"), so such matches are added back:
// an empty match is tried, anchored, at the end of each non-empty match.
func (r *Regex) allMatches(s string) [][]int {
	locs := r.re.FindAllStringSubmatchIndex(s, -1)
	if r.atStart == nil || len(locs) == 0 {
		return locs
	}
	var out [][]int
	for i, loc := range locs {
		out = append(out, loc)
		e := loc[1]
		if loc[0] == e || (i+1 < len(locs) && locs[i+1][0] == e) {
			continue
		}
		if m := r.atStart.FindStringSubmatchIndex(s[e:]); m != nil && m[1] == 0 {
			for j := range m {
				if m[j] >= 0 {
					m[j] += e
				}
			}
			out = append(out, m)
		}
	}
	return out
}

// Match is Regex.Match(input, startat) with startat in UTF-16 units; nil when none.
func (r *Regex) Match(s string, startat int) *RegexMatch {
	if startat <= 0 {
		// the first match is Go's first match (allMatches only adds matches after it)
		if loc := r.re.FindStringSubmatchIndex(s); loc != nil {
			return r.makeMatch(s, loc, utf16Indexer(s))
		}
		return nil
	}
	off := UTF16ByteOffset(s, startat)
	var best []int
	for _, loc := range r.allMatches(s) {
		if loc[0] >= off {
			best = loc
			break
		}
	}
	// The scan from the start can hide a match that begins at or after
	// startat inside an earlier match ("\d+" on "ab12" from 3 finds "2").
	// Searching the rest of the text finds it when no assertion depends on
	// the text before startat.
	if !contextSensitive(r.pattern) {
		if loc := r.re.FindStringSubmatchIndex(s[off:]); loc != nil && (best == nil || loc[0]+off < best[0]) {
			for j := range loc {
				if loc[j] >= 0 {
					loc[j] += off
				}
			}
			best = loc
		}
	}
	if best == nil {
		return nil
	}
	return r.makeMatch(s, best, utf16Indexer(s))
}

// contextSensitive reports whether a .NET pattern may contain an assertion
// that looks outside the searched text (^, $, \b, \B, \A, \z, \Z, \G);
// conservative: a '^' or '$' anywhere counts.
func contextSensitive(pattern string) bool {
	for i := 0; i < len(pattern); i++ {
		switch pattern[i] {
		case '^', '$':
			return true
		case '\\':
			if i+1 < len(pattern) && strings.IndexByte("bBAzZG", pattern[i+1]) >= 0 {
				return true
			}
			i++
		}
	}
	return false
}

// IsMatch is Regex.IsMatch(input).
func (r *Regex) IsMatch(s string) bool { return r.re.MatchString(s) }

// Matches is Regex.Matches(input): all successive matches.
func (r *Regex) Matches(s string) []*RegexMatch {
	u16 := utf16Indexer(s)
	var out []*RegexMatch
	for _, loc := range r.allMatches(s) {
		out = append(out, r.makeMatch(s, loc, u16))
	}
	return out
}

// Replace is Regex.Replace(input, replacement, count) (count < 0: all) with
// .NET substitutions: $n, ${name}, $$, $&, $`, $', $+ and $_.
func (r *Regex) Replace(s, replacement string, count int) string {
	return r.ReplaceFunc(s, count, func(m *RegexMatch) string { return r.expand(replacement, m, s) })
}

// ReplaceFunc is Regex.Replace(input, MatchEvaluator, count).
func (r *Regex) ReplaceFunc(s string, count int, eval func(m *RegexMatch) string) string {
	u16 := utf16Indexer(s)
	var sb strings.Builder
	last := 0
	for i, loc := range r.allMatches(s) {
		if count >= 0 && i >= count {
			break
		}
		m := r.makeMatch(s, loc, u16)
		sb.WriteString(s[last:loc[0]])
		sb.WriteString(eval(m))
		last = loc[1]
	}
	sb.WriteString(s[last:])
	return sb.String()
}

func (r *Regex) expand(repl string, m *RegexMatch, input string) string {
	var sb strings.Builder
	for i := 0; i < len(repl); i++ {
		c := repl[i]
		if c != '$' || i+1 >= len(repl) {
			sb.WriteByte(c)
			continue
		}
		next := repl[i+1]
		switch {
		case next == '$':
			sb.WriteByte('$')
			i++
		case next == '&':
			sb.WriteString(m.Groups[0].Value)
			i++
		case next == '`':
			sb.WriteString(input[:m.Groups[0].start])
			i++
		case next == '\'':
			sb.WriteString(input[m.Groups[0].end:])
			i++
		case next == '_':
			sb.WriteString(input)
			i++
		case next == '+':
			if len(m.Groups) > 1 {
				sb.WriteString(m.Groups[len(m.Groups)-1].Value)
			}
			i++
		case next == '{':
			end := strings.IndexByte(repl[i:], '}')
			if end > 2 {
				if gi := r.GroupIndex(repl[i+2 : i+end]); gi >= 0 {
					sb.WriteString(m.Groups[gi].Value)
					i += end
					continue
				}
			}
			sb.WriteByte('$')
		case next >= '0' && next <= '9':
			// the longest digit run that names an existing group
			j := i + 1
			for j < len(repl) && repl[j] >= '0' && repl[j] <= '9' {
				j++
			}
			found := false
			for k := j; k > i+1; k-- {
				n, err := strconv.Atoi(repl[i+1 : k])
				if err != nil {
					continue
				}
				if gi := r.GroupIndex(strconv.Itoa(n)); gi >= 0 {
					sb.WriteString(m.Groups[gi].Value)
					i = k - 1
					found = true
					break
				}
			}
			if !found {
				sb.WriteByte('$')
			}
		default:
			sb.WriteByte('$')
		}
	}
	return sb.String()
}

// Split is Regex.Split(input): the pieces between matches; captured groups are
// included in the result, as in .NET.
func (r *Regex) Split(s string) []string {
	locs := r.allMatches(s)
	if len(locs) == 0 {
		return []string{s}
	}
	var out []string
	last := 0
	for _, loc := range locs {
		out = append(out, s[last:loc[0]])
		for n := 1; n < len(r.goIndex); n++ {
			gi := r.goIndex[n]
			if loc[2*gi] >= 0 {
				out = append(out, s[loc[2*gi]:loc[2*gi+1]])
			}
		}
		last = loc[1]
	}
	return append(out, s[last:])
}

// RegexEscape is Regex.Escape: escapes \, *, +, ?, |, {, [, (, ), ^, $, ., #,
// white space (as \t \n \f \r and "\ ").
func RegexEscape(s string) string {
	var sb strings.Builder
	for _, r := range s {
		switch r {
		case '\\', '*', '+', '?', '|', '{', '[', '(', ')', '^', '$', '.', '#', ' ':
			sb.WriteByte('\\')
			sb.WriteRune(r)
		case '\t':
			sb.WriteString(`\t`)
		case '\n':
			sb.WriteString(`\n`)
		case '\f':
			sb.WriteString(`\f`)
		case '\r':
			sb.WriteString(`\r`)
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}
