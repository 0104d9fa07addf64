package source

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// decodeText turns file bytes into UTF-8 text. UTF-8 (with or without a
// BOM) passes through; bytes that are not UTF-8 but read as Arabic in
// Windows-1256 are decoded from it; anything else is refused with a reason.
func decodeText(b []byte) (string, string) {
	if len(bytes.TrimSpace(b)) == 0 {
		return "", "empty file"
	}
	if looksBinary(b) {
		return "", "binary file, not text"
	}
	b = bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
	if utf8.Valid(b) {
		return string(b), ""
	}
	if looksWindows1256(b) {
		s, err := charmap.Windows1256.NewDecoder().Bytes(b)
		if err == nil {
			return string(s), ""
		}
	}
	return "", "not valid UTF-8 and not Windows-1256 Arabic text"
}

// looksBinary reports NUL bytes or many control bytes in the first 8 KB.
func looksBinary(b []byte) bool {
	head := b[:min(len(b), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	return ctl*20 > len(head)
}

// looksWindows1256 reports whether most high bytes fall on Windows-1256's
// Arabic letters (0xC1-0xDA, 0xDC-0xDF, 0xE1, 0xE3-0xE6, 0xEC, 0xED).
func looksWindows1256(b []byte) bool {
	high, arabic := 0, 0
	for _, c := range b {
		if c < 0x80 {
			continue
		}
		high++
		if c >= 0xC1 && c <= 0xDA || c >= 0xDC && c <= 0xDF || c == 0xE1 || c >= 0xE3 && c <= 0xE6 || c == 0xEC || c == 0xED || c >= 0xF0 && c <= 0xF6 && c != 0xF4 {
			arabic++
		}
	}
	return high > 0 && arabic*10 >= high*8
}
