package quotes

import (
	"context"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxRunOn is the longest rest of a sentence (in tokens) a content the
// tagger stopped short runs on over. PolNeAR dev, train-only models, seeds
// 1/2/3, content F1 (overlap): no limit .7174/.7227/.7190, 0 .7198/.7232/
// .7190, 6 .7222/.7256/.7214, 8 .7232/.7256/.7224, 10 .7222/.7265/.7224,
// 14 .7203/.7236/.7200.
const maxRunOn = 8

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

// labelRun labels tokens [from, to) as one run of kind (lBCon, lBCue or
// lBSrc): its B label first, then its I label; nothing when to <= from.
func labelRun(labels []int, from, to, kind int) {
	for k := from; k < to; k++ {
		labels[k] = kind + 1
	}
	if from < to {
		labels[from] = kind
	}
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
	return x.link(t, labels), nil
}

// link reads attributions from the tagger's labels: it mends the labels
// with the post-passes, then links contents to cues and cues to sources.
func (x *Extractor) link(t *text, labels []int) []attr {
	runOn(t, labels, x.en.cues)
	x.quoteIntro(t, labels)
	x.thatClauses(t, labels)
	x.coordinated(t, labels)
	x.trailingAttribution(t, labels)
	x.quoteAfterIntro(t, labels)
	aboutLead(t, labels)
	nestedReport(t, labels)
	semicolonTail(t, labels)
	headlineQuote(t, labels)
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
			if titleQuote(t, r) || noStatement(t, r) {
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
			// "…,’” the president added", "…,” said Mr. Kamin": a
			// quotation's own attribution, after its closing mark, is no
			// part of it
			if e := r.to - 1; e-r.from > 3 && t.toks[e].kind == kWord {
				k := e
				for k > r.from && e-k <= 5 && (t.toks[k].kind == kWord || t.toks[k].lower == "." && honorifics[t.toks[k-1].lower]) {
					k--
				}
				j := k - 1
				for j > r.from && (t.toks[j].kind == kQuote || t.toks[j].lower == "'" || t.toks[j].lower == "’") {
					j--
				}
				isCue := func(i int) bool { w := t.toks[i].lower; return x.en.cues[w] || enLex.isCue(w) }
				if k < e && k > r.from+1 && t.toks[k].kind == kQuote && t.toks[k].close && t.toks[k].quote == 0 && (t.toks[j].lower == "," || t.toks[j].lower == "?" || t.toks[j].lower == "!") {
					switch {
					case isCue(e):
						cues = append(cues, run{e, e + 1, lBCue})
						srcs = append(srcs, run{k + 1, e, lBSrc})
						r.to = k + 1
					case isCue(k+1) && (t.isCap(k+2) || t.toks[k+2].lower == "the"):
						cues = append(cues, run{k + 1, k + 2, lBCue})
						srcs = append(srcs, run{k + 2, e + 1, lBSrc})
						r.to = k + 1
					}
				}
			}
			// "called him “a genius”": the one named is no part of what
			// was said ("her" may own the quotation: "her “sex tape”")
			if w := t.toks[r.from].lower; w != "her" && objectPronouns[w] && r.to-r.from > 2 && t.toks[r.from+1].kind == kQuote && t.toks[r.from+1].open {
				r.from++
			}
			cons = append(cons, r)
		case lBCue:
			// "He’s claiming": a pronoun and its contraction the tagger
			// read into the cue are its source
			if r.to-r.from >= 2 && contracted(t.toks[r.from].lower) {
				srcs = append(srcs, run{r.from, r.from + 1, lBSrc})
				r.from++
			}
			cues = append(cues, r)
		case lBSrc:
			if hasWord(t, r) && !functionOnly(t, r) {
				srcs = append(srcs, r)
			}
		}
	}
	// the runs the post-passes split off a content lie inside it; keep
	// both lists in order of their start all the same (the searches
	// below and ownCue rely on it)
	sort.SliceStable(cues, func(i, j int) bool { return cues[i].from < cues[j].from })
	sort.SliceStable(srcs, func(i, j int) bool { return srcs[i].from < srcs[j].from })
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
		for i := range out {
			a := &out[i]
			if !a.direct && undergoer(t, a.src, a.cue) {
				a.src = none
			}
			// "Though he’s heralded …", "Worse, …": a lone adverbial
			// word is no speaker; the clause's subject is
			if a.src[0] >= 0 && a.src[1]-a.src[0] == 1 && adverbialStart[t.toks[a.src[0]].lower] {
				a.src = none
				if a.cue[0] >= 0 {
					if cs := clauseSubject(t, run{a.cue[0], a.cue[1], lBCue}); cs[0] >= 0 && !adverbialStart[t.toks[cs[0]].lower] {
						a.src = cs
					}
				}
			}
		}
		// "McCaskill scolded him: “…”": an object pronoun is the one
		// spoken to, never the speaker; the clause's subject speaks
		for i := range out {
			out[i].src = notPlace(t, out[i], notObject(t, out[i]))
		}
		// "“…” ― Name": an attribution line names the speaker
		for i := range out {
			a := &out[i]
			if !a.direct {
				continue
			}
			c := a.content[len(a.content)-1]
			// a closing mark in a later paragraph closes a quotation that
			// ran on into text attributed apart ("“…,” Rep. Moore said.
			// “If indeed …¶“I have been …,” added Rep. Clyburn"): what
			// follows it names that text's speaker
			if e := quoteEnd(t, c[1]-1); e >= 0 && t.toks[e].para == t.toks[c[1]-1].para {
				if n := dashName(t, e); n[0] >= 0 {
					a.src = n
					continue
				}
				if n := besideQuote(t, e, true); n[0] >= 0 {
					a.src = n
					continue
				}
			}
			if o := quoteOpen(t, a.content[0][0]); o >= 0 {
				if n := besideQuote(t, o, false); n[0] >= 0 {
					a.src = n
					continue
				}
				if n, q := asPutIt(t, o); n[0] >= 0 {
					a.src, a.cue = n, q
				}
			}
		}
		// "It is apparent that …", "Often, it appeared that …": an
		// impersonal construction reports no one
		for i := range out {
			if out[i].direct {
				continue
			}
			for _, c := range out[i].content {
				if impersonal(t, c[0]) {
					out[i].src = none
					break
				}
			}
		}
		// "CHARLOTTE - The wife of a man … recorded …": a dateline is no
		// speaker; the subject after it is
		for i := range out {
			a := &out[i]
			if a.src[0] < 0 {
				continue
			}
			if d := datelineEnd(t, a.src[0], a.cue[0]); d > a.src[0] {
				switch {
				case d < a.src[1]:
					a.src[0] = d
				case a.cue[0] >= 0:
					a.src = clauseSubject(t, run{a.cue[0], a.cue[1], lBCue})
					for _, c := range a.content {
						if a.src[0] >= 0 && a.src[0] < c[1] && c[0] < a.src[1] {
							a.src = none
						}
					}
				default:
					a.src = none
				}
			}
		}
		// "The crowd kept saying, “…”": the speaker is the noun phrase,
		// not the verb group after it
		for i := range out {
			out[i].src = noVerbChain(t, out[i].src, out[i].cue)
		}
		// "Now Melania seems to have vanished", "The veto is expected to
		// come …": a raising cue reports no one
		for i := range out {
			if raising(t, out[i].cue) && raisedContent(t, firstTok(out[i]), out[i].cue) {
				out[i].src = none
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
		// "“…,” said Rep. Butterfield, head of the caucus. “…”": a quotation
		// with no cue of its own right after an attributed one in its
		// paragraph goes on with it
		if n := len(out); n > 0 && out[n-1].direct && out[n-1].cue[0] >= 0 && t.toks[c.from].kind == kQuote {
			prev := out[n-1].content[len(out[n-1].content)-1]
			if t.toks[prev[1]-1].para == t.toks[c.from].para && c.from-prev[1] <= 30 && c.from > out[n-1].cue[1] && !ownCue(t, cues, c) {
				out[n-1].content = append(out[n-1].content, [2]int{c.from, c.to})
				continue
			}
		}
		// "Sanders said, suggesting a few questions, including, “…”": a
		// quotation right after a reported content in its sentence, past
		// a comma or colon, ends that content
		if n := len(out); n > 0 && !out[n-1].direct && out[n-1].cue[0] >= 0 && t.toks[c.from].kind == kQuote && t.toks[c.from].open {
			prev := out[n-1].content[len(out[n-1].content)-1]
			if p := t.toks[c.from-1].lower; (p == "," || p == ":") && c.from-prev[1] <= 3 && prev[1] <= c.from && t.toks[prev[1]-1].sent == t.toks[c.from].sent && !ownCue(t, cues, c) {
				out[n-1].content = append(out[n-1].content, [2]int{c.from, c.to})
				continue
			}
		}
		// "“…,” said Robert McAtee, who has come to work with Mr. Clarke.
		// “…”", "“…,” Obama said. He didn't suggest retaliation. “…”": a
		// quotation with no cue of its own goes on with the quoted
		// attribution before it in its paragraph when what was read in
		// between is reported by no one else
		if k := lastDirectBefore(t, out, c); k >= 0 && t.toks[c.from].kind == kQuote && !ownCue(t, cues, c) {
			out[k].content = append(out[k].content, [2]int{c.from, c.to})
			continue
		}
		// a paragraph opening with a quotation mark goes on with the
		// quotation the paragraph before opened and left open
		if n := len(out); n > 0 && out[n-1].direct && t.toks[c.from].kind == kQuote && c.from > 0 && t.toks[c.from-1].para == t.toks[c.from].para-1 {
			prev := out[n-1].content[len(out[n-1].content)-1]
			pe, last := prev[1]-1, c.from-1
			ps := last
			for ps > 0 && t.toks[ps-1].para == t.toks[last].para {
				ps--
			}
			// unless it has a cue of its own: "“…,” added Rep. Jim Clyburn."
			if t.toks[pe].para == t.toks[last].para && last-pe <= 1 && t.toks[ps].kind == kQuote && t.toks[ps].open && t.toks[last].kind != kQuote && !ownCue(t, cues, c) {
				out[n-1].content = append(out[n-1].content, [2]int{c.from, c.to})
				continue
			}
		}
		// "Caddell continued:" / "The Times reports:" closing the paragraph
		// before introduces a content opening this one
		colon, ck := false, c.from-1
		if ck >= 0 && t.toks[ck].kind == kQuote && t.toks[ck].open && t.toks[ck].para == t.toks[c.from].para {
			// the content starts inside the quotation mark opening its
			// paragraph: "Caddell continued:¶"The health issue …"
			ck--
		}
		if ck >= 0 && t.toks[ck].para != t.toks[c.from].para && t.toks[ck].lower == ":" {
			colon = true
		}
		if colon {
			if src, cue := x.colonIntro(t, ck); cue[0] >= 0 {
				a := attr{content: [][2]int{{c.from, c.to}}, cue: cue, src: src, direct: t.toks[c.from].kind == kQuote || t.toks[c.from].quote > 0}
				if src[0] >= 0 {
					lastSrc, lastSrcSent = src, t.toks[c.to-1].sent
				}
				out = append(out, a)
				continue
			}
		}
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
				if q := cues[bestCue]; !out[ai].direct && t.toks[c.from].kind == kQuote && t.toks[c.from].open && prev[1] <= q.from && c.from >= q.to && gap(c, q) <= 3 && t.toks[c.from].sent == t.toks[q.from].sent {
					// "The candidate did not supply a cost estimate for his
					// plans, though he said “budget reforms” would …": a
					// quotation right after the cue in its sentence is what
					// the cue introduces, an attribution of its own; the
					// content linked to the cue before it keeps no cue and
					// takes the subject of its own clause when it has one
					src := out[ai].src
					out[ai].cue = none
					f := out[ai].content[0]
					if cs := clauseSubject(t, run{f[0], f[1], lBCon}); cs[0] >= 0 {
						out[ai].src = cs
					}
					used[bestCue] = len(out)
					out = append(out, attr{content: [][2]int{{c.from, c.to}}, cue: [2]int{q.from, q.to}, src: src, direct: true})
					continue
				}
				if gap(c, cues[bestCue]) <= 3 || c.from-prev[1] <= 3 || t.toks[c.from].para == t.toks[pe].para && (direct || out[ai].direct || t.toks[c.from].sent == t.toks[pe].sent) || nextPara {
					out[ai].content = append(out[ai].content, [2]int{c.from, c.to})
					out[ai].direct = out[ai].direct || direct
					continue
				}
				// otherwise the same speaker, without the cue; a reported
				// content of its own sentence takes that sentence's subject
				src := out[ai].src
				if !direct && t.toks[c.from].sent != t.toks[pe].sent {
					if cs := clauseSubject(t, run{c.from, c.to, lBCon}); cs[0] >= 0 {
						src = cs
					}
				}
				out = append(out, attr{content: [][2]int{{c.from, c.to}}, cue: none, src: src, direct: direct})
				continue
			}
			a := attr{content: [][2]int{{c.from, c.to}}, cue: [2]int{cues[bestCue].from, cues[bestCue].to}, src: none, direct: direct}

			q := cues[bestCue]
			ing := strings.HasSuffix(t.toks[q.from].lower, "ing") && q.from > 0 && t.toks[q.from-1].kind != kWord
			if t.toks[q.from].lower == "asked" && (q.from == 0 || t.toks[q.from-1].sent != t.toks[q.from].sent) {
				// "Asked about the bomb, Clinton said …": who asked is not said
			} else if ing && lastSrc[0] >= 0 && t.toks[q.from].sent-lastSrcSent <= 0 {
				// "…, saying …": the subject of the main clause speaks, not
				// a relative clause's "who" on the way
				a.src = lastSrc
				if relPronouns[t.toks[lastSrc[0]].lower] && lastSrc[1]-lastSrc[0] == 1 {
					if cs := clauseSubject(t, q); cs[0] >= 0 && cs[1] <= lastSrc[0] {
						a.src = cs
					}
				}
			} else if rs := relativeSubject(t, q); rs[0] >= 0 && !(rs[0] >= c.from && rs[1] <= c.to) {
				// "Mr. Obama immersed himself in the literature, which left
				// little doubt that …": the relative pronoun opening the
				// cue's clause is its subject; after a passive cue ("…, who
				// were told by the chief that …") the pronoun is the one
				// spoken to, and the agent after "by", when there is one,
				// speaks
				if passiveAfter(t, rs[1], q) {
					if ag := byAgent(t, q, c); ag[0] >= 0 {
						a.src = ag
					}
				} else {
					a.src = rs
				}
			} else if sb := subjectBefore(t, q); sb[0] >= 0 && cueSrc[bestCue] >= 0 && srcs[cueSrc[bestCue]].from >= q.to && !(sb[0] >= c.from && sb[1] <= c.to) {
				// a source tagged after the cue is its object ("encouraging
				// his supporters to …") when a subject stands before it
				a.src = sb
			} else if s := cueSrc[bestCue]; s >= 0 && !(srcs[s].from >= c.from && srcs[s].to <= c.to) {
				a.src = [2]int{srcs[s].from, srcs[s].to}
			} else if s := srcOutside(t, srcs, q, c); s >= 0 {
				// the source nearest the cue lay inside the content: "Trump
				// has pooh-poohed the U.S. intelligence community consensus …"
				a.src = [2]int{srcs[s].from, srcs[s].to}
			} else if sb := subjectBefore(t, q); sb[0] >= 0 && !(sb[0] >= c.from && sb[1] <= c.to) {
				a.src = sb
			} else if cs := clauseSubject(t, q); cs[0] >= 0 && !(cs[0] >= c.from && cs[1] <= c.to) {
				a.src = cs
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
	return out
}

// nestedSubord are the words that open a clause reporting inside another's
// content. Not the contrastive "while", "although", "though": they join two
// reports side by side ("Democrats said the bill would pass easily while
// Republicans said that they had the votes …" is two, by two speakers).
var nestedSubord = set("when", "as", "because", "after", "since", "if", "before", "until", "that")

// nestedReport reads a report inside a reported content as part of it:
// in "Flynn said Trump was “absolutely right” when he said the generals
// had been reduced to rubble" what Flynn said runs to the sentence's end,
// "he said" included. A content that follows its own cue, then a
// subordinator, a source, a cue and a content in the same sentence, is
// one content to the end of the second. So is a that-clause broken by an
// adverbial before its subject ("Fowler noted that at one of his first
// meetings, in 1972, he supported a decision …"): its comma stands for
// the subordinator, unless the sentence opens with a subordinate clause
// (frontedClause). After that comma the clause's subject and verb may be
// tagged as a source and a cue or, as the shipped model tags them, as a
// content of their own: either way the content goes on to its end.
func nestedReport(t *text, labels []int) {
	n := len(labels)
	cueSent := -1 // the sentence of the last cue token seen
	for i := 0; i < n; i++ {
		if labels[i] == lBCue || labels[i] == lICue {
			cueSent = t.toks[i].sent
		}
		if labels[i] != lBCon {
			continue
		}
		e := i + 1
		for e < n && labels[e] == lICon {
			e++
		}
		sent := t.toks[i].sent
		// a quotation is what it quotes: "“That makes me smart,” when
		// Clinton blasted him …" goes on in the writer's words
		if t.toks[i].kind == kQuote || t.toks[i].quote > 0 {
			continue
		}
		// its own cue before it in the sentence
		if cueSent != sent || e >= n || labels[e] != lO {
			continue
		}
		comma := t.toks[e].lower == "," && t.toks[i].lower == "that" && !frontedClause(t, i)
		if !nestedSubord[t.toks[e].lower] && !comma {
			continue
		}
		k := e + 1
		if comma && k < n && labels[k] == lBCon && t.toks[k].sent == sent && t.toks[k].kind == kWord {
			// the shipped tagger reads "he supported a decision …" as a
			// content of its own, with no source or cue of its own
			for k++; k < n && labels[k] == lICon; k++ {
			}
			labelRun(labels, i, k, lBCon)
			i = k - 1
			continue
		}
		if k >= n || labels[k] != lBSrc {
			continue
		}
		for k++; k < n && labels[k] == lISrc; k++ {
		}
		if k >= n || labels[k] != lBCue {
			continue
		}
		for k++; k < n && labels[k] == lICue; k++ {
		}
		if k >= n || labels[k] != lBCon || t.toks[k].sent != sent {
			continue
		}
		for k++; k < n && labels[k] == lICon; k++ {
		}
		labelRun(labels, i, k, lBCon)
		i = k - 1
	}
}

// frontedClause reports whether the sentence holding token i opens with
// a subordinate clause ("After campaign aides insisted that …, the
// campaign …", "Lest you assume that …, I should say …"): its comma ends
// that clause, and the main clause after it is no part of what the
// subordinate one reports.
func frontedClause(t *text, i int) bool {
	s := i
	for s > 0 && t.toks[s-1].sent == t.toks[i].sent {
		s--
	}
	for s < i && t.toks[s].kind != kWord {
		s++
	}
	w := t.toks[s].lower
	return subordinators[w] || w == "lest" || w == "whether" || w == "unless"
}

// semicolonTail ends a reported content (no quotation) at a semicolon
// outside quotation marks: the clause after it is the writer's own or
// another's ("Republicans said the timing … was not intentional; they only
// learned on Friday …"). Tried on PolNeAR dev and dropped: ending at
// ", which/who" and at an adverbial clause (while, when, because, …),
// which gold contents mostly keep.
func semicolonTail(t *text, labels []int) {
	reportedContents(t, labels, func(i, j int) {
		for m := i + 2; m < j; m++ {
			if k := &t.toks[m]; k.lower == ";" && k.kind == kPunct && k.quote == 0 {
				for ; m < j; m++ {
					labels[m] = lO
				}
			}
		}
	})
}

// reportedContents calls f with each reported content [i, j): a B-Con on
// a token neither a quotation mark nor quoted, and the I-Con after it. f
// may relabel tokens of [i, j) only; the walk goes on at j.
func reportedContents(t *text, labels []int, f func(i, j int)) {
	for i := 0; i < len(labels); i++ {
		if labels[i] != lBCon || t.toks[i].kind == kQuote || t.toks[i].quote > 0 {
			continue
		}
		j := i + 1
		for j < len(labels) && labels[j] == lICon {
			j++
		}
		f(i, j)
		i = j - 1
	}
}

// runOn lets a content the tagger stopped mid-clause run on to its
// sentence's end when nothing else is tagged in between and the rest is
// short: a long rest is the writer's narrative ("… the annexation in an
// on-air diatribe", "… to boost their election security after hackers
// targeted …").
func runOn(t *text, labels []int, cues map[string]bool) {
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
			end = !cues[t.toks[m].lower]
		}
		if end && k > j && t.toks[j-1].kind == kWord {
			e := k
			for e > j && t.toks[e-1].kind == kPunct {
				e--
			}
			for m := j; m < e && e-j <= maxRunOn; m++ {
				labels[m] = lICon
			}
		}
		i = k
		if k == j {
			i = j
		}
	}
}

