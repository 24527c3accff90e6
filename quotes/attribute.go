package quotes

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/pressclip/pressclip/doc"
)

// pronouns that refer back to a person.
var personPronouns = map[string]bool{
	"he": true, "she": true, "him": true, "her": true,
	"він": true, "вона": true, "його": true, "її": true, "йому": true, "їй": true,
	"он": true, "она": true, "его": true, "ее": true, "её": true, "ему": true, "ей": true,
}

// personPronoun reports whether w is one of personPronouns, alone or
// with a contracted auxiliary ("he’s").
func personPronoun(w string) bool {
	if personPronouns[w] {
		return true
	}
	i := strings.IndexAny(w, "'’")
	return i > 0 && contracted(w) && personPronouns[w[:i]]
}

// roleWords name a person by role; a speaker named only by a role is the
// person last mentioned (preferring one holding a matching role).
var roleWords = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "minister": true,
	"president": true, "secretary": true, "ambassador": true, "official": true,
	"governor": true, "mayor": true, "chairman": true, "chief": true, "head": true,
	"director": true, "senator": true, "representative": true, "premier": true,
	"chancellor": true, "commander": true, "prosecutor": true, "leader": true,
	"речник": true, "речниця": true, "міністр": true, "президент": true, "прем'єр": true,
	"прем’єр": true, "посол": true, "голова": true, "керівник": true, "очільник": true,
	"очільниця": true, "мер": true, "губернатор": true, "командувач": true, "прокурор": true,
	"представник": true, "представниця": true, "спікер": true, "директор": true,
	"министр": true, "пресс-секретарь": true, "представитель": true, "глава": true,
	"руководитель": true, "председатель": true, "премьер": true, "посла": true,
	"прес-секретар": true, "канцлер": true, "генсек": true, "генсекретар": true,
}

// indefinites open a noun phrase that introduces someone new.
var indefinites = map[string]bool{"a": true, "an": true, "another": true, "one": true, "some": true, "several": true, "two": true, "three": true}

// relatives are relative pronouns standing for the noun phrase before them.
var relatives = map[string]bool{"who": true, "which": true, "that": true, "який": true, "яка": true, "які": true,
	"котрий": true, "который": true, "которая": true, "которые": true}

// resolver names speakers from the entities and people of a document.
type resolver struct {
	d        *doc.Doc
	t        *text
	byID     map[string]*doc.Person
	mentions []mention    // person mentions in text order
	ents     []doc.Entity // entities in text order
	// the last speaker resolved to a person, and where it was named:
	// "he said" after a quote is usually that speaker again
	lastID  string
	lastEnd int
}

type mention struct {
	doc.Span
	id string
}

func newResolver(d *doc.Doc, t *text) *resolver {
	r := &resolver{d: d, t: t, byID: map[string]*doc.Person{}}
	for i := range d.People {
		p := &d.People[i]
		r.byID[p.ID] = p
		for _, m := range p.Mentions {
			r.mentions = append(r.mentions, mention{m, p.ID})
		}
	}
	if len(r.mentions) == 0 {
		for _, e := range d.Entities {
			if e.Type == "PER" && e.Person != "" {
				r.mentions = append(r.mentions, mention{e.Span, e.Person})
			}
		}
	}
	sort.SliceStable(r.mentions, func(i, j int) bool { return r.mentions[i].Start < r.mentions[j].Start })
	r.ents = append([]doc.Entity(nil), d.Entities...)
	sort.SliceStable(r.ents, func(i, j int) bool { return r.ents[i].Start < r.ents[j].Start })
	return r
}

// lastSpeakerReach is how far back (bytes) "he said" looks for the last
// speaker before falling back on the last person mentioned.
const lastSpeakerReach = 2500

// resolve names the speaker of source tokens src and remembers a person as
// the last speaker.
func (r *resolver) resolve(src [2]int) (speaker, id string) {
	speaker, id = r.resolveSpan(src)
	if id != "" {
		r.lastID, r.lastEnd = id, r.t.toks[src[1]-1].end
	}
	return speaker, id
}

func (r *resolver) name(id string) string {
	if p := r.byID[id]; p != nil && p.Name != "" {
		return p.Name
	}
	return ""
}

