package dump

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/pressclip/pressclip/examples"
)

// body is a paragraph long enough to anchor the article run.
const (
	bodyEN = "The city council voted on Tuesday to extend the tram line to the northern districts, a project that has been debated for more than a decade and is expected to cost about 300 million euros."
	bodyUK = "Міська рада у вівторок проголосувала за продовження трамвайної лінії до північних районів, проєкт, який обговорювали понад десять років і який коштуватиме близько трьохсот мільйонів євро."
	bodyRU = "Городской совет во вторник проголосовал за продление трамвайной линии в северные районы, проект, который обсуждали более десяти лет и который обойдётся примерно в триста миллионов евро."
)

func TestBlockTypes(t *testing.T) {
	tests := []struct {
		name, lang, line string
		body             bool
	}{
		{"menu", "en", "  • Home", false},
		{"menu", "uk", "  • Новини", false},
		{"menu", "ru", "  □ Политика", false},
		{"counter", "uk", "22366 переглядів", false},
		{"counter", "ru", "1 245 просмотров", false},
		{"counter", "en", "512 views", false},
		{"reading time", "en", "Read Time: 4 min", false},
		{"reading time", "uk", "Час читання: 5 хв", false},
		{"reading time", "ru", "Время чтения: 3 мин", false},
		{"teaser with date", "en", "  • Mayor opens new bridge 12.03.2024", false},
		{"teaser with date", "uk", "  • Мер відкрив новий міст 12.03.2024", false},
		{"photo credit", "uk", "Фото: Іван Петренко / УНІАН", false},
		{"photo credit", "ru", "Фото: пресс-служба мэрии", false},
		{"photo credit", "en", "Photo: Reuters", false},
		{"subscription", "en", "Subscribe to our newsletter", false},
		{"subscription", "uk", "Підписуйтесь на наш Telegram", false},
		{"subscription", "ru", "Подпишитесь на наш канал", false},
		{"body", "en", bodyEN, true},
		{"body", "uk", bodyUK, true},
		{"body", "ru", bodyRU, true},
	}
	ctx := map[string]string{"en": bodyEN, "uk": bodyUK, "ru": bodyRU}
	for _, tc := range tests {
		t.Run(tc.name+"/"+tc.lang, func(t *testing.T) {
			p := ctx[tc.lang]
			// The line sits between two body paragraphs, as in a page.
			text := "Menu\n" + p + "\n" + tc.line + "\n" + p + "\nFooter\n"
			r := Extract(text)
			got := false
			for _, s := range r.Blocks {
				if strings.TrimSpace(tc.line) == text[s.Start:s.End] {
					got = true
				}
			}
			if got != tc.body {
				t.Errorf("%q: body=%v, want %v", tc.line, got, tc.body)
			}
			if len(r.Blocks) < 2 {
				t.Errorf("body paragraphs lost: %d blocks", len(r.Blocks))
			}
		})
	}
}

func TestMetadata(t *testing.T) {
	tests := []struct {
		lang, text, title, author, date string
	}{
		{"en", "Home | News | Sport\nCouncil extends the tram line north\nBy John Smith\nMarch 12, 2024\n" + bodyEN + "\n" + bodyEN + "\n  • Other story 01.01.2020\n",
			"Council extends the tram line north", "John Smith", "2024-03-12"},
		{"uk", "Головна\nРада продовжить трамвайну лінію на північ\nАвтор: Іван Петренко\n12.03.2024\n" + bodyUK + "\n" + bodyUK + "\n  • Інша новина 01.01.2020\n",
			"Рада продовжить трамвайну лінію на північ", "Іван Петренко", "2024-03-12"},
		{"ru", "Главная\nСовет продлит трамвайную линию на север\nАвтор: Иван Петренко\n12.03.2024\n" + bodyRU + "\n" + bodyRU + "\n",
			"Совет продлит трамвайную линию на север", "Иван Петренко", "2024-03-12"},
	}
	for _, tc := range tests {
		t.Run(tc.lang, func(t *testing.T) {
			r := Extract(tc.text)
			if r.Title != tc.title {
				t.Errorf("title %q, want %q", r.Title, tc.title)
			}
			if len(r.Authors) != 1 || r.Authors[0] != tc.author {
				t.Errorf("authors %q, want [%q]", r.Authors, tc.author)
			}
			if r.Published != tc.date {
				t.Errorf("published %q, want %q", r.Published, tc.date)
			}
		})
	}
}

