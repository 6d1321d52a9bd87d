package callflow

import (
	"strings"
	"sync"
	"time"

	"rpbench/csharp/eval"
	"rpbench/pbx"
)

// Registry returns the csharp/eval registry of the 3CX API: the preludes in
// prelude/*.cs and the Go natives behind their extern members. It is built once
// and shared by every interpreter (it holds no state of a PBX: natives find
// their Host through the interpreter's Data["callflow"]).
func Registry() *eval.Registry {
	registryOnce.Do(func() { registry = buildRegistry() })
	return registry
}

var (
	registryOnce sync.Once
	registry     *eval.Registry // read-only once built
)

func buildRegistry() *eval.Registry {
	r := eval.NewRegistry()
	for _, f := range Preludes() {
		r.AddPrelude(f.Name, f.Src)
	}
	registerCallNatives(r)
	registerConfigNatives(r)
	registerCallControl(r)
	return r
}

// dataKey is the key of the Host in eval.Interp.Data.
const dataKey = "callflow"

// hostOf returns the Host an interpreter belongs to (nil for a checker-only or
// standalone interpreter, where the natives act as an empty PBX).
func hostOf(c *eval.Context) *Host {
	h, _ := c.Interp().Data[dataKey].(*Host)
	return h
}

// sessionOf returns the session of an ICall value, or throws.
func sessionOf(c *eval.Context, v eval.Value) *session {
	if ss, ok := v.Native().(*session); ok {
		return ss
	}
	c.Throw("System.InvalidOperationException", "MyCall is not bound to a call (create scripts through the route-point host)")
	return nil
}

func str(s string) eval.Value { return eval.Str(s) }

// strOrNull returns s, or null for "".
func strOrNull(s string) eval.Value {
	if s == "" {
		return eval.Null
	}
	return eval.Str(s)
}

type native = eval.NativeFunc