// resolve names the speaker of source tokens src: the person mentioned in
// it, else an organisation named in it, else (pronoun or role) the person
// last mentioned before it. It returns ("", "") when it cannot tell.
func (r *resolver) resolveSpan(src [2]int) (speaker, id string) {
	sp := doc.Span{Start: r.t.toks[src[0]].start, End: r.t.toks[src[1]-1].end}
	// a person mentioned in the source span: the last one (heads come last
	// in "Chinese Defense Ministry spokesman Wu Qian")
	k := sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].End > sp.Start })
	var in *mention
	for ; k < len(r.mentions) && r.mentions[k].Start < sp.End; k++ {
		in = &r.mentions[k]
	}
	if in != nil {
		if n := r.name(in.id); n != "" {
			return n, in.id
		}
	}
	var per, org *doc.Entity
	// entities are short: those overlapping sp start at most a little
	// before it
	e0 := sort.Search(len(r.ents), func(i int) bool { return r.ents[i].Start >= sp.Start-200 })
	for i := e0; i < len(r.ents) && r.ents[i].Start < sp.End; i++ {
		e := &r.ents[i]
		if !e.Overlaps(sp) {
			continue
		}
		switch e.Type {
		case "PER":
			per = e
		case "ORG":
			if org == nil {
				org = e
			}
		}
	}
	if per != nil {
		if n := r.name(per.Person); n != "" {
			return n, per.Person
		}
		return r.d.Slice(per.Span), per.Person
	}
	// a surname alone ("Wu said", "Mao added", «Дун зазначив»): the person
	// whose mention carries that word
	if per == nil && src[1]-src[0] <= 2 {
		if m := r.byWord(src); m != nil {
			if n := r.name(m.id); n != "" {
				return n, m.id
			}
		}
	}
	// pronoun or role: the person mentioned last before the source
	pron, role, indef := false, "", false
	for i := src[0]; i < src[1]; i++ {
		w := r.t.toks[i].lower
		if personPronoun(w) {
			pron = true
		}
		if roleWords[w] && role == "" {
			role = w
			// "a senior official", "another minister": someone new
			for j := i - 1; j >= src[0] && j >= i-3; j-- {
				if indefinites[r.t.toks[j].lower] {
					indef = true
				}
			}
		}
	}
	if indef {
		if org != nil {
			return r.d.Slice(org.Span), ""
		}
		return "", ""
	}
	if org != nil && role == "" {
		return r.d.Slice(org.Span), ""
	}
	if !pron && role == "" {
		if org != nil {
			return r.d.Slice(org.Span), ""
		}
		return "", ""
	}
	k = sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].Start >= sp.Start })
	last := r.lastID != "" && sp.Start-r.lastEnd < lastSpeakerReach && r.name(r.lastID) != ""
	if pron && role == "" && last {
		return r.name(r.lastID), r.lastID
	}
	if role != "" {
		// prefer the latest person holding a matching role, within reach
		for j := k - 1; j >= 0 && j >= k-30; j-- {
			if p := r.byID[r.mentions[j].id]; p != nil {
				for _, ro := range p.Roles {
					if strings.Contains(strings.ToLower(ro), role) {
						return r.name(p.ID), p.ID
					}
				}
			}
		}
	}
	if role != "" {
		// nobody with that role yet: a headline's "ambassador" is named
		// in the lines that follow
		for j := k; j < len(r.mentions) && j < k+30 && r.mentions[j].Start-sp.End < 1500; j++ {
			if r.holds(j, role) {
				id := r.mentions[j].id
				return r.name(id), id
			}
		}
	}
	if role != "" && last {
		return r.name(r.lastID), r.lastID
	}
	if k > 0 && sp.Start-r.mentions[k-1].End < 3000 {
		m := r.mentions[k-1]
		if pron && role == "" {
			// a subject pronoun prefers the subject of the sentence that
			// last named a person — its first person — over a later object:
			// "Dong met his colleague Shoigu. He said …" is Dong
			s := r.sentOf(m.Start)
			for j := k - 2; j >= 0 && r.sentOf(r.mentions[j].Start) == s; j-- {
				m = r.mentions[j]
			}
		}
		if n := r.name(m.id); n != "" {
			return n, m.id
		}
	}
	if org != nil {
		return r.d.Slice(org.Span), ""
	}
	return "", ""
}

// sentOf returns the sentence of the token at or after byte offset b.
func (r *resolver) sentOf(b int) int {
	k := sort.Search(len(r.t.toks), func(i int) bool { return r.t.toks[i].end > b })
	if k == len(r.t.toks) {
		return -1
	}
	return r.t.toks[k].sent
}

// byWord finds the person mention sharing a capitalised word of source
// tokens src: the latest before the source, else the first after it.
func (r *resolver) byWord(src [2]int) *mention {
	words := map[string]bool{}
	for i := src[0]; i < src[1]; i++ {
		if r.t.toks[i].kind == kWord && r.t.isCap(i) && len([]rune(r.t.toks[i].lower)) >= 2 && !roleWords[r.t.toks[i].lower] {
			words[r.t.toks[i].lower] = true
		}
	}
	if len(words) == 0 {
		return nil
	}
	start := r.t.toks[src[0]].start
	var best *mention
	for i := range r.mentions {
		m := &r.mentions[i]
		if best != nil && m.Start > start {
			break
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(r.d.Slice(m.Span)), func(c rune) bool { return c == ' ' || c == '.' || c == '-' }) {
			if words[w] {
				best = m
				break
			}
		}
	}
	return best
}

// antecedent widens a source that opens with a relative pronoun ("…, who
// said") to the noun phrase before its comma: "Stumpf, who".
func antecedent(t *text, src [2]int) [2]int {
	if src[0] < 2 || !relatives[t.toks[src[0]].lower] || t.toks[src[0]-1].lower != "," {
		return src
	}
	j := src[0] - 1
	for j > 0 && src[0]-1-j < 6 && t.toks[j-1].kind == kWord && t.toks[j-1].sent == t.toks[src[0]].sent {
		j--
	}
	if j == src[0]-1 {
		return src
	}
	return [2]int{j, src[1]}
}

// holds reports whether person mention j holds role: among the person's
// roles, or written just before the mention ("Ambassador … Vasyl Bodnar").
func (r *resolver) holds(j int, role string) bool {
	m := r.mentions[j]
	if p := r.byID[m.id]; p != nil {
		for _, ro := range p.Roles {
			if strings.Contains(strings.ToLower(ro), role) {
				return true
			}
		}
	}
	from := max(0, m.Start-48)
	for from < m.Start && !utf8.RuneStart(r.d.Text[from]) {
		from++
	}
	return strings.Contains(strings.ToLower(r.d.Text[from:m.Start]), role)
}
