// Package domain holds rasid's nouns: articles, the spans that point into
// their text, the entities, actors and places found in them, the events
// coded from them, and the stories that group them. It imports only the
// standard library; every stage, store and the web layer depend on it.
package domain
