package extracteval

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestParseTrafComparison(t *testing.T) {
	src := `package main
var comparisonData = map[string]ComparisonEntry{
	"https://a.example/x": {
		File:    "a.html",
		Title:   "A \"title\"",
		Date:    "2020-01-02",
		Authors: []string{"Jane Roe", "John Doe"},
		With:    []string{"kept"},
		Without: []string{"menu", "footer"},
	},
	"https://b.example/y": {File: "b.html"},
}`
	p := filepath.Join(t.TempDir(), "data.go")
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := parseTrafComparison(p)
	if err != nil {
		t.Fatal(err)
	}
	want := []trafDevEntry{
		{URL: "https://a.example/x", File: "a.html", Title: `A "title"`, Date: "2020-01-02",
			Authors: []string{"Jane Roe", "John Doe"}, With: []string{"kept"}, Without: []string{"menu", "footer"}},
		{URL: "https://b.example/y", File: "b.html"},
	}
	if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", want) {
		t.Fatalf("got %q\nwant %q", got, want)
	}
}
