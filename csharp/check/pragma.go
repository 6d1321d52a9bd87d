package check

import (
	"bytes"
	"strings"

	"rpbench/csharp/syntax"
)

// pragmaRule is one "#pragma warning disable|restore [codes]" line.
type pragmaRule struct {
	line    int
	disable bool
	codes   []string // "CS0162"; empty: every warning
}

// pragmaRules reads the #pragma warning directives of a source text.
func pragmaRules(src []byte) []pragmaRule {
	if !bytes.Contains(src, []byte("#pragma")) {
		return nil
	}
	var rules []pragmaRule
	for i, line := range strings.Split(string(src), "\n") {
		t := strings.TrimSpace(line)
		if !strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Fields(strings.TrimSpace(t[1:]))
		if len(f) < 3 || f[0] != "pragma" || f[1] != "warning" || (f[2] != "disable" && f[2] != "restore") {
			continue
		}
		r := pragmaRule{line: i + 1, disable: f[2] == "disable"}
		rest := strings.Join(f[3:], " ")
		if k := strings.Index(rest, "//"); k >= 0 {
			rest = rest[:k]
		}
		for _, c := range strings.Split(rest, ",") {
			c = strings.TrimSpace(c)
			if c == "" {
				continue
			}
			if c[0] >= '0' && c[0] <= '9' {
				for len(c) < 4 {
					c = "0" + c
				}
				c = "CS" + c
			}
			r.codes = append(r.codes, strings.ToUpper(c))
		}
		rules = append(rules, r)
	}
	return rules
}

// suppressed reports whether the rules disable a warning with code at line.
func suppressed(rules []pragmaRule, code string, line int) bool {
	off := false
	for _, r := range rules {
		if r.line >= line {
			break
		}
		if len(r.codes) == 0 {
			off = r.disable
			continue
		}
		for _, c := range r.codes {
			if c == code {
				off = r.disable
			}
		}
	}
	return off
}

// applyPragmas drops the warnings that #pragma warning disable turns off.
func applyPragmas(files []*syntax.File, diags syntax.Diagnostics) syntax.Diagnostics {
	var rules map[string][]pragmaRule
	for _, f := range files {
		if f == nil {
			continue
		}
		if r := pragmaRules(f.Src); r != nil {
			if rules == nil {
				rules = map[string][]pragmaRule{}
			}
			rules[f.Name] = r
		}
	}
	if rules == nil {
		return diags
	}
	out := diags[:0]
	for _, d := range diags {
		if d.Severity == syntax.SevWarning && suppressed(rules[d.Pos.File], d.Code, int(d.Pos.Line)) {
			continue
		}
		out = append(out, d)
	}
	return out
}
