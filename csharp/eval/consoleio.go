package eval

import (
	"bufio"
	"strings"
)

// ConsoleStream names one of Console's three streams.
type ConsoleStream int

// Console's streams, for SetConsoleRedirect and ConsoleRedirect.
const (
	ConsoleOut ConsoleStream = iota
	ConsoleErr
	ConsoleIn
)

// consoleRedirect holds the TextWriter/TextReader objects Console.SetOut,
// SetError and SetIn installed (zero Value: not redirected).
type consoleRedirect struct {
	streams [3]Value
	set     [3]bool
}

// SetConsoleRedirect makes Console's stream s use the script object v (a
// TextWriter, or a TextReader for ConsoleIn); Console.Write/WriteLine/ReadLine
// then call its Write/WriteLine/ReadLine. A null v restores the host stream.
func (in *Interp) SetConsoleRedirect(s ConsoleStream, v Value) {
	if in.console == nil {
		in.console = &consoleRedirect{}
	}
	in.console.streams[s] = v
	in.console.set[s] = v.K != KNull
}

// ConsoleRedirect returns the object installed for stream s and whether there is one.
func (in *Interp) ConsoleRedirect(s ConsoleStream) (Value, bool) {
	if in.console == nil || !in.console.set[s] {
		return Null, false
	}
	return in.console.streams[s], true
}

func (in *Interp) stdinBuf() *bufio.Reader {
	if in.stdin == nil {
		return nil
	}
	if in.stdinReader == nil {
		in.stdinReader = bufio.NewReader(in.stdin)
	}
	return in.stdinReader
}

// StdinLine reads one line from the host's standard input (without its
// line break); ok is false at the end of input.
func (in *Interp) StdinLine() (line string, ok bool) {
	r := in.stdinBuf()
	if r == nil {
		return "", false
	}
	line, err := r.ReadString('\n')
	if err != nil && line == "" {
		return "", false
	}
	return strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r"), true
}

// StdinChar reads (or, with peek, looks at) the next UTF-16 unit of the
// host's standard input; -1 at the end of input.
func (in *Interp) StdinChar(peek bool) int {
	r := in.stdinBuf()
	if r == nil {
		return -1
	}
	ch, _, err := r.ReadRune()
	if err != nil {
		return -1
	}
	if peek {
		r.UnreadRune()
	}
	if ch > 0xFFFF { // outside the BMP: only the high surrogate is seen (rare)
		return 0xD800 + ((int(ch) - 0x10000) >> 10)
	}
	return int(ch)
}
