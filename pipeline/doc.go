// Package pipeline composes rasid's stages in one visible place:
//
//	source → clean → text (tokens, sentences) → entities (+ places) → events → stories
//
// New builds the stages once; Process runs them on one article; Run reads
// files with package source, processes articles on every core, assigns
// stories in input order and hands the articles to a sink in input order.
package pipeline