func registerCallNatives(r *eval.Registry) {
	info := func(f func(in *pbx.CallInfo) eval.Value) native {
		return func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
			ss := sessionOf(c, a[0])
			ss.refresh()
			return f(&ss.info)
		}
	}
	reg := func(name string, f native) { r.Register("CallFlow.ScriptingHost."+name, f) }
	// ICallerInfo's getters: this is the ICallerInfo, whose field __s is MyCall.
	callerInfo := func(f func(in *pbx.CallInfo) eval.Value) native {
		return func(c *eval.Context, this eval.Value, _ []eval.Value) eval.Value {
			o := this.Obj()
			var call eval.Value
			if o != nil {
				if fl := o.Type.FieldByName("__s"); fl != nil {
					call = o.Fields[fl.Index]
				}
			}
			ss := sessionOf(c, call)
			ss.refresh()
			return f(&ss.info)
		}
	}
	ci := func(name string, f native) { r.Register("CallFlow.ICallerInfo.get_"+name, f) }
	ci("CallerID", callerInfo(func(in *pbx.CallInfo) eval.Value { return str(in.CallerID) }))
	ci("CallerName", callerInfo(func(in *pbx.CallInfo) eval.Value { return str(in.CallerName) }))
	ci("CalledNumber", callerInfo(func(in *pbx.CallInfo) eval.Value { return str(in.CalledNumber) }))
	ci("DIDName", callerInfo(func(in *pbx.CallInfo) eval.Value { return str(in.DIDName) }))
	reg("CallerDN", info(func(in *pbx.CallInfo) eval.Value { return strOrNull(in.CallerDN) }))
	reg("ReferredBy", info(func(in *pbx.CallInfo) eval.Value { return strOrNull(in.ReferredBy) }))
	reg("OnBehalfOf", info(func(in *pbx.CallInfo) eval.Value { return strOrNull(in.OnBehalfOf) }))
	reg("GetData", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		ss := sessionOf(c, a[0])
		ss.inherit()
		if v, ok := ss.data[a[1].AsString()]; ok {
			return str(v)
		}
		return eval.Null
	})
	reg("SetData", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		ss := sessionOf(c, a[0])
		ss.inherit()
		if ss.mode() == pbx.ModeWrapup {
			return eval.Bool(false)
		}
		ss.setData(a[1].AsString(), a[2].AsString())
		return eval.Bool(true)
	})
	reg("MediaReady", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		ss := sessionOf(c, a[0])
		return eval.Bool(ss.s.Conn().Live() && ss.s.Status() == pbx.StatusConnected)
	})
	reg("Mode", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Int(int32(sessionOf(c, a[0]).mode()))
	})
	reg("AssureMedia", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		ss := sessionOf(c, a[0])
		t := newBoolTask(c)
		h := ss.h
		if ss.mode() == pbx.ModeWrapup {
			h.p.Post(func() { h.complete(ss, t, false) })
			return t.Value()
		}
		ss.s.AssureMedia(func(res pbx.Result) { h.complete(ss, t, res.OK) })
		return t.Value()
	})
	reg("PlayPrompt", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		ss := sessionOf(c, a[0])
		prompts := stringArray(a[2])
		opts := a[3].AsInt()
		t := newBoolTask(c)
		h := ss.h
		if ss.mode() == pbx.ModeWrapup {
			h.p.Post(func() { h.complete(ss, t, false) })
			return t.Value()
		}
		po := pbx.PromptOptions{Blocked: opts&1 != 0, UnblockWhenFinished: opts&2 != 0,
			ResetBufferAtStart: opts&4 != 0, CancelPlaybackAtFirstChar: opts&8 != 0}
		ss.s.PlayPrompt(prompts, po, func(res pbx.Result) { h.complete(ss, t, res.OK) })
		return t.Value()
	})
	reg("SetBackgroundAudio", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		ss := sessionOf(c, a[0])
		if ss.mode() != pbx.ModeWrapup && ss.s.Conn().Live() {
			ss.s.SetBackgroundAudio(a[1].AsBool(), stringArray(a[2]))
		}
		return eval.Null
	})
	reg("CallChild", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		ss := sessionOf(c, a[0])
		ss.inherit()
		ss.h.startChild(ss, a[1].AsString(), a[2])
		return eval.Null
	})
	reg("Terminate", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		ss := sessionOf(c, a[0])
		if ss.mode() != pbx.ModeWrapup {
			ss.s.Terminate()
		}
		return eval.Null
	})
	reg("SetDefaultRoute", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		ss := sessionOf(c, a[0])
		ss.s.SetDefaultRoute(destNumber(a[1].AsString()), a[2].AsString())
		return eval.Null
	})
	reg("CancelRoutes", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		sessionOf(c, a[0]).s.CancelRoutes()
		return eval.Null
	})
	reg("CallString", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		ss := sessionOf(c, a[0])
		ss.refresh()
		return str(callString(ss))
	})

	logAt := func(level pbx.LogLevel) native {
		return func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
			ss := sessionOf(c, this)
			msg := a[0].AsString()
			if len(a) > 1 {
				if arr := a[1].Arr(); arr != nil && len(arr.Data) > 0 {
					msg = formatComposite(c, msg, arr.Data)
				}
			}
			ss.log(level, scriptPos(c, ss), msg)
			return eval.Null
		}
	}
	r.Register("CallFlow.ICall.Return", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		ss := sessionOf(c, this)
		if ss.finished() {
			ss.noteAt(c, "MyCall.Return("+boolName(a[0].AsBool())+") called again: ignored, the first Return stands")
			return eval.Null
		}
		ss.h.returned(ss, a[0].AsBool())
		return eval.Null
	})
	r.Register("CallFlow.ICall.StartRecording(string,RecordDirection,Action<bool>)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		ss := sessionOf(c, this)
		ss.h.startRecording(c, ss, this, a[0], recordDirections[a[1].AsInt()&3], a[2], nil)
		return eval.Null
	})
	r.Register("CallFlow.ICall.StartRecording(RecordDirection)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		ss := sessionOf(c, this)
		t := newBoolTask(c)
		ss.h.startRecording(c, ss, this, eval.Null, recordDirections[a[0].AsInt()&3], eval.Null, t)
		return t.Value()
	})
	r.Register("CallFlow.ICall.StopRecording(bool)", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		ss := sessionOf(c, this)
		if rec := takeRecording(this); rec != nil {
			ss.h.stopRecording(rec, !a[0].AsBool(), "stopped", scriptAt(c, ss))
		}
		return eval.Null
	})
	r.Register("CallFlow.ICall.SwitchTo", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		ss := sessionOf(c, this)
		ss.h.switchTo(c, ss, this, a[0].AsString())
		return eval.Null
	})
	for i, n := range []string{"Trace", "Debug", "Info", "Warn", "Error", "Critical"} {
		r.Register("CallFlow.ICall."+n, logAt(pbx.LogLevel(i)))
	}
	r.Register("CallFlow.ICall.Exception", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		ss := sessionOf(c, this)
		msg := "null"
		if !a[0].IsNull() {
			msg = toString(c, a[0])
		}
		ss.log(pbx.LevelError, scriptPos(c, ss), msg)
		return eval.Null
	})
}

