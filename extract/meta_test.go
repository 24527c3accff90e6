package extract

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestCleanAuthors(t *testing.T) {
	tests := []struct {
		in   []string
		site string
		want []string
	}{
		{[]string{"By Jane Miller"}, "", []string{"Jane Miller"}},
		{[]string{"View all posts by Daniel Lemire"}, "", []string{"Daniel Lemire"}},
		{[]string{"Zeige alle Beiträge von Petra Ruland"}, "", []string{"Petra Ruland"}},
		{[]string{"Art Edwards says"}, "", []string{"Art Edwards"}},
		{[]string{"Фото: Іван Петренко", "Олена Коваль"}, "", []string{"Олена Коваль"}},
		{[]string{"jane@example.com", "http://x.org/a", "The Times"}, "The Times", nil},
		{[]string{"Olympia-Verlag GmbH", "Anna Schmidt", "anna schmidt"}, "", []string{"Anna Schmidt"}},
	}
	for _, tt := range tests {
		if got := cleanAuthors(tt.in, tt.site); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("cleanAuthors(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCleanDate(t *testing.T) {
	tests := map[string]string{
		"2024-03-14":                "2024-03-14",
		"2024-03-14T09:30:00+02:00": "2024-03-14T09:30:00+02:00",
		"2024-03-14 09:30":          "2024-03-14T09:30",
		"14 March 2024":             "",
		"":                          "",
	}
	for in, want := range tests {
		if got := cleanDate(in); got != want {
			t.Errorf("cleanDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestStripSiteName(t *testing.T) {
	tests := []struct{ title, site, want string }{
		{"Council approves bridge | The Riverside Times", "The Riverside Times", "Council approves bridge"},
		{"Plejaden, M45 - Abenteuer Astronomie", "", "Plejaden, M45"},
		{"Site - A much longer article title here", "Site", "A much longer article title here"},
		{"No separator here", "", "No separator here"},
		{"Reparaturcafé am 31. Januar: Stadt Ahlen", "Stadt Ahlen", "Reparaturcafé am 31. Januar"},
		{"Kaeser verarscht Neubauer: Adani", "Stadt Ahlen", "Kaeser verarscht Neubauer: Adani"},
		{"Siemens und die Kohlemine: Kaeser", "Kaeser Kompressoren", "Siemens und die Kohlemine: Kaeser"},
		{"NEWS WEB EASY|子どもへの体罰を禁止する法律ができる", "NEWS WEB EASY", "子どもへの体罰を禁止する法律ができる"},
		{"武汉的声音：有英勇的你-新华网", "新华网", "武汉的声音：有英勇的你"},
		{"Hafen-Ausbau", "Hafen", "Hafen-Ausbau"},
		{"News|", "News", "News|"},
	}
	for _, tt := range tests {
		if got := stripSiteName(tt.title, tt.site); got != tt.want {
			t.Errorf("stripSiteName(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestDOMMeta(t *testing.T) {
	src := `<html><head><meta property="og:site_name" content="Daily"><meta property="article:published_time" content="2023-10-31T23:30:00+01:00">
<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"H","author":[{"@type":"Person","name":"A B"},{"@type":"Organization","name":"Daily"}]}]}</script></head>
<body><aside><time datetime="2020-01-01">old</time></aside><p>x</p></body></html>`
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	m := readDOMMeta(root)
	if m.siteName != "Daily" || m.ldHeadline != "H" || !reflect.DeepEqual(m.ldAuthors, []string{"A B"}) {
		t.Errorf("meta %+v", m)
	}
	// The page's own local date, not a teaser's <time> in an aside.
	if !reflect.DeepEqual(m.dates, []string{"2023-10-31T23:30:00+01:00"}) {
		t.Errorf("dates %q", m.dates)
	}
}

func TestJunk(t *testing.T) {
	tests := []struct {
		b    block
		want bool
	}{
		{block{text: "Read more: Looted colonial art"}, true},
		{block{text: "Читайте також: Новини дня"}, true},
		{block{text: "Subscribe now to our eNATION edition for the full story."}, true},
		{block{text: "Minister looks on as the ribbon is cut", tag: atom.Figcaption}, true},
		{block{text: "Home News Sport", linkLen: 14}, true},
		{block{text: "The council voted on Wednesday to approve the construction of a new bridge."}, false},
	}
	for _, tt := range tests {
		if got := junk(tt.b); got != tt.want {
			t.Errorf("junk(%q) = %v, want %v", tt.b.text, got, tt.want)
		}
	}
}

func TestChooseTitle(t *testing.T) {
	h1 := func(text string, boiler bool) block {
		return block{text: text, tag: atom.H1, heading: true, boiler: boiler}
	}
	tests := []struct {
		name   string
		blocks []block
		dm     domMeta
		tr     string
		want   string
	}{
		{"h1 agrees with <title> though og differs", []block{h1("Reise durch Sierra Leone: Zeit für Tourismus", true)},
			domMeta{ogTitle: "Sierra Leone: Die Sonne geht auf", metaTitle: "Reise durch Sierra Leone: Zeit für Tourismus"}, "", "Reise durch Sierra Leone: Zeit für Tourismus"},
		{"full headline over a cut og:title", []block{h1("Singer reveals update on her battle and says she is calm", true)},
			domMeta{ogTitle: "Singer reveals update on her battle", ldHeadline: "Singer reveals update on her battle and says she is calm..."}, "", "Singer reveals update on her battle and says she is calm"},
		{"a short label is not the headline", []block{h1("Comments Form", false)},
			domMeta{ogTitle: "Code of the elites", metaTitle: "Code of the elites - Voice"}, "", "Code of the elites"},
		{"the site's name is not the headline", []block{h1("Newsroom", true)},
			domMeta{ogTitle: "[Weekly Newsroom] Babies taken abroad", siteName: "Newsroom"}, "", "[Weekly Newsroom] Babies taken abroad"},
		{"headline matches a part of a CJK title", []block{h1("李克强同志遗体在京火化", false)},
			domMeta{metaTitle: "李克强同志遗体在京火化_中国共产党_哀悼"}, "", "李克强同志遗体在京火化"},
		{"h1 matches go-trafilatura's title", []block{h1("Monitoring Distributed Systems", false), h1("Definitions", false)},
			domMeta{metaTitle: "Google - Site Reliability Engineering"}, "Chapter 6 - Monitoring Distributed Systems", "Monitoring Distributed Systems"},
		{"entities in JSON-LD are decoded", nil, domMeta{ldHeadline: "Australian &#039;megablaze&#039; under control"}, "", "Australian 'megablaze' under control"},
		{"no statement at all", nil, domMeta{}, "", ""},
		{"a dated tail another source leaves out", []block{h1("Minister: project lays the ground : Date: 26.01.2022 Release: 6/2022", false)},
			domMeta{ogTitle: "Minister: project lays the ground - Ministry", siteName: "Ministry"}, "", "Minister: project lays the ground"},
		{"a kicker another source leaves out", []block{h1("Sing, play: Children's service in Velpe is fun for all", false)},
			domMeta{ogTitle: "Children's service in Velpe is fun for all"}, "", "Children's service in Velpe is fun for all"},
		{"the site named by the host leads the <title>", nil,
			domMeta{metaTitle: "Street One Blog | Heaven Blue", ogTitle: "Street One Blog | Heaven Blue", hostName: "street one"}, "", "Heaven Blue"},
		{"a kicker element before the headline's own text", []block{{text: "Tunesien Große Aufgaben für die neue Regierung", tag: atom.H1, heading: true, marks: []int{9}}},
			domMeta{ogTitle: "Große Aufgaben für die neue Regierung"}, "", "Große Aufgaben für die neue Regierung"},
		{"a kicker joined without a space", []block{{text: "Coronavirus und andere ZoonosenWie Umweltzerstörung neue Epidemien begünstigt", tag: atom.H1, heading: true, marks: []int{0, 31}}},
			domMeta{ogTitle: "Wie Umweltzerstörung neue Epidemien begünstigt"}, "", "Wie Umweltzerstörung neue Epidemien begünstigt"},
		{"no element boundary, no cut", []block{h1("Wie pflege ich meine Zaubernuss im Winter?", false)},
			domMeta{ogTitle: "Zaubernuss im Winter?"}, "", "Wie pflege ich meine Zaubernuss im Winter?"},
		{"a dash joins two halves of a headline", []block{h1("Welpen kaufen – Tipps zu jeder Hunderasse", false)},
			domMeta{ogTitle: "Tipps zu jeder Hunderasse"}, "", "Welpen kaufen – Tipps zu jeder Hunderasse"},
		{"a short headline under a statement's kicker", []block{h1("Kaeser verarscht Neubauer", false)},
			domMeta{ogTitle: "Siemens und die Kohlemine Adani: Kaeser verarscht Neubauer"}, "", "Kaeser verarscht Neubauer"},
		{"a headline a statement gives with a dated tail", []block{h1("So viel Regen gab es lange nicht", false), h1("Letzte Kommentare", false)},
			domMeta{ogTitle: "So viel Regen gab es lange nicht : 31.10.2023, 10.19 Uhr"}, "", "So viel Regen gab es lange nicht"},
		{"the blog's name in its header is not the headline", []block{h1("Four Years Remaining", true)},
			domMeta{metaTitle: "Four Years Remaining » Blog Archive » Interning of Small Integers in Python", hostName: "fouryears"}, "", "Interning of Small Integers in Python"},
		{"the blog's name in its header is the last part of the <title>", []block{h1("DimidoBlog", true)},
			domMeta{metaTitle: "Was ist Virales Marketing? | DimidoBlog"}, "", "Was ist Virales Marketing?"},
		{"the headline is the first part of the <title>", []block{h1("Marktplatz für ein gutes Leben", true), h1("Alles hat seine Zeit…", true)},
			domMeta{metaTitle: "Alles hat seine Zeit… | Marktplatz für ein gutes Leben"}, "", "Alles hat seine Zeit…"},
		{"a lone headline in a header over a different og:title", []block{h1("Firmenwagen: Leasing oder Finanzierung?", true)},
			domMeta{ogTitle: "Firmenwagen: Leasen oder Finanzieren? Was lohnt sich?", siteName: "FinCompare"}, "", "Firmenwagen: Leasing oder Finanzierung?"},
		{"a lone linked heading is the site's", []block{{text: "Mein kleines Blog", tag: atom.H1, heading: true, boiler: true, linkLen: 17}},
			domMeta{ogTitle: "XUM1541: Dateien austauschen"}, "", "XUM1541: Dateien austauschen"},
		{"a subtitle element after the headline", []block{{text: "Dezuka Suisan: Fish Cakes, Hot and Fresh Welcome to the Capital", tag: atom.H1, heading: true, boiler: true, marks: []int{40}}},
			domMeta{ogTitle: "Dezuka Suisan: Fish Cakes, Hot and Fresh"}, "", "Dezuka Suisan: Fish Cakes, Hot and Fresh"},
		{"site part and blog archive label leave the <title>", nil,
			domMeta{metaTitle: "Disfunctions.de  » Blog Archiv   » Podcasts in Plex einbinden", hostName: "disfunctions"}, "", "Podcasts in Plex einbinden"},
		{"a one-word section name is not the title, however many say it", nil,
			domMeta{ogTitle: "Aktuelles", metaTitle: "Schneeflöckchen, Weißröckchen – mit Hund im Winter - Martin Rütter DOGS", hostName: "martinruetter"}, "Aktuelles", "Schneeflöckchen, Weißröckchen – mit Hund im Winter"},
		{"a one-word title with nothing longer beside it stays", nil,
			domMeta{ogTitle: "Ischgl", metaTitle: "Ischgl"}, "", "Ischgl"},
		{"a short tail of other words stays", []block{h1("Saftiger Zitronenkuchen vom Blech: einfach köstlich!", false)},
			domMeta{ogTitle: "Saftiger Zitronenkuchen vom Blech"}, "", "Saftiger Zitronenkuchen vom Blech: einfach köstlich!"},
		{"the site's name as a tail goes", []block{h1("EU-Taxonomie: Atomkraft und Erdgas sind nicht nachhaltig | Umweltbundesamt", false)},
			domMeta{ogTitle: "EU-Taxonomie: Atomkraft und Erdgas sind nicht nachhaltig", hostName: "umweltbundesamt"}, "", "EU-Taxonomie: Atomkraft und Erdgas sind nicht nachhaltig"},
		{"a subheading that says the stated title beats an h1 only go-trafilatura repeats",
			[]block{h1("L-Mag", false), {text: "Holocaust-Gedenktag: Lesbische Erinnerungskultur mit Stolpersteinverlegung", tag: atom.H2, heading: true}},
			domMeta{metaTitle: "Holocaust-Gedenktag: Lesbische Erinnerungskultur mit Stolpersteinverlegung"}, "L-Mag",
			"Holocaust-Gedenktag: Lesbische Erinnerungskultur mit Stolpersteinverlegung"},
		{"a subheading showing the whole <title> keeps its tail", []block{{text: "[> Würde des Lebens – ein Projekt", tag: atom.H2, heading: true}},
			domMeta{metaTitle: "Würde des Lebens – ein Projekt"}, "", "Würde des Lebens – ein Projekt"},
		{"an h1 a markup title agrees with beats a subheading", []block{h1("Headline of the day here", false), {text: "Other Thing", tag: atom.H2, heading: true}},
			domMeta{ogTitle: "Headline of the day here", metaTitle: "Site Name | Other Thing"}, "", "Headline of the day here"},
		{"no h1: a section name in an <h2> is not the title over og:title",
			[]block{{text: "Top Stories", tag: atom.H2, heading: true}, {text: "Council approves new bridge over the river", tag: atom.H2, heading: true}},
			domMeta{ogTitle: "Council approves new bridge over the river", metaTitle: "Top Stories | Example News", hostName: "examplenews"}, "",
			"Council approves new bridge over the river"},
		{"a section name in an <h2> is not the title over the h1",
			[]block{h1("Council approves new bridge over the river", false), {text: "Top Stories", tag: atom.H2, heading: true}},
			domMeta{metaTitle: "Top Stories | Example News", hostName: "examplenews"}, "Council approves new bridge over the river",
			"Council approves new bridge over the river"},
		{"the site's name in an <h2> is not the title",
			[]block{h1("Storm hits coast", false), {text: "Example News Daily", tag: atom.H2, heading: true}},
			domMeta{metaTitle: "Weather | Example News Daily", hostName: "examplenewsdaily"}, "Storm hits coast", "Storm hits coast"},
		{"a subheading that says the <title> without its site part beats the site's banner",
			[]block{{text: "ProNATs e.V. Verein zur Unterstützung arbeitender Kinder", tag: atom.H1, heading: true}, {text: "Kinder und Arbeit", tag: atom.H2, heading: true}},
			domMeta{metaTitle: "Kinder und Arbeit » ProNATs e.V.", hostName: "pronats"}, "ProNATs e.V. Verein zur Unterstützung arbeitender Kinder", "Kinder und Arbeit"},
		{"a CJK title is not a one-word statement",
			nil, domMeta{ogTitle: "李克强同志遗体在京火化", metaTitle: "李克强同志遗体在京火化_中国共产党新闻网_人民网"}, "", "李克强同志遗体在京火化"},
		{"a headline all link that is a side part of the <title> is the site's", []block{{text: "Time 4 talks", tag: atom.H1, heading: true, linkLen: 12},
			{text: "Weitere Digitalisierung der Schweizer Kinos", tag: atom.H2, heading: true, linkLen: 43}},
			domMeta{metaTitle: "Time 4 talks  » Blog Archiv   » Weitere Digitalisierung der Schweizer Kinos"}, "Time 4 talks", "Weitere Digitalisierung der Schweizer Kinos"},
		{"the same headline not linked stays", []block{h1("Time 4 talks", false)},
			domMeta{metaTitle: "Time 4 talks  » Blog Archiv   » Weitere Digitalisierung der Schweizer Kinos"}, "Time 4 talks", "Time 4 talks"},
		{"a linked headline that is the longest part stays", []block{{text: "Weitere Digitalisierung der Schweizer Kinos", tag: atom.H1, heading: true, linkLen: 43}},
			domMeta{metaTitle: "Time 4 talks  » Weitere Digitalisierung der Schweizer Kinos"}, "", "Weitere Digitalisierung der Schweizer Kinos"},
		{"a colon before the blog's linked name", []block{{text: "Krimiblog-Archiv", tag: atom.H1, heading: true, linkLen: 16}},
			domMeta{metaTitle: "Das vermutlich schwulste Musikvideo der Welt :  Krimiblog-Archiv | Ermittlungen zum Verfall eines Genres | Gegründet 2005", hostName: "archiv krimiblog"},
			"Krimiblog-Archiv", "Das vermutlich schwulste Musikvideo der Welt"},
		{"the banner's name as a \": Banner\" tail leaves the <title>", []block{{text: "Muffin Rezepte", tag: atom.H1, heading: true, boiler: true, linkLen: 14}},
			domMeta{metaTitle: "Muffin Grundrezept : Muffin Rezepte", hostName: "web archive"}, "Muffin Rezepte", "Muffin Grundrezept"},
		{"on a tie the markup's statement beats go-trafilatura's", []block{h1("Pressemitteilungen", false), h1("Norddeutschland findet seine Meister", false)},
			domMeta{metaTitle: "Norddeutschland findet seine Meister - Berliner Leichtathletik Verband e.V."}, "Pressemitteilungen", "Norddeutschland findet seine Meister"},
		{"the headline is the first part of a stated title split at »", []block{h1("1000 Euro Kredit", false), {text: "1000 Euro Kredit - Online & schnell", tag: atom.H2, heading: true}},
			domMeta{ogTitle: "1000 Euro Kredit » 1000 EUR sofort aufs Konto | GIROMATCH", siteName: "GIROMATCH"}, "", "1000 Euro Kredit"},
		{"a headline whose ruby is read beside it agrees with a title joined to the site's name", []block{h1("子どもへの体罰を禁止する法律ができる", false)},
			domMeta{ogTitle: "NEWS WEB EASY|子どもへの体罰を禁止する法律ができる", siteName: "NEWS WEB EASY"}, "", "子どもへの体罰を禁止する法律ができる"},
		{"a long tail stays", []block{h1("Christmas market this weekend - here's everything you need to know", false)},
			domMeta{metaTitle: "Christmas market this weekend - here's everything you need to know"}, "", "Christmas market this weekend - here's everything you need to know"},
	}
	for _, tt := range tests {
		if got := chooseTitle(tt.blocks, tt.dm, tt.tr); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestBannerOrder: the site's banner strips its ": Banner" tail from the
// stated titles whether it comes before or after the other headlines.
func TestBannerOrder(t *testing.T) {
	banner := block{text: "Muffin Rezepte", tag: atom.H1, heading: true, boiler: true, linkLen: 14}
	other := block{text: "Letzte Kommentare", tag: atom.H1, heading: true}
	dm := domMeta{metaTitle: "Muffin Grundrezept : Muffin Rezepte", hostName: "web archive"}
	for _, blocks := range [][]block{{banner, other}, {other, banner}} {
		if got := chooseTitle(blocks, dm, ""); got != "Muffin Grundrezept" {
			t.Errorf("headlines %q, %q: got %q, want %q", blocks[0].text, blocks[1].text, got, "Muffin Grundrezept")
		}
	}
}

func TestRenderSkipsRuby(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<p><ruby>子<rt>こ</rt></ruby>どもへの<ruby>体罰<rp>(</rp><rt>たいばつ</rt><rp>)</rp></ruby>を</p>`, "子どもへの体罰を"},
		{`<p>plain <b>text</b></p>`, "plain text"},
	}
	for _, tt := range tests {
		root, err := html.Parse(strings.NewReader(tt.in))
		if err != nil {
			t.Fatal(err)
		}
		b := render(root)
		if len(b) != 1 || b[0].text != tt.want {
			t.Errorf("render(%q) = %+v, want one block %q", tt.in, b, tt.want)
		}
	}
}

func TestRenderH1Marks(t *testing.T) {
	root, err := html.Parse(strings.NewReader(`<body><h1> <span class="kicker">Tunesien</span> Große Aufgaben</h1><p>Text</p></body>`))
	if err != nil {
		t.Fatal(err)
	}
	b := render(root)
	if len(b) == 0 || b[0].text != "Tunesien Große Aufgaben" {
		t.Fatalf("blocks %+v", b)
	}
	// the kicker element starts at 0 and ends at 8, before the space
	if !reflect.DeepEqual(b[0].marks, []int{8}) {
		t.Errorf("marks %v, want [8]", b[0].marks)
	}
	if len(b) > 1 && b[1].marks != nil {
		t.Errorf("a paragraph has marks %v", b[1].marks)
	}
}

func TestHostWords(t *testing.T) {
	for in, want := range map[string]string{
		"https://www.street-one.de/blog/Heaven-Blue": "street one",
		"https://news.bbc.co.uk/2/hi/123.stm":        "news bbc",
		"http://m.example.com.au/x":                  "example",
		"https://blog.campact.de/2023/10/x/":         "blog campact",
		"/relative/path":                             "",
		"localhost":                                  "",
		"":                                           "",
	} {
		if got := hostWords(in); got != want {
			t.Errorf("hostWords(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDOMMetaHost(t *testing.T) {
	root, err := html.Parse(strings.NewReader(`<html><head><meta property="og:url" content="https://www.other.org/a"><link rel="canonical" href="https://www.street-one.de/blog/x"></head><body></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if got := readDOMMeta(root).hostName; got != "street one" {
		t.Errorf("hostName %q, want the canonical link's %q", got, "street one")
	}
}

func TestTailOf(t *testing.T) {
	for _, c := range []struct {
		title, stated string
		want          bool
	}{
		{"Headline of the day: 31.10.2023, 10.19 Uhr", "Headline of the day", true},
		{"Headline of the day - 31.10.2023", "Headline of the day", true},
		{"Headline of the day – 31.10.2023", "Headline of the day", false},
		{"Headline of the day — Site", "Headline of the day", false},
		{"Headline of the day · News", "Headline of the day", false},
		{"Headline of the day | The Daily Planet", "Headline of the day", true},
		{"Headline of the day and a much longer second clause here", "Headline of the day", false},
		{"Headline of the day", "Headline of the day", false},
		{"Headline – 2023", "Headline", false}, // one-word stated titles never count
	} {
		if got := tailOf(c.title, c.stated); got != c.want {
			t.Errorf("tailOf(%q, %q) = %v, want %v", c.title, c.stated, got, c.want)
		}
	}
}

// TestVariantSepsSplitTitleSeps checks that variantSeps splits a stated
// title at every separator stripSiteName knows (titleSeps), and at bars
// and underscores without spaces, but not at a hyphen inside a word.
func TestVariantSepsSplitTitleSeps(t *testing.T) {
	for _, sep := range titleSeps {
		if got := variantSeps.Split("Headline"+sep+"Site", -1); len(got) != 2 {
			t.Errorf("variantSeps splits %q into %q, want 2 parts", "Headline"+sep+"Site", got)
		}
	}
	for _, tt := range []struct {
		title string
		parts int
	}{
		{"标题_栏目_网站", 3},
		{"Headline|Site", 2},
		{"Hafen-Ausbau beginnt", 1},
		{"A::B", 1},
	} {
		if got := variantSeps.Split(tt.title, -1); len(got) != tt.parts {
			t.Errorf("variantSeps splits %q into %q, want %d parts", tt.title, got, tt.parts)
		}
	}
}

// TestDOMMetaPageOnly: a datePublished stated only by a JSON-LD WebPage
// node (which SEO plugins give every page) is marked pageOnly; an article
// node, a <meta> publication date or a <time> clears the mark.
func TestDOMMetaPageOnly(t *testing.T) {
	webPage := `<script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2019-11-14T13:51:06+00:00"}]}</script>`
	cases := []struct {
		name, head, body string
		want             bool
	}{
		{"WebPage node only", webPage, `<p>Text</p>`, true},
		{"WebPage and an Article node", webPage + `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-11-13"}</script>`, `<p>Text</p>`, false},
		{"WebPage and a meta date", webPage + `<meta property="article:published_time" content="2019-11-14">`, `<p>Text</p>`, false},
		{"WebPage and a time element", webPage, `<time datetime="2019-11-14">14. November</time><p>Text</p>`, false},
		{"no date at all", ``, `<p>Text</p>`, false},
	}
	for _, c := range cases {
		root, err := html.Parse(strings.NewReader(`<html><head>` + c.head + `</head><body>` + c.body + `</body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		if got := readDOMMeta(root).pageOnly; got != c.want {
			t.Errorf("%s: pageOnly = %v, want %v", c.name, got, c.want)
		}
	}
}
