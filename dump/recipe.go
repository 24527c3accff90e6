package dump

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// reIngredient is a recipe ingredient line: an optional bullet, an amount
// (digits, a decimal or fraction, a range) and a unit of measure, in the
// languages of the eval sets ("350 g Zucker", "• 1 Pck. Vanillezucker",
// "2½ cups or 500 g rice", "1 tablespoon ground cinnamon").
var reIngredient = regexp.MustCompile(`(?i)^(?:[•◦▪\*\-–·■○●][\s\x{a0}]*)?(?:\d+(?:[.,/]\d+)?|\d*[½¼¾⅓⅔⅛])(?:[\s\x{a0}]*[-–][\s\x{a0}]*\d+(?:[.,]\d+)?)?[\s\x{a0}]*` +
	`(?:g|gr|kg|mg|ml|cl|dl|l|el|tl|ess?l\.?|teel\.?|pck\.?|päckchen|pkg\.?|packung(?:en)?|prise[n]?|msp\.?|becher|dosen?|dose/n|gläser|glas|bund|zehen?|scheiben?|stück|stk\.?|tassen?|würfel|zweige?|` +
	`cups?|tablespoons?|teaspoons?|tbsp|tsp|oz|ounces?|lbs?|pounds?|cloves?|pinch(?:es)?|cans?|cubes?|slices?|sticks?|large|medium|small|` +
	`cuill(?:è|e)res?|c\.|pinc(?:é|e)es?|sachets?|tasses?|gousses?|cucharadas?|cucharaditas?|tazas?|pizcas?|dientes?|cucchiai[o]?|cucchiaini?|` +
	`łyżki|łyżka|łyżeczki|łyżeczka|szklanki|szklanka|г|кг|мл|л|ст\.|ч\.|шт\.?|стакан[аи]?|ложк[иа]|зубчик[аи]?)(?:[\s\x{a0}.,]|$)`)

// ingredientMax is the most words an ingredient line holds.
const ingredientMax = 14

// ingredientLine reports a recipe ingredient line (reIngredient, at most
// ingredientMax words, not ending like a sentence).
func ingredientLine(l line) bool {
	if l.words > ingredientMax || !amountFirst(l.text) || !reIngredient.MatchString(l.text) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(l.text)
	return !strings.ContainsRune(".!?", last) || strings.HasSuffix(l.text, ".)")
}

// amountFirst is a cheap gate for reIngredient, which only a line passing
// it can match: a digit or a vulgar fraction first, after an optional
// bullet, and the first rune past the amount (digits, fractions, spaces,
// bullets and the marks .,/-–, none of them a letter) one that a unit of
// measure can start with. Most lines opening with a number ("22366 views")
// fail the second test without running the regexp.
func amountFirst(t string) bool {
	t = strings.TrimLeft(t, "•◦▪*-–·■○● \u00a0")
	r, _ := utf8.DecodeRuneInString(t)
	if !(r >= '0' && r <= '9' || strings.ContainsRune("½¼¾⅓⅔⅛", r)) {
		return false
	}
	rest := strings.TrimLeft(t, amountRunes)
	if rest == "" {
		return false
	}
	r, _ = utf8.DecodeRuneInString(rest)
	for f := r; ; {
		if strings.ContainsRune(unitStarts, f) {
			return true
		}
		if f = unicode.SimpleFold(f); f == r {
			return false
		}
	}
}

// amountRunes are the runes reIngredient may read before a unit: bullets,
// digits, vulgar fractions, white space and the marks of ranges and
// decimals. unitStarts are the first letters of its units, lower case.
const (
	amountRunes = "•◦▪*-–·■○●0123456789½¼¾⅓⅔⅛.,/ \t\n\v\f\r\u00a0"
	unitStarts  = "bcdegklmopstwzłгклмсчшз"
)

// Ingredient lists: ingredientMin ingredient lines or more, with at most
// ingredientGap other short lines between two of them (a "Belag:" header,
// "Salz" without an amount).
const (
	ingredientMin = 4
	ingredientGap = 3
)

// ingredientLists marks the lines of recipe ingredient lists: from the
// first to the last ingredient line of a list, every line of at most
// ingredientMax words. A recipe's ingredients are part of its text, but as
// short lines of numbers and bullets they score like a menu or a table.
func ingredientLists(ls []line) []bool {
	var in []bool
	for i := 0; i < len(ls); {
		if !ingredientLine(ls[i]) {
			i++
			continue
		}
		n, last := 1, i
		for j := i + 1; j < len(ls) && j-last <= ingredientGap; j++ {
			if ingredientLine(ls[j]) {
				n, last = n+1, j
				continue
			}
			if ls[j].words > 5 {
				break
			}
		}
		if n >= ingredientMin {
			if in == nil {
				in = make([]bool, len(ls))
			}
			for k := i; k <= last; k++ {
				in[k] = ls[k].words <= ingredientMax
			}
		}
		i = last + 1
	}
	return in
}
