package cputime

import (
	"runtime"
	"testing"
	"time"
)

// spin burns CPU until the clock has moved by d.
func spin(d time.Duration) (n int) {
	for end := time.Now().Add(d); time.Now().Before(end); n++ {
	}
	return n
}

func TestGrowsWithWork(t *testing.T) {
	if runtime.GOOS != "linux" {
		if Thread() != 0 {
			t.Fatal("Thread is not 0 where it is not read")
		}
		return
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	p0, t0 := Process(), Thread()
	spin(50 * time.Millisecond)
	p1, t1 := Process(), Thread()
	// The spin ran on this thread the whole time; on a busy machine it may
	// have held the core for less than the wall time, but not for nothing.
	if t1-t0 < time.Millisecond || p1-p0 < t1-t0 {
		t.Fatalf("thread %v, process %v after 50 ms of spinning", t1-t0, p1-p0)
	}
}
