package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pressclip/pressclip/doc"
)

func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb}
	code = run(context.Background(), e, args)
	return code, out.String(), errb.String()
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"no command", nil, 2},
		{"unknown command", []string{"frobnicate"}, 2},
		{"extract without paths", []string{"extract"}, 2},
		{"extract bad flag", []string{"extract", "--nope", "x"}, 2},
		{"extract bad format", []string{"extract", "--format", "xml", "x"}, 2},
		{"eval unknown task", []string{"eval", "nonsense"}, 2},
		{"train unknown model", []string{"train", "nonsense"}, 2},
		{"help", []string{"help"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if code, _, stderr := runCmd(t, "", tt.args...); code != tt.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.code, stderr)
			}
		})
	}
}

// TestExtractOrderAndErrors checks that records come out one per input, in
// input order, that a missing file yields an error record, and that the
// batch goes on and exits 1.
func TestExtractOrderAndErrors(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for i, body := range []string{
		"The first page reports that the council approved the budget on Tuesday after a long debate.\n",
		"The second page reports that the mayor promised new buses for the northern districts.\n",
		"The third page reports that the library will stay open later on weekdays from March.\n",
	} {
		p := filepath.Join(dir, string(rune('a'+i))+".txt")
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	missing := filepath.Join(dir, "missing.txt")
	args := []string{"extract", "-j", "3", paths[0], missing, paths[1], paths[2]}
	code, stdout, stderr := runCmd(t, "", args...)
	if code != 1 {
		t.Fatalf("exit %d, want 1 (one page failed); stderr:\n%s", code, stderr)
	}
	var got []doc.Record
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		var r doc.Record
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("bad JSON line %q: %v", line, err)
		}
		got = append(got, r)
	}
	want := []string{paths[0], missing, paths[1], paths[2]}
	if len(got) != len(want) {
		t.Fatalf("%d records, want %d", len(got), len(want))
	}
	for i, r := range got {
		if r.Source != want[i] {
			t.Errorf("record %d is %s, want %s", i, r.Source, want[i])
		}
		if (r.Error != "") != (want[i] == missing) {
			t.Errorf("record %d: error %q", i, r.Error)
		}
	}
}

func TestExtractStdinJSONArray(t *testing.T) {
	code, stdout, stderr := runCmd(t, "A page read from standard input.\n", "extract", "--format", "json", "-")
	if code != 0 {
		t.Fatalf("exit %d; stderr:\n%s", code, stderr)
	}
	var rs []doc.Record
	if err := json.Unmarshal([]byte(stdout), &rs); err != nil {
		t.Fatalf("not a JSON array: %v\n%s", err, stdout)
	}
	if len(rs) != 1 || rs[0].Source != "-" {
		t.Errorf("got %+v", rs)
	}
}
