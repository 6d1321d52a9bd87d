package dotnet

import (
	"math"

	"rpbench/csharp/bcl"
	"rpbench/csharp/eval"
)

func registerGuidRandom(r *eval.Registry) {
	const g = "System.Guid."
	r.Register(g+"__New()", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return eval.Str(stateOf(c).guids.NewGuid().String())
	})
	r.Register(g+"__Parse(string,bool)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		if a[0].K == eval.KNull {
			if a[1].AsBool() {
				return eval.Null
			}
			nullCheck(c, a[0], "input")
		}
		u, err := bcl.ParseGuid(a[0].AsString())
		if err != nil {
			if a[1].AsBool() {
				return eval.Null
			}
			throwErr(c, err)
		}
		return eval.Str(u.String())
	})
	r.Register(g+"__Format(string,string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		u, _ := bcl.ParseGuid(a[0].AsString())
		return eval.Str(must(u.Format(a[1].AsString()))(c))
	})
	r.Register(g+"__ToBytes(string)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		u, _ := bcl.ParseGuid(a[0].AsString())
		return byteArray(c, u[:])
	})
	r.Register(g+"__FromBytes(byte[])", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "b")
		b := bytesOf(a[0])
		if len(b) != 16 {
			throwEx(c, "System.ArgumentException", "Byte array for Guid must be exactly 16 bytes long. (Parameter 'b')")
		}
		var u bcl.Guid
		copy(u[:], b)
		return eval.Str(u.String())
	})

	const p = "System.Random."
	rnd := func(c *eval.Context, this eval.Value) *bcl.Random {
		if r, ok := this.Native().(*bcl.Random); ok {
			return r
		}
		throwEx(c, "System.NullReferenceException", "Object reference not set to an instance of an object.")
		return nil
	}
	r.Register(p+".ctor", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		var seed int32
		if len(a) == 1 {
			seed = int32(a[0].AsLong())
		} else {
			// no seed: .NET picks a random one; we derive it from the engine's seed
			st := stateOf(c)
			st.randSeed = st.randSeed*6364136223846793005 + 1442695040888963407
			seed = int32(uint32(st.randSeed>>33) & math.MaxInt32)
		}
		this.Obj().Native = bcl.NewRandom(seed)
		return eval.Null
	})
	r.Register(p+"Next", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		rn := rnd(c, this)
		switch len(a) {
		case 0:
			return eval.Int(rn.Next())
		case 1:
			return eval.Int(must(rn.NextMax(int32(a[0].AsLong())))(c))
		}
		return eval.Int(must(rn.NextRange(int32(a[0].AsLong()), int32(a[1].AsLong())))(c))
	})
	r.Register(p+"NextDouble()", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		return eval.Double(rnd(c, this).NextDouble())
	})
	r.Register(p+"NextBytes(byte[])", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		nullCheck(c, a[0], "buffer")
		arr := a[0].Arr()
		b := make([]byte, len(arr.Data))
		rnd(c, this).NextBytes(b)
		for i, x := range b {
			arr.Data[i] = eval.Byte(x)
		}
		return eval.Null
	})
	// NextInt64 (not part of .NET's seeded compatibility contract): built from two samples.
	r.Register(p+"NextInt64", func(c *eval.Context, this eval.Value, a []eval.Value) eval.Value {
		rn := rnd(c, this)
		lo, hi := int64(0), int64(math.MaxInt64)
		switch len(a) {
		case 1:
			hi = a[0].AsLong()
		case 2:
			lo, hi = a[0].AsLong(), a[1].AsLong()
		}
		if hi < lo || (len(a) == 1 && hi < 0) {
			throwEx(c, "System.ArgumentOutOfRangeException", "'minValue' cannot be greater than maxValue. (Parameter 'minValue')")
		}
		if hi == lo {
			return eval.Long(lo)
		}
		span := uint64(hi - lo)
		v := (uint64(rn.Next())<<31 | uint64(rn.Next())) % span
		return eval.Long(lo + int64(v))
	})
}
