package ner

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pressclip/pressclip/internal/shared"
)

// TestDevSplitHeldOut checks that DevSplit's dev sets are held out: no dev
// document is also a training document, each language has its dev sets,
// and factRuEval's dev texts are the documents of its dev sentences.
func TestDevSplitHeldOut(t *testing.T) {
	root := filepath.Dir(shared.Require(t, "train"))
	for _, tc := range []struct {
		lang string
		sets []string
	}{
		{"en", []string{"conll testa"}},
		{"uk", []string{"ner-uk dev", "slavic uk dev"}},
		{"ru", []string{"NEREL dev", "factRuEval dev", "slavic ru dev"}},
	} {
		train, devs, err := DevSplit(root, tc.lang, true)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, d := range train {
			seen[docWords(d)] = true
		}
		var names []string
		for _, ds := range devs {
			names = append(names, ds.Name)
			if len(ds.Docs) == 0 {
				t.Errorf("%s %s: no dev documents", tc.lang, ds.Name)
			}
			if tc.lang != "en" && ds.Style == "" {
				t.Errorf("%s %s: no annotation style", tc.lang, ds.Name)
			}
			leak := 0
			for _, d := range ds.Docs {
				if seen[docWords(d)] {
					leak++
				}
			}
			if leak > 0 {
				t.Errorf("%s %s: %d of %d dev documents are also training documents", tc.lang, ds.Name, leak, len(ds.Docs))
			}
			if ds.Text == nil {
				continue
			}
			if len(ds.Text) != len(ds.Docs) {
				t.Fatalf("%s %s: %d texts for %d documents", tc.lang, ds.Name, len(ds.Text), len(ds.Docs))
			}
			ign := 0
			for i, d := range ds.Text {
				ign += len(d.Ignore)
				if docWords(d.Sentences()) != docWords(ds.Docs[i]) {
					t.Fatalf("%s %s: text %d is not dev document %d", tc.lang, ds.Name, i, i)
				}
			}
			if ign == 0 {
				t.Errorf("%s %s: the texts lost their unnamed objects", tc.lang, ds.Name)
			}
		}
		if strings.Join(names, ",") != strings.Join(tc.sets, ",") {
			t.Errorf("%s: dev sets %v, want %v", tc.lang, names, tc.sets)
		}
		if len(train) == 0 {
			t.Errorf("%s: no training documents", tc.lang)
		}
	}
	if _, _, err := DevSplit(root, "xx", false); err == nil {
		t.Error("DevSplit of an unknown language: no error")
	}
}

// TestWriteMisses checks the miss lines: a gold name the model tags with
// another type is a miss (FN) and a false alarm (FP); a right one is
// neither.
func TestWriteMisses(t *testing.T) {
	var train []Sentence
	for _, s := range []string{
		"Sergei/B-PER Shoigu/I-PER visited/O Moscow/B-LOC ./O",
		"Reuters/B-ORG reported/O from/O Kyiv/B-LOC on/O Monday/O ./O",
		"Joe/B-PER Biden/I-PER met/O NATO/B-ORG leaders/O in/O Brussels/B-LOC ./O",
	} {
		train = append(train, sent("", s))
	}
	m, err := Train(context.Background(), Config{Lang: "en", Epochs: 5, Bits: 12, Seed: 1}, train, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(m.TagWords(train[0].Words), " "); got != strings.Join(train[0].Labels, " ") {
		t.Fatalf("the toy model tags its training sentence %s", got)
	}
	wrong := Sentence{Words: train[0].Words, Labels: []string{"B-PER", "I-PER", "O", "B-ORG", "O"}}
	var b bytes.Buffer
	if err := WriteMisses(&b, m, [][]Sentence{{train[0]}, {wrong}}); err != nil {
		t.Fatal(err)
	}
	want := "FN ORG \"Moscow\" | \"Sergei Shoigu visited Moscow .\"\n" +
		"FP LOC \"Moscow\" | \"Sergei Shoigu visited Moscow .\"\n"
	if b.String() != want {
		t.Errorf("misses:\n%s\nwant:\n%s", b.String(), want)
	}
}
