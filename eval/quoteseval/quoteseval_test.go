package quoteseval

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/quotes"
)

func TestMatch(t *testing.T) {
	gold := []item{{toks: []int{1, 2, 3, 4}}, {toks: []int{10, 11}}, {toks: []int{20, 21, 22, 23}}}
	pred := []item{
		{toks: []int{2, 3, 4}},        // 3 of the longer 4: matches gold 0
		{toks: []int{11, 12, 13}},     // 1 of 3: too little
		{toks: []int{20, 21, 22}},     // matches gold 2
		{toks: []int{20, 21, 22, 23}}, // better for gold 2: taken first
	}
	got := match(gold, pred)
	want := map[int]int{0: 0, 2: 3}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for _, m := range got {
		if want[m[0]] != m[1] {
			t.Errorf("gold %d matched pred %d, want %d", m[0], m[1], want[m[0]])
		}
	}
}

func TestSameName(t *testing.T) {
	text := "Leonard E. Burman said it. Mr. Burman added more. The President spoke."
	g := item{text: text, src: []doc.Span{{Start: 0, End: 17}}}
	p := item{text: text, src: []doc.Span{{Start: 27, End: 37}}}
	if !sameName(g, p) {
		t.Error("Leonard E. Burman and Mr. Burman should be the same speaker")
	}
	q := item{text: text, src: []doc.Span{{Start: 52, End: 65}}}
	if sameName(q, p) {
		t.Error("The President and Mr. Burman share only a title")
	}
}

func TestScoreADAQ(t *testing.T) {
	dir := t.TempDir()
	sents := "sentences\tsentence_id\nМама сказала: попробуй повоюй.\ts1\nДождь идёт.\ts2\n"
	toks := "lemmas\ttext\tsentence_num\tindex_of_token_sent\ttags\n" +
		"мама\tМама\ts1\t1\tsource\nсказать\tсказала\ts1\t2\tcue\n:\t:\ts1\t3\tNone\nпопробовать\tпопробуй\ts1\t4\tcontent\nповоевать\tповоюй\ts1\t5\tcontent\n.\t.\ts1\t6\tNone\n" +
		"дождь\tДождь\ts2\t1\tNone\nидти\tидёт\ts2\t2\tNone\n.\t.\ts2\t3\tNone\n"
	if err := os.WriteFile(filepath.Join(dir, "ru_sentences.tsv"), []byte(sents), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "ru_tokens.tsv"), []byte(toks), 0o644); err != nil {
		t.Fatal(err)
	}
	x := quotes.NewWithModel(nil)
	s, err := ScoreADAQ(context.Background(), x, dir, "ru")
	if err != nil {
		t.Fatal(err)
	}
	wantTP := map[string]float64{"source": 1, "cue": 1, "content": 2}
	for _, r := range roles {
		if p := s.Roles[r]; p.TP != wantTP[r] || p.FP != 0 || p.FN != 0 {
			t.Errorf("%s: %+v, want %v true positives and no errors", r, *p, wantTP[r])
		}
	}
	if s.Sentences != 2 || s.AllRight != 2 {
		t.Errorf("sentences %d, all right %d; want 2, 2", s.Sentences, s.AllRight)
	}
}
