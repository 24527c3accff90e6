package extract

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/pressclip/pressclip/doc"
)

// testNow is the fetch time the visibleDate tests read pages at.
var testNow = time.Date(2026, 12, 6, 12, 0, 0, 0, time.UTC)

// TestVisibleDate: the markup's date stands unless the page shows no
// stated date, only go-trafilatura's guess, a UTC stamp one day off the
// shown date, or a later shown date (an update up to maxUpdateDays later,
// not after the fetch);
// an earlier shown date (a teaser's, an older story's) replaces only a
// bare markup date (no time of day) at most maxStaleDays later.
func TestVisibleDate(t *testing.T) {
	cases := []struct {
		name, stated string
		guessed      bool
		shown, want  string
	}{
		{"stated, nothing shown", "2021-11-29T15:13:37", false, "", "2021-11-29T15:13:37"},
		{"stated, same day shown", "2021-11-29T15:13:37", false, "2021-11-29", "2021-11-29T15:13:37"},
		{"shown update six weeks later", "2021-11-29T15:13:37", false, "2022-01-12", "2022-01-12"},
		{"shown one day later, local time", "2019-12-09T19:00:49+01:00", false, "2019-12-10", "2019-12-10"},
		{"earlier shown date is not taken", "2022-01-21T10:00:00", false, "2022-01-14", "2022-01-21T10:00:00"},
		{"bare stated date a week after the shown one", "2020-02-12", false, "2020-02-05", "2020-02-05"},
		{"bare stated date a day after the shown one", "2020-04-30", false, "2020-04-29", "2020-04-29"},
		{"bare stated date long after the shown one", "2019-10-01", false, "2018-10-22", "2019-10-01"},
		{"bare stated date more than maxStaleDays after the shown one", "2020-02-15", false, "2020-02-05", "2020-02-15"},
		{"earlier shown date, stated date-time with zone", "2020-10-26T04:01:57-05:00", false, "2020-10-24", "2020-10-26T04:01:57-05:00"},
		{"shown update two years later", "2018-02-20T00:00:00.000Z", false, "2020-02-20", "2020-02-20"},
		{"shown update fifteen years later", "2005-07-26T16:22:26-07:00", false, "2020-04-07", "2020-04-07"},
		{"no stated date", "", false, "2020-02-02", "2020-02-02"},
		{"guess replaced by the shown date", "2019-03-01", true, "2018-12-24", "2018-12-24"},
		{"UTC stamp one day before the shown date", "2022-11-06T23:00:00.000Z", false, "2022-11-07", "2022-11-07"},
		{"UTC stamp, shown date far earlier", "2022-11-06T23:00:00Z", false, "2022-10-01", "2022-11-06T23:00:00Z"},
		{"shown date after the fetch is no update", "2023-05-01T10:00:00+02:00", false, "2031-06-14", "2023-05-01T10:00:00+02:00"},
		{"shown update on the fetch day", "2023-05-01T10:00:00+02:00", false, "2026-12-06", "2026-12-06"},
		{"shown date more than maxUpdateDays later", "1990-01-02", false, "2026-01-02", "1990-01-02"},
	}
	for _, c := range cases {
		calls := 0
		bare := !c.guessed && len(c.stated) == 10
		got := visibleDate(c.stated, c.guessed, false, bare, testNow, func() string { calls++; return c.shown })
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
		if calls > 1 {
			t.Errorf("%s: the page was read %d times", c.name, calls)
		}
	}
}

// TestVisibleDatePageOnly: a date stated only by a JSON-LD WebPage node
// stands when the page shows a date near its headline and is dropped when
// it shows none.
func TestVisibleDatePageOnly(t *testing.T) {
	cases := []struct {
		name, stated, shown, want string
	}{
		{"nothing shown", "2019-11-14T13:51:06+00:00", "", ""},
		{"same day shown", "2019-11-14T13:51:06+00:00", "2019-11-14", "2019-11-14T13:51:06+00:00"},
		{"bare date, nothing shown", "2020-09-30", "", ""},
	}
	for _, c := range cases {
		if got := visibleDate(c.stated, false, true, len(c.stated) == 10, testNow, func() string { return c.shown }); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestVisibleDateBare: an earlier shown date replaces a stated day only
// when the page's own markup states it bare; go-trafilatura's reading of
// the page is always a day and keeps it.
func TestVisibleDateBare(t *testing.T) {
	cases := []struct {
		name, stated string
		bare         bool
		shown, want  string
	}{
		{"markup day a week after the shown one", "2020-02-12", true, "2020-02-05", "2020-02-05"},
		{"go-trafilatura's day a week after the shown one", "2020-02-12", false, "2020-02-05", "2020-02-12"},
	}
	for _, c := range cases {
		if got := visibleDate(c.stated, false, false, c.bare, testNow, func() string { return c.shown }); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestExtractDateCounterExamples: whole pages through the extractor. A
// WebPage node's date that go-trafilatura's reading of another tag beat
// is not dropped as WebPage-only, while its reading of the node's own
// dateModified is; a shown date years after the fetch does
// not replace the stated one. A labelled date line closing the article
// gives the date only when the markup states none.
func TestExtractDateCounterExamples(t *testing.T) {
	body := `<p>` + strings.Repeat("The council met on Tuesday to discuss the new tram line through the old town and its cost. ", 6) + `</p>`
	cases := []struct {
		name, head, top, want string
		fetched               time.Time
		end                   string // after the article's text
	}{
		{"WebPage node and a citation date",
			`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2019-11-14T13:51:06+00:00"}]}</script><meta name="citation_publication_date" content="2021/03/12">`,
			``, "2021-03-12", time.Time{}, ""},
		{"WebPage node's dateModified, read by go-trafilatura",
			`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2014-12-20T14:35:10+00:00","dateModified":"2020-09-07T15:39:58+00:00"}]}</script>`,
			``, "", time.Time{}, ""},
		{"shown date after the fetch",
			`<meta property="article:published_time" content="2023-05-01T10:00:00+02:00">`,
			`<p>14 June 2031</p>`, "2023-05-01T10:00:00+02:00", testNow, ""},
		{"labelled date line closing the article", ``, ``, "2021-01-17", testNow, `<p>Aktualisiert am 17.01.2021.</p>`},
		{"publication label after an update label", ``, ``, "2023-11-01", testNow, strings.Repeat(body, 6) + `<p>Letzte Änderung: 31.10.2023 - 14:49:39 Erschienen am: 01.11.2023 Lesungen: 61</p>`},
		{"publication label under an update label", ``, ``, "2020-02-03", testNow, strings.Repeat(body, 6) + `<p>Stand: 20.02.2020</p><p>Veröffentlicht am 3. Februar 2020</p>`},
		{"labelled date line, markup date stated",
			`<meta property="article:published_time" content="2023-05-01T10:00:00+02:00">`,
			``, "2023-05-01T10:00:00+02:00", testNow, `<p>Aktualisiert am 17.01.2021.</p>`},
	}
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		page := `<html><head><title>Council approves the tram line</title>` + c.head + `</head><body><article><h1>Council approves the tram line</h1>` + c.top + body + body + c.end + `</article></body></html>`
		d := &doc.Doc{Raw: []byte(page), Fetched: c.fetched}
		if err := ex.Annotate(context.Background(), d); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if d.Published != c.want {
			t.Errorf("%s: published %q, want %q", c.name, d.Published, c.want)
		}
	}
}
