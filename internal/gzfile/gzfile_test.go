package gzfile

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	var whole bytes.Buffer
	zw := gzip.NewWriter(&whole)
	zw.Write([]byte("Сергій Шойгу said\n"))
	zw.Close()
	dir := t.TempDir()
	tests := []struct {
		name    string
		content []byte
		want    string
		wantErr string
	}{
		{"whole", whole.Bytes(), "Сергій Шойгу said\n", ""},
		{"truncated", whole.Bytes()[:whole.Len()-6], "", "unexpected EOF"},
		{"not gzip", []byte("plain text"), "", "invalid header"},
	}
	for _, tt := range tests {
		p := filepath.Join(dir, tt.name+".gz")
		if err := os.WriteFile(p, tt.content, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := Read(p)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), p) {
				t.Errorf("%s: err %v, want one naming %s and %q", tt.name, err, p, tt.wantErr)
			}
			continue
		}
		if err != nil || string(got) != tt.want {
			t.Errorf("%s: Read = %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
	if _, err := Read(filepath.Join(dir, "missing.gz")); !os.IsNotExist(err) {
		t.Errorf("missing file: err %v, want not-exist", err)
	}
}
