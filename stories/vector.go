package stories

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pressclip/pressclip/doc"
)

// Weights of the kinds of evidence in a page's vector.
const (
	titleWeight   = 2.0
	entityWeight  = 2.5
	personWeight  = 4.0
	nameWeight    = 1.0
	cognateWeight = 0.5
	// titleTopicWeight scales the content words of a title that join the
	// topic vector (titleInTopic), against their tf·idf.
	titleTopicWeight = 1.0
	// leadTopicWeight scales the lead's lower-case words that join the topic
	// vector (leadWords), against their tf·idf; entityTopicShare is the
	// share of their story weight that organisation and place words keep
	// in the topic vector of a language mapped into the English space.
	// Together they let topics of one kind of event with different actors
	// and places meet ("bus falls into a river" in Kashmir, "coach crashed
	// and burst into flames" in Austria). Chosen on stories-dev, 5
	// shuffled orders, topic B3 F1: English same-kind dev set (CoNLL
	// train, undated and dated) 0.495 -> 0.665, English topic dev set
	// 0.966 -> 0.966; slavic-ner train, six languages, mean 0.886 -> 0.885
	// (worst 0.877 -> 0.880), each language alone 0.881 -> 0.883 (ru 0.934
	// -> 0.940, uk 0.982 -> 0.990), single-language share 0.042 -> 0.040.
	// The entity share alone gave same-kind 0.519, the lead words alone
	// 0.537. A lead of 60 words: same-kind 0.679 but slavic six languages
	// 0.883 (worst 0.877); of 25 words 0.591. Entity share 0.25 with lead
	// weight 2 lowered the English topic set to 0.948.
	leadTopicWeight  = 1.0
	entityTopicShare = 0.5
	// leadLength is how many words of the body, after the title, are the
	// lead.
	leadLength = 40
)

// leadWords calls fn with the content-word term of every word of the lead
// (the body's first leadLength words after the title) that is written in
// lower case: a lead says what happened, and its lower-case words name
// the kind of event (crash, bus, injured, ravine) rather than who and
// where, which the names and entities carry.
func (m *Model) leadWords(d *doc.Doc, wc *wordCache, fn func(term string)) {
	n := 0
	for _, b := range d.Blocks {
		text := d.Slice(b.Span)
		if sameWords(text, d.Title) {
			continue
		}
		rawWords(text, func(raw string) {
			n++
			if n > leadLength {
				return
			}
			if r, _ := utf8.DecodeRuneInString(raw); !unicode.IsLower(r) {
				return
			}
			if wi := m.info(wc, d.Lang, raw); wi.term != "" {
				fn(wi.term)
			}
		})
		if n > leadLength {
			return
		}
	}
}

// sameWords reports whether a and b hold the same text but for spacing: a
// title block extracted from a page may break or pad its title ("Actress
// enters\nrehab") differently from the title found in its head, and is
// still the title, not the lead.
func sameWords(a, b string) bool {
	for {
		a, b = strings.TrimLeftFunc(a, unicode.IsSpace), strings.TrimLeftFunc(b, unicode.IsSpace)
		if a == "" || b == "" {
			return a == b
		}
		i := strings.IndexFunc(a, unicode.IsSpace)
		if i < 0 {
			i = len(a)
		}
		j := strings.IndexFunc(b, unicode.IsSpace)
		if j < 0 {
			j = len(b)
		}
		if a[:i] != b[:j] {
			return false
		}
		a, b = a[i:], b[j:]
	}
}

// titleInTopic reports whether the content words of a title in lang join
// the page's topic vector, where topics of one kind with different actors
// ("Tara Reid enters rehab", "Lohan checks into rehab") meet. A title says
// what a page is about in a few words; its body's words name side matters
// that unrelated topics share, except for the lead's lower-case words,
// which say what happened (leadWords). Only languages mapped into the shared
// English space qualify, where a word reads the same across sources.
// Chosen on stories-dev: English topic dev B3 F1 0.949 -> 0.966 (listed
// and 5 shuffled orders); slavic-ner train, six languages (uk and ru
// titles join), 5 shuffled orders mean 0.886 -> 0.886 (worst 0.879 ->
// 0.880), the first 3 of them 0.886 -> 0.882; each language alone mean
// 0.881 -> 0.881. Half the weight left English at 0.949. Title words of
// the unmapped languages (bg/cs/pl/sl) in their own space lowered the
// languages alone to 0.868 and raised single-language topics to 0.071.
func titleInTopic(lang string) bool {
	return mapped(lang)
}

// termVec is a sparse vector over terms, as a page's words give them.
type termVec map[string]float64

// vectors are a page's two views: for stories, everything; for topics, only
// the evidence that reads the same in every language.
type vectors struct {
	story, topic termVec
}

// mapped reports whether content words of lang land in the shared English
// space: English itself, and the languages the dictionary covers.
func mapped(lang string) bool {
	return lang == "" || lang == "en" || lang == "uk" || lang == "ru"
}

// wordInfo is what a raw word of a page contributes to its vector.
type wordInfo struct {
	term    string // content-word term, "" when too short or too common
	name    string // name skeleton key ("n:…"), "" when none
	cognate string // cognate skeleton key ("k:…"), "" when none
	entity  string // the word's term inside an organisation or place name
}

// wordKey is a raw word in a language mode: "" for the languages mapped into
// the shared English space, else the language.
type wordKey struct{ mode, word string }

