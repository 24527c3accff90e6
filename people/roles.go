package people

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/names"
)

func stripMarks(s string) string { return names.StripMarks(s) }

// titles are honorifics that may open a PER mention ("Mr. Wu", «пан Дун»).
var titles = []string{
	"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "lady", "lord", "prof.",
	"пан", "пані", "панові", "пана", "паном", "господин", "господина", "господину", "госпожа", "г-н", "г-жа",
	"pan", "pani", "pana", "panu", "panem", "herr", "frau",
}

// stripTitle drops leading honorifics, role words and lower-case words
// from an entity span ("Mr. Wu", «пан Дун», "President Biden",
// «міністр Шойгу»), and an English possessive ending ("Trump's").
func stripTitle(text string, sp doc.Span) doc.Span {
	if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
		return sp
	}
	for {
		s := text[sp.Start:sp.End]
		i := strings.IndexAny(s, " \u00a0")
		if i <= 0 {
			break
		}
		first, rest := s[:i], strings.TrimLeft(s[i:], " \u00a0")
		if rest == "" {
			break
		}
		r, _ := utf8.DecodeRuneInString(first)
		_, role := isRoleWord(first)
		if !isTitle(first) && !role && !unicode.IsLower(r) || nameParticles[strings.ToLower(first)] {
			break
		}
		sp.Start = sp.End - len(rest)
	}
	s := text[sp.Start:sp.End]
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf)+1 {
			sp.End -= len(suf)
			break
		}
	}
	return sp
}

// nameParticles belong to the name even in lower case (von der Leyen).
var nameParticles = map[string]bool{"von": true, "van": true, "de": true, "der": true, "da": true, "di": true, "la": true, "le": true, "du": true, "dos": true, "фон": true, "дер": true, "ван": true, "де": true, "ді": true, "ди": true, "да": true, "ла": true}

func isTitle(w string) bool {
	lw := strings.ToLower(w)
	for _, t := range titles {
		if lw == t || lw == strings.TrimSuffix(t, ".") {
			return true
		}
	}
	return false
}

// roleWords open a role description; matched as word prefixes so that the
// inflected forms count («речника», «міністром»).
var roleWords = []string{
	// English
	"spokesman", "spokeswoman", "spokesperson", "president", "prime minister", "minister", "chancellor",
	"secretary", "ambassador", "senator", "governor", "mayor", "general", "commander", "premier", "envoy",
	"chairman", "chairwoman", "leader", "director", "chief", "ceo", "king", "queen", "pope", "patriarch",
	// Ukrainian
	"речни", "президент", "прем'єр", "прем’єр", "міністр", "посол", "посл", "канцлер", "голов", "очільни",
	"лідер", "сенатор", "губернатор", "мер", "генерал", "командувач", "спікер", "секретар", "керівни", "глав",
	"новопризначен", "представни", "король", "королев", "папа", "патріарх",
	// Russian
	"пресс-секретар", "представител", "премьер", "министр", "посол", "канцлер", "руководител", "председател",
	"лидер", "сенатор", "губернатор", "мэр", "генерал", "командующ", "спикер", "секретар", "глав",
	"новоназначен", "король", "королев", "патриарх",
}

// modifiers may precede a role word inside its description.
var modifiers = []string{"new", "former", "newly", "новий", "нова", "нового", "новим", "колишн", "новый", "новая", "нового", "бывш", "новопризначен", "новоназначен", "the"}

// roleIndex holds the role words by their first letter.
var roleIndex = func() map[rune][]string {
	ix := map[rune][]string{}
	for _, r := range roleWords {
		f, _ := utf8.DecodeRuneInString(r)
		ix[f] = append(ix[f], r)
	}
	return ix
}()

func isRoleWord(w string) (string, bool) {
	f, _ := utf8.DecodeRuneInString(w)
	cands := roleIndex[unicode.ToLower(f)]
	if len(cands) == 0 {
		return "", false
	}
	for _, r := range cands {
		// role words are lower case; upper- and lower-case letters of their
		// scripts have the same byte length
		if len(w) >= len(r) && strings.EqualFold(w[:len(r)], r) && utf8.RuneCountInString(w[len(r):]) <= 4 {
			return r, true
		}
	}
	return "", false
}

type word struct {
	doc.Span
	s string
}

// isWordRune tells the runes textWords keeps in words.
func isWordRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '-' || r == '\''
	case 0x400 <= r && r <= 0x481, 0x48a <= r && r <= 0x4ff:
		return true // Cyrillic letters
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '’'
}

// prevWords returns up to n words of text ending at or before off, nearest
// first, as textWords would split them.
func prevWords(text string, off, n int) []word {
	var ws []word
	end := -1
	for i := off; i > 0 && len(ws) < n; {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		in := isWordRune(r)
		switch {
		case in && end < 0:
			end = i
		case !in && end >= 0:
			ws = append(ws, word{doc.Span{Start: i, End: end}, text[i:end]})
			end = -1
		}
		i -= size
	}
	if end >= 0 && len(ws) < n {
		ws = append(ws, word{doc.Span{Start: 0, End: end}, text[:end]})
	}
	return ws
}

