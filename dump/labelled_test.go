package dump

import (
	"fmt"
	"strings"
	"testing"
)

// TestLabelledDate: when no date line sits near the headline, a short
// labelled date line ("Posted on …", "Erschienen am: …") above the body's
// end or in the few lines under it gives the date; one under a comments
// header, lines with different dates (a teaser list) or one far under the
// body do not.
func TestLabelledDate(t *testing.T) {
	var body strings.Builder
	body.WriteString("Tram line to reach the north by 2027, council decides\n")
	for i := 1; i <= 10; i++ {
		src := bodyEN
		if i%2 == 0 {
			src = bodyUK
		}
		fmt.Fprintf(&body, "%d. %s\n", i, src)
	}
	menu := strings.Repeat("Home\nNews\nSport\n", 7)
	long := "Veröffentlicht: 05.01.2020 | Autor: gnaddrig | Abgelegt unter: Canon Powershot S110, Fotografie | Tags: Abendhimmel, Gegenlicht, Silhouette | 5 Kommentare"
	tests := []struct {
		name, after, want string
	}{
		{"footer under the body", "Posted on August 2, 2019 by Daniel\n", "2019-08-02"},
		{"read up to the first bar", long + "\n", "2020-01-05"},
		{"label over its date line", "Erschienen am:\n13.10.2021\n", "2021-10-13"},
		{"under a comments header", "Leave a Reply Cancel reply\nPosted on August 2, 2019 by Anna\n", ""},
		{"teaser list with its dates", "Veröffentlicht am 01.02.2020\nVeröffentlicht am 03.04.2020\n", ""},
		{"far under the body", menu + "Posted on August 2, 2019\n", ""},
		{"no lead word", "August 2, 2019\n", ""},
	}
	for _, tc := range tests {
		text := menu + body.String() + tc.after + menu
		if got := Extract(text).Published; got != tc.want {
			t.Errorf("%s: Published = %q, want %q", tc.name, got, tc.want)
		}
	}
}
