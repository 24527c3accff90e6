package langid

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pressclip/pressclip/internal/modcache"
	"github.com/pressclip/pressclip/models"
)

// LinguaVersion is the lingua-go release whose n-gram tables the shipped
// model is distilled from.
const LinguaVersion = "v1.4.0"

// Languages are the ISO 639-1 codes the shipped model knows: the languages
// of the langid evaluation (en, uk, ru, be, bg, mk, sr, kk, pl, cs, de, fr)
// and the other large European languages a news crawl meets.
var Languages = []string{
	"en", "uk", "ru", "be", "bg", "mk", "sr", "kk", "pl", "cs", "de", "fr",
	"es", "it", "pt", "nl", "sk", "sl", "hr", "ro", "hu", "sv", "da", "fi", "el",
}

// notInAlphabet are letters a language's alphabet lacks although Lingua's
// tables (built from web text, which quotes other languages) give them a
// small probability: Ukrainian writes no ы, э, ё, ъ and Russian no і, ї, є,
// ґ, ў. Training drops the n-grams holding them, so that they cost what an
// unseen letter costs.
var notInAlphabet = map[string]string{"uk": "ыэёъ", "ru": "іїєґў"}

// TrainConfig says how much of each language's tables the model keeps.
type TrainConfig struct {
	// Dir is lingua-go's language-models directory (one folder per ISO code).
	Dir string
	// Languages to keep; Languages when empty.
	Languages []string
	// Keep is the number of n-grams kept per language for orders 3, 4 and 5,
	// the most frequent first (all unigrams and bigrams are kept).
	Keep [3]int
	// KeepOf overrides Keep for the languages it names.
	KeepOf map[string][3]int
	// Shared is the ../shared root whose training text gives word
	// frequencies (see LexiconTexts); "" for no lexicon.
	Shared string
	// SkipEvery holds out every SkipEvery-th document of each lexicon
	// source (0: none; see HeldOutTexts).
	SkipEvery int
	// LexiconKeep words at most per language, each seen LexiconMin times.
	LexiconKeep, LexiconMin int
	// MuseCount > 0 adds the uk and ru words of the MUSE dictionaries that
	// a lexicon lacks, each as if seen MuseCount times in the larger of the
	// uk and ru training texts.
	MuseCount float64
	// MuseRankWeight is the weight of a MUSE word's frequency rank in its
	// lexicon frequency (see addMuse); 0 keeps counted frequencies as they are.
	MuseRankWeight float64
}

// ShippedConfig is the configuration of models/langid.gz: lingua-go's
// tables in dir, word frequencies from the training text under shared.
// Ukrainian and Russian keep 128,000 n-grams of each order above two
// instead of 16,000: they share most letters and words, and the rarer
// letter sequences the narrow tables dropped tell them apart (on dev,
// keeping all of Lingua's was no better; widening every Cyrillic language
// helped Bulgarian but cost Russian more).
func ShippedConfig(dir, shared string) TrainConfig {
	wide := [3]int{128000, 128000, 128000}
	return TrainConfig{Dir: dir, Languages: Languages, Keep: [3]int{16000, 16000, 16000},
		KeepOf: map[string][3]int{"uk": wide, "ru": wide},
		Shared: shared, LexiconKeep: 50000, LexiconMin: 1, MuseCount: 1, MuseRankWeight: 0.25}
}

// LinguaDir finds lingua-go's language-models directory in the Go module
// cache (it is a dependency of nothing at run time; training reads it).
func LinguaDir() (string, error) {
	root, err := modcache.Dir("github.com/pemistahl/lingua-go@" + LinguaVersion)
	if err != nil {
		return "", err
	}
	dir := filepath.Join(root, "language-models")
	if _, err := os.Stat(dir); err != nil {
		return "", fmt.Errorf("lingua-go %s models (go mod download github.com/pemistahl/lingua-go@%s): %w", LinguaVersion, LinguaVersion, err)
	}
	return dir, nil
}

