package stories

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/internal/cputime"
)

// The issue-8 target: assigning a page with 100,000 pages in the active
// window takes at most 5 ms. The synthetic stream below has the vector
// statistics of news: words drawn from a Zipf distribution over a vocabulary
// of 40,000 (the head is the embedded model's real English words in order of
// background document frequency, the tail made-up words), 3,000 organisation
// and place names and 3,000 people (also Zipf), pages of 120–900 words
// grouped into events that several pages report, published over 30 days.
const (
	benchWindow  = 100_000
	benchVocab   = 40_000
	benchNames   = 3_000
	benchPeople  = 3_000
	benchDays    = 30
	benchSeed    = 8
	eventShare   = 0.3  // share of a page's words drawn from its event's
	newEventProb = 0.25 // chance a page reports an event not seen before
)

// event is a real-world occasion several pages report.
type event struct {
	terms  []string
	names  []string
	people []string
}

// synthStream generates pages deterministically from a seed.
type synthStream struct {
	r                       *rand.Rand
	vocab, names, people    []string
	word, name, person, rec *rand.Zipf
	events                  []event
	start                   time.Time
	n                       int
}

func newSynthStream(m *Model, seed uint64) *synthStream {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	s := &synthStream{r: r, start: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	// Head of the vocabulary: the model's Latin-letter words, most frequent
	// first (ties by spelling, so the order is fixed).
	var real []string
	for t := range m.df {
		if len(t) >= 3 && strings.Trim(t, "abcdefghijklmnopqrstuvwxyz") == "" {
			real = append(real, t)
		}
	}
	sort.Slice(real, func(i, j int) bool {
		if m.df[real[i]] != m.df[real[j]] {
			return m.df[real[i]] > m.df[real[j]]
		}
		return real[i] < real[j]
	})
	seen := map[string]bool{}
	for _, t := range real {
		seen[t] = true
		s.vocab = append(s.vocab, t)
	}
	for len(s.vocab) < benchVocab {
		if w := s.madeUp(5, 10); !seen[w] {
			seen[w] = true
			s.vocab = append(s.vocab, w)
		}
	}
	for len(s.names) < benchNames {
		w := capitalise(s.madeUp(4, 9)) + " " + capitalise(s.madeUp(4, 9))
		if !seen[w] {
			seen[w] = true
			s.names = append(s.names, w)
		}
	}
	for i := range benchPeople {
		s.people = append(s.people, fmt.Sprintf("person-%04d", i))
	}
	s.word = rand.NewZipf(r, 1.07, 2, uint64(len(s.vocab)-1))
	s.name = rand.NewZipf(r, 1.1, 2, benchNames-1)
	s.person = rand.NewZipf(r, 1.1, 2, benchPeople-1)
	s.rec = rand.NewZipf(r, 1.2, 1, 4_999) // how far back a page's event was opened
	return s
}

// madeUp is a pronounceable made-up word of lo to hi letters.
func (s *synthStream) madeUp(lo, hi int) string {
	const cons, vows = "bcdfghklmnprstvz", "aeiou"
	n := lo + s.r.IntN(hi-lo+1)
	var b strings.Builder
	for i := range n {
		if i%2 == 0 {
			b.WriteByte(cons[s.r.IntN(len(cons))])
		} else {
			b.WriteByte(vows[s.r.IntN(len(vows))])
		}
	}
	return b.String()
}

func capitalise(w string) string { return strings.ToUpper(w[:1]) + w[1:] }

func (s *synthStream) newEvent() event {
	var e event
	for range 8 + s.r.IntN(12) {
		// Event words: the mid and rare part of the vocabulary.
		e.terms = append(e.terms, s.vocab[500+s.r.IntN(len(s.vocab)-500)])
	}
	for range 1 + s.r.IntN(3) {
		e.names = append(e.names, s.names[s.name.Uint64()])
	}
	for range s.r.IntN(4) {
		e.people = append(e.people, s.people[s.person.Uint64()])
	}
	return e
}

// next returns the stream's next page.
func (s *synthStream) next() *doc.Doc {
	if len(s.events) == 0 || s.r.Float64() < newEventProb {
		s.events = append(s.events, s.newEvent())
	}
	back := int(s.rec.Uint64())
	if back >= len(s.events) {
		back = len(s.events) - 1
	}
	e := s.events[len(s.events)-1-back]

	d := &doc.Doc{Source: fmt.Sprintf("synth-%06d", s.n), Lang: "en"}
	pick := func() string {
		if s.r.Float64() < eventShare {
			return e.terms[s.r.IntN(len(e.terms))]
		}
		return s.vocab[s.word.Uint64()]
	}
	var title []string
	for range 5 + s.r.IntN(6) {
		title = append(title, pick())
	}
	d.Title = capitalise(strings.Join(title, " "))

	var text strings.Builder
	words := 120 + int(s.r.ExpFloat64()*250)
	if words > 900 {
		words = 900
	}
	mention := func(name, typ string) {
		start := text.Len()
		text.WriteString(name)
		d.Entities = append(d.Entities, doc.Entity{Span: doc.Span{Start: start, End: text.Len()}, Type: typ})
		text.WriteByte(' ')
	}
	blockStart := 0
	for i := range words {
		switch {
		case s.r.IntN(40) == 0:
			mention(e.names[s.r.IntN(len(e.names))], "ORG")
		case s.r.IntN(80) == 0:
			mention(s.names[s.name.Uint64()], "LOC")
		}
		text.WriteString(pick())
		if i%60 == 59 || i == words-1 {
			text.WriteString(".")
			d.Blocks = append(d.Blocks, doc.Block{Span: doc.Span{Start: blockStart, End: text.Len()}})
			text.WriteString("\n\n")
			blockStart = text.Len()
		} else {
			text.WriteByte(' ')
		}
	}
	d.Text = text.String()
	for _, p := range e.people {
		d.People = append(d.People, doc.Person{ID: p})
	}
	if s.r.IntN(3) == 0 {
		d.People = append(d.People, doc.Person{ID: s.people[s.person.Uint64()]})
	}
	// Publication times run through the window in stream order, give or
	// take a few hours.
	at := s.start.Add(time.Duration(float64(s.n)/benchWindow*benchDays*24*float64(time.Hour)) +
		time.Duration(s.r.IntN(6*60))*time.Minute)
	d.Published = at.Format(time.RFC3339)
	s.n++
	return d
}

// windows are Clusterers filled with the first n pages of the stream, each
// built once per test binary (the largest takes long) and shared by the runs
// of its benchmark.
var windows = func() map[int]func() (*Clusterer, *synthStream) {
	w := map[int]func() (*Clusterer, *synthStream){}
	for _, n := range []int{1_000, 10_000, benchWindow} {
		w[n] = sync.OnceValues(func() (*Clusterer, *synthStream) {
			m, err := LoadModel()
			if err != nil {
				panic(err)
			}
			c := New(m, Options{})
			s := newSynthStream(m, benchSeed)
			for range n {
				c.Add(s.next())
			}
			return c, s
		})
	}
	return w
}()

// BenchmarkAssign measures assigning one page (vectorising it and placing
// it in a story and topic) to a Clusterer that already holds window pages of
// the synthetic stream; ns/op is per page. The figure is
// window=100000 (-bench Assign/window=100000); the smaller windows show how
// the cost grows with the window.
func BenchmarkAssign(b *testing.B) {
	for _, n := range []int{1_000, 10_000, benchWindow} {
		b.Run(fmt.Sprintf("window=%d", n), func(b *testing.B) {
			start := time.Now()
			c, s := windows[n]()
			if d := time.Since(start); d > time.Second {
				b.Logf("window of %d pages built in %v: %d stories, %d topics", n, d.Round(time.Second), len(c.stories), len(c.topics))
			}
			pages := make([]*doc.Doc, b.N)
			for i := range pages {
				pages[i] = s.next()
			}
			b.ResetTimer()
			cpu := cputime.Process()
			for _, d := range pages {
				c.Add(d)
			}
			b.StopTimer()
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/page")
			if cpu > 0 {
				// CPU time of the whole process (garbage collection
				// included): robust to other processes sharing the cores.
				b.ReportMetric(float64((cputime.Process()-cpu).Microseconds())/1000/float64(b.N), "cpu-ms/page")
			}
		})
	}
}

// BenchmarkRecluster measures regrouping every story of a window into
// topics (Recluster); ns/op is per regrouping.
func BenchmarkRecluster(b *testing.B) {
	for _, n := range []int{1_000, 10_000} {
		b.Run(fmt.Sprintf("window=%d", n), func(b *testing.B) {
			c, _ := windows[n]()
			b.ResetTimer()
			cpu := cputime.Process()
			for range b.N {
				c.Recluster()
			}
			b.StopTimer()
			if cpu > 0 {
				b.ReportMetric(float64((cputime.Process()-cpu).Milliseconds())/float64(b.N), "cpu-ms/op")
			}
			b.ReportMetric(float64(len(c.stories)), "stories")
		})
	}
}
