package modeltest

import (
	"errors"
	"fmt"
	"testing"

	"github.com/pressclip/pressclip/models"
)

// fatalTB records the first failure and stops the check there, as
// t.Fatal stops a test.
type fatalTB struct {
	testing.TB
	msg string
}

type stopped struct{}

func (f *fatalTB) Helper() {}
func (f *fatalTB) Fatal(args ...any) {
	f.msg = fmt.Sprint(args...)
	panic(stopped{})
}
func (f *fatalTB) Fatalf(format string, args ...any) {
	f.msg = fmt.Sprintf(format, args...)
	panic(stopped{})
}

func run(file string, encode func() ([]byte, error)) (failed bool, msg string) {
	f := &fatalTB{}
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(stopped); !ok {
				panic(r)
			}
			failed, msg = true, f.msg
		}
	}()
	Reproduces(f, "test", file, encode)
	return false, ""
}

// TestReproduces checks that the shipped bytes of a model pass and that
// one changed byte, an encoding error or a file with no recipe fail.
func TestReproduces(t *testing.T) {
	const file = "langid.gz"
	good, err := models.Raw(file)
	if err != nil {
		t.Fatal(err)
	}
	bad := append([]byte(nil), good...)
	bad[len(bad)/2] ^= 1
	for _, c := range []struct {
		name   string
		file   string
		encode func() ([]byte, error)
		fail   bool
	}{
		{"shipped bytes", file, func() ([]byte, error) { return good, nil }, false},
		{"one byte changed", file, func() ([]byte, error) { return bad, nil }, true},
		{"encode error", file, func() ([]byte, error) { return nil, errors.New("no") }, true},
		{"no recipe", "none.gz", func() ([]byte, error) { return good, nil }, true},
	} {
		if failed, msg := run(c.file, c.encode); failed != c.fail {
			t.Errorf("%s: failed %v (%s), want %v", c.name, failed, msg, c.fail)
		}
	}
}
