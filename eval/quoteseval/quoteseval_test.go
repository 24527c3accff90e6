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

// The direct subset is chosen by the quotation marks on both sides: a
// found content whose Direct flag disagrees with the marks is neither a
// miss nor a false alarm of the subset, and the flag is scored apart.
func TestDirectSubset(t *testing.T) {
	text := `WALLACE: Will she be there? Trump said “we will win” today.`
	ti := newTokIndex(text)
	wallace := []doc.Span{{Start: 0, End: 7}}
	trump := []doc.Span{{Start: 28, End: 33}}
	line := []doc.Span{{Start: 9, End: 27}}
	win := []doc.Span{{Start: 39, End: 56}} // “we will win” with its marks
	gold := []item{
		{toks: ti.cover(line), src: wallace, direct: quoted(text, line[0].Start), text: text},
		{toks: ti.cover(win), src: trump, direct: quoted(text, win[0].Start), text: text},
	}
	if gold[0].direct || !gold[1].direct {
		t.Fatalf("gold direct = %v, %v; want false, true", gold[0].direct, gold[1].direct)
	}
	// ours: the transcript line flagged direct, the quotation found
	// without its marks (flag false)
	inner := doc.Span{Start: win[0].Start + len("“"), End: win[0].End - len("”")}
	pred := []item{
		{toks: ti.cover(line), src: wallace, direct: quoted(text, line[0].Start), flag: true, text: text},
		{toks: ti.cover([]doc.Span{inner}), src: trump, direct: quoted(text, inner.Start), flag: false, text: text},
	}
	var s PolNeARScores
	s.add(gold, pred)
	if s.DGold != 1 || s.DPred != 1 || s.DE2E != 1 {
		t.Errorf("symmetric subset: gold %d pred %d e2e %d; want 1 1 1", s.DGold, s.DPred, s.DE2E)
	}
	if s.FGold != 1 || s.FPred != 1 || s.FE2E != 0 {
		t.Errorf("flag subset: gold %d pred %d e2e %d; want 1 1 0", s.FGold, s.FPred, s.FE2E)
	}
	if s.Overlap != 2 || s.FlagOK != 0 {
		t.Errorf("matched %d, flag agrees %d; want 2, 0", s.Overlap, s.FlagOK)
	}
}
