package storieseval

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/internal/gzfile"
)

// conllTopicsList is the hand-grouped English topic dev set: CoNLL-2003
// training documents (Reuters, Aug 1996) with a topic each; see
// testdata/SOURCE-conll-topics-dev.md.
//
//go:embed testdata/conll-topics-dev.tsv
var conllTopicsList string

// conllKindsList is the English "same kind of event, different actors" dev
// set: CoNLL-2003 training documents grouped by the kind of event (topic)
// and the event itself (story), as ECB+ pairs similar events in a topic;
// see testdata/SOURCE-conll-kinds-dev.md.
//
//go:embed testdata/conll-kinds-dev.tsv
var conllKindsList string

var conllDate = regexp.MustCompile(`\b(19\d\d-\d\d-\d\d)\b`)

// conllDocs reads a CoNLL-2003 file (gzipped): documents split at
// -DOCSTART-, each a list of sentences (tokens joined by spaces).
func conllDocs(file string) ([][]string, error) {
	raw, err := gzfile.Read(file)
	if err != nil {
		return nil, err
	}
	var docs [][]string
	var sent []string
	flush := func() {
		if len(sent) > 0 && len(docs) > 0 {
			docs[len(docs)-1] = append(docs[len(docs)-1], strings.Join(sent, " "))
		}
		sent = sent[:0]
	}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "-DOCSTART-"):
			flush()
			docs = append(docs, nil)
		case strings.TrimSpace(line) == "":
			flush()
		default:
			sent = append(sent, strings.Fields(line)[0])
		}
	}
	flush()
	return docs, sc.Err()
}

// conllTopicPages reads the English topic dev set (conll-topics-dev.tsv):
// one topic per page, each page its own story's gold.
func conllTopicPages(dir string, noDates bool) ([]page, error) {
	return conllListPages(dir, "conll-topics-dev.tsv", conllTopicsList, false, noDates)
}

// conllKindsPages reads the English same-kind dev set
// (conll-kinds-dev.tsv): topic = the kind of event, story = the event.
func conllKindsPages(dir string, noDates bool) ([]page, error) {
	return conllListPages(dir, "conll-kinds-dev.tsv", conllKindsList, true, noDates)
}

// conllListPages reads the documents a list names from the CoNLL-2003
// training files in dir: the first sentence is the title, every sentence a
// block, and the dateline's date (when one of the first four sentences
// gives it) the publication date. With noDates the pages carry no dates,
// as ECB+'s do not. A row is file, document index, topic, the story when
// withStory (else the topic stands for it) and the headline.
func conllListPages(dir, list, text string, withStory, noDates bool) ([]page, error) {
	var err error
	files := map[string][][]string{}
	var ps []page
	want := 4
	if withStory {
		want = 5
	}
	for n, line := range strings.Split(text, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != want {
			return nil, fmt.Errorf("%s:%d: want %d fields", list, n+1, want)
		}
		story := f[2]
		if withStory {
			story = f[3]
			f = append(f[:3], f[4])
		}
		docs, ok := files[f[0]]
		if !ok {
			if docs, err = conllDocs(dir + "/" + f[0] + ".txt.gz"); err != nil {
				return nil, err
			}
			files[f[0]] = docs
		}
		i, err := strconv.Atoi(f[1])
		if err != nil || i < 0 || i >= len(docs) || len(docs[i]) == 0 {
			return nil, fmt.Errorf("%s:%d: no document %s in %s", list, n+1, f[1], f[0])
		}
		sents := docs[i]
		if !strings.HasPrefix(sents[0], strings.TrimSpace(f[3])) {
			return nil, fmt.Errorf("%s:%d: document %s:%d starts %q, not %q", list, n+1, f[0], i, sents[0], f[3])
		}
		d := &doc.Doc{Source: f[0] + "#" + f[1], Lang: "en"}
		var t strings.Builder
		for _, s := range sents {
			if t.Len() > 0 {
				t.WriteString("\n\n")
			}
			start := t.Len()
			t.WriteString(s)
			d.Blocks = append(d.Blocks, doc.Block{Span: doc.Span{Start: start, End: t.Len()}})
		}
		d.Text = t.String()
		d.Title = sents[0]
		if !noDates {
			for _, s := range sents[:min(4, len(sents))] {
				if m := conllDate.FindString(s); m != "" {
					d.Published = m
					break
				}
			}
		}
		ps = append(ps, page{d: d, story: story, topic: f[2]})
	}
	return ps, nil
}
