//go:build !linux

package bench

// peakRSS is unknown off Linux.
func peakRSS() int64 { return 0 }
