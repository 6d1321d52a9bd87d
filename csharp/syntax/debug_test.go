package syntax

import (
	"os"
	"testing"
)

// TestDebugParse is a debugging aid: it parses the C# in $CSHARP_SRC (or
// the file named by $CSHARP_FILE) and logs the diagnostics, the tree dump
// and the source as Format prints it. It is skipped when neither is set:
//
//	CSHARP_SRC='class C { int x = ; }' go test ./csharp/syntax -run DebugParse -v
func TestDebugParse(t *testing.T) {
	src := os.Getenv("CSHARP_SRC")
	name := "debug.cs"
	if path := os.Getenv("CSHARP_FILE"); path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		src, name = string(b), path
	}
	if src == "" {
		t.Skip("set CSHARP_SRC or CSHARP_FILE")
	}
	f, err := ParseFile(name, []byte(src))
	t.Logf("diagnostics:\n%v\n\ntree:\n%s\nformatted:\n%s", err, Dump(f), Format(f))
}
