package langideval

import (
	"slices"
	"testing"
)

// TestCutDev checks the Lingua-style cutting of dev documents: sentences of
// four words or more without quotes, words of five letters or more of the
// language's script (lower-cased, punctuation and digits removed, so that
// an apostrophe or a hyphen joins the parts), and pairs of consecutive
// words without overlap.
func TestCutDev(t *testing.T) {
	docs := []string{
		"Президент підписав закон про \"бюджет\" 2025 року. Він набуде чинності. Пам'ятник подорожчав на 5%!\nКоротко.",
		"Компанія Apple представила новий iPhone у Києві.",
	}
	s := CutDev("test", "uk", docs)
	tests := []struct {
		kind string
		want []string
	}{
		{"sentences", []string{
			"Президент підписав закон про бюджет 2025 року.",
			"Пам'ятник подорожчав на 5%!",
			"Компанія Apple представила новий iPhone у Києві.",
		}},
		{"single-words", []string{"президент", "підписав", "закон", "бюджет", "памятник", "подорожчав", "компанія", "представила", "новий", "києві"}},
		{"word-pairs", []string{"президент підписав", "закон бюджет", "памятник подорожчав", "компанія представила", "новий києві"}},
	}
	for _, tt := range tests {
		if got := s.Kinds[tt.kind]; !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got %q\nwant %q", tt.kind, got, tt.want)
		}
	}
	if got := spread([]string{"a", "b", "c", "d"}, 2); !slices.Equal(got, []string{"a", "c"}) {
		t.Errorf("spread = %q, want [a c]", got)
	}
}
