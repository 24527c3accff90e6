// Package people is the pipeline stage that groups a document's person
// mentions into people: full names, surnames alone, title + surname
// ("Mr. Wu", «пан Дун») and role descriptions that clearly refer back
// ("the spokesman", «речник»). Each person gets a canonical English name
// (package names) and an id derived from it, so the same person has the
// same id in every document and language; Link reconciles a collection.
// A one-word PER mention that the gazetteer knows only as a place
// («Пекіна», «Тайваню») is retyped LOC and joins no person, unless the page
// names a person in full with it as the surname («Лядова» beside «Ирина
// Лядова»). Each PER mention gets its nominative in Entity.Lemma, read with
// the page's other mentions of the same person.
package people

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/names"
)

// Stage groups PER entities into doc.People. It is safe for concurrent use.
type Stage struct {
	names *names.Model
}

// New loads the embedded name tables.
func New() (*Stage, error) {
	m, err := names.Load()
	if err != nil {
		return nil, err
	}
	return &Stage{names: m}, nil
}

// NewWithModel builds a stage over given name tables.
func NewWithModel(m *names.Model) *Stage { return &Stage{names: m} }

// mention is one PER entity being grouped.
type mention struct {
	ent     int      // index into d.Entities
	span    doc.Span // the name without a leading title
	surface string   // the text of span
	lemma   string
	words   []string // lower-case lemma words, initials dropped
	lang    string
	en      string // English name of lemma, once asked for
}

// english is the English form of m's lemma, computed once.
func (s *Stage) english(m *mention) string {
	if m.en == "" {
		m.en = s.names.English(m.lang, m.lemma)
	}
	return m.en
}

// group is one person being built.
type group struct {
	ms    []*mention
	roles []string
	extra []doc.Span // role mentions

	// what surname and firsts read from ms[:seen]; ms only grows while
	// people are grouped, so each mention is read once (a page naming one
	// person 15,000 times stays linear)
	seen    int
	sur     string
	surFull bool     // sur comes from a full name
	fs      []string // distinct first names of the full-name mentions
}

// scan reads the mentions added since the last call.
func (g *group) scan() {
	if g.seen > len(g.ms) {
		g.seen, g.sur, g.surFull, g.fs = 0, "", false, nil
	}
	for ; g.seen < len(g.ms); g.seen++ {
		m := g.ms[g.seen]
		switch {
		case len(m.words) >= 2:
			if !g.surFull {
				g.sur, g.surFull = m.words[len(m.words)-1], true
			}
			if !slices.Contains(g.fs, m.words[0]) {
				g.fs = append(g.fs, m.words[0])
			}
		case len(m.words) == 1 && g.sur == "":
			g.sur = m.words[0]
		}
	}
}

// surname is the last word of the first full name, else the first single word.
func (g *group) surname() string {
	g.scan()
	return g.sur
}

// firsts are the distinct first names of the group's full-name mentions.
func (g *group) firsts() []string {
	g.scan()
	return g.fs
}

