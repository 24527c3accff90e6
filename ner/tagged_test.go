package ner

import "strings"

// taggedWords splits a test sentence written "word/LABEL word …" (a word
// without a label is O) into its words and labels.
func taggedWords(s string) (ws, ls []string) {
	for _, tok := range strings.Fields(s) {
		w, l, ok := strings.Cut(tok, "/")
		if !ok {
			l = "O"
		}
		ws, ls = append(ws, w), append(ls, l)
	}
	return ws, ls
}
