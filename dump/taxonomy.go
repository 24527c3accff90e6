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
var taxonomyLabels = []string{"tags", "tag", "tagged", "topics", "category", "categories", "filed under", "in this article",
	"kategorie", "kategorien", "schlagwörter", "schlagworte", "stichwörter", "stichworte", "themen",
	"catégorie", "catégories", "étiquettes", "mots-clés", "mots clés", "categoría", "categorías", "etiquetas", "temas",
	"categoria", "categorie", "argomenti", "kategoria", "kategorie", "tagi", "tematy", "теги", "теґи", "метки", "рубрика", "рубрики", "мітки", "теми", "темы"}

// taxonomyLeads open a taxonomy line with no colon needed.
var taxonomyLeads = []string{"filed under ", "this entry was posted in ", "this entry was filed under ", "dieser eintrag wurde veröffentlicht in ",
	"dieser beitrag wurde veröffentlicht in ", "tagged with ", "verschlagwortet mit ", "ce billet a été publié dans ", "cette entrée a été publiée dans ",
	"esta entrada fue publicada en "}

// taxonomyShortLeads open one only in a short line ("Posted in
// Datenschutz by damianduchamps on August 3, 2019"; "Veröffentlicht in
// der Zeitschrift Nature, zeigt die Studie …" opens a sentence).
var taxonomyShortLeads = []string{"posted in ", "veröffentlicht in ", "publié dans ", "publicado en "}

// taxonomyShortWords bounds a line that taxonomyShortLeads open.
const taxonomyShortWords = 12

// taxonomyMaxWords bounds a taxonomy line.
const taxonomyMaxWords = 60

func taxonomyLine(l line) bool {
	if l.words == 0 || l.words > taxonomyMaxWords {
		return false
	}
	t := l.text
	if len(t) > 60 {
		t = t[:60]
	}
	low := strings.ToLower(strings.TrimLeftFunc(t, func(r rune) bool { return !unicode.IsLetter(r) }))
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
	k := strings.IndexByte(low, ':')
	if k <= 0 {
		return false
	}
	label := strings.TrimSpace(low[:k])
	for _, p := range taxonomyLabels {
		if label == p {
			return true
		}
	}
	return false
}
