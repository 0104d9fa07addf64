// Package events codes ACLED events from analysed articles: it finds
// trigger wording in each sentence (a lexicon with conditions on who acts
// and who is hit), skips negated, threatened or planned events, and fills
// the event's type, actors, place, date and fatalities from the sentence
// and its neighbours, keeping the sentence as evidence. Later mentions of
// an event already coded ("الهجوم", "محاولة الاغتيال") are folded into it,
// and events with the same type, place and day are merged.
package events
