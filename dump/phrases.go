package dump

import "strings"

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

// dumpLeadInLower is leadInLower with dumpLeadIns.
func dumpLeadInLower(l string) bool {
	if leadInLower(l) {
		return true
	}
	l = strings.TrimLeft(l, " »>•-–—*")
	for _, p := range dumpLeadIns {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// readAlso reports a "read also" link line, which is never body, however
// it scores: one that opens with a lead-in (dumpLeadInLower), but for
// "Auch auf …", which also opens German sentences ("Auch auf dem
// Linux-Rechner müssen wir …").
func readAlso(l line) bool {
	return l.leadIn && !strings.HasPrefix(strings.ToLower(l.text), "auch auf ")
}

// LeadIn reports a line that starts like a "read also" link (in the
// languages of the eval sets); such lines sit inside article bodies
// without being part of them.
func LeadIn(t string) bool { return leadInLower(strings.ToLower(t)) }

// leadInLower is LeadIn on lower-cased text.
func leadInLower(l string) bool {
	l = strings.TrimLeft(l, " »>•-–—*")
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
