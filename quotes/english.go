package quotes

import (
	"context"
	"sort"
	"strings"
)

// run is a labelled span of tokens [from, to).
type run struct {
	from, to int
	kind     int // lBCon, lBCue, lBSrc
}

// runs collects the labelled spans of a tag sequence.
func runs(t *text, labels []int) []run {
	var out []run
	for i := 0; i < len(labels); {
		l := labels[i]
		if l == lO {
			i++
			continue
		}
		kind := l
		if l == lICon || l == lICue || l == lISrc {
			kind = l - 1
		}
		j := i + 1
		for j < len(labels) && labels[j] == kind+1 && t.toks[j].para == t.toks[i].para {
			j++
		}
		out = append(out, run{i, j, kind})
		i = j
	}
	return out
}

// gap is the number of tokens between two runs (0 when adjacent).
func gap(a, b run) int {
	if a.to <= b.from {
		return b.from - a.to
	}
	if b.to <= a.from {
		return a.from - b.to
	}
	return 0
}

// english tags t with the learned model and links contents to cues and
// cues to sources.
func (x *Extractor) english(ctx context.Context, t *text) ([]attr, error) {
	labels, err := x.en.tag(ctx, t)
	if err != nil {
		return nil, err
	}
	{
		// a content the tagger stopped mid-clause runs on to its sentence's
		// end when nothing else is tagged in between
		for i := 0; i < len(labels); {
			if labels[i] != lBCon {
				i++
				continue
			}
			j := i + 1
			for j < len(labels) && labels[j] == lICon {
				j++
			}
			k := j
			for k < len(labels) && labels[k] == lO && t.toks[k].sent == t.toks[i].sent {
				k++
			}
			end := k == len(labels) || t.toks[k].sent != t.toks[i].sent
			for m := j; m < k && end; m++ {
				// not over a reporting verb: "…, UNN writes"
				end = !x.en.cues[t.toks[m].lower]
			}
			if end && k > j && t.toks[j-1].kind == kWord {
				e := k
				for e > j && t.toks[e-1].kind == kPunct {
					e--
				}
				for m := j; m < e; m++ {
					labels[m] = lICon
				}
			}
			i = k
			if k == j {
				i = j
			}
		}
	}
	x.thatClauses(t, labels)
	rs := runs(t, labels)
	// index runs by kind, in order
	var cons, cues, srcs []run
	for _, r := range rs {
		switch r.kind {
		case lBCon:
			// trim punctuation-only runs
			if r.to-r.from == 1 && t.toks[r.from].kind != kWord {
				continue
			}
			// "…, sources said": a short tail after the content's last
			// comma, right before a cue, is the source
			if e := r.to; e < len(t.toks) && e-r.from > 4 && (labels[e] == lBCue || x.en.cues[t.toks[e].lower]) && t.toks[e].sent == t.toks[r.from].sent {
				k := e - 1
				for k > r.from && e-k <= 4 && t.toks[k].kind == kWord {
					k--
				}
				if k < e-1 && t.toks[k].lower == "," && !t.toks[k].close && t.toks[k].quote == 0 {
					srcs = append(srcs, run{k + 1, e, lBSrc})
					r.to = k
				}
			}
			// a trailing "…, UNN writes" is a source and cue, not content
			if e := r.to - 1; e-r.from > 3 && x.en.cues[t.toks[e].lower] {
				k := e - 1
				for k > r.from && e-k <= 4 && t.toks[k].kind == kWord && (t.isCap(k) || personPronouns[t.toks[k].lower]) {
					k--
				}
				if k < e-1 && t.toks[k].lower == "," {
					cues = append(cues, run{e, e + 1, lBCue})
					srcs = append(srcs, run{k + 1, e, lBSrc})
					r.to = k
				}
			}
			cons = append(cons, r)
		case lBCue:
			cues = append(cues, r)
		case lBSrc:
			if hasWord(t, r) {
				srcs = append(srcs, r)
			}
		}
	}
	// For each cue, the nearest source in its sentence (or, failing that,
	// the source of the previous attribution nearby).
	cueSrc := make([]int, len(cues))
	si := 0
	for ci, c := range cues {
		cueSrc[ci] = -1
		best := 1 << 30
		for si < len(srcs) && srcs[si].to <= c.from && t.toks[srcs[si].from].sent < t.toks[c.from].sent {
			si++
		}
		for k := si; k < len(srcs) && srcs[k].from < c.to+40; k++ {
			s := srcs[k]
			if t.toks[s.from].sent != t.toks[c.from].sent {
				continue
			}
			if g := gap(s, c); g < best {
				best, cueSrc[ci] = g, k
			}
		}
	}
	var out []attr
	defer func() {
		// "“…” ― Name": an attribution line names the speaker
		for i := range out {
			a := &out[i]
			if !a.direct {
				continue
			}
			c := a.content[len(a.content)-1]
			if e := quoteEnd(t, c[1]-1); e >= 0 {
				if n := dashName(t, e); n[0] >= 0 {
					a.src = n
				}
			}
		}
	}()
	used := map[int]int{} // cue index -> attr index
	ci := 0
	lastSrc := none
	lastSrcSent := -10
	for _, c := range cons {
		for ci < len(cues) && cues[ci].to <= c.from && t.toks[cues[ci].from].para < t.toks[c.from].para-1 {
			ci++
		}
		// "Caddell continued:" / "The Times reports:" closing the paragraph
		// before introduces a content opening this one
		colon := c.from > 0 && t.toks[c.from-1].para != t.toks[c.from].para && t.toks[c.from-1].lower == ":"
		bestCue, best := -1, 1<<30
		for k := ci; k < len(cues) && cues[k].from < c.to+60; k++ {
			q := cues[k]
			if t.toks[q.from].para != t.toks[c.from].para {
				if colon && t.toks[q.from].para == t.toks[c.from].para-1 && c.from-q.to <= 4 {
					bestCue, best = k, 0
				}
				continue
			}
			g := gap(c, q)
			// crossing a sentence boundary costs
			cs, ce, qs := t.toks[c.from].sent, t.toks[c.to-1].sent, t.toks[q.from].sent
			if qs < cs-1 || qs > ce+1 {
				continue
			}
			if qs < cs || qs > ce {
				g += 30
			}
			// "X said on Thursday that …, UNN writes": a content opened
			// by a complementiser belongs to the verb before it
			if q.to <= c.from && g <= 4 && enLex.comp[t.toks[c.from].lower] {
				g -= 10
			}
			if g < best {
				best, bestCue = g, k
			}
		}
		direct := t.toks[c.from].kind == kQuote || t.toks[c.from].quote > 0
		if bestCue >= 0 {
			if ai, ok := used[bestCue]; ok {
				// one cue, one attribution: "…," he said, "…", a content
				// the tagger broke in two, a quote running on into the
				// next paragraph
				prev := out[ai].content[len(out[ai].content)-1]
				pe := prev[1] - 1
				nextPara := t.toks[c.from].para == t.toks[pe].para+1 && (pe+1 == len(t.toks) || t.toks[pe+1].para != t.toks[pe].para) && (c.from == 0 || t.toks[c.from-1].para != t.toks[c.from].para)
				if out[ai].direct && !direct && !enLex.comp[t.toks[c.from].lower] && c.from > cues[bestCue].from {
					// "“…,” she said several months later, and …": what
					// follows a quotation's cue is narrative, not more of it
					continue
				}
				if gap(c, cues[bestCue]) <= 3 || c.from-prev[1] <= 3 || t.toks[c.from].para == t.toks[pe].para || nextPara {
					out[ai].content = append(out[ai].content, [2]int{c.from, c.to})
					out[ai].direct = out[ai].direct || direct
					continue
				}
				// otherwise the same speaker, without the cue
				out = append(out, attr{content: [][2]int{{c.from, c.to}}, cue: none, src: out[ai].src, direct: direct})
				continue
			}
			a := attr{content: [][2]int{{c.from, c.to}}, cue: [2]int{cues[bestCue].from, cues[bestCue].to}, src: none, direct: direct}

			q := cues[bestCue]
			ing := strings.HasSuffix(t.toks[q.from].lower, "ing") && q.from > 0 && t.toks[q.from-1].kind != kWord
			if ing && lastSrc[0] >= 0 && t.toks[q.from].sent-lastSrcSent <= 0 {
				// "…, saying …": the subject of the main clause speaks
				a.src = lastSrc
			} else if s := cueSrc[bestCue]; s >= 0 {
				a.src = [2]int{srcs[s].from, srcs[s].to}
			} else if lastSrc[0] >= 0 && t.toks[c.from].sent-lastSrcSent <= 3 {
				a.src = lastSrc
			}
			if a.src[0] >= 0 {
				lastSrc, lastSrcSent = a.src, t.toks[c.to-1].sent
			}
			if a.cue[0] >= 0 {
				used[bestCue] = len(out)
			}
			out = append(out, a)
			continue
		}
		a := attr{content: [][2]int{{c.from, c.to}}, cue: none, src: none, direct: direct}
		// a source tagged in the content's own sentence
		best = 1 << 30
		for _, s := range srcs {
			if s.from > c.to+40 {
				break
			}
			if t.toks[s.from].sent != t.toks[c.from].sent && t.toks[s.from].sent != t.toks[c.to-1].sent {
				continue
			}
			if g := gap(s, c); g < best {
				best, a.src = g, [2]int{s.from, s.to}
			}
		}
		if a.src[0] >= 0 {
			lastSrc, lastSrcSent = a.src, t.toks[c.to-1].sent
		} else if lastSrc[0] >= 0 && t.toks[c.from].sent-lastSrcSent <= 3 {
			a.src = lastSrc
			lastSrcSent = t.toks[c.to-1].sent
		}
		out = append(out, a)
	}
	return out, nil
}

