package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestKickerElement: a kicker element that opens the <h1> is left out of
// the title, even where og:title keeps it; a kicker as plain text, an
// element named otherwise, or one that does not open the headline stays.
func TestKickerElement(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"kicker span, og:title keeps it",
			`<head><meta property="og:title" content="Klimaschutz: Bohren, bis es heiß wird"></head><body><h1 class="article-heading"><span class="article-heading__kicker">Klimaschutz</span><span class="visually-hidden">: </span><span class="article-heading__title">Bohren, bis es heiß wird</span></h1><p>Text.</p></body>`,
			"Bohren, bis es heiß wird"},
		{"Dachzeile, og:title says it otherwise",
			`<head><meta property="og:title" content="Corona-Lockerungen: Autohäuser rechnen mit langsamem Anlaufen"></head><body><h1> <span class="dachzeile ">Nach Corona-Lockerungen</span> <span class="headline ">Autohäuser rechnen mit langsamem Anlaufen</span> </h1><p>Text.</p></body>`,
			"Autohäuser rechnen mit langsamem Anlaufen"},
		{"roofline in a nested span", `<head><title>Wurmkiste selber bauen | Selbst</title></head><body><h1><span class="article-header__roofline">Wurmkiste</span> <span>Wurmkiste selber bauen</span></h1></body>`,
			"Wurmkiste selber bauen"},
		{"a kicker as plain text stays", `<head><meta property="og:title" content="Klimaschutz: Bohren, bis es heiß wird"></head><body><h1>Klimaschutz: Bohren, bis es heiß wird</h1><p>Text.</p></body>`,
			"Klimaschutz: Bohren, bis es heiß wird"},
		{"a subtitle span is no kicker", `<head><meta property="og:title" content="MTB-Reifen auf Tubeless umrüsten Schritt für Schritt"></head><body><h1><span class="article-subtitle">MTB-Reifen auf Tubeless umrüsten</span> Schritt für Schritt</h1></body>`,
			"MTB-Reifen auf Tubeless umrüsten Schritt für Schritt"},
		{"a kicker after the headline's text is not cut", `<head><meta property="og:title" content="Council approves the bridge Update"></head><body><h1>Council approves the bridge <span class="kicker">Update</span></h1></body>`,
			"Council approves the bridge Update"},
		{"one word left keeps the whole headline", `<head><meta property="og:title" content="Breaking Fire"></head><body><h1><span class="kicker">Breaking</span> Fire</h1></body>`,
			"Breaking Fire"},
	}
	for _, tt := range tests {
		root, err := html.Parse(strings.NewReader(tt.page))
		if err != nil {
			t.Fatal(err)
		}
		if got := chooseTitle(render(root), readDOMMeta(root), ""); got != tt.want {
			t.Errorf("%s: title %q, want %q", tt.name, got, tt.want)
		}
	}
}
