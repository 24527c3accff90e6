package stories

import (
	"math"
	"slices"
)

// vector is a sparse vector over the Clusterer's term ids: ids ascending,
// w[i] the weight of ids[i]. Pages and centroids are compared through a
// dense scratch array (scratch), so a comparison reads each of a
// candidate's terms once, without hashing.
type vector struct {
	ids []int32
	w   []float64
}

// fromMap makes a vector of the weights in m.
func fromMap(m map[int32]float64) vector {
	v := vector{ids: make([]int32, 0, len(m)), w: make([]float64, len(m))}
	for t := range m {
		v.ids = append(v.ids, t)
	}
	slices.Sort(v.ids)
	for i, t := range v.ids {
		v.w[i] = m[t]
	}
	return v
}

// len is how many terms v has.
func (v vector) len() int { return len(v.ids) }

// get is the weight of term t in v (0 when absent).
func (v vector) get(t int32) float64 {
	if i, ok := slices.BinarySearch(v.ids, t); ok {
		return v.w[i]
	}
	return 0
}

// addTo returns sum + v, reusing sum's arrays when v adds no new term. Each
// term's weight is added as sum[t] += v[t] would, so the sums are the same
// as a map's.
func addTo(sum, v vector) vector {
	// Count the terms v adds.
	extra := 0
	i := 0
	for _, t := range v.ids {
		for i < len(sum.ids) && sum.ids[i] < t {
			i++
		}
		if i == len(sum.ids) || sum.ids[i] != t {
			extra++
		}
	}
	if extra == 0 {
		i = 0
		for j, t := range v.ids {
			for sum.ids[i] < t {
				i++
			}
			sum.w[i] += v.w[j]
		}
		return sum
	}
	n := len(sum.ids) + extra
	out := vector{ids: make([]int32, n), w: make([]float64, n)}
	i, j, k := 0, 0, 0
	for i < len(sum.ids) || j < len(v.ids) {
		switch {
		case j == len(v.ids) || (i < len(sum.ids) && sum.ids[i] < v.ids[j]):
			out.ids[k], out.w[k] = sum.ids[i], sum.w[i]
			i++
		case i == len(sum.ids) || v.ids[j] < sum.ids[i]:
			out.ids[k], out.w[k] = v.ids[j], 0+v.w[j]
			j++
		default:
			out.ids[k], out.w[k] = sum.ids[i], sum.w[i]+v.w[j]
			i++
			j++
		}
		k++
	}
	return out
}

func vnorm(v vector) float64 {
	var n float64
	for _, w := range v.w {
		n += w * w
	}
	return math.Sqrt(n)
}

// scratch is a dense copy of one vector, indexed by term id, to dot other
// vectors with: load it, dot as many vectors as needed, unload it (which
// leaves it all zero again).
type scratch struct {
	d      []float64
	loaded vector
}

// load puts v in the scratch; terms is how many term ids there are (the
// scratch grows to them at once instead of term by term).
func (s *scratch) load(v vector, terms int) {
	if n := len(v.ids); n > 0 {
		terms = max(terms, int(v.ids[n-1])+1)
	}
	if len(s.d) < terms {
		s.d = append(s.d, make([]float64, terms-len(s.d))...)
	}
	for i, t := range v.ids {
		s.d[t] = v.w[i]
	}
	s.loaded = v
}

func (s *scratch) unload() {
	for _, t := range s.loaded.ids {
		s.d[t] = 0
	}
	s.loaded = vector{}
}

// dot is the dot product of the loaded vector with v.
func (s *scratch) dot(v vector) float64 {
	var dot float64
	d := s.d
	for i, t := range v.ids {
		if int(t) < len(d) { // a term the loaded vector cannot have
			dot += v.w[i] * d[t]
		}
	}
	return dot
}

// cosine is the loaded vector's dot product with sum over norm (0 when
// norm is 0): the cosine when the loaded vector is a unit vector and norm
// is sum's norm.
func (s *scratch) cosine(sum vector, norm float64) float64 {
	if norm == 0 {
		return 0
	}
	return s.dot(sum) / norm
}
