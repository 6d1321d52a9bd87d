package rtp

import (
	"testing"

	"github.com/pion/rtp"
)

// BenchmarkFrame is the sending work of one 20 ms packet: encode 160 samples
// and marshal the RTP packet.
func BenchmarkFrame(b *testing.B) {
	samples := make([]int16, FrameSamples)
	for i := range samples {
		samples[i] = int16(i * 97)
	}
	pkt := rtp.Packet{Header: rtp.Header{Version: 2, SSRC: 1}}
	var payload, buf []byte
	b.ReportAllocs()
	for b.Loop() {
		payload = Encode(payload[:0], PCMU, samples)
		pkt.Payload = payload
		buf, _ = appendPacket(buf[:0], &pkt)
		pkt.SequenceNumber++
	}
}
