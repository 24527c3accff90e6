// Package token splits Latin and Cyrillic text into word and punctuation
// tokens and sentences, with byte offsets. Apostrophes inside words (п'ять,
// пам’ятати, O'Neil's) and hyphens between letters (Ростов-на-Дону,
// Thomas-Greenfield) stay inside one token; a period after an abbreviation
// (Mr., U.S., т. зв., ім.) or an initial (В. Путін, J. Biden) does not end a
// sentence. Everything runs in linear time over any input.
package token

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pressclip/pressclip/doc"
)

// Span is a half-open byte range [Start, End) of the input string.
type Span struct{ Start, End int }

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '`' }

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// Words returns the tokens of s: runs of letters and digits (joined across an
// inner apostrophe, hyphen, or a period/comma between digits), and every other
// non-space rune as a token of its own.
func Words(s string) []Span {
	var out []Span
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || r == '\u00ad' || r == '\u200b' || r == '\ufeff' {
			i += n
			continue
		}
		if !isWordRune(r) {
			out = append(out, Span{i, i + n})
			i += n
			continue
		}
		start := i
		i += n
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				i += n
				continue
			}
			// a joiner between two word runes
			if isApos(r) || isHyphen(r) || ((r == '.' || r == ',') && unicode.IsDigit(lastRune(s[:i]))) {
				if i+n < len(s) {
					r2, _ := utf8.DecodeRuneInString(s[i+n:])
					ok := isWordRune(r2)
					if r == '.' || r == ',' {
						ok = unicode.IsDigit(r2)
					}
					if ok {
						i += n
						continue
					}
				}
			}
			break
		}
		out = append(out, Span{start, i})
	}
	return out
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// abbreviations (lower case, without the period) that a period follows
// without ending the sentence.
var abbrev = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`mr mrs ms dr prof st jr sr gen col lt sgt capt gov sen rep rev vs etc inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec no u.s u.k u.n e.g i.e a.m p.m
		т зв ім див р рр с ст тис млн млрд грн руб коп вул пл просп м обл см кв г гг им ул пр д т.зв т.д т.п напр проф акад доц
		англ укр рус лат ін др пор тобто`) {
		m[w] = true
	}
	return m
}()

// Sentences returns the sentences of s as spans over its tokens. A sentence
// ends after . ! ? … (with any closing quotes or brackets) when the next token
// starts with an upper-case letter, a digit, an opening quote or a dash, unless
// the period follows an abbreviation or a single-letter initial. A blank line
// always ends a sentence.
func Sentences(s string) []Span {
	toks := Words(s)
	var out []Span
	first := 0
	for i := 0; i < len(toks); i++ {
		end := false
		next := i + 1
		if next < len(toks) && strings.Contains(s[toks[i].End:toks[next].Start], "\n\n") {
			end = true
		}
		t := s[toks[i].Start:toks[i].End]
		if !end && (t == "." || t == "!" || t == "?" || t == "…") {
			j := i + 1
			for j < len(toks) && isCloser(s[toks[j].Start:toks[j].End]) && toks[j].Start == toks[j-1].End {
				j++
			}
			if j >= len(toks) {
				i = len(toks) - 1
				break
			}
			if startsSentence(s[toks[j].Start:toks[j].End]) && !(t == "." && i > first && noStop(s, toks, i)) {
				end = true
				i = j - 1
			}
		}
		if end {
			out = append(out, Span{toks[first].Start, toks[i].End})
			first = i + 1
		}
	}
	if first < len(toks) {
		out = append(out, Span{toks[first].Start, toks[len(toks)-1].End})
	}
	return out
}

func isCloser(t string) bool {
	switch t {
	case "»", "\"", "”", "’", "'", ")", "]", "“", "›":
		return true
	}
	return false
}

func startsSentence(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("«\"“„'‘(—–-", r)
}

// noStop reports whether the period at toks[i] belongs to an abbreviation or
// an initial rather than ending the sentence.
func noStop(s string, toks []Span, i int) bool {
	p := toks[i-1]
	if p.End != toks[i].Start {
		return false
	}
	w := s[p.Start:p.End]
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsLetter(r) // initial: J. Biden, В. Путін
	}
	low := strings.ToLower(w)
	// dotted abbreviations U.S. → tokens U . S .
	if i >= 3 && toks[i-2].End == p.Start && s[toks[i-2].Start:toks[i-2].End] == "." && utf8.RuneCountInString(s[toks[i-3].Start:toks[i-3].End]) == 1 {
		return true
	}
	return abbrev[low]
}

// Annotator fills Doc.Tokens and Doc.Sentences over the body blocks.
type Annotator struct{}

// New returns the tokenizer stage.
func New() *Annotator { return &Annotator{} }

// Annotate tokenizes every block of d; sentences never cross blocks.
func (a *Annotator) Annotate(ctx context.Context, d *doc.Doc) error {
	d.Tokens, d.Sentences = d.Tokens[:0], d.Sentences[:0]
	for _, b := range d.Blocks {
		if err := ctx.Err(); err != nil {
			return err
		}
		if b.Start < 0 || b.End > len(d.Text) || b.Start > b.End {
			continue
		}
		text := d.Text[b.Start:b.End]
		toks := Words(text)
		base := len(d.Tokens)
		for _, t := range toks {
			d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: b.Start + t.Start, End: b.Start + t.End}})
		}
		k := 0
		for _, s := range Sentences(text) {
			f := k
			for k < len(toks) && toks[k].End <= s.End {
				k++
			}
			d.Sentences = append(d.Sentences, doc.Sentence{
				Span:  doc.Span{Start: b.Start + s.Start, End: b.Start + s.End},
				First: base + f, Last: base + k,
			})
		}
	}
	return nil
}
