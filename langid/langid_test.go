package langid

import (
	"bytes"
	"context"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/pressclip/pressclip/doc"
)

func newTest(t testing.TB) *Identifier {
	t.Helper()
	id, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func TestDetect(t *testing.T) {
	id := newTest(t)
	tests := []struct {
		name, text, want string
	}{
		{"uk sentence", "Верховна Рада ухвалила закон про державний бюджет на наступний рік.", "uk"},
		{"ru sentence", "Государственная дума приняла закон о федеральном бюджете на следующий год.", "ru"},
		{"en sentence", "The parliament passed the state budget for next year on Thursday.", "en"},
		{"de sentence", "Das Parlament hat am Donnerstag den Haushalt für das nächste Jahr beschlossen.", "de"},
		{"fr sentence", "Le parlement a adopté jeudi le budget de l'État pour l'année prochaine.", "fr"},
		{"pl sentence", "Sejm przyjął w czwartek ustawę budżetową na przyszły rok.", "pl"},
		{"cs sentence", "Poslanecká sněmovna ve čtvrtek schválila státní rozpočet na příští rok.", "cs"},
		{"bg sentence", "Народното събрание прие държавния бюджет за следващата година.", "bg"},
		{"be sentence", "Урад зацвердзіў дзяржаўны бюджэт на наступны год.", "be"},
		{"kk sentence", "Парламент келесі жылға арналған мемлекеттік бюджетті қабылдады.", "kk"},
		{"uk with Latin names", "Компанія Apple представила новий iPhone 17 Pro у Києві.", "uk"},
		{"ru with Latin names", "Компания Google выпустила обновление Android для смартфонов Samsung.", "ru"},
		{"ru, as many Latin letters as Cyrillic", "Об этом сообщает The New York Times.", "ru"},
		{"uk with a web address", "Підписуйтесь на Telegram-канал: https://t.me/espresotb", "uk"},
		{"en with a Cyrillic word", "The word слава means glory in several Slavic languages, they said.", "en"},
		{"uk by letters, one word", "їжачок", "uk"},
		{"ru by letters, one word", "съешь", "ru"},
		{"uk word pair", "міська рада", "uk"},
		{"ru word pair", "городская дума", "ru"},
		{"uk stress accent", "Украї́на", "uk"},
		{"empty", "", Und},
		{"spaces", "  \t\n ", Und},
		{"digits", "22366 12.05.2024", Und},
		{"punctuation", "— … «» !!! ???", Und},
		{"two letters", "ok", Und},
		{"unknown script", "北京欢迎你", Und},
		{"invalid UTF-8", "\xff\xfe\xfd", Und},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, conf := id.Detect(tt.text)
			if got != tt.want {
				t.Fatalf("Detect(%q) = %s %.3f, want %s", tt.text, got, conf, tt.want)
			}
			if got == Und && conf != 0 || got != Und && (conf <= 0 || conf > 1) {
				t.Fatalf("Detect(%q) confidence %v out of range for %s", tt.text, conf, got)
			}
		})
	}
}

func TestDetectConfidenceGrowsWithEvidence(t *testing.T) {
	id := newTest(t)
	_, short := id.Detect("дума")
	_, long := id.Detect("Государственная дума приняла закон о федеральном бюджете на следующий год.")
	if !(short < long) {
		t.Fatalf("confidence of one word %.3f, of a sentence %.3f: want less", short, long)
	}
}

// page makes a document whose blocks are the given paragraphs.
func page(lang string, paras ...string) *doc.Doc {
	d := &doc.Doc{Lang: lang}
	var b strings.Builder
	for i, p := range paras {
		if i > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(p)
		d.Blocks = append(d.Blocks, doc.Block{Span: doc.Span{Start: start, End: b.Len()}})
	}
	d.Text = b.String()
	return d
}