// Train distils lingua-go's n-gram tables into a compact model: for every
// language the conditional probabilities of its unigrams and bigrams and of
// its Keep most frequent tri-, quadri- and fivegrams, quantised to a byte.
func Train(ctx context.Context, cfg TrainConfig) (*Model, error) {
	langs := cfg.Languages
	if len(langs) == 0 {
		langs = Languages
	}
	if len(langs) > maxLangs {
		return nil, fmt.Errorf("langid: %d languages, at most %d", len(langs), maxLangs)
	}
	type kept struct {
		ngram string
		cost  uint8
		end   uint8 // -ln p(word ends | ngram), quantised; orders ≤ endOrders
	}
	perLang := make([][maxOrder][]kept, len(langs))
	scripts := make([]script, len(langs))
	alphabet := map[rune]bool{}
	for li, code := range langs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var cond [maxOrder]map[string]float64
		for n := 1; n <= maxOrder; n++ {
			m, err := readLinguaTable(filepath.Join(cfg.Dir, code, orderFiles[n-1]))
			if n > 1 && errors.Is(err, fs.ErrNotExist) {
				m = nil // some scripts have one language only (Greek: unigrams only)
				err = nil
			}
			if err != nil {
				return nil, fmt.Errorf("langid: %s: %w", code, err)
			}
			cond[n-1] = m
		}
		if foreign := notInAlphabet[code]; foreign != "" {
			for n := range cond {
				for g := range cond[n] {
					if strings.ContainsAny(g, foreign) {
						delete(cond[n], g)
					}
				}
			}
		}
		ends := wordEnds(cond)
		scripts[li] = dominantScript(cond[0])
		if scripts[li] == scriptOther {
			return nil, fmt.Errorf("langid: %s: no Latin, Cyrillic or Greek letters", code)
		}
		// joint probabilities rank n-grams by frequency
		joint := map[string]float64{}
		for n := 1; n <= maxOrder; n++ {
			var list []string
			for g, p := range cond[n-1] {
				j := p
				if n > 1 {
					_, size := utf8.DecodeLastRuneInString(g)
					j *= joint[g[:len(g)-size]]
				}
				if j > 0 && onlyScript(g, scripts[li]) {
					joint[g] = j
					list = append(list, g)
				}
			}
			sort.Slice(list, func(a, b int) bool {
				if joint[list[a]] != joint[list[b]] {
					return joint[list[a]] > joint[list[b]]
				}
				return list[a] < list[b]
			})
			keep := cfg.Keep
			if k, ok := cfg.KeepOf[code]; ok {
				keep = k
			}
			if n >= 3 && len(list) > keep[n-3] {
				list = list[:keep[n-3]]
			}
			keptSet := map[string]bool{}
			for _, g := range list {
				keptSet[g] = true
				k := kept{ngram: g, cost: quantise(cond[n-1][g])}
				if n <= endOrders {
					k.end = quantise(ends[n-1][g])
				}
				perLang[li][n-1] = append(perLang[li][n-1], k)
				for _, r := range g {
					alphabet[r] = true
				}
			}
			// only kept n-grams may be prefixes of the next order
			for g := range joint {
				if utf8.RuneCountInString(g) == n && !keptSet[g] {
					delete(joint, g)
				}
			}
		}
	}
	var lexicon map[string]map[string]uint8
	if cfg.Shared != "" {
		texts, err := LexiconTexts(ctx, cfg.Shared, cfg.SkipEvery)
		if err != nil {
			return nil, err
		}
		var counts map[string]map[string]int
		var totals map[string]int
		lexicon, counts, totals = buildLexicon(texts, cfg.LexiconKeep, cfg.LexiconMin)
		if cfg.MuseCount > 0 {
			if err := addMuse(lexicon, counts, totals, cfg.Shared, cfg.MuseCount, cfg.MuseRankWeight); err != nil {
				return nil, err
			}
		}
	}
	m := &Model{langs: langs, scripts: scripts}
	runes := make([]rune, 0, len(alphabet))
	for r := range alphabet {
		runes = append(runes, r)
	}
	sort.Slice(runes, func(a, b int) bool { return runes[a] < runes[b] })
	if len(runes) >= 1<<runeBits {
		return nil, fmt.Errorf("langid: alphabet of %d letters, at most %d", len(runes), 1<<runeBits-1)
	}
	m.runes = runes
	m.index()
	m.groups()
	for n := 1; n <= maxOrder; n++ {
		rows, endRows := map[uint64][]uint8{}, map[uint64][]uint8{}
		for li := range langs {
			for _, k := range perLang[li][n-1] {
				key, ok := m.key(k.ngram)
				if !ok {
					return nil, fmt.Errorf("langid: n-gram %q not in alphabet", k.ngram)
				}
				row := rows[key]
				if row == nil {
					row = make([]uint8, len(langs))
					rows[key] = row
				}
				row[li] = k.cost
				if k.end != 0 {
					if endRows[key] == nil {
						endRows[key] = make([]uint8, len(langs))
					}
					endRows[key][li] = k.end
				}
			}
		}
		m.setTable(n, rows, endRows)
	}
	m.setLexicon(lexicon)
	return m, nil
}

