// Package examples embeds the bundled example pages that `pressclip demo`
// ingests: five plain-text dumps of real news pages (see README.md).
package examples

import "embed"

// Pages holds the example pages, one .txt file each.
//
//go:embed *.txt
var Pages embed.FS
