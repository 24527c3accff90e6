package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/pressclip/pressclip/store"
	"github.com/pressclip/pressclip/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		s, err := store.Open(context.Background(), "sqlite:"+filepath.Join(t.TempDir(), "test.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestReopenKeepsData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "p.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Put(ctx, []store.Input{{Doc: storetest.Corpus()[0]}}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s2, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	o, err := s2.Put(ctx, []store.Input{{Doc: storetest.Corpus()[0]}})
	if err != nil {
		t.Fatal(err)
	}
	if o[0].Status != store.Duplicate {
		t.Errorf("after reopen: %v, want duplicate", o[0].Status)
	}
}
