package callflow

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"strconv"
	"time"

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

// roundTripper is a dotnet.TimedHTTPHandler: the answer of Options.HTTP
// reaches the script after the response's Delay of loop time.
type roundTripper struct{ h *Host }

var _ dotnet.TimedHTTPHandler = roundTripper{}

// RoundTrip answers a script's request from Options.HTTP, ignoring the delay.
func (rt roundTripper) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, _, err := rt.RoundTripAfter(req)
	return resp, err
}

// RoundTripAfter answers a script's request from Options.HTTP and says after how
// much loop time the answer arrives (HTTPResponse.Delay, for errors too).
func (rt roundTripper) RoundTripAfter(req *http.Request) (*http.Response, time.Duration, error) {
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
		return nil, 0, errors.New("the HTTP fixture did not answer (Options.HTTP must call done before it returns)")
	}
	delay := resp.Delay
	if delay < 0 {
		delay = 0
	}
	if err != nil {
		return nil, delay, err
	}
	hr := &http.Response{StatusCode: resp.Status, Status: strconv.Itoa(resp.Status) + " " + http.StatusText(resp.Status),
		Header: http.Header{}, Body: io.NopCloser(bytes.NewReader(resp.Body)), Request: req,
		ContentLength: int64(len(resp.Body)), Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1}
	for _, kv := range resp.Headers {
		hr.Header.Add(kv[0], kv[1])
	}
	return hr, delay, nil
}
