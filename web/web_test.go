package web

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/store"
	_ "github.com/pressclip/pressclip/store/sqlite"
	"github.com/pressclip/pressclip/store/storetest"
)

// evil is a page whose text tries to break out of the markup everywhere it
// is shown: body, title, quote, person name, source.
func evil() *doc.Doc {
	text := `<script>alert(1)</script> Mallory said "><img src=x onerror=alert(2)> and '><svg onload=alert(3)>. ` +
		`“</q><script>alert(4)</script>”, Mallory added.`
	d := storetest.Page(`javascript:alert(5)//"><script>`, "en", `<script>alert(6)</script>"'><b>`, "2024-03-03", text,
		[]storetest.P{{ID: `mallory"><script>`, Name: `Mallory <script>alert(7)</script>`, Forms: []string{"Mallory"}}},
		[]storetest.Q{{Text: `</q><script>alert(4)</script>`, SpeakerID: `mallory"><script>`, Speaker: "Mallory", SaidOn: "2024-03-03"}})
	d.Story, d.Topic = `s"><script>`, "t1"
	return d
}

func newServer(t *testing.T) (*httptest.Server, store.Store, []store.Outcome) {
	t.Helper()
	st, out := corpusStore(t, evil())
	h, err := New(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv, st, out
}

func get(t *testing.T, url string) (int, string, http.Header) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

func TestAPI(t *testing.T) {
	srv, _, out := newServer(t)
	cases := []struct {
		path  string
		code  int
		check func(t *testing.T, m map[string]any)
	}{
		{"/api/search?q=Москва", 200, func(t *testing.T, m map[string]any) {
			if m["total"].(float64) != 2 {
				t.Errorf("total = %v, want 2", m["total"])
			}
		}},
		{"/api/search?q=Moscow&lang=en&from=2024-03-01", 200, func(t *testing.T, m map[string]any) {
			hits := m["hits"].([]any)
			if len(hits) != 1 || hits[0].(map[string]any)["source"] != "https://example.com/en/4" {
				t.Errorf("hits = %v", hits)
			}
		}},
		{"/api/people/wang-yi", 200, func(t *testing.T, m map[string]any) {
			if m["name"] != "Wang Yi" || len(m["quotes"].([]any)) != 2 || len(m["names"].([]any)) < 2 {
				t.Errorf("person = %v", m)
			}
		}},
		{"/api/people/nobody", 404, nil},
		{"/api/quotes?speaker=wang-yi&from=2024-02-11&lang=uk", 200, func(t *testing.T, m map[string]any) {
			qs := m["quotes"].([]any)
			if len(qs) != 1 || !strings.Contains(qs[0].(map[string]any)["text"].(string), "Росію") {
				t.Errorf("quotes = %v", qs)
			}
		}},
		{"/api/quotes?speaker=wang-yi&to=2024-01-01", 200, func(t *testing.T, m map[string]any) {
			if len(m["quotes"].([]any)) != 0 {
				t.Errorf("quotes = %v", m)
			}
		}},
		{"/api/stories/s1", 200, func(t *testing.T, m map[string]any) {
			if len(m["pages"].([]any)) != 2 || len(m["langs"].([]any)) != 2 {
				t.Errorf("story = %v", m)
			}
		}},
		{"/api/stories/none", 404, nil},
		{"/api/documents/" + itoa(int(out[1].ID)), 200, func(t *testing.T, m map[string]any) {
			if m["lang"] != "uk" || len(m["quotes"].([]any)) != 1 || m["current"] != true || !strings.Contains(m["body"].(string), "Москві") {
				t.Errorf("document = %v", m)
			}
		}},
		{"/api/documents/abc", 400, nil},
		{"/api/documents/999999", 404, nil},
		{"/api/topics", 200, func(t *testing.T, m map[string]any) {
			if len(m["topics"].([]any)) != 2 {
				t.Errorf("topics = %v", m)
			}
		}},
	}
	for _, c := range cases {
		code, body, h := get(t, srv.URL+c.path)
		if code != c.code {
			t.Errorf("%s: status %d, want %d: %s", c.path, code, c.code, body)
			continue
		}
		if !strings.HasPrefix(h.Get("Content-Type"), "application/json") {
			t.Errorf("%s: content type %q", c.path, h.Get("Content-Type"))
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(body), &m); err != nil {
			t.Errorf("%s: %v: %s", c.path, err, body)
			continue
		}
		if c.check != nil {
			t.Run(c.path, func(t *testing.T) { c.check(t, m) })
		}
	}
}

func TestExport(t *testing.T) {
	srv, _, _ := newServer(t)
	_, body, _ := get(t, srv.URL+"/export?format=jsonl&q=Москва")
	lines := strings.Split(strings.TrimSpace(body), "\n")
	if len(lines) != 2 {
		t.Fatalf("jsonl export: %d lines, want 2:\n%s", len(lines), body)
	}
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil || m["id"] == nil || m["body"] == nil {
			t.Errorf("jsonl line %q: %v", l, err)
		}
	}
	_, body, _ = get(t, srv.URL+"/export?format=csv&person=wang-yi")
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || rows[0][0] != "id" || !strings.Contains(rows[1][7]+rows[2][7], "Wang Yi") {
		t.Errorf("csv export = %q", rows)
	}
	if code, _, _ := get(t, srv.URL+"/export?format=xml"); code != 400 {
		t.Errorf("bad format: %d, want 400", code)
	}
}

