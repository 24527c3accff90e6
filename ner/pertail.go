package ner

import "strings"

// personWord reports whether the gazetteer lists w itself (not only its
// stem) as a person-name word: a first name, a surname, a Wikidata
// name token or a word of a training PER name.
func (m *Model) personWord(w string) bool {
	if m.gaz == nil {
		return false
	}
	const person = gFirst | gSurname | gPerson | gPersonR | gTrainPER
	return m.gaz.lookup(strings.ToLower(w))&person != 0
}

// perSurnames relabels, for the en model, a one-word ORG or LOC name as
// PER when the same word ends a PER name of two or more words in the
// document ("MaliVai Washington" … "said Washington") and the gazetteer
// lists it as a person-name word (personWord): the document pass labels
// all of a word's mentions alike, so a surname that is also a place is
// often a place all through a report about the person. The gazetteer
// check keeps a place that a wrong two-word PER name ends ("Yeltsin
// endorses Lebed Chechnya peace plan") from turning every "Chechnya" of
// the document into a person. A mention after a locative preposition
// ("arrived in Washington", placeContext) keeps its label.
func (m *Model) perSurnames(sents [][]string, out [][]string) {
	if m.Lang != "en" {
		return
	}
	last := map[string]bool{}
	for si, labels := range out {
		for _, mn := range Mentions(labels) {
			w := sents[si][mn.Last-1]
			if mn.Type == "PER" && mn.Last-mn.First >= 2 && isCap(w) && m.personWord(w) {
				last[w] = true
			}
		}
	}
	if len(last) == 0 {
		return
	}
	// a word the document also writes as a place after a locative
	// preposition ("aid from Jordan") names the place there too: its
	// bare mentions keep their label
	place := map[string]bool{}
	for si, labels := range out {
		for _, mn := range Mentions(labels) {
			if w := sents[si][mn.First]; mn.Type == "LOC" && mn.Last-mn.First == 1 && last[w] && placeContext(sents[si], mn.First) {
				place[w] = true
			}
		}
	}
	for si, labels := range out {
		words := sents[si]
		for _, mn := range Mentions(labels) {
			if mn.Type != "PER" && mn.Last-mn.First == 1 && last[words[mn.First]] && !place[words[mn.First]] && !placeContext(words, mn.First) {
				labels[mn.First] = "B-PER"
			}
		}
	}
}

// locPreps are the prepositions after which a one-word name is taken for
// a place ("arrived in Washington", "aid from Jordan").
var locPreps = map[string]bool{"in": true, "at": true, "from": true, "to": true, "into": true, "across": true, "near": true}

// placeContext reports whether the name at words[i] follows a locative
// preposition and is not a possessive ("in Jordan 's film" is the
// person's).
func placeContext(words []string, i int) bool {
	if i == 0 || !locPreps[strings.ToLower(words[i-1])] {
		return false
	}
	return i+1 >= len(words) || words[i+1] != "'s"
}
