package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"net/http"
	"time"

	"github.com/pressclip/pressclip/store"
	"github.com/pressclip/pressclip/web"
)

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "serve", "serve [flags]")
	db := fs.String("db", "pressclip.db", "database `path` (or engine:dsn)")
	addr := fs.String("addr", "127.0.0.1:8080", "listen `address`")
	maxActive := fs.Int("max-active", 0, "answers worked on at once; more wait their turn, first come first served (0: 2 per core, -1: no bound)")
	if err := parse(fs, args); err != nil {
		return err
	}
	st, err := store.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	return serve(ctx, e, st, *addr, *maxActive)
}

// serve serves st on addr until ctx ends, printing the URL. maxActive is
// web.MaxActive's bound (0: its default).
func serve(ctx context.Context, e *env, st store.Store, addr string, maxActive int) error {
	logger := log.New(e.stderr, "serve: ", log.LstdFlags)
	h, err := web.New(st, logger, web.MaxActive(maxActive))
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ErrorLog: logger}
	fmt.Fprintf(e.stdout, "serving on http://%s/\n", ln.Addr())
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
