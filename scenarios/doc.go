// Package scenarios holds the example scenario files that `rpbench run
// scenarios/` replays; its test runs each of them and checks that the
// format's documentation, its JSON Schema and the decoder agree.
package scenarios
