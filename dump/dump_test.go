package dump

import (
	"strings"
	"testing"
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
