package quotes

import (
	"context"
	"strings"
)

// maxReach bounds how far (in tokens) a pattern looks for a content's
// start, so a sentence of a million tokens stays linear.
const maxReach = 400

// engine runs the patterns over one segmented text.
type engine struct {
	t          *text
	lex        *lexicon
	n          int
	sentStart  []int // first token of each sentence
	sentEnd    []int // one past the last token of each sentence
	used       []bool
	out        []attr
	lastSrc    [2]int
	lastSrcPar int
	viaPrep    bool // the last preverbal subject followed a prepositional phrase
}

func (e *engine) low(i int) string {
	if i < 0 || i >= e.n {
		return ""
	}
	return e.t.toks[i].lower
}

func (e *engine) isPunct(i int, set string) bool {
	if i < 0 || i >= e.n {
		return false
	}
	k := &e.t.toks[i]
	return k.kind == kPunct && strings.Contains(set, k.lower)
}

func (e *engine) isDash(i int) bool { return i >= 0 && i < e.n && e.t.toks[i].kind == kDash }

func (e *engine) word(i int) bool { return i >= 0 && i < e.n && e.t.toks[i].kind == kWord }

func (e *engine) sameSent(i, j int) bool {
	return i >= 0 && j >= 0 && i < e.n && j < e.n && e.t.toks[i].sent == e.t.toks[j].sent
}

func (e *engine) samePara(i, j int) bool {
	return i >= 0 && j >= 0 && i < e.n && j < e.n && e.t.toks[i].para == e.t.toks[j].para
}

func (e *engine) cue(i int) bool {
	return e.word(i) && !e.used[i] && e.lex.isCue(e.t.toks[i].lower)
}

// rules extracts attributions with the lexicon's patterns.
func rules(ctx context.Context, t *text, lex *lexicon) ([]attr, error) {
	e := &engine{t: t, lex: lex, n: len(t.toks), lastSrc: none, lastSrcPar: -10}
	if e.n == 0 {
		return nil, nil
	}
	ns := t.toks[e.n-1].sent + 1
	e.sentStart = make([]int, ns)
	e.sentEnd = make([]int, ns)
	for i := e.n - 1; i >= 0; i-- {
		e.sentStart[t.toks[i].sent] = i
	}
	for i := 0; i < e.n; i++ {
		e.sentEnd[t.toks[i].sent] = i + 1
	}
	e.used = make([]bool, e.n)
	if err := e.direct(ctx); err != nil {
		return nil, err
	}
	if err := e.indirect(ctx); err != nil {
		return nil, err
	}
	return e.out, nil
}

func (e *engine) mark(a, b int) {
	for k := a; k < b && k < e.n; k++ {
		e.used[k] = true
	}
}

func (e *engine) add(a attr) {
	for _, c := range a.content {
		e.mark(c[0], c[1])
	}
	if a.cue[0] >= 0 {
		// "как сказал X", "як заявив X", "as X said": the cue takes "как"
		if c := a.cue[0] - 1; c >= 0 && e.sameSent(c, a.cue[0]) && (e.low(c) == "как" || e.low(c) == "як" || e.low(c) == "jak") && (e.first(c) || e.isPunct(c-1, ",")) && !e.used[c] {
			a.cue[0] = c
		}
		e.mark(a.cue[0], a.cue[1])
	}
	if a.src[0] >= 0 {
		e.mark(a.src[0], a.src[1])
		e.lastSrc = a.src
		e.lastSrcPar = e.t.toks[a.src[0]].para
	}
	e.out = append(e.out, a)
}

// quotation is a direct quotation in token indices [from, to), marks
// included.
type quotation struct{ from, to int }

// quotations lists the top-level quotations and dialogue-dash lines.
func (e *engine) quotations() []quotation {
	var qs []quotation
	t := e.t
	qi := 0
	for i := 0; i < e.n; i++ {
		// dialogue: a paragraph opening with a dash
		if e.isDash(i) && (i == 0 || t.toks[i-1].para != t.toks[i].para) {
			for ; qi < len(t.quotes) && t.quotes[qi].open < i; qi++ {
				qs = append(qs, e.quoteOf(t.quotes[qi]))
			}
			j := i + 1
			for j < e.n && e.samePara(i, j) && j-i < maxReach {
				// ", —" or "! —" ends the line's first part
				if e.isDash(j) && (e.isPunct(j-1, ",!?…") || e.isPunct(j-1, "...")) {
					break
				}
				j++
			}
			if j-i > 2 {
				qs = append(qs, quotation{i + 1, j})
			}
			continue
		}
	}
	for ; qi < len(t.quotes); qi++ {
		qs = append(qs, e.quoteOf(t.quotes[qi]))
	}
	// keep order
	for i := 1; i < len(qs); i++ {
		for j := i; j > 0 && qs[j].from < qs[j-1].from; j-- {
			qs[j], qs[j-1] = qs[j-1], qs[j]
		}
	}
	return qs
}

