package runner

import (
	"os"
	"path/filepath"
	"strings"

	"rpbench/callflow"
	"rpbench/pbx"
	"rpbench/scripts"
)

// CallflowHost hosts the C# scripts of a scenario's route points with package
// callflow (the 3CX API on the C# engine). Pass it as Options.RoutePointHost;
// rpbench run does. Scripts' HttpClient requests are answered from the
// scenario's HTTP fixtures, after each fixture's delay of virtual time; a
// request no fixture answers fails in the script as an unreachable host.
func CallflowHost(h *Host) error {
	opts := callflow.Options{Location: h.Location, Seed: h.Scenario.Clock.Seed, SandboxDir: h.Dir}
	opts.HTTP = func(method, url string, body []byte, done func(callflow.HTTPResponse, error)) {
		fx := h.Fixture(strings.ToUpper(method), url)
		if fx == nil {
			done(callflow.HTTPResponse{}, errNoFixture{method, url})
			return
		}
		resp := callflow.HTTPResponse{Status: fx.Status, Body: []byte(fx.Body)}
		if resp.Status == 0 {
			resp.Status = 200
		}
		for _, hd := range fx.Headers {
			resp.Headers = append(resp.Headers, [2]string{hd.Name, hd.Value})
		}
		resp.Delay = fx.Delay // the script's task completes after it, in virtual time
		done(resp, nil)
	}
	_, err := callflow.Attach(h.PBX, opts)
	return err
}

// errNoFixture is the error of an HTTP request no fixture answers.
type errNoFixture struct{ method, url string }

func (e errNoFixture) Error() string {
	return "no HTTP fixture of the scenario answers " + e.method + " " + e.url
}

// CallflowCheck checks the C# scripts of a scenario's route points when the
// scenario is loaded (pass it as Options.CheckScripts): a script that does not
// compile makes the scenario bad input, reported at the route point's entry
// in the config with the compiler's diagnostics.
func CallflowCheck(s *Scenario, cfg *pbx.Config) ErrorList {
	var errs ErrorList
	for _, rp := range cfg.RoutePoints {
		if rp.Script == "" {
			continue
		}
		path := rp.ScriptPath
		if path == "" {
			path = rp.Script
		}
		src, err := os.ReadFile(path)
		if err != nil && cfg.Embedded && strings.HasPrefix(filepath.ToSlash(rp.Script), "scripts/") {
			src, err = scripts.FS.ReadFile(strings.TrimPrefix(filepath.ToSlash(rp.Script), "scripts/"))
		}
		pos := Pos{File: rp.Pos.File, Line: rp.Pos.Line, Col: rp.Pos.Col}
		if err != nil {
			errs.Add(pos, "route point %s: cannot read its script: %v", rp.Number, err)
			continue
		}
		if diags := callflow.Check(filepath.Base(path), src); len(diags) > 0 {
			errs.Add(pos, "route point %s: its script does not compile:\n%s", rp.Number, strings.Join(diags, "\n"))
		}
	}
	return errs
}
