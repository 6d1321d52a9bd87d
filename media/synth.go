package media

import "math"

// Tone is a call-progress tone: frequencies mixed, switched on and off in a
// cadence (milliseconds on, off, on, off, ...; empty: steady).
type Tone struct {
	Freqs   []float64
	Cadence []int
	Level   float64 // peak amplitude, 0..1
}

// ToneNamed returns a tone by the name the PBX uses in its media events
// ("tone:ringback"): ringback, busy or dial.
// Reference: ITU-T E.180 (ringback 425 Hz 1 s on 4 s off; busy 425 Hz 0.5/0.5 s)
// and the North American precise dial tone (350+440 Hz).
func ToneNamed(name string) (Tone, bool) {
	switch name {
	case "ringback":
		return Tone{Freqs: []float64{425}, Cadence: []int{1000, 4000}, Level: 0.25}, true
	case "busy":
		return Tone{Freqs: []float64{425}, Cadence: []int{500, 500}, Level: 0.25}, true
	case "dial":
		return Tone{Freqs: []float64{350, 440}, Level: 0.2}, true
	}
	return Tone{}, false
}

// Render returns one full cadence period of the tone (1 s when steady).
func (t Tone) Render() *Clip {
	period := 0
	for _, c := range t.Cadence {
		period += c
	}
	if period == 0 {
		period = 1000
	}
	n := period * Rate / 1000
	out := make([]int16, n)
	for i := range out {
		ms := i * 1000 / Rate
		on, acc := len(t.Cadence) == 0, 0
		for k, c := range t.Cadence {
			acc += c
			if ms < acc {
				on = k%2 == 0
				break
			}
		}
		if !on {
			continue
		}
		v := 0.0
		for _, f := range t.Freqs {
			v += math.Sin(2 * math.Pi * f * float64(i) / Rate)
		}
		out[i] = int16(v / float64(len(t.Freqs)) * t.Level * 32767)
	}
	return &Clip{Samples: out}
}

// DemoMusic synthesizes a few seconds of gentle music on hold (a looped
// arpeggio), played when a MOH file cannot be read: the demo PBX ships no
// audio files.
func DemoMusic() *Clip {
	// A minor-major arpeggio in quarter notes at 100 bpm: A3 C4 E4 A4 | F3 A3 C4 F4 | C4 E4 G4 C5 | G3 B3 D4 G4.
	notes := []float64{220, 261.63, 329.63, 440, 174.61, 220, 261.63, 349.23, 261.63, 329.63, 392, 523.25, 196, 246.94, 293.66, 392}
	const noteMS = 600
	per := noteMS * Rate / 1000
	out := make([]int16, len(notes)*per)
	for k, f := range notes {
		for i := 0; i < per; i++ {
			t := float64(i) / Rate
			env := math.Exp(-3 * t) // a plucked decay
			v := math.Sin(2*math.Pi*f*t) + 0.3*math.Sin(4*math.Pi*f*t)
			out[k*per+i] = int16(v / 1.3 * env * 0.3 * 32767)
		}
	}
	return &Clip{Samples: out}
}
