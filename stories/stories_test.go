package stories

import (
	"context"
	"math"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/internal/modeltest"
	"github.com/pressclip/pressclip/internal/shared"
)

func TestStem(t *testing.T) {
	tests := []struct{ a, b string }{
		{"москва", "москви"},
		{"москва", "москві"},
		{"elections", "election"},
		{"міністра", "міністр"},
		{"шойгу", "шойгу"},
	}
	for _, tt := range tests {
		if stem(tt.a) != stem(tt.b) {
			t.Errorf("stem(%q)=%q, stem(%q)=%q: want equal", tt.a, stem(tt.a), tt.b, stem(tt.b))
		}
	}
	if stem("москва") == stem("моряк") {
		t.Errorf("different words share a stem")
	}
}

func page(src, lang, title, body, published string, people ...string) *doc.Doc {
	d := &doc.Doc{Source: src, Lang: lang, Title: title, Text: body, Published: published}
	d.Blocks = []doc.Block{{Span: doc.Span{Start: 0, End: len(body)}}}
	for _, p := range people {
		d.People = append(d.People, doc.Person{ID: p})
	}
	return d
}

func TestClustererGroupsEventsAcrossLanguages(t *testing.T) {
	m, err := LoadModel()
	if err != nil {
		t.Fatal(err)
	}
	c := New(m, Options{})
	pages := []*doc.Doc{
		page("a", "en", "Shoigu meets Dong Jun in Beijing", "Russian defence minister Sergei Shoigu met Chinese defence minister Dong Jun in Beijing to discuss military cooperation and joint exercises.", "2024-04-02", "p-shoigu", "p-dong-jun"),
		page("b", "uk", "Шойгу зустрівся з Дун Цзюнем у Пекіні", "Міністр оборони Росії Сергій Шойгу зустрівся з міністром оборони Китаю Дун Цзюнем у Пекіні, щоб обговорити військову співпрацю та спільні навчання.", "2024-04-03", "p-shoigu", "p-dong-jun"),
		page("c", "en", "Earthquake strikes northern Chile", "A powerful earthquake of magnitude 7.8 struck northern Chile, damaging buildings and cutting power; rescue teams searched the rubble.", "2024-04-02"),
		page("d", "en", "Chile quake damages buildings", "Rescue teams in northern Chile searched collapsed buildings after the magnitude 7.8 earthquake cut power to thousands.", "2024-04-02"),
	}
	var got []Assignment
	for _, d := range pages {
		got = append(got, c.Add(d))
	}
	if got[0].Story != got[1].Story {
		t.Errorf("English and Ukrainian pages of one meeting are in different stories: %v", got)
	}
	if got[2].Story != got[3].Story {
		t.Errorf("two earthquake pages are in different stories: %v", got)
	}
	if got[0].Story == got[2].Story {
		t.Errorf("a meeting and an earthquake share a story: %v", got)
	}
	if pages[1].Story != got[1].Story || pages[1].Topic == "" {
		t.Errorf("Add did not record ids on the page: %+v", pages[1])
	}
	if n := len(c.Stories()); n != 2 {
		t.Errorf("%d stories, want 2", n)
	}
}

// TestTrainReproducesModel retrains from ../shared and checks the bytes
// against the committed recipe.
func TestTrainReproducesModel(t *testing.T) {
	root := filepath.Dir(shared.Require(t, "train"))
	m, err := Train(context.Background(), TrainData{Train: filepath.Join(root, "train"), Eval: filepath.Join(root, "eval")})
	if err != nil {
		t.Fatal(err)
	}
	modeltest.Reproduces(t, "retrained", ModelFile, m.Encode)
}

func TestSkeleton(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Trump", "Тръмп"},
		{"Covid", "Ковид"},
		{"Biden", "Байдън"},
		{"Brexit", "Брексит"},
		{"Ryanair", "Райънеър"},
		{"Zelensky", "Зеленський"},
	}
	for _, tt := range tests {
		if skeleton(tt.a) != skeleton(tt.b) {
			t.Errorf("skeleton(%q)=%q, skeleton(%q)=%q: want equal", tt.a, skeleton(tt.a), tt.b, skeleton(tt.b))
		}
	}
	if skeleton("Trump") == skeleton("Biden") {
		t.Error("different names share a skeleton")
	}
}

// topicSim loads v (a unit page vector, or from's sum) into the scratch
// and returns its similarity to topic t.
func (c *Clusterer) topicSim(v vector, from, t *cluster) float64 {
	c.sc.load(v, len(c.terms))
	defer c.sc.unload()
	return c.loadedTopicSim(from, t)
}

