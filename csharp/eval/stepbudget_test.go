package eval

import (
	"strings"
	"testing"
	"time"

	"rpbench/csharp/syntax"
)

// TestSetStepBudget runs turns of work on one interpreter, each with its own budget
// (as the route-point host does for its calls): a runaway turn stops with the budget
// it was given, and later turns still run although together they take far more steps
// than the interpreter's whole-life MaxSteps.
func TestSetStepBudget(t *testing.T) {
	src := `class P {
	static int Work(int n) { int s = 0; for (int i = 0; i < n; i++) s += i; return s; }
	static void Forever() { while (true) { } }
}`
	f, err := syntax.ParseFile("p.cs", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var fatals []string // errors outside the calls (none expected)
	in, err := New(Config{MaxSteps: 5000, Host: NewVirtualLoop(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)),
		OnUnhandled: func(e *RuntimeError) { fatals = append(fatals, e.Error()) }})
	if err != nil {
		t.Fatal(err)
	}
	if err := in.Load(f); err != nil {
		t.Fatal(err)
	}
	turn := func(budget int64, method string, args ...Value) (Value, error) {
		restore := in.SetStepBudget(budget, budget)
		defer restore()
		return in.CallStaticByName("P", method, args...)
	}
	for i := range 10 { // 10 turns of ~1000 loop iterations: well over MaxSteps in total
		v, err := turn(4000, "Work", Int(1000))
		if err != nil || v.AsInt() != 499500 || len(fatals) != 0 {
			t.Fatalf("turn %d: %v, %v, fatal errors %v", i, v, err, fatals)
		}
	}
	if _, err := turn(3000, "Forever"); err == nil || !strings.Contains(err.Error(), "p.cs(3,") ||
		!strings.Contains(err.Error(), "step budget of 3000 exceeded") {
		t.Fatalf("a runaway turn: %v, want p.cs(3,...): step budget of 3000 exceeded", err)
	}
	if v, err := turn(4000, "Work", Int(1000)); err != nil || v.AsInt() != 499500 || len(fatals) != 0 {
		t.Fatalf("the turn after a runaway one: %v, %v, fatal errors %v", v, err, fatals)
	}
	if in.Steps() <= 5000 {
		t.Fatalf("the turns took %d steps in all; the test means more than MaxSteps", in.Steps())
	}
}
