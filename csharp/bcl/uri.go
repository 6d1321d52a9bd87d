package bcl

import (
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"
)

const upperHex = "0123456789ABCDEF"

// EscapeDataString is Uri.EscapeDataString: everything but the RFC 3986
// unreserved characters (A-Z a-z 0-9 - _ . ~) is percent-encoded as UTF-8 with
// upper-case hex.
func EscapeDataString(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == '~' {
			sb.WriteByte(c)
			continue
		}
		sb.WriteByte('%')
		sb.WriteByte(upperHex[c>>4])
		sb.WriteByte(upperHex[c&15])
	}
	return sb.String()
}

// EscapeUriString is Uri.EscapeUriString (obsolete in .NET 6+, still used):
// like EscapeDataString but RFC 3986 reserved characters (: / ? # [ ] @ ! $ &
// ' ( ) * + , ; =) are kept too.
func EscapeUriString(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || strings.IndexByte("-_.~:/?#[]@!$&'()*+,;=", c) >= 0 {
			sb.WriteByte(c)
			continue
		}
		sb.WriteByte('%')
		sb.WriteByte(upperHex[c>>4])
		sb.WriteByte(upperHex[c&15])
	}
	return sb.String()
}

// UnescapeDataString is Uri.UnescapeDataString: %XX sequences that form valid
// UTF-8 are decoded, anything else is left as written.
func UnescapeDataString(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	var out []byte
	for i := 0; i < len(s); {
		if s[i] == '%' {
			// gather a run of %XX bytes
			var run []byte
			j := i
			for j < len(s) && s[j] == '%' && isHex(s, j+1) && isHex(s, j+2) {
				v, _ := strconv.ParseUint(s[j+1:j+3], 16, 8)
				run = append(run, byte(v))
				j += 3
			}
			if len(run) == 0 {
				out = append(out, s[i])
				i++
				continue
			}
			// decode valid UTF-8 sequences; keep the text of invalid bytes
			k := 0
			for k < len(run) {
				r, size := utf8.DecodeRune(run[k:])
				if r == utf8.RuneError && size <= 1 {
					out = append(out, s[i+3*k:i+3*k+3]...)
					k++
					continue
				}
				out = append(out, run[k:k+size]...)
				k += size
			}
			i = j
			continue
		}
		out = append(out, s[i])
		i++
	}
	return string(out)
}

func isHex(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	c := s[i]
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// UrlEncode is WebUtility.UrlEncode: space becomes '+', letters, digits and
// - _ . ! * ( ) stay, everything else is %XX (upper-case hex) of the UTF-8 bytes.
func UrlEncode(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			sb.WriteByte('+')
		case c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' ||
			c == '-' || c == '_' || c == '.' || c == '!' || c == '*' || c == '(' || c == ')':
			sb.WriteByte(c)
		default:
			sb.WriteByte('%')
			sb.WriteByte(upperHex[c>>4])
			sb.WriteByte(upperHex[c&15])
		}
	}
	return sb.String()
}

// UrlDecode is WebUtility.UrlDecode: '+' becomes a space, %XX bytes are decoded as UTF-8.
func UrlDecode(s string) string {
	return UnescapeDataString(strings.ReplaceAll(s, "+", " "))
}