// endMix is the weight of the shorter context in a word-end probability
// (Jelinek-Mercer interpolation: a long ending seen rarely is no certainty).
const endMix = 0.1

// wordEnds derives from a language's conditional n-gram probabilities
// (Lingua counts n-grams within words, and p(gx) = count(gx)/count(g)) the
// probability that a word ends after its last letters g: the share of g's
// occurrences no letter follows, 1 - sum over x of p(gx), interpolated with
// the estimate for g's last letter but one.
func wordEnds(cond [maxOrder]map[string]float64) [endOrders]map[string]float64 {
	var out [endOrders]map[string]float64
	var mean float64 // the language's share of word ends after one letter
	for n := 1; n <= endOrders; n++ {
		cont := map[string]float64{}
		for g, p := range cond[n] {
			_, size := utf8.DecodeLastRuneInString(g)
			cont[g[:len(g)-size]] += p
		}
		raw := map[string]float64{}
		for g := range cond[n-1] {
			raw[g] = min(1, max(0, 1-cont[g]))
		}
		if n == 1 {
			var sum, mass float64
			for g, p := range cond[0] {
				sum += p * raw[g]
				mass += p
			}
			if mass > 0 {
				mean = sum / mass
			}
		}
		out[n-1] = map[string]float64{}
		for g, r := range raw {
			short := mean
			if n > 1 {
				_, size := utf8.DecodeRuneInString(g)
				if p, ok := out[n-2][g[size:]]; ok {
					short = p
				}
			}
			out[n-1][g] = max((1-endMix)*r+endMix*short, 1e-6)
		}
	}
	return out
}

var orderFiles = [maxOrder]string{"unigrams.pb.bin.zip", "bigrams.pb.bin.zip", "trigrams.pb.bin.zip", "quadrigrams.pb.bin.zip", "fivegrams.pb.bin.zip"}

// quantise stores -ln p in sixteenths of a nat, 1..255 (0 means absent).
func quantise(p float64) uint8 {
	c := math.Round(-math.Log(p) * costScale)
	if c < 0 {
		c = 0
	}
	if c > 254 {
		c = 254
	}
	return uint8(c) + 1
}

func dominantScript(unigrams map[string]float64) script {
	var mass [scriptCount]float64
	for g, p := range unigrams {
		r, _ := utf8.DecodeRuneInString(g)
		mass[scriptOf(r)] += p
	}
	best := scriptOther
	for s := scriptLatin; s < scriptCount; s++ {
		if mass[s] > mass[best] {
			best = s
		}
	}
	return best
}

func onlyScript(g string, s script) bool {
	for _, r := range g {
		if scriptOf(unicode.ToLower(r)) != s {
			return false
		}
	}
	return true
}

