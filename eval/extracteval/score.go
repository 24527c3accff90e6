// Package extracteval scores body and metadata extraction (`pressclip eval
// extract`) on article-extraction-benchmark, trafilatura-eval, cleaneval-final
// and their text dumps, each exactly as its SOURCE.md says.
package extracteval

import (
	"strings"
	"unicode"

	"github.com/pressclip/pressclip/eval"
	"github.com/pressclip/pressclip/internal/evaldata"
)

// The scorers below follow each corpus's SOURCE.md. They are shared by the
// HTML rows (extracteval.go) and the text-dump rows (dumps.go).

// wordTokens splits s into the runs Python's re.findall(r"\w+", s) finds
// (Unicode letters, numbers and underscore).
func wordTokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if isWord(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func isWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// shingles counts the n-word shingles of s as Zyte's evaluate.py does: the
// tokens joined by a space, and for fewer than n tokens the one shorter
// shingle (none for no tokens).
func shingles(s string, n int) map[string]int {
	toks := wordTokens(s)
	m := make(map[string]int)
	for i := 0; i < max(1, len(toks)-n+1); i++ {
		sh := strings.Join(toks[i:min(i+n, len(toks))], " ")
		if sh != "" {
			m[sh]++
		}
	}
	return m
}

// ShingleCounts is one document's multiset 4-gram shingle match.
type ShingleCounts struct{ TP, FP, FN float64 }

// shingleMatch compares predicted text with the gold text by multisets of
// 4-word shingles (Zyte article-extraction-benchmark evaluate.py).
func shingleMatch(gold, pred string) ShingleCounts {
	g, p := shingles(gold, 4), shingles(pred, 4)
	var c ShingleCounts
	for k, n := range p {
		m := g[k]
		c.TP += float64(min(n, m))
		c.FP += float64(max(0, n-m))
	}
	for k, m := range g {
		c.FN += float64(max(0, m-p[k]))
	}
	return c
}

// ShingleScore averages documents' shingle scores as evaluate.py does:
// precision is the mean per-document precision over documents where
// something was predicted (tp+fp > 0), recall the mean per-document recall
// over documents with a gold body (tp+fn > 0), F1 their harmonic mean. (This
// reproduces the benchmark's published baseline figures exactly; see
// TestShingleReproducesUpstream.)
type ShingleScore struct {
	p, r   float64
	np, nr int
	n      int
	same   int // documents whose token lists are equal ("accuracy")
}

// Add scores one document.
func (s *ShingleScore) Add(gold, pred string) {
	c := shingleMatch(gold, pred)
	if c.TP+c.FP > 0 {
		s.p += c.TP / (c.TP + c.FP)
		s.np++
	}
	if c.TP+c.FN > 0 {
		s.r += c.TP / (c.TP + c.FN)
		s.nr++
	}
	s.n++
	if equalStrings(wordTokens(gold), wordTokens(pred)) {
		s.same++
	}
}

// Precision is the mean per-document precision.
func (s *ShingleScore) Precision() float64 { return mean(s.p, s.np) }

// Recall is the mean per-document recall.
func (s *ShingleScore) Recall() float64 { return mean(s.r, s.nr) }

// F1 is the harmonic mean of Precision and Recall.
func (s *ShingleScore) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func mean(sum float64, n int) float64 {
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// Accuracy is the share of documents whose token lists equal the gold's.
func (s *ShingleScore) Accuracy() float64 { return mean(float64(s.same), s.n) }

// N is the number of documents scored.
func (s *ShingleScore) N() int { return s.n }

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// normSpace collapses whitespace runs to one space and trims (trafilatura's
// eval normalisation).
func normSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// SnippetScore is trafilatura's eval: per document, TP = "with" snippets
// found in the extracted body, FN = not found, FP = "without" snippets
// found, TN = not found; summed over the corpus.
type SnippetScore struct {
	TP, FN, FP, TN int
	Docs           int
}

// Add scores one document's extracted body.
func (s *SnippetScore) Add(with, without []string, body string) {
	b := normSpace(body)
	for _, w := range with {
		if strings.Contains(b, normSpace(w)) {
			s.TP++
		} else {
			s.FN++
		}
	}
	for _, w := range without {
		if strings.Contains(b, normSpace(w)) {
			s.FP++
		} else {
			s.TN++
		}
	}
	s.Docs++
}

// PRF returns the summed counts.
func (s *SnippetScore) PRF() eval.PRF {
	return eval.PRF{TP: float64(s.TP), FP: float64(s.FP), FN: float64(s.FN)}
}

// Accuracy is (TP + TN) / all snippets.
func (s *SnippetScore) Accuracy() float64 {
	all := s.TP + s.TN + s.FP + s.FN
	if all == 0 {
		return 0
	}
	return float64(s.TP+s.TN) / float64(all)
}

// titleMatch reports whether the extracted title equals the gold one after
// normalisation.
func titleMatch(gold, pred string) bool { return evaldata.NormMeta(gold) == evaldata.NormMeta(pred) }

// dateMatch compares YYYY-MM-DD: the gold's first 10 bytes with the
// prediction's (a date-time prediction matches on its date).
func dateMatch(gold, pred string) bool {
	return evaldata.DatePart(gold) == evaldata.DatePart(pred)
}

// authorMatch reports whether the extracted author list names the same
// people as the gold string (split on ";", ",", "/", " and ", "&"; order and
// case ignored).
func authorMatch(gold string, pred []string) bool {
	g := authorSet(gold)
	p := authorSet(strings.Join(pred, "; "))
	if len(g) != len(p) {
		return false
	}
	for k := range g {
		if !p[k] {
			return false
		}
	}
	return true
}

func authorSet(s string) map[string]bool {
	s = strings.NewReplacer(",", ";", "/", ";", " and ", ";", "&", ";", "|", ";").Replace(s)
	m := make(map[string]bool)
	for _, part := range strings.Split(s, ";") {
		if p := evaldata.NormMeta(part); p != "" {
			m[p] = true
		}
	}
	return m
}

// MetaScore counts exact matches of one metadata field over the documents
// whose gold has the field (an empty gold value is matched by an empty
// prediction).
type MetaScore struct{ Right, N int }

// Add records one comparison.
func (m *MetaScore) Add(ok bool) {
	m.N++
	if ok {
		m.Right++
	}
}

// Accuracy is Right / N.
func (m MetaScore) Accuracy() float64 {
	if m.N == 0 {
		return 0
	}
	return float64(m.Right) / float64(m.N)
}

// lcsCounts scores CleanEval: whitespace tokens, the longest common
// subsequence as TP, the rest of the prediction as FP and of the gold as FN.
func lcsCounts(gold, pred []string) eval.PRF {
	if len(gold) == 0 || len(pred) == 0 {
		return eval.PRF{FP: float64(len(pred)), FN: float64(len(gold))}
	}
	ids := make(map[string]int32)
	id := func(t []string) []int32 {
		out := make([]int32, len(t))
		for i, s := range t {
			v, ok := ids[s]
			if !ok {
				v = int32(len(ids))
				ids[s] = v
			}
			out[i] = v
		}
		return out
	}
	a, b := id(gold), id(pred)
	prev := make([]int32, len(b)+1)
	cur := make([]int32, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	l := float64(prev[len(b)])
	return eval.PRF{TP: l, FP: float64(len(b)) - l, FN: float64(len(a)) - l}
}

// cleanEvalGold strips the "URL:" line and the <p>/<h>/<l> block markers of
// a CleanEval gold file and returns its whitespace tokens.
func cleanEvalGold(s string) []string {
	if strings.HasPrefix(s, "URL:") {
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			s = s[i+1:]
		} else {
			s = ""
		}
	}
	var out []string
	for _, t := range strings.Fields(s) {
		switch t {
		case "<p>", "<h>", "<l>":
			continue
		}
		out = append(out, t)
	}
	return out
}

// CleanEvalScore sums LCS counts over documents (micro) and averages
// per-document F1 (macro).
type CleanEvalScore struct {
	Sum   eval.PRF
	macro float64
	N     int
}

// Add scores one page.
func (c *CleanEvalScore) Add(goldFile, pred string) {
	p := lcsCounts(cleanEvalGold(goldFile), strings.Fields(pred))
	c.Sum.Add(p)
	c.macro += p.F1()
	c.N++
}

// MacroF1 is the mean per-page F1.
func (c *CleanEvalScore) MacroF1() float64 {
	if c.N == 0 {
		return 0
	}
	return c.macro / float64(c.N)
}
