package stories

// siftDown restores the heap order of h (a binary heap with, at its top,
// the element no other is above) below index i, where top(a, b) says that
// a belongs above b. Both heaps of the package use it: keepHeaviest's
// heap of candidate clusters and Recluster's heap of topic pairs.
func siftDown[T any](h []T, i int, top func(a, b T) bool) {
	n := len(h)
	for {
		l := 2*i + 1
		if l >= n {
			return
		}
		if r := l + 1; r < n && top(h[r], h[l]) {
			l = r
		}
		if !top(h[l], h[i]) {
			return
		}
		h[i], h[l] = h[l], h[i]
		i = l
	}
}
