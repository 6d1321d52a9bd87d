package runner

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzLoad checks that no scenario text makes the decoder panic, and that
// every error it reports carries a position.
func FuzzLoad(f *testing.F) {
	files, _ := filepath.Glob("../scenarios/*.yaml")
	for _, file := range files {
		if data, err := os.ReadFile(file); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("version: 1\nsteps: [{wait: {event: {log: {match: '('}}}}]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := LoadBytes("fuzz.yaml", data, Options{})
		if err == nil {
			return
		}
		list, ok := err.(ErrorList)
		if !ok {
			t.Fatalf("error of type %T: %v", err, err)
		}
		for _, e := range list {
			if e.Pos.File == "" || e.Msg == "" {
				t.Fatalf("error without position or message: %#v", e)
			}
		}
	})
}
