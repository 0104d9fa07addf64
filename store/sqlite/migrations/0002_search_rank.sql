-- 0002: rank full-text hits with BM25 weighting a title match twice a
-- body match (FTS5 keeps this setting in the index's config table).
INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', 'bm25(2.0, 1.0)');