func TestPages(t *testing.T) {
	srv, _, out := newServer(t)
	cases := []struct {
		path string
		want []string
	}{
		{"/", []string{"6 documents", `href="/stories/s1"`}},
		{"/search?q=Москва", []string{"2 results", "<mark>Москві</mark>"}},
		{"/people/wang-yi", []string{"Wang Yi", "Ван І", "<svg", "<rect", "Ми не дозволимо тиску на Росію", `href="/people/sergey-lavrov"`, `href="/stories/s1"`}},
		{"/stories/s1", []string{"Wang Yi meets Lavrov in Moscow", "en, uk", "2024-02-10 – 2024-02-11"}},
		{"/documents/" + itoa(int(out[1].ID)), []string{`class="quote"`, `class="per" href="/people/wang-yi"`, "Ми не дозволимо"}},
		{"/topics", []string{`href="/stories/s2"`}},
	}
	for _, c := range cases {
		code, body, _ := get(t, srv.URL+c.path)
		if code != 200 {
			t.Errorf("%s: %d", c.path, code)
		}
		for _, w := range c.want {
			if !strings.Contains(body, w) {
				t.Errorf("%s lacks %q", c.path, w)
			}
		}
	}
	if code, _, _ := get(t, srv.URL+"/people/nobody"); code != 404 {
		t.Errorf("unknown person page: %d", code)
	}
}

// TestXSS renders every page that shows the hostile document and checks
// that none of its markup survives.
func TestXSS(t *testing.T) {
	srv, _, out := newServer(t)
	id := itoa(int(out[len(out)-1].ID))
	pages := []string{
		"/", "/documents/" + id, "/search?q=Mallory", "/search?q=%3Cscript%3E%22%3E", "/people/" + escapePath(`mallory"><script>`),
		"/stories/" + escapePath(`s"><script>`), "/topics", "/search?source=%22%3E%3Cscript%3E&lang=%22%3E%3Cb%3E",
	}
	for _, p := range pages {
		code, body, h := get(t, srv.URL+p)
		if code != 200 {
			t.Errorf("%s: status %d", p, code)
		}
		for _, bad := range activeContent(t, body) {
			t.Errorf("%s: hostile markup became live: %s", p, bad)
		}
		if !strings.Contains(h.Get("Content-Security-Policy"), "script-src 'none'") {
			t.Errorf("%s: no CSP", p)
		}
	}
	// The hostile text is shown, escaped.
	_, body, _ := get(t, srv.URL+"/documents/"+id)
	if !strings.Contains(body, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Errorf("document page does not show the escaped text")
	}
	// JSON is escaped too.
	_, body, _ = get(t, srv.URL+"/api/documents/"+id)
	if strings.Contains(body, "<script") {
		t.Errorf("API returns raw <script")
	}
}

// activeContent parses a page as a browser would and lists what could run:
// script elements, elements the page never emits (img, svg with handlers,
// b from the title), event-handler attributes and javascript: URLs.
func activeContent(t *testing.T, page string) []string {
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var bad []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "img", "b", "iframe", "object":
				bad = append(bad, "<"+n.Data+">")
			}
			for _, a := range n.Attr {
				v := strings.ToLower(strings.TrimSpace(a.Val))
				if strings.HasPrefix(strings.ToLower(a.Key), "on") || strings.HasPrefix(v, "javascript:") {
					bad = append(bad, a.Key+"="+a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return bad
}

func escapePath(s string) string {
	r := strings.NewReplacer(`"`, "%22", "<", "%3C", ">", "%3E")
	return r.Replace(s)
}
