package ner

import (
	"context"
	"math"
	"strings"
	"testing"
)

// TestSeedsMean checks that Config.Seeds ships the mean of the weights of
// the perceptrons trained with each seed alone.
func TestSeedsMean(t *testing.T) {
	var train []Sentence
	for _, s := range []string{
		"Sergei/B-PER Shoigu/I-PER visited/O Moscow/B-LOC ./O",
		"Reuters/B-ORG reported/O from/O Kyiv/B-LOC on/O Monday/O ./O",
		"Joe/B-PER Biden/I-PER met/O NATO/B-ORG leaders/O in/O Brussels/B-LOC ./O",
		"The/O United/B-ORG Nations/I-ORG said/O Anna/B-PER Smith/I-PER left/O ./O",
	} {
		train = append(train, sent("", s))
	}
	cfg := Config{Lang: "en", Epochs: 3, Bits: 12, Seed: 5, Dropout: 0.3}
	var single []*Model
	for k := 0; k < 3; k++ {
		c := cfg
		c.Seed += uint64(k)
		m, err := Train(context.Background(), c, train, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		single = append(single, m)
	}
	cfg.Seeds = 3
	mean, err := Train(context.Background(), cfg, train, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	differ := false
	for i, v := range mean.w {
		want := (single[0].w[i] + single[1].w[i] + single[2].w[i]) / 3
		if math.Abs(float64(v-want)) > 1e-5 {
			t.Fatalf("weight %d: %v, want the mean %v", i, v, want)
		}
		differ = differ || single[0].w[i] != single[1].w[i]
	}
	if !differ {
		t.Error("the seeds trained identical models, so the test shows nothing")
	}
	for i, v := range mean.trans {
		want := (single[0].trans[i] + single[1].trans[i] + single[2].trans[i]) / 3
		if math.Abs(float64(v-want)) > 1e-5 {
			t.Fatalf("transition %d: %v, want the mean %v", i, v, want)
		}
	}
	if got := mean.TagWords(train[0].Words); strings.Join(got, " ") != strings.Join(train[0].Labels, " ") {
		t.Errorf("mean model tags a training sentence %v, want %v", got, train[0].Labels)
	}
}
