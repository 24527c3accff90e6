package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLangidLines(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "lines.txt")
	if err := os.WriteFile(file, []byte("The minister said the budget would pass.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		stdin string
		args  []string
		want  []string // languages, one per line
		code  int
	}{
		{"stdin", "Міністр заявив, що бюджет ухвалять.\nМинистр заявил, что бюджет примут.\n12345\n\n",
			[]string{"langid"}, []string{"uk", "ru", "und", "und"}, 0},
		{"file then stdin", "Міністр заявив, що бюджет ухвалять.", []string{"langid", file, "-"}, []string{"en", "uk"}, 0},
		{"missing file", "", []string{"langid", filepath.Join(dir, "nope")}, nil, 1},
		{"bad flag", "", []string{"langid", "--nope"}, nil, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := runCmd(t, tt.stdin, tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tt.code, stderr)
			}
			if tt.code != 0 {
				return
			}
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			if len(lines) != len(tt.want) {
				t.Fatalf("%d lines out, want %d:\n%s", len(lines), len(tt.want), out)
			}
			for i, l := range lines {
				lang, conf, ok := strings.Cut(l, "\t")
				if !ok || lang != tt.want[i] || conf == "" {
					t.Errorf("line %d = %q, want %s<TAB>confidence", i, l, tt.want[i])
				}
				if lang == "und" && conf != "0" {
					t.Errorf("line %d = %q: und with a confidence", i, l)
				}
			}
		})
	}
}
