package eval

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"time"
)

// KeptModel returns a tuning task's model, trained on training data only,
// as encoded bytes: those kept in dir under name when there are some, else
// train's, which are then kept there (dir "" keeps nothing). Keeping them
// lets a decoding or rule change be scored again without training. name
// must hold a key over everything the model is trained from (ModelKey), so
// that a changed split or recipe is not served a model trained on
// something else.
func KeptModel(o Options, dir, name string, train func() ([]byte, error)) ([]byte, error) {
	file := ""
	if dir != "" {
		file = filepath.Join(dir, name)
		if b, err := os.ReadFile(file); err == nil {
			o.Logf("%s: model read from %s", name, file)
			return b, nil
		}
	}
	start := time.Now()
	b, err := train()
	if err != nil {
		return nil, err
	}
	o.Logf("%s: trained in %s", name, time.Since(start).Round(time.Second))
	if file == "" {
		return b, nil
	}
	// write then rename, so that a run reading the folder at the same time
	// never sees half a model
	tmp, err := os.CreateTemp(dir, name+".tmp*")
	if err != nil {
		return nil, err
	}
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return nil, err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return nil, err
	}
	if err := os.Rename(tmp.Name(), file); err != nil {
		os.Remove(tmp.Name())
		return nil, err
	}
	o.Logf("%s: model kept in %s", name, file)
	return b, nil
}

// KeptDecoded is KeptModel for a model type: train's model is encoded to
// be kept, and the gzipped bytes, kept or just encoded, are decoded with
// decode, so that a model trained in the run is scored as one read back.
func KeptDecoded[M interface{ Encode() ([]byte, error) }](o Options, dir, name string, train func() (M, error), decode func(io.Reader) (M, error)) (M, error) {
	var none M
	b, err := KeptModel(o, dir, name, func() ([]byte, error) {
		m, err := train()
		if err != nil {
			return nil, err
		}
		return m.Encode()
	})
	if err != nil {
		return none, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return none, err
	}
	return decode(zr)
}

// ModelKey starts the hash a kept model is found by, over a version and
// the training configuration; the caller writes the training documents
// into it. Bump the version when the training code changes what a model
// holds, so that a kept model the code would no longer train is not
// handed back.
func ModelKey(version int, cfg []byte) hash.Hash {
	h := sha256.New()
	fmt.Fprintf(h, "v%d\x00%s\x00", version, cfg)
	return h
}
