package names

import (
	"archive/tar"
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/csv"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pressclip/pressclip/internal/slavicner"
)

// TrainData says where the training sources live.
type TrainData struct {
	Train string // ../shared/train
	Eval  string // ../shared/eval (only slavic-ner's cross-topic TRAIN list is read)
	// HoldOut leaves a fixed tenth of the slavic-ner train pages out (the dev
	// pages, see Dev) so that settings can be tuned without the test split.
	HoldOut bool
	// Fold picks the tenth HoldOut leaves out (0–9; 0 is the dev tenth),
	// for cross-validating over the whole train split.
	Fold int
	// HoldOutTopic, when set, leaves that slavic-ner topic's train pages out
	// instead (topic-wise validation, as the cross-topic test split is).
	HoldOutTopic string
}

// Sources lists the data a model is trained on, for the recipe.
func (td TrainData) Sources() []string {
	return []string{
		"eval/slavic-ner SPLIT_cross-topic_train.txt (PER lemmas and crosslingual ids)",
		"train/dict-uk-names-geo/dict_uk-names-geo.tar.gz (names-anim.lst; geo-other, geo-ukr-koatuu, geo-ukr-hydro .lst)",
		"train/person-names-uk-ru-en/ua2ru_names.csv.gz",
		"train/person-names-uk-ru-en/wikidata_en_ru_name_tokens_{80,20}.tsv.gz",
		"train/person-names-uk-ru-en/uk_name_freq/*.csv",
		"train/nerel-ru/nerel-v1.1-train-dev.tar.gz (PERSON mentions with Wikidata labels)",
	}
}

// Dev reports whether a slavic-ner train page belongs to the held-out tenth.
func Dev(path string) bool { return foldOf(path) == 0 }

func foldOf(path string) int {
	h := fnv.New32a()
	h.Write([]byte(path))
	return int(h.Sum32() % 10)
}

type counter map[string]map[string]int

func (c counter) add(k, v string, n int) {
	if c[k] == nil {
		c[k] = map[string]int{}
	}
	c[k][v] += n
}

// best returns the most frequent value, ties broken by the smaller string.
func (c counter) best(k string) (string, int) {
	bv, bn := "", 0
	for v, n := range c[k] {
		if n > bn || (n == bn && v < bv) {
			bv, bn = v, n
		}
	}
	return bv, bn
}