// raisingCues are cues whose subject is what the statement is about, not
// who makes it: in PolNeAR train 150 of 154 attributions cued by a form
// of "seem" or "appear" have no source, 54 of 57 cued by "expected" and
// all 15 cues ending in "reportedly" ("Khoga was reportedly on that trip":
// the subject is annotated inside the content). "expected" counts only
// after a form of "be" ("Trump expected that …" has a speaker); a cue
// going on past "reportedly" ("Trump reportedly said") is no raising cue.
var raisingCues = map[string]bool{"seem": true, "seems": true, "seemed": true, "appear": true,
	"appears": true, "appeared": true, "reportedly": true, "expected": true}

// beForm reports a form of "be" that makes "expected" passive: one of
// undergoing's, or "'s".
func beForm(w string) bool { return undergoing[w] || w == "'s" || w == "’s" }

// raising reports whether cue ends with a raising cue.
func raising(t *text, cue [2]int) bool {
	if cue[0] < 0 {
		return false
	}
	e := cue[1] - 1
	w := t.toks[e].lower
	if !raisingCues[w] {
		return false
	}
	if w == "expected" {
		b := e - 1
		for b >= 0 && enLex.skip[t.toks[b].lower] && !beForm(t.toks[b].lower) {
			b--
		}
		return b >= 0 && beForm(t.toks[b].lower)
	}
	return true
}

