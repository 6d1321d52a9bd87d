package pbx

import "testing"

// FuzzParseConfig: no input makes the config parser panic, and every error it
// reports carries a position.
func FuzzParseConfig(f *testing.F) {
	f.Add(string(defaultConfig))
	f.Add("extensions:\n  - {number: \"1\", forward: {busy: \"2\"}}\n")
	f.Add("route_points:\n  - number: #101\n")
	f.Add("trunks: [{number: \"9\", dids: [{did: \"+1\"}]}]\n")
	f.Add("a: &x [*x]\n")
	f.Fuzz(func(t *testing.T, text string) {
		_, err := ParseConfig("f.yaml", []byte(text), "")
		if err == nil {
			return
		}
		errs, ok := err.(ConfigErrors)
		if !ok || len(errs) == 0 {
			t.Fatalf("error %T %v", err, err)
		}
		for _, e := range errs {
			if e.Pos.Line < 1 || e.Pos.Col < 1 {
				t.Fatalf("unpositioned error %v", e)
			}
		}
	})
}

// FuzzWAVDuration: no input makes the WAV header reader panic.
func FuzzWAVDuration(f *testing.F) {
	f.Add([]byte("RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x40\x1f\x00\x00\x80\x3e\x00\x00\x02\x00\x10\x00data\x00\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if d, ok := WAVDuration(data); ok && d < 0 {
			t.Fatalf("negative duration %v", d)
		}
	})
}