func (c counter) keys() []string {
	ks := make([]string, 0, len(c))
	for k := range c {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// words returns the letter runs of s.
func words(s string) []string {
	var ws []string
	forEachWord(s, func(p string, w bool) {
		if w {
			ws = append(ws, p)
		}
	})
	return ws
}

// Train builds the tables. It is deterministic.
func Train(ctx context.Context, td TrainData) (*Model, error) {
	mem, rules, full, tok, wiki, sur := counter{}, counter{}, counter{}, counter{}, counter{}, counter{}
	lex := map[string]map[string]bool{}
	addLex := func(lang, w string) {
		if lex[lang] == nil {
			lex[lang] = map[string]bool{}
		}
		lex[lang][strings.ToLower(w)] = true
	}
	m := newModel()

	docs, err := slavicner.Read(filepath.Join(td.Eval, "slavic-ner"), slavicner.Train)
	if err != nil {
		return nil, fmt.Errorf("names: train: %w", err)
	}
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if td.HoldOut && foldOf(d.Path) == td.Fold || td.HoldOutTopic != "" && d.Topic == td.HoldOutTopic {
			continue
		}
		for _, x := range d.Mentions {
			if x.Type != "PER" {
				continue
			}
			sw, lw := words(x.Surface), words(x.Lemma)
			if len(sw) == len(lw) {
				for i := range sw {
					s, l := strings.ToLower(sw[i]), lw[i]
					mem.add(d.Lang+"\x00"+s, l, 1)
					addRules(rules, d.Lang+"~", s, strings.ToLower(l))
					if ruleTable(d.Lang, sw[i]) == d.Lang {
						addRules(rules, d.Lang, s, strings.ToLower(l))
					}
				}
			}
			for _, w := range lw {
				addLex(d.Lang, w)
			}
			en := strings.TrimPrefix(x.ID, "PER-")
			if en == x.ID || en == "" {
				continue
			}
			ew := strings.Split(en, "-")
			if len(ew) >= 2 {
				s := ew[len(ew)-1]
				if IsChinese(strings.Join(ew, " ")) {
					s = ew[0] // surname first
				}
				sur.add(strings.ToLower(s), strings.Join(ew, " "), 1)
			}
			if len(lw) >= 2 {
				full.add(NormKey(x.Lemma), joinLike(x.Lemma, ew), 1)
			}
			if len(lw) == len(ew) {
				for i := range lw {
					tok.add(strings.ToLower(lw[i]), ew[i], 1)
				}
			}
		}
	}

	// NEREL: Russian person mentions and their Wikidata labels.
	if err := nerelPairs(filepath.Join(td.Train, "nerel-ru", "nerel-v1.1-train-dev.tar.gz"), func(surface, lemma string) {
		mem.add("ru\x00"+strings.ToLower(surface), lemma, 1)
		addRules(rules, "ru", strings.ToLower(surface), strings.ToLower(lemma))
		addRules(rules, "ru~", strings.ToLower(surface), strings.ToLower(lemma))
		addLex("ru", lemma)
	}); err != nil {
		return nil, fmt.Errorf("names: train: %w", err)
	}

	// dict_uk person names.
	ukWoman, ukMan := map[string]bool{}, map[string]bool{}
	if err := readTarMember(filepath.Join(td.Train, "dict-uk-names-geo", "dict_uk-names-geo.tar.gz"), "data/dict/names-anim.lst", func(line string) {
		if strings.HasPrefix(line, "#") {
			return
		}
		lemma, flags, _ := strings.Cut(line, " ")
		if lemma == "" || !strings.Contains(flags, "<") {
			return
		}
		addLex("uk", lemma)
		if strings.HasPrefix(flags, "/<") {
			m.indecl[strings.ToLower(lemma)] = true // no inflection group
		}
		if strings.Contains(flags, "+") && !strings.Contains(flags, "patr") {
			m.ukLast[strings.ToLower(lemma)] = true
		}
		// first names by gender: the first declension (-а, -я) without a
		// man's mark is a woman's (Лора, Марта), the second a man's (Лор)
		if !strings.Contains(flags, "<+") {
			lw := strings.ToLower(lemma)
			if strings.HasPrefix(flags, "/n10") && !strings.Contains(flags, "<m") {
				ukWoman[lw] = true
			} else if strings.HasPrefix(flags, "/n2") || strings.Contains(flags, "<m") {
				ukMan[lw] = true
			}
		}
	}); err != nil {
		return nil, fmt.Errorf("names: train: %w", err)
	}
	// dict_uk place names (proper nouns, not peoples), for telling places
	// the NER took for people apart.
	geo := map[string]bool{}
	for _, member := range geoLists {
		if err := readTarMember(filepath.Join(td.Train, "dict-uk-names-geo", "dict_uk-names-geo.tar.gz"), "data/dict/"+member, func(line string) {
			lemma, flags, _ := strings.Cut(line, " ")
			if lemma == "" || strings.HasPrefix(lemma, "#") || strings.Contains(flags, "<") {
				return
			}
			if r, _ := utf8.DecodeRuneInString(lemma); !unicode.IsUpper(r) || len(words(lemma)) != 1 {
				return
			}
			geo[strings.ToLower(lemma)] = true
		}); err != nil {
			return nil, fmt.Errorf("names: train: %w", err)
		}
	}
	// lang-uk name frequencies.
	freq := filepath.Join(td.Train, "person-names-uk-ru-en", "uk_name_freq")
	for _, f := range []string{"male_fname", "female_fname", "male_pname", "female_pname", "lname"} {
		if err := readLines(filepath.Join(freq, f+"_freq_dict.csv"), false, func(line string) {
			name, _, _ := strings.Cut(line, ",")
			if name == "" || name == "name" {
				return
			}
			addLex("uk", name)
			if f == "lname" {
				m.ukLast[strings.ToLower(name)] = true
			} else {
				m.ukFirst[strings.ToLower(name)] = true
			}
		}); err != nil {
			return nil, fmt.Errorf("names: train: %w", err)
		}
	}
	// names-translator uk→ru.
	ua := counter{}
	if err := readLines(filepath.Join(td.Train, "person-names-uk-ru-en", "ua2ru_names.csv.gz"), true, func(line string) {
		r := csv.NewReader(strings.NewReader(line))
		rec, err := r.Read()
		if err != nil || len(rec) != 3 || rec[0] == "uk" {
			return
		}
		n, _ := strconv.Atoi(rec[2])
		addLex("uk", rec[0])
		addLex("ru", rec[1])
		ua.add(strings.ToLower(rec[0]), strings.ToLower(rec[1]), n)
	}); err != nil {
		return nil, fmt.Errorf("names: train: %w", err)
	}
	// Wikidata en↔ru name tokens.
	for _, part := range []string{"80", "20"} {
		if err := readLines(filepath.Join(td.Train, "person-names-uk-ru-en", "wikidata_en_ru_name_tokens_"+part+".tsv.gz"), true, func(line string) {
			f := strings.Split(line, "\t")
			if len(f) != 3 {
				return
			}
			n, err := strconv.Atoi(f[2])
			if err != nil {
				return
			}
			ru := strings.ReplaceAll(f[1], " ", "")
			if !isCyrillic(ru) || f[0] == "" {
				return
			}
			addLex("ru", ru)
			wiki.add(ru, f[0], n)
		}); err != nil {
			return nil, fmt.Errorf("names: train: %w", err)
		}
	}

	for w := range geo {
		if !lex["uk"][w] && !m.ukFirst[w] && !m.ukLast[w] {
			m.geo[foldGeo(w)] = true
		}
	}
	for _, k := range mem.keys() {
		if v, n := mem.best(k); n >= minMemory {
			m.mem[k] = v
		}
	}
	for _, k := range rules.keys() {
		for v, n := range rules[k] {
			strip, add, _ := strings.Cut(v, "\x00")
			s, _ := strconv.Atoi(strip)
			m.rules[k] = append(m.rules[k], rule{strip: s, add: add, n: n})
			m.support[k] += n
		}
		sortRules(m.rules[k])
	}
	lexSet := map[string]bool{}
	for lang, ws := range lex {
		for w := range ws {
			lexSet[lang+"\x00"+w] = true
		}
	}
	m.lex = newTable(lexSet)
	for _, k := range full.keys() {
		m.full[k], _ = full.best(k)
	}
	for _, k := range tok.keys() {
		m.tok[k], _ = tok.best(k)
	}
	for _, k := range sur.keys() {
		v, n := sur.best(k)
		total := 0
		for _, c := range sur[k] {
			total += c
		}
		if n >= minSurname && float64(n) >= surnameShare*float64(total) {
			m.sur[k] = v
		}
	}
	wikiMap := map[string]string{}
	for _, k := range wiki.keys() {
		v, n := wiki.best(k)
		if n >= 2 || len(wiki[k]) == 1 {
			wikiMap[k] = v
		}
	}
	m.wiki = newTable(wikiMap)
	for _, k := range ua.keys() {
		m.ua2ru[k], _ = ua.best(k)
	}
	// Russian spellings of the gendered first names.
	for w := range ukWoman {
		for _, ru := range ruSpellings(m.ua2ru, w) {
			m.ruWoman[ru] = true
		}
	}
	for w := range ukMan {
		for _, ru := range ruSpellings(m.ua2ru, w) {
			m.ruMan[ru] = true
		}
	}
	return m, nil
}

func sortRules(rs []rule) {
	sort.Slice(rs, func(i, j int) bool {
		if rs[i].n != rs[j].n {
			return rs[i].n > rs[j].n
		}
		if rs[i].strip != rs[j].strip {
			return rs[i].strip < rs[j].strip
		}
		return rs[i].add < rs[j].add
	})
}

// ruSpellings spells a lower-case Ukrainian first name as Russian: letter
// by letter (Аїда → Аида, Наталка), and the names-translator form if it has
// one (Олена → Елена).
func ruSpellings(ua2ru map[string]string, w string) []string {
	out := []string{ukLetters.Replace(w)}
	if ru, ok := ua2ru[w]; ok && ru != out[0] {
		out = append(out, ru)
	}
	return out
}

var ukLetters = strings.NewReplacer("і", "и", "ї", "и", "є", "е", "ґ", "г", "'", "ь", "’", "ь", "ʼ", "ь")

// ruleTable names the suffix-rule table a surface word is rewritten by:
// capitalised names by the rules learned from names alone, lower-case
// words and capitalised group nouns by the rules learned from every word
// (lang+"~"). A common noun's -ца → -ец (республиканца) would otherwise
// turn «Уолца» into «Уолец».
func ruleTable(lang, w string) string {
	if startsUpper(w) && !(lang == "ru" && isGroupNoun(strings.ToLower(w))) {
		return lang
	}
	return lang + "~"
}

// addRules records the suffix rewrite s → l under every ending of s long
// enough to contain the rewritten part.
func addRules(rules counter, lang, s, l string) {
	sr, lr := []rune(s), []rune(l)
	p := 0
	for p < len(sr) && p < len(lr) && sr[p] == lr[p] {
		p++
	}
	strip, add := len(sr)-p, string(lr[p:])
	if p == 0 && len(sr) > 0 {
		return // unrelated forms: not a suffix rule
	}
	v := strconv.Itoa(strip) + "\x00" + add
	for k := strip; k <= maxSuffix && k < len(sr); k++ {
		rules.add(lang+"\x00"+string(sr[len(sr)-k:]), v, 1)
	}
}

// joinLike joins English words the way lemma separates its words: hyphens
// where the lemma has them, spaces elsewhere.
func joinLike(lemma string, ew []string) string {
	var seps []string
	first := true
	forEachWord(lemma, func(p string, w bool) {
		if w {
			if first {
				first = false
			}
			return
		}
		if !first {
			seps = append(seps, p)
		}
	})
	var b strings.Builder
	for i, w := range ew {
		if i > 0 {
			sep := " "
			if i-1 < len(seps) && strings.Contains(seps[i-1], "-") {
				sep = "-"
			}
			b.WriteString(sep)
		}
		b.WriteString(w)
	}
	return b.String()
}

// NormKey folds a name for table look-ups: lower case, ё→е, words joined
// by single spaces.
func NormKey(s string) string {
	ws := words(strings.ToLower(s))
	return strings.ReplaceAll(strings.Join(ws, " "), "ё", "е")
}

func isCyrillic(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 0x400 && r <= 0x4ff) {
			return false
		}
	}
	return true
}

