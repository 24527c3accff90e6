package doc

// Record is the JSON view of a Doc: what `pressclip extract` prints, one per
// input. Fields are only ever added, never renamed. All start/end offsets are
// byte offsets into the decoded text (Doc.Text), the same frame as Blocks.
type Record struct {
	Source    string         `json:"source"`
	Lang      string         `json:"lang"`
	Title     string         `json:"title"`
	Published *string        `json:"published"`
	Authors   []string       `json:"authors"`
	Body      string         `json:"body"`
	Blocks    []RecordBlock  `json:"blocks"`
	Entities  []RecordEntity `json:"entities"`
	People    []RecordPerson `json:"people"`
	Quotes    []RecordQuote  `json:"quotes"`
	Dates     []RecordDate   `json:"dates"`
	Story     string         `json:"story,omitempty"`
	Topic     string         `json:"topic,omitempty"`
	Error     string         `json:"error,omitempty"`
}

// RecordBlock is one body paragraph.
type RecordBlock struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Lang  string `json:"lang,omitempty"`
}

// RecordEntity is one named-entity mention.
type RecordEntity struct {
	Type   string `json:"type"`
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Person string `json:"person,omitempty"`
	Lemma  string `json:"lemma,omitempty"` // nominative form (PER), from the people stage
}

// RecordPerson is one person of the page.
type RecordPerson struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Names    []string `json:"names"`
	Mentions []Span   `json:"mentions"`
	Roles    []string `json:"roles"`
}

// RecordQuote is one attributed statement.
type RecordQuote struct {
	Text        string  `json:"text"`
	Start       int     `json:"start"`
	End         int     `json:"end"`
	Direct      bool    `json:"direct"`
	Speaker     *string `json:"speaker"`
	SpeakerID   *string `json:"speaker_id"`
	SpeakerText *string `json:"speaker_text"`
	Cue         *string `json:"cue"`
	SaidOn      *string `json:"said_on,omitempty"`
}

// RecordDate is one normalised temporal expression.
type RecordDate struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

// Body returns the article text: the blocks joined by one blank line.
func (d *Doc) Body() string {
	n := 0
	for _, b := range d.Blocks {
		n += b.Len() + 2
	}
	buf := make([]byte, 0, n)
	for i, b := range d.Blocks {
		if i > 0 {
			buf = append(buf, '\n', '\n')
		}
		buf = append(buf, d.Slice(b.Span)...)
	}
	return string(buf)
}

// Record builds the JSON view of d.
func (d *Doc) Record() Record {
	r := Record{
		Source:    d.Source,
		Lang:      d.Lang,
		Title:     d.Title,
		Published: optional(d.Published),
		Authors:   nonNil(d.Authors),
		Body:      d.Body(),
		Blocks:    make([]RecordBlock, len(d.Blocks)),
		Entities:  make([]RecordEntity, len(d.Entities)),
		People:    make([]RecordPerson, len(d.People)),
		Quotes:    make([]RecordQuote, len(d.Quotes)),
		Dates:     make([]RecordDate, len(d.Dates)),
		Story:     d.Story,
		Topic:     d.Topic,
	}
	if d.Err != nil {
		r.Error = d.Err.Error()
	}
	for i, b := range d.Blocks {
		r.Blocks[i] = RecordBlock{Start: b.Start, End: b.End, Lang: b.Lang}
	}
	for i, e := range d.Entities {
		r.Entities[i] = RecordEntity{Type: e.Type, Text: d.Slice(e.Span), Start: e.Start, End: e.End, Person: e.Person, Lemma: e.Lemma}
	}
	for i, p := range d.People {
		r.People[i] = RecordPerson{ID: p.ID, Name: p.Name, Names: nonNil(p.Names), Mentions: p.Mentions, Roles: nonNil(p.Roles)}
		if r.People[i].Mentions == nil {
			r.People[i].Mentions = []Span{}
		}
	}
	for i, q := range d.Quotes {
		rq := RecordQuote{
			Text: d.Slice(q.Span), Start: q.Start, End: q.End, Direct: q.Direct,
			Speaker: optional(q.Speaker), SpeakerID: optional(q.SpeakerID), SaidOn: optional(q.SaidOn),
		}
		if q.SpeakerSpan != nil {
			rq.SpeakerText = optional(d.Slice(*q.SpeakerSpan))
		}
		if q.Cue != nil {
			rq.Cue = optional(d.Slice(*q.Cue))
		}
		r.Quotes[i] = rq
	}
	for i, t := range d.Dates {
		r.Dates[i] = RecordDate{Text: d.Slice(t.Span), Start: t.Start, End: t.End, Type: t.Type, Value: t.Value}
	}
	return r
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