// Annotate implements pipeline.Annotator.
func (s *Stage) Annotate(ctx context.Context, d *doc.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	d.People = nil
	var ms []*mention
	var placed []int
	lemmas := map[string]string{}
	for i := range d.Entities {
		e := &d.Entities[i]
		e.Person, e.Lemma = "", ""
		if e.Type != "PER" {
			continue
		}
		sp := stripTitle(d.Text, e.Span)
		surface := d.Slice(sp)
		if surface == "" {
			continue
		}
		lang := langAt(d, sp)
		if s.names.Place(lang, surface) {
			// a place the NER took for a person («Пекіна», «Тайваню»),
			// unless the page names a person so (below)
			placed = append(placed, i)
			continue
		}
		m := s.newMention(d, i, sp, lang, lemmas)
		if len(m.words) == 0 {
			continue
		}
		ms = append(ms, m)
	}
	// A place name that is the surname of a person the page names in full
	// is that person («Лядова» beside «Ирина Лядова»).
	isSurname := surnames(ms)
	for _, i := range placed {
		e := &d.Entities[i]
		sp := stripTitle(d.Text, e.Span)
		m := s.newMention(d, i, sp, langAt(d, sp), lemmas)
		if len(m.words) != 1 || !isSurname(m.words[0]) {
			e.Type, e.Lemma = "LOC", ""
			continue
		}
		ms = append(ms, m)
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].span.Start < ms[j].span.Start })

	var groups []*group
	// Full names first: same surname and compatible first name.
	for _, m := range ms {
		if len(m.words) < 2 {
			continue
		}
		var hit *group
		for _, g := range groups {
			if sameWord(g.surname(), m.words[len(m.words)-1]) && compatibleFirst(g.firsts(), m.words[0]) {
				hit = g
				break
			}
		}
		if hit == nil {
			hit = &group{}
			groups = append(groups, hit)
		}
		hit.ms = append(hit.ms, m)
	}
	// Single words: a surname (or first name) of a person named in full;
	// when several match, the one last named before the mention.
	for _, m := range ms {
		if len(m.words) != 1 {
			continue
		}
		w := m.words[0]
		var cands []*group
		for _, g := range groups {
			if sameWord(g.surname(), w) {
				cands = append(cands, g)
			}
		}
		if len(cands) == 0 {
			for _, g := range groups {
				for _, f := range g.firsts() {
					if sameWord(f, w) {
						cands = append(cands, g)
						break
					}
				}
			}
		}
		var hit *group
		switch len(cands) {
		case 0:
		case 1:
			hit = cands[0]
		default:
			// the namesake news mean by the bare surname when the page
			// names them (Joe, not Hunter, Biden), else the last named
			hit = lastBefore(cands, m.span.Start)
			for _, g := range cands {
				if s.isFamous(m, g) {
					hit = g
					break
				}
			}
		}
		if hit == nil {
			hit = &group{}
			groups = append(groups, hit)
		}
		hit.ms = append(hit.ms, m)
	}
	groups = s.mergeSpellings(groups)
	for _, g := range groups {
		g.agreeLemmas()
	}
	for _, m := range ms {
		if e := &d.Entities[m.ent]; m.span == e.Span {
			e.Lemma = m.lemma
		}
	}
	s.roles(d, groups)
	for _, g := range groups {
		sort.Slice(g.ms, func(i, j int) bool { return g.ms[i].span.Start < g.ms[j].span.Start })
		g.seen, g.sur, g.surFull, g.fs = 0, "", false, nil // read again in text order
	}
	sort.SliceStable(groups, func(i, j int) bool { return groups[i].ms[0].span.Start < groups[j].ms[0].span.Start })
	for _, g := range groups {
		p := s.person(g)
		for _, m := range g.ms {
			d.Entities[m.ent].Person = p.ID
		}
		d.People = append(d.People, p)
	}
	mergeSameID(d)
	return nil
}

// newMention lemmatises entity i (name span sp) and sets its Lemma; a page
// repeats its names, so each spelling is lemmatised once (lemmas).
func (s *Stage) newMention(d *doc.Doc, i int, sp doc.Span, lang string, lemmas map[string]string) *mention {
	e := &d.Entities[i]
	lemma := s.lemma(lang, d.Slice(sp), lemmas)
	if sp == e.Span {
		e.Lemma = lemma
	} else {
		// the record's lemma covers the whole mention, title and all
		e.Lemma = s.lemma(lang, d.Slice(e.Span), lemmas)
	}
	m := &mention{ent: i, span: sp, surface: d.Slice(sp), lemma: lemma, lang: lang, words: nameWords(lemma)}
	if len(m.words) == 2 && names.IsChinese(lemma) {
		// surname first: words keep the surname last
		m.words[0], m.words[1] = m.words[1], m.words[0]
	}
	return m
}

func (s *Stage) lemma(lang, surface string, lemmas map[string]string) string {
	key := lang + "\x00" + surface
	lemma, ok := lemmas[key]
	if !ok {
		lemma = s.names.Lemma(lang, surface)
		lemmas[key] = lemma
	}
	return lemma
}

// surnames returns a test of whether a word is the surname (sameWord) of
// a full name in ms. It compares each distinct word with each distinct
// surname once: a page repeating a place-named mention and a full name
// thousands of times stays linear (a scan of ms per mention took 7 s for
// 8,000 of each).
func surnames(ms []*mention) func(w string) bool {
	surs := map[string]bool{}
	for _, m := range ms {
		if len(m.words) >= 2 {
			surs[m.words[len(m.words)-1]] = true
		}
	}
	seen := map[string]bool{}
	return func(w string) bool {
		is, ok := seen[w]
		if !ok {
			is = surs[w] && w != ""
			for s := range surs {
				if is {
					break
				}
				is = sameWord(s, w)
			}
			seen[w] = is
		}
		return is
	}
}

// agreeLemmas reads a one-word mention in the light of the person's full
// name on the same page. Alone, a Russian «Ананьева» or «Фурцева» is a
// man's genitive or a woman's nominative, and «Хусяйнову» may come from
// «Хусяйнов» or «Хусяйнова»; the full name's surname (lemmatised with the
// gender its first name gives) decides, when both are forms of one word
// (sameWord). A word that is the person's first name, or is written as its
// own lemma ending in a consonant (a nominative as it stands: «Байден»),
// keeps its lemma; so does every word of a person whose surname the page
// also writes in the masculine nominative the full name's feminine would
// contradict («Пригожин» beside «Евгения Пригожина»).
func (g *group) agreeLemmas() {
	sur := g.fullSurname()
	if sur == "" {
		return
	}
	lsur := strings.ToLower(sur)
	for _, m := range g.ms {
		if len(m.words) == 1 && m.surface == m.lemma && endsInConsonant(m.lemma) && lsur == m.words[0]+"а" {
			return
		}
	}
	firsts := g.firsts()
	for _, m := range g.ms {
		if len(m.words) != 1 || m.words[0] == lsur || !sameWord(m.words[0], lsur) ||
			strings.ContainsAny(m.lemma, " \u00a0") || slices.Contains(firsts, m.words[0]) ||
			m.surface == m.lemma && endsInConsonant(m.lemma) {
			continue
		}
		m.lemma, m.en = sur, ""
	}
}

