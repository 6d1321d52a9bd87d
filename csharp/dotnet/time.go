package dotnet

import (
	"rpbench/csharp/bcl"
	"rpbench/csharp/eval"
)

func dt(ticks int64, kind int64) bcl.DateTime {
	d, _ := bcl.DateTimeFromTicks(ticks, bcl.DateTimeKind(kind))
	return d
}

func pairArray(c *eval.Context, a, b int64) eval.Value {
	return c.Interp().NewArray(c.Interp().TypeByName("System.Int64"), []eval.Value{eval.Long(a), eval.Long(b)})
}

func registerTime(r *eval.Registry) {
	const ts = "System.TimeSpan."
	r.Register(ts+"__Make(int,int,int,int,int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		t, err := bcl.NewTimeSpan(a[0].AsLong(), a[1].AsLong(), a[2].AsLong(), a[3].AsLong(), a[4].AsLong())
		if err != nil {
			throwEx(c, "System.ArgumentOutOfRangeException", "TimeSpan overflowed because the duration is too long.")
		}
		return eval.Long(t.Ticks())
	})
	r.Register(ts+"__TotalMilliseconds(long)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Double(bcl.TimeSpan(a[0].AsLong()).TotalMilliseconds())
	})
	r.Register(ts+"__FromUnits(double,long)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		f := a[0].AsDouble()
		var t bcl.TimeSpan
		var err error
		switch a[1].AsLong() {
		case bcl.TicksPerDay:
			t, err = bcl.TimeSpanFromDays(f)
		case bcl.TicksPerHour:
			t, err = bcl.TimeSpanFromHours(f)
		case bcl.TicksPerMinute:
			t, err = bcl.TimeSpanFromMinutes(f)
		case bcl.TicksPerSecond:
			t, err = bcl.TimeSpanFromSeconds(f)
		default:
			t, err = bcl.TimeSpanFromMilliseconds(f)
		}
		throwErr(c, err)
		return eval.Long(t.Ticks())
	})
	r.Register(ts+"__Add(long,long)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Long(must(bcl.TimeSpan(a[0].AsLong()).Add(bcl.TimeSpan(a[1].AsLong())))(c).Ticks())
	})
	r.Register(ts+"__Negate(long)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Long(must(bcl.TimeSpan(a[0].AsLong()).Negate())(c).Ticks())
	})
	r.Register(ts+"__Multiply(long,double)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Long(must(bcl.TimeSpan(a[0].AsLong()).Multiply(a[1].AsDouble()))(c).Ticks())
	})
	r.Register(ts+"__Divide(long,double)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Long(must(bcl.TimeSpan(a[0].AsLong()).Divide(a[1].AsDouble()))(c).Ticks())
	})
	r.Register(ts+"__Format(long,string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Str(must(bcl.TimeSpan(a[0].AsLong()).Format(a[1].AsString()))(c))
	})
	r.Register(ts+"__Parse(string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "input")
		return eval.Long(must(bcl.ParseTimeSpan(a[0].AsString()))(c).Ticks())
	})
	r.Register(ts+"__TryParse(string,outlong)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		t, err := bcl.ParseTimeSpan(a[0].AsString())
		c.SetRef(a[1], eval.Long(t.Ticks()))
		return eval.Bool(err == nil && a[0].K != eval.KNull)
	})

	r.Register(ts+"__ParseExact(string,string,int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Long(must(bcl.ParseExactTimeSpan(a[0].AsString(), a[1].AsString(), a[2].AsLong()&1 != 0))(c).Ticks())
	})
	r.Register(ts+"__TryParseExact(string,string,int,outlong)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		t, err := bcl.ParseExactTimeSpan(a[0].AsString(), a[1].AsString(), a[2].AsLong()&1 != 0)
		c.SetRef(a[3], eval.Long(t.Ticks()))
		return eval.Bool(err == nil)
	})

	const d = "System.DateTime."
	r.Register(d+"__CheckTicks(long)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		must(bcl.DateTimeFromTicks(a[0].AsLong(), 0))(c)
		return a[0]
	})
	r.Register(d+"__Make(int,int,int,int,int,int,int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		v := must(bcl.NewDateTime(int(a[0].AsLong()), int(a[1].AsLong()), int(a[2].AsLong()), int(a[3].AsLong()),
			int(a[4].AsLong()), int(a[5].AsLong()), int(a[6].AsLong()), 0))(c)
		return eval.Long(v.Ticks())
	})
	r.Register(d+"__Now()", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Long(bcl.DateTimeNow(now(c), local(c)).Ticks())
	})
	r.Register(d+"__UtcNow()", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Long(bcl.DateTimeUtcNow(now(c)).Ticks())
	})
	r.Register(d+"__Part(long,int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		v := dt(a[0].AsLong(), 0)
		switch a[1].AsLong() {
		case 0:
			return eval.Int(int32(v.Year()))
		case 1:
			return eval.Int(int32(v.Month()))
		case 2:
			return eval.Int(int32(v.Day()))
		}
		return eval.Int(int32(v.DayOfYear()))
	})
	r.Register(d+"__AddTicks(long,long)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Long(must(dt(a[0].AsLong(), 0).AddTicks(a[1].AsLong()))(c).Ticks())
	})
	r.Register(d+"__AddUnits(long,double,int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		v := dt(a[0].AsLong(), 0)
		f := a[1].AsDouble()
		var res bcl.DateTime
		var err error
		switch a[2].AsLong() {
		case 0:
			res, err = v.AddMilliseconds(f)
		case 1:
			res, err = v.AddSeconds(f)
		case 2:
			res, err = v.AddMinutes(f)
		case 3:
			res, err = v.AddHours(f)
		default:
			res, err = v.AddDays(f)
		}
		throwErr(c, err)
		return eval.Long(res.Ticks())
	})
	r.Register(d+"__AddMonths(long,int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Long(must(dt(a[0].AsLong(), 0).AddMonths(int(a[1].AsLong())))(c).Ticks())
	})
	r.Register(d+"__ToUtc(long)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Long(dt(a[0].AsLong(), int64(bcl.KindLocal)).ToUniversalTime(local(c)).Ticks())
	})
	r.Register(d+"__ToLocal(long)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Long(dt(a[0].AsLong(), int64(bcl.KindUtc)).ToLocalTime(local(c)).Ticks())
	})
	r.Register(d+"__DaysInMonth(int,int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		m := int(a[1].AsLong())
		if m < 1 || m > 12 {
			throwEx(c, "System.ArgumentOutOfRangeException", "Month must be between one and twelve. (Parameter 'month')")
		}
		return eval.Int(int32(bcl.DaysInMonth(int(a[0].AsLong()), m)))
	})
	r.Register(d+"__Format(long,int,string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Str(must(dt(a[0].AsLong(), a[1].AsLong()).Format(a[2].AsString(), local(c)))(c))
	})
	r.Register(d+"__Parse(string,string,int,bool)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		try := a[3].AsBool()
		if a[0].K == eval.KNull {
			if try {
				return eval.Null
			}
			nullCheck(c, a[0], "s")
		}
		var v bcl.DateTime
		var err error
		styles := bcl.DateTimeStyles(a[2].AsLong())
		if a[1].K == eval.KNull {
			v, err = bcl.ParseDateTime(a[0].AsString(), styles, now(c), local(c))
		} else {
			v, err = bcl.ParseExactDateTime(a[0].AsString(), a[1].AsString(), styles, now(c), local(c))
		}
		if err != nil {
			if try {
				return eval.Null
			}
			throwErr(c, err)
		}
		return pairArray(c, v.Ticks(), int64(v.Kind()))
	})

	const o = "System.DateTimeOffset."
	r.Register(o+"__CheckOffset(long,int,long)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		v := must(bcl.NewDateTimeOffset(dt(a[0].AsLong(), a[1].AsLong()), bcl.TimeSpan(a[2].AsLong())))(c)
		return eval.Int(int32(int64(v.Offset()) / bcl.TicksPerMinute))
	})
	r.Register(o+"__LocalOffset(long,int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		v := bcl.DateTimeOffsetFromDateTime(dt(a[0].AsLong(), a[1].AsLong()), local(c))
		return eval.Int(int32(int64(v.Offset()) / bcl.TicksPerMinute))
	})
	r.Register(o+"__FloorDiv(long,long)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		x, y := a[0].AsLong(), a[1].AsLong()
		q := x / y
		if x%y != 0 && (x < 0) != (y < 0) {
			q--
		}
		return eval.Long(q)
	})
	r.Register(o+"__UnixTicks(long,long)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		var v bcl.DateTimeOffset
		var err error
		if a[1].AsLong() == bcl.TicksPerSecond {
			v, err = bcl.DateTimeOffsetFromUnixSeconds(a[0].AsLong())
		} else {
			v, err = bcl.DateTimeOffsetFromUnixMilliseconds(a[0].AsLong())
		}
		throwErr(c, err)
		return eval.Long(v.UtcTicks())
	})
	r.Register(o+"__Format(long,int,string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		v, err := bcl.NewDateTimeOffset(dt(a[0].AsLong(), 0), bcl.TimeSpan(a[1].AsLong()*bcl.TicksPerMinute))
		throwErr(c, err)
		return eval.Str(must(v.Format(a[2].AsString()))(c))
	})
	r.Register(o+"__Parse(string,string,int,bool)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		try := a[3].AsBool()
		if a[0].K == eval.KNull {
			if try {
				return eval.Null
			}
			nullCheck(c, a[0], "input")
		}
		var v bcl.DateTimeOffset
		var err error
		styles := bcl.DateTimeStyles(a[2].AsLong())
		if a[1].K == eval.KNull {
			v, err = bcl.ParseDateTimeOffset(a[0].AsString(), styles, now(c), local(c))
		} else {
			v, err = bcl.ParseExactDateTimeOffset(a[0].AsString(), a[1].AsString(), styles, now(c), local(c))
		}
		if err != nil {
			if try {
				return eval.Null
			}
			throwErr(c, err)
		}
		return pairArray(c, v.DateTime().Ticks(), int64(v.Offset())/bcl.TicksPerMinute)
	})
}
