// Package dates finds Arabic time expressions in tokenised text and
// resolves them against the publication date: absolute dates in the
// Gregorian (both month-name systems, and their pairs such as
// حزيران/يونيو), Hijri and numeric forms; weekdays with مساء/صباح; relative
// expressions (أمس، قبل أسبوعين، الشهر الماضي، منتصف الشهر). Each resolved
// date carries a precision and the interval the text supports.
package dates
