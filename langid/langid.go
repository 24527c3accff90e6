// Package langid identifies the language of text — a line, a paragraph, a
// page — among the languages of European news (ISO 639-1 codes), and
// annotates a document's blocks and the document itself with it.
//
// The model is a letter Markov chain (orders 1–5, backing off to shorter
// contexts) per language, distilled from lingua-go's n-gram tables into a
// few megabytes, with the probability that a word ends after its last
// letters (derived from the same tables; endings tell close languages apart,
// Russian -ый, -ть against Ukrainian -ий, -ти), plus the word frequencies of
// the languages pressclip has training text for (a word's counted
// frequency and its letter chain's probability are summed; for uk and
// ru the words of the MUSE dictionaries that text lacks count at least as
// seen once, and a word's rank in the language's own MUSE dictionary,
// which follows Wikipedia's word frequencies, is mixed into its counted
// frequency). Only the
// languages of the text's dominant script (Latin, Cyrillic, Greek; Latin
// letters count half, see latinWeight) compete; en, uk and ru are held
// likelier a priori (DefaultPrior). Text with too few letters is "und".
package langid

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"strings"
	"sync"
	"unicode"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/models"
)

// ModelFile is the shipped model in package models.
const ModelFile = "langid.gz"

// Und is the code returned when the language cannot be decided.
const Und = "und"

const (
	// minLetters is the least evidence worth a decision.
	minLetters = 3
	// maxLetters bounds the work on one text: the first letters decide.
	maxLetters = 4000
	// backoff is the cost in nats of falling back to a shorter context
	// (a "stupid backoff" factor of 0.3; with uk and ru's wide tables,
	// 1.2 told them apart better on dev than 0.916, the usual 0.4).
	backoff = 1.2
	// unseen is the cost in nats of a letter the language never uses.
	unseen = 14.0
	// latinWeight is what a Latin letter weighs against a letter of another
	// script when the dominant script is chosen.
	latinWeight = 0.5
	// decided is the confidence above which a page's own text overrides the
	// language its metadata declares.
	decided = 0.5
)

// Identifier detects languages. It is immutable and safe for concurrent use.
type Identifier struct {
	m     *Model
	prior []float64 // per language, -ln of its prior weight
}

// PrimaryWeight is how much likelier than any other language, before
// reading the text, New holds each of pressclip's primary languages (en, uk,
// ru, which RussianWeight raises a little): the pages it monitors are
// mostly in them. It decides only
// near-ties, that is short inputs.
const PrimaryWeight = 3

// RussianWeight is ru's prior weight, a little above PrimaryWeight: on the
// words Ukrainian and Russian share, the model leans to Ukrainian. Its
// letter chains alone (no word lists) get 88.4% of held-out Russian single
// words right against 92.1% of Ukrainian ones, and the uk word list is
// counted from half as much text as the ru one, so a word seen once there
// costs ln 2 less. On dev (pressclip eval langid-dev) 3.5 gave the best
// mean of ru and uk single-word accuracy (3.36, 3.5, 3.6, 3.85 tried).
const RussianWeight = 3.5

// DefaultPrior returns the prior weights New uses: PrimaryWeight for en and
// uk, RussianWeight for ru, 1 for every other language.
func DefaultPrior() map[string]float64 {
	return map[string]float64{"en": PrimaryWeight, "uk": PrimaryWeight, "ru": RussianWeight}
}

var loadShipped = sync.OnceValues(func() (*Model, error) {
	b, err := models.Raw(ModelFile)
	if err != nil {
		return nil, fmt.Errorf("langid: %w", err)
	}
	return Decode(bytes.NewReader(b))
})

// New returns an Identifier using the shipped model (loaded once per
// process) and DefaultPrior.
func New() (*Identifier, error) {
	m, err := Shipped()
	if err != nil {
		return nil, err
	}
	return NewWith(m, DefaultPrior()), nil
}

// Shipped returns the shipped model, loaded once per process.
func Shipped() (*Model, error) { return loadShipped() }

// NewWith returns an Identifier using model m and prior weights (language →
// positive weight; languages not named, or a nil map, weigh 1).
func NewWith(m *Model, prior map[string]float64) *Identifier {
	id := &Identifier{m: m, prior: make([]float64, len(m.langs))}
	for i, l := range m.langs {
		if w, ok := prior[l]; ok && w > 0 {
			id.prior[i] = -math.Log(w)
		}
	}
	return id
}

// Detect returns the language of text as an ISO 639-1 code and the model's
// posterior probability of it, or ("und", 0) when text has fewer than three
// letters or its letters are of a script no known language uses.
func (id *Identifier) Detect(text string) (lang string, confidence float64) {
	r := id.m.detect(text, id.prior)
	if r.lang < 0 {
		return Und, 0
	}
	return id.m.langs[r.lang], r.conf
}