// stringArray converts a string[] value (null: nil).
func stringArray(v eval.Value) []string {
	arr := v.Arr()
	if arr == nil {
		return nil
	}
	out := make([]string, len(arr.Data))
	for i, x := range arr.Data {
		out[i] = x.AsString()
	}
	return out
}

// destNumber returns the number a DestinationStruct string form ("Type.dn.external")
// targets: the internal DN's number, else the external number. A bare number is returned as is.
func destNumber(d string) string {
	i := strings.IndexByte(d, '.')
	j := strings.LastIndexByte(d, '.')
	if i < 0 || i == j {
		return d
	}
	if dn := d[i+1 : j]; dn != "" {
		return dn
	}
	return d[j+1:]
}

// callString is MyCall.ToString(): "Call c3: 101 -> RoutePoint #101 (Ringing)".
func callString(ss *session) string {
	in := &ss.info
	return "Call " + in.CallID.String() + ": " + in.CallerID + " -> " + dnString(ss.h.p, in.RoutePoint) + " (" + statusName(in.Status) + ")"
}

// statusName is the ConnectionStatus name of a pbx status.
func statusName(s pbx.ConnStatus) string {
	switch s {
	case pbx.StatusDialing:
		return "Dialing"
	case pbx.StatusRinging:
		return "Ringing"
	case pbx.StatusConnected:
		return "Connected"
	case pbx.StatusHeld:
		return "Held"
	case pbx.StatusTerminated:
		return "Terminated"
	}
	return "Undefined"
}

// statusValue is the ConnectionStatus enum value of a pbx status.
func statusValue(s pbx.ConnStatus) int32 {
	switch s {
	case pbx.StatusDialing:
		return 1
	case pbx.StatusRinging:
		return 2
	case pbx.StatusConnected:
		return 3
	case pbx.StatusHeld:
		return 4
	case pbx.StatusTerminated:
		return 5
	}
	return 0
}

// dnKind is the DN.__Wrap kind code: 0 unknown, 1 Extension, 2 RoutePoint, 3 ExternalLine.
func dnKind(d *pbx.DN) int32 {
	if d == nil {
		return 0
	}
	switch d.Kind {
	case pbx.KindExtension:
		return 1
	case pbx.KindRoutePoint:
		return 2
	case pbx.KindTrunk:
		return 3
	}
	return 0
}

// dnString is DN.ToString(): "Extension 101", "RoutePoint #101", "ExternalLine 10000".
func dnString(p *pbx.PBX, number string) string {
	var d *pbx.DN
	if p != nil {
		d = p.DN(number)
	}
	switch dnKind(d) {
	case 1:
		return "Extension " + number
	case 2:
		return "RoutePoint " + number
	case 3:
		return "ExternalLine " + number
	}
	return "DN " + number
}

