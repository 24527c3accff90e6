package dump

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// leadIns start "read also" links inside article bodies.
var leadIns = []string{
	"read more", "read also", "see also", "also read", "related:", "related content", "related articles", "more on this",
	"lea también", "lea más", "lea:", "lee también", "mire:", "mira:", "ver también", "ver más:", "vea también", "le puede interesar", "te puede interesar", "contenido relacionado",
	"lesen sie auch", "auch auf ", "*werbung", "werbung:", "anzeige:", "vorschau auf den nächsten", "lesen sie mehr", "mehr zum thema", "auch interessant", "schon gelesen", "weiterlesen", "das könnte sie auch interessieren",
	"lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "lire la suite", "pour lire la suite",
	"leggi anche", "czytaj także", "czytaj też", "zobacz też", "zobacz także", "przeczytaj także",
	"читайте также", "читайте також", "дивіться також", "смотрите также", "по теме:", "по темі:",
}

// dumpLeadIns are more "read also" lead-ins that package dump takes (the
// HTML extractor's LeadIn does not, so that its rows stay as measured).
var dumpLeadIns = []string{"mirá también", "mira también", "informate más", "infórmate más", "puedes ver", "saiba mais", "veja também", "leia também",
	"sehen sie auch"}

// dumpLeadInLower is leadInLower with dumpLeadIns, which match only as
// whole words ("Puedes verlo en el gráfico: …" opens a sentence).
func dumpLeadInLower(l string) bool {
	if leadInLower(l) {
		return true
	}
	l = strings.TrimLeft(l, leadInTrim)
	for _, p := range dumpLeadIns {
		if strings.HasPrefix(l, p) && wordEnds(l[len(p):]) {
			return true
		}
	}
	return false
}

// leadInTrim is what may stand before a lead-in.
const leadInTrim = " »>•-–—*"

// wordEnds reports whether rest, the text after a matched prefix, starts
// after a word's end: empty or opening with no letter or digit.
func wordEnds(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// readAlso reports a "read also" link line, which is never body, however
// it scores: one that opens with a lead-in (leadIns, dumpLeadIns) as a
// whole word, followed by a colon, a link mark or a title ("PUEDES VER:
// ¿Qué es la Sunedu …?", "À lire aussi » Ballonnements …", "Read more
// Ballonnements et lourdeurs …") or by nothing ("Mirá también"). A
// sentence may open with the same words ("More on this later, but first
// the council …"; "Auch auf dem Linux-Rechner müssen wir …"): such a line
// is only scored down.
// low is the line's text lower-cased.
func readAlso(l line, low string) bool {
	if !l.leadIn {
		return false
	}
	t := strings.TrimLeft(l.text, leadInTrim)
	low = strings.TrimLeft(low, leadInTrim)
	if strings.HasPrefix(low, "auch auf ") {
		return false
	}
	for _, list := range [2][]string{leadIns, dumpLeadIns} {
		for _, p := range list {
			if !strings.HasPrefix(low, p) {
				continue
			}
			rest := t
			for n := utf8.RuneCountInString(p); n > 0 && rest != ""; n-- {
				_, k := utf8.DecodeRuneInString(rest)
				rest = rest[k:]
			}
			if strings.HasSuffix(p, ":") || wordEnds(rest) && linkRest(rest) {
				// a bare lead-in is a link; after a colon or a capital the
				// line must be short or end as no sentence does (link
				// titles end in '?', '!' or nothing): "Puedes ver Netflix
				// en el televisor …, explicó el técnico." and "Auch
				// interessant: Der Bürgermeister selbst stimmte …" are
				// sentences
				return strings.TrimSpace(rest) == "" || l.words <= readAlsoTitleWords || !endsWithPeriod(t)
			}
		}
	}
	return false
}

// readAlsoTitleWords is how many words a lead-in line followed by a
// colon or a title may have and still be a link when it ends with '.'.
const readAlsoTitleWords = 14

// endsWithPeriod reports a line ending with '.' (not an ellipsis "...").
func endsWithPeriod(t string) bool {
	t = strings.TrimRightFunc(t, unicode.IsSpace)
	return strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "..")
}

// linkRest reports the rest of a line after its lead-in that makes it a
// link: nothing, a colon or link mark, or a title (its first letter a
// capital, after any opening punctuation: "¿Qué …", "« Le …").
func linkRest(rest string) bool {
	rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
	if rest == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if strings.ContainsRune(":»>|→-–—", r) {
		return true
	}
	for _, r := range rest {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.IsUpper(r) || unicode.IsDigit(r)
		}
	}
	return false
}

// LeadIn reports a line that starts like a "read also" link (in the
// languages of the eval sets); such lines sit inside article bodies
// without being part of them.
func LeadIn(t string) bool { return leadInLower(strings.ToLower(t)) }

// leadInLower is LeadIn on lower-cased text.
func leadInLower(l string) bool {
	l = strings.TrimLeft(l, leadInTrim)
	for _, p := range leadIns {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// boilerPhrases mark subscription prompts, newsletters, copyright and
// comment-policy notices.
var boilerPhrases = []string{
	"all rights reserved", "alle rechte vorbehalten", "todos los derechos reservados", "tous droits réservés", "все права защищены", "усі права захищені", "wszelkie prawa zastrzeżone",
	"subscribe to", "subscribe now", "sign up for", "sign up to", "newsletter", "abonnieren", "suscríbete", "подписывайтесь", "підписуйтесь", "abonnez-vous",
	"follow us on", "folgen sie uns", "síguenos", "share this", "teilen sie", "copyrighted property", "written permission",
	"comments are moderated", "log in for", "already a subscriber", "download the", "our telegram", "canal de telegram", "youtube channel", "canal de youtube",
	"cookie", "©",
}

// BoilerPhrase reports a subscription prompt, newsletter, copyright or
// comment-policy notice.
func BoilerPhrase(t string) bool { return boilerLower(strings.ToLower(t)) }

// boilerLower is BoilerPhrase on lower-cased text.
func boilerLower(l string) bool {
	for _, p := range boilerPhrases {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}
