package stories

import (
	"math"

	"github.com/pressclip/pressclip/doc"
)

// Weights of the kinds of evidence in a page's vector.
const (
	titleWeight  = 2.0
	entityWeight = 2.5
	personWeight = 4.0
)

// vectorize turns a page into a unit vector in the shared term space.
func (c *Clusterer) vectorize(d *doc.Doc) vector {
	return c.m.Vector(d)
}

// Vector turns a page into a unit vector: content words of the body and
// title (tf·idf, sub-linear tf), organisations and places, and people ids.
func (m *Model) Vector(d *doc.Doc) vector {
	tf := map[string]float64{}
	addText := func(s string, w float64) {
		words(s, func(word string) {
			if len([]rune(word)) < 3 {
				return
			}
			t := m.term(word)
			if m.common(t) {
				return
			}
			tf[t] += w
		})
	}
	addText(d.Title, titleWeight)
	for _, b := range d.Blocks {
		addText(d.Slice(b.Span), 1)
	}
	v := vector{}
	for t, f := range tf {
		v[t] = (1 + math.Log(f)) * m.idf(t)
	}
	for _, e := range d.Entities {
		switch {
		case e.Person != "":
			v["p:"+e.Person] = personWeight * math.Log(float64(m.n+1))
		case e.Type == "ORG" || e.Type == "LOC":
			words(d.Slice(e.Span), func(word string) {
				t := "e:" + m.term(word)
				v[t] = entityWeight * m.idf(t[2:])
			})
		}
	}
	for _, p := range d.People {
		v["p:"+p.ID] = personWeight * math.Log(float64(m.n+1))
	}
	var n float64
	for _, w := range v {
		n += w * w
	}
	if n > 0 {
		n = math.Sqrt(n)
		for t := range v {
			v[t] /= n
		}
	}
	return v
}
