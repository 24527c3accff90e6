package storetest

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/pressclip/pressclip/doc"
)

// synthWords mixes English, Ukrainian and Russian word stems with endings,
// so that the index sees inflected Cyrillic forms as well as English.
var synthWords = func() []string {
	roots := strings.Fields(`war peace talk minister army border trade energy gas oil bank court
		election vote parliament president government city region village school hospital price
		market wheat grain drone missile attack ceasefire summit treaty sanction export import
		росі україн москв київ війн мир переговор міністр армі кордон торгівл енерг газ нафт
		банк суд вибор парламент президент уряд міст област сел школ лікарн цін ринок зерн
		дрон ракет атак перемир саміт договір санкці экспорт импорт правительств город район
		деревн больниц рынк пшениц беспилотник удар встреч заявлен сотрудничеств безопасност`)
	ends := []string{"", "а", "и", "і", "ою", "ом", "s", "ed", "ing", "ей", "ів"}
	var out []string
	for _, r := range roots {
		for _, e := range ends {
			out = append(out, r+e)
		}
	}
	for i := range 20000 { // a long tail of rare words
		out = append(out, fmt.Sprintf("term%dx", i))
	}
	return out
}()

// SynthWord returns the i-th synthetic word (low i are common).
func SynthWord(i int) string { return synthWords[i%len(synthWords)] }

// Synth generates the i-th page of a deterministic synthetic corpus of
// people documents: about 180 Zipf-distributed words in three paragraphs,
// up to three of people people, one or two quotes, a date in 2023–2024 and a
// story among n/5.
func Synth(i, n, people int) *doc.Doc {
	r := rand.New(rand.NewPCG(uint64(i), 42))
	z := rand.NewZipf(r, 1.1, 3, uint64(len(synthWords)-1))
	var b strings.Builder
	var blocks []doc.Block
	for p := range 3 {
		if p > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		for w := range 60 {
			if w > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(synthWords[z.Uint64()])
		}
		b.WriteByte('.')
		blocks = append(blocks, doc.Block{Span: doc.Span{Start: start, End: b.Len()}})
	}
	pz := rand.NewZipf(r, 1.05, 5, uint64(people-1))
	var ps []P
	seen := map[uint64]bool{}
	for range r.IntN(4) {
		k := pz.Uint64()
		if seen[k] {
			continue
		}
		seen[k] = true
		ps = append(ps, P{ID: fmt.Sprintf("p%d", k), Name: fmt.Sprintf("Person %d", k), Forms: []string{fmt.Sprintf("Особа%d", k)}})
	}
	b.WriteString("\n\n")
	var qs []Q
	day := fmt.Sprintf("%d-%02d-%02d", 2023+r.IntN(2), 1+r.IntN(12), 1+r.IntN(28))
	for j, p := range ps {
		fmt.Fprintf(&b, "%s said: ", p.Forms[0])
		q := fmt.Sprintf("quote %d of %s about %s and %s", j, p.ID, synthWords[z.Uint64()], synthWords[z.Uint64()])
		b.WriteString(q + ". ")
		qs = append(qs, Q{Text: q, SpeakerID: p.ID, Speaker: p.Name, SaidOn: day})
	}
	text := b.String()
	lang := []string{"en", "uk", "ru"}[r.IntN(3)]
	d := Page(fmt.Sprintf("https://synthetic.example/%d", i), lang, "Synthetic page "+fmt.Sprint(i), day, text, ps, qs)
	d.Blocks = blocks
	d.Story = fmt.Sprintf("s%d", r.IntN(max(1, n/5)))
	d.Topic = fmt.Sprintf("t%d", r.IntN(50))
	return d
}
