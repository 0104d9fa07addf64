package export

import (
	"strings"
	"testing"
)

func TestValidate(t *testing.T) {
	ok := `{"doc_id":"a","published":"2020-05-23","text":"سقط صاروخ","story_id":"s-a","entities":[{"type":"LOC","name":"x","mentions":[{"text":"صاروخ","start":4,"end":9}]}],"events":[{"event_type":"Explosions/Remote violence","sub_event_type":"Air/drone strike","date":"2020-05-22","location":null,"actor1":null,"actor2":null,"fatalities":null,"evidence":{"start":0,"end":9}}]}`
	if err := Validate([]byte(ok)); err != nil {
		t.Fatalf("valid line refused: %v", err)
	}
	cases := map[string][2]string{
		"bad json":       {`{`, "not a contract object"},
		"bad type":       {strings.Replace(ok, `"LOC"`, `"GPE"`, 1), "entity type"},
		"span outside":   {strings.Replace(ok, `"end":9}]`, `"end":99}]`, 1), "outside"},
		"bad sub-type":   {strings.Replace(ok, `Air/drone strike`, `Drone`, 1), "not a sub-event type"},
		"bad date":       {strings.Replace(ok, `"2020-05-22"`, `"22/05/2020"`, 1), "not ISO"},
		"empty story id": {strings.Replace(ok, `"s-a"`, `""`, 1), "story_id"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if err := Validate([]byte(c[0])); err == nil || !strings.Contains(err.Error(), c[1]) {
				t.Errorf("err = %v, want it to mention %q", err, c[1])
			}
		})
	}
}
