package quotes

import (
	"strings"
)

// lexicon holds one language's cue words and function words for the
// pattern extractor.
type lexicon struct {
	verbs   []string            // stems of reporting verbs, matched as prefixes
	notVerb []string            // prefixes that look like verb stems but are not
	intro   [][]string          // "according to X", "по словам X": source follows
	comp    map[string]bool     // complementisers opening reported content
	about   [][]string          // "об этом", "про це": content precedes
	skip    map[string]bool     // adverbs and particles between subject and verb
	stop    map[string]bool     // words that end a subject phrase
	preps   map[string]bool     // prepositions
	after   map[string][]string // cue verbs that need a following word ("говорится в")
}

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

var ruLex = lexicon{
	verbs: []string{"сказа", "говор", "заяв", "утвержда", "утвержди", "отмет", "отмеча", "подчеркн", "подчеркив",
		"рассказ", "сообщ", "добав", "поясн", "объясн", "разъясн", "уточн", "замет", "замеча", "призна", "напомн",
		"напомина", "ответи", "отвеча", "отвечу", "предупред", "предупрежда", "настаива", "настоял", "констатир", "указал",
		"указыва", "высказ", "пообеща", "обеща", "спроси", "спрашива", "написа", "пишет", "пишут", "писал",
		"подтверд", "подтвержда", "опроверг", "отрица", "сетова", "посетова", "вспомина", "вспомнил", "восклик",
		"воскликн", "прошепт", "произн", "твердил", "повтори", "повторя", "возраз", "возража", "обвин", "завери",
		"заверя", "убежда", "пожалова", "жалуется", "допусти", "допуска", "прогнозир", "оценил", "резюмир",
		"объяви", "объявля", "передал", "передает", "передаёт", "цитир", "процитир", "поделил", "делится",
		"прокомментир", "комментир", "выразил", "намекну", "подытожил", "уверя", "увере", "считает", "считают",
		"полагает", "полагают", "призвал", "призыва", "потребова", "требует", "рассуждал", "признава", "кричал",
		"крикну", "спорил", "доложил", "докладыва", "информир", "анонсир", "предложил", "предлага", "говорится",
		"пояснил", "скаж", "описа", "охарактериз"},
	notVerb: []string{"заявк", "заявлени", "говорящ", "напомню", "напомним", "скажем", "скажу", "сообщени", "сообщест", "сказк", "рассказа", "рассказе",
		"рассказо", "обвинени", "объявлени", "предложени", "требовани", "замети", "оценк", "отметк", "отметин",
		"указан", "писател", "предлагаем", "указател", "выразительн", "увереннос", "обещани", "подтверждени",
		"пишущ"},
	intro: [][]string{{"по", "словам"}, {"по", "мнению"}, {"по", "данным"}, {"по", "информации"}, {"по", "сообщению"},
		{"по", "оценке"}, {"по", "оценкам"}, {"по", "утверждению"}, {"по", "заявлению"}, {"по", "версии"},
		{"как", "сообщил"}, {"как", "сообщила"}, {"как", "сообщили"}, {"как", "сообщает"}, {"как", "заявил"},
		{"как", "заявила"}, {"как", "отметил"}, {"как", "отметила"}, {"как", "сказал"}, {"как", "сказала"},
		{"как", "пишет"}, {"как", "говорит"}, {"как", "подчеркнул"}, {"как", "рассказал"}, {"как", "рассказала"},
		{"как", "пояснил"}, {"как", "разъясняет"}, {"как", "объясняет"}, {"как", "уточнил"}, {"как", "считает"},
		{"как", "передает"}, {"как", "утверждает"}, {"согласно"}, {"со", "слов"}},
	comp:  set("что", "чтобы", "будто", "якобы", "как", "ли", "кто", "какой", "какие", "какая", "когда", "где", "почему", "зачем"),
	about: [][]string{{"об", "этом"}, {"о", "том"}, {"это"}, {"такое"}, {"такую"}, {"так"}},
	skip: set("открыто", "публично", "также", "тоже", "же", "еще", "ещё", "уже", "вчера", "сегодня", "ранее", "позже",
		"неоднократно", "постоянно", "сейчас", "только", "прямо", "официально", "недавно", "затем", "потом",
		"осенью", "весной", "летом", "зимой", "утром", "вечером", "днем", "днём", "ночью", "накануне", "позднее",
		"впоследствии", "тогда", "прежде", "всегда", "часто", "вновь", "снова", "не", "лишь", "и", "дальше",
		"мне", "нам", "ему", "ей", "им", "тебе", "вам", "тогда", "мол", "вдруг",
		"высокомерно", "честно", "откровенно", "прямо", "жестко", "твердо", "категорически", "уверенно"),
	stop: set("и", "а", "но", "что", "как", "когда", "хотя", "если", "поэтому", "так", "который", "которая",
		"которые", "где", "чтобы", "потому", "ведь", "или", "да", "вот", "ли", "это", "то", "тут", "там",
		"здесь", "при", "этом", "же"),
	preps: set("в", "во", "на", "с", "со", "к", "ко", "по", "о", "об", "обо", "у", "из", "за", "от", "до", "для",
		"при", "про", "через", "после", "перед", "под", "над", "между", "без", "около", "среди", "из-за"),
}

