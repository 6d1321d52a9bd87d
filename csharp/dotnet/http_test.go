package dotnet

import (
	"bytes"
	"io"
	"net/http"
	"rpbench/csharp/eval"
	"rpbench/csharp/syntax"
	"strings"
	"testing"
	"time"
)

// timedHTTP answers like fixtureHTTP after the delay named by the query's
// "delay" parameter (a Go duration), and fails "/down" with an error after it.
type timedHTTP struct{}

func (timedHTTP) RoundTrip(req *http.Request) (*http.Response, error) {
	return fixtureHTTP{}.RoundTrip(req)
}

func (timedHTTP) RoundTripAfter(req *http.Request) (*http.Response, time.Duration, error) {
	d, _ := time.ParseDuration(req.URL.Query().Get("delay"))
	if req.URL.Path == "/down" {
		return nil, d, io.ErrUnexpectedEOF
	}
	resp, err := fixtureHTTP{}.RoundTrip(req)
	return resp, d, err
}

// TestHTTPDelayTimeoutCancel: requests complete after the handler's delay in
// loop time; HttpClient.Timeout and CancellationTokens cancel them as .NET does.
func TestHTTPDelayTimeoutCancel(t *testing.T) {
	src := `using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
class Logging : DelegatingHandler {
    public Logging() : base(new HttpClientHandler()) { }
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken token) {
        Console.WriteLine("-> " + request.Method + " " + request.RequestUri.AbsolutePath);
        var r = await base.SendAsync(request, token);
        Console.WriteLine("<- " + (int)r.StatusCode);
        return r;
    }
}
class P {
    static DateTime t0;
    static string T() { return ((int)(DateTime.UtcNow - t0).TotalMilliseconds).ToString() + "ms"; }
    static async Task Main() {
        t0 = DateTime.UtcNow;
        var c = new HttpClient();
        var get = c.GetStringAsync("https://crm.example.com/a?delay=300ms");
        Console.WriteLine("started " + get.IsCompleted);
        var first = await Task.WhenAny(get, Task.Delay(100));
        Console.WriteLine("after 100ms: " + (first == get) + " " + T());
        string s = await get;
        Console.WriteLine("got " + s.Length + " bytes at " + T());
        c.Timeout = TimeSpan.FromSeconds(2);
        try { await c.GetAsync("https://crm.example.com/b?delay=5s"); }
        catch (TaskCanceledException e) { Console.WriteLine(T() + " " + e.GetType().Name + ": " + e.Message + " / " + e.InnerException?.GetType().Name); }
        var cts = new CancellationTokenSource();
        cts.CancelAfter(500);
        try { await c.GetAsync("https://crm.example.com/c?delay=1s", cts.Token); }
        catch (OperationCanceledException e) { Console.WriteLine(T() + " " + e.GetType().Name + ": " + e.Message); }
        try { await c.GetAsync("https://crm.example.com/down?delay=200ms"); }
        catch (HttpRequestException e) { Console.WriteLine(T() + " " + e.GetType().Name + ": " + e.Message); }
        var fast = await c.GetAsync("https://crm.example.com/d?delay=1s", new CancellationTokenSource(5000).Token);
        Console.WriteLine(T() + " " + (int)fast.StatusCode);
        try { c.Timeout = TimeSpan.Zero; } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
        var logged = new HttpClient(new Logging()) { Timeout = TimeSpan.FromSeconds(1) };
        Console.WriteLine(T() + " " + await logged.GetStringAsync("https://crm.example.com/f?delay=100ms"));
        try { await logged.GetAsync("https://crm.example.com/g?delay=3s"); }
        catch (TaskCanceledException e) { Console.WriteLine(T() + " " + e.Message + " / " + e.InnerException?.GetType().Name); }
        c.Timeout = Timeout.InfiniteTimeSpan;
        var slow = await c.GetAsync("https://crm.example.com/e?delay=200s");
        Console.WriteLine(T() + " " + (int)slow.StatusCode);
    }
}
`
	in, out := newHTTPInterp(t, src)
	if code, err := in.Run(nil); err != nil || code != 0 {
		t.Fatalf("run: %v (exit %d)\n%s", err, code, out)
	}
	want := `started False
after 100ms: False 100ms
got 82 bytes at 300ms
2300ms TaskCanceledException: The request was canceled due to the configured HttpClient.Timeout of 2 seconds elapsing. / TimeoutException
2800ms TaskCanceledException: The operation was canceled.
3000ms HttpRequestException: unexpected EOF
4000ms 200
Specified argument was out of the range of valid values. (Parameter 'value')
-> GET /f
<- 200
4000ms {"method":"GET","url":"https://crm.example.com/f?delay=100ms","auth":"","body":""}
-> GET /g
5100ms The request was canceled due to the configured HttpClient.Timeout of 1 seconds elapsing. / TimeoutException
205100ms 200
`
	if got := out.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if strings.Contains(out.String(), "error") {
		t.Error(out.String())
	}
}

// newHTTPInterp loads a console program on a virtual loop starting at
// 2024-01-15 10:30 UTC with timedHTTP as the HTTP handler.
func newHTTPInterp(t *testing.T, src string) (*eval.Interp, *bytes.Buffer) {
	t.Helper()
	f, err := syntax.ParseFile("http.cs", []byte(src))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	var out bytes.Buffer
	in, err := eval.New(eval.Config{
		Libraries: []*eval.Registry{Library()},
		Host:      eval.NewVirtualLoop(time.Date(2024, 1, 15, 10, 30, 0, 0, time.UTC)),
		Stdout:    &out,
		Stderr:    &out,
	})
	if err != nil {
		t.Fatalf("library: %v", err)
	}
	Install(in, Options{HTTP: timedHTTP{}})
	if err := in.Load(f); err != nil {
		t.Fatalf("load: %v", err)
	}
	return in, &out
}
