package dump

import (
	"strings"
	"testing"
)

// earlierArticle is an article under its headline and byline.
var earlierArticle = []string{
	"Tram line to reach the northern districts by 2027",
	"By Anna Weber",
	"The city council voted on Tuesday to extend the tram line to the northern districts, a project that has been debated for more than a decade and is expected to cost about 300 million euros.",
	"Construction is due to start next spring, the mayor said, and the first trams should run on the new tracks within three years if the courts reject the remaining complaints against the plan.",
	"Residents of the northern districts have long complained that the buses are slow and crowded, and local shops hope that the new line will bring more customers from the centre.",
}

// denseTail is a block of long, sentence-like lines that outweighs the
// article (comments, a teaser list with summaries, a consent notice).
var denseTail = []string{
	"We use cookies and similar technologies on our website to store and access information on your device in order to show you personalised content and to measure how our pages are used.",
	"You can change your settings at any time or withdraw your consent, and you can find more information about the providers we work with and how long they keep data in our privacy policy.",
	"Some of these technologies are strictly necessary for the website to work, while others help us to improve the site by collecting and reporting information on how you use it.",
	"If you do not agree to the use of these technologies, some features of the website may not be available to you, and the content you see may be less relevant to your interests.",
	"Statistics cookies collect anonymised data on how visitors interact with the website, so that we can improve our service and make the pages easier to use for everyone who visits.",
	"Marketing cookies are used to follow visitors across websites so that we can display advertisements that are relevant and engaging for the individual user and valuable for publishers.",
}

// TestEarlierRun checks that an article under its headline is preferred
// to a denser run below it when a related-stories header or list
// furniture separates them, and joined with it when nothing does (one
// article cut by a code listing), and that a short teaser above the
// article does not take its place.
func TestEarlierRun(t *testing.T) {
	menu := "Home\n\n• News\n• Sport\n• Culture\n\n"
	article := strings.Join(earlierArticle, "\n\n") + "\n\n"
	tail := strings.Join(denseTail, "\n\n") + "\n"
	code := "var a = 1;\nvar b = 2;\nconsole.log(a + b);\n\n"
	cases := []bodyCase{
		{"related header between", menu + article + "Share\n\nMost popular\n\nBridge closed\n12.03.2024\nNew mayor\n11.03.2024\nSchool opens\n10.03.2024\n\n" + tail,
			earlierArticle[2:], denseTail[:1]},
		{"cut by code", menu + article + code + tail,
			append(append([]string{}, earlierArticle[2:]...), denseTail...), nil},
		{"teaser above", menu + "Tram news in brief\n\nThe council met on Tuesday.\n\n" + menu + "Why the tram plan matters for the city\n\n" + strings.Join(denseTail[:5], "\n\n") + "\n",
			denseTail[:5], nil},
	}
	checkBodies(t, cases)
}