var ukLex = lexicon{
	verbs: []string{"сказа", "говор", "заяви", "заявл", "повідоми", "повідомл", "зазнач", "наголоси", "наголошу",
		"підкресли", "підкреслю", "дода", "поясни", "поясню", "розпові", "розповіда", "відзнач", "заува", "запевни",
		"запевня", "вважа", "переконан", "визна", "нагада", "нагаду", "відповів", "відповіла", "відповіли",
		"відповіда", "попереди", "попереджа", "закликав", "закликала", "закликає", "закликали", "стверджу",
		"повтори", "повторю", "заперечи", "заперечу", "висловив", "висловила", "написа", "пише", "писав",
		"процитува", "підтверди", "підтверджу", "анонсува", "оголоси", "оголошу", "констатува", "вказа",
		"вказу", "пообіця", "обіця", "спита", "запита", "зізна", "поділив", "поділил", "прокоментува",
		"коментує", "резюмува", "підсумува", "вигукну", "пояснив", "переда", "цитує", "доповів", "доповіла",
		"вимага", "зауважи", "звернув", "звернула", "наполяга", "поскаржи", "скаржи", "прогнозу", "оціни",
		"припусти", "наголосила", "сказано", "йдеться", "ідеться", "говориться", "проінформува", "інформу", "скаж", "описа", "охарактеризу"},
	notVerb: []string{"заявк", "заявлен", "повідомлен", "нагадаю", "нагадаємо", "скажімо", "скажу", "говорящ", "розповід", "визнан", "відповідн", "відповідал",
		"поясненн", "написан", "оцінк", "вказівк", "додатк", "додано", "додат", "обіцянк", "вимог",
		"заперечен", "підтвердженн", "звернення"},
	intro: [][]string{{"за", "словами"}, {"на", "думку"}, {"за", "даними"}, {"за", "інформацією"}, {"за", "повідомленням"},
		{"за", "оцінками"}, {"за", "оцінкою"}, {"за", "версією"}, {"як", "повідомив"}, {"як", "повідомила"},
		{"як", "повідомили"}, {"як", "повідомляє"}, {"як", "заявив"}, {"як", "заявила"}, {"як", "зазначив"},
		{"як", "зазначила"}, {"як", "сказав"}, {"як", "сказала"}, {"як", "пише"}, {"як", "наголосив"},
		{"як", "наголосила"}, {"як", "розповів"}, {"як", "розповіла"}, {"як", "пояснив"}, {"як", "пояснила"},
		{"як", "зауважив"}, {"як", "вважає"}, {"як", "передає"}, {"як", "стверджує"}, {"згідно", "з"}, {"зі", "слів"},
		{"із", "слів"}},
	comp:  set("що", "щоб", "нібито", "начебто", "як", "чи", "хто", "який", "які", "яка", "коли", "де", "чому", "навіщо"),
	about: [][]string{{"про", "це"}, {"це"}, {"таку"}, {"таке"}, {"так"}},
	skip: set("відкрито", "публічно", "також", "теж", "ж", "же", "ще", "вже", "учора", "вчора", "сьогодні", "раніше",
		"пізніше", "неодноразово", "постійно", "зараз", "восени", "навесні", "влітку", "взимку", "вранці",
		"ввечері", "увечері", "вдень", "уночі", "напередодні", "тільки", "лише", "прямо", "офіційно", "нещодавно", "потім",
		"згодом", "тоді", "завжди", "часто", "знову", "не", "і", "й", "далі", "чесно", "відверто", "категорично",
		"впевнено", "зокрема", "мені", "нам", "йому", "їй", "їм", "тобі", "вам"),
	stop: set("і", "й", "а", "але", "що", "як", "коли", "хоча", "якщо", "тому", "так", "який", "яка", "які", "де",
		"щоб", "адже", "або", "чи", "ось", "це", "то", "тут", "там", "при", "цьому", "ж", "же"),
	preps: set("в", "у", "на", "з", "із", "зі", "до", "по", "про", "о", "об", "від", "за", "для", "при", "через",
		"після", "перед", "під", "над", "між", "без", "біля", "серед", "щодо"),
}