// HtmlEncode is WebUtility.HtmlEncode: < > & " ' become entities, characters
// U+00A0..U+00FF and those outside the BMP become numeric references.
func HtmlEncode(s string) string {
	var sb strings.Builder
	for _, r := range s {
		switch {
		case r == '<':
			sb.WriteString("&lt;")
		case r == '>':
			sb.WriteString("&gt;")
		case r == '&':
			sb.WriteString("&amp;")
		case r == '"':
			sb.WriteString("&quot;")
		case r == '\'':
			sb.WriteString("&#39;")
		case r >= 0xA0 && r <= 0xFF || r >= 0x10000:
			sb.WriteString("&#" + strconv.Itoa(int(r)) + ";")
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// HtmlDecode is WebUtility.HtmlDecode for the five basic entities and numeric references.
func HtmlDecode(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '&' {
			sb.WriteByte(s[i])
			continue
		}
		end := strings.IndexByte(s[i:], ';')
		if end < 0 {
			sb.WriteByte('&')
			continue
		}
		ent := s[i+1 : i+end]
		var rep string
		switch ent {
		case "lt":
			rep = "<"
		case "gt":
			rep = ">"
		case "amp":
			rep = "&"
		case "quot":
			rep = `"`
		case "apos":
			rep = "'"
		case "nbsp":
			rep = "\u00a0"
		default:
			if strings.HasPrefix(ent, "#x") || strings.HasPrefix(ent, "#X") {
				if v, err := strconv.ParseUint(ent[2:], 16, 32); err == nil && utf8.ValidRune(rune(v)) {
					rep = string(rune(v))
				}
			} else if strings.HasPrefix(ent, "#") {
				if v, err := strconv.ParseUint(ent[1:], 10, 32); err == nil && utf8.ValidRune(rune(v)) {
					rep = string(rune(v))
				}
			}
		}
		if rep == "" {
			sb.WriteByte('&')
			continue
		}
		sb.WriteString(rep)
		i += end
	}
	return sb.String()
}

// Uri is an absolute System.Uri (the parts scripts read).
type Uri struct {
	u *url.URL
}

// ParseUri is new Uri(string) for absolute URIs: UriFormatException otherwise.
func ParseUri(s string) (*Uri, error) {
	t := strings.TrimSpace(s)
	u, err := url.Parse(t)
	if err != nil || u.Scheme == "" || (u.Host == "" && u.Opaque == "" && u.Scheme != "file") {
		if t == "" {
			return nil, newError(UriFormatException, "Invalid URI: The URI is empty.")
		}
		return nil, newError(UriFormatException, "Invalid URI: The format of the URI could not be determined.")
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	if u.Path == "" && u.Opaque == "" {
		u.Path = "/"
	}
	return &Uri{u: u}, nil
}

// Scheme is Uri.Scheme.
func (u *Uri) Scheme() string { return u.u.Scheme }

// Host is Uri.Host.
func (u *Uri) Host() string { return u.u.Hostname() }

// Port is Uri.Port (the scheme's default when absent, -1 if unknown).
func (u *Uri) Port() int {
	if p := u.u.Port(); p != "" {
		n, _ := strconv.Atoi(p)
		return n
	}
	switch u.u.Scheme {
	case "http", "ws":
		return 80
	case "https", "wss":
		return 443
	case "ftp":
		return 21
	}
	return -1
}

// IsDefaultPort is Uri.IsDefaultPort.
func (u *Uri) IsDefaultPort() bool { return u.u.Port() == "" }

// AbsolutePath is Uri.AbsolutePath (escaped).
func (u *Uri) AbsolutePath() string { return u.u.EscapedPath() }

// Query is Uri.Query, with its leading '?' ("" when none).
func (u *Uri) Query() string {
	if u.u.RawQuery == "" && !u.u.ForceQuery {
		return ""
	}
	return "?" + u.u.RawQuery
}

// Fragment is Uri.Fragment with its '#'.
func (u *Uri) Fragment() string {
	if u.u.Fragment == "" {
		return ""
	}
	return "#" + u.u.EscapedFragment()
}

// PathAndQuery is Uri.PathAndQuery.
func (u *Uri) PathAndQuery() string { return u.AbsolutePath() + u.Query() }

// Authority is Uri.Authority (host and non-default port).
func (u *Uri) Authority() string { return u.u.Host }

// AbsoluteUri is Uri.AbsoluteUri.
func (u *Uri) AbsoluteUri() string { return u.u.String() }

// String is Uri.ToString() (approximated by AbsoluteUri; .NET unescapes some characters).
func (u *Uri) String() string { return u.u.String() }
