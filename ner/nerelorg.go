package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// nerelStyle is NEREL's annotation style: its outermost organisation
// names take in a lower-case state body or team noun before a place
// («правительство Италии», «сборной России», «посольства США»), which
// the tagger often leaves out, naming the place alone (widenBody).
var nerelStyle = styleHash("nerel")

// bodyHeads are the stems of the nouns widenBody joins to a place after
// them. In NEREL train, where one of them (lower-case, with a case ending
// of caseEnds, or «власть») stands right before a place name and inside
// no other name, the two are one ORG 124 times in 134 (сборн- 43/44,
// правительств- 25/28, власт- 11/15, посольств- 9/10, администраци- 8/9,
// парламент- 8/8, прокуратур- 6/6, полици- 6/6, мэри-, спецслужб-,
// сенат- 2/2, постпредств-, конгресс- 1/1); before a person 25 times in
// 56 (парламент- 0/4, полици- 0/5, правительств- 16/25), so persons are
// left alone.
var bodyHeads = []string{
	"сборн", "правительств", "власт", "посольств", "администраци", "парламент", "прокуратур",
	"полици", "мэри", "спецслужб", "сенат", "постпредств", "конгресс",
}

// bodyWord reports whether a lower-case word is a body noun (bodyHeads)
// with a case ending (caseEnds, or the soft sign of «власть»).
func bodyWord(l string) bool {
	for _, h := range bodyHeads {
		if strings.HasPrefix(l, h) && (caseEnds[l[len(h):]] || l[len(h):] == "ь") {
			return true
		}
	}
	return false
}

// factRuEval's Org objects take the same nouns in: in its devset, on the
// training part of ner-dev's split, a lower-case body noun of bodyHeads
// right before a capitalised name opens an Org object 17 times out of 17
// (правительств- 7, сборн- 5, парламент- 4, администраци- 1), while
// «власти» does so once in 4 («власти Беларуси», «власти Мальты» leave
// the noun out) and the other nouns are not seen, so the factru style
// widens only over those four (factruBodyHeads). No dev sentence has one
// tagged as a place (ner-dev factRuEval dev unchanged).

// factruBodyHeads are the bodyHeads seen in factRuEval's training part.
var factruBodyHeads = []string{"сборн", "правительств", "администраци", "парламент"}

// widenBody makes, in the NEREL and factRuEval styles, a place name and
// the body noun (bodyWord) right before it one ORG name, when the noun is
// lower-case and in no name (in the factru style only factruBodyHeads).
func (m *Model) widenBody(words, labels []string) {
	if m.style == 0 || (m.style != nerelStyle && !m.factru()) {
		return
	}
	for _, mn := range Mentions(labels) {
		k := mn.First - 1
		if mn.Type != "LOC" || k < 0 || labels[k] != "O" {
			continue
		}
		r := []rune(words[k])
		if len(r) == 0 || !unicode.IsLower(r[0]) || !bodyWord(words[k]) {
			continue
		}
		if m.factru() && !hasPrefixIn(words[k], factruBodyHeads) {
			continue
		}
		labels[k] = "B-ORG"
		for i := mn.First; i < mn.Last; i++ {
			labels[i] = "I-ORG"
		}
	}
}

// In NEREL a lower-case place adjective before a state body noun is part
// of the organisation's name («японским парламентом», «российские
// власти», «американской администрации»), which the tagger often names
// as a place alone. In NEREL train, where such an adjective (-ский,
// -цкий in any case) stands right before a body noun (bodyWord), the two
// open one ORG name 80 times and the adjective alone is a LOC 11 times
// (власт- 30/6, правительств- 17/0, администраци- 9/1, парламент- 5/0,
// полици- 5/2, сборн- 4/0, прокуратур- 4/0, посольств- 3/0, спецслужб-
// 2/2, мэри- 1/0); widenAdjBody makes them one ORG when the tagger names
// the adjective a place. ner-dev, kept dev models, seeds 1/2/3: NEREL dev
// F1 0.8348/0.8352/0.8406 -> 0.8352/0.8357/0.8411 («японским
// парламентом»).

// placeAdj reports whether a word is a lower-case adjective in -ский or
// -цкий (any case and number: «российские», «японским», «американской»).
func placeAdj(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) {
		return false
	}
	for _, e := range adjEnds {
		if strings.HasSuffix(w, "ск"+e) || strings.HasSuffix(w, "цк"+e) {
			return true
		}
	}
	return false
}

// adjEnds are the endings of a Russian adjective after its stem.
var adjEnds = []string{"ий", "ая", "ое", "ие", "ого", "ой", "ому", "им", "ом", "ую", "их", "ими"}

// widenAdjBody makes, in the NEREL style, a one-word LOC name that is a
// place adjective (placeAdj) and the lower-case body noun (bodyWord)
// right after it, in no name, one ORG name.
func (m *Model) widenAdjBody(words, labels []string) {
	if m.style == 0 || m.style != nerelStyle {
		return
	}
	for _, mn := range Mentions(labels) {
		k := mn.Last
		if mn.Type != "LOC" || mn.Last-mn.First != 1 || k >= len(words) || labels[k] != "O" ||
			!placeAdj(words[mn.First]) || !isLowerWord(words[k]) || !bodyWord(words[k]) {
			continue
		}
		labels[mn.First] = "B-ORG"
		labels[k] = "I-ORG"
	}
}