// readLinguaTable reads one of lingua-go's zipped protocol-buffer n-gram
// tables (SerializableLanguageModel: field 4 repeated SerializableNgramSet
// {1 double probability, 2 repeated string ngrams}) into ngram → probability.
func readLinguaTable(path string) (map[string]float64, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	if len(zr.File) != 1 {
		return nil, fmt.Errorf("%s: want one file in the zip, have %d", path, len(zr.File))
	}
	rc, err := zr.File[0].Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out := map[string]float64{}
	err = eachField(b, func(num int, wire int, v uint64, sub []byte) error {
		if num != 4 || wire != 2 {
			return nil
		}
		var prob float64
		var ngrams []string
		err := eachField(sub, func(num int, wire int, v uint64, s []byte) error {
			switch {
			case num == 1 && wire == 1:
				prob = math.Float64frombits(v)
			case num == 2 && wire == 2:
				ngrams = append(ngrams, string(s))
			}
			return nil
		})
		for _, g := range ngrams {
			out[g] = prob
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

var errProto = errors.New("malformed protocol buffer")

// eachField walks the fields of one protocol-buffer message.
func eachField(b []byte, f func(num, wire int, v uint64, sub []byte) error) error {
	for len(b) > 0 {
		tag, n := binary.Uvarint(b)
		if n <= 0 {
			return errProto
		}
		b = b[n:]
		num, wire := int(tag>>3), int(tag&7)
		var v uint64
		var sub []byte
		switch wire {
		case 0:
			v, n = binary.Uvarint(b)
			if n <= 0 {
				return errProto
			}
			b = b[n:]
		case 1:
			if len(b) < 8 {
				return errProto
			}
			v = binary.LittleEndian.Uint64(b)
			b = b[8:]
		case 2:
			l, n := binary.Uvarint(b)
			if n <= 0 || uint64(len(b)-n) < l {
				return errProto
			}
			sub = b[n : n+int(l)]
			b = b[n+int(l):]
		case 5:
			if len(b) < 4 {
				return errProto
			}
			v = uint64(binary.LittleEndian.Uint32(b))
			b = b[4:]
		default:
			return errProto
		}
		if err := f(num, wire, v, sub); err != nil {
			return err
		}
	}
	return nil
}

// Encode serialises the model: gzip of the format read by decodeModel, with
// a zero header so equal models give equal bytes.
func (m *Model) Encode() ([]byte, error) {
	var raw bytes.Buffer
	raw.WriteString(magic)
	putUvarint(&raw, uint64(len(m.langs)))
	for i, l := range m.langs {
		putUvarint(&raw, uint64(len(l)))
		raw.WriteString(l)
		raw.WriteByte(byte(m.scripts[i]))
	}
	putUvarint(&raw, uint64(len(m.runes)))
	prev := rune(0)
	for _, r := range m.runes {
		putUvarint(&raw, uint64(r-prev))
		prev = r
	}
	for n := 1; n <= maxOrder; n++ {
		t := &m.tables[n-1]
		keys := make([]uint64, 0, t.len())
		refs := map[uint64]uint32{}
		t.refs(func(k uint64, ref uint32) {
			keys = append(keys, k)
			refs[k] = ref
		})
		sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
		putUvarint(&raw, uint64(len(keys)))
		var last uint64
		for _, k := range keys {
			putUvarint(&raw, k-last)
			last = k
		}
		// costs column by column (one language at a time) compress best
		for li := range m.langs {
			for _, k := range keys {
				raw.WriteByte(m.cost(t, refs[k], li))
			}
		}
		if n <= endOrders {
			for li := range m.langs {
				for _, k := range keys {
					raw.WriteByte(m.endCost(t, refs[k], li))
				}
			}
		}
	}
	putUvarint(&raw, uint64(len(m.lexLang)))
	for _, l := range m.lexLang {
		putUvarint(&raw, uint64(l))
	}
	putUvarint(&raw, uint64(len(m.lexWords)))
	for _, w := range m.lexWords {
		putUvarint(&raw, uint64(len(w)))
		raw.WriteString(w)
	}
	for c := range m.lexLang {
		for i := range m.lexWords {
			raw.WriteByte(m.lexCosts[i*len(m.lexLang)+c])
		}
	}
	return gzipBytes(raw.Bytes())
}

func putUvarint(w *bytes.Buffer, v uint64) {
	var b [binary.MaxVarintLen64]byte
	w.Write(b[:binary.PutUvarint(b[:], v)])
}

// ShippedRecipe describes models/langid.gz for models/recipes.json.
func ShippedRecipe() models.Recipe {
	return models.Recipe{
		File:    ModelFile,
		Command: "pressclip train langid",
		Data: append([]string{"github.com/pemistahl/lingua-go@" + LinguaVersion + " language-models/{" +
			strings.Join(Languages, ",") + "}/*.pb.bin.zip (Lingua's n-gram tables, built by its author from Leipzig Corpora Collection text)"},
			append(LexiconData(), MuseData)...),
		Seed:    0,
		Licence: "lingua-go: Apache-2.0 (its n-gram tables derive from Leipzig Corpora Collection text, LCC terms of use); CoNLL-2003: Reuters RCV1 research agreement; ner-uk: CC BY-NC-SA 4.0 (non-commercial); NEREL: none stated (Wikinews CC BY 2.5); slavic-ner: none stated (research use); MUSE dictionaries: CC BY-NC 4.0 (non-commercial)",
	}
}
