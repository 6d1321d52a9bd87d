package tui

import "charm.land/lipgloss/v2"

// Styles holds every style the screen uses. Change a field to restyle.
type Styles struct {
	ClockBar    lipgloss.Style // the top line
	ClockMode   lipgloss.Style // REAL / VIRTUAL
	ClockPaused lipgloss.Style // PAUSED
	Title       lipgloss.Style // a pane's title
	TitleFocus  lipgloss.Style // the focused pane's title
	Header      lipgloss.Style // column headings
	Selected    lipgloss.Style // the selected row
	Dim         lipgloss.Style // secondary text
	DotOK       lipgloss.Style // the green dot
	DotBad      lipgloss.Style // the red dot
	StateIdle   lipgloss.Style
	StateRing   lipgloss.Style
	StateTalk   lipgloss.Style
	StateHeld   lipgloss.Style
	Levels      [LevelError + 1]lipgloss.Style // per trace level
	Error       lipgloss.Style                 // footer errors
	Prompt      lipgloss.Style                 // the input line's label
	Help        lipgloss.Style                 // the help overlay's frame
	Diag        lipgloss.Style                 // diagnostics lines
}

// DefaultStyles returns the standard look on a dark or light terminal
// (colours adapt to the terminal's profile when rendered).
func DefaultStyles() Styles {
	var s Styles
	green := lipgloss.Color("2")
	red := lipgloss.Color("1")
	yellow := lipgloss.Color("3")
	blue := lipgloss.Color("4")
	cyan := lipgloss.Color("6")
	grey := lipgloss.Color("8")
	s.ClockBar = lipgloss.NewStyle().Reverse(true)
	s.ClockMode = lipgloss.NewStyle().Reverse(true).Bold(true)
	s.ClockPaused = lipgloss.NewStyle().Reverse(true).Bold(true).Foreground(yellow)
	s.Title = lipgloss.NewStyle().Bold(true)
	s.TitleFocus = lipgloss.NewStyle().Bold(true).Underline(true).Foreground(cyan)
	s.Header = lipgloss.NewStyle().Faint(true)
	s.Selected = lipgloss.NewStyle().Reverse(true)
	s.Dim = lipgloss.NewStyle().Foreground(grey)
	s.DotOK = lipgloss.NewStyle().Foreground(green)
	s.DotBad = lipgloss.NewStyle().Foreground(red)
	s.StateIdle = lipgloss.NewStyle().Foreground(grey)
	s.StateRing = lipgloss.NewStyle().Foreground(yellow).Bold(true)
	s.StateTalk = lipgloss.NewStyle().Foreground(green)
	s.StateHeld = lipgloss.NewStyle().Foreground(blue)
	s.Levels[LevelTrace] = lipgloss.NewStyle().Foreground(grey)
	s.Levels[LevelDebug] = lipgloss.NewStyle().Foreground(blue)
	s.Levels[LevelInfo] = lipgloss.NewStyle().Foreground(green)
	s.Levels[LevelWarn] = lipgloss.NewStyle().Foreground(yellow)
	s.Levels[LevelError] = lipgloss.NewStyle().Foreground(red).Bold(true)
	s.Error = lipgloss.NewStyle().Foreground(red).Bold(true)
	s.Prompt = lipgloss.NewStyle().Bold(true).Foreground(cyan)
	s.Help = lipgloss.NewStyle().Border(lipgloss.NormalBorder()).Padding(0, 1)
	s.Diag = lipgloss.NewStyle().Foreground(red)
	return s
}

// stateStyle picks the style for a phone or leg state word.
func (s Styles) stateStyle(state string) lipgloss.Style {
	switch state {
	case "ringing", "dialing", "alerting":
		return s.StateRing
	case "connected", "talking":
		return s.StateTalk
	case "held", "holding", "hold":
		return s.StateHeld
	}
	return s.StateIdle
}