// raisedContent reports whether a content opening at token f is what
// raising cue q says of its subject: the content holds the subject ("The
// veto is expected to come …") or opens right after the cue with "to be"
// or "to have" ("Melania seems to have vanished"). In "Anderson seemed
// to think the outreach was phony" or "Mr. Obama never seems to tire of
// telling …" the cue raises a verb of saying or thinking, whose subject
// is the speaker. The adverb "reportedly" raises no verb: whatever
// follows it is what it says of its subject ("Smith was reportedly
// furious"), and no cue ending in it in PolNeAR train has a source.
func raisedContent(t *text, f int, q [2]int) bool {
	if f < q[0] || t.toks[q[1]-1].lower == "reportedly" {
		return true
	}
	if f != q[1] || f+1 >= len(t.toks) || t.toks[f].lower != "to" {
		return false
	}
	w := t.toks[f+1].lower
	return w == "be" || w == "have"
}

// relativeSubject returns the relative pronoun right before cue q (past
// auxiliaries and adverbs) that opens a relative clause after a comma or
// dash ("…, which left little doubt", "…, who began his speech by"), or
// none.
func relativeSubject(t *text, q run) [2]int {
	j := q.from - 1
	for j > 0 && t.toks[j].kind == kWord && enLex.skip[t.toks[j].lower] {
		j--
	}
	if j < 1 || t.toks[j].sent != t.toks[q.from].sent {
		return none
	}
	w := t.toks[j].lower
	if w != "who" && w != "which" && w != "who’s" && w != "who's" {
		return none
	}
	if p := t.toks[j-1]; p.lower != "," && p.kind != kDash {
		return none
	}
	return [2]int{j, j + 1}
}

// passiveAfter reports whether cue q, with the words from k up to it, is
// passive: a form of "be" before its last word, which is no "-ing"
// ("who were told", "who was reminded", not "who has been saying").
func passiveAfter(t *text, k int, q run) bool {
	if strings.HasSuffix(t.toks[q.to-1].lower, "ing") {
		return false
	}
	for i := k; i < q.to-1; i++ {
		if undergoing[t.toks[i].lower] {
			return true
		}
	}
	return false
}

// byAgent returns the agent named after "by" right after passive cue q
// ("told by the chief that …"): the words up to content c, a comma or
// "that", at most five of them, or none.
func byAgent(t *text, q run, c run) [2]int {
	k := q.to
	if k >= len(t.toks) || t.toks[k].lower != "by" || t.toks[k].sent != t.toks[q.from].sent {
		return none
	}
	e := k + 1
	for e < len(t.toks) && (e < c.from || c.from < k) && e-k <= 5 && t.toks[e].kind == kWord && t.toks[e].sent == t.toks[k].sent && !enLex.comp[t.toks[e].lower] {
		e++
	}
	if e == k+1 || e-k > 5 {
		return none
	}
	return [2]int{k + 1, e}
}

