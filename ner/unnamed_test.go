package ner

import (
	"reflect"
	"testing"
)

// TestDropUnnamed checks that only the factru style drops names without a
// capital or a Latin letter, and keeps every other name.
func TestDropUnnamed(t *testing.T) {
	for _, c := range []struct {
		style, in, want string
	}{
		{"factru", "1-я/B-ORG партия/I-ORG", "1-я партия"},
		{"factru", "сказало/O правительство/B-ORG России/B-LOC", "сказало правительство России/B-LOC"},
		{"factru", "компании/B-ORG Harles/I-ORG und/I-ORG Jentzsch/I-ORG", "компании/B-ORG Harles/I-ORG und/I-ORG Jentzsch/I-ORG"},
		{"factru", "кремль/B-ORG ./I-ORG рф/I-ORG и/O Газпром/B-ORG", "кремль . рф и Газпром/B-ORG"},
		{"factru", "сервис/O gmail/B-ORG", "сервис gmail/B-ORG"},
		{"factru", "российско-американской/B-LOC группы/O", "российско-американской группы"},
		{"nerel", "полиция/B-ORG сообщила", "полиция/B-ORG сообщила"},
		{"slavic", "пакистанцы/B-PER вышли", "пакистанцы/B-PER вышли"},
		{"", "правительство/B-ORG", "правительство/B-ORG"},
	} {
		in, want := sent("", c.in), sent("", c.want)
		m := (&Model{}).WithStyle(c.style)
		got := append([]string(nil), in.Labels...)
		m.dropUnnamed(in.Words, got)
		if !reflect.DeepEqual(got, want.Labels) {
			t.Errorf("%s %q: labels %v, want %v", c.style, c.in, got, want.Labels)
		}
	}
}

// TestWidenStreet checks that only the factru style takes a street-type
// noun after a capitalised LOC word into the name.
func TestWidenStreet(t *testing.T) {
	for _, c := range []struct {
		style, in, want string
	}{
		{"factru", "на/O Тверской/B-LOC площади/O", "на/O Тверской/B-LOC площади/I-LOC"},
		{"factru", "по/O Кронштадтскому/B-LOC бульвару/O шли", "по/O Кронштадтскому/B-LOC бульвару/I-LOC шли"},
		{"factru", "улица/O Ленина/B-PER площади/O", "улица/O Ленина/B-PER площади/O"},
		{"factru", "в/O Москве/B-LOC площадь/B-ORG", "в/O Москве/B-LOC площадь/B-ORG"},
		{"factru", "в/O Москве/B-LOC сообщили/O", "в/O Москве/B-LOC сообщили/O"},
		{"nerel", "на/O Тверской/B-LOC площади/O", "на/O Тверской/B-LOC площади/O"},
		{"slavic", "на/O Тверской/B-LOC площади/O", "на/O Тверской/B-LOC площади/O"},
	} {
		in, want := sent("", c.in), sent("", c.want)
		m := (&Model{}).WithStyle(c.style)
		got := append([]string(nil), in.Labels...)
		m.widenStreet(in.Words, got)
		if !reflect.DeepEqual(got, want.Labels) {
			t.Errorf("%s %q: labels %v, want %v", c.style, c.in, got, want.Labels)
		}
	}
}
