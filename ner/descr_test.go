package ner

import (
	"strings"
	"testing"
)

// sent reads "word/LABEL …" (label O when left out) in a style.
func sent(style, s string) Sentence {
	x := Sentence{style: style}
	for _, f := range strings.Fields(s) {
		w, l, ok := strings.Cut(f, "/")
		if !ok {
			l = "O"
		}
		x.Words = append(x.Words, w)
		x.Labels = append(x.Labels, l)
	}
	return x
}

// TestDescrWiden checks that a style's descriptor words (descrTable) widen
// only that style's ORG names (Model.widen), at either edge, across an
// opening quotation mark.
func TestDescrWiden(t *testing.T) {
	train := []Sentence{
		sent("factru", "газеты/B-ORG «/I-ORG Русская/I-ORG правда/I-ORG » сообщили"),
		sent("factru", "в газете/B-ORG «/I-ORG Коммерсант/I-ORG » написали"),
		sent("factru", "Тверской/B-ORG университет/I-ORG открыт"),
		sent("factru", "Пермский/B-ORG университет/I-ORG закрыт"),
		// a descriptor seen in once and out twice is not listed
		sent("factru", "радио/B-ORG Свобода/I-ORG"),
		sent("factru", "радио Маяк/B-ORG и радио Свобода/B-ORG"),
		// another corpus leaves the descriptor out
		sent("nerel", "газеты « Русская/B-ORG правда/I-ORG » сообщили"),
		sent("nerel", "газета Ведомости/B-ORG пишет"),
		// the same words by LOC names do not count
		sent("factru", "реки/B-LOC Славянки/I-LOC"),
		sent("factru", "реку/B-LOC Славянку/I-LOC"),
	}
	m := &Model{gaz: descrTable(train)}
	for _, tc := range []struct {
		style, in, want string
	}{
		{"factru", "газета « Новая/B-ORG жизнь/I-ORG » пишет", "B-ORG I-ORG I-ORG I-ORG O O"},
		{"factru", "газета Новая/B-ORG жизнь/I-ORG пишет", "B-ORG I-ORG I-ORG O"},
		{"factru", "в Казанский/B-ORG университет поступил", "O B-ORG I-ORG O"},
		{"factru", "радио Европа/B-ORG", "O B-ORG"},
		{"factru", "человек « Новая/B-ORG жизнь/I-ORG »", "O O B-ORG I-ORG O"},
		{"factru", "газета Москва/B-LOC", "O B-LOC"},
		{"factru", "реки Волги/B-ORG", "O B-ORG"},
		{"nerel", "газета « Новая/B-ORG жизнь/I-ORG » пишет", "O O B-ORG I-ORG O O"},
		{"", "газета Новая/B-ORG жизнь/I-ORG", "O B-ORG I-ORG"},
	} {
		s := sent(tc.style, tc.in)
		m.WithStyle(tc.style).widen(s.Words, s.Labels)
		if got := strings.Join(s.Labels, " "); got != tc.want {
			t.Errorf("%s %q: %s, want %s", tc.style, tc.in, got, tc.want)
		}
	}
}
