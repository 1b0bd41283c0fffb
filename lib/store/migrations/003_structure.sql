-- Lectern library schema, version 3: recovered article structure (lib/ingest/structure.h).
--
-- The index holds posts as stripped text (posts.raw_content); structure recovery turns it back
-- into headings, lists, code blocks with languages, and so on. That takes milliseconds per
-- post, so the result is kept here as JSON ({"blocks": [...]}, see blocksToJson) and reused.
-- A row is current while its version equals StructureRecovery::version() and its input (the
-- post's content hash and category) is unchanged; otherwise it is recomputed and replaced.
-- The raw index text is never modified.
CREATE TABLE post_structure (
    post_id      INTEGER PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE,
    version      INTEGER NOT NULL,           -- StructureRecovery::version() that wrote it
    content_hash TEXT NOT NULL,              -- posts.content_hash it was recovered from
    category     TEXT NOT NULL DEFAULT '',   -- the category used as a language prior
    blocks       TEXT NOT NULL,              -- {"blocks": [...]}
    computed_at  INTEGER NOT NULL            -- Unix seconds
);
