package eval

// DelegateArity returns how many arguments a delegate value takes: from its
// lambda's parameter list, its method's parameters (less the receiver of an
// extension method bound to a target) or its delegate type's Invoke; -1 when
// unknown (an untyped Go function) or when v is not a delegate. Library
// natives use it to tell overloads apart that differ only in a delegate's
// parameter count (GroupBy's element and result selectors).
func DelegateArity(v Value) int {
	if v.K == KRef {
		v = *v.R.(*Value)
	}
	d, ok := v.R.(*Delegate)
	if !ok || d == nil {
		return -1
	}
	switch {
	case d.Clo != nil && d.Clo.fn != nil:
		return len(d.Clo.fn.params)
	case d.M != nil:
		n := len(d.M.Params)
		if d.M.Extension && d.Target.K != KNull {
			n--
		}
		return n
	case d.Type != nil:
		if ms := d.Type.generic().Methods["Invoke"]; len(ms) == 1 {
			return len(ms[0].Params)
		}
		if d.Type.Name == "Func" && len(d.Type.TypeArgs) > 0 {
			return len(d.Type.TypeArgs) - 1
		}
		if d.Type.Name == "Action" {
			return len(d.Type.TypeArgs)
		}
	}
	return -1
}
