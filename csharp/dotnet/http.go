package dotnet

import (
	"bytes"
	"io"
	"net/http"
	"sort"
	"strings"

	"rpbench/csharp/eval"
)

// httpResult is the answer of the host's handler, as HttpClient natives read it.
type httpResult struct {
	status  int
	reason  string
	body    []byte
	headers []string
}

func registerHTTP(r *eval.Registry) {
	const p = "System.Net.Http.HttpClient."
	r.Register(p+"__Send(string,string,string[],byte[],long)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		method, uri := a[0].AsString(), a[1].AsString()
		if a[1].K == eval.KNull {
			throwEx(c, "System.InvalidOperationException", "An invalid request URI was provided. Either the request URI must be an absolute URI or BaseAddress must be set.")
		}
		h := stateOf(c).opts.HTTP
		if h == nil {
			throwEx(c, "System.Net.Http.HttpRequestException", "No HTTP handler is configured: rpbench does not use the network ("+method+" "+uri+").")
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
		resp, err := h.RoundTrip(req)
		if err != nil {
			throwEx(c, "System.Net.Http.HttpRequestException", err.Error())
		}
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
		return eval.NativeVal(res)
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
