-- 0001: rasid's first schema. Dates are ISO text (YYYY-MM-DD); spans are
-- rune offsets into articles.text; booleans are 0/1.

CREATE TABLE stories (
    id         TEXT PRIMARY KEY,
    title      TEXT NOT NULL DEFAULT '',
    articles   INTEGER NOT NULL DEFAULT 0,
    outlets    TEXT NOT NULL DEFAULT '',   -- distinct outlets, tab-separated
    first_pub  TEXT,
    last_pub   TEXT
);
CREATE INDEX stories_last ON stories(last_pub);

CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    doc_id        TEXT NOT NULL UNIQUE,
    hash          TEXT NOT NULL UNIQUE,
    source        TEXT NOT NULL DEFAULT '',
    outlet        TEXT NOT NULL DEFAULT '',
    url           TEXT NOT NULL DEFAULT '',
    published     TEXT,
    pub_precision INTEGER NOT NULL DEFAULT 0,
    pub_min       TEXT,
    pub_max       TEXT,
    title         TEXT NOT NULL DEFAULT '',
    raw           TEXT NOT NULL DEFAULT '',
    raw_html      INTEGER NOT NULL DEFAULT 0,
    text          TEXT NOT NULL DEFAULT '',
    sentences     TEXT NOT NULL DEFAULT '',  -- JSON array of spans
    warnings      TEXT NOT NULL DEFAULT '',  -- JSON array of strings
    story_id      TEXT REFERENCES stories(id),
    ingested_at   INTEGER NOT NULL
);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE places (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL DEFAULT '',
    name_ar TEXT NOT NULL DEFAULT '',
    kind    TEXT NOT NULL DEFAULT '',
    admin1  TEXT NOT NULL DEFAULT '',
    admin2  TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    lat     REAL,
    lon     REAL
);

CREATE TABLE actors (
    id           TEXT PRIMARY KEY,   -- kb id, or 'n:' + normalised name
    name         TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL DEFAULT '',
    inter        INTEGER NOT NULL DEFAULT 0,
    country      TEXT NOT NULL DEFAULT '',
    wikidata     TEXT NOT NULL DEFAULT '',
    aliases      TEXT NOT NULL DEFAULT '',  -- JSON array
    affiliations TEXT NOT NULL DEFAULT '',  -- JSON array
    in_kb        INTEGER NOT NULL DEFAULT 0,
    events       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX actors_events ON actors(events DESC);

CREATE TABLE actor_forms (
    actor_id TEXT NOT NULL REFERENCES actors(id),
    form     TEXT NOT NULL,
    n        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (actor_id, form)
) WITHOUT ROWID;

CREATE TABLE entities (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    idx        INTEGER NOT NULL,
    type       TEXT NOT NULL,
    subtype    TEXT NOT NULL DEFAULT '',
    name       TEXT NOT NULL DEFAULT '',
    actor_id   TEXT NOT NULL DEFAULT '',
    place_id   TEXT REFERENCES places(id)
);
CREATE INDEX entities_article ON entities(article_id);
CREATE INDEX entities_actor ON entities(actor_id);

CREATE TABLE mentions (
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    start     INTEGER NOT NULL,
    end       INTEGER NOT NULL,
    text      TEXT NOT NULL,
    source    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX mentions_entity ON mentions(entity_id);

-- events are merged events: one row per real-world event.
CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    event_type     TEXT NOT NULL,
    sub_event_type TEXT NOT NULL DEFAULT '',
    date           TEXT,
    date_precision INTEGER NOT NULL DEFAULT 0,
    date_min       TEXT,
    date_max       TEXT,
    country        TEXT NOT NULL DEFAULT '',
    admin1         TEXT NOT NULL DEFAULT '',
    admin2         TEXT NOT NULL DEFAULT '',
    location       TEXT NOT NULL DEFAULT '',  -- location text as written
    location_name  TEXT NOT NULL DEFAULT '',
    place_id       TEXT NOT NULL DEFAULT '',
    lat            REAL,
    lon            REAL,
    geo_precision  INTEGER NOT NULL DEFAULT 0,
    actor1_id      TEXT NOT NULL DEFAULT '',
    actor1_name    TEXT NOT NULL DEFAULT '',
    actor1_text    TEXT NOT NULL DEFAULT '',
    actor1_inter   INTEGER NOT NULL DEFAULT 0,
    actor2_id      TEXT NOT NULL DEFAULT '',
    actor2_name    TEXT NOT NULL DEFAULT '',
    actor2_text    TEXT NOT NULL DEFAULT '',
    actor2_inter   INTEGER NOT NULL DEFAULT 0,
    fatalities     INTEGER,
    is_primary     INTEGER NOT NULL DEFAULT 0,
    disputed       INTEGER NOT NULL DEFAULT 0,
    n_articles     INTEGER NOT NULL DEFAULT 0,
    n_outlets      INTEGER NOT NULL DEFAULT 0,
    outlets        TEXT NOT NULL DEFAULT '',  -- distinct outlets, tab-separated
    evidence_text  TEXT NOT NULL DEFAULT '',
    ingested_at    INTEGER NOT NULL
);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_merge ON events(event_type, date);
CREATE INDEX events_country ON events(country, admin1);

-- event_sources: one row per article's coding of a merged event, with
-- every span needed to highlight the evidence in that article.
CREATE TABLE event_sources (
    id           INTEGER PRIMARY KEY,
    event_id     INTEGER NOT NULL REFERENCES events(id),
    article_id   INTEGER NOT NULL REFERENCES articles(id),
    idx          INTEGER NOT NULL,          -- position in the article's events
    outlet       TEXT NOT NULL DEFAULT '',
    coding       TEXT NOT NULL,             -- the event as coded (JSON)
    ev_start     INTEGER NOT NULL,
    ev_end       INTEGER NOT NULL,
    UNIQUE (article_id, idx)
);
CREATE INDEX event_sources_event ON event_sources(event_id);

CREATE TABLE event_actors (
    event_id INTEGER NOT NULL REFERENCES events(id),
    actor_id TEXT NOT NULL REFERENCES actors(id),
    role     INTEGER NOT NULL,              -- 1 initiator, 2 target
    PRIMARY KEY (event_id, actor_id, role)
) WITHOUT ROWID;
CREATE INDEX event_actors_actor ON event_actors(actor_id);

-- Full-text index over articles, with rasid's Arabic tokenizer.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='id', tokenize='rasid'
);
