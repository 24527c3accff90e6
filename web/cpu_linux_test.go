//go:build linux

package web

import (
	"syscall"
	"time"
)

// processCPU is the CPU time this process has used (server and clients):
// on a shared machine it says what the requests cost apart from the time
// they waited for a core.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
