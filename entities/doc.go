// Package entities finds the people, organisations and places named in an
// article: known names from the actor base and gazetteer (with spelling
// variants and clitics), unknown names from patterns (titles such as
// رئيس الوزراء or القيادي, organisation head words with a quoted name) and
// from the statistical tagger, then links the mentions of one entity
// together (مصطفى الكاظمي … الكاظمي). Generic descriptors (القوات الأمنية,
// متظاهرون) are kept apart for event coding; they are not named entities.
package entities
