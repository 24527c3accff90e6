package dump

import "strings"

// laterRun weighs the densest run below the densest run [lo, hi] against
// it: when the densest run has no headline worth the name (its best
// headline scores under laterPoorHeadline: it is a menu, a script or an
// archive's banner at the top of the dump), a run below it that holds at
// least earlierMass of its value, under a headline of its own (below the
// densest run) that scores at least laterMargin higher, is the article —
// unless it lies past a comments header or repeats the densest run's
// lines.
func laterRun(ls []line, vals []float64, past []bool, best float64, lo, hi int) (int, int) {
	if hi+1 >= len(ls) {
		return lo, hi
	}
	// the cheap test first: headlines are scored only when a later run
	// is worth weighing
	b, llo, lhi := densest(ls, vals, hi+1, len(ls))
	if llo < 0 || b < earlierMass*best || past[llo] {
		return lo, hi
	}
	_, dense := bestHeadline(ls, lo, hi)
	if dense >= laterPoorHeadline || prose(ls, lo, hi) {
		return lo, hi
	}
	h, later := bestHeadline(ls, llo, lhi)
	if h <= hi || later < dense+laterMargin || repeatsRun(ls, lo, hi, llo, lhi) {
		return lo, hi
	}
	return llo, lhi
}

// repeatsRun reports a run [a, b] that repeats a line of five words or
// more of the run [lo, hi]: a second copy of the same cards or template,
// not another text.
func repeatsRun(ls []line, lo, hi, a, b int) bool {
	seen := make(map[string]bool, hi-lo+1)
	for i := lo; i <= hi; i++ {
		if ls[i].words >= 5 {
			seen[ls[i].text] = true
		}
	}
	for i := a; i <= b; i++ {
		if ls[i].words >= 5 && seen[ls[i].text] {
			return true
		}
	}
	return false
}

const (
	// laterPoorHeadline is the headline score under which the densest
	// run is not taken for the article without a look below it.
	laterPoorHeadline = 4.0
	// laterMargin is how much better the later run's headline must score.
	laterMargin = 3.0
	// proseShare is the share of a run's lines that are sentences for it
	// to be taken for prose.
	proseShare = 0.5
)

// prose reports a run most of whose lines are sentences: eight words or
// more ending with a full stop, a question or exclamation mark or an
// ellipsis, before any closing quotation marks. Such a run is an article even under a headline
// with no byline or date, not a script, a menu or a list of teasers.
func prose(ls []line, lo, hi int) bool {
	n, s := 0, 0
	for i := lo; i <= hi; i++ {
		if ls[i].text == "" {
			continue
		}
		n++ // a bullet or a box alone on its line counts against
		if ls[i].words >= 8 && endsSentence(strings.TrimRight(ls[i].text, "\"'»”’)")) {
			s++
		}
	}
	return n > 0 && float64(s) >= proseShare*float64(n)
}
