package people

import (
	"sort"
	"strings"
	"unicode"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/names"
)

// Linker reconciles people across documents: the same person gets one id
// and one canonical English name in every document and language. Add
// documents as they come (a store streaming pages in), then Apply to
// rewrite a document's ids with what the collection knows so far; Link
// does both for a batch. A Linker is not safe for concurrent use.
type Linker struct {
	groups map[string]*linkGroup // by name key
	sur    map[string][]string   // surname skeleton → group keys (full names)
	keys   map[string]keyOf      // name → its nameKey, computed once
}

type keyOf struct {
	key, surname string
	full         bool
}

type linkGroup struct {
	forms map[string]*form // canonical-name candidates
	best  string           // canonical(), cached until forms change
}

type form struct {
	n    int
	tier int // 2 written so on an English page, 1 in Latin script on another page whose language does not inflect names, 0 a romanisation
}

// NewLinker returns an empty linker.
func NewLinker() *Linker {
	return &Linker{groups: map[string]*linkGroup{}, sur: map[string][]string{}, keys: map[string]keyOf{}}
}

// key is nameKey(name), remembered.
func (l *Linker) key(name string) (key, surname string, full bool) {
	k, ok := l.keys[name]
	if !ok {
		k.key, k.surname, k.full = nameKey(name)
		l.keys[name] = k
	}
	return k.key, k.surname, k.full
}

// Link reconciles the people of docs in place (failed docs are skipped).
func Link(docs []*doc.Doc) {
	l := NewLinker()
	for _, d := range docs {
		if d != nil && d.Err == nil {
			l.Add(d)
		}
	}
	for _, d := range docs {
		if d != nil && d.Err == nil {
			l.Apply(d)
		}
	}
}

// nameKey groups spellings of one full name across scripts and
// transliteration systems: the consonant skeleton of the surname and the
// folded initial of the first name.
func nameKey(name string) (key, surname string, full bool) {
	ws := strings.Fields(strings.ToLower(names.StripMarks(strings.ReplaceAll(name, "-", " "))))
	var keep []string
	for _, w := range ws {
		w = strings.Trim(w, ".'’")
		if len([]rune(w)) < 2 || particles[w] {
			continue
		}
		keep = append(keep, w)
	}
	if len(keep) == 0 {
		return "", "", false
	}
	if len(keep) == 2 && names.IsChinese(name) {
		// Chinese names put the surname first, and pinyin is one spelling:
		// the skeleton of the surname for bare surnames, the name for the key
		s := skeletonOr(keep[0])
		return s + "|zh " + strings.NewReplacer("'", "", "’", "").Replace(strings.Join(keep, " ")), s, true
	}
	s := skeletonOr(keep[len(keep)-1])
	if len(keep) == 1 {
		return "1|" + s, s, false
	}
	return s + "|" + initialClass(keep[0]), s, true
}

// initialClass folds a first name's first letter so that transliteration
// variants agree (Yevgeny, Evgeny, Jewgienij; Wladimir, Vladimir; Joe, Joseph).
func initialClass(w string) string {
	r := []rune(w)[0]
	switch {
	case strings.ContainsRune("aeiouyjáéíóúěё", r):
		return "V"
	case r == 'w':
		return "v"
	case r == 'c' || r == 'q':
		return "k"
	}
	return string(r)
}

var spellingFold = strings.NewReplacer("kh", "h", "ch", "c", "sch", "s", "sh", "s", "sz", "s", "cz", "c", "zh", "z", "ts", "c", "tz", "c", "ck", "k", "ph", "f", "th", "t", "w", "v", "x", "ks", "q", "k", "ł", "l", "dzh", "j", "dž", "j")

// skeleton keeps a word's consonants after folding common spelling
// variants (w/v, kh/ch/h, double letters).
func skeleton(w string) string {
	w = spellingFold.Replace(w)
	var b strings.Builder
	var last rune
	for _, c := range w {
		if strings.ContainsRune("aeiouyj'’", c) || !unicode.IsLetter(c) {
			continue
		}
		if c == last {
			continue
		}
		b.WriteRune(c)
		last = c
	}
	return b.String()
}

