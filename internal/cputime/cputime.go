// Package cputime reads the CPU time the process, or the calling thread,
// has used. Benchmarks on a shared machine report it beside wall time:
// wall time counts the time other processes held the cores, CPU time says
// what the work itself cost.
package cputime

import "time"

// Process is the user and system CPU time this process has used, every
// thread together; 0 where the system cannot say.
func Process() time.Duration { return process() }

// Thread is the user and system CPU time the calling OS thread has used
// (the caller locks its goroutine to the thread around what it measures);
// 0 where the system cannot say.
func Thread() time.Duration { return thread() }