// thatClauses extends a content back to the complementiser that opens it
// when the tagger read a clause nested in it as an attribution of its own:
// in "Trump noted that Clinton once described the deal as …" the content
// is "that Clinton once described …", not "the deal as …".
func (x *Extractor) thatClauses(t *text, labels []int) {
	for i := 1; i < len(labels); i++ {
		if labels[i] != lBCon {
			continue
		}
		nested := false
		j := i - 1
		for ; j >= 0 && i-j <= 12 && t.toks[j].sent == t.toks[i].sent; j-- {
			l := labels[j]
			if t.toks[j].lower == "that" && (l == lO || l == lBCon) {
				break
			}
			if l == lBCue || l == lICue || l == lBSrc || l == lISrc {
				nested = true
				continue
			}
			if l != lO || t.toks[j].kind == kPunct {
				j = -1
				break
			}
		}
		if j < 1 || !nested || t.toks[j].lower != "that" || t.toks[j].sent != t.toks[i].sent {
			continue
		}
		if p := labels[j-1]; !(p == lBCue || p == lICue || x.en.cues[t.toks[j-1].lower]) {
			continue
		}
		labels[j] = lBCon
		for k := j + 1; k <= i; k++ {
			labels[k] = lICon
		}
	}
}

func hasWord(t *text, r run) bool {
	for i := r.from; i < r.to; i++ {
		if t.toks[i].kind == kWord {
			return true
		}
	}
	return false
}

