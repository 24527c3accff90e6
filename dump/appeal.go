package dump

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// An appeal asks the reader to fund the site ("We rely on your support to
// make local news available to all", "Ihr Beitrag hilft, unsere
// Berichterstattung noch weiter auszubauen …", "Je fais un don à Attac",
// "Unterstütze RosaMag bereits mit 2,50!", "Thank you for supporting
// Medical News Today"), wherever the site puts it in the text. appealLine
// finds one by an appeal phrase in the first sentence of a line that is
// short or speaks to the reader, does not open with a quotation mark and
// reports nobody's words (a quoted "we will need your support" stays, as
// does a campaign's paragraph that ends by asking for support).

// appealPhrases are the appeal phrases, lower-cased, matched from a
// word's start.
var appealPhrases = []string{"your support", "thank you for supporting", "unterstütze uns", "unterstützen sie uns", "unterstütze unsere", "unterstütze unser",
	"unterstützen sie unsere", "unterstützen sie unser", "ich unterstütze", "jetzt spenden", "spende jetzt", "mit deiner spende", "mit ihrer spende", "mit ihrem beitrag",
	"ihr beitrag hilft", "dein beitrag hilft", "make a donation", "donate today", "donate now", "fais un don", "faites un don", "haz una donación", "haga una donación",
	"periodismo incómodo", "periodismo independiente necesita", "apoya el periodismo", "soutenez-nous", "soutenez notre"}

// supportAsked make "your support" an appeal: the site needs or relies
// on it, works with it or thanks the reader for it ("We rely on your
// support …", "Only with your support can we …", "Thank you for your
// support!"); "why did you withdraw your support for …" asks nothing of
// the reader.
var supportAsked = []string{"need your support", "needs your support", "rely on your support", "relies on your support", "depend on your support",
	"depends on your support", "with your support", "thank you for your support", "thanks for your support"}

// appealShort is how many words a line may have to be an appeal without
// speaking to the reader.
const appealShort = 15

// appealMaxWords bounds an appeal line.
const appealMaxWords = 60

// appealLine reports an appeal line; low is its text lower-cased.
func appealLine(l line, low string) bool {
	if l.words == 0 || l.words > appealMaxWords {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l.text)
	if strings.ContainsRune("\"'„“”«»‚‘’", r) {
		return false // a quotation
	}
	first := low // the appeal opens the line: its first sentence
	k := strings.IndexAny(low, ".!?")
	if k >= 0 {
		first = low[:k]
	}
	if k >= 0 && low[k] == '?' || strings.HasSuffix(strings.TrimRightFunc(low, unicode.IsSpace), "?") {
		return false // a question ("Mayor, why did you withdraw your support …?")
	}
	found, opens := false, false
	start := strings.TrimLeftFunc(low, notLetter)
	for _, p := range appealPhrases {
		if hasPhrase(first, p) && (p != "your support" || containsAny(first, supportAsked)) {
			found = true
			opens = opens || strings.HasPrefix(start, p)
		}
	}
	if !found || reportsSpeech(low) {
		return false
	}
	// "Unterstütze RosaMag …", "Ihr Beitrag hilft, …": the appeal opens the line
	return l.words <= appealShort || addressesReader(l.text) || opens || strings.HasPrefix(start, "unterstütze ")
}

// reportsSpeech reports a lower-cased line holding a reporting verb
// (reportingWords).
func reportsSpeech(low string) bool {
	for _, w := range strings.FieldsFunc(low, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if reportingWords[w] {
			return true
		}
	}
	return false
}