// Annotate sets the language of every block (left "" when undecided, so that
// readers fall back to the document's) and of the document: the language
// with most letters of evidence over the blocks, or of Text when there are
// no blocks. A language declared by metadata (d.Lang already set) is kept
// only when the text does not decide with confidence above one half.
func (id *Identifier) Annotate(ctx context.Context, d *doc.Doc) error {
	weight := make([]float64, len(id.m.langs))
	total := 0.0
	for i := range d.Blocks {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		r := id.m.detect(d.Slice(d.Blocks[i].Span), id.prior)
		d.Blocks[i].Lang = ""
		if r.lang < 0 {
			continue
		}
		d.Blocks[i].Lang = id.m.langs[r.lang]
		for l, p := range r.post {
			weight[l] += p * float64(r.letters)
			total += p * float64(r.letters)
		}
	}
	if len(d.Blocks) == 0 {
		r := id.m.detect(d.Text, id.prior)
		if r.lang >= 0 {
			for l, p := range r.post {
				weight[l] += p * float64(r.letters)
				total += p * float64(r.letters)
			}
		}
	}
	best := -1
	for l, w := range weight {
		if w > 0 && (best < 0 || w > weight[best]) {
			best = l
		}
	}
	declared := baseLang(d.Lang)
	switch {
	case best >= 0 && weight[best]/total > decided:
		d.Lang = id.m.langs[best]
	case declared != "":
		d.Lang = declared
	case best >= 0:
		d.Lang = id.m.langs[best]
	default:
		d.Lang = Und
	}
	return nil
}

// baseLang turns a declared language ("uk-UA", "RU", "en_GB") into its
// ISO 639-1 code, "" when it is not one.
func baseLang(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		s = s[:i]
	}
	if s == "ua" {
		s = "uk"
	}
	if len(s) != 2 || s[0] < 'a' || s[0] > 'z' || s[1] < 'a' || s[1] > 'z' {
		return ""
	}
	return s
}

// markRune is what fold returns for a combining mark.
const markRune = -2

// letterTable folds the runes below denseRunes: lower case and script of a
// letter, markRune for a combining mark, -1 for anything else.
var letterTable = func() (t [denseRunes]struct {
	lower rune
	s     script
}) {
	for r := rune(0); r < denseRunes; r++ {
		t[r].lower, t[r].s = foldSlow(r)
	}
	return
}()

// fold returns r lower-cased and its script when r is a letter, markRune
// for a combining mark, -1 otherwise.
func fold(r rune) (rune, script) {
	if r >= 0 && r < denseRunes {
		e := letterTable[r]
		return e.lower, e.s
	}
	return foldSlow(r)
}

func foldSlow(r rune) (rune, script) {
	switch {
	case unicode.IsLetter(r):
		l := unicode.ToLower(r)
		return l, scriptOf(l)
	case unicode.Is(unicode.Mn, r):
		return markRune, scriptOther
	}
	return -1, scriptOther
}

// result is one detection: the winning language (-1 when undecided), its
// posterior, every language's posterior and the letters scored.
type result struct {
	lang    int
	conf    float64
	post    []float64
	letters int
}

func (m *Model) detect(text string, prior []float64) result {
	// the dominant script decides which languages compete
	var count [scriptCount]int
	seen := 0
	for _, r := range text {
		lr, ls := fold(r)
		if lr < 0 {
			continue
		}
		count[ls]++
		if seen++; seen >= maxLetters {
			break
		}
	}
	// Latin letters count latinWeight each against another script's: Latin
	// names, brands, addresses and acronyms are common in Cyrillic and Greek
	// text, the reverse is rare.
	s := scriptLatin
	most := float64(count[scriptLatin]) * latinWeight
	for t := scriptCyrillic; t < scriptCount; t++ {
		if float64(count[t]) > most {
			s, most = t, float64(count[t])
		}
	}
	if count[s] < minLetters {
		return result{lang: -1}
	}
	var cands []int
	for l, ls := range m.scripts {
		if ls == s {
			cands = append(cands, l)
		}
	}
	if len(cands) == 0 {
		return result{lang: -1}
	}
	cost := make([]float64, len(m.langs))
	wordCost := make([]float64, len(m.langs))
	var word [maxOrder]uint16 // the last letters of the current word
	wlen, letters := 0, 0
	h := uint64(wordHashSeed)
	for _, r := range text {
		lr, ls := fold(r)
		if lr < 0 || ls != s {
			if lr == markRune {
				continue // combining marks (stress accents) are not breaks
			}
			if wlen > 0 {
				m.endWord(h, word[:], wlen, wordCost, cands, cost)
			}
			wlen, h = 0, wordHashSeed
			continue
		}
		if letters >= maxLetters {
			break
		}
		letters++
		copy(word[:], word[1:])
		word[maxOrder-1] = m.letter(lr)
		wlen++
		h = wordHash(h, lr)
		m.score(word[:], min(wlen, maxOrder), cands, wordCost)
	}
	if wlen > 0 {
		m.endWord(h, word[:], wlen, wordCost, cands, cost)
	}
	for _, l := range cands {
		cost[l] += prior[l]
	}
	post := make([]float64, len(m.langs))
	best := cands[0]
	for _, l := range cands {
		if cost[l] < cost[best] {
			best = l
		}
	}
	sum := 0.0
	for _, l := range cands {
		post[l] = math.Exp(cost[best] - cost[l])
		sum += post[l]
	}
	for _, l := range cands {
		post[l] /= sum
	}
	return result{lang: best, conf: post[best], post: post, letters: letters}
}

