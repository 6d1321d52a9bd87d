// Package runner reads scenario files, replays them headless on the
// deterministic PBX in virtual time, checks their expectations, and writes
// the reports CI reads: a progress line per scenario, JUnit XML in the
// Ant/Surefire dialect, NDJSON events, golden traces, and for failures a
// text ladder and a Mermaid sequence diagram of the call flow.
//
// A scenario is a YAML file (see docs/scenario-format.md): the PBX config to
// use, the clock, HTTP fixtures for scripts, and a list of steps: user
// actions on named phones, inbound trunk calls, advances of virtual time,
// event-driven waits and expectations. Parse decodes one file and reports
// every problem as "file:line:col: message"; Run replays it.
package runner
