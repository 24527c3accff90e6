// Package doc defines the document that flows through pressclip's pipeline:
// the decoded text of one page and the span annotations each stage adds to it.
//
// Offsets are byte offsets into Doc.Text (the decoded, UTF-8 input). Strings
// such as an entity's text are derived from the offsets, never stored apart.
// Stages only add to a Doc; none re-reads the page.
package doc

import "time"

// Span is a half-open byte range [Start, End) of Doc.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len reports the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Block is one paragraph of the article body.
type Block struct {
	Span
	Lang string `json:"lang,omitempty"`
}

// Token is one word or punctuation mark.
type Token struct {
	Span
}

// Sentence is a run of tokens; Tokens indexes Doc.Tokens as [First, Last).
type Sentence struct {
	Span
	First, Last int
}

// Entity is a named entity mention.
type Entity struct {
	Span
	Type   string // PER, ORG, LOC (MISC where a model has it)
	Person string // id of the person it belongs to (PER only), or ""
	// Lemma is the name in the nominative («Сергієм Шойгу» → «Сергій
	// Шойгу»), set by the people stage for PER mentions, read in the
	// context of the page's other mentions of the same person; "" otherwise.
	Lemma string
}

// Person is one person named in the document.
type Person struct {
	ID       string   // stable key, shared across documents
	Name     string   // canonical English name
	Names    []string // the surface forms seen (lemmatised)
	Mentions []Span
	Roles    []string
}

// Quote is a statement attributed (or not) to a speaker.
type Quote struct {
	Span               // the quoted content
	Direct      bool   // inside quotation marks
	Speaker     string // canonical name (person) or organisation name, "" when unresolved
	SpeakerID   string // person id when the speaker is a person
	SpeakerSpan *Span  // where the speaker is named, if anywhere
	Cue         *Span  // the reporting verb or phrase
	SaidOn      string // TIMEX3 value of the date of the statement, if known
}

// Date is a temporal expression normalised to a TIMEX3 value.
type Date struct {
	Span
	Type  string // DATE, TIME, DURATION, SET
	Value string // TIMEX3 value, e.g. 2024-01-31, P1Y, PAST_REF
}

// Doc is one page as it moves through the pipeline.
type Doc struct {
	Source string // path or URL as given
	Raw    []byte // the bytes read, before decoding (may be dropped after decode)
	HTML   bool   // the input was HTML
	Text   string // the decoded text: the whole page for dumps, the body for HTML

	Lang      string
	Title     string
	Authors   []string
	Published string    // ISO 8601 date or date-time, "" when unknown
	Fetched   time.Time // crawl time when the input says so; never used as Published

	Blocks    []Block // body paragraphs, offsets into Text
	Tokens    []Token
	Sentences []Sentence
	Entities  []Entity
	People    []Person
	Quotes    []Quote
	Dates     []Date

	Story, Topic string // cluster ids, set when pages are processed together

	Err error // why the page failed, nil when it did not
}

// Slice returns the text of span s.
func (d *Doc) Slice(s Span) string {
	if s.Start < 0 || s.End > len(d.Text) || s.Start > s.End {
		return ""
	}
	return d.Text[s.Start:s.End]
}
