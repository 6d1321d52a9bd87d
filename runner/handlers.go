package runner

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"rpbench/pbx"
)

// HandlerFactory makes the Go handler of a route point for one scenario.
// arg is what follows the name in the binding ("go:route:101" gives "101";
// "" when nothing follows).
type HandlerFactory func(arg string) (pbx.RoutePointHandler, error)

// BuiltinHandlers returns the Go route-point handlers every scenario may
// bind by name:
//
//   - go:echo answers, logs "echo: call from CALLER" (info) and each DTMF
//     digit ("echo: digit D"), and returns true on # or when the caller leaves;
//   - go:route:NUMBER routes the call to NUMBER for 15 s and returns whether
//     it was answered (false takes the default route);
//   - go:reject logs "rejected" (warn) and returns false;
//   - go:park behaves like the seed's parking sample (pbx.ParkingHandler with
//     15 s retry and ring), a stand-in while no C# host is wired.
func BuiltinHandlers() map[string]HandlerFactory {
	return map[string]HandlerFactory{
		"go:echo":   func(string) (pbx.RoutePointHandler, error) { return echoHandler(), nil },
		"go:route":  routeHandler,
		"go:reject": func(string) (pbx.RoutePointHandler, error) { return rejectHandler(), nil },
		"go:park": func(string) (pbx.RoutePointHandler, error) {
			return pbx.ParkingHandler(15*time.Second, 15*time.Second), nil
		},
	}
}

// splitHandler splits "go:route:101" into "go:route" and "101".
func splitHandler(binding string) (name, arg string) {
	rest := strings.TrimPrefix(binding, "go:")
	if i := strings.IndexByte(rest, ':'); i >= 0 {
		return "go:" + rest[:i], rest[i+1:]
	}
	return binding, ""
}

func lookupHandler(binding string, opts Options) HandlerFactory {
	name, _ := splitHandler(binding)
	if f := opts.Handlers[name]; f != nil {
		return f
	}
	return BuiltinHandlers()[name]
}

func handlerNames(opts Options) []string {
	var out []string
	for n := range BuiltinHandlers() {
		out = append(out, n)
	}
	for n := range opts.Handlers {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// registerHandlers binds the scenario's Go handlers to their route points.
func registerHandlers(p *pbx.PBX, s *Scenario, opts Options) error {
	for _, b := range s.PBX.RoutePoints {
		if b.Handler == "" {
			continue
		}
		f := lookupHandler(b.Handler, opts)
		if f == nil {
			return fmt.Errorf("%s: unknown Go handler %q", b.Pos, b.Handler)
		}
		_, arg := splitHandler(b.Handler)
		h, err := f(arg)
		if err != nil {
			return fmt.Errorf("%s: handler %s: %v", b.Pos, b.Handler, err)
		}
		p.Handle(b.Number, h)
	}
	return nil
}

func echoHandler() pbx.RoutePointHandler {
	return pbx.HandlerFunc(func(s *pbx.RoutePointSession) {
		s.OnTerminated(func() { s.Return(true) })
		s.OnDTMF(func(d rune) {
			s.Log(pbx.LevelInfo, "", "echo: digit "+string(d))
			if d == '#' {
				s.Return(true)
			}
		})
		s.AssureMedia(func(r pbx.Result) {
			if !r.OK {
				s.Return(false)
				return
			}
			s.Log(pbx.LevelInfo, "", "echo: call from "+s.Info().CallerID)
		})
	})
}

func routeHandler(arg string) (pbx.RoutePointHandler, error) {
	if arg == "" {
		return nil, fmt.Errorf("go:route needs a number: go:route:101")
	}
	return pbx.HandlerFunc(func(s *pbx.RoutePointSession) {
		s.Log(pbx.LevelInfo, "", "routing to "+arg)
		s.RouteTo([]pbx.RouteRequest{{Target: arg, Timeout: 15 * time.Second}}, func(r pbx.Result) {
			s.Return(r.OK)
		})
	}), nil
}

func rejectHandler() pbx.RoutePointHandler {
	return pbx.HandlerFunc(func(s *pbx.RoutePointSession) {
		s.Log(pbx.LevelWarn, "", "rejected")
		s.Return(false)
	})
}
