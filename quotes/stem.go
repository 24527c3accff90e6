package quotes

import "strings"

// irregularStems maps irregular English verb forms to the stem of their
// base form, so that "wrote", "writes" and "written" share a class.
var irregularStems = map[string]string{
	"said": "say", "says": "say", "told": "tell", "wrote": "writ", "written": "writ", "thought": "think",
	"spoke": "speak", "spoken": "speak", "knew": "know", "known": "know", "felt": "feel", "saw": "see",
	"seen": "see", "heard": "hear", "made": "mak", "gave": "giv", "given": "giv", "meant": "mean",
	"taught": "teach", "sought": "seek", "held": "hold", "found": "find", "began": "begin", "begun": "begin",
	"went": "go", "gone": "go", "came": "com", "took": "tak", "taken": "tak", "brought": "bring",
	"led": "lead", "chose": "chos", "chosen": "chos", "forgot": "forget", "forgotten": "forget",
	"understood": "understand", "swore": "swear", "sworn": "swear", "foresaw": "foresee", "foreseen": "foresee",
	"bet": "bet", "put": "put", "set": "set", "read": "read", "hit": "hit", "let": "let", "cast": "cast",
	"shown": "show", "proven": "prov", "drew": "draw", "drawn": "draw", "struck": "strik", "stood": "stand",
	"became": "becom", "fought": "fight", "won": "win", "lost": "los", "sent": "send", "spent": "spend",
	"built": "build", "kept": "keep", "left": "leav", "paid": "pay", "laid": "lay", "rang": "ring", "rung": "ring",
}

// stem reduces a lower-case English word to a crude stem shared by its
// inflected forms: "warns", "warned", "warning" and "warn" are "warn",
// "notes", "noted", "noting" and "note" are "not", "denies" and "denied"
// are "deny". It is a class key for rare cue words, not a lemma.
func stem(w string) string {
	if s, ok := irregularStems[w]; ok {
		return s
	}
	if strings.ContainsAny(w, "0123456789") || len(w) < 4 {
		return w
	}
	base := w
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		base = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		base = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		base = undouble(w[:len(w)-3])
	case strings.HasSuffix(w, "ed") && len(w) > 4:
		base = undouble(w[:len(w)-2])
	case strings.HasSuffix(w, "es") && len(w) > 4 && sibilant(w[:len(w)-2]):
		base = w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		base = w[:len(w)-1]
	}
	if len(base) > 3 && strings.HasSuffix(base, "e") && !strings.HasSuffix(base, "ee") {
		base = base[:len(base)-1]
	}
	return base
}

// undouble drops a doubled final consonant ("admitt" → "admit"), but not
// the l, s or z that base forms double ("call", "stress", "buzz").
func undouble(b string) string {
	n := len(b)
	if n >= 3 && b[n-1] == b[n-2] && !strings.ContainsRune("aeioulsz", rune(b[n-1])) {
		return b[:n-1]
	}
	return b
}

// sibilant reports whether b ends so that its plural or third person
// takes "-es" ("push", "stress", "fix").
func sibilant(b string) bool {
	return strings.HasSuffix(b, "s") || strings.HasSuffix(b, "x") || strings.HasSuffix(b, "z") ||
		strings.HasSuffix(b, "ch") || strings.HasSuffix(b, "sh")
}

// Cue classes of a stem, from how often the training data annotates its forms
// as (part of) a cue: a verb seen as a cue in one form ("urged") carries
// its class to the forms train never showed ("urges").
const (
	clsRare  = 1 // annotated as a cue at least twice, in under 1 of 10 uses
	clsSome  = 2 // at least twice, in 1 of 10 uses or more
	clsOften = 3 // at least 4 times, in 1 of 4 uses or more
	maxClass = clsOften

	// liveClass is the class whose words make their sentence worth
	// scoring (liveTokens), as a cue-list word does. PolNeAR dev,
	// train-only models (before the sclfr/scrfr features), seeds 1/2/3,
	// content F1 (overlap) / end-to-end
	// F1: clsSome .7292/.7254/.7288 / .6523/.6465/.6497, clsOften .7286/
	// .7244/.7283 / .6531/.6470/.6503, none .7284/.7240/.7282 / .6532/
	// .6468/.6504: the words of a rarer class find little that the cue
	// list's sentences and their neighbours did not, for more scoring.
	liveClass = clsOften
)

// stemClasses returns the cue class of every stem annotated as a cue in
// the gold labels of texts at least twice.
func stemClasses(texts []*text, golds [][]int) map[string]uint8 {
	cue, all := map[string]int{}, map[string]int{}
	for i, t := range texts {
		for j := range t.toks {
			if t.toks[j].kind != kWord {
				continue
			}
			s := stem(t.toks[j].lower)
			all[s]++
			if l := golds[i][j]; l == lBCue || l == lICue {
				cue[s]++
			}
		}
	}
	out := map[string]uint8{}
	for s, c := range cue {
		if c < 2 || stopStems[s] {
			continue
		}
		r := float64(c) / float64(all[s])
		switch {
		case c >= 4 && r >= 0.25:
			out[s] = clsOften
		case r >= 0.1:
			out[s] = clsSome
		default:
			out[s] = clsRare
		}
	}
	return out
}

// stopStems are function words annotated inside multi-word cues ("according
// to", "in a statement"), which say nothing by themselves.
var stopStems = set("to", "the", "of", "a", "an", "in", "on", "at", "for", "by", "with", "and", "that", "it", "is", "was", "has", "had", "have", "be", "been", "not")