func (e *engine) quoteOf(q qspan) quotation {
	if q.close >= 0 {
		return quotation{q.open, q.close + 1}
	}
	return quotation{q.open, q.last + 1}
}

func (e *engine) words(a, b int) int {
	n := 0
	for i := a; i < b; i++ {
		if e.t.toks[i].kind == kWord {
			n++
			if n > 10 {
				break
			}
		}
	}
	return n
}

// direct attributes quotations: cue after ("…," he said), before (he said:
// "…"), between two parts ("…," he said, "…"), or none (a continuation by
// the last speaker).
func (e *engine) direct(ctx context.Context) error {
	qs := e.quotations()
	for qi := 0; qi < len(qs); qi++ {
		if qi%256 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		q := qs[qi]
		if q.to <= q.from || e.used[q.from] {
			continue
		}
		nw := e.words(q.from, q.to)
		// cue after the quotation
		j := q.to
		for k := 0; k < 3 && j < e.n && e.samePara(q.from, j) && (e.isPunct(j, ",!?…") || e.isDash(j)); k++ {
			j++
		}
		if j > q.to || e.t.toks[q.to-1].kind == kQuote {
			if v, src := e.cueNear(j, q); v >= 0 {
				a := attr{content: [][2]int{{q.from, q.to}}, cue: [2]int{v, v + 1}, src: src, direct: true}
				if a.src[0] < 0 {
					a.src = e.inherit(q.from)
				}
				// a second part right after: "…," he said, "…"
				end := v + 1
				if src[1] > end {
					end = src[1]
				}
				k := end
				for m := 0; m < 2 && k < e.n && (e.isPunct(k, ",:.") || e.isDash(k)); m++ {
					k++
				}
				if qi+1 < len(qs) && qs[qi+1].from == k && k > end && e.samePara(k, end) {
					a.content = append(a.content, [2]int{qs[qi+1].from, qs[qi+1].to})
					qi++
				} else if e.t.toks[q.from].kind == kDash || e.isDash(k-1) {
					// dialogue: "— …, — сказал он. — …"
					if k < e.n && e.samePara(k, end) && k > end {
						to := k
						for to < e.n && e.samePara(k, to) && to-k < maxReach && !(e.isDash(to) && e.isPunct(to-1, ",!?…")) {
							to++
						}
						if e.words(k, to) >= 2 {
							a.content = append(a.content, [2]int{k, to})
						}
					}
				}
				e.add(a)
				continue
			}
		}
		// an attribution line: "«…» — Name"
		if n := dashName(e.t, q.to-1); n[0] >= 0 && nw >= 3 {
			e.add(attr{content: [][2]int{{q.from, q.to}}, cue: none, src: n, direct: true})
			continue
		}
		// cue before: "X said: «…»", "X заявил, что «…»"
		if v, comp := e.cueBefore(q.from); v >= 0 && (nw >= 3 || comp >= 0) {
			from := q.from
			if comp >= 0 {
				from = comp
			}
			to := q.to
			if se := e.sentEnd[e.t.toks[q.to-1].sent]; comp >= 0 && se > to && se-to < maxReach {
				to = e.trimEnd(q.to, se)
			}
			src := e.preverbal(v, e.sentStart[e.t.toks[v].sent])
			if src[0] < 0 {
				src = e.postverbal(v, from)
			}
			if src[0] < 0 {
				src = e.inherit(v)
			}
			e.add(attr{content: [][2]int{{from, to}}, cue: [2]int{v, v + 1}, src: src, direct: comp < 0})
			continue
		}
		// no cue: a long quotation opening a paragraph continues the last
		// speaker; shorter ones are titles, names or scare quotes.
		if nw >= 6 && (q.from == 0 || !e.samePara(q.from-1, q.from) || e.isPunct(q.from-1, ".!?…")) {
			if src := e.inherit(q.from); src[0] >= 0 {
				e.add(attr{content: [][2]int{{q.from, q.to}}, cue: none, src: src, direct: true})
			}
		}
	}
	return nil
}

