package main

import (
	"encoding/binary"
	"math"
	"testing"
)

// encodeCities serialises cities as GVariant a(sssssssudd), the format of
// libgeonames' cities.compiled, for the parser tests.
func encodeCities(cs []city) []byte {
	var b []byte
	var ends []int
	for _, c := range cs {
		for len(b)%8 != 0 {
			b = append(b, 0)
		}
		start := len(b)
		var strEnds []int
		for _, s := range []string{c.ID, c.Name, c.Admin1Code, c.Admin1, c.Country, c.CountryName, "Asia/Baghdad"} {
			b = append(append(b, s...), 0)
			strEnds = append(strEnds, len(b)-start)
		}
		for len(b)%4 != 0 {
			b = append(b, 0)
		}
		b = binary.LittleEndian.AppendUint32(b, uint32(c.Population))
		for len(b)%8 != 0 {
			b = append(b, 0)
		}
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(c.Lat))
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(c.Lon))
		for i := len(strEnds) - 1; i >= 0; i-- {
			b = append(b, byte(strEnds[i]))
		}
		ends = append(ends, len(b))
	}
	for _, e := range ends { // the whole stays under 256 bytes: 1-byte offsets
		b = append(b, byte(e))
	}
	return b
}

func TestParseCities(t *testing.T) {
	want := []city{
		{ID: "98182", Name: "Baghdad", Admin1Code: "07", Admin1: "Baghdad Governorate", Country: "IQ", CountryName: "Iraq", Population: 7216000, Lat: 33.34, Lon: 44.40},
		{ID: "99532", Name: "Basra", Admin1Code: "02", Admin1: "Basra", Country: "IQ", CountryName: "Iraq", Population: 2600000, Lat: 30.50, Lon: 47.78},
	}
	got, err := parseCities(encodeCities(want))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("%d cities, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("city %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	if _, err := parseCities([]byte{1, 2, 3}); err == nil {
		t.Error("garbage parsed")
	}
}

// encodeMO writes a little-endian gettext catalogue.
func encodeMO(pairs [][2]string) []byte {
	n := len(pairs)
	orig, trans := 28, 28+8*n
	data := 28 + 16*n
	b := make([]byte, data)
	binary.LittleEndian.PutUint32(b[0:], 0x950412de)
	binary.LittleEndian.PutUint32(b[8:], uint32(n))
	binary.LittleEndian.PutUint32(b[12:], uint32(orig))
	binary.LittleEndian.PutUint32(b[16:], uint32(trans))
	for i, p := range pairs {
		for j, s := range p {
			at := orig + 8*i
			if j == 1 {
				at = trans + 8*i
			}
			binary.LittleEndian.PutUint32(b[at:], uint32(len(s)))
			binary.LittleEndian.PutUint32(b[at+4:], uint32(len(b)))
			b = append(append(b, s...), 0)
		}
	}
	return b
}

func TestParseMO(t *testing.T) {
	got, err := parseMO(encodeMO([][2]string{{"", "header"}, {"98182", "بغداد"}, {"99532", "البصرة"}}))
	if err != nil {
		t.Fatal(err)
	}
	if got["98182"] != "بغداد" || got["99532"] != "البصرة" || len(got) != 2 {
		t.Errorf("parseMO = %v", got)
	}
	if _, err := parseMO([]byte("not a catalogue at all......")); err == nil {
		t.Error("bad magic accepted")
	}
}

func TestCleanArabic(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"marks and harakat", "\u200eالبَصْرة\u200f", "البصرة"},
		{"persian letters", "کرمانشاه", "كرمانشاه"},
		{"latin only", "Baghdad", ""},
		{"spaces", "  تل   عفر ", "تل عفر"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cleanArabic(tt.in); got != tt.want {
				t.Errorf("cleanArabic(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDedupKey(t *testing.T) {
	if dedupKey("البصرة") != dedupKey("بصرة") {
		t.Error("البصرة and بصرة differ")
	}
}

func TestShortName(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want string
	}{
		{"comma form", []string{"Moldova, Republic of", "Moldova"}, "Moldova"},
		{"abbreviation skipped", []string{"United Kingdom", "UK", "Great Britain"}, "Great Britain"},
		{"single", []string{"Iraq"}, "Iraq"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := shortName(tt.in); got != tt.want {
				t.Errorf("shortName(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
