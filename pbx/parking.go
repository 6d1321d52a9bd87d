package pbx

import "time"

// ParkingHandler returns a Go route-point handler that behaves like the seed's
// ParkingRoutePointSample: it accepts only calls blind-transferred from an
// extension (others end at once), answers, plays PARK_MOH_SOURCE (or
// MUSICONHOLDFILE when that is empty) and every retry (15s in the sample) routes
// the call back to the transferring extension for ring (15s), until the extension
// (or someone picking up) answers or the caller hangs up. It is used by tests,
// benchmarks and as a stand-in while no C# host is wired.
func ParkingHandler(retry, ring time.Duration) RoutePointHandler {
	return HandlerFunc(func(s *RoutePointSession) {
		in := s.Info()
		s.Log(LevelTrace, "", "Parked call from "+in.CallerID+" on "+in.RoutePoint)
		if in.ReferredBy == "" {
			s.Log(LevelTrace, "", in.RoutePoint+" rejects call from "+in.CallerDN+". Reason: No referrer specified")
			s.Return(true)
			return
		}
		p := s.PBX()
		var stop func() bool
		s.OnTerminated(func() {
			if stop != nil {
				stop()
			}
			s.Return(true)
		})
		s.AssureMedia(func(r Result) {
			if !r.OK {
				s.Return(true)
				return
			}
			moh := p.Parameter("PARK_MOH_SOURCE")
			if moh == "" {
				moh = p.Parameter("MUSICONHOLDFILE")
			}
			s.SetBackgroundAudio(true, []string{moh})
			var try func()
			try = func() {
				stop = p.AfterFunc(retry, func() {
					stop = nil
					s.RouteTo([]RouteRequest{{Target: in.ReferredBy, Timeout: ring}}, func(r Result) {
						if r.OK || r.Reason == ReasonParentTerminated || s.Returned() {
							s.Return(true)
							return
						}
						try()
					})
				})
			}
			try()
		})
	})
}
