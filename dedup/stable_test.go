package dedup

// Values of the stable-signature test, computed once with the first release.
const (
	wantStableExact uint64 = 0x9fef64088b2b56b2
	wantStableSim   uint64 = 0x5a11847c422120f
)