// inherit returns the last speaker when it spoke in this or the previous
// paragraph.
func (e *engine) inherit(i int) [2]int {
	if e.lastSrc[0] >= 0 && e.t.toks[i].para-e.lastSrcPar <= 1 {
		return e.lastSrc
	}
	return none
}

// cueNear finds a cue verb just after a quotation (from token j): "said
// Smith", "he said", "заявив він", "Песков сказал". It returns the verb and
// the source.
func (e *engine) cueNear(j int, q quotation) (int, [2]int) {
	for k := j; k < j+4 && k < e.n && e.samePara(q.from, k); k++ {
		if !e.word(k) {
			if k > j && !e.isDash(k) {
				break
			}
			continue
		}
		if e.cue(k) {
			src := e.postverbal(k, e.n)
			if pre := e.preverbal(k, j); pre[0] >= 0 && !(e.viaPrep && src[0] >= 0) {
				src = pre
			}
			return k, src
		}
	}
	return -1, none
}

// cueBefore finds a cue verb before quotation start i: "X said: «…»" or
// "X заявив, що «…»". comp is the complementiser's index, -1 when none.
func (e *engine) cueBefore(i int) (v, comp int) {
	comp = -1
	k := i - 1
	if e.isPunct(k, ":,") || e.isDash(k) {
		k--
	}
	for m := 0; m < 8 && k >= 0 && e.sameSent(k, i); m, k = m+1, k-1 {
		if e.used[k] || e.t.toks[k].kind == kQuote {
			return -1, -1
		}
		if e.lex.comp[e.low(k)] && comp < 0 {
			comp = k
			continue
		}
		if e.cue(k) {
			return k, comp
		}
		if e.isPunct(k, ".!?;") || e.isPunct(k, ":") && k != i-1 {
			return -1, -1
		}
		if e.word(k) && !e.lex.skip[e.low(k)] && comp < 0 && !e.isPunct(i-1, ":") {
			return -1, -1
		}
	}
	return -1, -1
}

// trimEnd returns the end of a content running to sentence end se,
// leaving out the final full stop.
func (e *engine) trimEnd(from, se int) int {
	for se > from && (e.isPunct(se-1, ".!?…;") || e.t.toks[se-1].kind == kDash) {
		se--
	}
	return se
}

var participleEnds = []string{"вший", "вшая", "вшие", "щий", "щая", "щие", "вшего", "вшей", "ший", "who", "который", "которая",
	"которые", "який", "яка", "які", "що"}

// preverbal returns the subject before verb v (not before lo).
func (e *engine) preverbal(v, lo int) [2]int {
	e.viaPrep = false
	j := v - 1
	for j >= lo && e.word(j) && e.lex.skip[e.low(j)] {
		j--
	}
	// "Студент Артем, пришедший на панихиду, говорит"
	if j >= lo && e.isPunct(j, ",") {
		c := j - 1
		for c >= lo && j-c < 12 && !e.isPunct(c, ",.!?:;") {
			c--
		}
		if c >= lo && e.isPunct(c, ",") && c+1 < j && (hasSuffixAny(e.low(c+1), participleEnds) || c > lo && e.t.isCap(c-1) && !e.first(c-1)) {
			j = c - 1
		} else {
			return none
		}
	}
	end := j + 1
	for j >= lo && end-j <= 8 && (e.word(j) && !e.lex.stop[e.low(j)] && !e.lex.comp[e.low(j)] && !e.cue(j) || e.isDash(j) && e.word(j-1) && e.t.toks[j].end == e.t.toks[j+1].start) && !e.used[j] && e.t.toks[j].quote == 0 {
		j--
	}
	start := j + 1
	// "Також міністр заявив": a leading adverb is not the speaker
	for start < end && e.lex.skip[e.low(start)] {
		start++
	}
	if start >= end {
		return none
	}
	// "Андрей Костин в этом же зале заявил": a name, then a place or time
	for k := start + 1; k < end; k++ {
		if e.lex.preps[e.low(k)] && (personPronouns[e.low(k-1)] || e.t.isCap(k-1) && !e.first(k-1)) {
			end = k
			break
		}
	}
	if e.lex.preps[e.low(start)] {
		e.viaPrep = true
		k := end - 1
		for k-1 > start && e.t.isCap(k) && e.t.isCap(k-1) {
			k--
		}
		start = k
		if e.lex.preps[e.low(start)] {
			return none
		}
	}
	return [2]int{start, end}
}

