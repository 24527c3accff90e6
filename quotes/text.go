package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind classifies a token for the quote finder.
type tokKind uint8

const (
	kWord  tokKind = iota
	kPunct         // any other punctuation mark
	kQuote         // a quotation mark (its role is decided by pairing)
	kDash          // – — - standing alone
)

// tok is one token of the quote finder's own segmentation: the finder does
// not depend on d.Tokens, so it works whatever the tokenizer stage did.
type tok struct {
	start, end int
	para       int // paragraph index
	sent       int // sentence index (global)
	lower      string
	kind       tokKind
	quote      int8 // >0 inside a quotation at that depth, counted on the content
	open       bool // an opening quotation mark
	close      bool // a closing quotation mark
}

// maxTokenBytes bounds one token so that a page of one unbroken string
// stays linear.
const maxTokenBytes = 64

// text is the segmented view of a document.
type text struct {
	src    string
	toks   []tok
	quotes []qspan // top-level quotations, in order

	// per paragraph, filled on first use by paraCounts: its words, and
	// those of them neither capitalised nor minor (titleQuote)
	paraWords, paraLower []int32
	// titleWork counts the tokens titleQuote visited (tests bound it)
	titleWork int
	// headWork counts the tokens headlineQuote visited (tests bound it)
	headWork int
}

// qspan is one top-level quotation: token indices of the opening mark and
// of the closing mark (close == -1 when it ran to a paragraph's end without
// one), and the index of its last content token.
type qspan struct {
	open, close, last int
}

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '«', '»', '“', '”', '„', '‚', '‘', '’', '‹', '›', '‟', '＂':
		return true
	}
	return false
}

func isDashRune(r rune) bool {
	return r == '–' || r == '—' || r == '-' || r == '―' || r == '‒'
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// segment splits s into tokens, paragraphs (at newlines) and sentences and
// pairs its quotation marks. Linear in len(s).
func segment(s string) *text { return segmentRange(s, 0, len(s)) }

// segmentRange segments only the bytes [lo, hi) of s (offsets stay those
// of s): the body of a page, without its navigation and footer.
func segmentRange(s string, lo, hi int) *text {
	para := 0
	i := max(0, lo)
	hi = min(hi, len(s))
	// about one token in five bytes of news text: room enough that the
	// slice rarely grows
	t := &text{src: s, toks: make([]tok, 0, max(0, hi-i)/5+16)}
	for i < hi {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n':
			// A newline ends the paragraph (dumps put one per line; HTML
			// renderings separate blocks by blank lines).
			if len(t.toks) > 0 && t.toks[len(t.toks)-1].para == para {
				para++
			}
			i += n
			continue
		case unicode.IsSpace(r) || r == utf8.RuneError && n <= 1 && !utf8.FullRuneInString(s[i:]):
			i += n
			continue
		case isWordRune(r):
			j := i + n
			for j < len(s) && j-i < maxTokenBytes {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if isWordRune(r2) {
					j += n2
					continue
				}
				// Inner apostrophes, hyphens and dots (don't, ex-wife,
				// U.S.) stay in the word when a letter follows.
				if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == '‑' {
					r3, _ := utf8.DecodeRuneInString(s[j+n2:])
					if j+n2 < len(s) && isWordRune(r3) {
						j += n2
						continue
					}
				}
				// An abbreviation's possessive ("D.C.’s", "U.S.'s") is one
				// word: its dot ends no sentence and its apostrophe is no
				// quotation mark.
				if r2 == '.' && strings.Contains(s[i:j], ".") {
					if k := possessiveAt(s, j+1); k > 0 {
						j = k
					}
				}
				break
			}
			t.add(i, j, kWord, para)
			i = j
		case (r == '\'' || r == '`') && i+1 < len(s) && s[i+1] == s[i]:
			// '' and `` stand for double quotation marks in some archives
			t.add(i, i+2, kQuote, para)
			i += 2
		case isQuoteRune(r):
			t.add(i, i+n, kQuote, para)
			i += n
		case isDashRune(r):
			j := i + n
			for j < len(s) && j-i < maxTokenBytes {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !isDashRune(r2) {
					break
				}
				j += n2
			}
			t.add(i, j, kDash, para)
			i = j
		default:
			j := i + n
			if r == '.' || r == '!' || r == '?' {
				for j < len(s) && j-i < maxTokenBytes && (s[j] == '.' || s[j] == '!' || s[j] == '?') {
					j++
				}
			}
			t.add(i, j, kPunct, para)
			i = j
		}
	}
	t.pairQuotes()
	t.sentences()
	return t
}

