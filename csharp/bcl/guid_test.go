package bcl

import "testing"

// Reference: Guid.ToString(String) documentation (format table N, D, B, P, X) and
// Guid.ToByteArray's little-endian first three fields.
func TestGuidFormat(t *testing.T) {
	g, err := ParseGuid("{00112233-4455-6677-8899-aabbccddeeff}")
	if err != nil {
		t.Fatal(err)
	}
	if g[0] != 0x33 || g[4] != 0x55 || g[6] != 0x77 || g[8] != 0x88 {
		t.Errorf("byte order: %x", g[:])
	}
	tests := map[string]string{
		"":  "00112233-4455-6677-8899-aabbccddeeff",
		"N": "00112233445566778899aabbccddeeff",
		"B": "{00112233-4455-6677-8899-aabbccddeeff}",
		"P": "(00112233-4455-6677-8899-aabbccddeeff)",
		"X": "{0x00112233,0x4455,0x6677,{0x88,0x99,0xaa,0xbb,0xcc,0xdd,0xee,0xff}}",
	}
	for f, want := range tests {
		if got, err := g.Format(f); err != nil || got != want {
			t.Errorf("ToString(%q) = %q %v, want %q", f, got, err, want)
		}
	}
	if _, err := g.Format("Z"); err == nil {
		t.Errorf("format Z accepted")
	}
	for _, bad := range []string{"", "xyz", "00112233-4455-6677-8899-aabbccddeefg", "001122334455-6677-8899-aabbccddeeff0"} {
		if _, err := ParseGuid(bad); err == nil {
			t.Errorf("ParseGuid(%q) accepted", bad)
		}
	}
	if g2, err := ParseGuid("00112233445566778899AABBCCDDEEFF"); err != nil || g2 != g {
		t.Errorf("N form: %v %v", g2, err)
	}
}

func TestGuidGenerator(t *testing.T) {
	a, b := NewGuidGenerator(7), NewGuidGenerator(7)
	for i := 0; i < 5; i++ {
		x, y := a.NewGuid(), b.NewGuid()
		if x != y {
			t.Fatalf("same seed, different guids")
		}
		s := x.String()
		if s[14] != '4' || (s[19] != '8' && s[19] != '9' && s[19] != 'a' && s[19] != 'b') {
			t.Errorf("not a v4 guid: %s", s)
		}
	}
	if NewGuidGenerator(1).NewGuid() == NewGuidGenerator(2).NewGuid() {
		t.Errorf("different seeds gave the same guid")
	}
}
