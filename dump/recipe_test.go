package dump

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// recipeSteps are a recipe's method paragraphs.
var recipeSteps = []string{
	"Für die Creme Puddingpulver, 100 g Zucker und 100 ml Milch in einer Schüssel glatt rühren. Die übrige Milch aufkochen, den Mix hineinrühren und unter Rühren eine Minute köcheln lassen.",
	"Inzwischen die Kirschen abtropfen lassen. Eine Springform fetten und mit Mehl ausstäuben. Für den Teig Butter, Zucker und Eier cremig rühren, dann Mehl und Backpulver unterheben.",
	"Den Backofen vorheizen. Die Hälfte des Teigs in der Form glatt streichen, die Kirschen darauf verteilen und den übrigen Teig darübergeben. Etwa 50 Minuten backen und auskühlen lassen.",
}

// TestIngredientList checks that a recipe's ingredient list between its
// headline and its method is body, with its sub-headers and the items
// without an amount, in the list styles of the eval sets' dumps, and that
// lines with amounts outside the body (a shop's sidebar) are not.
func TestIngredientList(t *testing.T) {
	head := "Rezepte\n\n• Kuchen\n• Torten\n• Brot\n\nSchneewittchen-Kuchen mit Kirschen\n\n" +
		"Spieglein, Spieglein an der Wand, wer ist der leckerste Kuchen im ganzen Land? Es ist dieser Kuchen mit Kirschen und Pudding.\n\nZutaten\n\n"
	steps := "Zubereitung\n\n" + strings.Join(recipeSteps, "\n\n") + "\n\n"
	sidebar := "Angebote der Woche\n\n• 500 g Kaffee\n• 250 g Butter\n• 1 kg Mehl\n• 6 Stück Eier\n\nImpressum\n"
	cases := []struct {
		name, list string
		want, not  []string
	}{
		{"bulleted", "• 1 Pck.  Vanillepuddingpulver\n• 350 g  Zucker\n• 500 ml  Milch\n• 1 Glas (à 720 ml)  Schattenmorellen\n•     Salz\n• 5   Eier (Gr. M)\n• 2 EL  Backkakao\n\n",
			[]string{"350 g  Zucker", "Salz", "2 EL  Backkakao"}, []string{"500 g Kaffee"}},
		{"table with sub-headers", "Für den Teig:\n125 g          Mehl\n65 g           Margarine oder Butter\n1              Ei\n1 TL           Backpulver\nFür die Füllung:\n500 ml         Milch\n2 Pck.         Puddingpulver\n\n",
			[]string{"65 g           Margarine oder Butter", "1              Ei", "Für die Füllung:", "2 Pck.         Puddingpulver"}, []string{"1 kg Mehl"}},
		{"english", "• 1 large or 1200 g whole chicken\n• 2 tablespoons vegetable oil\n• 1 medium onion or 125 g, chopped\n• 1¼ teaspoon ground black pepper\n• 2½ cups or 500 g rice, soaked in water for an hour\n\n",
			[]string{"2 tablespoons vegetable oil", "1¼ teaspoon ground black pepper"}, []string{"6 Stück Eier"}},
		{"three items are not a list", "• 350 g  Zucker\n• 500 ml  Milch\n• 2 EL  Backkakao\n\n",
			nil, []string{"350 g  Zucker"}},
	}
	for _, c := range cases {
		checkBody(t, c.name, head+c.list+steps+sidebar, append(c.want, recipeSteps...), c.not)
	}
}

// TestAmountFirstGate checks that amountFirst never turns away a line
// reIngredient matches (it only saves the regexp's work): on ingredient
// lines in several languages and scripts, and on random lines built from
// amounts, marks, units and words in random case.
func TestAmountFirstGate(t *testing.T) {
	lines := []struct {
		text string
		gate bool
	}{
		{"200 g Mehl", true},
		{"• 2 EL Zucker", true},
		{"½ TL Salz", true},
		{"1-2 cloves garlic", true},
		{"3 Łyżki mąki", true},
		{"2 СТ. ложки муки", true},
		{"500 мл молока", true},
		{"1 c. à soupe d'huile", true},
		{"22366 переглядів", false},
		{"2024 in review", false},
		{"Menu item", false},
		{"12.5", false},
	}
	for _, l := range lines {
		if got := amountFirst(l.text); got != l.gate {
			t.Errorf("amountFirst(%q) = %v, want %v", l.text, got, l.gate)
		}
		if reIngredient.MatchString(l.text) && !amountFirst(l.text) {
			t.Errorf("amountFirst(%q) turns away a line reIngredient matches", l.text)
		}
	}
	parts := []string{"", " ", "\u00a0", "• ", "- ", "1", "12", "1.5", "1,5", "1/2", "½", "2–3", " - ", "g", "G", "kg", "EL", "Tl", "Cups", "TBSP", "oz", "Łyżki", "ст.", "ШТ", "Г", "К", "ſ", "K", "c.", "Stück", "views", "переглядів", "Mehl", "flour", ".", ","}
	rng := rand.New(rand.NewPCG(1, 2))
	matched := 0
	for i := 0; i < 200000; i++ {
		var b strings.Builder
		for n := 1 + rng.IntN(6); n > 0; n-- {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		s := b.String()
		if reIngredient.MatchString(s) {
			matched++
			if !amountFirst(s) {
				t.Fatalf("amountFirst(%q) turns away a line reIngredient matches", s)
			}
		}
	}
	if matched < 1000 {
		t.Fatalf("only %d random lines matched reIngredient; the test checks too little", matched)
	}
}