// textWords splits text into words with byte spans.
func textWords(text string) []word {
	ws := make([]word, 0, len(text)/8)
	start := -1
	for i, r := range text {
		in := isWordRune(r)
		if in && start < 0 {
			start = i
		} else if !in && start >= 0 {
			ws = append(ws, word{doc.Span{Start: start, End: i}, text[start:i]})
			start = -1
		}
	}
	if start >= 0 {
		ws = append(ws, word{doc.Span{Start: start, End: len(text)}, text[start:]})
	}
	return ws
}

// roles attaches role descriptions written right before a person's name
// («речник МЗС Ван Веньбінь») and then finds later bare role descriptions
// («речник», "the spokesman") that refer back to exactly one such person.
func (s *Stage) roles(d *doc.Doc, groups []*group) {
	if len(groups) == 0 {
		return
	}
	// entity spans sorted by start, for overlap look-ups in O(log n)
	spans := make([]doc.Span, 0, len(d.Entities))
	maxLen := 0
	for _, e := range d.Entities {
		spans = append(spans, e.Span)
		maxLen = max(maxLen, e.Span.Len())
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	inEntity := func(sp doc.Span) bool {
		// candidates start before sp.End and no earlier than sp.Start-maxLen
		i := sort.Search(len(spans), func(i int) bool { return spans[i].Start >= sp.Start-maxLen })
		for ; i < len(spans) && spans[i].Start < sp.End; i++ {
			if spans[i].Overlaps(sp) {
				return true
			}
		}
		return false
	}
	type owner struct {
		g   *group
		key string
		pos int
	}
	var owners []owner
	for _, g := range groups {
		for _, m := range g.ms {
			// the up to 5 words before the name, nearest first
			prev := prevWords(d.Text, m.span.Start, 5)
			// keep those in the same clause and outside other entities
			end := m.span.Start
			n := 0
			for _, w := range prev {
				if strings.ContainsAny(d.Text[w.End:end], ".,;:!?()\"«»—\n") {
					break
				}
				if inEntity(w.Span) && d.Entities != nil {
					break
				}
				n++
				end = w.Start
			}
			clause := prev[:n]
			first := -1
			key := ""
			for k := len(clause) - 1; k >= 0; k-- {
				if r, ok := isRoleWord(clause[k].s); ok {
					first, key = k, r
					break
				}
			}
			if first < 0 {
				continue
			}
			if first+1 < len(clause) && isModifier(clause[first+1].s) {
				first++
			}
			role := strings.TrimPrefix(strings.ToLower(d.Text[clause[first].Start:clause[0].End]), "the ")
			g.roles = appendNew(g.roles, role)
			owners = append(owners, owner{g, key, m.span.Start})
		}
	}
	if len(owners) == 0 {
		return
	}
	ws := textWords(d.Text)
	// the first letters of the owners' role words: most words are no role
	// word of theirs, and are passed over on that letter alone
	var firsts []rune
	for _, o := range owners {
		f, _ := utf8.DecodeRuneInString(o.key)
		if !slices.Contains(firsts, f) {
			firsts = append(firsts, f)
		}
	}
	// back-references
	for k := 0; k < len(ws); k++ {
		if f, _ := utf8.DecodeRuneInString(ws[k].s); !slices.Contains(firsts, unicode.ToLower(f)) {
			continue
		}
		key, ok := isRoleWord(ws[k].s)
		if !ok || inEntity(ws[k].Span) {
			continue
		}
		// a role word right before a name is an apposition, not a back-reference
		if k+1 < len(ws) && (inEntity(ws[k+1].Span) || (k+2 < len(ws) && inEntity(ws[k+2].Span))) {
			continue
		}
		var hit *group
		n := 0
		for _, o := range owners {
			if o.key == key && o.pos < ws[k].Start && o.g != hit {
				hit = o.g
				n++
			}
		}
		if n != 1 {
			continue
		}
		isEN := key[0] < 128
		start := ws[k].Start
		if k > 0 && isModifier(ws[k-1].s) {
			start = ws[k-1].Start
		}
		if isEN && !(k > 0 && strings.EqualFold(ws[k-1].s, "the") || k > 1 && strings.EqualFold(ws[k-2].s, "the")) {
			continue // English needs the definite article
		}
		hit.extra = append(hit.extra, doc.Span{Start: start, End: ws[k].End})
	}
}

func isModifier(w string) bool {
	lw := strings.ToLower(w)
	for _, m := range modifiers {
		if strings.HasPrefix(lw, m) {
			return true
		}
	}
	return false
}
