package ner

// datelinePlace labels, for the en model, the place that opens a news-wire
// dateline LOC: a sentence of at most eight words that ends with an ISO
// date, opened by a run of all-capitals words that ends at a comma and a capitalised word
// ("LA CORUNA , Spain 1996-08-31") or at the date ("THE HAGUE
// 1996-08-30"). In CoNLL-2003 train and testa 1,106 of 1,137 such
// datelines open with a LOC; the first pass, led by a sports topic
// (Config.DocTopic), takes a town named like a club for an ORG
// ("HERZLIYA , Israel"), or leaves out "THE". Without a comma an
// organisation of two or more words may stand for the place ("UNITED
// NATIONS 1996-08-28", ORG in all 4 of its training datelines): a run the
// model labels ORG whole keeps its label there.
func (m *Model) datelinePlace(words, labels []string) {
	if m.Lang != "en" {
		return
	}
	n := len(words)
	if n < 2 || n > 8 || !isoDate(words[n-1]) {
		return
	}
	k := 0
	for k < n-1 && allCaps(words[k]) {
		k++
	}
	comma := words[k] == ","
	if k == 0 || (k != n-1 && !comma) || (comma && (k+1 >= n-1 || !isCap(words[k+1]))) {
		return
	}
	if !comma && k >= 2 && wholeSpan(labels, 0, k, "ORG") {
		return
	}
	if k < n && labels[k] != "O" && labels[k][0] == 'I' {
		return // a name running past the run: leave it
	}
	labels[0] = "B-LOC"
	for i := 1; i < k; i++ {
		labels[i] = "I-LOC"
	}
}

// wholeSpan reports whether labels[first:last] is exactly one mention of
// type typ.
func wholeSpan(labels []string, first, last int, typ string) bool {
	for _, mn := range Mentions(labels) {
		if mn.First == first && mn.Last == last && mn.Type == typ {
			return true
		}
	}
	return false
}

// isoDate reports whether w is a date written YYYY-MM-DD.
func isoDate(w string) bool {
	if len(w) != 10 || w[4] != '-' || w[7] != '-' {
		return false
	}
	for i := 0; i < 10; i++ {
		if i != 4 && i != 7 && (w[i] < '0' || w[i] > '9') {
			return false
		}
	}
	return true
}