// objectPronouns stand for the one spoken to or about, not the speaker.
var objectPronouns = set("him", "her", "them", "me", "us")

// notObject returns a's source, or when that is a lone object pronoun
// ("McCaskill scolded him: “…”") the subject of its cue's clause, or none.
func notObject(t *text, a attr) [2]int {
	if a.src[0] < 0 || a.src[1]-a.src[0] != 1 || !objectPronouns[t.toks[a.src[0]].lower] {
		return a.src
	}
	if a.cue[0] < 0 {
		return none
	}
	// the verb whose object the pronoun is ends the subject
	v := run{a.cue[0], a.cue[1], lBCue}
	if k := a.src[0] - 1; k >= 0 && t.toks[k].kind == kWord && t.toks[k].sent == t.toks[a.src[0]].sent {
		v = run{k, k + 1, lBCue}
	}
	if cs := clauseSubject(t, v); cs[0] >= 0 && !objectPronouns[t.toks[cs[0]].lower] {
		return cs
	}
	return none
}

// datelineEnd returns the token after a dateline opening the paragraph
// at token i (upper-case words, commas and full stops, then a dash:
// "CHARLOTTE - ", "BRUSSELS — "), or i when there is none. An
// all-capitals name before an aside is no dateline: the dash opens an
// aside when the word after it is lower case or a relative pronoun
// ("NATO - the Western military alliance - said", "FBI — whose agents
// …"), or when a second dash in its sentence before token lim (the cue;
// the sentence's end when lim < 0) closes it ("FBI — Wray's agents —
// said"); a dateline's own dash leaves the asides after it paired.
func datelineEnd(t *text, i, lim int) int {
	if i < 0 || i >= len(t.toks) || i > 0 && t.toks[i-1].para == t.toks[i].para {
		return i
	}
	j := i
	for j < len(t.toks) && j-i < 8 && t.toks[j].para == t.toks[i].para {
		k := &t.toks[j]
		w := t.src[k.start:k.end]
		if k.kind == kDash {
			if j == i || asideDash(t, j, lim) {
				return i
			}
			return j + 1
		}
		if k.kind == kWord && (len(w) < 2 || strings.ToUpper(w) != w || strings.ToLower(w) == w) || k.kind != kWord && w != "," && w != "." {
			return i
		}
		j++
	}
	return i
}

// asideOpeners open a relative clause after a name ("That" opens a
// dateline's sentence as often).
var asideOpeners = set("who", "whose", "whom", "which")

// asideDash reports whether the dash at token j opens an aside: the word
// after it is lower case or a relative pronoun, or the dashes after it
// in its sentence before token lim (its end when lim < 0) are odd in
// number, one of them closing it.
func asideDash(t *text, j, lim int) bool {
	if n := j + 1; n < len(t.toks) && t.toks[n].kind == kWord && t.toks[n].para == t.toks[j].para {
		w := t.src[t.toks[n].start:t.toks[n].end]
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) || asideOpeners[t.toks[n].lower] {
			return true
		}
	}
	odd := false
	for k := j + 1; k < len(t.toks) && (lim < 0 || k < lim) && t.toks[k].sent == t.toks[j].sent; k++ {
		if t.toks[k].kind == kDash {
			odd = !odd
		}
	}
	return odd
}

// impersonalHeads close "it seems", "it was clear" and the like before a
// content.
var impersonalHeads = set("appears", "appeared", "seems", "seemed", "clear", "apparent", "obvious", "evident",
	"unclear", "likely", "unlikely", "certain", "plain")

// impersonal reports whether the content opening at token k follows an
// impersonal construction opening its clause: "it" and a verb group
// closed by one of impersonalHeads, then "that" or nothing ("Often, it
// appeared that …", "By now it should be obvious that …", "It was clear
// Clinton is …").
func impersonal(t *text, k int) bool {
	j := k - 1
	if j >= 0 && t.toks[j].lower == "that" {
		j--
	}
	if j < 0 || !impersonalHeads[t.toks[j].lower] {
		return false
	}
	sent := t.toks[k].sent
	j--
	for j >= 0 && t.toks[j].sent == sent && t.toks[j].kind == kWord && verbChain[t.toks[j].lower] && t.toks[j].lower != "to" {
		j--
	}
	if j < 0 || t.toks[j].sent != sent || t.toks[j].lower != "it" {
		return false
	}
	// "it" opens its clause: not "Smith said it was clear that …"
	p := j - 1
	return p < 0 || t.toks[p].sent != sent || t.toks[p].kind != kWord || clauseJoin[t.toks[p].lower] || verbChain[t.toks[p].lower]
}

// clauseJoin are conjunctions that open a clause.
var clauseJoin = set("and", "but", "yet", "so", "though", "although")

// verbChain are the words of a verb group that may stand between a
// speaker and the reporting verb: auxiliaries and modals, verbs taking
// another verb ("kept saying", "began chanting", "continued to insist"),
// negation, "to" and adverbs of time and manner ("would later say", "has
// repeatedly said", "publicly stated").
var verbChain = set("is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
	"can", "could", "may", "might", "should", "must", "shall", "does", "do", "did", "n't", "not", "never", "to",
	"keep", "keeps", "kept", "began", "begin", "begins", "begun", "start", "starts", "started", "continue",
	"continues", "continued", "went", "go", "goes", "tried", "try", "tries", "seemed", "seem", "seems",
	"appeared", "appear", "appears", "stopped", "proceeded", "also", "later", "then", "again", "still", "now",
	"just", "even", "once", "often", "always", "already", "repeatedly", "publicly", "privately", "openly",
	"reportedly", "allegedly", "recently", "previously", "initially", "subsequently", "frequently", "quickly",
	"immediately", "finally", "eventually", "loudly", "angrily", "flatly", "firmly", "simply", "falsely",
	"wrongly", "quietly", "explicitly", "directly", "personally", "formally", "officially", "separately",
	"specifically", "widely", "bluntly", "pointedly", "emphatically", "famously", "jokingly", "candidly")

// noVerbChain returns source src without the verb group that follows its
// noun phrase: a source starting before its cue stops where the cue
// starts, and lower-case words of a verb group closing it before another
// word are dropped ("The crowd kept saying, “…”": the crowd speaks, not
// "The crowd kept"). At least one word is kept.
func noVerbChain(t *text, src, cue [2]int) [2]int {
	if src[0] < 0 {
		return src
	}
	if cue[0] >= 0 && src[0] < cue[0] && src[1] > cue[0] {
		src[1] = cue[0]
	}
	for src[1]-src[0] > 1 && src[1] < len(t.toks) {
		last, next := t.toks[src[1]-1], t.toks[src[1]]
		if last.kind != kWord || t.isCap(src[1]-1) || !verbChain[last.lower] || next.kind != kWord || next.sent != last.sent {
			break
		}
		src[1]--
	}
	return src
}

// placePreps put the phrase after them in a place or a time, never the
// speaker: "Protesters marching through the streets chanted".
var placePreps = set("through", "in", "on", "at", "into", "across", "around", "near", "outside", "inside", "during",
	"along", "toward", "towards", "onto", "over", "under", "behind")

// notPlace returns a's source src, or when that follows a preposition of
// place or time before or after its cue in the sentence ("Protesters
// marching through the streets chanted “…”", "Christie blasted Clinton as
// a “disgrace” Wednesday on The Laura Ingraham Show") the subject of the
// cue's clause when there is one outside the content. A possessive keeps its place: in
// "seized on Trump’s claim that …" the owner of the claim made it.
func notPlace(t *text, a attr, src [2]int) [2]int {
	if src[0] <= 0 || a.cue[0] < 0 || src[1] > a.cue[0] && src[0] < a.cue[1] || t.toks[src[0]].sent != t.toks[a.cue[0]].sent || !placePreps[t.toks[src[0]-1].lower] {
		return src
	}
	if w := t.toks[src[1]-1].lower; strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || w == "'" || w == "’" {
		return src
	}
	cs := clauseSubject(t, run{a.cue[0], a.cue[1], lBCue})
	if cs[0] < 0 || cs[1] >= src[0] {
		return src
	}
	for _, c := range a.content {
		if cs[0] < c[1] && c[0] < cs[1] {
			return src
		}
	}
	return cs
}

