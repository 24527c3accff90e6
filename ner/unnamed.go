package ner

import "unicode"

// Unnamed objects: factRuEval scores named objects only. Its unnamed
// objects («правительство», «компании») are left out of scoring, and the
// model learns them all the same (training on them scored better, see
// Recipe.data), so in factRuEval's style an output name that has no
// capital letter and no Latin letter cannot be a named object of that
// corpus except rarely: of factRuEval devset's 2,495 named objects 20 are
// all lower-case, of its 115 unnamed ones 98. The factru style therefore
// leaves such names out (dropUnnamed). ner-dev, seed 1: factRuEval dev
// (text, unnamed ignored) F1 0.8541 -> 0.8602 (ORG 0.7517 -> 0.7682); with
// Config.Lower 0.8618 -> 0.8659. Other styles (NEREL, slavic-ner, ner-uk)
// name lower-case organisations and demonyms and keep them.

// factruStyle is factRuEval's annotation style, the one whose decoding
// rules differ from the others': all-lower-case names are dropped
// (dropUnnamed), and street, place-kind and organisation nouns join the
// names beside them (widenStreet, widenPlace, widenQuoted).
var factruStyle = styleHash("factru")

// factru reports whether m decodes in factRuEval's style.
func (m *Model) factru() bool { return m.style != 0 && m.style == factruStyle }

// dropUnnamed clears, in the factru style, each name of a sentence's BIO
// labels whose words have no upper-case and no ASCII letter.
func (m *Model) dropUnnamed(words, labels []string) {
	if !m.factru() {
		return
	}
	for _, mn := range Mentions(labels) {
		if !lowerOnly(words[mn.First:mn.Last]) {
			continue
		}
		for i := mn.First; i < mn.Last; i++ {
			labels[i] = "O"
		}
	}
}

// lowerOnly reports whether no word has an upper-case or an ASCII letter.
func lowerOnly(ws []string) bool {
	for _, w := range ws {
		for _, r := range w {
			if unicode.IsUpper(r) || (r < 128 && unicode.IsLetter(r)) {
				return false
			}
		}
	}
	return true
}