const (
	ukPara = "Уряд ухвалив рішення про підвищення мінімальної заробітної плати з першого січня наступного року, повідомили в міністерстві."
	ruPara = "Правительство приняло решение о повышении минимальной заработной платы с первого января следующего года, сообщили в министерстве."
	enPara = "The government decided to raise the minimum wage from January, the ministry said."
)

func TestAnnotate(t *testing.T) {
	id := newTest(t)
	tests := []struct {
		name       string
		d          *doc.Doc
		wantLang   string
		wantBlocks []string
	}{
		{"uk page with an English quote and a counter", page("", ukPara, enPara, "22366 переглядів", ukPara),
			"uk", []string{"uk", "en", "uk", "uk"}},
		{"ru page", page("", ruPara, ruPara), "ru", []string{"ru", "ru"}},
		{"longer en paragraph outweighs a short uk one", page("", "Фото: Андрій Коваленко", enPara+" "+enPara),
			"en", []string{"uk", "en"}},
		{"undecidable block left empty", page("", "12:45", ruPara), "ru", []string{"", "ru"}},
		{"metadata contradicted by the text", page("en", ukPara), "uk", []string{"uk"}},
		{"metadata kept when the text says nothing", page("uk-UA", "2024 — 15:30"), "uk", []string{""}},
		{"metadata 'ua' normalised", page("UA", "12345"), "uk", []string{""}},
		{"nothing known", page("", "12345"), Und, []string{""}},
		{"no blocks: whole text", &doc.Doc{Text: "Меню\nНовини\n" + ruPara}, "ru", nil},
		{"empty document", &doc.Doc{}, Und, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := id.Annotate(context.Background(), tt.d); err != nil {
				t.Fatal(err)
			}
			if tt.d.Lang != tt.wantLang {
				t.Errorf("Lang = %q, want %q", tt.d.Lang, tt.wantLang)
			}
			var got []string
			for _, b := range tt.d.Blocks {
				got = append(got, b.Lang)
			}
			if !slices.Equal(got, tt.wantBlocks) {
				t.Errorf("block langs = %q, want %q", got, tt.wantBlocks)
			}
		})
	}
}

func TestAnnotateCancelled(t *testing.T) {
	id := newTest(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := id.Annotate(ctx, page("", ukPara)); err == nil {
		t.Fatal("Annotate with a cancelled context: want an error")
	}
}

func TestConcurrentDetect(t *testing.T) {
	id := newTest(t)
	texts := []string{ukPara, ruPara, enPara, "міська рада", "городская дума", "12345"}
	want := make([]string, len(texts))
	for i, s := range texts {
		want[i], _ = id.Detect(s)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < 50; r++ {
				for i, s := range texts {
					if got, _ := id.Detect(s); got != want[i] {
						errs <- got + " != " + want[i]
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
}

func TestDetectBoundsWork(t *testing.T) {
	id := newTest(t)
	// a huge page is decided on its first maxLetters letters
	huge := strings.Repeat(ukPara+" ", 20000) + strings.Repeat(enPara+" ", 40000)
	if got, _ := id.Detect(huge); got != "uk" {
		t.Fatalf("huge page: %s, want uk (decided by its beginning)", got)
	}
}

func TestDecodeRejectsDamage(t *testing.T) {
	m, err := Shipped()
	if err != nil {
		t.Fatal(err)
	}
	b, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Decode(bytes.NewReader(b)); err != nil {
		t.Fatalf("round trip: %v", err)
	}
	for _, cut := range []int{0, 10, len(b) / 2, len(b) - 9} {
		if _, err := Decode(bytes.NewReader(b[:cut])); err == nil {
			t.Errorf("model cut at %d bytes of %d: want an error", cut, len(b))
		}
	}
}

func FuzzDetect(f *testing.F) {
	id := newTest(f)
	for _, s := range []string{"", ukPara, enPara, "12345", "їжак", "a\u0301b", "\xff", "Kyiv Київ Киев"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lang, conf := id.Detect(s)
		if lang == Und {
			if conf != 0 {
				t.Fatalf("und with confidence %v", conf)
			}
			return
		}
		if !slices.Contains(Languages, lang) {
			t.Fatalf("unknown language %q", lang)
		}
		if !(conf > 0 && conf <= 1) {
			t.Fatalf("confidence %v", conf)
		}
	})
}

func BenchmarkDetect(b *testing.B) {
	id := newTest(b)
	for _, bc := range []struct{ name, text string }{
		{"word", "міська"},
		{"sentence", ruPara},
		{"page", strings.Repeat(ukPara+"\n\n", 30)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.text)))
			for b.Loop() {
				id.Detect(bc.text)
			}
		})
	}
}

