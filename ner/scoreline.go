package ner

import (
	"strings"
	"unicode"
)

// scoreLineTeams labels, for the en model, the two names of a results
// line ORG: a sentence that opens with a name, a score, a second name and
// a score ("Saracens 25 Leicester 23", "Japan 2 Syria 1 ( halftime 1-0
// )"). In CoNLL-2003 train and testa 587 of 600 such lines have two ORG
// names (the teams, city-named or not); the first pass reads a town's
// name as a place there. A name is one to four capitalised words without
// digits, not a month ("July 96 June 96" is a table of dates); a score
// is one to three digits. A line with a name the model labels PER whole
// is left alone ("Clinton 54 Dole 41", a poll; "Sampras 3 Agassi 1"):
// one of the 600 lines has a PER name, none two. The line ends after the
// second score, or goes on with a parenthetical ("( halftime 1-0 )", "(
// Klinsmann 15th , Zieger 24th and" where the line breaks) or with more
// names and scores (tableLike); a sentence that goes on in words ("Boeing
// 737 MAX 8 jets were grounded worldwide .", "Terminal 2 Gate 14 was
// evacuated on Monday .") is no results line.
func (m *Model) scoreLineTeams(words, labels []string) {
	if m.Lang != "en" {
		return
	}
	i := teamRun(words, 0)
	if i == 0 || i >= len(words) || !score(words[i]) {
		return
	}
	j := i + 1
	k := teamRun(words, j)
	if k == j || k >= len(words) || !score(words[k]) {
		return
	}
	if !resultsTail(words, k+1) && !tableLike(words) {
		return // a sentence goes on: "Boeing 737 MAX 8 jets were grounded"
	}
	if wholeSpan(labels, 0, i, "PER") || wholeSpan(labels, j, k, "PER") {
		return // a poll, or a match between two people
	}
	for _, r := range [][2]int{{0, i}, {j, k}} {
		labels[r[0]] = "B-ORG"
		for x := r[0] + 1; x < r[1]; x++ {
			labels[x] = "I-ORG"
		}
	}
}

// resultsTail reports whether words[from:] may close a results line:
// nothing, a full stop, or a parenthetical (unclosed where the line breaks,
// else followed by a full stop at most).
func resultsTail(words []string, from int) bool {
	t := words[from:]
	if len(t) > 0 && t[0] == "(" {
		for i, w := range t {
			if w == ")" {
				t = t[i+1:]
				break
			}
			if i == len(t)-1 {
				return true // unclosed: the line breaks inside it
			}
		}
	}
	return len(t) == 0 || len(t) == 1 && t[0] == "."
}

// teamRun returns the end of the run of at most four capitalised words
// without digits that starts at words[from] (from when there is none, or
// when one of them is a month).
func teamRun(words []string, from int) int {
	k := from
	for k < len(words) && k-from < 4 && isCap(words[k]) && strings.IndexFunc(words[k], unicode.IsDigit) < 0 {
		w := strings.ToLower(strings.TrimSuffix(words[k], "."))
		if months[w] || w == "march" || w == "may" {
			return from
		}
		k++
	}
	return k
}

// score reports whether w is one to three digits.
func score(w string) bool { return fewDigits(w, 3) }

// fewDigits reports whether w is one to n ASCII digits.
func fewDigits(w string, n int) bool {
	if len(w) == 0 || len(w) > n {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}