// endWord adds the cost of the word just scored letter by letter (wc) and
// of its ending there to cost and clears wc; word holds the word's last
// letters, wlen letters in all. For a language with training text
// in which the word is frequent, its observed frequency is the estimate
// when it is the likelier one: letter chains spread probability over all
// strings, while the commonest words of a language are best known by
// counting them. The two estimates are summed (softMin), not the smaller
// cost taken: where two languages' word lists give a word the same
// frequency (a word seen once in each, or a dictionary word of both), the
// letter chains still tell them apart instead of the tie going to the
// first language.
func (m *Model) endWord(h uint64, word []uint16, wlen int, wc []float64, cands []int, cost []float64) {
	m.scoreEnd(word, min(wlen, endOrders), cands, wc)
	row, ok := m.lexLookup(h)
	for _, l := range cands {
		c := wc[l]
		if col := m.lexCol[l]; ok && col >= 0 {
			if q := m.lexCosts[int(row)*len(m.lexLang)+col]; q != 0 {
				c = softMin(c, float64(q-1)/costScale)
			}
		}
		cost[l] += c
		wc[l] = 0
	}
}

// softMin is -ln(e^-a + e^-b): the cost of the sum of two probabilities,
// at most ln 2 below the smaller cost.
func softMin(a, b float64) float64 {
	return min(a, b) - math.Log1p(math.Exp(-math.Abs(a-b)))
}

// row finds the table row of the letters of gram (as many as its order):
// the script it belongs to and where its columns start in that script's
// tables. ok is false when a letter is unknown or no row holds them.
func (m *Model) row(gram []uint16) (s script, at int, ok bool) {
	var k uint64
	for _, i := range gram {
		if i == 0 {
			return 0, 0, false
		}
		k = k<<runeBits | uint64(i)
	}
	ref, ok := m.lookup(len(gram), k)
	if !ok {
		return 0, 0, false
	}
	s = script(ref >> scriptShift)
	return s, int(ref&rowMask) * m.size[s], true
}

// scoreEnd adds to cost[l], for every candidate l, the cost of the word
// ending after its last order letters (the longest ending the language
// knows; nothing when it knows none, as its letters were already costed as
// unseen).
func (m *Model) scoreEnd(word []uint16, order int, cands []int, cost []float64) {
	var done uint64
	all := uint64(0)
	for _, l := range cands {
		all |= 1 << uint(l)
	}
	for n := order; n >= 1 && done != all; n-- {
		s, at, ok := m.row(word[len(word)-n:])
		if !ok {
			continue
		}
		ends := m.tables[n-1].ends[s][at : at+m.size[s]]
		for _, l := range cands {
			if m.scripts[l] != s || done&(1<<uint(l)) != 0 {
				continue
			}
			if c := ends[m.group[l]]; c != 0 {
				cost[l] += float64(c-1) / costScale
				done |= 1 << uint(l)
			}
		}
	}
}

// score adds to cost[l], for every candidate l, the cost of the last letter
// of word given up to order-1 letters before it.
func (m *Model) score(word []uint16, order int, cands []int, cost []float64) {
	var done uint64 // bit l: language l has been scored at this position
	all := uint64(0)
	for _, l := range cands {
		all |= 1 << uint(l)
	}
	for n := order; n >= 1 && done != all; n-- {
		s, at, ok := m.row(word[maxOrder-n:])
		if !ok {
			continue
		}
		costs := m.tables[n-1].costs[s][at : at+m.size[s]]
		pen := float64(order-n) * backoff
		for _, l := range cands {
			if m.scripts[l] != s {
				continue
			}
			if c := costs[m.group[l]]; done&(1<<uint(l)) == 0 && c != 0 {
				cost[l] += float64(c-1)/costScale + pen
				done |= 1 << uint(l)
			}
		}
	}
	pen := float64(order) * backoff
	for _, l := range cands {
		if done&(1<<uint(l)) == 0 {
			cost[l] += unseen + pen
		}
	}
}
