package media

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// Rate is the sample rate of every Clip and of the Player: 8 kHz.
const Rate = 8000

// Clip is a piece of mono audio at Rate.
type Clip struct {
	Samples []int16
}

// Duration returns the clip's play time in milliseconds.
func (c *Clip) Duration() int { return len(c.Samples) * 1000 / Rate }

// DecodeWAV reads a RIFF/WAVE file of 8- or 16-bit PCM or 8-bit G.711
// (A-law, µ-law), mono or stereo, at any rate, and returns it as a mono
// Clip at Rate. The error says what is wrong, with the byte offset.
func DecodeWAV(data []byte) (*Clip, error) {
	if len(data) < 12 || string(data[0:4]) != "RIFF" || string(data[8:12]) != "WAVE" {
		return nil, errors.New("wav: not a RIFF/WAVE file")
	}
	var (
		format, channels, bits uint16
		rate                   uint32
		haveFmt                bool
	)
	for off := 12; off+8 <= len(data); {
		id := string(data[off : off+4])
		size := int(binary.LittleEndian.Uint32(data[off+4 : off+8]))
		body := off + 8
		end := body + size
		if size < 0 || end > len(data) {
			end = len(data) // a truncated last chunk: use what is there
		}
		switch id {
		case "fmt ":
			if end-body < 16 {
				return nil, fmt.Errorf("wav: fmt chunk at byte %d is %d bytes, want at least 16", off, end-body)
			}
			format = binary.LittleEndian.Uint16(data[body:])
			channels = binary.LittleEndian.Uint16(data[body+2:])
			rate = binary.LittleEndian.Uint32(data[body+4:])
			bits = binary.LittleEndian.Uint16(data[body+14:])
			if format == 0xFFFE && end-body >= 26 { // WAVE_FORMAT_EXTENSIBLE: the sub-format's first two bytes
				format = binary.LittleEndian.Uint16(data[body+24:])
			}
			haveFmt = true
		case "data":
			if !haveFmt {
				return nil, fmt.Errorf("wav: data chunk at byte %d comes before the fmt chunk", off)
			}
			return decodePCM(data[body:end], format, channels, bits, rate)
		}
		off = body + size + size&1
	}
	return nil, errors.New("wav: no data chunk")
}

func decodePCM(b []byte, format, channels, bits uint16, rate uint32) (*Clip, error) {
	if channels == 0 || channels > 8 {
		return nil, fmt.Errorf("wav: %d channels", channels)
	}
	if rate < 1000 || rate > 192000 {
		return nil, fmt.Errorf("wav: sample rate %d Hz is out of range", rate)
	}
	var sample func(i int) int16
	width := 0
	switch {
	case format == 1 && bits == 16:
		width = 2
		sample = func(i int) int16 { return int16(binary.LittleEndian.Uint16(b[i:])) }
	case format == 1 && bits == 8:
		width = 1
		sample = func(i int) int16 { return int16(int(b[i])-128) << 8 }
	case format == 6 && bits == 8:
		width = 1
		sample = func(i int) int16 { return alaw(b[i]) }
	case format == 7 && bits == 8:
		width = 1
		sample = func(i int) int16 { return ulaw(b[i]) }
	default:
		return nil, fmt.Errorf("wav: format %d with %d bits is not supported (PCM 8/16-bit, A-law, µ-law)", format, bits)
	}
	frame := width * int(channels)
	n := len(b) / frame
	mono := make([]int16, n)
	for i := 0; i < n; i++ {
		sum := 0
		for ch := 0; ch < int(channels); ch++ {
			sum += int(sample(i*frame + ch*width))
		}
		mono[i] = int16(sum / int(channels))
	}
	return &Clip{Samples: resample(mono, int(rate), Rate)}, nil
}

// resample converts by linear interpolation (plenty for a phone speaker).
func resample(in []int16, from, to int) []int16 {
	if from == to || len(in) == 0 {
		return in
	}
	n := int(int64(len(in)) * int64(to) / int64(from))
	out := make([]int16, n)
	for i := range out {
		pos := int64(i) * int64(from)
		j, frac := int(pos/int64(to)), pos%int64(to)
		a := int64(in[j])
		bv := a
		if j+1 < len(in) {
			bv = int64(in[j+1])
		}
		out[i] = int16(a + (bv-a)*frac/int64(to))
	}
	return out
}

// alaw decodes one G.711 A-law byte. Reference: ITU-T G.711 §A.
func alaw(v byte) int16 {
	v ^= 0x55
	t := int(v&0x0f)<<4 + 8
	seg := int(v&0x70) >> 4
	if seg >= 1 {
		t += 0x100
	}
	if seg > 1 {
		t <<= seg - 1
	}
	if v&0x80 == 0 {
		t = -t
	}
	return int16(t)
}

// ulaw decodes one G.711 µ-law byte. Reference: ITU-T G.711 §B.
func ulaw(v byte) int16 {
	v = ^v
	t := (int(v&0x0f)<<3 + 0x84) << ((v & 0x70) >> 4)
	if v&0x80 != 0 {
		return int16(0x84 - t)
	}
	return int16(t - 0x84)
}

// EncodeWAV writes a clip as a 16-bit PCM mono WAV file at Rate.
func EncodeWAV(c *Clip) []byte {
	n := len(c.Samples) * 2
	b := make([]byte, 44+n)
	copy(b[0:], "RIFF")
	binary.LittleEndian.PutUint32(b[4:], uint32(36+n))
	copy(b[8:], "WAVEfmt ")
	binary.LittleEndian.PutUint32(b[16:], 16)
	binary.LittleEndian.PutUint16(b[20:], 1)
	binary.LittleEndian.PutUint16(b[22:], 1)
	binary.LittleEndian.PutUint32(b[24:], Rate)
	binary.LittleEndian.PutUint32(b[28:], Rate*2)
	binary.LittleEndian.PutUint16(b[32:], 2)
	binary.LittleEndian.PutUint16(b[34:], 16)
	copy(b[36:], "data")
	binary.LittleEndian.PutUint32(b[40:], uint32(n))
	for i, s := range c.Samples {
		binary.LittleEndian.PutUint16(b[44+2*i:], uint16(s))
	}
	return b
}
