package ner

import (
	"bytes"
	"context"
	"io"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/internal/shared"
	"github.com/pressclip/pressclip/models"
)

func loadTagger(t testing.TB) *Tagger {
	t.Helper()
	tg, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

func TestTaggerFindsPeople(t *testing.T) {
	tg := loadTagger(t)
	for _, c := range []struct {
		lang, text string
		want       []string // "TYPE text"
	}{
		{"en", "Russian Defence Minister Sergei Shoigu visited Moscow on Monday.", []string{"PER Sergei Shoigu", "LOC Moscow"}},
		{"uk", "Зеленський зустрівся із Сергієм Шойгу в Києві.", []string{"PER Сергієм Шойгу", "LOC Києві"}},
		{"ru", "Министр обороны Сергей Шойгу прибыл в Москву.", []string{"PER Сергей Шойгу", "LOC Москву"}},
		// place names in subject position and a two-part Chinese name
		{"uk", "Міністр оборони Китаю Лі Шанфу заявив, що Пекін не допустить незалежності Тайваню.", []string{"LOC Китаю", "PER Лі Шанфу", "LOC Пекін", "LOC Тайваню"}},
	} {
		d := &doc.Doc{Text: c.text, Lang: c.lang, Blocks: []doc.Block{{Span: doc.Span{Start: 0, End: len(c.text)}}}}
		if err := tg.Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range d.Entities {
			got = append(got, e.Type+" "+d.Slice(e.Span))
		}
		for _, w := range c.want {
			found := false
			for _, g := range got {
				found = found || g == w
			}
			if !found {
				t.Errorf("%s: %q: want %q among %q", c.lang, c.text, w, got)
			}
		}
	}
}

func TestMentions(t *testing.T) {
	got := Mentions([]string{"B-PER", "I-PER", "O", "I-LOC", "B-ORG", "B-ORG", "I-ORG"})
	want := []Mention{{0, 2, "PER"}, {3, 4, "LOC"}, {4, 5, "ORG"}, {5, 7, "ORG"}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v want %v", got, want)
	}
}

func TestToBIO(t *testing.T) {
	got := toBIO([]string{"I-PER", "I-PER", "B-PER", "O", "I-MISC", "I-PERS", "B-GPE", "B-DATE"})
	want := []string{"B-PER", "I-PER", "B-PER", "O", "B-MISC", "B-PER", "B-LOC", "O"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v want %v", got, want)
	}
}

func TestEncodeDecode(t *testing.T) {
	m, err := Load("en")
	if err != nil {
		t.Fatal(err)
	}
	b, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	raw, err := models.Raw(ModelFile("en"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, raw) {
		t.Fatal("re-encoding the embedded model changes its bytes")
	}
}

// TestRetrainChecksum retrains the shipped models with their full recipes
// and checks the bytes against models/recipes.json. en trains five
// perceptrons (1–3 minutes on two idle cores, more under load); uk and ru
// (2–4 minutes together, more under load) only run without -short.
func TestRetrainChecksum(t *testing.T) {
	root := filepath.Dir(shared.Require(t, "train"))
	rs, err := models.Recipes()
	if err != nil {
		t.Fatal(err)
	}
	langs := []string{"en", "uk", "ru"}
	if testing.Short() {
		langs = langs[:1]
	}
	for _, lang := range langs {
		m, err := TrainShipped(context.Background(), lang, root, 0, nil)
		if err != nil {
			t.Fatal(err)
		}
		b, err := m.Encode()
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rs {
			if r.File == ModelFile(lang) && r.SHA256 != models.Checksum(b) {
				t.Errorf("%s: retrained checksum %s, recipe %s", lang, models.Checksum(b), r.SHA256)
			}
		}
	}
}

func FuzzTagText(f *testing.F) {
	f.Add("Sergei Shoigu met Joe Biden in Kyiv.")
	f.Add(strings.Repeat("ж", 100000))
	f.Add("日本語 ﷺ \x00\xff Ростов-на-Дону")
	m, err := Load("uk")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, sp := range m.TagText(s) {
			if sp.Start < 0 || sp.End > len(s) || sp.Start >= sp.End {
				t.Fatalf("bad span %v", sp)
			}
		}
	})
}

func BenchmarkTagWords(b *testing.B) {
	m, err := Load("en")
	if err != nil {
		b.Fatal(err)
	}
	words := strings.Fields("Russian Defence Minister Sergei Shoigu said on Monday that the U.S. Army had left Kabul , Reuters reported .")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.TagWords(words)
	}
	b.ReportMetric(float64(len(words)*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkTagDoc(b *testing.B) {
	m, err := Load("uk")
	if err != nil {
		b.Fatal(err)
	}
	text := `Міністр оборони Китаю Лі Шанфу заявив, що Пекін не допустить незалежності Тайваню. ` +
		`Зеленський зустрівся із Сергієм Шойгу в Києві. За словами Лі, Китай готовий до діалогу зі США. ` +
		`Делегація з Тайваню прибула до Пекіна у вівторок, повідомляє агентство Reuters.`
	var sents [][]string
	n := 0
	for i := 0; i < 10; i++ {
		for _, s := range strings.Split(text, ". ") {
			w := strings.Fields(s)
			sents = append(sents, w)
			n += len(w)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.TagDoc(sents)
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkNew loads the three embedded models (must stay well under 1 s).
func BenchmarkNew(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}

func TestDecodeOptions(t *testing.T) {
	r, err := models.Open(ModelFile("en"))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Decode(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	if !m.docTypes || !m.docTopic || m.Lang != "en" {
		t.Fatalf("en model: lang %q, docTypes %v, docTopic %v; want en with the doctypes and doctopic options", m.Lang, m.docTypes, m.docTopic)
	}
	bad := bytes.Replace(raw, []byte("\nen doctypes doctopic\n"), []byte("\nen doctypes doctopic bogus\n"), 1)
	if bytes.Equal(bad, raw) {
		t.Fatal("model header not found")
	}
	if _, err := Decode(bytes.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "bogus") {
		t.Errorf("unknown option: err %v, want one naming it", err)
	}
}
