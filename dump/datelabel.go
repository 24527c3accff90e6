package dump

// datelineBetween reads a dateline that opens a paragraph between the
// headline (title) and the body's first line (start), as datelineLead
// reads one at the body's start: "Pressemitteilung vom 25. Januar 2022 |
// Berlin – …" set as a lead paragraph the body does not take. Lines too
// long to be date lines are where such a dateline hides; a date the
// sentence runs on from is still not one.
func datelineBetween(ls []line, title, start int, mdy bool) string {
	if title < 0 {
		return ""
	}
	for i := title + 1; i < start && i < len(ls); i++ {
		if d, ok := datelineLead(ls[i].text, mdy); ok {
			return d
		}
	}
	return ""
}
