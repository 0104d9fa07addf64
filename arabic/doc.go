// Package arabic is rasid's Arabic text layer: normalisation for matching
// (never for display), tokens with rune offsets into the text the user
// sees, clitic splitting checked against a vocabulary, sentence splitting
// and number words. Every other stage matches Arabic through it.
package arabic
