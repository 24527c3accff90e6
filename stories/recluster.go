package stories

import (
	"fmt"
	"math"
	"sort"
)

// Recluster regroups every story into topics from scratch: average-linkage
// agglomerative clustering over the stories' topic vectors, merging the
// closest pair of groups first while their mean pairwise page cosine clears
// the merge threshold. Incremental topics depend on the order pages arrive
// in (a page joins whatever topic exists when it comes); the regrouped ones
// depend only on the stories. A topic keeps the id of the former topic that
// held most of its pages, so ids already handed out mostly stay valid.
//
// The same-language threshold follows the collection's language mix
// (SameLanguageThreshold): two unrelated pages of one language share
// more vocabulary and places than the threshold for a mixed collection
// allows when every page is in that language.
func (c *Clusterer) Recluster() {
	c.ReclusterAt(c.o.ReclusterThreshold, c.ReclusterSame())
}

// ReclusterSame is the same-language threshold Recluster uses for the
// pages added so far.
func (c *Clusterer) ReclusterSame() float64 {
	langs := map[string]int{}
	for _, s := range c.stories {
		for l, k := range s.langs {
			langs[l] += k
		}
	}
	return SameLanguageThreshold(c.o.ReclusterThresholdSame, c.o.ReclusterThresholdOne, langs)
}

// SameLanguageThreshold is the same-language Recluster threshold for a
// collection with pages[l] pages in language l: one when a single language
// holds every page, mixed when none holds a majority, and in between
// linearly in how far the largest language's share s passes one half,
// mixed + (one-mixed)·(2s-1). A mixed collection's same-language pairs
// are held to the mixed threshold, which lets the groups of each language
// grow enough to meet across languages; a collection where one language
// dominates is mostly judged within that language, where unrelated pages
// share common words and places.
func SameLanguageThreshold(mixed, one float64, pages map[string]int) float64 {
	n, most := 0, 0
	for _, k := range pages {
		n += k
		most = max(most, k)
	}
	if n == 0 {
		return one
	}
	w := max(0, 2*float64(most)/float64(n)-1)
	return mixed + (one-mixed)*w
}

// ReclusterAt is Recluster at the given thresholds (cross/same language)
// instead of the Options', the same-language one as given whatever the
// collection's languages: the regrouping depends only on the stories, so
// one Clusterer can be regrouped at several settings to tune them.
func (c *Clusterer) ReclusterAt(cross, same float64) {
	n := len(c.stories)
	if n == 0 {
		return
	}
	// Pairwise dot products of the stories' topic sums, through an
	// inverted index over their terms, accumulated densely per story.
	post := make([][]posting, len(c.terms))
	adj := make([]map[int32]float64, n)
	acc := make([]float64, n)
	var touched []int32
	for i, s := range c.stories {
		// Terms in spelling order, so the sums, and the merges that hang
		// on them, are the same in every run and every arrival order.
		for _, k := range c.spellingOrder(s.tsum) {
			t, w := s.tsum.ids[k], s.tsum.w[k]
			for _, p := range post[t] {
				if acc[p.c] == 0 {
					touched = append(touched, p.c)
				}
				acc[p.c] += w * p.w
			}
			post[t] = append(post[t], posting{int32(i), w})
		}
		adj[i] = make(map[int32]float64, len(touched))
		for _, j := range touched {
			adj[i][j] = acc[j]
			acc[j] = 0
		}
		touched = touched[:0]
	}
	for i := range adj { // adj[i] holds the earlier stories; add the later
		for j, d := range adj[i] {
			if int(j) < i {
				adj[j][int32(i)] = d
			}
		}
	}
	g := &groups{size: make([]int, n), langs: make([]map[string]int, n), ver: make([]int, n)}
	for i, s := range c.stories {
		g.size[i] = s.size
		g.langs[i] = map[string]int{}
		for l, k := range s.langs {
			g.langs[i][l] = k
		}
	}
	h := &pairHeap{}
	for i := range adj {
		for j, d := range adj[i] {
			if int(j) > i {
				if m := mergeMargin(g, i, int(j), d, cross, same); m >= 0 {
					h.items = append(h.items, pair{m, int32(i), j, 0, 0})
				}
			}
		}
	}
	h.init()
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	for h.Len() > 0 {
		p := h.pop()
		a, b := int(p.a), int(p.b)
		if parent[a] != a || parent[b] != b || g.ver[a] != int(p.va) || g.ver[b] != int(p.vb) {
			continue // stale: one side has merged since
		}
		if len(adj[b]) > len(adj[a]) { // keep the larger neighbour map
			a, b = b, a
		}
		parent[b] = a
		delete(adj[a], int32(b))
		for k, d := range adj[b] {
			if int(k) == a {
				continue
			}
			adj[a][k] += d
			delete(adj[k], int32(b))
		}
		adj[b] = nil
		g.size[a] += g.size[b]
		for l, k := range g.langs[b] {
			g.langs[a][l] += k
		}
		g.ver[a]++
		for k, d := range adj[a] {
			adj[k][int32(a)] = d
			if m := mergeMargin(g, a, int(k), d, cross, same); m >= 0 {
				h.push(pair{m, int32(a), k, int32(g.ver[a]), int32(g.ver[k])})
			}
		}
	}
	root := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	c.rebuildTopics(root)
}

type posting struct {
	c int32
	w float64
}

// groups are the clusters of stories under construction.
type groups struct {
	size  []int
	langs []map[string]int
	ver   []int // bumped on every merge, to spot stale heap entries
}

