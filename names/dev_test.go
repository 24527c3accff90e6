package names

import (
	"context"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/pressclip/pressclip/internal/shared"
	"github.com/pressclip/pressclip/internal/slavicner"
)

// TestDevAccuracy trains without the held-out tenth of slavic-ner's train
// split and checks lemma and English-name accuracy on that tenth (the dev
// pages the settings were tuned on; the test split is only for eval).
func TestDevAccuracy(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a model")
	}
	evalDir := shared.Require(t, "eval/slavic-ner")
	trainDir := shared.Require(t, "train/person-names-uk-ru-en")
	td := TrainData{Train: filepath.Dir(trainDir), Eval: filepath.Dir(evalDir), HoldOut: true}
	m, err := Train(context.Background(), td)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := slavicner.Read(evalDir, slavicner.Train)
	if err != nil {
		t.Fatal(err)
	}
	ok, n := map[string]int{}, map[string]int{}
	enOK, enN := 0, 0
	var errs []string
	for _, d := range docs {
		if !Dev(d.Path) {
			continue
		}
		for _, x := range d.Mentions {
			if x.Type != "PER" {
				continue
			}
			got := m.Lemma(d.Lang, x.Surface)
			n[d.Lang]++
			if got == x.Lemma {
				ok[d.Lang]++
			} else if d.Lang == "ru" || d.Lang == "uk" {
				errs = append(errs, d.Lang+" "+x.Surface+" → "+got+" (gold "+x.Lemma+")")
			}
			if len(words(x.Lemma)) >= 2 && strings.HasPrefix(x.ID, "PER-") {
				enN++
				want := strings.ToLower(strings.ReplaceAll(strings.TrimPrefix(x.ID, "PER-"), "-", " "))
				en := strings.ToLower(strings.ReplaceAll(m.English(d.Lang, got), "-", " "))
				if en == want {
					enOK++
				} else if d.Lang == "ru" || d.Lang == "uk" {
					errs = append(errs, "EN "+d.Lang+" "+got+" → "+en+" (gold "+want+")")
				}
			}
		}
	}
	langs := make([]string, 0, len(n))
	for l := range n {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		t.Logf("lemma %s: %.3f (%d)", l, float64(ok[l])/float64(n[l]), n[l])
	}
	t.Logf("english: %.3f (%d)", float64(enOK)/float64(enN), enN)
	if testing.Verbose() {
		for _, e := range errs {
			t.Log(e)
		}
	}
	for _, l := range []string{"uk", "ru"} {
		if n[l] > 0 && float64(ok[l])/float64(n[l]) < 0.9 {
			t.Errorf("lemma accuracy %s = %.3f < 0.9", l, float64(ok[l])/float64(n[l]))
		}
	}
}