func (t *text) add(start, end int, k tokKind, para int) {
	w := t.src[start:end]
	lw := w
	if k == kWord {
		lw = strings.ToLower(w)
	}
	t.toks = append(t.toks, tok{start: start, end: end, kind: k, para: para, lower: lw})
}

// markRole tells how a quotation mark may act: as an opener, a closer, and
// which opener a closer matches.
func (t *text) markRole(i int) (canOpen, canClose bool) {
	k := &t.toks[i]
	prevSpace := i == 0 || t.toks[i-1].para != k.para || t.toks[i-1].end < k.start
	nextSpace := i+1 >= len(t.toks) || t.toks[i+1].para != k.para || t.toks[i+1].start > k.end
	prevOpenish := i > 0 && t.toks[i-1].para == k.para && (t.toks[i-1].kind == kDash || t.toks[i-1].lower == "(" || t.toks[i-1].lower == ":" || t.toks[i-1].kind == kQuote && t.toks[i-1].open)
	nextClosish := i+1 < len(t.toks) && t.toks[i+1].para == k.para && t.toks[i+1].kind == kPunct && strings.ContainsAny(t.toks[i+1].lower, ".,;:!?)")
	switch t.src[k.start:k.end] {
	case "«", "„", "‚", "‹":
		return true, false
	case "»", "”", "›":
		return false, true
	case "``":
		return true, false
	case "“", "‘":
		// Opens in English and Russian, closes „…“ and ‚…‘.
		return true, true
	case "’":
		return false, true
	default: // " and its full-width form
		switch {
		case (prevSpace || prevOpenish) && !nextSpace && !nextClosish:
			return true, false
		case !prevSpace && (nextSpace || nextClosish):
			return false, true
		}
		return true, true
	}
}

// matches reports whether closing mark c closes opening mark o.
func matches(o, c string) bool {
	switch c {
	case "»":
		return o == "«"
	case "›":
		return o == "‹"
	case "”":
		return o == "“" || o == "„" || o == "\"" || o == "``"
	case "“":
		return o == "„" || o == "“" && false
	case "‘":
		return o == "‚"
	case "’":
		return o == "‘" || o == "‚"
	case "\"", "＂", "''":
		return o == "\"" || o == "＂" || o == "“" || o == "„" || o == "''" || o == "``"
	}
	return false
}

// maxDepth bounds the stack of open quotations; deeper marks are ignored.
const maxDepth = 4

// pairQuotes pairs quotation marks paragraph by paragraph with a bounded
// stack. A quotation left open at a paragraph's end continues into the next
// paragraph when that paragraph opens with a quotation mark (the convention
// for quotes over several paragraphs); otherwise it ends with its paragraph.
func (t *text) pairQuotes() {
	type open struct {
		idx  int
		mark string
	}
	var stack []open
	top := -1 // index into t.quotes of the top-level quotation being built
	endPara := func(p, lastTok int) {
		if len(stack) == 0 {
			return
		}
		// Does the next paragraph open with a quotation mark?
		if lastTok+1 < len(t.toks) {
			n := &t.toks[lastTok+1]
			if n.kind == kQuote && n.para == p+1 {
				if ok, _ := t.markRole(lastTok + 1); ok {
					// continue: the next paragraph's opening mark is skipped
					n.open = false
					n.lower = "\x00cont"
					stack = stack[:1]
					return
				}
			}
		}
		if top >= 0 {
			t.quotes[top].close = -1
			t.quotes[top].last = lastTok
		}
		stack = stack[:0]
		top = -1
	}
	for i := range t.toks {
		k := &t.toks[i]
		if i > 0 && t.toks[i-1].para != k.para {
			endPara(t.toks[i-1].para, i-1)
		}
		if k.kind == kQuote && k.lower != "\x00cont" {
			mark := t.src[k.start:k.end]
			canOpen, canClose := t.markRole(i)
			closed := false
			if canClose {
				for d := len(stack) - 1; d >= 0; d-- {
					if matches(stack[d].mark, mark) {
						stack = stack[:d]
						k.close = true
						closed = true
						if d == 0 && top >= 0 {
							t.quotes[top].close = i
							t.quotes[top].last = i - 1
							top = -1
						}
						break
					}
				}
			}
			if !closed && canOpen && len(stack) < maxDepth {
				k.open = true
				if len(stack) == 0 {
					t.quotes = append(t.quotes, qspan{open: i, close: -1, last: i})
					top = len(t.quotes) - 1
				}
				stack = append(stack, open{i, mark})
				continue
			}
			if closed {
				continue
			}
		}
		if k.lower == "\x00cont" {
			k.lower = t.src[k.start:k.end]
		}
		if len(stack) > 0 {
			k.quote = int8(len(stack))
		}
	}
	if len(t.toks) > 0 {
		endPara(t.toks[len(t.toks)-1].para, len(t.toks)-1)
	}
	// Drop empty quotations (a lone mark) and those left dangling by an
	// unmatched closer.
	out := t.quotes[:0]
	for _, q := range t.quotes {
		if q.last > q.open {
			out = append(out, q)
		}
	}
	t.quotes = out
}

