package ner

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
)

// writeCodes writes the binarised word vectors section of the model
// format: count, code length, then key and code bytes in key order.
func writeCodes(bw *bufio.Writer, codes map[uint64][]byte) {
	put := func(v any) { _ = binary.Write(bw, binary.LittleEndian, v) }
	keys := slices.Sorted(mapKeys(codes))
	size := 0
	if len(keys) > 0 {
		size = len(codes[keys[0]])
	}
	put(uint32(len(keys)))
	put(uint32(size))
	for _, k := range keys {
		put(k)
		bw.Write(codes[k][:size])
	}
}

// decodeCodes reads the binarised word vectors section into m.
func decodeCodes(br *bufio.Reader, m *Model) error {
	le := binary.LittleEndian
	var n, size uint32
	if err := errors.Join(binary.Read(br, le, &n), binary.Read(br, le, &size)); err != nil || size > 1024 {
		return fmt.Errorf("word codes: size %d: %w", size, err)
	}
	m.codes = make(map[uint64][]byte, n)
	buf := make([]byte, int(n)*int(size))
	for i := range int(n) {
		var k uint64
		if err := binary.Read(br, le, &k); err != nil {
			return fmt.Errorf("word codes: %w", err)
		}
		c := buf[i*int(size) : (i+1)*int(size)]
		if _, err := io.ReadFull(br, c); err != nil {
			return fmt.Errorf("word codes: %w", err)
		}
		m.codes[k] = c
	}
	return nil
}