// undergoing are the auxiliaries that, between a subject and a cue of
// passiveCues (or "faced", "came under"), make the
// subject the one the statement is about or put to: "Trump has faced
// questions about …", "the United Nations came under criticism for …",
// "He has been harshly criticized for …", "Reagan was once asked how …".
var undergoing = set("been", "being", "was", "were", "is", "are", "be")

// facing a cue ("faced questions", "came under criticism"), a subject is
// the one the statement is about.
var (
	facing = set("faced", "faces", "face", "facing")
	coming = set("came", "comes", "come", "coming")
)

// passiveCues after an auxiliary make their subject the one spoken to or
// about ("was asked", "has been criticized"), unlike "is concerned".
var passiveCues = set("asked", "told", "criticized", "criticised", "accused", "expected", "described", "questioned",
	"urged", "warned", "pressed", "blamed", "attacked", "praised", "called", "charged", "cited", "quoted", "mocked",
	"condemned", "challenged", "slammed", "ridiculed")

// undergoer reports whether the source src of cue is not its speaker but
// the one it is about: "faced" or "came under" between them, or an
// auxiliary before a passive cue ("was asked", not "has been saying"),
// and no "by …" after.
func undergoer(t *text, src, cue [2]int) bool {
	if src[0] < 0 || cue[0] < 0 || src[1] > cue[0] || cue[0]-src[1] > 4 || t.toks[src[0]].sent != t.toks[cue[0]].sent {
		return false
	}
	last := t.toks[cue[1]-1].lower
	if strings.HasSuffix(last, "ing") {
		return false
	}
	if k := cue[1]; k < len(t.toks) && t.toks[k].lower == "by" || k+1 < len(t.toks) && t.toks[k+1].lower == "by" {
		return false
	}
	aux := false
	for i := src[1] - 1; i < cue[1]; i++ {
		if i < src[0] || t.toks[i].kind != kWord {
			continue
		}
		w := t.toks[i].lower
		switch {
		case facing[w] || w == "under" && i > 0 && coming[t.toks[i-1].lower]:
			return true
		case undergoing[w]:
			aux = true
		case aux && passiveCues[w]:
			return true
		}
	}
	return false
}

// adverbialStart open an adverbial or a subordinate clause: alone, never
// a speaker.
var adverbialStart = set("though", "although", "to", "having", "worse", "while", "when", "if", "because",
	"after", "before", "since", "in", "on", "at", "for", "with", "from", "meanwhile", "however", "but", "so",
	"then", "still", "even", "just", "only", "once", "until", "despite", "rather", "instead", "besides", "whether")

// subjectPronouns can be the subject of a reporting verb.
var subjectPronouns = set("he", "she", "they", "we", "i", "it", "you")

// contracted reports whether w is a subject pronoun with a contracted
// auxiliary ("he’s", "they're").
func contracted(w string) bool {
	i := strings.IndexAny(w, "'’")
	if i <= 0 || !subjectPronouns[w[:i]] {
		return false
	}
	switch strings.TrimLeft(w[i:], "'’") {
	case "s", "re", "ve", "ll", "d", "m":
		return true
	}
	return false
}

// relPronouns open a relative clause.
var relPronouns = set("who", "which", "that", "whom")

// colonVerbs introduce a quotation after a colon besides the reporting
// verbs of the lexicon (which the model's features read, so it stays
// as trained).
var colonVerbs = set("reports", "report", "writes", "continues", "tweets", "posted", "reads", "read", "states",
	"explains", "adds", "concludes", "recalls", "recounts", "wrote", "added", "concluded", "recounted")

// colonNouns name a statement a colon introduces ("Sanders made the
// following comment:").
var colonNouns = set("comment", "remarks", "statement")

// statementVerbs give out a statement ("released the following
// statement:"); of them, lightVerbs leave the cue to the noun ("made the
// following comment:").
var (
	statementVerbs = set("released", "issued", "made", "gave", "sent", "provided", "posted", "shared", "offered", "put")
	lightVerbs     = set("made", "gave", "offered", "put")
)

// introNotSpeaker open a colon paragraph that names no speaker ("Read the
// full statement:", "Here is the statement:", "Below is …").
var introNotSpeaker = set("read", "here", "here's", "here’s", "see", "below", "above", "following", "watch", "view",
	"click", "find", "this", "these", "there", "full", "complete", "excerpts", "text")

// notSpeakerHead is a lone word that cannot be a speaker by itself.
var notSpeakerHead = set("the", "a", "an", "this", "that", "these", "those",
	"in", "on", "at", "after", "before", "later", "then", "also", "and", "but", "so")

// colonIntro reads a short paragraph ending at colon k ("Caddell
// continued:", "The New York Times reports:") as the source and cue of
// what follows; cue[0] is -1 when it is not one.
func (x *Extractor) colonIntro(t *text, k int) (src, cue [2]int) {
	v := k - 1
	if v < 1 || t.toks[v].para != t.toks[k].para || t.toks[v].kind != kWord {
		return none, none
	}
	if w := t.toks[v].lower; !enLex.isCue(w) && !x.en.cues[w] && !colonVerbs[w] && !colonNouns[w] {
		return none, none
	}
	from := v
	for from > 0 && t.toks[from-1].para == t.toks[k].para {
		if t.toks[from-1].lower == "," && from < v {
			// "On July 6, 2015, Sanders made the following comment:"
			break
		}
		if from--; t.toks[from].kind != kWord || v-from > 6 {
			return none, none
		}
	}
	if from == v || !(t.isCap(from) || personPronouns[t.toks[from].lower]) || functionOnly(t, run{from, v, lBSrc}) {
		return none, none
	}
	if colonNouns[t.toks[v].lower] {
		if introNotSpeaker[t.toks[from].lower] {
			return none, none // "Read the full statement:", "Here is …"
		}
		// "The company said in a statement:", "The campaign released the
		// following statement:": the words before the verb speak, and
		// the verb is the cue ("made the following comment": the noun)
		for j := from + 1; j < v; j++ {
			w := t.toks[j].lower
			if t.isCap(j) || !enLex.isCue(w) && !x.en.cues[w] && !colonVerbs[w] && !statementVerbs[w] {
				continue
			}
			if functionOnly(t, run{from, j, lBSrc}) || j == from+1 && notSpeakerHead[t.toks[from].lower] {
				return none, none
			}
			if lightVerbs[w] {
				return [2]int{from, j}, [2]int{v, v + 1}
			}
			return [2]int{from, j}, [2]int{j, j + 1}
		}
		// "The White House statement:": the capitalised words
		e := from + 1
		for e < v && t.isCap(e) {
			e++
		}
		if e == from+1 && notSpeakerHead[t.toks[from].lower] {
			return none, none
		}
		return [2]int{from, e}, [2]int{v, v + 1}
	}
	return [2]int{from, v}, [2]int{v, v + 1}
}

// quoteIntro splits a content the tagger ran on over a quotation's own
// attribution: in "Asked about the bomb, Clinton said, “I think …”" the
// words before the comma are one content (of "Asked"), and ", Clinton
// said, “" introduces the quotation as its source and cue.
func (x *Extractor) quoteIntro(t *text, labels []int) {
	for _, q := range t.quotes {
		o := q.open
		if o < 4 || labels[o] != lICon {
			continue
		}
		k := o - 1
		if p := t.toks[k].lower; p != "," && p != ":" {
			continue
		}
		v := k - 1
		if w := t.toks[v].lower; t.toks[v].kind != kWord || !enLex.isCue(w) && !x.en.cues[w] || t.toks[v].para != t.toks[o].para {
			continue
		}
		// the speaker: up to five words back to a comma, opening with a
		// capital or a pronoun
		j := v - 1
		for j >= 0 && v-j <= 5 && t.toks[j].kind == kWord && t.toks[j].para == t.toks[o].para {
			j--
		}
		if j < 1 || j == v-1 || t.toks[j].lower != "," || t.toks[j].quote > 0 {
			continue
		}
		src := [2]int{j + 1, v}
		if functionOnly(t, run{src[0], src[1], lBSrc}) || !(t.isCap(src[0]) || personPronouns[t.toks[src[0]].lower]) {
			continue
		}
		// the content before it stays one when it holds a word
		if labels[j-1] == lO || t.toks[j-1].kind != kWord && labels[j-1] != lICon {
			continue
		}
		labels[j] = lO
		labelRun(labels, src[0], src[1], lBSrc)
		labels[v] = lBCue
		labels[k] = lO
		labels[o] = lBCon
	}
}

