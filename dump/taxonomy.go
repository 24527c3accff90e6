package dump

import (
	"strings"
	"unicode"
)

// A taxonomy line files the article under categories or tags ("Tags:
// Freeride, Skitour", "Filed under 2020 Election", "Themen:
// Pressefreiheit", "This entry was posted in Allgemein. Bookmark the
// permalink.", "Dieser Eintrag wurde veröffentlicht in Podcast und
// verschlagwortet mit …"): the site's navigation, never body.

// taxonomyLabels open a taxonomy line when a colon follows them (spaces
// allowed before it: "Category : Press Releases").
var taxonomyLabels = []string{"tags", "tag", "tagged", "tagged with", "topics", "category", "categories", "filed under", "in this article",
	"kategorie", "kategorien", "schlagwörter", "schlagworte", "stichwörter", "stichworte", "themen",
	"catégorie", "catégories", "étiquettes", "mots-clés", "mots clés", "categoría", "categorías", "etiquetas", "temas",
	"categoria", "categorie", "argomenti", "kategoria", "tagi", "tematy", "теги", "теґи", "метки", "рубрика", "рубрики", "мітки", "теми", "темы"}

// taxonomyLeads open a taxonomy line with no colon needed.
var taxonomyLeads = []string{"this entry was posted in ", "this entry was filed under ", "dieser eintrag wurde veröffentlicht in ",
	"dieser beitrag wurde veröffentlicht in ", "verschlagwortet mit ", "ce billet a été publié dans ", "cette entrée a été publiée dans ",
	"esta entrada fue publicada en "}

// taxonomyShortLeads open one only in a short line ("Posted in
// Datenschutz by damianduchamps on August 3, 2019", "Filed under 2020
// Election"; "Veröffentlicht in der Zeitschrift Nature, zeigt die Studie
// …", "Filed under seal in March, the complaint accuses …" and "Tagged
// with a GPS collar last year, the wolf …" open sentences).
var taxonomyShortLeads = []string{"posted in ", "veröffentlicht in ", "publié dans ", "publicado en ", "filed under ", "tagged with "}

// taxonomyShortWords bounds a line that taxonomyShortLeads open.
const taxonomyShortWords = 12

// taxonomyMaxWords bounds a taxonomy line.
const taxonomyMaxWords = 60

func taxonomyLine(l line) bool {
	if l.words == 0 || l.words > taxonomyMaxWords {
		return false
	}
	low := taxonomyHead(l.text)
	for _, p := range taxonomyLeads {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	if l.words <= taxonomyShortWords {
		for _, p := range taxonomyShortLeads {
			if strings.HasPrefix(low, p) {
				return true
			}
		}
	}
	return taxonomyLabel(low) != ""
}

// taxonomyHead is the lower-cased start of t from its first letter, the
// part the taxonomy rules read.
func taxonomyHead(t string) string {
	if len(t) > 60 {
		t = t[:60]
	}
	return strings.ToLower(strings.TrimLeftFunc(t, func(r rune) bool { return !unicode.IsLetter(r) }))
}

// taxonomyLabel is the taxonomy label (taxonomyLabels) before the colon
// that opens the lower-cased line start low, or "".
func taxonomyLabel(low string) string {
	k := strings.IndexByte(low, ':')
	if k <= 0 {
		return ""
	}
	label := strings.TrimSpace(low[:k])
	for _, p := range taxonomyLabels {
		if label == p {
			return label
		}
	}
	return ""
}

// taxonomyLines marks the taxonomy lines of ls[lo..hi]; but a label that
// opens lines there with different values heads a list's entries
// ("Category: Best Picture – Oppenheimer …", "Category: Best Director –
// …" in an awards list), which are body, when it opens three or more
// lines or two whose values share no entry: a page files the article
// under its categories once, repeats the same line, or repeats it with
// one more entry ("Topics: Politics" at the top, "Topics: Politics,
// Tram" at the bottom).
func taxonomyLines(ls []line, lo, hi int) []bool {
	tax := make([]bool, len(ls))
	texts := map[string][]string{} // label -> the texts of the lines it opens
	for i := lo; i <= hi && i < len(ls); i++ {
		if i < 0 || !taxonomyLine(ls[i]) {
			continue
		}
		tax[i] = true
		if label := taxonomyLabel(taxonomyHead(ls[i].text)); label != "" {
			texts[label] = append(texts[label], ls[i].text)
		}
	}
	list := map[string]bool{} // labels heading a list's entries
	for label, ts := range texts {
		list[label] = taxonomyList(ts)
	}
	for i := lo; i <= hi && i < len(ls); i++ {
		if i >= 0 && tax[i] && list[taxonomyLabel(taxonomyHead(ls[i].text))] {
			tax[i] = false
		}
	}
	return tax
}

// taxonomyList reports the texts of the lines one label opens as a
// list's entries: different values in three or more lines, or in two
// lines whose values share no entry.
func taxonomyList(ts []string) bool {
	differ := false
	for _, t := range ts[1:] {
		differ = differ || t != ts[0]
	}
	if !differ || len(ts) >= 3 {
		return differ
	}
	seen := map[string]bool{}
	for _, e := range taxonomyEntries(ts[0]) {
		seen[e] = true
	}
	for _, e := range taxonomyEntries(ts[1]) {
		if seen[e] {
			return false
		}
	}
	return true
}

// taxonomyEntries are the lower-cased entries after a taxonomy line's
// colon, split at commas, semicolons, bars and bullets.
func taxonomyEntries(t string) []string {
	if k := strings.IndexByte(t, ':'); k >= 0 {
		t = t[k+1:]
	}
	var es []string
	for _, e := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return strings.ContainsRune(",;|·•", r) }) {
		if e = strings.TrimSpace(e); e != "" {
			es = append(es, e)
		}
	}
	return es
}
