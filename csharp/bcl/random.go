package bcl

import "math"

// Random is System.Random constructed with a seed: .NET's Net5CompatSeedImpl,
// Knuth's subtractive generator, so that a seed gives .NET's sequence exactly.
// It is not safe for concurrent use (nor is System.Random).
type Random struct {
	seedArray [56]int32
	inext     int
	inextp    int
}

const (
	randMBIG  = math.MaxInt32
	randMSEED = 161803398
)

// NewRandom is new Random(seed).
func NewRandom(seed int32) *Random {
	r := &Random{}
	subtraction := int32(math.MaxInt32)
	if seed != math.MinInt32 {
		subtraction = seed
		if subtraction < 0 {
			subtraction = -subtraction
		}
	}
	mj := int32(randMSEED) - subtraction
	r.seedArray[55] = mj
	mk := int32(1)
	ii := 0
	for i := 1; i < 55; i++ {
		ii += 21
		if ii >= 55 {
			ii -= 55
		}
		r.seedArray[ii] = mk
		mk = mj - mk
		if mk < 0 {
			mk += randMBIG
		}
		mj = r.seedArray[ii]
	}
	for k := 1; k < 5; k++ {
		for i := 1; i < 56; i++ {
			n := i + 30
			if n >= 55 {
				n -= 55
			}
			r.seedArray[i] -= r.seedArray[1+n]
			if r.seedArray[i] < 0 {
				r.seedArray[i] += randMBIG
			}
		}
	}
	r.inext = 0
	r.inextp = 21
	return r
}

func (r *Random) internalSample() int32 {
	locINext := r.inext + 1
	if locINext >= 56 {
		locINext = 1
	}
	locINextp := r.inextp + 1
	if locINextp >= 56 {
		locINextp = 1
	}
	ret := r.seedArray[locINext] - r.seedArray[locINextp]
	if ret == randMBIG {
		ret--
	}
	if ret < 0 {
		ret += randMBIG
	}
	r.seedArray[locINext] = ret
	r.inext = locINext
	r.inextp = locINextp
	return ret
}

func (r *Random) sample() float64 { return float64(r.internalSample()) * (1.0 / randMBIG) }

func (r *Random) sampleForLargeRange() float64 {
	result := r.internalSample()
	if r.internalSample()%2 == 0 {
		result = -result
	}
	d := float64(result)
	d += math.MaxInt32 - 1
	d /= 2*math.MaxInt32 - 1
	return d
}

// Next is Random.Next(): a value in [0, int.MaxValue).
func (r *Random) Next() int32 { return r.internalSample() }

// NextMax is Random.Next(maxValue); maxValue < 0 is an ArgumentOutOfRangeException.
func (r *Random) NextMax(maxValue int32) (int32, error) {
	if maxValue < 0 {
		return 0, argOutOfRange("maxValue", "'maxValue' must be a non-negative value.")
	}
	return int32(r.sample() * float64(maxValue)), nil
}

// NextRange is Random.Next(minValue, maxValue): a value in [minValue, maxValue).
func (r *Random) NextRange(minValue, maxValue int32) (int32, error) {
	if minValue > maxValue {
		return 0, argOutOfRange("minValue", "'minValue' cannot be greater than maxValue.")
	}
	rng := int64(maxValue) - int64(minValue)
	if rng <= math.MaxInt32 {
		return int32(r.sample()*float64(rng)) + minValue, nil
	}
	return int32(int64(r.sampleForLargeRange()*float64(rng)) + int64(minValue)), nil
}

// NextDouble is Random.NextDouble(): a value in [0, 1).
func (r *Random) NextDouble() float64 { return r.sample() }

// NextBytes is Random.NextBytes(buffer).
func (r *Random) NextBytes(buf []byte) {
	for i := range buf {
		buf[i] = byte(r.internalSample())
	}
}