// subjectBefore returns the short subject right before cue q that opens
// its clause ("He’s claiming", "The newspaper has also detailed"), or
// none: the tagger did not mark it, but it is the speaker.
func subjectBefore(t *text, q run) [2]int {
	j := q.from - 1
	sent := t.toks[q.from].sent
	for j >= 0 && t.toks[j].sent == sent && t.toks[j].kind == kWord && enLex.skip[t.toks[j].lower] {
		j--
	}
	end := j + 1
	for j >= 0 && t.toks[j].sent == sent && t.toks[j].kind == kWord && !enLex.stop[t.toks[j].lower] && end-j <= 6 {
		j--
	}
	from := j + 1
	if from >= end {
		return none
	}
	// the phrase opens the sentence or a clause
	if j >= 0 && t.toks[j].sent == sent && !(t.toks[j].kind == kPunct || t.toks[j].kind == kDash || enLex.stop[t.toks[j].lower]) {
		return none
	}
	w := t.toks[from].lower
	if !(t.isCap(from) || personPronouns[w] || w == "it" || w == "they" || w == "we" || w == "i") {
		return none
	}
	return [2]int{from, end}
}

// subordinators open an adverbial clause before a sentence's subject.
var subordinators = set("as", "when", "if", "after", "before", "while", "though", "although", "because", "since",
	"until", "once", "despite", "amid", "unlike", "like", "following", "asked", "speaking", "writing")

// honorifics are abbreviated titles before a name ("Mr. Obama").
var honorifics = set("mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "lt", "col", "sgt", "prof", "rev", "st", "jr")

// auxiliaries end a subject phrase.
var auxiliaries = set("is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
	"can", "could", "may", "might", "should", "must", "does", "do", "did", "’s", "'s")

// clauseSubject returns the subject of the sentence holding cue q when
// the tagger marked none: the sentence's opening phrase, after any
// adverbial ("In the spin room after the debate, Obama’s aides were …"),
// up to a comma, a bracket, an auxiliary or the cue, and at most eight
// words; none when that phrase does not stand before the cue.
func clauseSubject(t *text, q run) [2]int {
	sent := t.toks[q.from].sent
	s := q.from
	for s > 0 && t.toks[s-1].sent == sent {
		s--
	}
	for s < q.from && t.toks[s].kind != kWord {
		s++
	}
	if d := datelineEnd(t, s, q.from); d > s && d < q.from {
		s = d // "CHARLOTTE - The wife of …"
	}
	if s < q.from && (enLex.preps[t.toks[s].lower] || subordinators[t.toks[s].lower]) {
		// skip the adverbial to its comma
		for s < q.from && t.toks[s].lower != "," {
			s++
		}
		for s < q.from && t.toks[s].kind != kWord {
			s++
		}
	}
	e := s
	for e < q.from && e-s < 8 {
		k := t.toks[e]
		if k.kind == kPunct && k.lower == "." && e > s && honorifics[t.toks[e-1].lower] {
			e++ // "Mr. Obama"
			continue
		}
		if k.kind != kWord || enLex.skip[k.lower] || enLex.stop[k.lower] || enLex.preps[k.lower] || auxiliaries[k.lower] {
			break
		}
		e++
	}
	if e == s || e > q.from {
		return none
	}
	if w := t.toks[s].lower; !(t.isCap(s) || personPronouns[w] || w == "the" || w == "it" || w == "they" || w == "we") {
		return none
	}
	return [2]int{s, e}
}

// ownCue reports whether a cue run stands right beside content c in its
// paragraph (at most three tokens away).
func ownCue(t *text, cues []run, c run) bool {
	// cues are in order and do not overlap, so their ends are in order
	// too: the first that can lie within 3 tokens of c ends at c.from-3
	// or later
	k := sort.Search(len(cues), func(i int) bool { return cues[i].to >= c.from-3 })
	for _, q := range cues[k:] {
		if q.from > c.to+3 {
			break
		}
		if t.toks[q.from].para == t.toks[c.from].para && gap(q, c) <= 3 {
			// a sentence before, closed by a full stop, is not its
			// introduction: "…,” Obama said. He didn't suggest
			// retaliation. “…”"
			if q.to <= c.from && t.toks[q.from].sent < t.toks[c.from].sent && c.from > 0 && t.toks[c.from-1].lower == "." {
				continue
			}
			return true
		}
	}
	return false
}

// coordinated ends a reported content at "and"/"but" opening a second
// verb phrase of the same subject: in "Trump is telling a veterans group
// that the military is “depleted” and says he will expand …" the content
// of "telling" stops before "and", and "says" reports the rest.
func (x *Extractor) coordinated(t *text, labels []int) {
	reportedContents(t, labels, func(i, j int) {
		for k := i + 3; k+1 < j; k++ {
			w := t.toks[k].lower
			if (w != "and" && w != "but") || t.toks[k].quote > 0 || t.toks[k+1].kind != kWord {
				continue
			}
			if n := t.toks[k+1].lower; !x.en.cues[n] || !enLex.isCue(n) {
				continue
			}
			labels[k], labels[k+1] = lO, lBCue
			if k+2 < j {
				labels[k+2] = lBCon
			}
			break
		}
	})
}

// srcOutside returns the source run nearest cue q in its sentence that
// lies outside content c, or -1.
func srcOutside(t *text, srcs []run, q, c run) int {
	sent := t.toks[q.from].sent
	k := sort.Search(len(srcs), func(i int) bool { return t.toks[srcs[i].from].sent >= sent })
	best, bi := 1<<30, -1
	for ; k < len(srcs) && t.toks[srcs[k].from].sent == sent; k++ {
		s := srcs[k]
		if s.to > c.from && s.from < c.to {
			continue
		}
		if g := gap(s, q); g < best {
			best, bi = g, k
		}
	}
	return bi
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
		// the cue may stand a few words before the complementiser: "Trump
		// said during a rally in Michigan that …"
		c := j - 1
		for c > 0 && j-c < 8 && labels[c] == lO && t.toks[c].kind == kWord && !x.en.cues[t.toks[c].lower] && t.toks[c-1].sent == t.toks[j].sent {
			c--
		}
		if p := labels[c]; !(p == lBCue || p == lICue || x.en.cues[t.toks[c].lower]) {
			continue
		}
		labelRun(labels, j, i+1, lBCon)
	}
}

// trailingAttribution reads a sentence that closes on a comma and a
// tagged source and cue ("…, sources said." / "…, said Caddell.") as
// reported speech: what comes before the comma is the content, whatever
// the tagger read in it ("Secret Service protocol called for …, sources
// said" is not an attribution of its own).
func (x *Extractor) trailingAttribution(t *text, labels []int) {
	n := len(t.toks)
	for e := 0; e < n; {
		s := e
		for e < n && t.toks[e].sent == t.toks[s].sent {
			e++
		}
		// [s, e) is one sentence; drop closing punctuation and a few
		// unlabelled words ("…, he said Monday.")
		j := e
		for j > s && t.toks[j-1].kind == kPunct && labels[j-1] == lO {
			j--
		}
		for k := 0; k < 3 && j > s && labels[j-1] == lO && t.toks[j-1].kind == kWord; k++ {
			j--
		}
		// the source and cue runs, in either order
		g := j
		seen := map[int]bool{}
		for g > s && (labels[g-1] != lO) && labels[g-1] != lBCon && labels[g-1] != lICon && j-g <= 8 {
			l := labels[g-1]
			if l%2 == 0 {
				l-- // the role's B- label
			}
			seen[l] = true
			g--
		}
		if !seen[lBCue] || !seen[lBSrc] || g <= s+3 || t.toks[g-1].lower != "," {
			continue
		}
		c := g - 1 // the comma
		if q := t.toks[c-1]; q.kind == kQuote || q.quote > 0 || t.toks[s].kind == kQuote {
			continue // a quotation: read as such elsewhere
		}
		from := s
		for from < c && t.toks[from].kind != kWord {
			from++
		}
		if from >= c {
			continue
		}
		labelRun(labels, from, c, lBCon)
	}
}

