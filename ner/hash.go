package ner

// Feature keys are 64-bit hashes: FNV-1a over the value's bytes, mixed
// with a template number. They are stable across processes and
// platforms, so a trained model can be stored as key -> weights.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashString is FNV-1a 64 of s.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// mix combines a template number and one or two value hashes into a
// feature key (splitmix64 finaliser).
func mix(tmpl uint64, a, b uint64) uint64 {
	x := tmpl*0x9E3779B97F4A7C15 ^ a
	x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9
	x ^= b
	x = (x ^ (x >> 27)) * 0x94D049BB133111EB
	return x ^ (x >> 31)
}
