package main

import (
	"encoding/binary"
	"fmt"
	"math"
	"strconv"
)

// city is one row of libgeonames' cities.compiled.
type city struct {
	ID, Name, Admin1Code, Admin1, Country, CountryName string
	Population                                         int
	Lat, Lon                                           float64
}

// parseCities decodes a serialised GVariant of type a(sssssssudd): an
// array of variable-size tuples, whose element end offsets are stored at
// the end of the array, each of the array's offset size.
func parseCities(b []byte) ([]city, error) {
	size := offsetSize(len(b))
	if len(b) < size {
		return nil, fmt.Errorf("cities: %d bytes is too short", len(b))
	}
	last := readOffset(b[len(b)-size:], size)
	if last > len(b) || (len(b)-last)%size != 0 {
		return nil, fmt.Errorf("cities: bad framing offset %d", last)
	}
	n := (len(b) - last) / size
	if n == 0 {
		return nil, fmt.Errorf("cities: %d bytes but no element", len(b))
	}
	out := make([]city, 0, n)
	start := 0
	for i := 0; i < n; i++ {
		end := readOffset(b[last+i*size:], size)
		if end < start || end > last {
			return nil, fmt.Errorf("cities: element %d ends at %d", i, end)
		}
		c, err := parseCity(b[start:end], start)
		if err != nil {
			return nil, fmt.Errorf("cities: element %d: %w", i, err)
		}
		out = append(out, c)
		start = align(end, 8)
	}
	return out, nil
}

// parseCity decodes one (sssssssudd) tuple that starts at absolute offset
// base (alignment is absolute; tuples start 8-aligned).
func parseCity(e []byte, base int) (city, error) {
	var s [7]string
	p := 0
	for i := range s {
		j := p
		for j < len(e) && e[j] != 0 {
			j++
		}
		if j >= len(e) {
			return city{}, fmt.Errorf("string %d not terminated", i)
		}
		s[i] = string(e[p:j])
		p = j + 1
	}
	p = align(base+p, 4) - base
	if p+4+16 > len(e) {
		return city{}, fmt.Errorf("tuple too short")
	}
	pop := binary.LittleEndian.Uint32(e[p:])
	p = align(base+p+4, 8) - base
	if p+16 > len(e) {
		return city{}, fmt.Errorf("tuple too short for coordinates")
	}
	lat := math.Float64frombits(binary.LittleEndian.Uint64(e[p:]))
	lon := math.Float64frombits(binary.LittleEndian.Uint64(e[p+8:]))
	if _, err := strconv.Atoi(s[0]); err != nil {
		return city{}, fmt.Errorf("id %q is not a number", s[0])
	}
	return city{s[0], s[1], s[2], s[3], s[4], s[5], int(pop), lat, lon}, nil
}

func offsetSize(n int) int {
	switch {
	case n <= 0xff:
		return 1
	case n <= 0xffff:
		return 2
	case n <= 0xffffffff:
		return 4
	}
	return 8
}

func readOffset(b []byte, size int) int {
	switch size {
	case 1:
		return int(b[0])
	case 2:
		return int(binary.LittleEndian.Uint16(b))
	case 4:
		return int(binary.LittleEndian.Uint32(b))
	}
	return int(binary.LittleEndian.Uint64(b))
}

func align(n, a int) int { return (n + a - 1) &^ (a - 1) }
