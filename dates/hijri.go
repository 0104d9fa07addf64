package dates

import "time"

// hijriToGregorian converts a date of the tabular Islamic calendar to the
// Gregorian calendar. Official calendars (Umm al-Qura, sighting) may differ
// by a day; callers widen the interval by one day for that.
func hijriToGregorian(y, m, d int) time.Time {
	jd := (11*y+3)/30 + 354*y + 30*m - (m-1)/2 + d + 1948439 - 385
	return time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, jd-2440588)
}
