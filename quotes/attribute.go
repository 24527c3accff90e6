package quotes

import (
	"sort"
	"strings"

	"github.com/pressclip/pressclip/doc"
)

// pronouns that refer back to a person.
var personPronouns = map[string]bool{
	"he": true, "she": true, "him": true, "her": true,
	"він": true, "вона": true, "його": true, "її": true, "йому": true, "їй": true,
	"он": true, "она": true, "его": true, "ее": true, "её": true, "ему": true, "ей": true,
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
	// pronoun or role: the person mentioned last before the source
	pron, role := false, ""
	for i := src[0]; i < src[1]; i++ {
		w := r.t.toks[i].lower
		if personPronouns[w] {
			pron = true
		}
		if roleWords[w] {
			role = w
		}
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
	if role != "" && last {
		return r.name(r.lastID), r.lastID
	}
	if k > 0 && sp.Start-r.mentions[k-1].End < 3000 {
		m := r.mentions[k-1]
		if n := r.name(m.id); n != "" {
			return n, m.id
		}
	}
	if org != nil {
		return r.d.Slice(org.Span), ""
	}
	return "", ""
}
