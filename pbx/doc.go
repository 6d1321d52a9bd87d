// Package pbx is rpbench's deterministic mini PBX: one event loop that owns the
// clock and all state, the DNs of a configuration (extensions with simulated
// behaviours, route points, trunks), calls made of connections, the dial plan with
// forwarding, the user operations (dial, answer, transfer, ...), the route-point
// primitives a script uses (RouteTo, Divert, ReplaceWith, AssureMedia, PlayPrompt,
// ...), and typed events that describe everything that happens.
//
// The core is a state machine in the manner of etcd-io/raft: commands (user
// operations, primitives) and the clock (timers) drive it, events come out, and
// nothing in it starts a goroutine or reads the wall clock. Post is the only entry
// that is safe from other goroutines. The same configuration, commands and seed
// always give the same event log.
//
// Read README.md in this folder first: the map of the files, the transcript test
// format and the debug flags.
package pbx