func registerConfigNatives(r *eval.Registry) {
	reg := func(name string, f native) { r.Register("TCX.Configuration.ConfigHost."+name, f) }
	pbxOf := func(c *eval.Context) *pbx.PBX {
		if h := hostOf(c); h != nil {
			return h.p
		}
		return nil
	}
	dn := func(c *eval.Context, v eval.Value) *pbx.DN {
		if p := pbxOf(c); p != nil {
			return p.DN(v.AsString())
		}
		return nil
	}
	// conn resolves an ActiveConnection: MyCall (Native: *session) or (dn, id).
	type connView struct {
		ss   *session
		conn *pbx.Connection
	}
	conn := func(c *eval.Context, v eval.Value) connView {
		if ss, ok := v.Native().(*session); ok {
			ss.refresh()
			return connView{ss: ss}
		}
		o := v.Obj()
		if o == nil || len(o.Fields) < 2 {
			return connView{}
		}
		d := dn(c, o.Fields[0])
		id := o.Fields[1].AsLong()
		if d != nil {
			for _, x := range d.Connections() {
				if int64(x.ID) == id {
					return connView{conn: x}
				}
			}
		}
		return connView{}
	}
	reg("ConnID", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		cv := conn(c, a[0])
		switch {
		case cv.ss != nil:
			return eval.Int(int32(cv.ss.s.Conn().ID))
		case cv.conn != nil:
			return eval.Int(int32(cv.conn.ID))
		}
		return eval.Int(0)
	})
	reg("ConnCallID", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		cv := conn(c, a[0])
		switch {
		case cv.ss != nil:
			return eval.Int(int32(cv.ss.info.CallID))
		case cv.conn != nil && cv.conn.Call != nil:
			return eval.Int(int32(cv.conn.Call.ID))
		}
		return eval.Int(0)
	})
	reg("ConnDN", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		cv := conn(c, a[0])
		switch {
		case cv.ss != nil:
			return str(cv.ss.info.RoutePoint)
		case cv.conn != nil && cv.conn.DN != nil:
			return str(cv.conn.DN.Number)
		}
		return eval.Null
	})
	reg("ConnStatus", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		cv := conn(c, a[0])
		switch {
		case cv.ss != nil:
			return eval.Int(statusValue(cv.ss.info.Status))
		case cv.conn != nil:
			return eval.Int(statusValue(cv.conn.Status))
		}
		return eval.Int(0)
	})
	reg("ConnLastChange", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		cv := conn(c, a[0])
		var t time.Time
		switch {
		case cv.ss != nil:
			t = cv.ss.info.LastChange
		case cv.conn != nil:
			t = cv.conn.LastChange
		}
		return eval.Long(dotnetTicks(t))
	})
	reg("ConnInbound", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		cv := conn(c, a[0])
		switch {
		case cv.ss != nil:
			return eval.Bool(cv.ss.info.Inbound)
		case cv.conn != nil:
			return eval.Bool(cv.conn.Inbound)
		}
		return eval.Bool(false)
	})
	reg("ConnDialed", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		cv := conn(c, a[0])
		switch {
		case cv.ss != nil:
			return str(cv.ss.info.DialedNumber)
		case cv.conn != nil:
			return str(cv.conn.DialedNumber)
		}
		return str("")
	})
	reg("ConnExternal", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		cv := conn(c, a[0])
		if cv.ss != nil && cv.ss.info.CallerKind == pbx.KindExternal {
			return str(cv.ss.info.CallerID)
		}
		if cv.conn != nil {
			if peer := cv.conn.Peer(); peer != nil && peer.DN != nil && peer.DN.Kind == pbx.KindTrunk {
				return str(peer.Number)
			}
		}
		return str("")
	})
	reg("ConnData", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		cv := conn(c, a[0])
		var kv []string
		if cv.ss != nil {
			cv.ss.inherit()
			for _, k := range cv.ss.keys {
				kv = append(kv, k, cv.ss.data[k])
			}
		}
		return newStringArray(c, kv)
	})
	reg("ConnString", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		cv := conn(c, a[0])
		switch {
		case cv.ss != nil:
			return str("Call " + cv.ss.info.CallID.String() + ": " + dnString(cv.ss.h.p, cv.ss.info.RoutePoint) + " (" + statusName(cv.ss.info.Status) + ")")
		case cv.conn != nil && cv.conn.Call != nil:
			return str("Call " + cv.conn.Call.ID.String() + ": " + dnString(pbxOf(c), cv.conn.DN.Number) + " (" + statusName(cv.conn.Status) + ")")
		}
		return str("Call -: (Undefined)")
	})
	reg("DNKind", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Int(dnKind(dn(c, a[0])))
	})
	reg("DNExists", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Bool(dnKind(dn(c, a[0])) != 0)
	})
	reg("DNName", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		if d := dn(c, a[0]); d != nil {
			return str(d.Name)
		}
		return str("")
	})
	reg("DNString", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return str(dnString(pbxOf(c), a[0].AsString()))
	})
	reg("DNProperty", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		if d := dn(c, a[0]); d != nil {
			if v, ok := d.Properties[a[1].AsString()]; ok {
				return str(v)
			}
		}
		return eval.Null
	})
	reg("DNConnections", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		var ids []int32
		if d := dn(c, a[0]); d != nil {
			for _, x := range d.Connections() {
				ids = append(ids, int32(x.ID))
			}
		}
		return newIntArray(c, ids)
	})
	reg("AllDNs", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		var nums []string
		if p := pbxOf(c); p != nil {
			for _, d := range p.DNs() {
				if dnKind(d) != 0 {
					nums = append(nums, d.Number)
				}
			}
		}
		sortNumbers(nums)
		return newStringArray(c, nums)
	})
	reg("ExtRegistered", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		d := dn(c, a[0])
		return eval.Bool(d != nil && d.Registered())
	})
	reg("ExtLoggedIn", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		d := dn(c, a[0])
		return eval.Bool(d != nil && d.Registered() && !d.DND())
	})
	reg("ExtProfile", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		d := dn(c, a[0])
		if d != nil && d.DND() {
			return str("Do Not Disturb")
		}
		return str("Available")
	})
	reg("RPScript", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		if h := hostOf(c); h != nil {
			if pt := h.byNum[a[0].AsString()]; pt != nil {
				return str(string(pt.src))
			}
		}
		return str("")
	})
	reg("Parameter", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		if p := pbxOf(c); p != nil {
			if v, ok := p.Config().Parameters[a[0].AsString()]; ok {
				return str(v)
			}
		}
		return eval.Null
	})
	reg("IsHoliday", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		p := pbxOf(c)
		if p == nil {
			return eval.Bool(false)
		}
		set, err := parseHolidays(p.Config().Parameters["HOLIDAYS"])
		if err != nil {
			c.Throw("System.FormatException", "parameter HOLIDAYS: "+err.Error())
		}
		return eval.Bool(set[[3]int{int(a[0].AsInt()), int(a[1].AsInt()), int(a[2].AsInt())}])
	})
	reg("ScheduleActive", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		p := pbxOf(c)
		if p == nil {
			return eval.Bool(false)
		}
		name := a[0].AsString()
		ws, err := parseSchedule(p.Config().Parameters[name])
		if err != nil {
			c.Throw("System.FormatException", "parameter "+name+": "+err.Error())
		}
		return eval.Bool(ws.active(time.Weekday(a[1].AsInt()), int(a[2].AsInt())))
	})
}

// dotnetTicks converts a time to .NET DateTime ticks (100 ns since 0001-01-01 UTC).
func dotnetTicks(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	const unixEpochTicks = 621355968000000000
	return unixEpochTicks + t.UnixNano()/100
}

// sortNumbers sorts DN numbers by string order (stable, deterministic).
func sortNumbers(ns []string) {
	for i := 1; i < len(ns); i++ {
		for j := i; j > 0 && ns[j] < ns[j-1]; j-- {
			ns[j], ns[j-1] = ns[j-1], ns[j]
		}
	}
}
