package dotnet

import (
	"math"

	"rpbench/csharp/bcl"
	"rpbench/csharp/eval"
)

// aggregate implements Sum (op 0), Min (1), Max (2) and Average (3) over the
// elements' run-time kind. Empty sequences: Sum is 0, Average/Min/Max of value
// types throw "Sequence contains no elements", Min/Max of references give null.
func aggregate(c *eval.Context, src eval.Value, op int) eval.Value {
	var items []eval.Value
	c.ForEach(src, func(x eval.Value) bool {
		if x.K != eval.KNull || op == 0 {
			items = append(items, x)
		}
		return true
	})
	if len(items) == 0 {
		if op == 0 {
			return eval.Int(0)
		}
		if op >= 6 { // Average of a nullable sequence without values
			return eval.Null
		}
		if (op == 1 || op == 2) && nullableElements(src) {
			return eval.Null
		}
		throwEx(c, "System.InvalidOperationException", "Sequence contains no elements")
	}
	k := items[0].K
	switch op {
	case 1, 2:
		best := items[0]
		for _, x := range items[1:] {
			r := compareDefault(c, x, best)
			if (op == 1 && r < 0) || (op == 2 && r > 0) {
				best = x
			}
		}
		return best
	}
	switch k {
	case eval.KDecimal:
		sum := bcl.Decimal{}
		for _, x := range items {
			sum = must(sum.Add(dec(x.R)))(c)
		}
		if op >= 3 {
			avg := must(sum.Div(bcl.DecimalFromInt64(int64(len(items)))))(c)
			if op == 4 || op == 5 || op == 7 {
				return eval.DecimalVal(avg)
			}
			return eval.Double(avg.Float64())
		}
		return eval.DecimalVal(sum)
	case eval.KDouble, eval.KFloat:
		sum := 0.0
		for _, x := range items {
			sum += x.AsDouble()
		}
		if op >= 3 {
			return eval.Double(sum / float64(len(items)))
		}
		return floatOfKind(k, sum)
	}
	var sum int64
	for _, x := range items {
		v := x.AsLong()
		if (v > 0 && sum > math.MaxInt64-v) || (v < 0 && sum < math.MinInt64-v) {
			throwEx(c, "System.OverflowException", "Arithmetic operation resulted in an overflow.")
		}
		sum += v
	}
	if op >= 3 {
		return eval.Double(float64(sum) / float64(len(items)))
	}
	if k == eval.KInt && (sum > math.MaxInt32 || sum < math.MinInt32) {
		throwEx(c, "System.OverflowException", "Arithmetic operation resulted in an overflow.")
	}
	return intOfKind(k, sum)
}

func registerLinq(r *eval.Registry) {
	const p = "System.Linq.Enumerable."
	registerLinqSeq(r)
	registerLinqGroup(r)
	r.Register(p+"__Average(object)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return aggregate(c, a[0], 5)
	})
	r.Register(p+"__Aggregate(object,int)", func(c *eval.Context, _ eval.Value, a []eval.Value) eval.Value {
		return aggregate(c, a[0], int(a[1].AsLong()))
	})
}

// nullableElements reports whether src's element type admits null (a
// reference type or Nullable<T>): Min/Max of such an empty sequence is null.
func nullableElements(src eval.Value) bool {
	var t *eval.Type
	if a := src.Arr(); a != nil {
		t = a.Elem
	} else if o := src.Obj(); o != nil && len(o.Type.TypeArgs) > 0 {
		t = o.Type.TypeArgs[0]
	}
	if t == nil {
		return false
	}
	if t.Name == "Nullable" || (t.Def != nil && t.Def.Name == "Nullable") {
		return true
	}
	return t.Kind != eval.TypeStruct && t.Kind != eval.TypeEnum && (t.Prim == eval.KObject || t.Prim == eval.KString)
}
