package dump

import "strings"

// consentTopic are the words of cookie, privacy and consent notices.
var consentTopic = []string{"cookie", "datenschutz", "privatsphäre", "privacy", "consent", "einwillig", "einverständnis", "recaptcha",
	"données personnelles", "datos personales", "dati personali", "персональн"}

// consentCues mark a notice addressed to the reader about the site itself:
// it asks for consent or tells the reader what to click. A phrase naming
// the site (consentSite) is a cue too.
var consentCues = []string{"accept all", "accept cookies", "i accept", "please accept", "by accepting", "akzeptier", "ich stimme", "stimme zu", "stimmen sie", "stimmst du", "einverstanden", "willige", "widerruf",
	"wir verwenden", "we use", "nous utilisons", "utilizamos", "klicken sie", "click", "cliquant", "your browser", "ihrem browser",
	"meiner daten", "ohne dein", "ohne ihr"}

// consentSite are phrases naming the site itself, which address the
// reader as much as "you" does in a notice.
var consentSite = []string{"this site", "this website", "our site", "our website", "diese website", "dieser website", "diese seite", "dieser seite",
	"unsere website", "unserer website", "unsere webseite", "unserer webseite", "ce site", "este sitio", "questo sito"}

// containsAny reports whether l holds any of the phrases.
func containsAny(l string, phrases []string) bool {
	for _, p := range phrases {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}

// externalContent reports a lower-cased line that is only an embed
// placeholder's label.
func externalContent(l string) bool {
	return l == "externer inhalt" || l == "external content" || l == "contenu externe"
}

// consentLine reports a line t that is a cookie, privacy or consent
// notice to the reader ("Please accept YouTube cookies to play this
// video", "Wir respektieren deine Privatsphäre und stellen deshalb ohne
// dein Einverständnis keine Verbindung zu Twitter her"), or an embed
// placeholder asking the reader to load outside content ("Klicken Sie auf
// den unteren Button, um den Inhalt von … zu laden"). Beside a topic word
// and a cue, a notice addresses the reader or names the site, and reports
// nobody's words: "The minister said the government would not accept
// weaker privacy rules" is article text.
func consentLine(t string) bool {
	l := strings.ToLower(t)
	if !consentLower(l) {
		return false
	}
	if addressesReader(t) {
		return true
	}
	for _, w := range words(l) {
		if reportingWords[w] {
			return false
		}
	}
	return containsAny(l, consentSite) || externalContent(l)
}

// consentLower reports a lower-cased line that holds a notice's topic and
// cue words (consentLine asks the rest).
func consentLower(l string) bool {
	if externalContent(l) {
		return true
	}
	if strings.Contains(l, "inhalt") && strings.Contains(l, "laden") && (strings.Contains(l, "klick") || strings.Contains(l, "button")) ||
		strings.Contains(l, "content") && strings.Contains(l, "load") && (strings.Contains(l, "click") || strings.Contains(l, "button")) {
		return true
	}
	return consentTopical(l) && (containsAny(l, consentCues) || containsAny(l, consentSite))
}

// consentTopical reports a lower-cased line that speaks of cookies,
// privacy or consent.
func consentTopical(l string) bool { return containsAny(l, consentTopic) }

// consentTopicMin is how many different body-like lines of the run must
// speak of cookies, privacy or consent (notices among them) for the
// notices to stay: then privacy is the article's topic (a privacy policy,
// a report on tracking), not a notice set inside it once or repeated
// under each embed.
const consentTopicMin = 3

// consentNotices marks the consent notices in lines lo..hi to drop from
// the body, unless privacy is the run's topic (consentTopicMin).
func consentNotices(ls []line, lo, hi int) []bool {
	var notice []bool
	topical := map[string]bool{}
	for i := max(lo, 0); i <= hi && i < len(ls); i++ {
		l := strings.ToLower(ls[i].text)
		if ls[i].keep > 0 && consentTopical(l) {
			topical[l] = true
		}
		if ls[i].words < 60 && consentLine(ls[i].text) {
			if notice == nil {
				notice = make([]bool, len(ls))
			}
			notice[i] = true
		}
	}
	if len(topical) >= consentTopicMin {
		return nil
	}
	return notice
}
