package quotes

import (
	"crypto/sha256"
	"fmt"
	"testing"

	"github.com/pressclip/pressclip/doc"
)

// TestWriteTrainingKey checks that the key a kept dev model is found by
// changes with an article's text, name and each kind of span, and with
// the features computed on them, and not otherwise.
func TestWriteTrainingKey(t *testing.T) {
	const text = `Smith said that the plan would fail. "It is over," Jones said.`
	art := func(text string, content, cue, src doc.Span) []Article {
		return []Article{{Name: "a", Text: text, Attrs: []Attribution{{
			Content: []doc.Span{content}, Cue: []doc.Span{cue}, Source: []doc.Span{src},
		}}}}
	}
	key := func(arts []Article) string {
		h := sha256.New()
		WriteTrainingKey(h, arts)
		return string(h.Sum(nil))
	}
	con, cue, src := doc.Span{Start: 16, End: 35}, doc.Span{Start: 6, End: 10}, doc.Span{Start: 0, End: 5}
	base := key(art(text, con, cue, src))
	for _, c := range []struct {
		name string
		arts []Article
		same bool
	}{
		{"same inputs", art(text, con, cue, src), true},
		{"another text", art(`Smith said that the plan would end. "It is over," Jones said.`, con, cue, src), false},
		{"another content", art(text, doc.Span{Start: 11, End: 35}, cue, src), false},
		{"another cue", art(text, con, doc.Span{Start: 6, End: 15}, src), false},
		{"another source", art(text, con, cue, doc.Span{Start: 0, End: 10}), false},
		{"another name", []Article{{Name: "b", Text: text, Attrs: art(text, con, cue, src)[0].Attrs}}, false},
	} {
		if got := key(c.arts) == base; got != c.same {
			t.Errorf("%s: same key %v, want %v", c.name, got, c.same)
		}
	}
	// the features of every article are in the key, the last of many too:
	// a feature that fires only on a word of the 50th article changes it
	// (computed by an injected featurizer, so no package lexicon changes
	// under tests running in parallel)
	var many []Article
	for i := range 50 {
		word := "fail"
		if i == 49 {
			word = "crumble"
		}
		many = append(many, art(`Smith said that the plan would `+word+`. "It is over," Jones said.`, con, cue, src)...)
		many[i].Name = fmt.Sprint("a", i)
	}
	keyWith := func(feats func(f *featurizer, j int, buf []uint64) []uint64) string {
		h := sha256.New()
		writeTrainingKey(h, many, feats)
		return string(h.Sum(nil))
	}
	crumble := func(f *featurizer, j int, buf []uint64) []uint64 {
		buf = f.feats(j, buf)
		if f.t.toks[j].lower == "crumble" {
			buf = append(buf, 1)
		}
		return buf
	}
	if keyWith(crumble) == keyWith((*featurizer).feats) {
		t.Error("a feature change in the last article, same key")
	}
	h := sha256.New()
	WriteTrainingKey(h, many)
	if string(h.Sum(nil)) != keyWith((*featurizer).feats) {
		t.Error("WriteTrainingKey is not writeTrainingKey with the tagger's features")
	}
}
