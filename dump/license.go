package dump

// A licence notice states the terms the page's text or photos are
// published under ("Unless otherwise stated, the content of this page is
// licensed under Creative Commons Attribution-ShareAlike 3.0 License",
// "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE.",
// "Boing Boing is published under a Creative Commons license except where
// otherwise noted."): the publisher's footer, not the article.
// licenseLine finds one by a publishing cue and a Creative Commons mark
// in at most licenseMaxWords words; a sentence about the licences
// ("Creative Commons Lizenzen unterstützen eine Kultur des Teilens") has
// no publishing cue, and one reporting somebody's words ("… will be
// published under a Creative Commons licence, the mayor said") is news.

var (
	licenseCues = []string{"licensed under", "published under", "is licensed", "are licensed", "unter der lizenz", "unter einer creative", "unter der creative",
		"lizenziert", "sous licence", "sous la licence", "bajo licencia", "bajo una licencia", "bajo la licencia", "except where otherwise noted", "unless otherwise stated",
		"unless otherwise noted", "except as otherwise noted"}
	licenseMarks = []string{"creative commons", "creative-commons", "cc-by", "cc by", "cc0", "cc-0"}
)

const licenseMaxWords = 50

// licenseLine reports a licence notice; low is its text lower-cased.
func licenseLine(l line, low string) bool {
	if l.words == 0 || l.words > licenseMaxWords {
		return false
	}
	if !containsAny(low, licenseCues) || reportsSpeech(low) {
		return false // "… will be published under a Creative Commons licence, the mayor said."
	}
	for _, m := range licenseMarks {
		if hasPhrase(low, m) { // from a word's start: "cc by", not "icc by"
			return true
		}
	}
	return false
}