func BenchmarkAnnotate(b *testing.B) {
	id := newTest(b)
	paras := make([]string, 0, 30)
	for i := 0; i < 10; i++ {
		paras = append(paras, ukPara, ruPara, enPara)
	}
	d := page("", paras...)
	b.SetBytes(int64(len(d.Text)))
	for b.Loop() {
		if err := id.Annotate(context.Background(), d); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		raw, err := modelsRaw()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Decode(bytes.NewReader(raw)); err != nil {
			b.Fatal(err)
		}
	}
}

func TestSoftMin(t *testing.T) {
	tests := []struct{ a, b, want float64 }{
		{0, 0, -math.Ln2},    // two equal estimates: twice the probability
		{3, 3, 3 - math.Ln2}, // the same at any cost
		{2, 40, 2},           // a far costlier estimate adds nothing
		{40, 2, 2},           // in either order
		{1, 2, -math.Log(math.Exp(-1) + math.Exp(-2))},
	}
	for _, tt := range tests {
		if got := softMin(tt.a, tt.b); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("softMin(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestLexiconTieFollowsLetters: a word the uk and ru word lists give the
// same frequency is decided by the letter chains (with the smaller of the
// two estimates taken, such ties all went to uk, the first of the two).
func TestLexiconTieFollowsLetters(t *testing.T) {
	m, err := Shipped()
	if err != nil {
		t.Fatal(err)
	}
	id := NewWith(m, nil)
	li := map[string]int{}
	for i, l := range m.langs {
		li[l] = i
	}
	uk, ru := li["uk"], li["ru"]
	cands := []int{uk, ru}
	checked := map[string]int{}
	for i, w := range m.lexWords {
		qu := m.lexCosts[i*len(m.lexLang)+m.lexCol[uk]]
		qr := m.lexCosts[i*len(m.lexLang)+m.lexCol[ru]]
		if qu == 0 || qu != qr || len([]rune(w)) < 5 {
			continue
		}
		// the letter chains' cost of w in uk and in ru
		wc := make([]float64, len(m.langs))
		var word [maxOrder]uint16
		n := 0
		for _, r := range w {
			copy(word[:], word[1:])
			word[maxOrder-1] = m.letter(r)
			n++
			m.score(word[:], min(n, maxOrder), cands, wc)
		}
		m.scoreEnd(word[:], min(n, endOrders), cands, wc)
		want := "uk"
		if wc[ru] < wc[uk] {
			want = "ru"
		}
		// the chains must differ, and be likely enough to add to the
		// word's frequency at all: a chain 15 nats costlier than the
		// frequency changes the sum by less than 1e-6
		if math.Abs(wc[ru]-wc[uk]) < 0.5 || min(wc[uk], wc[ru])-float64(qu-1)/costScale > 15 {
			continue
		}
		got, _ := id.Detect(w)
		if got != "uk" && got != "ru" {
			continue // another language's letters or words are likelier still
		}
		checked[want]++
		if got != want {
			t.Errorf("%q (both lists %d): got %s, letters say %s (uk %.2f, ru %.2f)", w, qu, got, want, wc[uk], wc[ru])
		}
	}
	if checked["ru"] < 10 || checked["uk"] < 10 {
		t.Fatalf("too few ties checked: %v", checked)
	}
}
