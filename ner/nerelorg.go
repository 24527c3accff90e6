package ner

import (
	"strings"
	"unicode"
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

// widenBody makes, in the NEREL style, a place name and the body noun
// (bodyWord) right before it one ORG name, when the noun is lower-case
// and in no name.
func (m *Model) widenBody(words, labels []string) {
	if m.style == 0 || m.style != nerelStyle {
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
		labels[k] = "B-ORG"
		for i := mn.First; i < mn.Last; i++ {
			labels[i] = "I-ORG"
		}
	}
}