var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "sen": true, "rep": true,
	"gov": true, "gen": true, "lt": true, "col": true, "sgt": true, "jr": true, "sr": true,
	"prof": true, "inc": true, "co": true, "corp": true, "vs": true, "no": true, "jan": true,
	"feb": true, "aug": true, "sept": true, "oct": true, "nov": true, "dec": true, "rev": true,
	"г": true, "гг": true, "т": true, "им": true, "ул": true, "тыс": true, "млн": true,
	"млрд": true, "руб": true, "грн": true, "пер": true, "ст": true, "обл": true, "р": true,
}

// sentences assigns sentence indices: a sentence ends at . ! ? … (and any
// closing marks after it) before a capital, a digit, a quotation mark or a
// dash, and at every paragraph end.
func (t *text) sentences() {
	s := 0
	n := len(t.toks)
	for i := 0; i < n; i++ {
		t.toks[i].sent = s
		if i+1 < n && t.toks[i+1].para != t.toks[i].para {
			s++
			continue
		}
		k := &t.toks[i]
		if k.kind != kPunct || !(strings.ContainsAny(k.lower, ".!?") || k.lower == "…") {
			continue
		}
		if k.lower == "." && i > 0 {
			p := &t.toks[i-1]
			if p.kind == kWord && p.end == k.start && (abbrevs[p.lower] || utf8.RuneCountInString(p.lower) == 1 && unicode.IsUpper([]rune(t.src[p.start:p.end])[0])) {
				continue
			}
			// "the U.S. Senate", "D.C. Mayor": an initialism ends its
			// sentence only before a word that opens sentences
			if p.kind == kWord && p.end == k.start && initialism(p.lower) && i+1 < n && t.toks[i+1].para == k.para &&
				t.toks[i+1].kind == kWord && !sentenceOpeners[t.toks[i+1].lower] {
				continue
			}
		}
		// closing quotes and brackets after the mark stay in the sentence
		j := i + 1
		for j < n && t.toks[j].para == k.para && (t.toks[j].close || t.toks[j].lower == ")") {
			j++
		}
		if j >= n || t.toks[j].para != k.para {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.src[t.toks[j].start:])
		if unicode.IsUpper(r) || unicode.IsDigit(r) || t.toks[j].kind == kQuote || t.toks[j].kind == kDash {
			for m := i + 1; m < j; m++ {
				t.toks[m].sent = s
			}
			i = j - 1
			s++
		}
	}
}

// possessiveAt returns the end of a possessive "’s" or "'s" starting at
// byte i of s and ending a word, or 0.
func possessiveAt(s string, i int) int {
	for _, ap := range []string{"’s", "'s"} {
		if strings.HasPrefix(s[i:], ap) {
			e := i + len(ap)
			if r, _ := utf8.DecodeRuneInString(s[e:]); e == len(s) || !isWordRune(r) {
				return e
			}
		}
	}
	return 0
}

// initialism reports whether w (lower case) is letters joined by dots,
// each run at most three letters: "u.s", "d.c", "r-s.c", "в.в".
func initialism(w string) bool {
	if !strings.Contains(w, ".") {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		if n := utf8.RuneCountInString(part); n == 0 || n > 3 && !strings.Contains(part, "-") {
			return false
		}
	}
	return true
}

// sentenceOpeners are words that, capitalised after an initialism's dot,
// open a new sentence ("… in the U.S. The …").
var sentenceOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true, "we": true, "i": true,
	"you": true, "this": true, "that": true, "these": true, "those": true, "there": true, "but": true, "and": true,
	"or": true, "so": true, "in": true, "on": true, "at": true, "for": true, "if": true, "when": true, "as": true,
	"his": true, "her": true, "their": true, "our": true, "its": true, "my": true, "what": true, "why": true,
	"how": true, "who": true, "after": true, "before": true, "while": true, "still": true, "yet": true,
	"however": true, "meanwhile": true, "now": true, "then": true, "although": true, "though": true,
}

// word returns the text of token i.
func (t *text) word(i int) string { return t.src[t.toks[i].start:t.toks[i].end] }

// isCap reports whether token i starts with an upper-case letter.
func (t *text) isCap(i int) bool {
	r, _ := utf8.DecodeRuneInString(t.src[t.toks[i].start:])
	return unicode.IsUpper(r)
}