// dashName finds an attribution line after token i (a quotation's end):
// "“…” ― Pamela Padilla" or "“…”, — Name." closing the paragraph.
func dashName(t *text, i int) [2]int {
	j := i + 1
	for j < len(t.toks) && t.toks[j].para == t.toks[i].para && t.toks[j].kind == kPunct && (t.toks[j].lower == "," || t.toks[j].lower == ".") && j-i < 3 {
		j++
	}
	if j >= len(t.toks) || t.toks[j].para != t.toks[i].para || t.toks[j].kind != kDash {
		return none
	}
	j++
	from := j
	for j < len(t.toks) && t.toks[j].para == t.toks[i].para && t.toks[j].kind == kWord && t.isCap(j) && j-from < 6 {
		j++
	}
	if j == from {
		return none
	}
	// the name ends the paragraph (a full stop or a comma and an age or
	// place may follow)
	if j < len(t.toks) && t.toks[j].para == t.toks[i].para && !(t.toks[j].kind == kPunct && (t.toks[j].lower == "." || t.toks[j].lower == ",")) {
		return none
	}
	return [2]int{from, j}
}

// quoteEnd returns the closing mark (or last token) of the quotation
// holding token i, or -1.
func quoteEnd(t *text, i int) int {
	k := sort.Search(len(t.quotes), func(k int) bool { return t.quotes[k].open > i }) - 1
	if k < 0 {
		return -1
	}
	q := t.quotes[k]
	if i > q.last+1 {
		return -1
	}
	if q.close >= 0 {
		return q.close
	}
	return q.last
}
