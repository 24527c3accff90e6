package dump

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A post-navigation line links the previous or next post of a blog or
// news site ("← SW081 – Europaqual", "← Das irrwitzige IKT-Theater dieses
// Landes → Warum Michel Reimon nach Brüssel muss", "Article suivant …",
// "Vorheriger Beitrag Previous post: …", "PREVIOUS ARTICLE"): the site's
// navigation under the article, never body. postNavLine finds one by a
// leading arrow or a leading previous/next label, in at most
// postNavMaxWords words.

// postNavLabels open a post-navigation line (lower-cased).
var postNavLabels = []string{"previous post", "next post", "previous article", "next article", "previous story", "next story",
	"older post", "newer post", "vorheriger beitrag", "nächster beitrag", "vorheriger artikel", "nächster artikel", "ältere beiträge", "neuere beiträge",
	"article précédent", "article suivant", "artículo anterior", "artículo siguiente", "entrada anterior", "entrada siguiente", "nota anterior", "nota siguiente",
	"articolo precedente", "articolo successivo", "poprzedni artykuł", "następny artykuł", "poprzedni wpis", "następny wpis",
	"предыдущая статья", "следующая статья", "предыдущая новость", "следующая новость", "попередня стаття", "наступна стаття", "попередня новина", "наступна новина"}

const (
	postNavMaxWords   = 30
	postNavQuoteWords = 15
	// postNavSentenceWords bounds a label line that ends like a sentence
	postNavSentenceWords = 8
)

// postNavLine reports a post-navigation line; low is its text
// lower-cased.
func postNavLine(l line, low string) bool {
	if l.words == 0 || l.words > postNavMaxWords {
		return false
	}
	t := strings.TrimLeftFunc(l.text, unicode.IsSpace)
	if strings.HasPrefix(t, "←") || strings.HasPrefix(t, "<<") {
		return true
	}
	if strings.HasPrefix(t, "« ") && !strings.Contains(t, "»") && l.words <= postNavQuoteWords && !endsSentence(t) {
		// "« Previous post title": an open guillemet with no close and
		// no sentence end (a quotation closes, or ends a sentence)
		return true
	}
	return postNavLabel(t, strings.TrimLeftFunc(low, unicode.IsSpace), l.words)
}

// postNavLabel reports a line opening with a previous/next label as a
// whole phrase: followed by the line's end, a colon or any other
// non-letter, by another label ("PREVIOUS ARTICLENEXT ARTICLE") or by a
// title glued to it ("Vorheriger ArtikelVerbände lehnen …", a capital
// after the label's lower-case end); "Previous articles in this series
// looked at …" opens a sentence.
//
// A label followed by a space opens a sentence when the line ends with a
// sentence mark and holds more than postNavSentenceWords words; a hyphen
// glued to a letter continues the word ("Previous post-war …").
// low is t lower-cased; words is the line's word count.
func postNavLabel(t, low string, words int) bool {
	for _, p := range postNavLabels {
		if !strings.HasPrefix(low, p) {
			continue
		}
		// e: where the label ends in t, which lower-casing maps rune by
		// rune, though not always byte by byte ("İstanbul")
		e := 0
		for n := utf8.RuneCountInString(p); n > 0 && e < len(t); n-- {
			_, k := utf8.DecodeRuneInString(t[e:])
			e += k
		}
		rest := low[len(p):]
		r, k := utf8.DecodeRuneInString(rest)
		if rest == "" {
			return true
		}
		if r == '-' || r == '‐' {
			if n, _ := utf8.DecodeRuneInString(rest[k:]); unicode.IsLetter(n) {
				continue // "Previous post-war governments …": one word
			}
		}
		if !unicode.IsLetter(r) {
			if !unicode.IsSpace(r) {
				return true // a colon, an arrow, a dash
			}
			// a space: a link title follows, or the label opens a
			// sentence ("Nächster Artikel der Serie erscheint am
			// Montag …."); another label is a link
			for _, q := range postNavLabels {
				if strings.HasPrefix(strings.TrimLeftFunc(rest, unicode.IsSpace), q) {
					return true
				}
			}
			return !endsSentence(t) || words <= postNavSentenceWords
		}
		for _, q := range postNavLabels {
			if strings.HasPrefix(rest, q) {
				return true
			}
		}
		end, _ := utf8.DecodeLastRuneInString(t[:e])
		if next, _ := utf8.DecodeRuneInString(t[e:]); unicode.IsLower(end) && unicode.IsUpper(next) {
			return true
		}
	}
	return false
}

// endsSentence reports a line ending with a sentence mark ('…' too:
// "« Nous voulons le tram avant 2027, et nous l'aurons…").
func endsSentence(t string) bool {
	t = strings.TrimRightFunc(t, unicode.IsSpace)
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "…")
}
