package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedFiles returns the parking sample's paths: the shared seed (if present)
// and the copies in testdata.
func seedFiles(t *testing.T, name string) []string {
	var paths []string
	shared := filepath.Join("..", "..", "..", "shared", "seed", name)
	if _, err := os.Stat(shared); err == nil {
		paths = append(paths, shared)
	} else {
		t.Logf("shared seed %s absent; using the testdata copy only", shared)
	}
	return append(paths, filepath.Join("testdata", name))
}

// Reference: the seed document's sample (ParkingRoutePointSample.cs) must compile.
func TestParkingSampleParses(t *testing.T) {
	for _, path := range seedFiles(t, "ParkingRoutePointSample.cs") {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f, err := ParseFile("ParkingRoutePointSample.cs", src)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if len(f.Usings) != 6 || len(f.Decls) != 1 {
			t.Fatalf("%s: got %d usings, %d decls; want 6, 1", path, len(f.Usings), len(f.Decls))
		}
		ns := f.Decls[0].(*NamespaceDecl)
		cls := ns.Decls[0].(*TypeDecl)
		if cls.Name.Name != "ParkingRoutePointSample" || len(cls.Members) != 3 {
			t.Fatalf("%s: class %s with %d members", path, cls.Name.Name, len(cls.Members))
		}
	}
}

// Reference: route-point-api.md: the one-line version must be rejected with
// a clear error, because #nullable disable swallows the rest of the line.
func TestParkingSampleFlatFails(t *testing.T) {
	for _, path := range seedFiles(t, "ParkingRoutePointSample.flat.cs") {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		_, err = ParseFile("ParkingRoutePointSample.flat.cs", src)
		if err == nil {
			t.Fatalf("%s: no error", path)
		}
		diags := err.(Diagnostics)
		if len(diags) != 1 {
			t.Fatalf("%s: want exactly one diagnostic, got:\n%v", path, err)
		}
		d := diags[0]
		if d.Code != "CS1696" || d.Pos.Line != 1 || d.Pos.Col != 19 {
			t.Errorf("%s: got %v; want CS1696 at (1,19)", path, d)
		}
		for _, want := range []string{"#nullable disable", "using CallFlow;", "one line"} {
			if !strings.Contains(d.Msg, want) {
				t.Errorf("%s: message %q does not mention %q", path, d.Msg, want)
			}
		}
		t.Log(d)
	}
}

// A flattened file without the #nullable line loses everything after its
// first // comment; the error says so.
func TestFlatFileCommentHint(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "ParkingRoutePointSample.flat.cs"))
	if err != nil {
		t.Fatal(err)
	}
	src = []byte(strings.TrimPrefix(string(src), "#nullable disable "))
	_, err = ParseFile("flat.cs", src)
	if err == nil {
		t.Fatal("no error")
	}
	diags := err.(Diagnostics)
	if !strings.Contains(diags[0].Msg, "// comment at flat.cs(1,") || !strings.Contains(diags[0].Msg, "one line") {
		t.Errorf("first error does not explain the comment:\n%v", err)
	}
	if len(diags) > 2 {
		t.Errorf("cascade: %d errors\n%v", len(diags), err)
	}
	t.Log(err)
}
