package names

import (
	"strings"
	"unicode/utf8"
)

// Place reports that a one-word mention as written («Пекіна», «Тайваню»,
// «Пекину») is, in some case, a place name from the gazetteer (dict_uk's
// place lists, Russian spellings matched through a folded form) and in no
// case a person name the tables know (Вашингтон, Джексон stay people). It
// lets the people stage turn away places the NER took for people.
func (m *Model) Place(lang, surface string) bool {
	if lang != "uk" && lang != "ru" {
		return false
	}
	ws := words(surface)
	if len(ws) != 1 || utf8.RuneCountInString(ws[0]) < 3 || !isCyrillic(ws[0]) {
		return false
	}
	lower := strings.ToLower(ws[0])
	if _, ok := m.mem[lang+"\x00"+lower]; ok {
		return false // seen as (part of) a person's name
	}
	cands := []string{lower}
	for _, e := range placeEndings[lang] {
		if strings.HasSuffix(lower, e[0]) && utf8.RuneCountInString(lower)-utf8.RuneCountInString(e[0]) >= 3 {
			cands = append(cands, strings.TrimSuffix(lower, e[0])+e[1])
		}
	}
	place := false
	for _, c := range cands {
		if m.personWord(lang, c) {
			return false
		}
		if m.geo[foldGeo(c)] {
			place = true
		}
	}
	return place
}

// personWord reports a lower-case word the name tables know as a person's.
func (m *Model) personWord(lang, w string) bool {
	if m.lex.has(lang+"\x00"+w) || m.indecl[w] {
		return true
	}
	return lang == "uk" && (m.ukFirst[w] || m.ukLast[w])
}

// foldGeo folds Ukrainian and Russian spellings of a place name together
// (Пекін, Пекин → пекин).
func foldGeo(w string) string { return geoFold.Replace(w) }

var geoFold = strings.NewReplacer("і", "и", "ї", "йи", "є", "е", "ы", "и", "э", "е", "ё", "е", "ґ", "г", "'", "", "’", "", "ʼ", "")

// placeEndings are case endings → nominative endings of place names
// (Пекіна → Пекін, Тайваню → Тайвань, Москві → Москва, Росії → Росія).
var placeEndings = map[string][][2]string{
	"uk": {
		{"а", ""}, {"у", ""}, {"і", ""}, {"ом", ""}, {"ові", ""}, {"я", "ь"}, {"ю", "ь"}, {"ем", "ь"}, {"і", "ь"},
		{"і", "а"}, {"у", "а"}, {"и", "а"}, {"ою", "а"}, {"ю", "й"}, {"я", "й"}, {"єм", "й"}, {"ї", "я"}, {"ію", "ія"}, {"ією", "ія"},
		{"ії", "ія"}, {"і", "я"}, {"ю", "я"}, {"ею", "я"}, {"ого", "е"}, {"ому", "е"}, {"им", "е"},
	},
	"ru": {
		{"а", ""}, {"у", ""}, {"е", ""}, {"ом", ""}, {"я", "ь"}, {"ю", "ь"}, {"ем", "ь"}, {"и", "ь"},
		{"ы", "а"}, {"е", "а"}, {"у", "а"}, {"ой", "а"}, {"ою", "а"}, {"ю", "й"}, {"я", "й"}, {"ем", "й"}, {"е", "й"},
		{"ии", "ия"}, {"ию", "ия"}, {"ией", "ия"}, {"и", "я"}, {"ю", "я"}, {"ей", "я"}, {"е", "я"},
	},
}