// first reports whether token i opens its sentence.
func (e *engine) first(i int) bool {
	return i == 0 || !e.sameSent(i-1, i) || e.isDash(i-1) && (i == 1 || !e.sameSent(i-2, i))
}

func hasSuffixAny(w string, ss []string) bool {
	for _, s := range ss {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// postverbal returns the subject after verb v, before hi: "said Smith",
// "сказал в интервью РБК директор Иван Петров".
func (e *engine) postverbal(v, hi int) [2]int {
	j := v + 1
	for j < hi && e.word(j) && e.lex.skip[e.low(j)] {
		j++
	}
	if j < hi && e.lex.preps[e.low(j)] {
		j += 2
		for j < hi && e.word(j) && strings.ToUpper(e.t.word(j)) == e.t.word(j) {
			j++
		}
	}
	start := j
	for j < hi && j-start < 10 && (e.word(j) && !e.lex.stop[e.low(j)] && !e.lex.comp[e.low(j)] && !e.cue(j) || e.isDash(j) && e.word(j+1) && e.t.toks[j-1].end == e.t.toks[j].start) && !e.used[j] && e.t.toks[j].quote == 0 && e.sameSent(v, j) {
		// "заявив міністр Дун Цзюнь під час переговорів": the name ends
		// before a prepositional phrase
		if j > start && e.lex.preps[e.low(j)] && (e.t.isCap(j-1) || personPronouns[e.low(j-1)]) {
			break
		}
		j++
	}
	if j <= start {
		return none
	}
	return [2]int{start, j}
}

func (e *engine) matchSeq(i int, seq []string) bool {
	for k, w := range seq {
		if e.low(i+k) != w || !e.sameSent(i, i+k) {
			return false
		}
	}
	return true
}

// indirect finds reported speech: "X said (that) …", "X заявив, що …",
// "за словами X, …", "…, — говорит X", "Об этом сообщил X".
func (e *engine) indirect(ctx context.Context) error {
	for i := 0; i < e.n; i++ {
		if i%4096 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		if e.used[i] || !e.word(i) || e.t.toks[i].quote > 0 {
			continue
		}
		if n := e.introAt(i); n > 0 {
			e.intro(i, n)
			continue
		}
		if e.cue(i) {
			e.verb(i)
		}
	}
	return nil
}

func (e *engine) introAt(i int) int {
	for _, seq := range e.lex.intro {
		if e.matchSeq(i, seq) {
			return len(seq)
		}
	}
	return 0
}

// intro handles "по словам X, …": the source follows the phrase up to a
// comma, the content is the rest of the sentence.
func (e *engine) intro(i, n int) {
	s := e.t.toks[i].sent
	ss, se := e.sentStart[s], e.sentEnd[s]
	srcFrom := i + n
	j := srcFrom
	for j < se && j-srcFrom < 12 && !e.isPunct(j, ",:;.!?") && !e.isDash(j) {
		j++
	}
	if j == srcFrom {
		return
	}
	a := attr{cue: [2]int{i, i + n}, src: [2]int{srcFrom, j}}
	// content before the phrase: "…, по словам X"
	if i > ss && (e.isPunct(i-1, ",") || e.isDash(i-1)) {
		from := ss
		for from < i && (e.used[from] || e.isDash(from)) {
			from++
		}
		if i-1-from >= 3 && i-from < maxReach {
			a.content = append(a.content, [2]int{from, i - 1})
		}
	}
	// content after: ", …" to sentence end
	if j < se && (e.isPunct(j, ",:") || e.isDash(j)) {
		k := j + 1
		for k < se && (e.isDash(k) || e.isPunct(k, ",")) {
			k++
		}
		end := e.trimEnd(k, se)
		if end-k >= 2 {
			a.content = append(a.content, [2]int{k, end})
		}
	}
	if len(a.content) == 0 {
		return
	}
	e.add(a)
}

// verb handles a reporting verb outside quotations.
func (e *engine) verb(v int) {
	s := e.t.toks[v].sent
	ss, se := e.sentStart[s], e.sentEnd[s]
	// forward: ", что …", ": …", "that …"
	j := v + 1
	for m := 0; m < 6 && j < se; m, j = m+1, j+1 {
		if e.used[j] {
			break
		}
		w := e.low(j)
		if e.isPunct(j, ":") {
			if j+1 < se && e.trimEnd(j+1, se)-(j+1) >= 2 {
				e.reported(v, j+1, se, ss)
				return
			}
			break
		}
		if e.isPunct(j, ",") {
			k := j + 1
			// "о том, что", "про те, що"
			if e.lex.comp[e.low(k)] {
				e.reported(v, k, se, ss)
				return
			}
			continue
		}
		if (w == "о" || w == "об" || w == "про") && (e.low(j+1) == "том" || e.low(j+1) == "те") && e.isPunct(j+2, ",") && e.lex.comp[e.low(j+3)] {
			e.reported(v, j+3, se, ss)
			return
		}
		if e.lex.comp[w] && (w == "that" || w == "что" || w == "що" || w == "чтобы" || w == "щоб") {
			e.reported(v, j, se, ss)
			return
		}
		if !e.word(j) {
			break
		}
	}
	// backward: "…, — говорит X" / "…," said X
	p := v - 1
	for p > ss && e.word(p) && e.lex.skip[e.low(p)] {
		p--
	}
	if p > ss && (e.isPunct(p, ",") || e.isDash(p)) {
		q := p
		if e.isDash(q) && e.isPunct(q-1, ",") {
			q--
		}
		from := ss
		if q-from > maxReach {
			from = q - maxReach
		}
		for from < q && (e.used[from] || e.isDash(from)) {
			from++
		}
		for k := q - 1; k >= from; k-- {
			if e.used[k] {
				from = k + 1
				break
			}
		}
		if e.words(from, q) >= 2 {
			src := e.postverbal(v, se)
			a := attr{content: [][2]int{{from, q}}, cue: [2]int{v, v + 1}, src: src}
			if src[0] < 0 {
				a.src = e.inherit(v)
			}
			// the content resumes after the source: "…, утверждает X, …"
			if src[0] >= 0 {
				k := src[1]
				if e.isPunct(k, "(") {
					for k < se && !e.isPunct(k, ")") && k-src[1] < 30 {
						k++
					}
					k++
				}
				if k < se && e.isPunct(k, ",") {
					end := e.trimEnd(k+1, se)
					if e.words(k+1, end) >= 2 {
						a.content = append(a.content, [2]int{k + 1, end})
					}
				}
			}
			e.add(a)
			return
		}
	}
	// "Об этом заявил X": the content is what came before
	for _, seq := range e.lex.about {
		st := v - len(seq)
		for st > ss && e.word(st-1) && e.lex.skip[e.low(st-1)] {
			st--
			if e.matchSeq(st, seq) {
				break
			}
		}
		if st < ss || !e.matchSeq(st, seq) || st != ss && !(st == ss+1 && !e.word(ss)) {
			continue
		}
		src := e.postverbal(v, se)
		if src[0] < 0 {
			return
		}
		// the previous sentence, if it is not attributed yet
		if s == 0 {
			return
		}
		ps, pe := e.sentStart[s-1], e.sentEnd[s-1]
		if e.t.toks[ps].para < e.t.toks[v].para-1 {
			return
		}
		for k := ps; k < pe; k++ {
			if e.used[k] {
				return
			}
		}
		end := e.trimEnd(ps, pe)
		if e.words(ps, end) < 3 {
			return
		}
		direct := e.t.toks[ps].kind == kQuote
		e.add(attr{content: [][2]int{{ps, end}}, cue: [2]int{v, v + 1}, src: src, direct: direct})
		return
	}
}

// reported adds "X said that …" with content [from, sentence end).
func (e *engine) reported(v, from, se, ss int) {
	end := e.trimEnd(from, se)
	// a quotation that runs on past the sentence end goes with it
	if end > from && end-from > maxReach {
		end = from + maxReach
	}
	if e.words(from, end) < 2 {
		return
	}
	src := e.preverbal(v, ss)
	if src[0] < 0 {
		src = e.postverbal(v, from)
	}
	if src[0] < 0 {
		src = e.inherit(v)
	}
	e.add(attr{content: [][2]int{{from, end}}, cue: [2]int{v, v + 1}, src: src})
}
