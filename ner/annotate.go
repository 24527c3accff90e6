package ner

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/models"
	"github.com/pressclip/pressclip/token"
)

// DefaultStyle is the annotation style (see Model.WithStyle) Load gives
// each language's model: slavic-ner's (BSNLP) names without descriptor
// words, the convention the people stage and its evaluation follow.
var DefaultStyle = map[string]string{"uk": "slavic", "ru": "slavic"}

// Load decodes the embedded model for lang, tagging in DefaultStyle[lang].
func Load(lang string) (*Model, error) {
	r, err := models.Open(ModelFile(lang))
	if err != nil {
		return nil, fmt.Errorf("ner: model %s: %w", lang, err)
	}
	m, err := Decode(r)
	if err != nil {
		return nil, err
	}
	return m.WithStyle(DefaultStyle[lang]), nil
}

// Tagger is the NER pipeline stage. It picks a model by each block's
// language (else the document's): en, uk, ru; other Cyrillic-script
// languages use the ru/uk model, other languages the en model.
type Tagger struct {
	models map[string]*Model
}

// New loads the embedded models of every language that has one.
func New() (*Tagger, error) {
	t := &Tagger{models: map[string]*Model{}}
	var (
		mu   sync.Mutex
		wg   sync.WaitGroup
		errs []error
	)
	for lang := range Recipes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m, err := Load(lang)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs = append(errs, err)
				return
			}
			t.models[lang] = m
		}()
	}
	wg.Wait()
	if len(t.models) == 0 {
		return nil, fmt.Errorf("ner: no model loaded: %v", errs)
	}
	return t, nil
}

// NewWith makes a tagger from explicit models (keyed by language).
func NewWith(ms ...*Model) *Tagger {
	t := &Tagger{models: map[string]*Model{}}
	for _, m := range ms {
		t.models[m.Lang] = m
	}
	return t
}

// Model returns the model used for a language tag ("uk-UA" → uk), or nil.
func (t *Tagger) Model(lang string) *Model {
	lang = strings.ToLower(lang)
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i]
	}
	try := []string{lang}
	switch lang {
	case "ru", "be", "bg", "sr", "mk", "kk":
		try = append(try, "ru", "uk")
	case "uk":
		try = append(try, "ru")
	default:
		try = append(try, "en")
	}
	for _, l := range try {
		if m := t.models[l]; m != nil {
			return m
		}
	}
	return nil
}

// Annotate fills d.Entities from the body blocks (tokenizing them first if
// d.Tokens is empty). Offsets are into d.Text. The sentences tagged by one
// model form one document for its document pass.
func (t *Tagger) Annotate(ctx context.Context, d *doc.Doc) error {
	if len(d.Tokens) == 0 || len(d.Sentences) == 0 {
		if err := token.New().Annotate(ctx, d); err != nil {
			return err
		}
	}
	d.Entities = d.Entities[:0]
	type group struct {
		sents [][]doc.Token
		words [][]string
	}
	var order []*Model
	groups := map[*Model]*group{}
	bi := 0
	for _, s := range d.Sentences {
		if err := ctx.Err(); err != nil {
			return err
		}
		lang := d.Lang
		for bi < len(d.Blocks) && d.Blocks[bi].End <= s.Start {
			bi++
		}
		if bi < len(d.Blocks) && d.Blocks[bi].Lang != "" {
			lang = d.Blocks[bi].Lang
		}
		m := t.Model(lang)
		if m == nil || s.Last <= s.First || s.Last > len(d.Tokens) {
			continue
		}
		toks := d.Tokens[s.First:s.Last]
		words := make([]string, len(toks))
		for i, tk := range toks {
			words[i] = d.Text[tk.Start:tk.End]
		}
		g := groups[m]
		if g == nil {
			g = &group{}
			groups[m] = g
			order = append(order, m)
		}
		g.sents = append(g.sents, toks)
		g.words = append(g.words, words)
	}
	for _, m := range order {
		g := groups[m]
		for si, tags := range m.TagDoc(g.words) {
			toks := g.sents[si]
			for _, mn := range Mentions(tags) {
				d.Entities = append(d.Entities, doc.Entity{
					Span: doc.Span{Start: toks[mn.First].Start, End: toks[mn.Last-1].End},
					Type: mn.Type,
				})
			}
		}
	}
	if len(order) > 1 {
		sort.SliceStable(d.Entities, func(i, j int) bool { return d.Entities[i].Start < d.Entities[j].Start })
	}
	return nil
}
