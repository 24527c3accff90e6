package extract

import "github.com/pressclip/pressclip/dump"

// textBody is the text path: package dump's block classifier finds the body
// paragraphs, title, byline and date line; its spans are offsets into text.
func textBody(text string) textResult {
	r := dump.Extract(text)
	return textResult{Blocks: r.Blocks, Title: r.Title, Authors: r.Authors, Published: r.Published}
}
