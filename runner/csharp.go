package runner

import (
	"strings"

	"rpbench/callflow"
)

// CallflowHost hosts the C# scripts of a scenario's route points with package
// callflow (the 3CX API on the C# engine). Pass it as Options.RoutePointHost;
// rpbench run does. Scripts' HttpClient requests are answered from the
// scenario's HTTP fixtures after their delay of virtual time; a request no
// fixture answers fails in the script as an unreachable host.
func CallflowHost(h *Host) error {
	opts := callflow.Options{Location: h.Location, Seed: h.Scenario.Clock.Seed, SandboxDir: h.Dir}
	p := h.PBX
	opts.HTTP = func(method, url string, body []byte, done func(callflow.HTTPResponse, error)) {
		fx := h.Fixture(strings.ToUpper(method), url)
		if fx == nil {
			p.AfterFunc(0, func() { done(callflow.HTTPResponse{}, errNoFixture{method, url}) })
			return
		}
		resp := callflow.HTTPResponse{Status: fx.Status, Body: []byte(fx.Body)}
		if resp.Status == 0 {
			resp.Status = 200
		}
		for _, hd := range fx.Headers {
			resp.Headers = append(resp.Headers, [2]string{hd.Name, hd.Value})
		}
		p.AfterFunc(fx.Delay, func() { done(resp, nil) })
	}
	_, err := callflow.Attach(p, opts)
	return err
}

// errNoFixture is the error of an HTTP request no fixture answers.
type errNoFixture struct{ method, url string }

func (e errNoFixture) Error() string {
	return "no HTTP fixture of the scenario answers " + e.method + " " + e.url
}
