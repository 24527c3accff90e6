package dump

import "strings"

// listItem reports a bulleted or numbered list item ("• …", "- …", "3. …").
func listItem(t string) bool { return reBullet.MatchString(t) || reNumbered.MatchString(t) }

// notice reports a line that heads or is a related list, a comments
// section or a site notice rather than article text.
func notice(l line) bool {
	return l.leadIn || l.related || l.comments || l.boiler || l.subscr || l.furniture()
}

// listAfterRun returns the lines of a list that the run's last line
// introduces (a body line of three words or more ending with a colon:
// "The key points are:", "Was Sie brauchen:") and that follows right
// under the run: the consecutive list items of two words or more, up to
// listAfterMax of them. Such a list is the article's, but its short items
// end the densest run. An item that is furniture or a notice ends the
// list, as does a link with a "| more" tail; an introduction that is a
// lead-in, a related-stories header, a share line, a call to action
// ("Follow us on:") or a line naming the site's other stories adds none.
func listAfterRun(ls []line, hi int) []int {
	if hi < 0 || hi+1 >= len(ls) || !ls[hi].body || ls[hi].words < 3 || !strings.HasSuffix(ls[hi].text, ":") ||
		notice(ls[hi]) || ctaLine(ls[hi]) || otherStories(strings.ToLower(ls[hi].text)) {
		return nil
	}
	var out []int
	for j := hi + 1; j < len(ls) && len(out) < listAfterMax; j++ {
		l := ls[j]
		if !listItem(l.text) || l.words < 2 || notice(l) || boilerplateLine(l) || strings.Contains(l.text, "|") {
			break
		}
		out = append(out, j)
	}
	return out
}

// otherStories reports a lower-cased line that names the site's other
// stories rather than the article's points ("More stories from our
// correspondents this week:", "Die meistgelesenen Artikel der Woche im
// Überblick:"): a related-stories phrase anywhere in it, not only first.
func otherStories(l string) bool {
	l = strings.ReplaceAll(l, "’", "'")
	for _, ws := range [][]string{relatedWords, otherStoryWords} {
		for _, w := range ws {
			if strings.Contains(l, w) {
				return true
			}
		}
	}
	return false
}

// otherStoryWords name a site's other stories inside a longer line.
var otherStoryWords = []string{"more stories", "other stories", "top stories", "more news", "other news", "latest news", "our coverage",
	"other coverage", "on our site", "you may have missed", "you might have missed", "don't miss", "do not miss", "most read", "most popular",
	"weitere nachrichten", "mehr nachrichten", "weitere artikel", "meistgelesen", "finden sie hier", "другие новости", "інші новини",
	"другие статьи", "інші статті", "más noticias", "otras noticias", "autres articles", "altre notizie"}

// listAfterMax bounds the list listAfterRun adds.
const listAfterMax = 30
