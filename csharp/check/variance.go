package check

// covariantLib names the library's generic interfaces whose type parameters are all
// covariant (out T): IEnumerable<Task<int>> converts to IEnumerable<Task>, not back.
var covariantLib = map[string]bool{
	"System.Collections.Generic.IEnumerable":         true,
	"System.Collections.Generic.IEnumerator":         true,
	"System.Collections.Generic.IReadOnlyCollection": true,
	"System.Collections.Generic.IReadOnlyList":       true,
	"System.Linq.IGrouping":                          true,
	"System.Linq.IOrderedEnumerable":                 true,
}

// betterCovariant decides the better conversion target between two constructions
// of one covariant library interface (convertible does not check variance
// directions, so both directions look convertible): p1 is better when each of
// its type arguments converts to p2's and one of them only in that direction.
// It reports ok=false when p1 and p2 are not such a pair.
func (b *binder) betterCovariant(p1, p2 *ty) (better, ok bool) {
	if p1.kind != kNamed || p2.kind != kNamed || p1.sym != p2.sym || len(p1.args) != len(p2.args) ||
		!covariantLib[p1.sym.NS+"."+p1.sym.Name] {
		return false, false
	}
	strict := false
	for i := range p1.args {
		x, y := p1.args[i], p2.args[i]
		if identical(x, y) {
			continue
		}
		if isUnknownish(x) || isUnknownish(y) {
			return false, false
		}
		if bx, ok := b.betterCovariant(x, y); ok {
			if !bx {
				return false, true
			}
			strict = true
			continue
		}
		if !b.c.convertible(x, y, nil) || b.c.convertible(y, x, nil) {
			return false, true
		}
		strict = true
	}
	return strict, true
}
