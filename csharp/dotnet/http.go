package dotnet

import (
	"bytes"
	"io"
	"net/http"
	"sort"
	"strings"
	"time"

	"rpbench/csharp/eval"
)

// TimedHTTPHandler is an HTTPHandler whose answers take time to arrive. An
// interpreter whose Options.HTTP implements it completes each request's task
// after the delay RoundTripAfter returns, on the interpreter's host loop (in
// loop time: virtual in scenarios). A plain HTTPHandler answers with no delay,
// still asynchronously (the task completes on the loop, after the caller's
// current work), as a real HttpClient does.
type TimedHTTPHandler interface {
	HTTPHandler
	// RoundTripAfter answers req like RoundTrip and says how long the answer
	// (or the error) takes to arrive.
	RoundTripAfter(req *http.Request) (resp *http.Response, delay time.Duration, err error)
}

// httpResult is the answer of the host's handler, as HttpClient natives read it.
type httpResult struct {
	status  int
	reason  string
	body    []byte
	headers []string
}

// httpPending is one request in flight: its Task<object> completes with an
// *httpResult, faults with HttpRequestException, or is canceled (the client's
// Timeout, or its CancellationToken through __Abort).
type httpPending struct {
	task *eval.Task
	stop func() bool // cancels the pending completion timer
}

func registerHTTP(r *eval.Registry) {
	const p = "System.Net.Http.HttpClient."
	// __Start(method, uri, headers, body, timeoutTicks, timeoutException) starts a request.
	r.Register(p+"__Start(string,string,string[],byte[],long,TaskCanceledException)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		method, uri := a[0].AsString(), a[1].AsString()
		if a[1].K == eval.KNull {
			throwEx(c, "System.InvalidOperationException", "An invalid request URI was provided. Either the request URI must be an absolute URI or BaseAddress must be set.")
		}
		var body io.Reader
		if a[3].K != eval.KNull {
			body = bytes.NewReader(bytesOf(a[3]))
		}
		req, err := http.NewRequest(method, uri, body)
		if err != nil {
			throwEx(c, "System.InvalidOperationException", "An invalid request URI was provided. "+err.Error())
		}
		if arr := a[2].Arr(); arr != nil {
			for i := 0; i+1 < len(arr.Data); i += 2 {
				req.Header.Add(arr.Data[i].AsString(), arr.Data[i+1].AsString())
			}
		}
		in := c.Interp()
		pend := &httpPending{task: in.NewTask(in.TypeByName("System.Object"))}
		var (
			resp  *http.Response
			delay time.Duration
		)
		switch h := stateOf(c).opts.HTTP.(type) {
		case nil:
			err = errNoHandler{method, uri}
		case TimedHTTPHandler:
			resp, delay, err = h.RoundTripAfter(req)
		default:
			resp, err = h.RoundTrip(req)
		}
		var complete func()
		if err != nil {
			ex := c.NewException("System.Net.Http.HttpRequestException", err.Error()).Obj()
			complete = func() { pend.task.SetException(ex) }
		} else {
			res := readResponse(resp)
			complete = func() { pend.task.SetResult(eval.NativeVal(res)) }
		}
		if timeout := time.Duration(a[4].AsLong()) * 100; timeout > 0 && delay >= timeout {
			ex := a[5].Obj()
			delay, complete = timeout, func() { pend.task.SetCanceled(ex) }
		}
		pend.stop = in.Host().AfterFunc(delay, complete)
		return eval.NativeVal(pend)
	})
	pending := func(c *eval.Context, v eval.Value) *httpPending {
		if p, ok := v.R.(*httpPending); ok {
			return p
		}
		throwEx(c, "System.NullReferenceException", "Object reference not set to an instance of an object.")
		return nil
	}
	r.Register(p+"__Task(object)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return pending(c, a[0]).task.Value()
	})
	// __Abort(pending, exception): the request's CancellationToken was cancelled.
	r.Register(p+"__Abort(object,TaskCanceledException)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		pend := pending(c, a[0])
		if !pend.task.Done() {
			pend.stop()
			pend.task.SetCanceled(a[1].Obj())
		}
		return eval.Null
	})
	res := func(c *eval.Context, v eval.Value) *httpResult {
		if r, ok := v.R.(*httpResult); ok {
			return r
		}
		throwEx(c, "System.NullReferenceException", "Object reference not set to an instance of an object.")
		return nil
	}
	r.Register(p+"__Status(object)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Int(int32(res(c, a[0]).status))
	})
	r.Register(p+"__Reason(object)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Str(res(c, a[0]).reason)
	})
	r.Register(p+"__Body(object)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return byteArray(c, res(c, a[0]).body)
	})
	r.Register(p+"__Headers(object)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return stringArray(c, res(c, a[0]).headers)
	})
}

// errNoHandler is the error of a request when no HTTP handler is configured.
type errNoHandler struct{ method, uri string }

func (e errNoHandler) Error() string {
	return "No HTTP handler is configured: rpbench does not use the network (" + e.method + " " + e.uri + ")."
}

// readResponse reads a handler's response (status, reason, body, headers
// sorted by name) at once, as HttpClient's default ResponseContentRead does.
func readResponse(resp *http.Response) *httpResult {
	res := &httpResult{status: resp.StatusCode, reason: http.StatusText(resp.StatusCode)}
	if resp.Status != "" {
		if _, reason, ok := strings.Cut(resp.Status, " "); ok {
			res.reason = reason
		}
	}
	if resp.Body != nil {
		res.body, _ = io.ReadAll(resp.Body)
		resp.Body.Close()
	}
	names := make([]string, 0, len(resp.Header))
	for k := range resp.Header {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		for _, v := range resp.Header[k] {
			res.headers = append(res.headers, k, v)
		}
	}
	return res
}