// quoteAfterIntro cuts the lead-in off a content the tagger opened
// before a quotation: in "Kall said: “I feel …”", "To which she said,
// “Thank God …”" the content is the quotation, opened right after a
// comma or colon, and runs to (about) the content's end. A cue word in the
// lead-in becomes the cue; the rest of it is no content.
func (x *Extractor) quoteAfterIntro(t *text, labels []int) {
	n := len(t.toks)
	for i := 0; i < n; {
		if labels[i] != lBCon {
			i++
			continue
		}
		to := i + 1
		for to < n && labels[to] == lICon {
			to++
		}
		from := i
		i = to
		if t.toks[from].kind == kQuote || t.toks[from].quote > 0 {
			continue
		}
		q := from + 1
		for q < to && !(t.toks[q].kind == kQuote && t.toks[q].open) {
			q++
		}
		if q >= to-1 || q-1 <= from {
			continue
		}
		if p := t.toks[q-1].lower; p != "," && p != ":" {
			continue
		}
		// a cue right before the mark ("she said,", "told me:"): a
		// lead-in of any other kind is often the content's own
		// ("things such as, “…”")
		v := q - 2
		if objectPronouns[t.toks[v].lower] && v-1 >= from {
			v--
		}
		if !x.en.cues[t.toks[v].lower] {
			continue
		}
		if e := quoteEnd(t, q+1); e < 0 || e+2 < to {
			continue
		}
		cue := false
		for k := from; k < q; k++ {
			switch {
			case x.en.cues[t.toks[k].lower] && t.toks[k].kind == kWord:
				if cue {
					labels[k] = lICue
				} else {
					labels[k] = lBCue
				}
				cue = true
			default:
				labels[k] = lO
				cue = false
			}
		}
		// the name or pronoun right before the cue speaks ("Trump
		// boasted, “…”", "Mexicans often say, ''…''")
		c := v
		for c > from && labels[c-1] != lO {
			c--
		}
		k := c
		for k > from && c-k < 4 && t.toks[k-1].kind == kWord && (t.isCap(k-1) || personPronouns[t.toks[k-1].lower]) {
			k--
		}
		if k == c && c-1 > from && t.toks[c-1].kind == kWord && !notSpeaker[t.toks[c-1].lower] {
			// one adverb between ("often"): look past it
			for k = c - 1; k > from && c-1-k < 4 && t.toks[k-1].kind == kWord && (t.isCap(k-1) || personPronouns[t.toks[k-1].lower]); k-- {
			}
			if k < c-1 {
				c--
			} else {
				k = c
			}
		}
		labelRun(labels, k, c, lBSrc)
		labels[q] = lBCon
	}
}

// notSpeaker are words that cannot make up a speaker on their own.
var notSpeaker = set("though", "although", "after", "before", "from", "later", "recently", "perhaps",
	"when", "while", "as", "because", "if", "so", "then", "also", "but", "and", "however",
	"meanwhile", "according", "to", "in", "on", "at", "of", "for", "with", "by", "the", "a", "an",
	"there", "here", "now", "still", "even", "just", "only", "again", "yet", "since", "until", "once", "first")

