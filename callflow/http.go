package callflow

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"strconv"

	"rpbench/csharp/dotnet"
)

// httpHandler adapts Options.HTTP to the .NET library's HttpClient seam, or
// returns nil (every request fails) when no handler is set.
func (h *Host) httpHandler() dotnet.HTTPHandler {
	if h.opts.HTTP == nil {
		return nil
	}
	return roundTripper{h}
}

type roundTripper struct{ h *Host }

// RoundTrip answers a script's request from Options.HTTP. The handler's answer
// must come while the request is made (fixture delays are not simulated here).
func (rt roundTripper) RoundTrip(req *http.Request) (*http.Response, error) {
	var body []byte
	if req.Body != nil {
		body, _ = io.ReadAll(req.Body)
	}
	var (
		resp HTTPResponse
		err  error
		done bool
	)
	rt.h.opts.HTTP(req.Method, req.URL.String(), body, func(r HTTPResponse, e error) { resp, err, done = r, e, true })
	if !done {
		return nil, errors.New("the HTTP fixture did not answer at once")
	}
	if err != nil {
		return nil, err
	}
	hr := &http.Response{StatusCode: resp.Status, Status: strconv.Itoa(resp.Status) + " " + http.StatusText(resp.Status),
		Header: http.Header{}, Body: io.NopCloser(bytes.NewReader(resp.Body)), Request: req,
		ContentLength: int64(len(resp.Body)), Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1}
	for _, kv := range resp.Headers {
		hr.Header.Add(kv[0], kv[1])
	}
	return hr, nil
}
