package quotes

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/pressclip/pressclip/doc"
)

var (
	shippedOnce sync.Once
	shipped     *Extractor
	shippedErr  error
)

func extractor(t testing.TB) *Extractor {
	t.Helper()
	shippedOnce.Do(func() { shipped, shippedErr = New() })
	if shippedErr != nil {
		t.Fatal(shippedErr)
	}
	return shipped
}

type want struct {
	content string // the quote's text
	speaker string // the speaker's surface text ("" = no speaker span)
	cue     string
	direct  bool
}

func quoteOf(d *doc.Doc, q doc.Quote) want {
	w := want{content: d.Slice(q.Span), direct: q.Direct}
	if q.SpeakerSpan != nil {
		w.speaker = d.Slice(*q.SpeakerSpan)
	}
	if q.Cue != nil {
		w.cue = d.Slice(*q.Cue)
	}
	return w
}

func TestStyles(t *testing.T) {
	x := extractor(t)
	cases := []struct {
		name, lang, text string
		want             []want
	}{
		{"en straight, cue after", "en", `"We will not accept the accusations," Smith said.`,
			[]want{{`"We will not accept the accusations,"`, "Smith", "said", true}}},
		{"en curly, cue before", "en", `The minister said: “Our position has not changed at all.”`,
			[]want{{`“Our position has not changed at all.”`, "The minister", "said", true}}},
		{"en indirect that", "en", `Chinese Defense Ministry spokesman Wu Qian said on Thursday that China has always taken a responsible approach.`,
			[]want{{`that China has always taken a responsible approach`, "Chinese Defense Ministry spokesman Wu Qian", "said", false}}},
		{"en indirect, a second cue at the end", "en", `Chinese Defense Ministry spokesman Wu Qian said on Thursday that China has always taken a balanced approach to the export of military products, UNN writes.`,
			[]want{{`that China has always taken a balanced approach to the export of military products`, "Chinese Defense Ministry spokesman Wu Qian", "said", false}}},
		{"ru guillemets, dash cue after", "ru", `«Мы не получали никаких предложений», — сказал Песков.`,
			[]want{{`«Мы не получали никаких предложений»`, "Песков", "сказал", true}}},
		{"ru cue before colon", "ru", `Мама сказала: попробуй повоюй на его месте.`,
			[]want{{`попробуй повоюй на его месте`, "Мама", "сказала", false}}},
		{"ru indirect что", "ru", `Министр труда Максим Топилин заявил, что для этого пока не пришло время.`,
			[]want{{`что для этого пока не пришло время`, "Министр труда Максим Топилин", "заявил", false}}},
		{"ru по словам", "ru", `По словам Лаврова, переговоры зашли в тупик.`,
			[]want{{`переговоры зашли в тупик`, "Лаврова", "По словам", false}}},
		{"ru nested quotes", "ru", `«Партия „Родина“ прекратила существование», — заявил Иванов.`,
			[]want{{`«Партия „Родина“ прекратила существование»`, "Иванов", "заявил", true}}},
		{"uk guillemets, dash cue after", "uk", `«Ми надали вам підтримку в українському питанні», – заявив він.`,
			[]want{{`«Ми надали вам підтримку в українському питанні»`, "він", "заявив", true}}},
		{"uk low-high quotes", "uk", `Речник МЗС заявив: „Ми не визнаємо цих виборів“.`,
			[]want{{`„Ми не визнаємо цих виборів“`, "Речник МЗС", "заявив", true}}},
		{"uk indirect що", "uk", `Він наголосив, що Україна не піде на поступки.`,
			[]want{{`що Україна не піде на поступки`, "Він", "наголосив", false}}},
		{"uk with a region subtag", "uk-UA", `Він наголосив, що Україна не піде на поступки.`,
			[]want{{`що Україна не піде на поступки`, "Він", "наголосив", false}}},
		{"uk за словами", "uk", `За словами Зеленського, контрнаступ триває.`,
			[]want{{`контрнаступ триває`, "Зеленського", "За словами", false}}},
		{"uk single low quotes", "uk", `Міністр сказав: ‚Ми готові до переговорів‘.`,
			[]want{{`‚Ми готові до переговорів‘`, "Міністр", "сказав", true}}},
		{"ru dialogue dash", "ru", "— Мы ответим на это, — сказал он. — Но позже.",
			[]want{{"Мы ответим на это,", "он", "сказал", true}, {"Но позже.", "он", "сказал", true}}},
		{"ru postposed cue", "ru", `Эта тенденция сохранится и в ближайшей перспективе, говорят эксперты.`,
			[]want{{`Эта тенденция сохранится и в ближайшей перспективе`, "эксперты", "говорят", false}}},
		{"uk about this", "uk", "Китай надав Росії всю підтримку. Про це заявив міністр оборони Дун Цзюнь.",
			[]want{{`Китай надав Росії всю підтримку`, "міністр оборони Дун Цзюнь", "заявив", false}}},
		{"en attribution line", "en", "“He makes simple blanket statements about people he knows nothing about.” ― Pamela Padilla",
			[]want{{"“He makes simple blanket statements about people he knows nothing about.”", "Pamela Padilla", "", true}}},
		{"ru attribution line", "ru", "«Мы не отступим ни на шаг». — Владимир Зеленский",
			[]want{{"«Мы не отступим ни на шаг»", "Владимир Зеленский", "", true}}},
		{"en transcript line", "en", "PENCE: Well, look, Gennifer Flowers will not be attending the debate tomorrow night.",
			[]want{{"Well, look, Gennifer Flowers will not be attending the debate tomorrow night.", "PENCE", "", true}}},
		{"ru transcript line", "ru", "ПУТИН: Мы будем развивать сотрудничество.",
			[]want{{"Мы будем развивать сотрудничество.", "ПУТИН", "", true}}},
		{"en headline name and colon", "en", "Rush Limbaugh: Hillary Asking Moderator To Fact Check Trump Reeks of Fear.",
			[]want{{"Hillary Asking Moderator To Fact Check Trump Reeks of Fear.", "Rush Limbaugh", "", false}}},
		{"en label and colon is no speaker", "en", "Update: The story was changed.", nil},
		{"en title in quotes is no statement", "en", "The 30-second spot, titled “Arrogant,” features a report from the weekend.", nil},
		{"en quotation going on after its cue", "en", "“This is a disgusting day,” said Tim Hess, head of the caucus. “It will not stand.”",
			[]want{{"“This is a disgusting day,”", "Tim Hess, head of the caucus", "said", true}, {"“It will not stand.”", "Tim Hess, head of the caucus", "said", true}}},
		{"uk two parts, cue between", "uk", `«Це провокація», – сказав Кулеба, – «ми відповімо».`,
			[]want{{`«Це провокація»`, "Кулеба", "сказав", true}, {`«ми відповімо»`, "Кулеба", "сказав", true}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := &doc.Doc{Text: c.text, Lang: c.lang}
			if err := x.Annotate(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			var got []want
			for _, q := range d.Quotes {
				got = append(got, quoteOf(d, q))
			}
			if len(got) != len(c.want) {
				t.Fatalf("got %d quotes %+v, want %+v", len(got), got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("quote %d:\n got %+v\nwant %+v", i, got[i], c.want[i])
				}
			}
		})
	}
}

func TestMultiParagraph(t *testing.T) {
	x := extractor(t)
	// A paragraph that opens a quotation and does not close it continues
	// into the next one that opens with a quotation mark.
	text := "Песков сказал: «Мы не получали предложений.\n\n«Никаких контактов не было», — добавил он.\n\nДругая тема."
	d := &doc.Doc{Text: text, Lang: "ru"}
	if err := x.Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Quotes) == 0 {
		t.Fatal("no quotes")
	}
	q := d.Quotes[0]
	if got := d.Slice(q.Span); !strings.Contains(got, "предложений") || !strings.Contains(got, "Никаких контактов не было") {
		t.Errorf("quote %q does not run over both paragraphs", got)
	}
	if q.SpeakerSpan == nil || d.Slice(*q.SpeakerSpan) != "Песков" {
		t.Errorf("speaker span %v, want Песков", q.SpeakerSpan)
	}
	for _, q := range d.Quotes {
		if strings.Contains(d.Slice(q.Span), "Другая") {
			t.Errorf("quote ran into the next paragraph: %q", d.Slice(q.Span))
		}
	}
}

