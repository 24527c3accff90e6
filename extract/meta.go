package extract

import (
	"strings"

	trafilatura "github.com/markusmobius/go-trafilatura"
)

// pageMeta is the metadata read from a page.
type pageMeta struct {
	title     string
	authors   []string
	published string
}

// readMeta reads title, authors and date.
func readMeta(tr *trafilatura.ExtractResult) pageMeta {
	var m pageMeta
	if tr == nil {
		return m
	}
	m.title = strings.TrimSpace(tr.Metadata.Title)
	if a := strings.TrimSpace(tr.Metadata.Author); a != "" {
		for _, p := range strings.Split(a, ";") {
			if p = strings.TrimSpace(p); p != "" {
				m.authors = append(m.authors, p)
			}
		}
	}
	if !tr.Metadata.Date.IsZero() {
		m.published = tr.Metadata.Date.Format("2006-01-02")
	}
	return m
}