// TestTopicSimLinkage checks both linkages against their definitions on a
// spread-out topic of two orthogonal pages: the centroid is as close to a
// third page along one of them as 1/√2, the mean page only 1/2.
func TestTopicSimLinkage(t *testing.T) {
	topic := &cluster{sum: fromMap(map[int32]float64{0: 1, 1: 1}), size: 2, topic: -1}
	topic.norm = math.Sqrt2
	v := fromMap(map[int32]float64{0: 1})
	for _, tc := range []struct {
		link Linkage
		want float64
	}{
		{CentroidLink, 1 / math.Sqrt2},
		{AverageLink, 0.5},
	} {
		c := New(nil, Options{Linkage: tc.link})
		if got := c.topicSim(v, nil, topic); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("linkage %d: page similarity %.4f, want %.4f", tc.link, got, tc.want)
		}
		// A topic compared with itself: centroid cosine 1, mean pairwise
		// cosine (1+0+0+1)/4 = 0.5.
		self := map[Linkage]float64{CentroidLink: 1, AverageLink: 0.5}[tc.link]
		if got := c.topicSim(topic.sum, topic, topic); math.Abs(got-self) > 1e-9 {
			t.Errorf("linkage %d: topic self-similarity %.4f, want %.4f", tc.link, got, self)
		}
	}
}

// TestWordCacheKeepsVectors checks that vectors built through a word cache,
// filled by earlier pages and in another language mode, equal those built
// word by word.
func TestWordCacheKeepsVectors(t *testing.T) {
	m, err := LoadModel()
	if err != nil {
		t.Fatal(err)
	}
	pages := []*doc.Doc{
		page("a", "en", "Shoigu meets Dong Jun in Beijing", "Russian defence minister Sergei Shoigu met Chinese defence minister Dong Jun in Beijing; the ministers discussed exercises.", "2024-04-02", "p-shoigu"),
		page("b", "uk", "Шойгу зустрівся з Дун Цзюнем у Пекіні", "Міністр оборони Росії Сергій Шойгу зустрівся з міністром оборони Китаю у Пекіні. Пекін, Пекіні!", "2024-04-03"),
		page("c", "pl", "Pandemia w Polsce: Łódź i Kraków", "Pandemia koronawirusa dotknęła Łódź, Kraków i Warszawę; Beijing pandemia Pandemia.", ""),
		page("d", "bg", "Пандемия в България", "Пандемията в София и Пекин; Шойгу.", ""),
	}
	pages[0].Entities = []doc.Entity{{Span: doc.Span{Start: 0, End: 15}, Type: "ORG"}}
	pages[2].Entities = []doc.Entity{{Span: doc.Span{Start: 29, End: 36}, Type: "LOC"}}
	var wc wordCache
	for pass := range 2 {
		for _, d := range pages {
			want := m.vectorize(d, nil)
			got := m.vectorize(d, &wc)
			if !sameVector(got.story, want.story) || !sameVector(got.topic, want.topic) {
				t.Errorf("pass %d, page %s: cached vectors differ:\n got %v\nwant %v", pass, d.Source, got, want)
			}
			if len(want.story) == 0 || len(want.topic) == 0 {
				t.Errorf("page %s: empty vector", d.Source)
			}
		}
	}
	if len(wc.m) == 0 {
		t.Error("the cache holds nothing")
	}
}

// sameVector compares weights up to rounding: a unit vector's norm is summed
// in map order.
func sameVector(a, b termVec) bool {
	if len(a) != len(b) {
		return false
	}
	for t, w := range a {
		if u, ok := b[t]; !ok || math.Abs(u-w) > 1e-12 {
			return false
		}
	}
	return true
}