// English: a short "Name reports:" paragraph introduces the quotation
// below it, and a quotation left open goes on into the next paragraph
// that opens with a quotation mark.
func TestColonIntroEnglish(t *testing.T) {
	x := extractor(t)
	text := "Few of her donors gave $200 or less.\n\nThe New York Times reports:\n\n" +
		"\"Just 24 percent of the contributors to her campaign so far have given $200 or less.\n\n" +
		"\"Without this online network, she is being made to continue with fund-raisers.\"\n\nThe race goes on."
	d := &doc.Doc{Text: text, Lang: "en"}
	if err := x.Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, q := range d.Quotes {
		got := d.Slice(q.Span)
		if !strings.Contains(got, "24 percent") && !strings.Contains(got, "online network") {
			continue
		}
		n++
		if q.SpeakerSpan == nil || d.Slice(*q.SpeakerSpan) != "The New York Times" || q.Cue == nil || d.Slice(*q.Cue) != "reports" {
			t.Errorf("%q: speaker %v, cue %v, want The New York Times, reports", got, q.SpeakerSpan, q.Cue)
		}
	}
	if n != 2 {
		t.Errorf("%d of the 2 paragraphs quoted: %+v", n, d.Quotes)
	}
}

func TestPairing(t *testing.T) {
	cases := []struct {
		text string
		want []string // top-level quotations
	}{
		{`He said "a 'b' c" and "d".`, []string{`"a 'b' c"`, `"d"`}},
		{`«Партия „Родина“ жива» и «ещё»`, []string{`«Партия „Родина“ жива»`, `«ещё»`}},
		{"“Open and never closed\nnext paragraph", []string{"“Open and never closed"}},
		{`„Так“, ‚ні‘`, []string{`„Так“`, `‚ні‘`}},
		{`don’t stop’s » stray`, nil},
	}
	for _, c := range cases {
		tx := segment(c.text)
		var got []string
		for _, q := range tx.quotes {
			end := q.close
			if end < 0 {
				end = q.last
			}
			got = append(got, c.text[tx.toks[q.open].start:tx.toks[end].end])
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// A page that is one huge unclosed quotation, or thousands of stray marks,
// must finish (the extractor is linear; a quadratic one times out here).
func TestHugeInputs(t *testing.T) {
	x := extractor(t)
	big := "«" + strings.Repeat("Это очень длинная цитата без конца, сказал он, что ", 40000)
	marks := strings.Repeat(`" « „ ‚ ‘ ’ » “ ” `, 40000)
	said := strings.Repeat(`he said that "x `, 30000)
	// one paragraph of short title-case quotations (about 700 KB)
	slogans := strings.Repeat("“Make America Great Again,” Trump said. ", 16000)
	for _, s := range []string{big, marks, said, slogans} {
		for _, lang := range []string{"ru", "en"} {
			d := &doc.Doc{Text: s, Lang: lang}
			if err := x.Annotate(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			for _, q := range d.Quotes {
				if q.Start < 0 || q.End > len(s) || q.Start >= q.End {
					t.Fatalf("bad span %v", q.Span)
				}
			}
		}
	}
}

// titleQuote counts each paragraph's words once: on one long paragraph of
// short title-case quotations it visits a few tokens per token, where a
// walk over the paragraph for each quotation visited ~2,000 times as many.
func TestTitleQuoteWork(t *testing.T) {
	x := extractor(t)
	for _, n := range []int{100, 16000} {
		tx := segment(strings.Repeat("“Make America Great Again,” Trump said. ", n))
		if _, err := x.english(context.Background(), tx); err != nil {
			t.Fatal(err)
		}
		if tx.titleWork == 0 || tx.titleWork > 3*len(tx.toks) {
			t.Errorf("n=%d: titleQuote visited %d tokens for %d tokens", n, tx.titleWork, len(tx.toks))
		}
	}
}

// headlineQuote walks back only from the quotation closing a paragraph:
// on one long title-case paragraph of quotations it visits each token
// about once, where a walk back from each quotation is quadratic.
func TestHeadlineQuoteWork(t *testing.T) {
	x := extractor(t)
	for _, n := range []int{100, 16000} {
		tx := segment(strings.Repeat("“Make America Great Again” Trump Rally. ", n) + "“Great Again.”")
		if _, err := x.english(context.Background(), tx); err != nil {
			t.Fatal(err)
		}
		if tx.headWork == 0 || tx.headWork > 3*len(tx.toks) {
			t.Errorf("n=%d: headlineQuote visited %d tokens for %d tokens", n, tx.headWork, len(tx.toks))
		}
	}
}

func FuzzAnnotate(f *testing.F) {
	for _, s := range []string{
		`"We will not," Smith said.`, `«Мы», — сказал Песков.`, "— Да, — сказал он. — Нет.",
		`„Так“, – заявив він.`, `According to officials, "it`, "\"\n\n\"a\n\"", "«««»»»", "said that",
		"D.C.’s mayor said. U.S.'", "the U.S. Senate", "a.b.’s",
	} {
		f.Add(s, "ru")
		f.Add(s, "en")
	}
	x := extractor(f)
	f.Fuzz(func(t *testing.T, s, lang string) {
		d := &doc.Doc{Text: s, Lang: lang}
		if err := x.Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		for _, q := range d.Quotes {
			if q.Start < 0 || q.End > len(s) || q.Start >= q.End {
				t.Fatalf("bad span %v in %q", q.Span, s)
			}
			for _, sp := range []*doc.Span{q.SpeakerSpan, q.Cue} {
				if sp != nil && (sp.Start < 0 || sp.End > len(s) || sp.Start >= sp.End) {
					t.Fatalf("bad span %v in %q", *sp, s)
				}
			}
		}
	})
}

func BenchmarkAnnotate(b *testing.B) {
	x := extractor(b)
	para := "Chinese Defense Ministry spokesman Wu Qian said on Thursday that China has always taken a balanced approach. " +
		"\"China strictly controls the export of dual-use goods,\" he said.\n\n" +
		"«Мы не получали никаких предложений», — сказал Песков. Він наголосив, що Україна не піде на поступки.\n\n"
	text := strings.Repeat(para, 40) // ~13 KB, a long article
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		for _, lang := range []string{"en", "ru"} {
			d := &doc.Doc{Text: text, Lang: lang}
			if err := x.Annotate(context.Background(), d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}

func TestBodyOnly(t *testing.T) {
	x := extractor(t)
	nav := "«Переговоров не будет», — заявил Лавров (читайте также)\n\n"
	body := "«Мы не получали никаких предложений», — сказал Песков."
	d := &doc.Doc{Text: nav + body, Lang: "ru", Blocks: []doc.Block{{Span: doc.Span{Start: len(nav), End: len(nav) + len(body)}}}}
	if err := x.Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Quotes) != 1 || d.Slice(d.Quotes[0].Span) != "«Мы не получали никаких предложений»" {
		var got []string
		for _, q := range d.Quotes {
			got = append(got, d.Slice(q.Span))
		}
		t.Fatalf("quotes %q, want only the body's quotation", got)
	}
}

// "…, saying, “…”" is said by the main clause's subject, not by the
// "who" of a relative clause on the way.
func TestParticipleSpeaker(t *testing.T) {
	x := extractor(t)
	text := "Trump was similarly defensive when forced to defend not paying an architect who said he was stiffed " +
		"after he designed a clubhouse at one of Trump’s golf courses, saying, “Maybe he didn’t do a good job.”"
	d := &doc.Doc{Text: text, Lang: "en"}
	if err := x.Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	for _, q := range d.Quotes {
		if strings.HasPrefix(d.Slice(q.Span), "“Maybe") {
			if q.SpeakerSpan == nil || d.Slice(*q.SpeakerSpan) != "Trump" {
				t.Errorf("speaker %v, want Trump", q.SpeakerSpan)
			}
			return
		}
	}
	t.Errorf("quotation not found: %+v", d.Quotes)
}

// A reported content of its own sentence is not merged into the
// attribution of the sentence before, and takes its own subject.
func TestOwnSentenceSubject(t *testing.T) {
	x := extractor(t)
	text := "The registration issue was first reported by The Washington Post. " +
		"The newspaper has also detailed foundation spending that personally benefited Trump."
	d := &doc.Doc{Text: text, Lang: "en"}
	if err := x.Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	for _, q := range d.Quotes {
		got := d.Slice(q.Span)
		if !strings.Contains(got, "personally benefited") {
			continue
		}
		if strings.Contains(got, "registration") {
			t.Errorf("content %q runs over two sentences", got)
		}
		if q.SpeakerSpan == nil || d.Slice(*q.SpeakerSpan) != "The newspaper" {
			t.Errorf("%q: speaker %v, want The newspaper", got, q.SpeakerSpan)
		}
		return
	}
	t.Errorf("content not found: %+v", d.Quotes)
}

// A lone adverbial word opening the sentence is no speaker.
func TestAdverbialNoSpeaker(t *testing.T) {
	x := extractor(t)
	text := "Rather than moralize about whether it is patriotic to pay taxes, let's focus on understanding exactly how companies keep money offshore."
	d := &doc.Doc{Text: text, Lang: "en"}
	if err := x.Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	for _, q := range d.Quotes {
		if q.SpeakerSpan != nil && d.Slice(*q.SpeakerSpan) == "Rather" {
			t.Errorf("%q: speaker 'Rather'", d.Slice(q.Span))
		}
	}
}

// Sentences end at . ! ? before a capital, but not after an initialism
// before a name ("the U.S. Senate") nor inside its possessive ("D.C.’s").
func TestSentences(t *testing.T) {
	cases := []struct {
		text string
		want []string // the first word of each sentence
	}{
		{"Smith said it. Jones agreed.", []string{"Smith", "Jones"}},
		{"The D.C.’s mayor said it was cold. He left.", []string{"The", "He"}},
		{"The U.S.'s allies balked.", []string{"The"}},
		{"The U.S. Senate voted. The U.S. House did not.", []string{"The", "The"}},
		{"He lives in the U.S. The end came.", []string{"He", "The"}},
		{"Mr. Smith met Sen. Jones at 9 a.m. in D.C. Then he left.", []string{"Mr", "Then"}},
		{"Он сказал, что В.В. Путин прав. Всё.", []string{"Он", "Всё"}},
	}
	for _, c := range cases {
		tx := segment(c.text)
		var got []string
		for i, k := range tx.toks {
			if i == 0 || k.sent != tx.toks[i-1].sent {
				got = append(got, tx.word(i))
			}
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: sentences open with %q, want %q", c.text, got, c.want)
		}
	}
	// the possessive is one word, its apostrophe no quotation mark
	tx := segment("D.C.’s “mayor” spoke.")
	if w := tx.word(0); w != "D.C.’s" {
		t.Errorf("first word %q, want D.C.’s", w)
	}
	if len(tx.quotes) != 1 {
		t.Errorf("%d quotations, want 1", len(tx.quotes))
	}
}

// A small unquoted lead-in before "cue, “quotation”" is dropped from the
// attribution; longer pieces, pieces after the cue and quotations not
// introduced by a comma or colon keep theirs.
func TestStrayLead(t *testing.T) {
	one := func(tx *text, w string) [2]int { i := tokAt(t, tx, w); return [2]int{i, i + 1} }
	upto := func(tx *text, from, to string) [2]int { return [2]int{tokAt(t, tx, from), tokAt(t, tx, to) + 1} }
	quote := func(tx *text) [2]int { return [2]int{tokAt(t, tx, "Thank") - 1, len(tx.toks)} }
	a := segment(`To which she said, “Thank God you still believe.”`)
	b := segment(`Asked about it yesterday, she said, “Thank God you still believe.”`)
	c := segment(`The ad calls Trump “Thank God unfit.”`)
	d := segment(`She was supportive of her: “Thank God you still believe.”`)
	cases := []struct {
		tx   *text
		a    attr
		want []string
	}{
		{a, attr{content: [][2]int{one(a, "To"), quote(a)}, cue: one(a, "said"), src: one(a, "she")},
			[]string{"“Thank God you still believe.”"}},
		// no cue: nothing says where the lead-in ends
		{a, attr{content: [][2]int{one(a, "To"), quote(a)}, cue: none, src: one(a, "she")},
			[]string{"To", "“Thank God you still believe.”"}},
		// the quotation alone
		{a, attr{content: [][2]int{quote(a)}, cue: one(a, "said"), src: one(a, "she")},
			[]string{"“Thank God you still believe.”"}},
		// four words are a statement of their own
		{b, attr{content: [][2]int{upto(b, "Asked", "yesterday"), quote(b)}, cue: one(b, "said"), src: one(b, "she")},
			[]string{"Asked about it yesterday", "“Thank God you still believe.”"}},
		// a partial quotation inside reported speech: no comma or colon
		{c, attr{content: [][2]int{upto(c, "The", "ad"), quote(c)}, cue: one(c, "calls"), src: one(c, "Trump")},
			[]string{"The ad", "“Thank God unfit.”"}},
		// the piece stands after the cue
		{d, attr{content: [][2]int{one(d, "her"), quote(d)}, cue: upto(d, "supportive", "of"), src: one(d, "She")},
			[]string{"her", "“Thank God you still believe.”"}},
	}
	for i, tc := range cases {
		got := strayLead(tc.tx, tc.a)
		var s []string
		for _, c := range got.content {
			s = append(s, spanText(tc.tx, c))
		}
		if strings.Join(s, "|") != strings.Join(tc.want, "|") {
			t.Errorf("case %d: %q, want %q", i, s, tc.want)
		}
	}
}

// Words a quotation's piece runs on past its closing mark up to the cue
// are the source when the attribution has none.
func TestSourceInContent(t *testing.T) {
	a := segment(`“If he thinks that makes him smart,” the ad’s narrator says, “what does he think of you?”`)
	b := segment(`The ad mocks what he thinks of voters and the narrator says so.`)
	c := segment(`“If he thinks that,” the long ad that ran on every channel all week says.`)
	one := func(tx *text, w string) [2]int { i := tokAt(t, tx, w); return [2]int{i, i + 1} }
	first := [2]int{0, tokAt(t, a, "says")}
	second := [2]int{tokAt(t, a, "what") - 1, len(a.toks)}
	cases := []struct {
		tx       *text
		a        attr
		src, con string
	}{
		{a, attr{content: [][2]int{first, second}, cue: one(a, "says"), src: none},
			"the ad’s narrator", "“If he thinks that makes him smart,”"},
		// a source already found stays
		{a, attr{content: [][2]int{first, second}, cue: one(a, "says"), src: one(a, "he")},
			"he", "“If he thinks that makes him smart,” the ad’s narrator"},
		// no cue
		{a, attr{content: [][2]int{first, second}, cue: none, src: none},
			"", "“If he thinks that makes him smart,” the ad’s narrator"},
		// no quotation mark before the words
		{b, attr{content: [][2]int{{0, tokAt(t, b, "says")}}, cue: one(b, "says"), src: none},
			"", "The ad mocks what he thinks of voters and the narrator"},
		// more than six words after the mark
		{c, attr{content: [][2]int{{0, tokAt(t, c, "says")}}, cue: one(c, "says"), src: none},
			"", "“If he thinks that,” the long ad that ran on every channel all week"},
	}
	for i, tc := range cases {
		got := sourceInContent(tc.tx, tc.a)
		if s, c := spanText(tc.tx, got.src), spanText(tc.tx, got.content[0]); s != tc.src || c != tc.con {
			t.Errorf("case %d: source %q content %q, want %q %q", i, s, c, tc.src, tc.con)
		}
	}
	// the caller's pieces are not changed
	in := [][2]int{first, second}
	sourceInContent(a, attr{content: in, cue: one(a, "says"), src: none})
	if in[0] != first {
		t.Errorf("pieces changed in place: %v", in[0])
	}
}

// trimPunct drops the punctuation at a range's ends, but not a bracket
// closing one the range opened.
func TestTrimPunct(t *testing.T) {
	cases := []struct {
		text, first, last string // the range: from the first token reading first to the last reading last
		brackets          bool
		want              string
	}{
		{"“No,” Rep. Gwen Moore (D-Wis.) said Friday.", "Rep", ")", true, "Rep. Gwen Moore (D-Wis.)"},
		{"“No,” Rep. Gwen Moore (D-Wis.) said Friday.", "Rep", ")", false, "Rep. Gwen Moore (D-Wis"},
		{"Wang Wenbin, spokesperson for the ministry, said.", "Wang", ",", true, "Wang Wenbin, spokesperson for the ministry"},
		{"(Smith) said so.", "(", ")", true, "Smith"},                            // the bracket opened outside the range
		{"Smith (a senator)) said so.", "Smith", ")", true, "Smith (a senator)"}, // one bracket closes it
	}
	for _, c := range cases {
		tx := segment(c.text)
		i, j := -1, -1
		for k, tk := range tx.toks {
			switch w := tx.src[tk.start:tk.end]; {
			case w == c.first && i < 0:
				i = k
			case w == c.last:
				j = k
			}
		}
		if got := spanText(tx, trimPunct(tx, [2]int{i, j + 1}, c.brackets)); got != c.want {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}

// The shipped model's own labels reach the post-passes: a that-clause
// broken by an adverbial stays one content whether the tagger reads the
// clause after the comma as a nested report or as a content of its own
// (review of 96723d7, whose headline example the shipped model split).
func TestShippedThatClause(t *testing.T) {
	x := extractor(t)
	cases := []struct{ text, want, speaker string }{
		{"Fowler noted that at one of his first-ever DNC meetings, in 1972, he supported a decision to seat a delegation.",
			"that at one of his first-ever DNC meetings, in 1972, he supported a decision to seat a delegation", "Fowler"},
	}
	for _, c := range cases {
		d := &doc.Doc{Text: c.text, Lang: "en"}
		if err := x.Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, q := range d.Quotes {
			got = append(got, d.Slice(q.Span))
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: contents %q, want %q", c.text, got, c.want)
		}
		if len(d.Quotes) > 0 && (d.Quotes[0].SpeakerSpan == nil || d.Slice(*d.Quotes[0].SpeakerSpan) != c.speaker) {
			t.Errorf("%q: speaker span %v, want %q", c.text, d.Quotes[0].SpeakerSpan, c.speaker)
		}
	}
}
