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
// model labels ORG whole keeps its label there. A news agency's name
// alone ("REUTERS 2024-01-05", "ITAR-TASS 1996-08-30") is no place and
// keeps the model's label: no CoNLL-2003 train or testa dateline opens
// with one, and the model's ORG for a one-word run is no guide (it names
// towns like clubs, "CINCINNATI 1996-08-31", 790 of the 794 one-word
// runs there are gold LOC).
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
	if k == 1 && wireAgencies[words[0]] {
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

// wireAgencies are news agencies that sign a wire story in capitals.
var wireAgencies = map[string]bool{
	"REUTERS": true, "AP": true, "AFP": true, "DPA": true, "UPI": true,
	"XINHUA": true, "ITAR-TASS": true, "TASS": true, "INTERFAX": true,
	"RIA": true, "ANSA": true, "EFE": true, "KYODO": true, "YONHAP": true,
	"BERNAMA": true, "ANP": true, "APA": true, "SDA": true, "PAP": true,
	"CTK": true, "MTI": true, "BELGA": true, "AAP": true, "PTI": true,
	"IANS": true, "UNIAN": true, "UKRINFORM": true, "ANADOLU": true,
	"BLOOMBERG": true, "KNA": true, "EPD": true, "APA-OTS": true,
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