// mergeMargin is how far the mean pairwise cosine of groups a and b (dot
// is the dot product of their sums) clears the merge threshold for their
// language overlap, between the thresholds cross and same.
func mergeMargin(g *groups, a, b int, dot, cross, same float64) float64 {
	overlap := 0.0
	for l, n := range g.langs[a] {
		overlap += math.Min(float64(n)/float64(g.size[a]), float64(g.langs[b][l])/float64(g.size[b]))
	}
	th := cross + (same-cross)*overlap
	return dot/float64(g.size[a]*g.size[b]) - th
}

type pair struct {
	margin float64
	a, b   int32
	va, vb int32 // the groups' versions when the pair was pushed
}

// pairHeap is a binary heap of pairs, the widest margin on top (ties: the
// lower a, then b). It is written out for pair rather than through
// container/heap: a regrouping pushes and pops millions of pairs, and the
// interface calls cost more than the comparisons.
type pairHeap struct{ items []pair }

// before orders the heap.
func before(x, y pair) bool {
	if x.margin != y.margin {
		return x.margin > y.margin
	}
	if x.a != y.a {
		return x.a < y.a
	}
	return x.b < y.b
}

func (h *pairHeap) Len() int { return len(h.items) }

func (h *pairHeap) init() {
	for i := len(h.items)/2 - 1; i >= 0; i-- {
		h.down(i)
	}
}

func (h *pairHeap) push(p pair) {
	h.items = append(h.items, p)
	it := h.items
	i := len(it) - 1
	for i > 0 {
		up := (i - 1) / 2
		if !before(it[i], it[up]) {
			break
		}
		it[i], it[up] = it[up], it[i]
		i = up
	}
}

func (h *pairHeap) pop() pair {
	it := h.items
	top := it[0]
	n := len(it) - 1
	it[0] = it[n]
	h.items = it[:n]
	h.down(0)
	return top
}

func (h *pairHeap) down(i int) { siftDown(h.items, i, before) }

// rebuildTopics replaces the topics with the groups root gives the stories:
// sums, sizes, languages, dates, titles and the topic index are rebuilt
// from the stories. Each group takes the id of the former topic holding most
// of its pages (ties: the older topic), unless a larger group took it first.
func (c *Clusterer) rebuildTopics(root func(int) int) {
	members := map[int][]int{}
	var order []int
	for i := range c.stories {
		r := root(i)
		if _, ok := members[r]; !ok {
			order = append(order, r)
		}
		members[r] = append(members[r], i)
	}
	// Larger groups choose ids first.
	type grp struct {
		stories []int
		pages   int
	}
	gs := make([]grp, 0, len(order))
	for _, r := range order {
		p := 0
		for _, s := range members[r] {
			p += c.stories[s].size
		}
		gs = append(gs, grp{members[r], p})
	}
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].pages > gs[j].pages })
	taken := map[string]bool{}
	topics := make([]*cluster, 0, len(gs))
	for _, g := range gs {
		votes := map[int]int{}
		for _, s := range g.stories {
			votes[c.root(c.stories[s].topic)] += c.stories[s].size
		}
		best, bestN := -1, -1
		for t, k := range votes {
			if taken[c.topics[t].id] {
				continue
			}
			if k > bestN || (k == bestN && t < best) {
				best, bestN = t, k
			}
		}
		id := ""
		if best >= 0 {
			id = c.topics[best].id
		} else {
			id = freshTopicID(g.stories, c.stories, taken)
		}
		taken[id] = true
		t := &cluster{id: id, indexed: map[int32]bool{}, langs: map[string]int{}, topic: -1}
		for _, s := range g.stories {
			st := c.stories[s]
			t.sum = addTo(t.sum, st.tsum)
			t.size += st.size
			for l, k := range st.langs {
				t.langs[l] += k
			}
			if !st.first.IsZero() && (t.first.IsZero() || st.first.Before(t.first)) {
				t.first = st.first
			}
			if st.last.After(t.last) {
				t.last = st.last
			}
			for i, title := range st.titles {
				if len(t.titles) < 8 {
					t.titles = append(t.titles, title)
					t.titleLangs = append(t.titleLangs, st.titleLangs[i])
				}
			}
		}
		t.sum = c.prune(t.sum)
		t.norm = vnorm(t.sum)
		ti := len(topics)
		for _, s := range g.stories {
			c.stories[s].topic = ti
		}
		topics = append(topics, t)
	}
	c.topics = topics
	c.parent = make([]int, len(topics))
	for i := range c.parent {
		c.parent[i] = i
	}
	c.tIndex = index{limit: c.o.Postings}
	for ti, t := range topics {
		for _, term := range t.sum.ids {
			t.indexed[term] = true
			c.tIndex.add(term, ti)
		}
	}
}

// freshTopicID names a group whose former topics were all taken by larger
// groups: after the first of its stories whose topic-style id ("t" + the
// story's id) is free, else the first story's with a free numeric suffix.
// A story's topic-style id is its founding topic's id, so it may be taken.
func freshTopicID(group []int, stories []*cluster, taken map[string]bool) string {
	for _, s := range group {
		if id := "t" + stories[s].id[1:]; !taken[id] {
			return id
		}
	}
	base := "t" + stories[group[0]].id[1:]
	for n := 2; ; n++ {
		if id := fmt.Sprintf("%s-%d", base, n); !taken[id] {
			return id
		}
	}
}

// spellingOrder lists the positions of v's terms in the order of their
// spelling.
func (c *Clusterer) spellingOrder(v vector) []int {
	ks := make([]int, v.len())
	for i := range ks {
		ks[i] = i
	}
	sort.Slice(ks, func(i, j int) bool { return c.terms[v.ids[ks[i]]] < c.terms[v.ids[ks[j]]] })
	return ks
}