// fullSurname is the surname, as its lemma writes it, that most of the
// group's full-name mentions agree on: of those whose surname is written
// as its lemma (a nominative as it stands) if any, else of all; the first
// named on a tie. "" when the group has no full name.
func (g *group) fullSurname() string {
	count := map[string]int{}
	best, written := "", false
	for _, m := range g.ms {
		if len(m.words) < 2 || names.IsChinese(m.lemma) {
			continue
		}
		f := strings.Fields(m.lemma)
		sur := strings.Trim(f[len(f)-1], ".,;:!?()«»\"")
		if !strings.EqualFold(sur, m.words[len(m.words)-1]) {
			continue
		}
		sf := strings.Fields(m.surface)
		w := strings.HasSuffix(m.surface, sur) && len(sf) >= 2
		if written && !w {
			continue
		}
		if w && !written {
			written, best = true, ""
			clear(count)
		}
		count[sur]++
		if best == "" || count[sur] > count[best] {
			best = sur
		}
	}
	return best
}

// endsInConsonant: the word's last letter is not a vowel.
func endsInConsonant(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.ToLower(w))
	return unicode.IsLetter(r) && !strings.ContainsRune("аеёиоуыэюяіїєaeiouy", r)
}

// isFamous reports that g is the person news mostly mean by m's bare
// surname (the tables' full name for it has g's first name).
func (s *Stage) isFamous(m *mention, g *group) bool {
	full, ok := s.names.FullName(s.english(m))
	if !ok {
		return false
	}
	fw := strings.Fields(strings.ToLower(names.StripMarks(full)))
	if len(fw) < 2 {
		return false
	}
	for _, gm := range g.ms {
		if len(gm.words) < 2 {
			continue
		}
		en := strings.Fields(strings.ToLower(names.StripMarks(s.english(gm))))
		if len(en) >= 2 && en[0] == fw[0] {
			return true
		}
	}
	return false
}

// mergeSpellings joins groups whose full names are spellings of one name
// in two scripts («Джоэл Саймон (Joel Simon)»): same surname skeleton and
// first-name initial after romanisation.
func (s *Stage) mergeSpellings(groups []*group) []*group {
	byKey := map[string]*group{}
	out := groups[:0]
	for _, g := range groups {
		var full *mention
		for _, m := range g.ms {
			if len(m.words) >= 2 {
				full = m
				break
			}
		}
		if full == nil {
			out = append(out, g)
			continue
		}
		key, ok := spellingKey(s.english(full))
		if !ok {
			out = append(out, g)
			continue
		}
		if h, seen := byKey[key]; seen {
			h.ms = append(h.ms, g.ms...)
			continue
		}
		byKey[key] = g
		out = append(out, g)
	}
	return out
}

// spellingKey is stricter than nameKey: the skeletons of both the first
// name and the surname (Joe and Jill Biden stay apart).
func spellingKey(name string) (string, bool) {
	ws := strings.Fields(strings.ToLower(names.StripMarks(strings.ReplaceAll(name, "-", " "))))
	var keep []string
	for _, w := range ws {
		w = strings.Trim(w, ".'’")
		if len([]rune(w)) >= 2 && !particles[w] {
			keep = append(keep, w)
		}
	}
	if len(keep) < 2 {
		return "", false
	}
	return skeleton(keep[0]) + "|" + skeleton(keep[len(keep)-1]), true
}

// person builds the doc.Person of a group.
func (s *Stage) person(g *group) doc.Person {
	count := map[string]int{}
	var order []string
	for _, m := range g.ms {
		if count[m.lemma] == 0 {
			order = append(order, m.lemma)
		}
		count[m.lemma]++
	}
	// the fullest name, then the most frequent, then the shortest (a
	// lemmatisation slip usually leaves a longer, inflected form)
	best := g.ms[0]
	better := func(a, b *mention) bool {
		na, nb := min(len(a.words), 3), min(len(b.words), 3)
		if na != nb {
			return na > nb
		}
		if count[a.lemma] != count[b.lemma] {
			return count[a.lemma] > count[b.lemma]
		}
		return len(a.lemma) < len(b.lemma)
	}
	for _, m := range g.ms[1:] {
		if better(m, best) {
			best = m
		}
	}
	name := s.english(best)
	if len(best.words) == 1 {
		if full, ok := s.names.FullName(name); ok {
			name = full
		}
	}
	p := doc.Person{ID: ID(name), Name: name, Names: order, Roles: g.roles}
	for _, m := range g.ms {
		p.Mentions = append(p.Mentions, m.span)
	}
	p.Mentions = append(p.Mentions, g.extra...)
	sort.Slice(p.Mentions, func(i, j int) bool { return p.Mentions[i].Start < p.Mentions[j].Start })
	return p
}

