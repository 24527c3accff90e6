package dump

import "strings"

// A disclosure tells the reader that the page earns from its links or
// carries advertising ("This post may contain affiliate links …", "Die
// mit Sternchen (*) gekennzeichneten Links sind sogenannte
// Affiliate-Links …", "We may receive compensation when you click …",
// "*Werbung. Dieser Beitrag enthält Werbung für …", "Anzeige") or that the
// opinions are the author's alone ("Les opinions exprimées dans les blogs
// … n'engagent que leurs auteurs"): the publisher's notice, not the
// article. disclosureLine finds one by a cue in its first sentence.

// disclosureCues mark a disclosure anywhere in the first sentence
// (lower-cased).
var disclosureCues = []string{"affiliate link", "affiliate-link", "affiliatelink", "provisionslink", "partnerlink", "may receive a commission",
	"may receive a small commission", "may earn a commission", "may earn a small commission", "we earn a commission", "advertising disclosure",
	"from one or more of our advertisers", "enthält werbung", "enthält affiliate", "unbezahlte werbung", "unbeauftragte werbung",
	"opinions expressed here are", "opinions expressed are", "n'engagent que", "n’engagent que"}

// disclosureProgram names an affiliate programme; a sentence naming
// one is a disclosure only when the site takes part ("We are a
// participant in the Amazon Services LLC Associates Program …", "Wir
// sind Teilnehmer des Amazon Partnerprogramms …"), not news about the
// programme ("Amazon said it would cut the rates it pays sites in its
// Associates Program …", "Amazon kürzt die Provisionen für Teilnehmer
// seines Partnerprogramms …"). "a participant in" is how a site names
// itself ("Example.com is a participant in …"); the German noun needs a
// first-person subject. A sentence naming affiliate links is a
// disclosure by disclosureCues already.
var (
	disclosureProgram = []string{"affiliate program", "affiliate advertising", "associates program", "partnerprogramm"}
	disclosureMember  = []string{"a participant in", "participants in", "wir sind teilnehmer", "ich bin teilnehmer", "sind wir teilnehmer", "bin ich teilnehmer"}
)

// disclosureCompensation is a disclosure only after a first-person
// subject ("We may receive compensation when you click …"; "Residents
// … may receive compensation of up to 10,000 euros" is news).
var disclosureCompensation = []string{"we may receive compensation", "i may receive compensation"}

// disclosureReflect ("… do not necessarily reflect …") is an opinion
// disclaimer only about the views or opinions expressed ("The views
// expressed in this column … do not necessarily reflect …"; "The poll
// results do not necessarily reflect the views of all residents" is
// news).
var (
	disclosureReflect   = []string{"do not necessarily reflect", "does not necessarily reflect"}
	disclosureExpressed = []string{"views expressed", "opinions expressed", "views and opinions expressed"}
)

// disclosureLeads label a disclosure line of at most disclosureLeadWords
// words: alone ("Anzeige", "Advertisement:"), with a bracketed tag
// ("Anzeige [ac]") or with "für/for/pour" ("WERBUNG für Plantur
// Farbshampoo"); "Anzeige gegen Unbekannt" is a police report's subhead.
var disclosureLeads = []string{"anzeige", "werbung", "*werbung", "publicidad", "publicité", "advertisement", "sponsored", "gesponsert", "reklama", "реклама"}

const (
	disclosureLeadWords = 6
	disclosureForWords  = 3
	disclosureMaxWords  = 80
)

// disclosureLine reports a disclosure line; low is its text lower-cased.
func disclosureLine(l line, low string) bool {
	if l.words == 0 || l.words > disclosureMaxWords {
		return false
	}
	if l.words <= disclosureLeadWords && leadLabel(l.text, low) {
		return true
	}
	first := low // up to the first full stop before a space
	if j := dotSpace(low); j >= 0 {
		first = low[:j]
	}
	for _, p := range disclosureLeads {
		if strings.TrimLeft(first, "*([ ") == strings.TrimLeft(p, "*") {
			return true // "*Werbung. Dieser Beitrag enthält …"
		}
	}
	if reportsSpeech(first) {
		// reported words ("The views expressed by the minister do not
		// necessarily reflect government policy, a spokesman … said")
		return false
	}
	return containsAny(first, disclosureCues) || containsAny(first, disclosureCompensation) ||
		containsAny(first, disclosureProgram) && containsAny(first, disclosureMember) ||
		containsAny(first, disclosureReflect) && containsAny(first, disclosureExpressed)
}

// dotSpace is the index of the first '.' in l followed by a space or a
// no-break space, or -1.
func dotSpace(l string) int {
	j, k := strings.Index(l, ". "), strings.Index(l, ".\u00a0")
	if j < 0 || k >= 0 && k < j {
		return k
	}
	return j
}

// leadLabel reports a line (t, lower-cased low) that is a disclosure
// label (see disclosureLeads). With "für/for/pour" the label must be set
// apart, in capitals or starred ("WERBUNG für Plantur Farbshampoo",
// "*Werbung für …"), or the line at most disclosureForWords words:
// "Werbung für Abtreibung bleibt verboten" is a subhead.
func leadLabel(t, low string) bool {
	ws := strings.Fields(strings.Trim(low, "*([]): "))
	if len(ws) == 0 {
		return false
	}
	lead := strings.Trim(ws[0], "*:.")
	for _, p := range disclosureLeads {
		if lead != strings.TrimLeft(p, "*") && lead != strings.TrimLeft(p, "*")+"s" && lead != strings.TrimLeft(p, "*")+"n" {
			continue
		}
		switch {
		case len(ws) == 1:
			return true
		case len(ws) == 2 && strings.HasPrefix(ws[1], "["):
			return true
		case ws[1] == "für" || ws[1] == "for" || ws[1] == "pour":
			tw := strings.Fields(strings.TrimLeft(t, "([ "))
			return len(ws) <= disclosureForWords || strings.HasPrefix(tw[0], "*") || tw[0] == strings.ToUpper(tw[0])
		}
	}
	return false
}