// skeletonOr is the skeleton of w, or w itself when it has no consonants
// (Yu, Ye).
func skeletonOr(w string) string {
	if s := skeleton(w); s != "" {
		return s
	}
	return w
}

func latinOnly(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// Add records what d says about its people.
func (l *Linker) Add(d *doc.Doc) {
	for _, p := range d.People {
		key, sur, full := l.key(p.Name)
		if key == "" {
			continue
		}
		g := l.groups[key]
		if g == nil {
			g = &linkGroup{forms: map[string]*form{}}
			l.groups[key] = g
			if full {
				l.sur[sur] = append(l.sur[sur], key)
			}
		}
		g.best = ""
		// A Latin-script form counts as the English name when the page's
		// language does not inflect names; English pages first.
		latin := false
		tier := 1
		if d.Lang == "en" {
			tier = 2
		}
		for _, n := range p.Names {
			if latinOnly(n) && !names.Inflecting(d.Lang) && len(strings.Fields(n)) >= 2 {
				latin = true
				f := g.forms[n]
				if f == nil {
					f = &form{}
					g.forms[n] = f
				}
				f.n += len(p.Mentions)
				f.tier = max(f.tier, tier)
			}
		}
		if !latin {
			f := g.forms[p.Name]
			if f == nil {
				f = &form{}
				g.forms[p.Name] = f
			}
			f.n += len(p.Mentions)
		}
	}
}

// dominance is the share of a surname's full-name mentions one person
// needs before a bare surname elsewhere is taken to mean them.
const dominance = 0.6

func (g *linkGroup) mentions() int {
	n := 0
	for _, f := range g.forms {
		n += f.n
	}
	return n
}

// canonical returns the winning name of a group: the most frequent full
// form written on English pages, else in Latin script on other pages whose
// language does not inflect names, else the most frequent romanisation.
func (g *linkGroup) canonical() string {
	if g.best != "" {
		return g.best
	}
	best, bestN, bestTier := "", -1, -1
	keys := make([]string, 0, len(g.forms))
	for k := range g.forms {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		f := g.forms[k]
		if f.tier > bestTier || f.tier == bestTier && f.n > bestN {
			best, bestN, bestTier = k, f.n, f.tier
		}
	}
	g.best = best
	return best
}

// resolve maps a person's name to the group it belongs to in the
// collection: full names to their own group, a surname alone to the one
// full name carrying it when there is exactly one.
func (l *Linker) resolve(name string) string {
	key, sur, full := l.key(name)
	if key == "" {
		return ""
	}
	if !full {
		// the full name carrying this surname, when one dominates the collection
		best, bestN, total := "", 0, 0
		for _, k := range l.sur[sur] {
			n := l.groups[k].mentions()
			total += n
			if n > bestN || (n == bestN && k < best) {
				best, bestN = k, n
			}
		}
		if best != "" && float64(bestN) >= dominance*float64(total) {
			return best
		}
	}
	return key
}

// Apply rewrites d's person ids and names with the collection's view so
// far. A store applying pages as they stream in may re-Apply earlier pages
// later: a name seen since (an English spelling, a full name for a bare
// surname) can change their ids.
func (l *Linker) Apply(d *doc.Doc) {
	rename := map[string]string{}
	for i := range d.People {
		p := &d.People[i]
		key := l.resolve(p.Name)
		g := l.groups[key]
		if g == nil {
			continue
		}
		name := g.canonical()
		if name == "" {
			continue
		}
		id := ID(name)
		rename[p.ID] = id
		p.ID, p.Name = id, name
	}
	for i := range d.Entities {
		if id, ok := rename[d.Entities[i].Person]; ok {
			d.Entities[i].Person = id
		}
	}
	mergeSameID(d)
}
