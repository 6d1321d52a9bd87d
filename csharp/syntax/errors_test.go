package syntax_test

import (
	"path/filepath"
	"testing"

	"rpbench/csharp/syntax/syntaxtest"
)

// TestErrors runs the error tests in testdata/errors: every syntax error
// is marked by an ERROR comment and no other diagnostic may appear.
func TestErrors(t *testing.T) {
	syntaxtest.RunDir(t, filepath.Join("testdata", "errors"), syntaxtest.ParseDiagnostics)
}
