package names

import (
	"archive/tar"
	"compress/gzip"
	"io"
	"os"
	"sort"
	"strings"
)

// nerelPairs reads NEREL's PERSON mentions that link to Wikidata and calls
// fn with each word of the mention and the word of the Russian Wikidata
// label it matches (Радия Хабирова + «Радий Фаритович Хабиров» → Радия →
// Радий, Хабирова → Хабиров).
func nerelPairs(path string, fn func(surface, lemma string)) error {
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
	var anns []string
	files := map[string]string{}
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		if h.Typeflag != tar.TypeReg || !strings.HasSuffix(h.Name, ".ann") {
			continue
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			return err
		}
		anns = append(anns, h.Name)
		files[h.Name] = string(b)
	}
	sort.Strings(anns)
	for _, name := range anns {
		person := map[string]string{}
		var links [][2]string
		for _, line := range strings.Split(files[name], "\n") {
			f := strings.Split(line, "\t")
			if len(f) < 3 {
				continue
			}
			switch {
			case strings.HasPrefix(f[0], "T") && strings.HasPrefix(f[1], "PERSON "):
				person[f[0]] = f[2]
			case strings.HasPrefix(f[0], "N"):
				ref := strings.Fields(f[1])
				if len(ref) == 3 && ref[2] != "Wikidata:NULL" {
					links = append(links, [2]string{ref[1], f[2]})
				}
			}
		}
		for _, l := range links {
			surface, ok := person[l[0]]
			if !ok || l[1] == "" || !isCyrillic(strings.Join(words(l[1]), "")) {
				continue
			}
			label := words(l[1])
			for _, w := range words(surface) {
				if len([]rune(w)) < 2 {
					continue
				}
				if lemma := closestWord(w, label); lemma != "" {
					if strings.Contains(lemma, "ё") && !strings.Contains(w, "ё") {
						lemma = strings.ReplaceAll(lemma, "ё", "е")
					}
					fn(w, lemma)
				}
			}
		}
	}
	return nil
}

// closestWord returns the label word sharing the longest prefix with w,
// when that prefix leaves at most three letters of either word over and
// is at least three letters long.
func closestWord(w string, label []string) string {
	wr := []rune(strings.ToLower(strings.ReplaceAll(w, "ё", "е")))
	best, bestP := "", 0
	for _, l := range label {
		if isPatronymic(l) && !isPatronymic(w) {
			continue
		}
		lr := []rune(strings.ToLower(strings.ReplaceAll(l, "ё", "е")))
		p := 0
		for p < len(wr) && p < len(lr) && wr[p] == lr[p] {
			p++
		}
		if p > bestP && len(wr)-p <= 3 && len(lr)-p <= 3 {
			best, bestP = l, p
		}
	}
	if bestP >= 3 || bestP == len(wr) && bestP > 0 {
		return best
	}
	return ""
}

// isPatronymic recognises Russian patronymics by their endings, in any case.
func isPatronymic(w string) bool {
	lw := strings.ToLower(w)
	for _, e := range []string{"ович", "евич", "ьич", "овна", "евна", "ична", "инична"} {
		if strings.Contains(lw, e) {
			return true
		}
	}
	return false
}
