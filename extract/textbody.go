package extract

// textBody is the text path; it becomes dump.Extract once package dump lands.
func textBody(text string) textResult { return simpleTextBody(text) }
