package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tailHeads are the stems of Russian nouns heading an organisation name
// that goes on with a prepositional phrase («Комитета по иностранным
// делам», «Совета при Президенте РФ», «Объединённого фронта за
// демократию против диктатуры»). A head word is a stem and one of
// caseEnds, so «Центрального» or «Советского» is none.
var tailHeads = []string{
	"комитет", "комисси", "совет", "бюро", "отдел", "управлени", "министерств", "ведомств",
	"агентств", "служб", "организаци", "движени", "фронт", "союз", "ассоциаци", "федераци",
	"фонд", "центр", "групп", "сборн", "завод", "театр", "институт", "академи", "палат",
	"инспекци", "департамент", "трибунал",
}

// caseEnds are the case endings a head stem (tailHeads) may take
// (комитет-ов, комисси-ей, организаци-й, министерств-о, сборн-ая).
var caseEnds = map[string]bool{
	"": true, "а": true, "я": true, "у": true, "ю": true, "о": true, "е": true, "и": true, "ы": true,
	"ом": true, "ем": true, "ой": true, "ей": true, "ою": true, "ею": true, "ов": true, "ев": true, "ий": true, "й": true,
	"ам": true, "ям": true, "ами": true, "ями": true, "ах": true, "ях": true,
	"ая": true, "ую": true, "ые": true, "ых": true, "ым": true, "ыми": true,
}

// tailPreps are the prepositions such a tail starts with.
var tailPreps = map[string]bool{"по": true, "при": true, "против": true}

// tailJoins are conjunctions and prepositions, which are in a tail only
// with a word after them («по связям с общественностью»).
var tailJoins = map[string]bool{
	"и": true, "или": true, "а": true, "с": true, "со": true, "за": true, "к": true, "ко": true,
	"о": true, "об": true, "от": true, "до": true, "из": true, "для": true,
}

// poStock are words that open a stock phrase after «по» («по итогам
// года», «по данным полиции», «по словам министра»), which is no part of
// a name: the tail ends before the «по».
var poStock = map[string]bool{
	"итогам": true, "результатам": true, "данным": true, "словам": true, "мнению": true,
	"сообщению": true, "сообщениям": true, "оценкам": true, "оценке": true, "информации": true,
	"причине": true, "поводу": true, "просьбе": true, "случаю": true, "приглашению": true,
	"инициативе": true, "требованию": true, "решению": true, "распоряжению": true,
	"подсчётам": true, "подсчетам": true, "прогнозам": true, "сведениям": true, "версии": true,
	"мере": true, "сути": true, "сравнению": true, "состоянию": true, "окончании": true,
	"завершении": true, "всей": true, "всему": true, "всем": true,
}

// verbEnds are endings of Russian finite verbs and short participles
// (стал, объявлен, заявила, сообщает), which end a tail. An л-ending
// (lEnds) counts only after a vowel (заявила, but торговли, земли), and
// nouns that end as a verb does (граждан, страны, цен) are in notVerbs.
var verbEnds = []string{"л", "ла", "ло", "ли", "лся", "лась", "лось", "лись", "ет", "ют", "ят", "ется", "ются", "ится", "ятся", "ен", "ена", "ено", "ены", "ан", "ана", "ано", "аны"}

var lEnds = map[string]bool{"л": true, "ла": true, "ло": true, "ли": true, "лся": true, "лась": true, "лось": true, "лись": true}

// notVerbs are common nouns of a tail that verbEnds would take for verbs:
// plurals of peoples in -ан (the -ян, -чан, -жан ones are kept apart by
// their ending), and genitives in -аны, -ен(ы), -ет, -ют.
var notVerbs = map[string]bool{
	"граждан": true, "христиан": true, "мусульман": true, "англичан": true,
	"страны": true, "охраны": true, "плана": true, "органа": true, "океана": true, "района": true,
	"цен": true, "цены": true, "перемен": true, "замены": true, "смены": true, "сцены": true,
	"ракет": true, "газет": true, "монет": true, "планет": true, "сигарет": true, "валют": true,
}

