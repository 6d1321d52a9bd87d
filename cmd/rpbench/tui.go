package main

import "fmt"

// tuiMain starts the terminal UI. This placeholder is replaced by the TUI's own file.
func tuiMain(args []string) int {
	fmt.Println("rpbench: the terminal UI is not built in yet; try 'rpbench run scenarios/' or 'rpbench --help'")
	return 0
}
