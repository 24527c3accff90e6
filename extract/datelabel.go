package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pressclip/pressclip/dump"
)

// pubLabels say that the date after them is the page's publication date,
// updateLabels that it is the day the page last changed, in the languages
// the eval sets hold ("Erschienen am: 01.11.2023", "Aktualisiert am
// 17.01.2021.", "Posted on August 2, 2019", "Stand: 28.04.2020").
var (
	pubLabels = []string{"veröffentlicht", "erschienen", "publiziert", "gepostet", "published", "posted", "publié",
		"publicado", "pubblicato", "opublikowano", "publikováno", "опубліковано", "опубликовано", "gepubliceerd"}
	updateLabels = []string{"zuletzt aktualisiert", "aktualisiert", "letzte aktualisierung", "stand", "last updated", "updated",
		"mis à jour", "actualizado", "aggiornato", "zaktualizowano", "aktualizováno", "оновлено", "обновлено", "bijgewerkt"}
	// labelLinks join a label to its date: "am", "on", "le", "vom" …
	labelLinks = map[string]bool{"am": true, "on": true, "le": true, "el": true, "il": true, "vom": true, "den": true, "at": true, "dnia": true}
)

// labelledDate is the date a labelled line after the headline gives
// (lines from index from on): the publication date when the lines give one
// and only one, else the update date when they give one and only one; ""
// otherwise. A label counts where it opens the line or follows a mark, a
// digit or a dash ("14:49:39 Erschienen am: …", "Dominique — veröffentlicht
// 28.01.2022"), not after a word ("The report was published on …"), and
// only with the date right after it and a joining word at most ("Stand
// 27.01.2022", not "veröffentlicht wurde der Bericht am 3. Mai 2020");
// lines more than half link (teasers) and list items are not read.
// Several different dates (a list of teasers, each with its date) give
// none.
func labelledDate(blocks []block, from int) string {
	for _, labels := range [][]string{pubLabels, updateLabels} {
		found := ""
		for i := max(from, 0); i < len(blocks); i++ {
			b := blocks[i]
			if b.listItem || 2*b.linkLen > len(b.text) || utf8.RuneCountInString(b.text) > 300 {
				continue
			}
			d := labelDateIn(b.text, labels)
			if d == "" {
				continue
			}
			if found != "" && found != d {
				found = "-"
				break
			}
			found = d
		}
		if found != "" && found != "-" {
			return found
		}
	}
	return ""
}

// labelDateIn is the date right after one of labels in t, "" when none.
func labelDateIn(t string, labels []string) string {
	lower := strings.ToLower(t)
	for _, l := range labels {
		for at := 0; at < len(lower); {
			k := strings.Index(lower[at:], l)
			if k < 0 {
				break
			}
			k += at
			at = k + len(l)
			if !labelStarts(lower, k) {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(lower[at:]); unicode.IsLetter(r) {
				continue // "Standort", "postings"
			}
			if d := dateAfterLabel(t[at:]); d != "" {
				return d
			}
		}
	}
	return ""
}

// labelStarts reports whether a label at byte k opens the line or follows a
// mark, a digit or a dash, not a word.
func labelStarts(s string, k int) bool {
	head := strings.TrimRight(s[:k], " \u00a0")
	if head == "" {
		return true
	}
	if len(head) == k {
		return false // the label starts inside a word
	}
	r, _ := utf8.DecodeLastRuneInString(head)
	return unicode.IsDigit(r) || strings.ContainsRune("|•·–—-:,;/*", r)
}

// dateAfterLabel reads the date that opens rest (after at most one joining
// word and a colon, and at most two words, a weekday or a month, before
// its first digit).
func dateAfterLabel(rest string) string {
	rest = strings.TrimLeft(rest, " \u00a0:")
	if w, tail, ok := strings.Cut(rest, " "); ok && labelLinks[strings.ToLower(strings.TrimRight(w, ":"))] {
		rest = strings.TrimLeft(tail, " \u00a0:")
	}
	k := strings.IndexFunc(rest, unicode.IsDigit)
	if k < 0 || len(strings.Fields(rest[:k])) > 2 {
		return ""
	}
	if n := k + 30; len(rest) > n {
		for n > 0 && !utf8.RuneStart(rest[n]) {
			n--
		}
		rest = rest[:n]
	}
	return dump.DateNear([]string{rest}, -1, 0)
}
