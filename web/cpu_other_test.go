//go:build !linux

package web

import "time"

// processCPU is not measured here (see cpu_linux_test.go).
func processCPU() time.Duration { return 0 }
