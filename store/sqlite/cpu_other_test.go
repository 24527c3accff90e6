//go:build !linux

package sqlite

import "time"

// threadCPU is not measured here (see cpu_unix_test.go).
func threadCPU() time.Duration { return 0 }