func readLines(path string, gz bool, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var r io.Reader = f
	if gz {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		r = zr
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		fn(strings.TrimRight(sc.Text(), "\r"))
	}
	return sc.Err()
}

func readTarMember(path, member string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return fmt.Errorf("%s: no %s", path, member)
		}
		if err != nil {
			return err
		}
		if h.Name != member {
			continue
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			return err
		}
		for _, line := range strings.Split(string(b), "\n") {
			fn(strings.TrimRight(line, "\r"))
		}
		return nil
	}
}

// Encode writes the model as gzipped text with a deterministic byte form.
func (m *Model) Encode() ([]byte, error) {
	var raw bytes.Buffer
	w := bufio.NewWriter(&raw)
	for _, k := range sortedKeys(m.mem) {
		lang, s, _ := strings.Cut(k, "\x00")
		fmt.Fprintf(w, "M\t%s\t%s\t%s\n", lang, s, m.mem[k])
	}
	for _, k := range sortedKeys(m.rules) {
		lang, s, _ := strings.Cut(k, "\x00")
		for _, r := range m.rules[k] {
			fmt.Fprintf(w, "R\t%s\t%s\t%d\t%s\t%d\n", lang, s, r.strip, r.add, r.n)
		}
	}
	byLang := map[string][]string{}
	for i := range m.lex.Len() {
		k, _ := m.lex.key(i)
		lang, s, _ := strings.Cut(k, "\x00")
		if s != "" && !strings.ContainsAny(s, " \t\n") {
			byLang[lang] = append(byLang[lang], s)
		}
	}
	for _, lang := range sortedKeys(byLang) {
		ws := byLang[lang]
		sort.Strings(ws)
		for i := 0; i < len(ws); i += 200 {
			fmt.Fprintf(w, "L\t%s\t%s\n", lang, strings.Join(ws[i:min(i+200, len(ws))], " "))
		}
	}
	for _, k := range sortedKeys(m.full) {
		fmt.Fprintf(w, "F\t%s\t%s\n", k, m.full[k])
	}
	for _, k := range sortedKeys(m.sur) {
		fmt.Fprintf(w, "S\t%s\t%s\n", k, m.sur[k])
	}
	for _, k := range sortedKeys(m.tok) {
		fmt.Fprintf(w, "T\t%s\t%s\n", k, m.tok[k])
	}
	for i := range m.wiki.Len() { // sorted
		k, v := m.wiki.key(i)
		fmt.Fprintf(w, "W\t%s\t%s\n", k, v)
	}
	for _, k := range sortedKeys(m.ua2ru) {
		fmt.Fprintf(w, "U\t%s\t%s\n", k, m.ua2ru[k])
	}
	writeSet := func(tag string, set map[string]bool) {
		ks := sortedKeys(set)
		for i := 0; i < len(ks); i += 200 {
			fmt.Fprintf(w, "%s\t%s\n", tag, strings.Join(ks[i:min(i+200, len(ks))], "\t"))
		}
	}
	writeSet("UF", m.ukFirst)
	writeSet("UL", m.ukLast)
	writeSet("I", m.indecl)
	writeSet("G", m.geo)
	writeSet("FW", m.ruWoman)
	writeSet("FM", m.ruMan)
	if err := w.Flush(); err != nil {
		return nil, err
	}
	var out bytes.Buffer
	zw, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(raw.Bytes()); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// minMemory is how often a form must have been seen with its lemma to be
// remembered; rarer forms go through the suffix rules (tuned on dev).
const minMemory = 1

// A surname alone stands for a full name when that person has at least
// minSurname training mentions and surnameShare of the surname's mentions.
const (
	minSurname   = 3
	surnameShare = 0.75
)

// geoLists are the dict_uk place-name lists read for the place table.
var geoLists = []string{"geo-other.lst", "geo-ukr-koatuu.lst", "geo-ukr-hydro.lst"}

// Licence states the terms of the data the tables come from.
const Licence = "NEREL research use (Wikinews texts CC BY 2.5); dict_uk CC BY-NC-SA 4.0; names-translator MIT; Wikidata name tokens (NETransliteration) CC0 1.0; lang-uk name_freq_dict GPL-3.0; slavic-ner research only (no licence stated)"
