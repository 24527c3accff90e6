package web

import (
	"container/list"
	"context"
	"sync"
)

// gate admits at most limit requests to work at once and queues the rest
// first come, first served. No request is turned away: a waiter leaves the
// queue only when its context ends (the client went away).
//
// Why: Go shares the cores among every running handler, so under overload
// (more requests than the cores can answer) a slow answer runs a little
// at a time beside every fast one that arrives while it runs, and its
// latency grows with the load many times over. Queued first come, first
// served, each request waits about as long as any other, the slow ones
// stop starving, and the handlers that run have the cores to themselves.
type gate struct {
	limit int

	mu      sync.Mutex
	active  int       // requests admitted and not yet left
	waiters list.List // of chan struct{}, oldest first
	peak    int       // most requests admitted at once
}

// newGate returns a gate of limit places; nil (no bound) when limit < 1.
func newGate(limit int) *gate {
	if limit < 1 {
		return nil
	}
	return &gate{limit: limit}
}

// enter waits for a place and takes it, or returns ctx's error when ctx
// ends first (then it holds no place). A nil gate admits at once.
func (g *gate) enter(ctx context.Context) error {
	if g == nil {
		return nil
	}
	g.mu.Lock()
	if g.active < g.limit && g.waiters.Len() == 0 {
		g.admitted()
		g.mu.Unlock()
		return nil
	}
	ch := make(chan struct{})
	e := g.waiters.PushBack(ch)
	g.mu.Unlock()
	select {
	case <-ch:
		return nil
	case <-ctx.Done():
		g.mu.Lock()
		select {
		case <-ch:
			// Handed a place as ctx ended: pass it on.
			g.mu.Unlock()
			g.leave()
		default:
			g.waiters.Remove(e)
			g.mu.Unlock()
		}
		return ctx.Err()
	}
}

// leave gives the place back: to the oldest waiter, if any.
func (g *gate) leave() {
	if g == nil {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	g.active--
	if f := g.waiters.Front(); f != nil {
		g.waiters.Remove(f)
		g.admitted()
		close(f.Value.(chan struct{}))
	}
}

// admitted counts one more request in; g.mu is held.
func (g *gate) admitted() {
	g.active++
	g.peak = max(g.peak, g.active)
}

// state returns the requests admitted, waiting, and the most admitted at
// once so far.
func (g *gate) state() (active, waiting, peak int) {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.active, g.waiters.Len(), g.peak
}