// functionOnly reports whether run r holds no word that could name a
// speaker ("Though", "According to", "recently").
func functionOnly(t *text, r run) bool {
	for i := r.from; i < r.to; i++ {
		if t.toks[i].kind == kWord && !notSpeaker[t.toks[i].lower] {
			return false
		}
	}
	return true
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

// besideQuote finds the speaker named right beside a quotation, after its
// closing mark i ("…,” the president added." / "…,” said Hester.") or
// before its opening mark i ("Clinton said, “…" / "Said Ellis: “…"): a
// short phrase next to a reporting verb, with nothing else in between.
func besideQuote(t *text, i int, after bool) [2]int {
	n := len(t.toks)
	para := t.toks[i].para
	in := func(k int) bool { return k >= 0 && k < n && t.toks[k].para == para }
	cue := func(k int) bool { return in(k) && t.toks[k].kind == kWord && enLex.isCue(t.toks[k].lower) }
	// phrase grows from k in direction d over at most eight words,
	// stopping at punctuation, a quotation mark or a cue word
	// "Mr. Kamin": an honorific's full stop stays in the phrase
	honDot := func(k int) bool {
		return in(k) && t.toks[k].lower == "." && in(k-1) && honorifics[t.toks[k-1].lower] && in(k+1) && t.toks[k+1].kind == kWord
	}
	phrase := func(k, d int) [2]int {
		from := k
		for in(k) && (t.toks[k].kind == kWord && !cue(k) || k != from && honDot(k)) && (k-from)*d < 8 {
			k += d
		}
		if k == from {
			return none
		}
		if d < 0 {
			return [2]int{k + 1, from + 1}
		}
		return [2]int{from, k}
	}
	ends := func(k int) bool { // the phrase closes its clause
		return !in(k) || t.toks[k].kind != kWord
	}
	if after {
		k := i + 1
		if in(k) && t.toks[k].lower == "," {
			k++
		}
		if cue(k) { // "…,” said Hester."
			if p := phrase(k+1, 1); p[0] >= 0 && ends(p[1]) && (t.isCap(p[0]) || personPronouns[t.toks[p[0]].lower]) {
				return p
			}
			return none
		}
		if p := phrase(k, 1); p[0] >= 0 && cue(p[1]) && ends(p[1]+1) {
			return p // "…,” the president added."
		}
		// "“American Skin (41 Shots)” was written by Springsteen": an
		// author named after a passive verb of saying or writing
		if a := byAuthor(t, k, in); a[0] >= 0 {
			return a
		}
		// "…?” Vitter demanded.": a name and a past tense closing the
		// sentence, whatever the verb
		j := k
		for in(j) && t.toks[j].kind == kWord && (t.isCap(j) || j == k && personPronouns[t.toks[j].lower]) && j-k < 4 {
			j++
		}
		if w := t.toks[min(j, n-1)].lower; j > k && in(j) && t.toks[j].kind == kWord && len(w) > 4 && strings.HasSuffix(w, "ed") && in(j+1) && (t.toks[j+1].lower == "." || t.toks[j+1].lower == ",") {
			return [2]int{k, j}
		}
		return none
	}
	k := i - 1
	if in(k) && (t.toks[k].lower == "," || t.toks[k].lower == ":") {
		k--
	}
	// a name or a pronoun, not "…, adding later, “…"
	named := func(p [2]int) bool {
		return !functionOnly(t, run{p[0], p[1], lBSrc}) && (t.isCap(p[0]) || personPronouns[t.toks[p[0]].lower])
	}
	if cue(k) { // "Clinton said, “…"
		p := phrase(k-1, -1)
		if p[0] >= 0 && (p[0] == 0 || !in(p[0]-1) || t.toks[p[0]-1].kind != kWord) && named(p) {
			return p
		}
		return none
	}
	// "Said Ellis: “…": the cue opens its clause
	if p := phrase(k, -1); p[0] >= 0 && cue(p[0]-1) && (!in(p[0]-2) || t.toks[p[0]-2].kind != kWord) && named(p) {
		return p
	}
	// "footage of Trump saying during the debate, “…": the name right
	// before a participle cue says it
	if p := phrase(k, -1); p[0] >= 0 && cue(p[0]-1) && strings.HasSuffix(t.toks[p[0]-1].lower, "ing") {
		e := p[0] - 1
		j := e
		for in(j-1) && t.toks[j-1].kind == kWord && t.isCap(j-1) && e-j < 4 {
			j--
		}
		if j < e && (!in(j-1) || t.toks[j-1].kind != kWord || enLex.preps[t.toks[j-1].lower]) {
			return [2]int{j, e}
		}
	}
	return none
}

// authored are passive participles naming who said or wrote a quotation
// ("was written by", "was coined by").
var authored = set("written", "penned", "said", "spoken", "coined", "sung", "composed", "tweeted", "posted",
	"uttered", "authored", "delivered", "voiced", "stated", "declared")

// byAuthor reads "[was] written by Name" from token k on (in tells the
// tokens of the quotation's paragraph): the capitalised name after "by",
// names joined by "and" and honorifics ("Mr. Clarke") included, or none.
func byAuthor(t *text, k int, in func(int) bool) [2]int {
	if in(k) && auxiliaries[t.toks[k].lower] {
		k++
	}
	if !in(k+2) || !authored[t.toks[k].lower] || t.toks[k+1].lower != "by" {
		return none
	}
	from, j := k+2, k+2
	for j-from < 8 && in(j) {
		w := t.toks[j].lower
		name := t.toks[j].kind == kWord && t.isCap(j)
		and := j > from && w == "and" && in(j+1) && t.isCap(j+1)
		honDot := j > from && w == "." && honorifics[t.toks[j-1].lower] && in(j+1) && t.isCap(j+1) // "Mr. Clarke"
		if !name && !and && !honDot {
			break
		}
		j++
	}
	if j == from {
		return none
	}
	return [2]int{from, j}
}

// headlineQuote labels a headline that quotes its subject: a paragraph in
// title case, with nothing tagged in it, whose quotation closes it
// ("Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be Criminally
// Investigated.’"): the quotation is the content, the words before it
// the source.
func headlineQuote(t *text, labels []int) {
	if len(t.quotes) == 0 {
		return
	}
	t.paraCounts()
	for _, q := range t.quotes {
		o, c := q.open, q.close
		if c < 0 || c-o < 2 || o < 2 {
			continue
		}
		p := t.toks[o].para
		if t.paraLower[p] > 0 || t.toks[c].para != p {
			continue
		}
		// only the quotation closing its paragraph is walked back, so a
		// paragraph of many quotations stays linear
		e := c + 1
		for e < len(t.toks) && t.toks[e].para == p && t.toks[e].kind == kPunct {
			t.headWork++
			e++
		}
		if e < len(t.toks) && t.toks[e].para == p {
			continue // the quotation does not close the paragraph
		}
		s := o
		for s > 0 && t.toks[s-1].para == p {
			t.headWork++
			s--
		}
		tagged := false
		for k := s; k < e; k++ {
			t.headWork++
			tagged = tagged || labels[k] != lO
		}
		se := o
		if t.toks[se-1].lower == ":" {
			se--
		}
		if tagged || se-s < 2 || t.toks[s].kind != kWord {
			continue
		}
		labelRun(labels, s, se, lBSrc)
		labelRun(labels, o+1, c, lBCon)
	}
}

// minorWords may stay lower case in a title.
var minorWords = set("a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "at", "by", "with", "from", "is", "'s", "s")

// titleQuote reports whether run r is one short quotation in title case
// inside a paragraph — the name of a show, a book or an advertisement
// (titled “Arrogant,”), not a statement.
func titleQuote(t *text, r run) bool {
	o := quoteOpen(t, r.from)
	if o < 0 || o == 0 || t.toks[o-1].para != t.toks[o].para {
		return false
	}
	e := quoteEnd(t, r.from)
	if e < 0 || t.toks[e].kind != kQuote || r.to > e+2 || r.from > o+1 {
		return false
	}
	words := 0
	for k := o + 1; k < e; k++ {
		if t.toks[k].kind != kWord {
			continue
		}
		words++
		if words > 8 || !t.isCap(k) && !minorWords[t.toks[k].lower] {
			return false
		}
	}
	if words < 1 {
		return false
	}
	// a headline in title case quotes a statement: "Hillary Clinton
	// Speaks ‘Directly To White People’ After Latest Police Shooting."
	// Counted once per paragraph (paraCounts), less the quotation's own
	// words, so that a long paragraph of quotations stays linear.
	p := t.toks[o].para
	t.paraCounts()
	inside := 0
	for k := o + 1; k < e; k++ {
		t.titleWork++
		if t.toks[k].kind == kWord && t.toks[k].para == p {
			inside++ // capitalised or minor, as checked above
		}
	}
	if t.paraLower[p] > 0 {
		return true
	}
	return int(t.paraWords[p])-inside < 2
}

// paraCounts fills t.paraWords and t.paraLower (once, in one pass).
func (t *text) paraCounts() {
	if t.paraWords != nil {
		return
	}
	n := 1
	if len(t.toks) > 0 {
		n = t.toks[len(t.toks)-1].para + 1
	}
	t.paraWords, t.paraLower = make([]int32, n), make([]int32, n)
	for k := range t.toks {
		t.titleWork++
		if t.toks[k].kind != kWord {
			continue
		}
		p := t.toks[k].para
		t.paraWords[p]++
		if !t.isCap(k) && !minorWords[t.toks[k].lower] {
			t.paraLower[p]++
		}
	}
}

// noStatement reports whether content run r is a transcript's stage
// direction ("(CROSSTALK.)") or a sign-off ("Follow Pam Key on Twitter
// @pamkeyNEN."), not anyone's statement.
func noStatement(t *text, r run) bool {
	i := r.from
	for i < r.to && t.toks[i].kind == kQuote {
		i++
	}
	if i == r.from || i >= r.to {
		return false // only quotations
	}
	if t.toks[i].lower == "(" { // not "[W]e are …"
		return true
	}
	if t.toks[i].lower == "follow" {
		for k := i + 1; k < r.to && k < i+8; k++ {
			if w := t.toks[k].lower; w == "twitter" || w == "facebook" || w == "instagram" {
				return true
			}
		}
	}
	return false
}

// quoteOpen returns the opening mark of the quotation holding token i, or
// -1.
func quoteOpen(t *text, i int) int {
	k := sort.Search(len(t.quotes), func(k int) bool { return t.quotes[k].open > i }) - 1
	if k < 0 || i > t.quotes[k].last+1 {
		return -1
	}
	return t.quotes[k].open
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

// maxBetween bounds the attributions between a quotation and the quoted
// attribution it goes on with.
const maxBetween = 4

// lastDirectBefore returns the index in out of the last quoted
// attribution with a cue when content c can go on with it: the two lie in
// one paragraph, at least one unquoted attribution came in between, and
// every one in between lies in that paragraph with no source or the same
// speaker (an overlapping span or a personal pronoun). -1 otherwise.
func lastDirectBefore(t *text, out []attr, c run) int {
	n := len(out)
	k := n - 1
	// a few attributions back at most, so that a page of reported
	// speech stays linear
	for k >= 0 && k >= n-maxBetween && !out[k].direct {
		k--
	}
	if k < 0 || k == n-1 || !out[k].direct || out[k].cue[0] < 0 || c.from <= out[k].cue[1] {
		return -1
	}
	a := out[k]
	para := t.toks[c.from].para
	if last := a.content[len(a.content)-1]; t.toks[last[1]-1].para != para {
		return -1
	}
	for _, b := range out[k+1:] {
		for _, r := range b.content {
			if t.toks[r[0]].para != para {
				return -1
			}
		}
		if s := b.src; s[0] >= 0 && !(s[0] < a.src[1] && a.src[0] < s[1]) && !(s[1]-s[0] == 1 && personPronouns[t.toks[s[0]].lower]) {
			return -1
		}
	}
	return k
}

// asPutIt reads "…, as The New Yorker put it in a lengthy expose, “…”": an
// "as" clause closing right before the quotation's opening mark o names
// its speaker (the words after "as") and its cue. It returns none, none
// when there is no such clause.
func asPutIt(t *text, o int) (src, cue [2]int) {
	if o < 4 || t.toks[o-1].lower != "," {
		return none, none
	}
	sent := t.toks[o].sent
	for k := o - 2; k > 0 && o-k <= 14 && t.toks[k].sent == sent; k-- {
		if t.toks[k].kind != kWord {
			break
		}
		if t.toks[k].lower != "as" || t.toks[k-1].lower != "," {
			continue
		}
		from := k + 1
		if !(t.isCap(from) || t.toks[from].lower == "the") {
			return none, none
		}
		for v := from + 1; v < o-1 && v-from <= 6; v++ {
			if w := t.toks[v].lower; w == "put" || enLex.isCue(w) {
				return [2]int{from, v}, [2]int{v, v + 1}
			}
		}
		return none, none
	}
	return none, none
}

// aboutLead drops the lead-in of a content that follows its cue with
// whom or what the quotation is about: in "The businessman says of
// Clinton, “If she gets the chance …”" the content is the quotation.
func aboutLead(t *text, labels []int) {
	for i := 1; i+3 < len(labels); i++ {
		if labels[i] != lBCon || (labels[i-1] != lBCue && labels[i-1] != lICue) {
			continue
		}
		if w := t.toks[i].lower; w != "of" && w != "about" {
			continue
		}
		k := i + 1
		for k < len(labels) && k-i <= 5 && labels[k] == lICon && t.toks[k].kind == kWord {
			k++
		}
		if k+1 >= len(labels) || k == i+1 || k-i > 5 || labels[k] != lICon || labels[k+1] != lICon {
			continue
		}
		if p := t.toks[k].lower; (p != "," && p != ":") || t.toks[k+1].kind != kQuote || !t.toks[k+1].open {
			continue
		}
		for j := i; j <= k; j++ {
			labels[j] = lO
		}
		labels[k+1] = lBCon
	}
}
