package dotnet

import (
	"rpbench/csharp/bcl"
	"rpbench/csharp/eval"
)

// zone resolves a time zone id, caching per interpreter.
func zone(c *eval.Context, id string) *bcl.TimeZone {
	const key = "rpbench/csharp/dotnet.zones"
	m, ok := c.Interp().Data[key].(map[string]*bcl.TimeZone)
	if !ok {
		m = map[string]*bcl.TimeZone{}
		c.Interp().Data[key] = m
	}
	if z, ok := m[id]; ok {
		return z
	}
	var z *bcl.TimeZone
	if id == localZoneID(c) {
		z = bcl.TimeZoneFromLocation(id, local(c))
	} else {
		z = must(bcl.FindSystemTimeZoneById(id))(c)
	}
	m[id] = z
	return z
}

func localZoneID(c *eval.Context) string {
	if l := c.Interp().Config().Location; l != nil {
		return l.String()
	}
	return "UTC"
}

func registerTimeZone(r *eval.Registry) {
	const p = "System.TimeZoneInfo."
	r.Register(p+"__LocalId()", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Str(localZoneID(c))
	})
	r.Register(p+"__Check(string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		zone(c, a[0].AsString())
		return eval.Null
	})
	r.Register(p+"__Name(string,int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		z := zone(c, a[0].AsString())
		switch a[1].AsLong() {
		case 1:
			return eval.Str(z.StandardName())
		case 2:
			return eval.Str(z.DaylightName())
		}
		return eval.Str(z.DisplayName())
	})
	r.Register(p+"__BaseOffset(string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Long(int64(zone(c, a[0].AsString()).BaseUtcOffset()))
	})
	r.Register(p+"__SupportsDst(string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Bool(zone(c, a[0].AsString()).SupportsDaylightSavingTime())
	})
	r.Register(p+"__Offset(string,long,int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Long(int64(zone(c, a[0].AsString()).GetUtcOffset(dt(a[1].AsLong(), a[2].AsLong()), local(c))))
	})
	r.Register(p+"__IsAmbiguous(string,long,int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Bool(zone(c, a[0].AsString()).IsAmbiguousTime(dt(a[1].AsLong(), a[2].AsLong()), local(c)))
	})
	r.Register(p+"__IsInvalid(string,long)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		_, err := bcl.ConvertTimeToUtc(dt(a[1].AsLong(), 0), zone(c, a[0].AsString()))
		return eval.Bool(err != nil)
	})
	r.Register(p+"__Convert(long,int,string,string,int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		d := dt(a[0].AsLong(), a[1].AsLong())
		dst := zone(c, a[3].AsString())
		var res bcl.DateTime
		switch a[4].AsLong() {
		case 0: // FromUtc: the value is taken as UTC whatever its kind (Local is converted first)
			if d.Kind() == bcl.KindLocal {
				d = d.ToUniversalTime(local(c))
			}
			res = bcl.ConvertTimeFromUtc(d, dst)
		case 1: // ToUtc
			src := zone(c, a[2].AsString())
			if d.Kind() == bcl.KindLocal && a[2].AsString() != localZoneID(c) {
				throwEx(c, "System.ArgumentException", "The conversion could not be completed because the supplied DateTime did not have the Kind property set correctly.  For example, when the Kind property is DateTimeKind.Local, the source time zone must be TimeZoneInfo.Local. (Parameter 'sourceTimeZone')")
			}
			res = must(bcl.ConvertTimeToUtc(d.SpecifyKind(bcl.KindUnspecified), src))(c)
		case 2: // ConvertTime(dt, dst)
			res = must(bcl.ConvertTime(d, dst, zone(c, localZoneID(c))))(c)
		default:
			src := zone(c, a[2].AsString())
			if d.Kind() == bcl.KindUtc {
				res = bcl.ConvertTimeFromUtc(d, dst)
			} else {
				res = must(bcl.ConvertTimeBetween(d, src, dst))(c)
			}
			if a[3].AsString() == localZoneID(c) && a[3].AsString() != "UTC" {
				res = res.SpecifyKind(bcl.KindLocal)
			}
		}
		return pairArray(c, res.Ticks(), int64(res.Kind()))
	})
}