var enLex = lexicon{
	verbs: []string{"said", "say", "says", "saying", "told", "tell", "added", "adding", "stated", "noted", "noting",
		"stressed", "explained", "warned", "claimed", "wrote", "writes", "asked", "argued", "insisted", "declared",
		"announced", "confirmed", "denied", "acknowledged", "admitted", "emphasized", "emphasised", "pointed",
		"continued", "replied", "responded", "suggested", "tweeted", "urged", "believes", "thinks", "reported",
		"recalled", "commented", "remarked", "observed", "predicted", "promised", "vowed", "concluded", "testified",
		"complained", "countered", "explains", "notes", "adds", "tells", "asks", "argues", "claims", "insists"},
	intro: [][]string{{"according", "to"}},
	comp:  set("that", "whether", "if", "how", "why", "what", "who", "when", "where"),
	about: [][]string{{"this"}, {"that"}, {"so"}},
	skip: set("also", "then", "later", "earlier", "previously", "repeatedly", "once", "has", "have", "had", "was",
		"publicly", "recently", "further", "again", "had", "would", "will", "not", "never", "always", "just", "only",
		"reportedly", "initially", "first", "privately", "openly", "bluntly", "flatly", "simply"),
	stop: set("and", "but", "or", "that", "which", "who", "when", "while", "although", "if", "because", "as",
		"so", "then", "where", "there", "here", "it's"),
	preps: set("in", "on", "at", "to", "from", "with", "by", "for", "of", "about", "after", "before", "during",
		"under", "over", "into", "through", "without", "among", "between"),
}

var csLex = lexicon{
	verbs: []string{"řekl", "řekla", "řekli", "uvedl", "uvedla", "uvedli", "prohlásil", "dodal", "dodala", "sdělil",
		"sdělila", "napsal", "napsala", "uvádí", "říká", "říkal", "tvrdí", "tvrdil", "konstatoval", "upozornil",
		"upozornila", "zdůraznil", "zdůraznila", "poznamenal", "poznamenala", "vysvětlil", "vysvětlila", "oznámil",
		"oznámila", "potvrdil", "potvrdila", "odpověděl", "odpověděla", "míní", "prohlašuje", "píše", "psal",
		"hovoří", "mluví", "upozorňuje", "zdůrazňuje", "vysvětluje", "dodává", "sdělují", "uvádějí", "řekne",
		"ptal", "zeptal", "informoval", "varoval", "připomněl", "připomíná", "nabídl", "slíbil", "přiznal"},
	intro: [][]string{{"podle"}, {"jak", "uvedl"}, {"jak", "řekl"}, {"jak", "uvádí"}, {"jak", "píše"}, {"jak", "řekla"}},
	comp:  set("že", "aby", "zda", "jestli", "kdo", "co", "jak", "kdy", "proč"),
	about: [][]string{{"to"}, {"tak"}},
	skip:  set("také", "též", "už", "již", "včera", "dnes", "dříve", "později", "opakovaně", "nyní", "pouze", "jen", "prý", "však", "ale", "mi", "nám", "mu", "jí", "jim"),
	stop:  set("a", "ale", "že", "jak", "když", "i", "nebo", "který", "která", "které", "kde", "aby", "to", "tak", "tedy"),
	preps: set("v", "ve", "na", "s", "se", "k", "ke", "po", "o", "u", "z", "ze", "za", "od", "do", "pro", "při", "přes", "po", "před", "pod", "nad", "mezi", "bez"),
}

// lexiconFor returns the lexicon of language lang; an unknown language
// gets all of them.
func lexiconFor(lang string) *lexicon {
	switch lang {
	case "ru":
		return &ruLex
	case "uk":
		return &ukLex
	case "en":
		return &enLex
	case "cs":
		return &csLex
	}
	return &allLex
}

var allLex = func() lexicon {
	l := lexicon{comp: map[string]bool{}, skip: map[string]bool{}, stop: map[string]bool{}, preps: map[string]bool{}}
	for _, x := range []*lexicon{&ruLex, &ukLex, &enLex} {
		l.verbs = append(l.verbs, x.verbs...)
		l.notVerb = append(l.notVerb, x.notVerb...)
		l.intro = append(l.intro, x.intro...)
		l.about = append(l.about, x.about...)
		for _, m := range [][2]map[string]bool{{l.comp, x.comp}, {l.skip, x.skip}, {l.stop, x.stop}, {l.preps, x.preps}} {
			for k := range m[1] {
				m[0][k] = true
			}
		}
	}
	return l
}()

func hasPrefixAny(w string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// isCue reports whether word w (lower case) is a reporting verb.
func (l *lexicon) isCue(w string) bool {
	if len(w) < 4 {
		return false
	}
	for _, p := range l.verbs {
		if strings.HasPrefix(w, p) {
			// the longest matching "not a verb" prefix wins over shorter verb stems
			for _, n := range l.notVerb {
				if strings.HasPrefix(w, n) && len(n) > len(p) {
					return false
				}
			}
			return true
		}
	}
	return false
}
