// Package tui is rpbench's terminal workbench: one screen that shows the
// PBX at a glance (phones, calls and their legs, route points with their
// compile state, the trace and the clock) and lets the user act as the
// phones' users.
//
// The package never touches PBX state. The [Model] sends [Command] values
// to a [Backend], which posts them to the PBX loop; the loop's events come
// back as [TraceMsg] batches and [SnapshotMsg] copies of the state, made on
// the loop's goroutine. Tests drive the Model with key messages and a
// recording Backend; [Driver] is the Backend over a real PBX.
//
// The layout follows the Bubble Tea family's habits: one [KeyMap] of
// key.Bindings with help text, one [Styles] from [DefaultStyles], and small
// components with SetSize.
package tui
