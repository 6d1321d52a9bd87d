package csharp

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"rpbench/csharp/syntax"
)

func exec(t *testing.T, src string, opts Options) (string, string, int, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	opts.Stdout, opts.Stderr = &out, &errOut
	code, err := Exec("prog.cs", []byte(src), opts)
	return out.String(), errOut.String(), code, err
}

func TestExecHello(t *testing.T) {
	out, _, code, err := exec(t, `using System;
class P { static void Main() { Console.WriteLine("Hello, " + 40 + 2); Console.WriteLine($"{1.5:F2} {DateTime.Now:yyyy-MM-dd HH:mm}"); } }`, Options{})
	if err != nil || code != 0 {
		t.Fatalf("Exec: %d %v", code, err)
	}
	if want := "Hello, 402\n1.50 2024-01-01 00:00\n"; out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

func TestExecOptions(t *testing.T) {
	berlin, _ := time.LoadLocation("Europe/Berlin")
	src := `using System; using System.IO; using System.Threading.Tasks;
class P {
  static async Task<int> Main() {
    Console.WriteLine(DateTime.Now.ToString("HH:mm") + " " + DateTime.UtcNow.ToString("HH:mm"));
    await Task.Delay(TimeSpan.FromMinutes(90));
    Console.WriteLine(DateTime.Now.ToString("HH:mm"));
    Console.WriteLine(new Random(1).Next() + " " + Guid.NewGuid().ToString().Length);
    File.WriteAllText("x.txt", "data");
    Console.WriteLine(File.ReadAllText("x.txt"));
    return 7;
  }
}`
	out, _, code, err := exec(t, src, Options{Now: time.Date(2024, 6, 1, 8, 0, 0, 0, time.UTC), Location: berlin, Seed: 3, SandboxDir: t.TempDir()})
	if err != nil || code != 7 {
		t.Fatalf("Exec: %d %v (%s)", code, err, out)
	}
	if want := "10:00 08:00\n11:30\n534011718 36\ndata\n"; out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

func TestExecNoSandbox(t *testing.T) {
	out, _, _, err := exec(t, `using System; using System.IO;
class P { static void Main() { try { File.ReadAllText("a"); } catch (UnauthorizedAccessException e) { Console.WriteLine(e.Message); } } }`, Options{})
	if err != nil || out != "Access to the path 'a' is denied.\n" {
		t.Errorf("got %q %v", out, err)
	}
}

func TestExecErrors(t *testing.T) {
	_, _, code, err := exec(t, "class P { static void Main() { int x = ; } }", Options{})
	if err == nil || code != 1 || !strings.Contains(err.Error(), "prog.cs(1,") {
		t.Errorf("syntax error: %d %v", code, err)
	}
	_, stderr, code, err := exec(t, `class P { static void Main() { throw new System.InvalidOperationException("boom"); } }`, Options{})
	if err != nil || code == 0 || !strings.Contains(stderr, "System.InvalidOperationException: boom") {
		t.Errorf("unhandled: %d %v %q", code, err, stderr)
	}
	_, _, _, err = exec(t, `class P { static void Main() { while (true) { } } }`, Options{MaxSteps: 10000})
	if err == nil {
		t.Errorf("step budget not enforced")
	}
}

func TestCheck(t *testing.T) {
	if d := Check("ok.cs", []byte("class P { static void Main() { } }")); len(d) != 0 {
		t.Errorf("diagnostics for a valid file: %v", d)
	}
	d := Check("bad.cs", []byte("class P { void M() { int x = 1 } }"))
	var errs []string // warnings (CS0219 here) may come first: they are in position order
	for _, x := range d {
		if x.Severity != syntax.SevWarning {
			errs = append(errs, x.Code)
		}
	}
	if len(errs) != 1 || errs[0] != "CS1002" {
		t.Errorf("missing ; : %v", d)
	}
}
