package ner

import "strings"

// In factRuEval's style an Org object takes in the organisation noun
// before its name also when the name is not quoted («компании Microsoft»,
// «агентства БелТА», «медиакомпанией Deutsche Welle»): in its devset, on
// the training part of ner-dev's split, a lower-case noun of orgNouns
// (stem and case ending) right before a capitalised word that starts a
// name is inside an Org object 22 times out of 22 (компани- 5, агентств-
// 3, организаци- 3, банк-, корпораци-, фонд- 2 each; «журналист Виктор»
// is no such word). The tagger often names such a name a place («клуба
// Тоттенхэм Хотспур»), so a LOC name becomes an ORG too; a PER name is
// left alone («главу партии Сергея Митрохина»). widenQuoted does
// the same for quoted names. ner-dev, kept dev models, seeds 1/2/3:
// factRuEval dev text, unnamed ignored F1 0.8882/0.8935/0.8903 ->
// 0.8898/0.8951/0.8936 (ORG 0.8166/0.8194/0.8054 -> 0.8207/0.8235/0.8161);
// with persons too, seed 1 lost «Сергея Митрохина». Of the 22, three
// names are places («банк Китая», «банк Украины», «партии Британии»), all
// inside the Org. Known risk: a plural noun before a place («компании
// России» as 'Russia's companies') becomes one ORG too; the training
// part has no such case.

// orgNounWord reports whether a lower-case word is an organisation noun:
// a stem of orgNouns with a case ending (caseEnds), so that «журналист»
// or «банкир» is none.
func orgNounWord(l string) bool {
	for _, p := range orgNouns {
		if strings.HasPrefix(l, p) && caseEnds[l[len(p):]] {
			return true
		}
	}
	return false
}

// widenOrgNoun makes, in the factru style, an ORG or LOC name that begins
// with a capitalised word and the organisation noun (orgNounWord) right
// before it, in no name, one ORG name.
func (m *Model) widenOrgNoun(words, labels []string) {
	if !m.factru() {
		return
	}
	for _, mn := range Mentions(labels) {
		k := mn.First - 1
		if mn.Type == "PER" || k < 0 || labels[k] != "O" || !isUpperWord(words[mn.First]) ||
			!isLowerWord(words[k]) || !orgNounWord(words[k]) {
			continue
		}
		labels[k] = "B-ORG"
		for i := mn.First; i < mn.Last; i++ {
			labels[i] = "I-ORG"
		}
	}
}
