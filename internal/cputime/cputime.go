// Package cputime reads the CPU time the process has used, so that
// benchmarks can report CPU per item beside wall-clock rates: on a shared
// machine the wall clock measures the neighbours as much as the code.
package cputime

import "time"

// Used returns the user plus system CPU time of the process so far, or 0
// where the platform does not report it.
func Used() time.Duration { return used() }
