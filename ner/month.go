package ner

import "strings"

// English organisation and place names do not start with a month: in
// "the September Treasury bond", "Sept Brent" or "the August National
// Association of Purchasing Management" the month dates the name. Of
// CoNLL-2003 eng.train's 23,499 gold names no ORG or LOC name starts with
// one (9 PER names do: "April", "June" are first names), so the en model
// drops a month word that opens an ORG or LOC name of two or more words
// (trimMonth). Nor does any ORG or LOC name of two or more words end
// with one (4 names do, 2 PER, 2 MISC): before a day number ("Allensbach
// June 12 37.4 32.8", a poll table) the month, March and May too, dates
// the figures after it, and trimMonth drops it from the name's end.

// months are English month names and their abbreviations, lowercased;
// not March and May, which also open organisation names (March of Dimes,
// May Department Stores).
var months = map[string]bool{
	"january": true, "february": true, "april": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// trimMonth drops, for the en model, the month word that opens an ORG or
// LOC name of two or more words, and the one that ends such a name before
// a day number (BIO labels, in place). An upper-case
// word of up to four letters is taken for an acronym (DEC) and kept.
func (m *Model) trimMonth(words, labels []string) {
	if m.Lang != "en" {
		return
	}
	for _, mn := range Mentions(labels) {
		w := strings.TrimSuffix(words[mn.First], ".")
		if mn.Type == "PER" || mn.Last-mn.First < 2 || !months[strings.ToLower(w)] {
			continue
		}
		if len(w) <= 4 && w == strings.ToUpper(w) {
			continue // an acronym (DEC), not a month
		}
		k := mn.First + 1
		if words[k] == "." && k+1 < mn.Last {
			k++ // "Sept . Brent"
		}
		for i := mn.First; i < k; i++ {
			labels[i] = "O"
		}
		labels[k] = "B-" + mn.Type
	}
	for _, mn := range Mentions(labels) {
		if mn.Type == "PER" || mn.Last-mn.First < 2 || mn.Last >= len(words) || !dayNumber(words[mn.Last]) {
			continue
		}
		w := strings.TrimSuffix(words[mn.Last-1], ".")
		if l := strings.ToLower(w); !months[l] && l != "march" && l != "may" {
			continue
		}
		if len(w) <= 4 && w == strings.ToUpper(w) {
			continue // an acronym (DEC), not a month
		}
		labels[mn.Last-1] = "O"
	}
}

// dayNumber reports whether w is a day of the month written in one or
// two digits.
func dayNumber(w string) bool { return fewDigits(w, 2) && w != "0" && w != "00" }
