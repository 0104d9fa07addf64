-- 0004: outlets are counted and listed often (overview, facets).
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX event_sources_outlet ON event_sources(outlet, event_id);
