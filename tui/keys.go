package tui

import "charm.land/bubbles/v2/key"

// KeyMap is every key the workbench answers to, with its help text.
type KeyMap struct {
	// Moving around.
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	NextPane, PrevPane                      key.Binding

	// Acting as the selected phone's user.
	Dial, Answer, Reject, Drop, Hold, Transfer, Consult, Complete, DTMF, Pickup key.Binding
	// Acting as the outside world.
	Inbound key.Binding

	// The clock.
	Pause, Step, Real, Fast10, Fast100 key.Binding

	// The trace.
	Filter, FilterCall, Level, Follow, Wrap, ClearFilter key.Binding

	// Route points.
	Diagnostics, Reload key.Binding

	// Sound: what the selected phone hears, through the speaker.
	Sound key.Binding

	Help, Quit key.Binding
}

// DefaultKeyMap returns the standard bindings.
func DefaultKeyMap() KeyMap {
	b := func(keys []string, help, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return KeyMap{
		Up:       b([]string{"up", "k"}, "↑/k", "up"),
		Down:     b([]string{"down", "j"}, "↓/j", "down"),
		PageUp:   b([]string{"pgup"}, "pgup", "trace page up"),
		PageDown: b([]string{"pgdown"}, "pgdn", "trace page down"),
		Top:      b([]string{"home"}, "home", "trace oldest"),
		Bottom:   b([]string{"end"}, "end", "trace newest"),
		NextPane: b([]string{"tab"}, "tab", "next pane"),
		PrevPane: b([]string{"shift+tab"}, "⇧tab", "previous pane"),

		Dial:     b([]string{"d"}, "d", "dial"),
		Answer:   b([]string{"a"}, "a", "answer"),
		Reject:   b([]string{"r"}, "r", "reject"),
		Drop:     b([]string{"x"}, "x", "hang up"),
		Hold:     b([]string{"h"}, "h", "hold/resume"),
		Transfer: b([]string{"t"}, "t", "blind transfer"),
		Consult:  b([]string{"c"}, "c", "consult (attended)"),
		Complete: b([]string{"C"}, "C", "complete attended"),
		DTMF:     b([]string{"n"}, "n", "send DTMF"),
		Pickup:   b([]string{"p"}, "p", "pick up ringing"),
		Inbound:  b([]string{"i"}, "i", "inbound trunk call"),

		Pause:   b([]string{"space"}, "space", "pause/run clock"),
		Step:    b([]string{"s"}, "s", "step to next timer"),
		Real:    b([]string{"1"}, "1", "real time x1"),
		Fast10:  b([]string{"2"}, "2", "run x10"),
		Fast100: b([]string{"3"}, "3", "run x100"),

		Filter:      b([]string{"/"}, "/", "filter trace"),
		FilterCall:  b([]string{"."}, ".", "trace this call"),
		Level:       b([]string{"L"}, "L", "cycle min level"),
		Follow:      b([]string{"F"}, "F", "follow on/off"),
		Wrap:        b([]string{"w"}, "w", "wrap long lines"),
		ClearFilter: b([]string{"esc"}, "esc", "clear filter"),

		Diagnostics: b([]string{"v"}, "v", "diagnostics"),
		Reload:      b([]string{"R"}, "R", "reload edited scripts"),

		Sound: b([]string{"m"}, "m", "sound on/off"),

		Help: b([]string{"?"}, "?", "help"),
		Quit: b([]string{"q", "ctrl+c"}, "q", "quit"),
	}
}

// ShortHelp is the footer's one line.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Dial, k.Answer, k.Drop, k.Transfer, k.Pause, k.Step, k.Help, k.Quit}
}

// FullHelp is the help overlay, one column per group.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Dial, k.Answer, k.Reject, k.Drop, k.Hold, k.Transfer, k.Consult, k.Complete, k.DTMF, k.Pickup, k.Inbound},
		{k.Pause, k.Step, k.Real, k.Fast10, k.Fast100, k.Diagnostics, k.Reload, k.Sound, k.Up, k.Down, k.NextPane, k.PrevPane},
		{k.Filter, k.FilterCall, k.Level, k.Follow, k.Wrap, k.ClearFilter, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Help, k.Quit},
	}
}
