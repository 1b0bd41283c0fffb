-- Lectern library schema, version 5: where bookmarks point and how highlights stay anchored
-- (lib/notes).

-- A bookmark can point into its post: the heading the reader was in (its id in the article, ''
-- for the top) and the scroll fraction 0..1 at the time.
ALTER TABLE bookmarks ADD COLUMN anchor TEXT NOT NULL DEFAULT '';
ALTER TABLE bookmarks ADD COLUMN position REAL NOT NULL DEFAULT 0;

-- A highlight is anchored by its quote with the text around it (a W3C TextQuoteSelector) and by
-- its offsets. anchor_hash is posts.content_hash of the text the offsets were last checked
-- against: when an import changes the post, the hashes differ and lib/notes re-anchors the
-- highlight (exact, then fuzzy). One that cannot be placed again is kept with detached = 1 and
-- its last quote, so it is listed rather than lost; a later import may place it again.
ALTER TABLE highlights ADD COLUMN anchor_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE highlights ADD COLUMN detached INTEGER NOT NULL DEFAULT 0;
