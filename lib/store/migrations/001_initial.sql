-- Lectern library schema, version 1. Times are Unix seconds (UTC).
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Where posts come from: an index file, later a feed or a site.
CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,              -- 'hugo-index', 'feed', 'sample', ...
    location    TEXT NOT NULL UNIQUE,       -- canonical file path or URL
    title       TEXT NOT NULL DEFAULT '',
    added_at    INTEGER NOT NULL,
    imported_at INTEGER                     -- last successful import
);

CREATE TABLE categories (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE               -- the permalink's section slug, e.g. 'go'
);

CREATE TABLE posts (
    id           INTEGER PRIMARY KEY,
    source_id    INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    permalink    TEXT NOT NULL,
    title        TEXT NOT NULL,             -- entities decoded once
    summary      TEXT NOT NULL,
    content      TEXT NOT NULL,             -- plain text, entities decoded once
    raw_title    TEXT NOT NULL,             -- exactly as the source had them
    raw_summary  TEXT NOT NULL,
    raw_content  TEXT NOT NULL,
    content_hash TEXT NOT NULL,             -- SHA-256 over the raw fields
    category_id  INTEGER REFERENCES categories(id) ON DELETE SET NULL,
    pub_order    INTEGER NOT NULL,          -- 0 = newest, as the source lists them
    first_seen   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    missing      INTEGER NOT NULL DEFAULT 0, -- 1: gone from the source at the last import
    UNIQUE (source_id, permalink)
);
CREATE INDEX posts_category ON posts(category_id, pub_order);
CREATE INDEX posts_order ON posts(pub_order);

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE post_tags (
    post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    tag_id  INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (post_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX post_tags_tag ON post_tags(tag_id);

CREATE TABLE series (
    id        INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    name      TEXT NOT NULL,
    explicit  INTEGER NOT NULL DEFAULT 0,    -- 1: the source named it; 0: inferred from titles
    UNIQUE (source_id, name)
);
CREATE TABLE series_parts (
    series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    post_id   INTEGER NOT NULL UNIQUE REFERENCES posts(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,              -- 1 = first part in reading order
    PRIMARY KEY (series_id, position)
) WITHOUT ROWID;

-- "from_post mentions to_post" (names its exact title).
CREATE TABLE links (
    from_post INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    to_post   INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    PRIMARY KEY (from_post, to_post)
) WITHOUT ROWID;
CREATE INDEX links_to ON links(to_post);

CREATE TABLE reading_state (
    post_id     INTEGER PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE,
    is_read     INTEGER NOT NULL DEFAULT 0,
    position    REAL NOT NULL DEFAULT 0,     -- scroll fraction 0..1
    last_opened INTEGER
);

CREATE TABLE bookmarks (
    id         INTEGER PRIMARY KEY,
    post_id    INTEGER NOT NULL UNIQUE REFERENCES posts(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    label      TEXT NOT NULL DEFAULT ''
);

CREATE TABLE highlights (
    id         INTEGER PRIMARY KEY,
    post_id    INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    quote      TEXT NOT NULL,               -- the selected text
    prefix     TEXT NOT NULL DEFAULT '',    -- context to re-anchor after content changes
    suffix     TEXT NOT NULL DEFAULT '',
    start_pos  INTEGER NOT NULL,            -- offsets in the post's plain text
    end_pos    INTEGER NOT NULL,
    color      TEXT NOT NULL DEFAULT 'yellow',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX highlights_post ON highlights(post_id, start_pos);

CREATE TABLE notes (
    id           INTEGER PRIMARY KEY,
    post_id      INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    highlight_id INTEGER REFERENCES highlights(id) ON DELETE CASCADE,
    body         TEXT NOT NULL,             -- Markdown
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);
CREATE INDEX notes_post ON notes(post_id);