// mergeSameID joins people of one document that ended with the same id.
func mergeSameID(d *doc.Doc) {
	idx := map[string]int{}
	out := d.People[:0]
	for _, p := range d.People {
		if i, ok := idx[p.ID]; ok {
			q := &out[i]
			q.Mentions = append(q.Mentions, p.Mentions...)
			sort.Slice(q.Mentions, func(a, b int) bool { return q.Mentions[a].Start < q.Mentions[b].Start })
			q.Names = appendNew(q.Names, p.Names...)
			q.Roles = appendNew(q.Roles, p.Roles...)
			continue
		}
		idx[p.ID] = len(out)
		out = append(out, p)
	}
	d.People = out
}

func appendNew(xs []string, ys ...string) []string {
	for _, y := range ys {
		found := false
		for _, x := range xs {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			xs = append(xs, y)
		}
	}
	return xs
}

func lastBefore(gs []*group, pos int) *group {
	var best *group
	bestPos := -1
	for _, g := range gs {
		for _, m := range g.ms {
			if m.span.Start < pos && m.span.Start > bestPos {
				best, bestPos = g, m.span.Start
			}
		}
	}
	if best == nil {
		return gs[0]
	}
	return best
}

// sameWord compares name words, forgiving one lemmatisation slip in the
// last two letters of long words.
func sameWord(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	ar, br := []rune(a), []rune(b)
	if len(ar) < 5 || len(br) < 5 {
		return false
	}
	p := 0
	for p < len(ar) && p < len(br) && ar[p] == br[p] {
		p++
	}
	return p >= len(ar)-2 && p >= len(br)-2 && p >= 4
}

// compatibleFirst: the first name agrees with one seen, or is an initial of it.
func compatibleFirst(fs []string, f string) bool {
	if len(fs) == 0 {
		return true
	}
	for _, x := range fs {
		if sameWord(x, f) || x == f {
			return true
		}
		xr, fr := []rune(x), []rune(f)
		if (len(xr) == 1 || len(fr) == 1) && xr[0] == fr[0] {
			return true
		}
	}
	return false
}

// nameWords returns the lower-case words of a lemma, initials and
// particles that do not identify a person dropped.
func nameWords(lemma string) []string {
	var ws []string
	for _, w := range strings.FieldsFunc(strings.ToLower(lemma), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsMark(r) || r == '-' || r == '\'' || r == '’')
	}) {
		w = strings.Trim(w, "-'’")
		if utf8.RuneCountInString(w) < 2 || particles[w] || isPatronymic(w) {
			continue
		}
		ws = append(ws, w)
	}
	return ws
}

// isPatronymic recognises Russian and Ukrainian patronymics, which do not
// tell people apart the way surnames do (Борис Николаевич).
func isPatronymic(w string) bool {
	for _, e := range []string{"ович", "евич", "овна", "евна", "ьич", "ична", "івна", "ївна"} {
		if strings.HasSuffix(w, e) && utf8.RuneCountInString(w) > len([]rune(e))+2 {
			return true
		}
	}
	return false
}

var particles = map[string]bool{"von": true, "van": true, "der": true, "de": true, "la": true, "da": true, "fon": true, "фон": true, "дер": true, "ван": false, "jr": true, "sr": true, "mr": true, "ms": true}

// ID derives the stable person key from a canonical name: "p-" and an
// ASCII slug ("Sergei Shoigu" → "p-sergei-shoigu"); names with no ASCII
// letters get a short hash instead.
func ID(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(stripMarks(name)) {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	if b.Len() == 0 {
		h := sha256.Sum256([]byte(strings.ToLower(name)))
		return "p-" + hex.EncodeToString(h[:6])
	}
	return "p-" + b.String()
}

// langAt gives the language of the block holding sp, else the document's.
func langAt(d *doc.Doc, sp doc.Span) string {
	// blocks are in text order: the last block starting at or before sp
	i := sort.Search(len(d.Blocks), func(i int) bool { return d.Blocks[i].Start > sp.Start }) - 1
	if i >= 0 && d.Blocks[i].Contains(sp) && d.Blocks[i].Lang != "" {
		return d.Blocks[i].Lang
	}
	return d.Lang
}
