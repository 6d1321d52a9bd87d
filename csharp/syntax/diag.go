package syntax

// diagSink collects diagnostics for one parse, dropping a second error at a
// position that already has one (no cascades). A nil sink discards.
type diagSink struct {
	list     Diagnostics
	warnings Diagnostics
	seen     map[int32]bool // offsets that already have an error
	max      int            // stop recording after this many errors (0: no limit)
	eofErr   bool           // a literal or comment ran to the end of the file
}

func newDiagSink() *diagSink { return &diagSink{seen: make(map[int32]bool), max: 1000} }

// errorf records an error at pos unless one is already recorded there.
// It reports whether the error was recorded.
func (d *diagSink) error(pos Pos, code, msg string) bool {
	if d == nil {
		return false
	}
	if d.seen[pos.Offset] {
		return false
	}
	if d.max > 0 && len(d.list) >= d.max {
		return false
	}
	d.seen[pos.Offset] = true
	d.list = append(d.list, Diagnostic{Pos: pos, Code: code, Msg: msg})
	return true
}

func (d *diagSink) warning(pos Pos, code, msg string) {
	if d == nil {
		return
	}
	d.warnings = append(d.warnings, Diagnostic{Pos: pos, Code: code, Msg: msg, Severity: SevWarning})
}