// In factRuEval's style (factru) an Org object takes in the prepositional
// phrase after its head noun («Бюро США по патентам и товарным знакам»).
// In its devset (the training part of ner-dev's split), where по, при or
// против follows a head noun of tailHeads (and nothing but capitalised
// words between) ending an Org object or inside one, the phrase is inside
// the object each time; the Org objects left before по/при/против (НАСА,
// «экипаж шаттла», «американского правительства») have no such head. The
// phrase's end is guessed: the rule stops before в/во/на (taking «в»
// before a name in lost «в Женеве»), a capitalised word that is no name
// («при Президенте РФ»), a verb, a person or another organisation. The
// dev figures are in the commit messages (1d6ff0c and after).

// widenTail extends, in the factru style, an ORG name with a head noun
// (tailHeads) followed by nothing but capitalised words over a
// prepositional phrase right after it (tailPreps): its lower-case words
// and the place names in it, up to punctuation, a capitalised word
// outside a name, a person or organisation, "в", "во", "на", a verb-like
// word (verbLike), a stock phrase after «по» (poStock) or seven words; a
// conjunction or preposition (tailJoins) ends it only with a word after.
func (m *Model) widenTail(words, labels []string) {
	if !m.factru() {
		return
	}
	for _, mn := range Mentions(labels) {
		if mn.Type != "ORG" || mn.Last+1 >= len(words) || labels[mn.Last] != "O" || !tailPreps[strings.ToLower(words[mn.Last])] {
			continue
		}
		if !tailHead(words[mn.First:mn.Last]) {
			continue
		}
		end := mn.Last // the tail's words are [mn.Last+1, end)
		for j := mn.Last + 1; j < len(words) && j-mn.Last <= 7; j++ {
			w := words[j]
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsLetter(r) {
				break
			}
			if labels[j] != "O" {
				// a person or another organisation («Союз по борьбе и
				// Союз по защите прав») ends the tail; places are in it
				if t := labels[j][2:]; t == "PER" || t == "ORG" {
					break
				}
				k := j + 1
				for k < len(words) && labels[k] == "I-"+labels[j][2:] {
					k++
				}
				j, end = k-1, k
				continue
			}
			if !unicode.IsLower(r) {
				break
			}
			l := strings.ToLower(w)
			if l == "в" || l == "во" || l == "на" || verbLike(l) || poStock[l] && strings.ToLower(words[j-1]) == "по" {
				break
			}
			if !tailJoins[l] && !tailPreps[l] {
				end = j + 1
			}
		}
		if end == mn.Last {
			continue
		}
		for i := mn.Last; i < end; i++ {
			labels[i] = "I-ORG"
		}
	}
}

// tailHead reports whether a name has a head noun (tailHeads) with only
// capitalised words after it.
func tailHead(ws []string) bool {
	for i := len(ws) - 1; i >= 0; i-- {
		switch {
		case headWord(strings.ToLower(ws[i])):
			return true
		case !isUpperWord(ws[i]):
			return false
		}
	}
	return false
}

// headWord reports whether a lower-case word is a head stem (tailHeads)
// with a case ending (caseEnds).
func headWord(l string) bool {
	for _, h := range tailHeads {
		if strings.HasPrefix(l, h) && caseEnds[l[len(h):]] {
			return true
		}
	}
	return false
}

// verbLike reports whether a lower-case word ends as a Russian verb form
// does (verbEnds): an л-ending only after a vowel, and not a noun of
// notVerbs or a people's plural in -ян, -чан, -жан (россиян, горожан).
func verbLike(l string) bool {
	if notVerbs[l] || strings.HasSuffix(l, "ян") || strings.HasSuffix(l, "чан") || strings.HasSuffix(l, "жан") {
		return false
	}
	for _, e := range verbEnds {
		if !strings.HasSuffix(l, e) {
			continue
		}
		if !lEnds[e] {
			return true
		}
		r, _ := utf8.DecodeLastRuneInString(l[:len(l)-len(e)])
		if strings.ContainsRune("аеёиоуыэюя", r) {
			return true
		}
	}
	return false
}
