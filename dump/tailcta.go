package dump

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// readerWords address the reader in any case ("You", "Dein"); the polite
// German Sie, Ihr, Ihre, Ihnen … only capitalised and not opening a
// sentence (politeWords), since sie, ihr and ihre are also she, they and
// her.
var readerWords = map[string]bool{"you": true, "your": true, "du": true, "dein": true, "deine": true, "dich": true, "dir": true,
	"vous": true, "votre": true, "vos": true, "tu": true, "usted": true, "tus": true}

var politeWords = map[string]bool{"Sie": true, "Ihr": true, "Ihre": true, "Ihren": true, "Ihrem": true, "Ihrer": true, "Ihnen": true}

// ctaPhrases are what a closing call to action asks the reader to do,
// as phrases (lower-cased, matched from a word's start): "share this",
// not "shares"; "jetzt spenden", not "Spenden".
var ctaPhrases = []string{"postfach", "e-paper", "subscribe", "subscription", "abonnier", "abonnement",
	"support us", "support our", "supporting the", "supporting our", "unterstütze uns", "unterstützen sie uns", "unterstütze unser", "unterstützen sie unser",
	"síguenos", "siguenos", "follow us", "folge uns", "folgt uns", "folgen sie uns", "share this", "share the", "teilen sie", "teile diesen", "teile den",
	"sign up", "newsletter", "donate", "make a donation", "jetzt spenden", "spenden sie", "spende jetzt", "register now", "jetzt registrieren", "registrieren sie sich",
	"jetzt bestellen", "bestellen sie", "bestelle jetzt", "letter to the editor", "leserbrief", "get the app", "download the app", "our app", "unsere app", "our shop", "unseren shop", "zum shop"}

// ctaWholeWords are calls to action as whole words.
var ctaWholeWords = map[string]bool{"app": true, "abo": true}

// reportingWords mark a line that reports what someone said: article
// text, never a call to action or a notice however it addresses "you".
var reportingWords = map[string]bool{"said": true, "says": true, "told": true, "according": true, "sagte": true, "sagt": true, "sagten": true,
	"erklärte": true, "betonte": true, "berichtete": true, "dit": true, "déclaré": true, "selon": true, "dijo": true, "afirmó": true, "según": true,
	"сказал": true, "заявил": true, "сказав": true, "заявив": true}

// ctaMaxCut is how many closing lines the call-to-action rule cuts at most.
const ctaMaxCut = 2

// words splits t into words at spaces and punctuation but not at hyphens
// (so that "Web-App" is no "app").
func words(t string) []string {
	return strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
}

// addressesReader reports a line that speaks to the reader (you, du,
// vous, or the polite Sie/Ihr not opening a sentence) and reports nobody's
// words (reportingWords).
func addressesReader(t string) bool {
	reader := false
	prev := rune('.') // the line starts a sentence
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRuneInString(t[i:])
		if !unicode.IsLetter(r) {
			if !unicode.IsSpace(r) {
				prev = r
			}
			i += n
			continue
		}
		j := i
		for j < len(t) {
			r2, n2 := utf8.DecodeRuneInString(t[j:])
			if !unicode.IsLetter(r2) && r2 != '-' {
				break
			}
			j += n2
		}
		w := t[i:j]
		low := strings.ToLower(w)
		if reportingWords[low] {
			return false
		}
		initial := prev == '.' || prev == '!' || prev == '?' || prev == ':' || prev == '"' || prev == '„' || prev == '“' || prev == '«' || prev == '»'
		if readerWords[low] || politeWords[w] && !initial {
			reader = true
		}
		prev = 'a'
		i = j
	}
	return reader
}

// hasPhrase reports a phrase in lower-cased l starting at a word's start.
func hasPhrase(l, p string) bool {
	for off := 0; ; {
		k := strings.Index(l[off:], p)
		if k < 0 {
			return false
		}
		k += off
		if k == 0 {
			return true
		}
		r, _ := utf8.DecodeLastRuneInString(l[:k])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return true
		}
		off = k + 1
	}
}

// ctaLine reports a line that asks the reader to subscribe, follow, share,
// donate or order: it addresses the reader (addressesReader, so no line
// reporting what someone said) and holds a call-to-action phrase or
// whole word, in under 40 words.
func ctaLine(l line) bool {
	if l.words >= 40 || !addressesReader(l.text) {
		return false
	}
	low := strings.ToLower(l.text)
	for _, w := range words(low) {
		if ctaWholeWords[w] {
			return true
		}
	}
	for _, c := range ctaPhrases {
		if hasPhrase(low, c) {
			return true
		}
	}
	return false
}
