package stories

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/pressclip/pressclip/models"
)

// ModelFile is the embedded model's file name under models/.
const ModelFile = "stories.gz"

// Model maps Ukrainian and Russian word stems to English ones (from the MUSE
// dictionaries) and holds background document frequencies in that shared
// space, so that weights do not depend on the order pages arrive in.
type Model struct {
	xling map[string]string // Cyrillic stem → English stem
	df    map[string]uint32
	n     int // documents behind df
}

// LoadModel reads the embedded model.
func LoadModel() (*Model, error) {
	r, err := models.Open(ModelFile)
	if err != nil {
		return nil, err
	}
	return ReadModel(r)
}

// ReadModel parses a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	m := &Model{xling: map[string]string{}, df: map[string]uint32{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), "\t")
		switch {
		case len(f) == 2 && f[0] == "N":
			n, err := strconv.Atoi(f[1])
			if err != nil {
				return nil, fmt.Errorf("stories model line %d: %w", line, err)
			}
			m.n = n
		case len(f) == 3 && f[0] == "x":
			m.xling[f[1]] = f[2]
		case len(f) == 3 && f[0] == "d":
			n, err := strconv.ParseUint(f[2], 10, 32)
			if err != nil {
				return nil, fmt.Errorf("stories model line %d: %w", line, err)
			}
			m.df[f[1]] = uint32(n)
		default:
			return nil, fmt.Errorf("stories model line %d: malformed", line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("stories model: %w", err)
	}
	if m.n == 0 {
		return nil, fmt.Errorf("stories model: no document count")
	}
	return m, nil
}

// Encode writes m gzipped, deterministically (sorted, zero gzip header).
func (m *Model) Encode() ([]byte, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	w := bufio.NewWriter(zw)
	fmt.Fprintf(w, "N\t%d\n", m.n)
	for _, k := range sortedKeys(m.xling) {
		fmt.Fprintf(w, "x\t%s\t%s\n", k, m.xling[k])
	}
	for _, k := range sortedKeys(m.df) {
		fmt.Fprintf(w, "d\t%s\t%d\n", k, m.df[k])
	}
	if err := w.Flush(); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// term maps a lower-case word to its key in the shared English space:
// English stems as they are, Cyrillic stems through the dictionary, or kept
// with a "c:" prefix when the dictionary does not know them.
func (m *Model) term(w string) string {
	s := stem(w)
	if !isCyrillic(s) {
		return s
	}
	if e, ok := m.xling[s]; ok {
		return e
	}
	return "c:" + s
}

// idf is the inverse document frequency of term t against the background.
func (m *Model) idf(t string) float64 {
	return math.Log(float64(m.n+1)/float64(m.df[t]+1)) + 1
}

// common reports whether t occurs in so many background documents that it
// says nothing about what a page is about.
func (m *Model) common(t string) bool {
	return float64(m.df[t]) > 0.2*float64(m.n)
}
