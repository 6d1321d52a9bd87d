package runner

import (
	"bytes"
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// checkGolden compares got with testdata/name, or rewrites it with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := "testdata/" + name
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (go test -update rewrites it):\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

// TestLadderAndMermaid draws the parking scenario's call flow.
func TestLadderAndMermaid(t *testing.T) {
	s, err := Load("../scenarios/parking-go.yaml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := Run(s, Options{})
	if r.Failure != nil {
		t.Fatal(r.Failure.Detail())
	}
	var ladder, mermaid bytes.Buffer
	if err := WriteLadder(&ladder, r.Events); err != nil {
		t.Fatal(err)
	}
	if err := WriteMermaid(&mermaid, s.Name, r.Events); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "parking.ladder.txt", ladder.Bytes())
	checkGolden(t, "parking.mmd", mermaid.Bytes())
}

func TestMermaidEscapes(t *testing.T) {
	if got := mermaidText("#101; a\nb"); got != "#35;101#59; a b" {
		t.Errorf("mermaidText = %q", got)
	}
}
