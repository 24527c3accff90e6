package web

import (
	_ "embed"
	"net/http"
	"net/url"
	"sort"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/store"
)

//go:embed templates/style.css
var styleCSS []byte

func (s *Server) style(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	w.Header().Set("Cache-Control", "max-age=3600")
	w.Write(styleCSS)
}

func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	st, err := s.st.Stats(r.Context())
	if err != nil {
		s.fail(w, r, err, false)
		return
	}
	ts, err := s.st.Topics(r.Context(), 10)
	if err != nil {
		s.fail(w, r, err, false)
		return
	}
	recent, err := s.st.Search(r.Context(), store.Query{Limit: 10})
	if err != nil {
		s.fail(w, r, err, false)
		return
	}
	s.render(w, r, "home.html", map[string]any{"Title": "pressclip", "Stats": st, "Topics": ts, "Recent": recent, "Q": store.Query{}})
}

func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) {
	q := query(r)
	res, err := s.st.Search(r.Context(), q)
	if err != nil {
		s.fail(w, r, err, false)
		return
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	var next string
	if q.Offset+limit < res.Total {
		v := r.URL.Query()
		v.Set("offset", itoa(q.Offset+limit))
		next = "/search?" + v.Encode()
	}
	exp := r.URL.Query()
	exp.Del("offset")
	exp.Del("limit")
	s.render(w, r, "search.html", map[string]any{"Title": "Search: " + q.Text, "Q": q, "Res": res, "Next": next,
		"ExportJSONL": "/export?" + withFormat(exp, "jsonl"), "ExportCSV": "/export?" + withFormat(exp, "csv")})
}

func withFormat(v url.Values, f string) string {
	c := url.Values{}
	for k, vs := range v {
		c[k] = vs
	}
	c.Set("format", f)
	return c.Encode()
}

func (s *Server) personPage(w http.ResponseWriter, r *http.Request) {
	p, err := s.st.Person(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err, false)
		return
	}
	s.render(w, r, "person.html", map[string]any{"Title": p.Name, "P": p, "Chart": timeline(p.Timeline), "Q": store.Query{Person: p.ID}})
}

func (s *Server) storyPage(w http.ResponseWriter, r *http.Request) {
	st, err := s.st.Story(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err, false)
		return
	}
	s.render(w, r, "story.html", map[string]any{"Title": st.Title, "S": st, "Q": store.Query{Story: st.ID}})
}

func (s *Server) topicsPage(w http.ResponseWriter, r *http.Request) {
	ts, err := s.st.Topics(r.Context(), 100)
	if err != nil {
		s.fail(w, r, err, false)
		return
	}
	s.render(w, r, "topics.html", map[string]any{"Title": "Topics", "Topics": ts, "Q": store.Query{}})
}

func (s *Server) documentPage(w http.ResponseWriter, r *http.Request) {
	id, err := docID(r)
	if err != nil {
		s.fail(w, r, err, false)
		return
	}
	d, err := s.st.Document(r.Context(), id)
	if err != nil {
		s.fail(w, r, err, false)
		return
	}
	s.render(w, r, "document.html", map[string]any{"Title": d.Doc.Title, "D": d, "Body": highlight(d.Doc), "Page": original(d.Doc), "Q": store.Query{}})
}

// Piece is a run of text with the annotations covering it.
type Piece struct {
	Text   string
	Class  string // space-separated: quote, per, org, loc, date, boiler
	Person string // person id for links
	Title  string // tooltip: speaker or date value
}

