package pipeline

import (
	"context"
	"encoding/json"
	"io/fs"
	"testing"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/examples"
)

// TestTrimKeepsRecords checks that a batch held for linking in trimmed form
// (what `pressclip extract` holds) gives the same linked records, byte for
// byte, as the whole documents, and that Trim drops the tokens and
// sentences.
func TestTrimKeepsRecords(t *testing.T) {
	p, l, names := exampleSetup(t, "*")
	var whole, trimmed []*doc.Doc
	for _, n := range names {
		raw, err := fs.ReadFile(examples.Pages, n)
		if err != nil {
			t.Fatal(err)
		}
		a, b := p.Process(context.Background(), n, raw), p.Process(context.Background(), n, raw)
		if a.Err != nil {
			t.Fatalf("%s: %v", n, a.Err)
		}
		if len(b.Tokens) == 0 || len(b.Sentences) == 0 {
			t.Fatalf("%s: no tokens or sentences to trim", n)
		}
		Trim(b)
		if b.Tokens != nil || b.Sentences != nil {
			t.Fatalf("%s: Trim kept the tokens or sentences", n)
		}
		whole, trimmed = append(whole, a), append(trimmed, b)
	}
	l.Link(whole)
	l.Link(trimmed)
	for i := range whole {
		x, err := json.Marshal(whole[i].Record())
		if err != nil {
			t.Fatal(err)
		}
		y, err := json.Marshal(trimmed[i].Record())
		if err != nil {
			t.Fatal(err)
		}
		if string(x) != string(y) {
			t.Errorf("%s: the trimmed page's record differs:\n%s\n%s", names[i], x, y)
		}
	}
}
