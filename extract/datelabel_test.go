package extract

import "testing"

// TestLabelledDate: a labelled date line after the headline gives the date
// (publication labels before update labels); a label inside a sentence, a
// label far from its date, teasers and several different dates give none.
func TestLabelledDate(t *testing.T) {
	p := func(text string) block { return block{text: text, tag: 0} }
	tests := []struct {
		name   string
		blocks []block
		want   string
	}{
		{"update label closing the article", []block{p("Heliumkerne"), p("Text of the article runs on here."), p("Aktualisiert am 17.01.2021.")}, "2021-01-17"},
		{"publication label after an update label", []block{p("Title"), p("Letzte Änderung: 31.10.2023 - 14:49:39 Erschienen am: 01.11.2023 Lesungen: 61 © bei der Autorin")}, "2023-11-01"},
		{"English posted-on line", []block{p("Title"), p("Posted on August 2, 2019 Author Daniel Lemire Categories")}, "2019-08-02"},
		{"after a dash", []block{p("Title"), p("erstellt von Dominique — veröffentlicht 28.01.2022 06:00")}, "2022-01-28"},
		{"publication beats update", []block{p("Title"), p("Stand: 20.02.2020"), p("Veröffentlicht am 3. Februar 2020")}, "2020-02-03"},
		{"French label with its link word", []block{p("Titre"), p("Publié le 12 mars 2021")}, "2021-03-12"},
		{"a sentence: the label follows a word", []block{p("Title"), p("The report was published on March 3, 2020, and was read widely.")}, ""},
		{"a wiki footer after a word", []block{p("Title"), p("This page was last modified on 4 November 2020, at 19:23.")}, ""},
		{"the label's date is not right after it", []block{p("Title"), p("Veröffentlicht wurde der Bericht am 3. Mai 2020 in Berlin.")}, ""},
		{"a label in brackets inside a sentence", []block{p("Title"), p("Die Angaben basieren auf dem Artikel (Stand vom 15.11.2008) aus der Wikipedia.")}, ""},
		{"a word that starts like a label", []block{p("Title"), p("Standort 12.03.2020 Halle 4")}, ""},
		{"teasers with different dates", []block{p("Title"), p("Veröffentlicht am 3. Mai 2020"), p("Veröffentlicht am 9. Mai 2020")}, ""},
		{"a list item is a teaser", []block{p("Title"), {text: "Published: 3 May 2020", listItem: true}}, ""},
		{"a linked line is a teaser", []block{p("Title"), {text: "Published: 3 May 2020", linkLen: 20}}, ""},
		{"before the headline is not read", []block{p("Published: 3 May 2020"), p("Title")}, ""},
	}
	for _, tt := range tests {
		from := 0
		if tt.name == "before the headline is not read" {
			from = 1
		}
		if got := labelledDate(tt.blocks, from); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}
