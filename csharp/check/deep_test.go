package check_test

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestDeepLambdas checks that nested lambdas cost linear time, not exponential.
func TestDeepLambdas(t *testing.T) {
	u := universe(t)
	for _, n := range []int{4, 8, 16, 32} {
		body := "1"
		for i := 0; i < n; i++ {
			body = "Task.Run(() => { return " + body + "; })"
		}
		// Task.Run unwraps a lambda returning a task: the whole nest is a Task<int>
		src := fmt.Sprintf("using System.Threading.Tasks; class P { static void Main() { int x = %s.Result; string s = %s.Result; } }", body, strings.Replace(body, "1", "\"s\"", 1))
		start := time.Now()
		d := u.CheckSource("deep.cs", []byte(src))
		t.Logf("depth %d: %v, %d diagnostics", n, time.Since(start), len(d))
		for _, x := range d {
			t.Errorf("%v", x)
		}
	}
}
