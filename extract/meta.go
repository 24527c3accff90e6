package extract

import (
	"cmp"
	"encoding/json"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is the metadata read from a page.
type pageMeta struct {
	title     string
	authors   []string
	published string
	// guessed: the date is go-trafilatura's reading of the page, not one
	// the markup states (meta, JSON-LD, <time>)
	guessed bool
	// pageOnly: the markup states the date only in a JSON-LD WebPage
	// node (domMeta.pageOnly) and the date is that node's
	pageOnly bool
	// bare: the date is a day with no time of day as the page's own markup
	// states it (not go-trafilatura's reading, always a day)
	bare bool
}

// domMeta is what the page's markup states directly.
type domMeta struct {
	metaTitle, ogTitle, siteName string
	// hostName is the words of the page's host (canonical link or og:url)
	// without "www" and the top-level domain: "street-one.de" → "street one"
	hostName string
	dates    []string // candidate publication dates, best first
	// pageOnly: every date in dates is a JSON-LD WebPage node's
	// datePublished, which SEO plugins (Yoast …) give every page, an
	// about or product page too: the day the page was made, not a
	// publication date unless the page shows it
	pageOnly bool
	// pageDates counts the dates read from WebPage nodes
	pageDates int
	// pageDays are the days (YYYY-MM-DD) WebPage nodes state, published
	// or modified: go-trafilatura also reads a WebPage's dateModified
	pageDays   []string
	ldHeadline string
	ldAuthors  []string
	ldScripts  []string // the page's JSON-LD scripts as written
}

// datedMetaNames are <meta> names/properties that carry the publication date,
// in order of trust.
var datedMetaNames = []string{
	"article:published_time", "og:published_time", "datepublished", "publishdate", "publish-date", "pubdate",
	"sailthru.date", "parsely-pub-date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created", "date", "created",
}

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?`)

// cleanDate keeps the ISO date (or date-time) a value starts with, in the
// page's own time zone; "" when it is not ISO.
func cleanDate(v string) string {
	v = strings.TrimSpace(v)
	m := isoDate.FindString(v)
	if m == "" {
		return ""
	}
	if len(m) > 10 {
		m = strings.Replace(m, " ", "T", 1)
	}
	return m
}

// readDOMMeta walks head and body for meta tags, JSON-LD and <time>.
func readDOMMeta(root *html.Node) domMeta {
	var m domMeta
	metaDates := map[string]string{}
	var timeDates []string
	var walk func(n *html.Node, boiler bool)
	walk = func(n *html.Node, boiler bool) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Nav, atom.Footer, atom.Aside:
				boiler = true
			case atom.Title:
				if m.metaTitle == "" && n.FirstChild != nil {
					m.metaTitle = strings.TrimSpace(n.FirstChild.Data)
				}
			case atom.Meta:
				key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
				content := attr(n, "content")
				switch key {
				case "og:title":
					m.ogTitle = strings.TrimSpace(content)
				case "og:site_name":
					m.siteName = strings.TrimSpace(content)
				case "og:url":
					if m.hostName == "" {
						m.hostName = hostWords(content)
					}
				}
				for _, k := range datedMetaNames {
					if key == k {
						if d := cleanDate(content); d != "" && metaDates[k] == "" {
							metaDates[k] = d
						}
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") {
					if h := hostWords(attr(n, "href")); h != "" {
						m.hostName = h
					}
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					m.readJSONLD(n.FirstChild.Data)
				}
			case atom.Time:
				if !boiler {
					v := attr(n, "datetime")
					if d := cleanDate(v); d != "" {
						if strings.Contains(strings.ToLower(attr(n, "itemprop")+attr(n, "class")+attr(n, "pubdate")), "publish") || hasAttr(n, "pubdate") {
							timeDates = append([]string{d}, timeDates...)
						} else {
							timeDates = append(timeDates, d)
						}
					}
				}
			}
			if boilerName(n) {
				boiler = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, boiler)
		}
	}
	walk(root, false)
	for _, k := range datedMetaNames {
		if d := metaDates[k]; d != "" {
			m.dates = append(m.dates, d)
		}
	}
	if len(timeDates) > 0 {
		m.dates = append(m.dates, timeDates[0])
	}
	m.pageOnly = len(m.dates) > 0 && m.pageDates == len(m.dates)
	return m
}

// hostWords gives the words of a URL's host that can name the site: the
// labels without "www", "m" and the public suffix ("www.street-one.de" →
// "street one", "news.bbc.co.uk" → "news bbc"); "" when u has no host.
func hostWords(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || p.Hostname() == "" {
		return ""
	}
	labels := strings.Split(strings.ToLower(p.Hostname()), ".")
	if len(labels) < 2 {
		return ""
	}
	labels = labels[:len(labels)-1] // the top-level domain
	if n := len(labels); n >= 2 && len(labels[n-1]) <= 3 && (labels[n-1] == "co" || labels[n-1] == "com" || labels[n-1] == "org" || labels[n-1] == "net" || labels[n-1] == "gov" || labels[n-1] == "ac") {
		labels = labels[:n-1] // a second-level public suffix (co.uk, com.au)
	}
	for len(labels) > 1 && (labels[0] == "www" || labels[0] == "m") {
		labels = labels[1:]
	}
	return strings.Join(strings.FieldsFunc(strings.Join(labels, " "), func(r rune) bool { return r == '-' || r == '_' }), " ")
}

func boilerName(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Body, atom.Html, atom.Article, atom.Main:
		return false
	}
	return isBoilerName(classID(n))
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// readJSONLD takes the article's headline, datePublished and author
// names from a JSON-LD script.
func (m *domMeta) readJSONLD(src string) {
	m.ldScripts = append(m.ldScripts, src)
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(src)), &v) != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 6 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
			typ := strings.ToLower(jsonString(x["@type"]))
			if !strings.Contains(typ, "article") && !strings.Contains(typ, "posting") && !strings.Contains(typ, "report") && typ != "webpage" {
				return
			}
			if d := cleanDate(jsonString(x["datePublished"])); d != "" {
				m.dates = append([]string{d}, m.dates...)
				if typ == "webpage" {
					m.pageDates++
				}
			}
			if typ == "webpage" {
				for _, k := range []string{"datePublished", "dateModified"} {
					if d := cleanDate(jsonString(x[k])); len(d) >= 10 {
						m.pageDays = append(m.pageDays, d[:10])
					}
				}
			}
			if h := strings.TrimSpace(jsonString(x["headline"])); h != "" && m.ldHeadline == "" && typ != "webpage" {
				m.ldHeadline = h
			}
			if len(m.ldAuthors) == 0 {
				m.ldAuthors = jsonAuthors(x["author"])
			}
		}
	}
	visit(v, 0)
}

func jsonString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		if len(x) > 0 {
			return jsonString(x[0])
		}
	}
	return ""
}

// jsonAuthors keeps authors typed Person (or untyped) by name.
func jsonAuthors(v any) []string {
	var out []string
	switch x := v.(type) {
	case string:
		out = append(out, x)
	case []any:
		for _, e := range x {
			out = append(out, jsonAuthors(e)...)
		}
	case map[string]any:
		t := strings.ToLower(jsonString(x["@type"]))
		if t == "" || t == "person" {
			if n := jsonString(x["name"]); n != "" {
				out = append(out, n)
			}
		}
	}
	return out
}

// readMeta combines the markup's own statements with go-trafilatura's
// metadata: the visible headline for the title, the page's stated
// publication date in its own time zone, and person names for authors.
func readMeta(root *html.Node, blocks []block, tr *trafilatura.ExtractResult) pageMeta {
	dm := readDOMMeta(root)
	var m pageMeta
	var trTitle, trAuthor string
	if tr != nil {
		trTitle = strings.TrimSpace(tr.Metadata.Title)
		trAuthor = tr.Metadata.Author
	}
	// a soft hyphen marks where a line may break; the title does not show it
	m.title = strings.ReplaceAll(chooseTitle(blocks, dm, trTitle), "\u00ad", "")
	m.published = chooseDate(dm.dates, tr)
	m.guessed = m.published != "" && len(dm.dates) == 0
	// the mark holds only when the chosen date is a WebPage node's: the
	// node's datePublished, or go-trafilatura's reading of its dateModified;
	// go-trafilatura's date from another tag (citation_publication_date …)
	// is no WebPage date
	own := len(dm.dates) > 0 && m.published == dm.dates[0]
	m.pageOnly = dm.pageOnly && (own || len(m.published) >= 10 && slices.Contains(dm.pageDays, m.published[:10]))
	m.bare = own && len(m.published) == 10
	names := dm.ldAuthors
	if len(names) == 0 && trAuthor != "" {
		names = ldOrder(strings.Split(trAuthor, ";"), dm.ldScripts)
	}
	m.authors = cleanAuthors(names, dm.siteName)
	return m
}

// chooseTitle picks the title by agreement between the page's statements:
// the visible headline (an <h1>) when it agrees with one of the metadata
// titles (og:title, JSON-LD headline, <title> without its site-name part,
// go-trafilatura's title) — unless no markup title agrees with it and an
// <h2> that is neither the site's nor a section's name shows one of them
// word for word, and no differing og:title or JSON-LD headline speaks
// against it (see statedSubheading) —, else a single content headline of
// four words or more, else the metadata title the others agree with most,
// without its site-name part; a one-word statement (in a script written
// with spaces) loses to a longer one.
func chooseTitle(blocks []block, dm domMeta, trTitle string) string {
	var refs, stated []string
	var variants [][]string // each ref as stated, stripped and cut at separators
	site := dm.siteName
	if site == "" {
		site = dm.hostName
	}
	trRef := -1
	var kinds []int // 0 og:title, 1 JSON-LD headline, 2 <title>, 3 go-trafilatura's
	for k, r := range []string{dm.ogTitle, dm.ldHeadline, dm.metaTitle, trTitle} {
		if r = strings.Join(strings.Fields(html.UnescapeString(r)), " "); r != "" {
			if k == 3 {
				trRef = len(variants)
			}
			kinds = append(kinds, k)
			refs = append(refs, stripSiteName(r, site))
			stated = append(stated, r)
			variants = append(variants, titleVariants(r, site))
		}
	}
	var h1s []block
	content := 0 // h1s outside boilerplate containers
	var last block
	for _, b := range blocks {
		if b.tag == atom.H1 && len(b.text) < 400 {
			h1s = append(h1s, b)
			if !b.boiler {
				content++
				last = b
			}
		}
	}
	// First the site's banners (a headline all link that says a side
	// part of a stated title): their ": Banner" tails leave the stated
	// titles, whatever the order of the headlines; then the others vote.
	banner := make([]bool, len(h1s))
	for k, h := range h1s {
		if banner[k] = linkedTitlePart(h, stated); banner[k] {
			for i := range refs {
				refs[i] = stripSiteTail(refs[i], h.text)
			}
		}
	}
	var best block
	bestVotes, bestSim, bestOwn := 0, 0.0, 0
	for k, h := range h1s {
		if banner[k] {
			continue
		}
		if siteHeading(h.text, dm) || h.boiler && titleSidePart(h.text, stated) {
			continue
		}
		votes, sim, own := 0, 0.0, 0
		for i, vs := range variants {
			v, s := agreement(h.text, vs)
			if v == 0 && affixAgrees(h, vs) {
				v, s = 1, 0.6
			}
			votes += min(v, 1)
			if i != trRef {
				own += min(v, 1)
			}
			sim = max(sim, s)
		}
		// go-trafilatura's title is often read from one of these
		// headlines: on a tie the markup's own statements decide.
		if votes > bestVotes || votes == bestVotes && (own > bestOwn || own == bestOwn && sim > bestSim) {
			best, bestVotes, bestSim, bestOwn = h, votes, sim, own
		}
	}
	// A subheading that says exactly what the markup's own title says
	// beats a headline only go-trafilatura's title agrees with (which
	// it read from that headline).
	if bestOwn == 0 {
		if h, ok := statedSubheading(blocks, stated, refs, kinds, dm, bestVotes == 0 || holdsSidePart(best.text, stated)); ok {
			return h
		}
	}
	if bestVotes > 0 {
		return trimByAgreement(best, stated, refs, dm)
	}
	// One headline in the content: the page's visible title, unless it is
	// the site's name or a short label ("Comments Form").
	if n := len(normWords(last.text)); content == 1 && n >= 2 && (len(refs) == 0 || n >= 4) && !siteHeading(last.text, dm) {
		return trimByAgreement(last, stated, refs, dm)
	}
	// One headline on the page, in a header: the visible title, unless it
	// is a link (the site's name links home), the site's name, a side part
	// of a stated title or a short label.
	if len(h1s) == 1 && content == 0 && h1s[0].linkLen == 0 && len(normWords(h1s[0].text)) >= 3 && !siteHeading(h1s[0].text, dm) && !titleSidePart(h1s[0].text, stated) {
		return trimByAgreement(h1s[0], stated, refs, dm)
	}
	if len(refs) == 0 {
		if len(h1s) > 0 {
			return h1s[0].text
		}
		return ""
	}
	// A one-word statement beside one of three words or more is a section
	// or site name ("Aktuelles" as og:title, which go-trafilatura repeats),
	// not the page's title, however many others say it too. Scripts
	// written without spaces ("李克强同志遗体在京火化") show a whole
	// title as one word, so the rule leaves them alone.
	long := false
	for _, r := range refs {
		long = long || len(normWords(r)) >= 3
	}
	pick, bestVotes, bestSim := refs[0], -1, 0.0
	for i, r := range refs {
		if w := normWords(r); long && len(w) == 1 && !unspaced(w[0]) {
			continue
		}
		others := append(append([]string(nil), refs[:i]...), refs[i+1:]...)
		votes, sim := agreement(r, others)
		if votes > bestVotes || votes == bestVotes && sim > bestSim+0.05 {
			pick, bestVotes, bestSim = r, votes, sim
		}
	}
	return pick
}

// trimByAgreement leaves out a kicker element that opens the headline
// (withoutKicker); else it shortens a headline another statement gives shorter:
// without a kicker ("Kicker: Headline" or a kicker element before the
// headline's own text, where a statement as made, or a title stripped of
// its site name, says "Headline") or without a dated tail or the site's
// name after a separator ("Headline : Datum: 26.01.2022", "Headline |
// Umweltbundesamt" where a source says "Headline"). A short tail of other
// words stays ("Zitronenkuchen vom Blech: einfach köstlich!" where og:title
// stops at the colon): on trafilatura-eval the annotators keep it.
func trimByAgreement(h block, stated, cands []string, dm domMeta) string {
	if rest := withoutKicker(h); rest != h.text {
		return rest
	}
	t := h.text
	nt := strings.Join(normWords(t), " ")
	for _, c := range append(stated, cands...) {
		if cut, ok := kickerCut(t, c, h.marks); ok {
			return strings.TrimSpace(t[cut:])
		}
		if end, ok := dekCut(t, c, h.marks); ok {
			return strings.TrimSpace(t[:end])
		}
	}
	for _, c := range cands {
		nc := strings.Join(normWords(c), " ")
		if nc == "" || nc == nt || len(normWords(c)) < 3 {
			continue
		}
		if k := strings.Index(t, ": "); k > 0 && len(normWords(t[:k])) <= 5 && strings.Join(normWords(t[k+2:]), " ") == nc {
			return strings.TrimSpace(t[k+2:])
		}
		if tailOf(t, c) && siteOrDatedTail(t, c, dm) {
			return strings.TrimSpace(c)
		}
	}
	return t
}

// withoutKicker is a headline's text after the kicker element that opens
// it (block.kicker), and the separator after the kicker; the text as it is
// when it has no kicker, or when fewer than two words would be left.
// trafilatura-eval's annotators leave such kickers out of the title even
// where og:title and <title> keep them ("Klimaschutz: Bohren, bis es heiß
// wird" shown as a kicker span and a title span).
func withoutKicker(h block) string {
	if h.kicker <= 0 || h.kicker >= len(h.text) {
		return h.text
	}
	rest := strings.TrimLeft(h.text[h.kicker:], " :|–—-")
	if len(normWords(rest)) < 2 {
		return h.text
	}
	return rest
}

// letterKey is s's letters and digits, lower-cased, with the byte offset
// in s where each one starts: spaces, punctuation and markup joins
// ("ZoonosenWie") do not count.
func letterKey(s string) ([]rune, []int) {
	var key []rune
	var at []int
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			key = append(key, unicode.ToLower(r))
			at = append(at, i)
		}
	}
	return key, at
}

// kickerCut reports whether t is c after a kicker, a short lead-in the
// page sets before its headline ("Immobilienkrise Rene Benko-Firma …",
// "Klimaschutz: Bohren, bis es heiß wird" where c is the headline alone):
// c's letters end t's, and what comes before them is at most six words
// and fewer than c has. cut is the byte offset in t where c starts.
func kickerCut(t, c string, marks []int) (cut int, ok bool) {
	kt, at := letterKey(t)
	kc, _ := letterKey(c)
	if len(kc) == 0 || len(kc) >= len(kt) || string(kt[len(kt)-len(kc):]) != string(kc) {
		return 0, false
	}
	cut = at[len(kt)-len(kc)]
	pre := len(normWords(t[:cut]))
	if pre == 0 || pre > 6 {
		return 0, false
	}
	if len(normWords(c)) < 2 {
		return 0, false
	}
	// The kicker ends at a colon, a bar or a slash, or where an element
	// of the headline's markup starts; a dash joins a headline's two
	// halves as often as it sets off a kicker.
	gap := at[len(kt)-len(kc)-1]
	if strings.ContainsAny(t[gap:cut], ":|/") {
		return cut, true
	}
	for _, m := range marks {
		if m > gap && m <= cut {
			return cut, true
		}
	}
	return 0, false
}

// dekCut reports whether t is c followed by a subtitle in an element of
// its own inside the <h1> ("Headline<span>Welcome to …</span>" where a
// statement says "Headline"). end is the byte offset in t where c ends.
func dekCut(t, c string, marks []int) (end int, ok bool) {
	kt, at := letterKey(t)
	kc, _ := letterKey(c)
	if len(normWords(c)) < 3 || len(kc) >= len(kt) || string(kt[:len(kc)]) != string(kc) {
		return 0, false
	}
	next := at[len(kc)]
	_, size := utf8.DecodeRuneInString(t[at[len(kc)-1]:])
	end = at[len(kc)-1] + size
	for _, m := range marks {
		if m >= end && m <= next {
			return end, true
		}
	}
	return 0, false
}

// affixAgrees reports whether a headline and one of a statement's
// variants are the same title but for a kicker before one of them or a
// short or dated tail after a separator ("Headline : 31.10.2023, 10.19
// Uhr").
func affixAgrees(h block, variants []string) bool {
	for _, v := range variants {
		if len(normWords(v)) < 2 || len(normWords(h.text)) < 2 {
			continue
		}
		if _, ok := kickerCut(h.text, v, h.marks); ok {
			return true
		}
		if _, ok := kickerCut(v, h.text, nil); ok {
			return true
		}
		if _, ok := dekCut(h.text, v, h.marks); ok {
			return true
		}
		if tailOf(v, h.text) || tailOf(h.text, v) {
			return true
		}
	}
	return false
}

// tailOf reports whether t is c followed by a separator (':', '|' or
// '-') and a short or dated tail. En and em dashes and '·' do not
// separate a tail here: on trafilatura-eval the annotators keep what
// follows them (taking them cut 6 more titles wrong, 0.858 → 0.851).
func tailOf(t, c string) bool {
	wc := normWords(c)
	nt, nc := strings.Join(normWords(t), " "), strings.Join(wc, " ")
	if len(wc) < 2 || !strings.HasPrefix(nt, nc+" ") {
		return false
	}
	rest := strings.TrimSpace(t[wordEnd(t, len(wc)):])
	return rest != "" && strings.ContainsRune(":|-", rune(rest[0])) && (len(normWords(rest)) <= 3 || strings.ContainsAny(rest, "0123456789"))
}

// siteHeading reports whether a heading is the site's name: mostly the
// words of og:site_name, or a short heading whose letters hold the host's
// or are held by them ("Four Years Remaining" on fouryears.eu).
func siteHeading(h string, dm domMeta) bool {
	if dm.siteName != "" && wordOverlap(h, dm.siteName) >= 0.5 {
		return true
	}
	if len(normWords(h)) > 4 {
		return false
	}
	kh, _ := letterKey(h)
	kd, _ := letterKey(dm.hostName)
	if len(kd) < 5 || len(kh) < 5 {
		return false
	}
	return strings.Contains(string(kh), string(kd)) || strings.Contains(string(kd), string(kh))
}

// titleSidePart reports whether h is the last part of a stated title
// ("Headline | Blog Name" where the blog's header shows "Blog Name"): the
// site's or a section's name.
func titleSidePart(h string, stated []string) bool {
	nh := strings.Join(normWords(h), " ")
	for _, t := range stated {
		for _, sep := range titleSeps {
			parts := strings.Split(t, sep)
			if len(parts) < 2 {
				continue
			}
			if strings.Join(normWords(parts[len(parts)-1]), " ") == nh {
				return true
			}
			break
		}
	}
	return false
}

// titleParts splits a stated title at its separators, a colon among them
// ("Headline :  Blog Name | Motto").
var titleParts = regexp.MustCompile(`\s*[|›»·│:]\s+|\s+[-–—]\s+`)

// linkedTitlePart reports whether h is a headline that is all link (the
// site's name links home) and says one part of a stated title other than
// its longest ("Blog Name" in "Blog Name » Blog Archiv » Headline").
func linkedTitlePart(h block, stated []string) bool {
	if h.linkLen*10 < len(h.text)*9 {
		return false
	}
	nh := strings.Join(normWords(h.text), " ")
	if nh == "" {
		return false
	}
	for _, t := range stated {
		parts := titleParts.Split(t, -1)
		if len(parts) < 2 {
			continue
		}
		long := longestPart(parts)
		for _, p := range parts {
			if np := strings.Join(normWords(p), " "); np == nh && np != strings.Join(normWords(long), " ") {
				return true
			}
		}
	}
	return false
}

// wordEnd is the byte offset in t just after its n-th word (as normWords
// splits them).
func wordEnd(t string, n int) int {
	in := false
	for i, r := range t {
		w := unicode.IsLetter(r) || unicode.IsNumber(r)
		if in && !w {
			n--
			if n == 0 {
				return i
			}
		}
		in = w
	}
	return len(t)
}

// titleVariants is a title as stated, without its site-name part, and
// each part between separators ("Headline | Section | Site",
// "标题_栏目_网站").
func titleVariants(t, site string) []string {
	out := []string{t, stripSiteName(t, site)}
	parts := variantSeps.Split(t, -1)
	if len(parts) > 1 {
		longest := parts[0]
		for _, p := range parts[1:] {
			if len(normWords(p)) > len(normWords(longest)) {
				longest = p
			}
		}
		out = append(out, parts[0], longest)
	}
	return out
}

// variantSeps split a stated title into its parts: bars and underscores
// with or without spaces ("标题_栏目_网站"), the other titleSeps between
// spaces ("Headline » Motto | Site").
var variantSeps = regexp.MustCompile(`\s*[|｜_]\s*|\s+(?:` + spacedSeps() + `)\s+`)

// spacedSeps is the alternation of titleSeps but the bar, without their
// spaces, for variantSeps.
func spacedSeps() string {
	var alt []string
	for _, sep := range titleSeps {
		if core := strings.TrimSpace(sep); core != "|" {
			alt = append(alt, regexp.QuoteMeta(core))
		}
	}
	return strings.Join(alt, "|")
}

// agreement counts the candidates that say the same as t (each one's words
// mostly in the other's) and gives the best mutual word overlap.
func agreement(t string, cands []string) (votes int, best float64) {
	for _, c := range cands {
		s := min(wordOverlap(t, c), wordOverlap(c, t))
		if s >= 0.6 {
			votes++
		}
		best = max(best, s)
	}
	return votes, best
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return strings.TrimSpace(x)
		}
	}
	return ""
}

// wordOverlap is the share of a's words found in b.
func wordOverlap(a, b string) float64 {
	// a soft hyphen only marks where a word may break ("Deutsch\u00adland")
	a, b = strings.ReplaceAll(a, "\u00ad", ""), strings.ReplaceAll(b, "\u00ad", "")
	wa, wb := normWords(a), normWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	set := make(map[string]bool, len(wb))
	for _, w := range wb {
		set[w] = true
	}
	in := 0
	for _, w := range wa {
		if set[w] {
			in++
		}
	}
	return float64(in) / float64(len(wa))
}

var titleSeps = []string{" | ", " - ", " – ", " — ", " › ", " » ", " :: ", " · ", " │ "}

// longestPart is the part of a title with the most words, what is left
// when the site's name is taken off ("Site » Blog Archive » Headline").
func longestPart(parts []string) string {
	best := parts[0]
	for _, p := range parts[1:] {
		if len(normWords(p)) > len(normWords(best)) {
			best = p
		}
	}
	return strings.TrimSpace(best)
}

// stripSiteName drops a " - Site" or "Site | " part from a title, or a
// ": Site" tail that names the site.
func stripSiteName(t, site string) string {
	return stripSiteTail(stripSiteSeps(stripSiteJoined(t, site), site), site)
}

// joinedSeps set off a site's name without spaces ("NEWS WEB EASY|子ども…");
// a dash or colon does so only beside a script written without spaces
// ("…的城！-新华网"), since in others it joins words ("Hafen-Ausbau").
const joinedSeps, joinedDashes = "|｜_»›·", "-–—:："

// stripSiteJoined drops the site's name from either end of a title when a
// separator joins it without spaces.
func stripSiteJoined(t, site string) string {
	if len(normWords(site)) == 0 {
		return t
	}
	joined := func(sep rune, rest string) bool {
		return len(normWords(rest)) > 0 && (strings.ContainsRune(joinedSeps, sep) || strings.ContainsRune(joinedDashes, sep) && unspaced(rest))
	}
	if len(t) > len(site) && strings.EqualFold(t[:len(site)], site) {
		r, n := utf8.DecodeRuneInString(t[len(site):])
		if rest := strings.TrimSpace(t[len(site)+n:]); joined(r, rest) {
			return rest
		}
	}
	if k := len(t) - len(site); k > 0 && strings.EqualFold(t[k:], site) {
		r, n := utf8.DecodeLastRuneInString(t[:k])
		if rest := strings.TrimSpace(t[:k-n]); joined(r, rest) {
			return rest
		}
	}
	return t
}

func stripSiteSeps(t, site string) string {
	for _, sep := range titleSeps {
		parts := strings.Split(t, sep)
		if len(parts) < 2 {
			continue
		}
		// Keep the longest part; the site name is the short one.
		best := parts[0]
		for _, p := range parts[1:] {
			if len(normWords(p)) > len(normWords(best)) {
				best = p
			}
		}
		if site != "" {
			last, first := parts[len(parts)-1], parts[0]
			if wordOverlap(last, site) >= 0.5 {
				return longestPart(parts[:len(parts)-1])
			}
			if wordOverlap(first, site) >= 0.5 {
				return longestPart(parts[1:])
			}
		}
		if len(parts) == 2 && len(normWords(parts[len(parts)-1])) <= 4 {
			return strings.TrimSpace(parts[0])
		}
		return strings.TrimSpace(best)
	}
	return t
}

// stripSiteTail drops a last ": Site" from t when it says the site's name
// ("Reparaturcafé am 31. Januar: Stadt Ahlen").
func stripSiteTail(t, site string) string {
	k := strings.LastIndex(t, ": ")
	if site == "" || k <= 0 {
		return t
	}
	tail := t[k+2:]
	if len(normWords(t[:k])) < 2 || wordOverlap(tail, site) < 1 || wordOverlap(site, tail) < 1 {
		return t
	}
	return strings.TrimSpace(t[:k])
}

var (
	bylinePrefix = regexp.MustCompile(`(?i)^((view|see) all posts by|(zeige )?alle beiträge von|posted by|written by|geschrieben von|artikel von|autor(in)?:?|author:?|vom|by|von|par|por|di|door|av|przez|автор:?|авторка:?|від|от|责任编辑[：:])\s*`)
	bylineSuffix = regexp.MustCompile(`(?i)\s+(says|schreibt|sagt)$`)
	// notPerson marks credits, organisations and labels, not people.
	notPerson = regexp.MustCompile(`(?i)(^|\s)(foto|photo|фото|bild|gmbh|ag|e\.? ?v|verlag|media|redaktion|editorial|staff|team|news|press|agentur|agency|ltd|inc|llc|name|auteurs?|authors?|abgelegt|admin|human)(\s|$|\.|:)`)
)

// cleanAuthors keeps person names: drops "By", e-mails, URLs, the site
// name, and names of one letter or with digits.
func cleanAuthors(names []string, site string) []string {
	var out []string
	seen := map[string]bool{}
	for _, n := range names {
		n = strings.TrimSpace(bylinePrefix.ReplaceAllString(strings.TrimSpace(n), ""))
		n = bylineSuffix.ReplaceAllString(n, "")
		if n == "" || notPerson.MatchString(n) || strings.ContainsAny(n, "@/0123456789") || strings.HasPrefix(n, "http") {
			continue
		}
		if site != "" && strings.EqualFold(n, site) {
			continue
		}
		letters := 0
		for _, r := range n {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters < 2 || len(n) > 80 {
			continue
		}
		k := strings.ToLower(n)
		if !seen[k] {
			seen[k] = true
			out = append(out, n)
		}
	}
	return out
}

// ldOrder puts names in the order the page's JSON-LD text first gives
// them, when it gives every one verbatim; otherwise it leaves them as they
// are. go-trafilatura gathers JSON-LD Person names by walking Go maps, so
// their order in its author string changes from run to run.
func ldOrder(names []string, scripts []string) []string {
	if len(scripts) == 0 {
		return names
	}
	ld := strings.Join(scripts, "\n")
	at := make(map[string]int, len(names))
	for _, n := range names {
		k := strings.Index(ld, `"`+strings.TrimSpace(n)+`"`)
		if k < 0 {
			return names
		}
		at[n] = k
	}
	slices.SortStableFunc(names, func(a, b string) int { return cmp.Compare(at[a], at[b]) })
	return names
}

// chooseDate takes go-trafilatura's publication date (htmldate weighs the
// visible dates), but the markup's own date when the two differ by one day
// (go-trafilatura moves stated date-times to UTC; the page's local date is
// the one it shows) or when go-trafilatura has none.
func chooseDate(stated []string, tr *trafilatura.ExtractResult) string {
	var own string
	if len(stated) > 0 {
		own = stated[0]
	}
	if tr == nil || tr.Metadata.Date.IsZero() {
		return own
	}
	theirs := tr.Metadata.Date.Format("2006-01-02")
	if own != "" {
		if t, err := time.Parse("2006-01-02", own[:10]); err == nil {
			d := t.Sub(tr.Metadata.Date.Truncate(24 * time.Hour))
			if d.Abs() <= 24*time.Hour {
				return own
			}
		}
	}
	return theirs
}

// siteOrDatedTail reports whether what t adds after c is dated or the
// site's name ("Headline | Umweltbundesamt", "Headline : 31.10.2023").
func siteOrDatedTail(t, c string, dm domMeta) bool {
	rest := strings.TrimLeft(strings.TrimSpace(t[wordEnd(t, len(normWords(c))):]), ":|- ")
	return strings.ContainsAny(rest, "0123456789") || siteHeading(rest, dm)
}

// unspaced reports whether w is in a script written without spaces
// between words (Han, Kana, Hangul, Thai, Lao, Khmer, Myanmar).
func unspaced(w string) bool {
	for _, r := range w {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar) {
			return true
		}
	}
	return false
}

// holdsSidePart reports whether h holds all the words of the last part of
// a stated title ("Kinder und Arbeit » ProNATs e.V." where the <h1> is
// "ProNATs e.V. Verein zur Unterstützung …"): h is the site's banner.
func holdsSidePart(h string, stated []string) bool {
	for _, t := range stated {
		for _, sep := range titleSeps {
			parts := strings.Split(t, sep)
			if len(parts) < 2 {
				continue
			}
			if last := parts[len(parts)-1]; len(normWords(last)) > 0 && wordOverlap(last, h) == 1 {
				return true
			}
			break
		}
	}
	return false
}

// statedSubheading is the text of the first <h2> outside boilerplate,
// of two words or more, whose words are exactly those of a title the
// markup states (stated[i], go-trafilatura's, kinds[i] == 3, not
// counting), or, when stripped is set (no <h1> has any statement's
// agreement, or the best one is the site's banner), of one without its
// site-name part (refs[i]). Parts of a title between separators do not
// count, nor does an <h2> that is the site's name or a side part of a
// stated title ("Top Stories | Example News" under the headline's <h1>
// names the section and the site). When
// og:title or a JSON-LD headline is stated, the <h2> must say one of them:
// a differing og:title is the page's own title, not the <h2>.
func statedSubheading(blocks []block, stated, refs []string, kinds []int, dm domMeta, stripped bool) (string, bool) {
	said, markup := map[string]bool{}, map[string]bool{}
	for i, t := range stated {
		if kinds[i] == 3 {
			continue
		}
		forms := []string{strings.Join(normWords(t), " ")}
		if stripped {
			forms = append(forms, strings.Join(normWords(refs[i]), " "))
		}
		for _, f := range forms {
			said[f] = true
			if kinds[i] <= 1 {
				markup[f] = true
			}
		}
	}
	for _, b := range blocks {
		if b.tag != atom.H2 || b.boiler || siteHeading(b.text, dm) || titleSidePart(b.text, stated) {
			continue
		}
		nb := strings.Join(normWords(b.text), " ")
		if len(markup) > 0 && !markup[nb] {
			continue
		}
		if len(normWords(b.text)) >= 2 && said[nb] {
			// without leading markers ("[> Name")
			t := strings.TrimLeftFunc(b.text, func(r rune) bool {
				return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"'«„“‘¿¡(", r)
			})
			return strings.TrimSpace(t), true
		}
	}
	return "", false
}