// TestReclusterIgnoresArrivalOrder feeds the same pages in every order of a
// few and checks that, once regrouped, the topics partition the pages the
// same way and keep unrelated events apart.
func TestReclusterIgnoresArrivalOrder(t *testing.T) {
	m, err := LoadModel()
	if err != nil {
		t.Fatal(err)
	}
	mk := func() []*doc.Doc {
		return []*doc.Doc{
			page("a", "en", "Shoigu meets Dong Jun in Beijing", "Russian defence minister Sergei Shoigu met Chinese defence minister Dong Jun in Beijing to discuss military cooperation and joint exercises.", "2024-04-02", "p-shoigu", "p-dong-jun"),
			page("b", "uk", "Шойгу зустрівся з Дун Цзюнем у Пекіні", "Міністр оборони Росії Сергій Шойгу зустрівся з міністром оборони Китаю Дун Цзюнем у Пекіні, щоб обговорити військову співпрацю та спільні навчання.", "2024-04-03", "p-shoigu", "p-dong-jun"),
			page("c", "en", "China and Russia hold joint naval exercises", "Chinese and Russian warships began joint naval exercises; defence minister Dong Jun said military cooperation with Russia would deepen.", "2024-07-15", "p-dong-jun"),
			page("d", "en", "Earthquake strikes northern Chile", "A powerful earthquake of magnitude 7.8 struck northern Chile, damaging buildings and cutting power; rescue teams searched the rubble.", "2024-04-02"),
			page("e", "en", "Chile quake damages buildings", "Rescue teams in northern Chile searched collapsed buildings after the magnitude 7.8 earthquake cut power to thousands.", "2024-04-02"),
		}
	}
	orders := [][]int{{0, 1, 2, 3, 4}, {4, 3, 2, 1, 0}, {3, 0, 4, 2, 1}, {2, 4, 1, 3, 0}}
	var first map[[2]string]bool
	for _, order := range orders {
		c := New(m, Options{})
		pages := mk()
		story := map[string]string{}
		for _, i := range order {
			story[pages[i].Source] = c.Add(pages[i]).Story
		}
		c.Recluster()
		same := map[[2]string]bool{}
		for _, x := range pages {
			for _, y := range pages {
				same[[2]string{x.Source, y.Source}] = c.TopicOf(story[x.Source]) == c.TopicOf(story[y.Source])
			}
		}
		if same[[2]string{"a", "d"}] {
			t.Errorf("order %v: the meeting and the earthquake share a topic", order)
		}
		if !same[[2]string{"d", "e"}] || !same[[2]string{"a", "b"}] {
			t.Errorf("order %v: one event split across topics", order)
		}
		if first == nil {
			first = same
		} else if !reflect.DeepEqual(same, first) {
			t.Errorf("order %v: topics differ from order %v", order, orders[0])
		}
	}
}

// TestReclusterGrowth checks that Add regroups the topics by itself once the
// pages have grown by ReclusterGrowth: after the 100th page its topics are
// those an explicit Recluster gives.
func TestReclusterGrowth(t *testing.T) {
	m, err := LoadModel()
	if err != nil {
		t.Fatal(err)
	}
	auto, manual := New(m, Options{ReclusterGrowth: 0.5}), New(m, Options{})
	sa, sm := newSynthStream(m, 3), newSynthStream(m, 3)
	var stories []string
	for range minRecluster {
		stories = append(stories, auto.Add(sa.next()).Story)
		manual.Add(sm.next())
	}
	manual.Recluster()
	if auto.next <= minRecluster {
		t.Fatalf("next regrouping at %d pages, want past %d", auto.next, minRecluster)
	}
	for _, x := range stories {
		for _, y := range stories {
			if (auto.TopicOf(x) == auto.TopicOf(y)) != (manual.TopicOf(x) == manual.TopicOf(y)) {
				t.Fatalf("stories %s and %s: automatic and explicit regrouping disagree", x, y)
			}
		}
	}
}

// TestReclusterTopicIDsUnique: a group whose former topic a larger group
// took must not fall back to that topic's id (a story's topic-style id is
// its founding topic's id).
func TestReclusterTopicIDsUnique(t *testing.T) {
	m, err := LoadModel()
	if err != nil {
		t.Fatal(err)
	}
	c := New(m, Options{StoryThreshold: .95, TopicThreshold: 1e-4, TopicThresholdSame: 1e-4})
	c.Add(page("a", "en", "Shoigu meets Dong Jun in Beijing", "Russian defence minister Sergei Shoigu met Chinese defence minister Dong Jun in Beijing to discuss military cooperation and joint exercises.", "2024-04-02", "p-shoigu", "p-dong-jun"))
	for _, src := range []string{"b1", "b2"} {
		c.Add(page(src, "en", "China and Russia hold joint naval exercises", "Chinese and Russian warships began joint naval exercises; defence minister Dong Jun said military cooperation with Russia would deepen.", "2024-07-15", "p-dong-jun"))
	}
	if n := len(c.Stories()); n != 2 {
		t.Fatalf("%d stories, want 2 (the setup no longer splits them)", n)
	}
	c.ReclusterAt(2, 2) // no merges: every story is its own topic
	seen := map[string]bool{}
	topics := c.Topics()
	for _, tp := range topics {
		if seen[tp.ID] {
			t.Errorf("topic id %s given twice: %+v", tp.ID, topics)
		}
		seen[tp.ID] = true
	}
	if len(topics) != 2 {
		t.Errorf("%d topics, want 2", len(topics))
	}
}