// highlight cuts each body block into pieces marked with the quotes,
// entities and dates over them.
func highlight(d *doc.Doc) [][]Piece {
	type mark struct {
		doc.Span
		class, person, title string
	}
	var marks []mark
	for _, q := range d.Quotes {
		t := q.Speaker
		if t == "" {
			t = "unattributed"
		}
		marks = append(marks, mark{q.Span, "quote", "", "quote: " + t})
	}
	for _, e := range d.Entities {
		c := map[string]string{"PER": "per", "ORG": "org", "LOC": "loc"}[e.Type]
		if c == "" {
			c = "misc"
		}
		marks = append(marks, mark{e.Span, c, e.Person, e.Type})
	}
	for _, t := range d.Dates {
		marks = append(marks, mark{t.Span, "date", "", t.Type + " " + t.Value})
	}
	blocks := d.Blocks
	if len(blocks) == 0 && d.Text != "" {
		blocks = []doc.Block{{Span: doc.Span{Start: 0, End: len(d.Text)}}}
	}
	out := make([][]Piece, 0, len(blocks))
	for _, b := range blocks {
		cuts := []int{b.Start, b.End}
		for _, m := range marks {
			if m.Overlaps(b.Span) {
				cuts = append(cuts, max(m.Start, b.Start), min(m.End, b.End))
			}
		}
		sort.Ints(cuts)
		var ps []Piece
		for i := 0; i+1 < len(cuts); i++ {
			sp := doc.Span{Start: cuts[i], End: cuts[i+1]}
			if sp.Len() <= 0 {
				continue
			}
			p := Piece{Text: d.Slice(sp)}
			for _, m := range marks {
				if m.Contains(sp) {
					if p.Class != "" {
						p.Class += " "
					}
					p.Class += m.class
					if m.person != "" {
						p.Person = m.person
					}
					if p.Title != "" {
						p.Title += "; "
					}
					p.Title += m.title
				}
			}
			ps = append(ps, p)
		}
		out = append(out, ps)
	}
	return out
}

// original cuts the whole page text into body and boilerplate pieces.
func original(d *doc.Doc) []Piece {
	var out []Piece
	pos := 0
	for _, b := range d.Blocks {
		if b.Start < pos || b.End > len(d.Text) {
			continue
		}
		if b.Start > pos {
			out = append(out, Piece{Text: d.Text[pos:b.Start], Class: "boiler"})
		}
		out = append(out, Piece{Text: d.Text[b.Start:b.End], Class: "body"})
		pos = b.End
	}
	if pos < len(d.Text) {
		out = append(out, Piece{Text: d.Text[pos:], Class: "boiler"})
	}
	return out
}

// Chart is a bar chart drawn as inline SVG.
type Chart struct {
	Width, Height int
	Bars          []Bar
	Max           int
}

// Bar is one month.
type Bar struct {
	X, Y, W, H int
	Label      string
	Count      int
	ShowLabel  bool
}

// timeline lays out quotes per month, filling empty months between the
// first and the last.
func timeline(bs []store.Bucket) Chart {
	c := Chart{Width: 640, Height: 140}
	if len(bs) == 0 {
		return c
	}
	counts := map[string]int{}
	for _, b := range bs {
		counts[b.Period] = b.Count
		c.Max = max(c.Max, b.Count)
	}
	months := monthsBetween(bs[0].Period, bs[len(bs)-1].Period)
	if len(months) > 240 {
		months = months[len(months)-240:]
	}
	w := max(2, (c.Width-20)/max(1, len(months)))
	step := max(1, len(months)/8)
	for i, m := range months {
		h := 0
		if c.Max > 0 {
			h = counts[m] * 100 / c.Max
		}
		c.Bars = append(c.Bars, Bar{X: 10 + i*w, Y: 110 - h, W: max(1, w-1), H: h, Label: m, Count: counts[m], ShowLabel: i%step == 0})
	}
	return c
}

func monthsBetween(a, b string) []string {
	var y1, m1, y2, m2 int
	if n, _ := sscanMonth(a, &y1, &m1); n != 2 {
		return []string{a}
	}
	if n, _ := sscanMonth(b, &y2, &m2); n != 2 {
		return []string{a}
	}
	var out []string
	for y, m := y1, m1; (y < y2 || (y == y2 && m <= m2)) && len(out) < 1200; {
		out = append(out, pad4(y)+"-"+pad2(m))
		if m++; m > 12 {
			m, y = 1, y+1
		}
	}
	return out
}
