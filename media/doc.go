// Package media turns what a party hears into audio: WAV files (music on
// hold, prompts), call-progress tones, and a [Player] that a speaker pulls
// samples from. Audio is 16-bit signed mono at [Rate] samples a second, the
// telephone band.
//
// The PBX never renders audio (its media state is events); the workbench
// renders what the selected phone hears, in real time only. The speaker
// itself is in media/speaker, the only cgo package.
package media
