package dump

import (
	"strings"
	"testing"
)

// bodyOf joins the body blocks Extract finds in text, one per line.
func bodyOf(text string) string {
	var b strings.Builder
	for _, s := range Extract(text).Blocks {
		b.WriteString(text[s.Start:s.End] + "\n")
	}
	return b.String()
}

// bodyCase is one row of a line-rule table: a page, the strings its body
// must hold and those it must not.
type bodyCase struct {
	name, text string
	want, not  []string
}

// checkBodies runs checkBody over each row.
func checkBodies(t *testing.T, cases []bodyCase) {
	t.Helper()
	for _, c := range cases {
		checkBody(t, c.name, c.text, c.want, c.not)
	}
}

// pageHead is a small site header (navigation and a headline) that line
// rule tests put above earlierArticle's paragraphs.
const pageHead = "Home\n\n• News\n• Sport\n\nTram line to reach the northern districts by 2027\n\n"

// midArticle is a page whose body is earlierArticle's, with line put
// between its first paragraph and the rest, under a small site header:
// where a line rule must cut a line that would otherwise be kept.
func midArticle(line string) string {
	a := earlierArticle[2:]
	return pageHead + a[0] + "\n\n" + line + "\n\n" + strings.Join(a[1:], "\n\n") + "\n"
}

// checkBody reports each of want missing from the body Extract finds in
// text, and each of not kept in it; name says which case failed.
func checkBody(t *testing.T, name, text string, want, not []string) {
	t.Helper()
	body := bodyOf(text)
	for _, w := range want {
		if !strings.Contains(body, w) {
			t.Errorf("%s: missing %.40q in body %.300q", name, w, body)
		}
	}
	for _, w := range not {
		if strings.Contains(body, w) {
			t.Errorf("%s: %.40q kept in body", name, w)
		}
	}
}

// TestHeadersNotBody checks that the header of a related-stories list or
// of the comments is not body even when the run ends on it (a header
// ending with a colon scores like a short sentence).
func TestHeadersNotBody(t *testing.T) {
	p := "The city council voted on Tuesday to extend the tram line to the northern districts, a project that has been debated for more than a decade and is expected to cost about 300 million euros."
	q := "Construction is due to start next spring, the mayor said, and the first trams should run on the new tracks within three years if the courts reject the remaining complaints against the plan."
	for _, h := range []string{
		"Das könnte dich auch interessieren:",
		"Weitere Beiträge aus der Kolumne:",
		"You might also like:",
		"Kommentare zu diesem Artikel:",
	} {
		body := bodyOf("Menu\n\n" + p + "\n\n" + q + "\n\n" + h + "\n\n[image]\n© Someone\n")
		if !strings.Contains(body, p) || !strings.Contains(body, q) {
			t.Errorf("%q: article lost: %q", h, body)
		}
		if strings.Contains(body, h) {
			t.Errorf("%q kept as body: %q", h, body)
		}
	}
}