func TestBylineNames(t *testing.T) {
	tests := []struct {
		line string
		want []string
	}{
		{"by Jane Roe and The Daily Example news desk April 11, 2024 10:37 PM 2 min read", []string{"Jane Roe"}},
		{"By John Smith, Mary Major | 12.03.2024", []string{"John Smith", "Mary Major"}},
		{"Von Hans Müller und Eva Schmidt", []string{"Hans Müller", "Eva Schmidt"}},
		{"Автор: Олена Ковальська", []string{"Олена Ковальська"}},
		{"By Reuters Staff", nil},
		{"by the editorial team", nil},
	}
	for _, tc := range tests {
		got := bylineNames(tc.line)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("bylineNames(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"April 11, 2024 10:37 PM", "2024-04-11"},
		{"Sept. 25, 2018", "2018-09-25"},
		{"Wednesday, 22 February 2023, 12:30", "2023-02-22"},
		{"12.03.2024", "2024-03-12"},
		{"27.05.24, 14:20", "2024-05-27"},
		{"3/14/2021", "2021-03-14"},
		{"02/11/2023", "2023-11-02"},
		{"Dzisiaj, 02-11-2023 13:29", "2023-11-02"},
		{"Published 8th Nov 2023, 18:58 GMT", "2023-11-08"},
		{"publié le 1er novembre 2023 à 16h28", "2023-11-01"},
		{"2019-11-20T10:00", "2019-11-20"},
		{"1 de diciembre de 2017 3:00 AM", "2017-12-01"},
		{"21.dez.2018 às 12h55", "2018-12-21"},
		{"31 січня 2024", "2024-01-31"},
		{"5 марта 2023 г.", "2023-03-05"},
		{"12. März 2020", "2020-03-12"},
		{"31.02.2024", ""},
		{"Room 12 2024", ""},
		{"2023/11/02 22:27", "2023-11-02"},
		{"2023. 11. 2. 오후 3:00", "2023-11-02"},
		{"/media/2023/11/20231102-OYT1I50156", ""},
		{"Publié le 2 nov. 2023 à 16:00Mis à jour le 2 nov. 2023 à 16:16", "2023-11-02"},
		{"13.\u20091.\u20092020", "2020-01-13"},
		{"14. 01. 2020, 13:47", "2020-01-14"},
		{"Von Deutscher Tennis Bund 4.\u20092.\u20092022.", "2022-02-04"},
		{"Kapitel 3.  4. 2022", ""},
	}
	for _, tc := range tests {
		got, _ := parseDate(unspaceDate(tc.in))
		if got != tc.want {
			t.Errorf("parseDate(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestHeadlineBeforeFurniture: a headline followed by a view counter
// (bullet and no-break space, as w3m writes it) is the title, not the
// counter; a headline inside the run is taken out of the body.
func TestHeadlineBeforeFurniture(t *testing.T) {
	text := "Skip to content\nCouncil extends the tram line to the north\n \u2022\u00a022366 views\n" + bodyEN + "\n" + bodyEN + "\n"
	r := Extract(text)
	if r.Title != "Council extends the tram line to the north" {
		t.Errorf("title %q", r.Title)
	}
	for _, s := range r.Blocks {
		if s == r.TitleSpan || strings.Contains(text[s.Start:s.End], "22366") {
			t.Errorf("block %q is not body", text[s.Start:s.End])
		}
	}
	if len(r.Blocks) != 2 {
		t.Errorf("%d blocks, want 2", len(r.Blocks))
	}
}

// TestHeadlineOverStandfirst: a standfirst under the headline shares more
// words with the body than the headline does; past half its words that
// overlap says it sums up the body, not that it is the headline.
func TestHeadlineOverStandfirst(t *testing.T) {
	text := "Politics\nTram line to reach the northern districts by 2030\n" +
		"The city council voted to extend the tram line to the northern districts, a project debated for a decade\n" +
		"By John Smith\nReading time: 4 min\n" + bodyEN + "\n" + bodyEN + "\n"
	r := Extract(text)
	if r.Title != "Tram line to reach the northern districts by 2030" {
		t.Errorf("title %q", r.Title)
	}
	for _, s := range r.Blocks {
		if strings.Contains(text[s.Start:s.End], "Reading time") {
			t.Errorf("block %q is not body", text[s.Start:s.End])
		}
	}
}

// TestComments: the run stops at a comments header; readers' comments
// after it are not body.
func TestComments(t *testing.T) {
	comment := "What a waste of money, the old line was perfectly fine and nobody asked for a tram to the north anyway."
	text := "Council extends the tram line\n" + bodyEN + "\n" + bodyEN + "\n" + bodyEN + "\nComments (2)\nJohn / 12.03.2024\n" + comment + "\nMary / 12.03.2024\n" + comment + "\n"
	r := Extract(text)
	for _, s := range r.Blocks {
		if text[s.Start:s.End] == comment {
			t.Fatalf("comment %q in body", comment)
		}
	}
	if len(r.Blocks) != 3 {
		t.Errorf("%d blocks, want 3", len(r.Blocks))
	}
}

// TestSeeds checks the bundled example pages: the headline (not a view
// counter or "Skip to content"), the byline's person without the news
// desk, and the byline's date.
func TestSeeds(t *testing.T) {
	tests := []struct {
		file, title, author, date string
	}{
		{"000_445bdee653c4938c.txt", "The Chinese Defense Ministry responded to accusations of supporting the Russian defense industry: says they are \"responsible\" for exporting military products", "", ""},
		{"002_13292a0a31637920.txt", "China dismisses criticism over Russia ties, says it has right to 'normal cooperation'", "Kateryna Hodunova", "2024-04-11"},
		{"003_8424462b2afe197b.txt", "China denies intentions to supply arms to Russia", "", "2023-02-22"},
	}
	for _, tc := range tests {
		raw, err := fs.ReadFile(examples.Pages, tc.file)
		if err != nil {
			t.Fatal(err)
		}
		r := Extract(string(raw))
		if r.Title != tc.title {
			t.Errorf("%s: title %q, want %q", tc.file, r.Title, tc.title)
		}
		if tc.author != "" && (len(r.Authors) != 1 || r.Authors[0] != tc.author) {
			t.Errorf("%s: authors %q, want [%q]", tc.file, r.Authors, tc.author)
		}
		if r.Published != tc.date {
			t.Errorf("%s: published %q, want %q", tc.file, r.Published, tc.date)
		}
		checkSpans(t, string(raw), r)
	}
}

// TestSlashOrder: a page whose other slashed dates are month first
// (12/25/2022) reads 11/8/2023 as November 8; without such a date it is
// day first.
func TestSlashOrder(t *testing.T) {
	for _, tc := range []struct{ extra, want string }{
		{"  • Older story 12/25/2022\n", "2023-11-08"},
		{"", "2023-08-11"},
	} {
		text := "Council extends the tram line to the north\nUpdated 11/8/2023 10:46 PM\n" + bodyEN + "\n" + bodyEN + "\n" + tc.extra
		if got := Extract(text).Published; got != tc.want {
			t.Errorf("extra %q: published %q, want %q", tc.extra, got, tc.want)
		}
	}
}

func checkSpans(t *testing.T, text string, r Result) {
	prev := 0
	for _, s := range r.Blocks {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("bad span %v (prev end %d, len %d)", s, prev, len(text))
		}
		prev = s.End
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("Title line here\nBy Jane Doe\n12.03.2024\n" + bodyEN + "\n")
	f.Add("\xff\xfe\n\n\n• a\n" + bodyRU)
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		checkSpans(t, s, Extract(s))
	})
}

func BenchmarkExtract(b *testing.B) {
	var sb strings.Builder
	for i := 0; i < 40; i++ {
		sb.WriteString("  • Menu item\n22366 переглядів\n" + bodyUK + "\nФото: УНІАН\n")
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Extract(text)
	}
}

// TestSplitArticle checks that an article cut in two by a code listing or
// a gallery of captions keeps both halves, and that a comments header
// still ends it.
func TestSplitArticle(t *testing.T) {
	p1 := "The first half of the article explains at length what the council decided on Tuesday and why the vote took so long to arrive after years of debate."
	p2 := "The second half of the article, after the gallery, quotes the mayor and the opposition leader on what the tram line will cost the city over ten years."
	p3 := "A third paragraph closes the article with the timetable for the construction work, which is due to start in the spring and last about three years."
	p4 := "The last paragraph lists the districts the new line will serve first and the number of passengers the operator expects to carry on it every day."
	p5 := "Opponents of the project say the money would be better spent on buses, which could serve more districts sooner and at a fraction of the cost."
	p0 := "A lead paragraph sums up the story for readers in a hurry: the tram line will be extended to the north, and the work will start next spring."
	var code strings.Builder
	for range 30 {
		code.WriteString("list: [\n")
	}
	var popular strings.Builder
	for _, h := range []string{"The 39 Best Films on Netflix This Week", "Special Ops Oatmeal and the Survival Food Boom", "The 14 Best Films on Amazon Prime Right Now", "The 29 Best Series on Amazon Prime Right Now", "Why the Best Phones of the Year Cost Less Than Before", "How a Small Town Became the Centre of the Chip Trade", "What the New Rules Mean for Your Next Car Purchase"} {
		popular.WriteString("• " + h + "\n" + h + "\nBy Matt Kamen\n")
	}
	var gallery strings.Builder
	for i := range 15 {
		gallery.WriteString("Photo " + string(rune('A'+i)) + "\nNext image\n")
	}
	tests := []struct {
		name, mid string
		whole     bool
	}{
		{"code listing", code.String(), true},
		{"gallery", "• Share\n• Tweet\n" + gallery.String(), true},
		{"comments", "Comments\n", false},
		{"a most-popular box inside the article", "Most Popular\n" + popular.String(), true},
	}
	for _, tc := range tests {
		text := "Menu\n" + p0 + "\n" + p1 + "\n" + p5 + "\n" + tc.mid + p2 + "\n" + p3 + "\n" + p4 + "\nFooter\n"
		r := Extract(text)
		body := ""
		for _, s := range r.Blocks {
			body += text[s.Start:s.End] + "\n"
		}
		got := strings.Contains(body, p1) && strings.Contains(body, p4)
		if got != tc.whole {
			t.Errorf("%s: both halves kept = %v, want %v (%d blocks)", tc.name, got, tc.whole, len(r.Blocks))
		}
	}
}

func TestRelatedHeader(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Related", true},
		{"RELATED:", true},
		{"Siehe auch", true},
		{"Beitrags-Navigation", true},
		{"Post navigation", true},
		{"NOTAS RELACIONADAS", true},
		{"Neueste Kommentare", true},
		{"Related party deals rose", false},
		{"Siebenschläfer im Garten", false},
	}
	for _, tt := range tests {
		if got := relatedHeader(strings.ToLower(tt.line)); got != tt.want {
			t.Errorf("relatedHeader(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestShortRunJoins: a run of one paragraph is a fragment; the article's
// next paragraph past a share bar joins it, which a run of several
// paragraphs needs two paragraphs for.
func TestShortRunJoins(t *testing.T) {
	pA := "The city council voted on Tuesday to extend the tram line to the northern districts, a project that has been debated for more than a decade and is expected to cost about 300 million euros."
	pB := "Construction is due to start next spring, the mayor said, and the first trams should run on the new tracks within three years if the courts reject the remaining complaints against the plan."
	text := "Menu\n" + pA + "\n• Share\n• Tweet\n• Mail\n• Print\n" + pB + "\nFooter\n"
	r := Extract(text)
	body := ""
	for _, s := range r.Blocks {
		body += text[s.Start:s.End] + "\n"
	}
	if !strings.Contains(body, pA) || !strings.Contains(body, pB) {
		t.Errorf("body %q: want both paragraphs", body)
	}
	if strings.Contains(body, "Share") {
		t.Errorf("body %q holds the share bar", body)
	}
}

// TestTeaserHeadlines checks that a list of other stories' headlines (long
// lines that do not end like sentences) after the article is not body.
func TestTeaserHeadlines(t *testing.T) {
	text := "Menu\n" + bodyEN + "\n" + bodyEN[:len(bodyEN)-1] + " again.\n" + "The council will meet again next month to approve the budget for the first stage of the works and to choose the contractor.\n"
	heads := []string{
		"College evacuated and roads locked down as police race to scene of suspicious package",
		"Inside the cheapest street on the board where locals are desperate for a station",
		"Inside the care home where a resident was left alone in a windowless room",
		"Owners scramble to sell their dogs for a few pounds as the breed is set to be banned",
		"Army veteran says the planned march on Remembrance Day risks kicking off trouble in town",
		"Moment reckless bodyboarders flout the storm warnings to ride the monster waves at the beach",
	}
	for _, h := range heads {
		text += "slug words here\n" + h + "\n"
	}
	r := Extract(text)
	for _, s := range r.Blocks {
		for _, h := range heads {
			if text[s.Start:s.End] == h {
				t.Errorf("teaser headline taken as body: %q", h)
			}
		}
	}
	if len(r.Blocks) < 3 {
		t.Errorf("article lost: %d blocks", len(r.Blocks))
	}
}

// TestTeaserCards checks that the summaries of teaser cards that repeat
// their headline below the summary (H, P, H) are not body.
func TestTeaserCards(t *testing.T) {
	text := "Menu\n" + bodyEN + "\nThe council will meet again next month to approve the budget for the first stage of the works and to choose the contractor.\nLatest\n"
	sums := []string{
		"The final report of the justice committee was postponed to next Wednesday so that members can read the new evidence first.",
		"The newspaper analysed in an editorial the latest political events in the country and asked for the sanctions to return.",
		"The singer spoke about his fortune, his favourite dish and how often he has been in love, in a long interview on the radio.",
	}
	for i, s := range sums {
		h := "Headline number " + string(rune('A'+i)) + " of the other story in the list"
		text += h + "\n" + s + "\n" + h + "\n"
	}
	r := Extract(text)
	for _, b := range r.Blocks {
		for _, s := range sums {
			if text[b.Start:b.End] == s {
				t.Errorf("teaser summary taken as body: %q", s)
			}
		}
	}
}

func TestTitleLineParts(t *testing.T) {
	for in, want := range map[string]string{
		"Startseite » Aktuelles » Jetzt noch Plätze sichern": "Jetzt noch Plätze sichern",
		"• Mayor opens new bridge":                           "Mayor opens new bridge",
		"Israel - Hamas » the news of the day":               "Israel - Hamas » the news of the day",
	} {
		got, cut := titleText(in)
		if got != want || in[cut:] != want {
			t.Errorf("titleText(%q) = %q, cut %d; want %q", in, got, cut, want)
		}
	}
	for in, want := range map[string]bool{
		"Acting U.S. Attorney Joshua Levy speaks at a press conference. Pat Greenhouse / The Boston Globe": true,
		"Storm Ciarán is causing damage in southern England. EPA-EFE/Stuart Brock":                         true,
		"The cost of living crisis (Eric Tschaen/Pool/Sipa)":                                               true,
		"Council votes 12/3 to extend the tram line":                                                       false,
		"Read more at https://example.org/a/b. See also":                                                   false,
	} {
		if got := creditTail(in); got != want {
			t.Errorf("creditTail(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestPublishedLine checks that a "Published: …" line a few lines into the
// body gives the date even when it is long.
func TestPublishedLine(t *testing.T) {
	text := "Menu\nTram line to reach the north by 2027, council decides\nBy Jane Miller | jane@example.com | City News Group\n" +
		bodyEN + "\n" + bodyEN[:40] + " and more words here to make it differ.\nA third paragraph that is long enough to count as part of the article body of the page.\n" +
		"PUBLISHED: November 8, 2023 at 5:49 p.m. | UPDATED: November 9, 2023 at 6:17 p.m.\n" + bodyUK + "\n"
	if got := Extract(text).Published; got != "2023-11-08" {
		t.Errorf("Published = %q, want 2023-11-08", got)
	}
}

// TestPublishedLeads: a line that says it gives the publication date in
// the words German pages use ("Erschienen am", "Publiziert am") is the date
// line, over a teaser's date nearer the headline; a bare "Datum:" (a photo's,
// an event's) is not such a line.
func TestPublishedLeads(t *testing.T) {
	if pubLead("Datum: 31/08/2019") {
		t.Error(`pubLead("Datum: 31/08/2019") = true`)
	}
	for _, lead := range []string{"Erschienen am: 01.11.2023", "Erscheinungsdatum: 01.11.2023", "Publiziert am 1. November 2023", "Gepostet am 1. November 2023"} {
		text := "Menu\nTram line to reach the north by 2027, council decides\nMore news 12.10.2023\n" + bodyEN + "\n" + lead + "\n" + bodyUK + "\n"
		if got := Extract(text).Published; got != "2023-11-01" {
			t.Errorf("%q: Published = %q, want 2023-11-01", lead, got)
		}
		if !pubLead(lead) {
			t.Errorf("pubLead(%q) = false", lead)
		}
	}
}

// TestDateInHeadlineLine checks that a headline line ending with its date
// gives the date when no other line does.
func TestDateInHeadlineLine(t *testing.T) {
	text := "Menu\nMinister: project lays the ground for data protection : Date: 26.01.2022 Release: 6/2022\n" + bodyEN + "\n" +
		"The council will meet again next month to approve the budget for the first stage of the works and to choose the contractor.\n"
	if got := Extract(text).Published; got != "2022-01-26" {
		t.Errorf("Published = %q, want 2022-01-26", got)
	}
}

func TestDateNear(t *testing.T) {
	teasers := []string{"Most read", "Other story one 12.01.2021", "Other story two 13.01.2021"}
	var body9 []string
	for range 9 {
		body9 = append(body9, "A paragraph of the article without any date in it, long enough to be body.")
	}
	for _, tc := range []struct {
		name         string
		lines        []string
		title, start int
		want         string
	}{
		{"date line above the headline, teaser dates elsewhere",
			append([]string{"02.02.2022 10:16 Uhr - 1. Bundesliga - PM Vereine, red", "Headline of the story", "First paragraph of the article, long enough to read as body text here."}, teasers...), 1, 2, "2022-02-02"},
		{"byline with its date under the headline",
			[]string{"Menu", "Headline", "By Jane Roe, March 3, 2021", "Body text of the article follows here."}, 1, 3, "2021-03-03"},
		{"date only in the headline line", []string{"Headline : Datum: 26.01.2022", "Body."}, 0, 1, "2022-01-26"},
		{"no date near the headline; teasers after the body", append(append([]string{"Headline"}, body9...), teasers...), 0, 1, ""},
		{"no lines", nil, -1, 0, ""},
		{"title out of range", []string{"a"}, 3, 4, ""},
	} {
		if got := DateNear(tc.lines, tc.title, tc.start); got != tc.want {
			t.Errorf("%s: DateNear = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestEmbeddedPosts checks that the signature lines of posts quoted in an
// article ("— Name (@handle) November 2, 2023"), dated and repeated like a
// teaser list's dates, do not cut the article short.
func TestEmbeddedPosts(t *testing.T) {
	paras := []string{
		"The advert went out on Wednesday and the responses came in fast, most of them delighted and a few of them baffled by the casting choice.",
		"Here are some of our favourite things people have been saying about the campaign since it first appeared on television this week.",
		"Another viewer wondered whether all the adverts were set in the same universe, which would explain a great deal about the festive season.",
		"The company said it was thrilled by the reaction and that the campaign would run on television and online until the end of December.",
	}
	text := "Menu\nHome\nViewers love the new Christmas advert\n" + paras[0] + "\n"
	for i, p := range paras[1:] {
		text += "Short reaction number " + string(rune('a'+i)) + " pic.twitter.com/Abc" + string(rune('a'+i)) + "\n"
		text += "— Viewer " + string(rune('A'+i)) + " (@viewer" + string(rune('a'+i)) + ") November 2, 2023\n"
		text += p + "\n"
	}
	text += "Footer\n"
	r := Extract(text)
	body := ""
	for _, s := range r.Blocks {
		body += text[s.Start:s.End] + "\n"
	}
	for _, p := range paras {
		if !strings.Contains(body, p) {
			t.Errorf("paragraph lost: %.40q…\nbody:\n%s", p, body)
		}
	}
	if !reTweetSig.MatchString("— M&S (@marksandspencer) November 1, 2023") || reTweetSig.MatchString("Follow us (@paper) for news") {
		t.Error("reTweetSig does not tell a post's signature from other lines")
	}
}

// TestHeadlinePicker: the headline features that set a w3m dump's
// headline apart from the lines around it (a heading stands between blank
// lines, a breadcrumb runs into the headline, a site name sits above the
// menu, tags and subtitles sit under the headline), and that the body
// starts under the headline.
func TestHeadlinePicker(t *testing.T) {
	body := bodyEN + "\n\n" + bodyEN + "\n\n" + bodyEN + "\n"
	cases := []struct {
		name, text, title string
		bodyHas           string // a line that must be body ("" for none)
	}{
		{"site name above the menu",
			"Ein Ostfriese in Franken unterwegs\n\n  • Datenschutz\n  • Kontakt\n  • Impressum\n\nTram line to reach the northern districts\n\n" + body,
			"Tram line to reach the northern districts", ""},
		{"breadcrumb run into the headline",
			"Home News Tram line to reach the northern districts\n\nTram line to reach the northern districts\n\n12 March 2024\n\n" + body,
			"Tram line to reach the northern districts", ""},
		{"tags under the headline",
			"Skip to content\n\nTram line to reach the northern districts\n\nCouncil, Transport, Trams, North\n\n" + body,
			"Tram line to reach the northern districts", ""},
		{"subtitle under the headline",
			"Skip to content\nMenu\n\nTram line reaches the north\n\nThe council's long-debated extension will serve three districts from 2030\n\n12 March 2024 | John Smith\n\n" + body,
			"Tram line reaches the north", ""},
		{"standfirst above a photo block is body",
			"Skip to content\n\nTram line reaches the north\n\n" +
				"After ten years of debate the city council agreed on Tuesday to take the tram line to the northern districts, and work starts next spring.\n\n" +
				"[photo]\nPhoto: City Hall\n\n  • Share\n  • Tweet\n  • Email\n  • Print\n\n" + body,
			"Tram line reaches the north", "After ten years of debate"},
	}
	for _, c := range cases {
		r := Extract(c.text)
		if r.Title != c.title {
			t.Errorf("%s: title %q, want %q", c.name, r.Title, c.title)
		}
		if c.bodyHas == "" {
			continue
		}
		found := false
		for _, s := range r.Blocks {
			if strings.Contains(c.text[s.Start:s.End], c.bodyHas) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: %q is not in the body", c.name, c.bodyHas)
		}
	}
}
