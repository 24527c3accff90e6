package dump

import (
	"strings"
	"unicode"
)

// readerWords address the reader.
var readerWords = map[string]bool{"you": true, "your": true, "sie": true, "ihr": true, "ihre": true, "ihnen": true, "du": true, "dein": true,
	"deine": true, "dich": true, "dir": true, "vous": true, "votre": true, "vos": true, "tu": true, "usted": true, "tus": true}

// ctaWords are what a closing call to action asks the reader to do
// (substrings); ctaWholeWords the same as whole words.
var ctaWords = []string{"postfach", "e-paper", "subscri", "support us", "support our", "supporting the", "supporting our", "unterstütze uns", "unterstützen sie uns", "unterstütze unser", "unterstützen sie unser", "síguenos", "siguenos",
	"share", "registrier", "sign up", "newsletter", "spende", "donat", "bestell", "letter to the editor", "leserbrief"}

var ctaWholeWords = map[string]bool{"app": true, "abo": true, "shop": true, "teile": true, "teilen": true, "folge": true, "follow": true}

// ctaLine reports a line that asks the reader to subscribe, follow, share,
// donate or order: a word addressing the reader and a call-to-action word
// (whole words split at spaces and punctuation but not at hyphens, so
// that "Web-App" is no "app"), in under 40 words.
func ctaLine(l line) bool {
	if l.words >= 40 {
		return false
	}
	low := strings.ToLower(l.text)
	reader, whole := false, false
	for _, w := range strings.FieldsFunc(low, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		reader = reader || readerWords[w]
		whole = whole || ctaWholeWords[w]
	}
	if !reader {
		return false
	}
	if whole {
		return true
	}
	for _, c := range ctaWords {
		if strings.Contains(low, c) {
			return true
		}
	}
	return false
}