// wordCache memoises wordInfo: news repeats its words, and stemming,
// lower-casing and skeletons cost more than a map lookup. Its strings are
// shared by every vector that holds them. The zero value is ready; it is
// not safe for concurrent use.
type wordCache struct{ m map[wordKey]*wordInfo }

// maxCachedWords bounds a wordCache; a full cache starts over.
const maxCachedWords = 1 << 18

// info returns what raw (a run of letters as words finds it) contributes to
// a page of language lang. A nil cache computes without remembering.
func (m *Model) info(wc *wordCache, lang, raw string) *wordInfo {
	mode := ""
	if !mapped(lang) {
		mode = lang
	}
	k := wordKey{mode, raw}
	if wc != nil {
		if wi, ok := wc.m[k]; ok {
			return wi
		}
	}
	wi := &wordInfo{}
	lower := strings.ToLower(raw)
	t := m.term(lower)
	wi.entity = "e:" + t
	if utf8.RuneCountInString(lower) >= 3 {
		if mode != "" {
			t = mode + ":" + stem(lower)
		}
		if !m.common(t) {
			wi.term = t
		}
	}
	nameKeys(raw, func(k string) { wi.name = k })
	wordKeys(raw, func(k string) { wi.cognate = k })
	if wc != nil {
		if wc.m == nil || len(wc.m) >= maxCachedWords {
			wc.m = make(map[wordKey]*wordInfo, 1024)
		}
		wc.m[wordKey{mode, strings.Clone(raw)}] = wi
	}
	return wi
}

// rawWords calls fn for every run of letters and marks in s, as it is
// written: the runs words lower-cases and nameKeys and wordKeys skeleton.
func rawWords(s string, fn func(w string)) {
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsMark(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			fn(s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		fn(s[start:])
	}
}

// vectorize turns a page into unit vectors: content words of the body and
// title (tf·idf, sub-linear tf), name and cognate skeletons, organisations
// and places, and people ids. The topic vector holds the evidence that reads
// the same across languages (organisations and places of the mapped
// languages at entityTopicShare), and the content words of the title and
// of the lead's lower-case words where titleInTopic allows. wc may be nil.
func (m *Model) vectorize(d *doc.Doc, wc *wordCache) vectors {
	shared := mapped(d.Lang)
	// Sized for a typical news page, so the maps rarely grow.
	tf := make(map[string]float64, 256)
	names, cognates := make(map[string]float64, 64), make(map[string]float64, 128)
	add := func(s string, w float64) {
		rawWords(s, func(raw string) {
			wi := m.info(wc, d.Lang, raw)
			if wi.term != "" {
				tf[wi.term] += w
			}
			if wi.name != "" {
				names[wi.name] += w * nameWeight
			}
			if wi.cognate != "" {
				cognates[wi.cognate] += w * cognateWeight
			}
		})
	}
	add(d.Title, titleWeight)
	titleTF := map[string]float64{}
	if titleInTopic(d.Lang) {
		rawWords(d.Title, func(raw string) {
			if wi := m.info(wc, d.Lang, raw); wi.term != "" {
				titleTF[wi.term]++
			}
		})
	}
	for _, b := range d.Blocks {
		add(d.Slice(b.Span), 1)
	}
	leadTF := map[string]float64{}
	if titleInTopic(d.Lang) {
		m.leadWords(d, wc, func(term string) { leadTF[term]++ })
	}
	keys := names
	for k, f := range cognates {
		keys[k] = f
	}
	common, own := make(termVec, len(keys)+16), termVec{}
	for k, f := range keys {
		if !m.common(k) {
			common[k] = (1 + math.Log(f)) * m.idf(k)
		}
	}
	// People are strong story evidence but weak topic evidence: the same
	// officials speak on many themes. On the slavic-ner cross-topic train
	// pages (the dev set) a quarter of the story weight in topic vectors
	// gave topic B3 F1 0.897, half 0.815, full weight 0.64.
	personW := personWeight * math.Log(float64(m.n+1))
	for _, e := range d.Entities {
		switch {
		case e.Person != "":
			own["p:"+e.Person] = personW
			common["p:"+e.Person] = personW / 4
		case e.Type == "ORG" || e.Type == "LOC":
			// Organisation and place words read the same across languages
			// only once mapped into the English space; elsewhere their
			// skeletons (nameKeys) carry them across, and the words
			// themselves stay story evidence.
			rawWords(d.Slice(e.Span), func(raw string) {
				t := m.info(wc, d.Lang, raw).entity
				if shared {
					common[t] = entityWeight * m.idf(t[2:])
				} else {
					own[t] = entityWeight * m.idf(t[2:])
				}
			})
		}
	}
	for _, p := range d.People {
		own["p:"+p.ID] = personW
		common["p:"+p.ID] = personW / 4
	}
	story, topic := make(termVec, len(tf)+len(own)+len(common)), make(termVec, len(common))
	for t, f := range tf {
		w := (1 + math.Log(f)) * m.idf(t)
		story[t] = w
	}
	for t, w := range own {
		story[t] = w
	}
	for t, w := range common {
		if _, ok := own[t]; !ok {
			story[t] = w
		}
		if shared && strings.HasPrefix(t, "e:") {
			w *= entityTopicShare
		}
		topic[t] = w
	}
	for t, f := range titleTF {
		topic[t] += titleTopicWeight * (1 + math.Log(f)) * m.idf(t)
	}
	for t, f := range leadTF {
		topic[t] += leadTopicWeight * (1 + math.Log(f)) * m.idf(t)
	}
	return vectors{story: unit(story), topic: unit(topic)}
}

func unit(v termVec) termVec {
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
