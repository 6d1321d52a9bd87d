package dotnet

import (
	"math/rand"
	"strings"
	"testing"

	"rpbench/csharp/eval"
)

// hashModel is a slow reference for hashTable: entries in slots, freed slots
// reused most recently freed first (as .NET's Dictionary and HashSet).
type hashModel struct {
	slots []string // "" = free
	used  []bool
	free  []int
	fold  bool
}

func (m *hashModel) norm(s string) string {
	if m.fold {
		return strings.ToUpper(s)
	}
	return s
}

func (m *hashModel) find(k string) int {
	for i, s := range m.slots {
		if m.used[i] && m.norm(s) == m.norm(k) {
			return i
		}
	}
	return -1
}

func (m *hashModel) insert(k string) {
	if n := len(m.free); n > 0 {
		i := m.free[n-1]
		m.free = m.free[:n-1]
		m.slots[i], m.used[i] = k, true
		return
	}
	m.slots = append(m.slots, k)
	m.used = append(m.used, true)
}

func (m *hashModel) remove(i int) {
	m.slots[i], m.used[i] = "", false
	m.free = append(m.free, i)
}

// TestHashTableAgainstModel runs random adds and removes (string keys, with
// and without OrdinalIgnoreCase; int keys) on hashTable and on the model and
// compares lookups, counts and enumeration order after every step.
func TestHashTableAgainstModel(t *testing.T) {
	for _, tc := range []struct {
		name string
		cmp  comparer
		ints bool
	}{{"ordinal", comparer{}, false}, {"ignorecase", comparer{kind: 2}, false}, {"ints", comparer{}, true}} {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewSource(1))
			h := newHashTable(tc.cmp)
			m := &hashModel{fold: tc.cmp.kind == 2}
			key := func() (eval.Value, string) {
				n := rng.Intn(60)
				if tc.ints {
					return eval.Int(int32(n - 30)), string(rune('A' + n))
				}
				s := "k" + string(rune('a'+n%26)) + strings.Repeat("x", n/26)
				if rng.Intn(2) == 0 {
					s = strings.ToUpper(s)
				}
				return eval.Str(s), s
			}
			for step := 0; step < 3000; step++ {
				kv, ks := key()
				hi, mi := h.find(nil, kv), m.find(ks)
				if tc.ints {
					mi = -1
					for i, s := range m.slots {
						if m.used[i] && s == ks {
							mi = i
						}
					}
				}
				if hi != mi {
					t.Fatalf("step %d: find(%s) = %d, model %d", step, ks, hi, mi)
				}
				if hi >= 0 && rng.Intn(3) > 0 {
					h.remove(nil, hi)
					m.remove(mi)
				} else if hi < 0 {
					h.insert(nil, kv, eval.Null)
					m.insert(ks)
				}
				if len(h.entries) != len(m.slots) || h.count != len(m.slots)-len(m.free) {
					t.Fatalf("step %d: %d entries / count %d, model %d slots, %d free", step, len(h.entries), h.count, len(m.slots), len(m.free))
				}
				for i := range m.slots {
					if h.entries[i].used != m.used[i] {
						t.Fatalf("step %d: slot %d used=%v, model %v", step, i, h.entries[i].used, m.used[i])
					}
				}
			}
		})
	}
}

// TestIgnoreCaseHashAgreesWithEquality: keys equal under OrdinalIgnoreCase
// (ASCII or not) must hash alike.
func TestIgnoreCaseHashAgreesWithEquality(t *testing.T) {
	h := newHashTable(comparer{kind: 2})
	for _, p := range [][2]string{{"queue", "QUEUE"}, {"Straße", "STRASSE"}, {"straße", "STRAßE"}, {"ärger", "ÄRGER"}, {"x1", "X1"}} {
		a, b := eval.Str(p[0]), eval.Str(p[1])
		ha, _ := h.keyHash(nil, a)
		hb, _ := h.keyHash(nil, b)
		if h.simpleEqual(a, b) && ha != hb {
			t.Errorf("%q and %q are equal but hash %x and %x", p[0], p[1], ha, hb)
		}
	}
	if !h.simpleEqual(eval.Str("ärger"), eval.Str("ÄRGER")) {
		t.Errorf("ärger and ÄRGER differ under OrdinalIgnoreCase")
	}
}
