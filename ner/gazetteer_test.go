package ner

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/pressclip/pressclip/internal/shared"
)

func TestStem(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"пекін", "пекіна"}, {"пекін", "пекіном"}, {"тайвань", "тайваню"},
		{"москва", "москвою"}, {"шевченко", "шевченком"}, {"київ", "київ"},
	} {
		if stem(c.a) != stem(c.b) {
			t.Errorf("stem(%q)=%q, stem(%q)=%q: want equal", c.a, stem(c.a), c.b, stem(c.b))
		}
	}
	for _, c := range []struct{ in, want string }{
		{"london", "london"}, // Latin words are left alone
		{"лі", "лі"},         // at least three letters stay
		{"ірина", "ірин"},
		{"", ""},
	} {
		if got := stem(c.in); got != c.want {
			t.Errorf("stem(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestGazetteerLookupAndRoundTrip(t *testing.T) {
	g := newGazetteer()
	g.add("Пекін", gPlace)
	g.add("Іван", gFirst)
	g.add("Smith", gPerson)
	for _, c := range []struct {
		word string
		want uint32
	}{
		{"пекін", gPlace | gPlace<<stemShift},
		{"пекіна", gPlace << stemShift}, // by stem only
		{"smith", gPerson | gPerson<<stemShift},
		{"smiths", 0},
		{"іванові", gFirst << stemShift},
		{"стіл", 0},
	} {
		if got := g.lookup(c.word); got != c.want {
			t.Errorf("lookup(%q) = %b, want %b", c.word, got, c.want)
		}
	}
	var b bytes.Buffer
	g.encode(&b)
	h, err := decodeGazetteer(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	hm := map[string]uint32{}
	h.each(func(k string, v uint32) { hm[k] = v })
	if !reflect.DeepEqual(g.m, hm) {
		t.Fatalf("round trip changed the gazetteer: %v vs %v", g.m, hm)
	}
	// the decoded table answers as the map does, for listed words and not
	for _, w := range []string{"пекін", "пекіна", "smith", "smiths", "іванові", "стіл", "", "x"} {
		if got, want := h.lookup(w), g.lookup(w); got != want {
			t.Errorf("decoded lookup(%q) = %b, want %b", w, got, want)
		}
	}
	for k, v := range g.m {
		if got := h.get(k); got != v {
			t.Errorf("decoded get(%q) = %b, want %b", k, got, v)
		}
	}
	if _, err := decodeGazetteer([]byte("пекін\tzz!\n")); err == nil {
		t.Error("bad flags accepted")
	}
	// a decoded gazetteer added to keeps its entries (writable)
	h.merge(newGazetteer())
	h.add("Київ", gPlace)
	for k, v := range g.m {
		if got := h.get(k); got != v {
			t.Errorf("decoded and merged: get(%q) = %b, want %b", k, got, v)
		}
	}
	if got := h.lookup("київ"); got != gPlace|gPlace<<stemShift {
		t.Errorf("decoded and added: lookup(київ) = %b", got)
	}
}

func TestTrainGazetteer(t *testing.T) {
	g := trainGazetteer([]Sentence{
		{Words: []string{"Bush", "met", "Reuters", "in", "Paris"}, Labels: []string{"B-PER", "O", "B-ORG", "O", "B-LOC"}},
		{Words: []string{"Bush", "said", "The", "end"}, Labels: []string{"B-PER", "O", "O", "O"}},
		{Words: []string{"The", "Times", "said"}, Labels: []string{"B-ORG", "I-ORG", "O"}},
		{Words: []string{"The", "war", "The", "day"}, Labels: []string{"O", "O", "O", "O"}},
	}, false)
	for _, c := range []struct {
		word string
		want uint32
	}{
		{"bush", gTrainPER}, {"reuters", gTrainORG}, {"paris", gTrainLOC}, {"times", gTrainORG},
		{"the", 0}, // inside a name in 1 of 4 capitalised uses
		{"met", 0}, // never capitalised
	} {
		if got := g.lookup(c.word) & (1<<stemShift - 1); got != c.want {
			t.Errorf("%q: flags %b, want %b", c.word, got, c.want)
		}
	}
}

// TestTrainGazetteerLower checks Config.Lower's flag: a capitalised word
// that the training text writes lower-case more often ("The", "Shares")
// is flagged, a name or a word seen lower-case only once is not, and
// nothing is flagged without lower.
func TestTrainGazetteerLower(t *testing.T) {
	sents := []Sentence{
		{Words: []string{"The", "shares", "of", "Bush"}, Labels: []string{"O", "O", "O", "B-PER"}},
		{Words: []string{"Shares", "fell", "at", "the", "bush"}, Labels: []string{"O", "O", "O", "O", "O"}},
		{Words: []string{"the", "shares", "of", "the", "Bush", "team"}, Labels: []string{"O", "O", "O", "O", "B-PER", "O"}},
	}
	for _, lower := range []bool{false, true} {
		g := trainGazetteer(sents, lower)
		for _, c := range []struct {
			word string
			want bool
		}{{"the", true}, {"shares", true}, {"bush", false}} {
			got := g.lookup(c.word)&gLower != 0
			if got != (c.want && lower) {
				t.Errorf("lower=%v: %q flagged %v, want %v", lower, c.word, got, c.want && lower)
			}
		}
	}
}

func TestDocType(t *testing.T) {
	// "Magna" is labelled ORG twice and O once by the first pass; each
	// occurrence sees the others, not itself.
	words := [][]string{{"Magna", "rose"}, {"Magna", "said"}, {"Shares", "of", "Magna"}, {"magna", "cum"}}
	low := [][]string{{"magna", "rose"}, {"magna", "said"}, {"shares", "of", "magna"}, {"magna", "cum"}} // stems of Latin words are the words
	org, o := 3, 0                                                                                       // B-ORG, O
	ys := [][]int{{org, o}, {org, o}, {o, o, o}, {o, o}}
	st := newDocStats(words, low, ys)
	if got, any := st.docType("Magna", "magna", o); got != 2 || !any {
		t.Errorf("the O occurrence: type %d (any %v), want ORG (2)", got, any)
	}
	if got, _ := st.docType("Magna", "magna", org); got != 2 {
		t.Errorf("an ORG occurrence: type %d, want ORG (2) from the other one", got)
	}
	if c := st.c["magna"]; c[lowerSlot] != 1 {
		t.Errorf("lower-case uses %d, want 1", c[lowerSlot])
	}
	if _, any := st.docType("Rose", "rose", o); any {
		t.Error("a word only in lower case has no capitalised occurrences")
	}
}

func TestDocStatsMulti(t *testing.T) {
	// "Pirelli SpA" is one two-word ORG mention; "Pirelli" alone a PER one;
	// "Rome" a one-word LOC: only the words of the longer mention are marked.
	words := [][]string{{"Pirelli", "SpA", "said"}, {"Pirelli", "in", "Rome"}}
	low := [][]string{{"pirelli", "spa", "said"}, {"pirelli", "in", "rome"}}
	borg, iorg, bper, bloc, o := 3, 4, 1, 5, 0
	st := newDocStats(words, low, [][]int{{borg, iorg, o}, {bper, o, bloc}})
	for _, c := range []struct {
		stem string
		want uint32
	}{{"pirelli", 1 << labelType(borg)}, {"spa", 1 << labelType(borg)}, {"rome", 0}, {"said", 0}} {
		if got := st.multi[c.stem]; got != c.want {
			t.Errorf("multi[%q] = %b, want %b", c.stem, got, c.want)
		}
	}
	// two adjacent one-word mentions of one type are not one long mention
	st = newDocStats([][]string{{"Rome", "Paris"}}, [][]string{{"rome", "paris"}}, [][]int{{bloc, bloc}})
	if got := st.multi["rome"]; got != 0 {
		t.Errorf("adjacent B-LOC B-LOC: multi = %b, want 0", got)
	}
}

func TestTranslatedLists(t *testing.T) {
	tr := shared.Require(t, "train")
	g := newGazetteer()
	if err := translatedLists(g, tr); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		word string
		flag uint32
	}{{"france", gPlace}, {"london", gPlace}, {"french", gGeoAdj}} {
		if g.lookup(c.word)&c.flag == 0 {
			t.Errorf("%q: flags %b, want %b set", c.word, g.lookup(c.word), c.flag)
		}
	}
	if f := g.lookup("the"); f != 0 {
		t.Errorf("\"the\": flags %b, want none", f)
	}
}
