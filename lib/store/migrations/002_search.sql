-- Lectern library schema, version 2: the full-text search index (lib/search).
--
-- search_fts indexes every post in five fields: title, summary, headings, prose and code.
-- Its documents live in `posts`; the index keeps no copy of the text (contentless, with
-- contentless_delete so a post's row can be replaced by rowid alone). Snippets are cut from
-- posts.content by lib/search.
--
-- The triggers below keep it current for every writer of `posts`, with no code involved: a new
-- or changed post is indexed at once with its whole text in `prose`, and queued in
-- search_pending. lib/search (SearchIndex::refresh) later splits queued posts into headings,
-- prose and code (which needs code, not SQL) and replaces their rows; until then a post is
-- fully searchable, only without the field split.
--
-- The tokenizer keeps words as written (no stemming) so the index vocabulary is made of real
-- words: typo correction and completion work on it, and lib/search expands a word to the
-- forms that share its stem at query time. '_', '.', '/' separate tokens, so an identifier
-- such as select_related is indexed as the phrase "select related".
CREATE VIRTUAL TABLE search_fts USING fts5(
    title, summary, headings, prose, code,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Posts whose row in search_fts still holds the whole text in `prose`.
CREATE TABLE search_pending (
    post_id INTEGER PRIMARY KEY
);

-- Counters for caches kept by lib/search: `generation` changes with every indexed change.
CREATE TABLE search_state (
    key   TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO search_state(key, value) VALUES ('generation', 0);

CREATE TRIGGER search_posts_insert AFTER INSERT ON posts
BEGIN
    INSERT INTO search_fts(rowid, title, summary, headings, prose, code)
        VALUES (new.id, new.title, new.summary, '', new.content, '');
    INSERT OR IGNORE INTO search_pending(post_id) VALUES (new.id);
    UPDATE search_state SET value = value + 1 WHERE key = 'generation';
END;

CREATE TRIGGER search_posts_delete AFTER DELETE ON posts
BEGIN
    DELETE FROM search_fts WHERE rowid = old.id;
    DELETE FROM search_pending WHERE post_id = old.id;
    UPDATE search_state SET value = value + 1 WHERE key = 'generation';
END;

CREATE TRIGGER search_posts_update AFTER UPDATE OF id, title, summary, content ON posts
WHEN new.id IS NOT old.id OR new.title IS NOT old.title OR new.summary IS NOT old.summary
     OR new.content IS NOT old.content
BEGIN
    DELETE FROM search_fts WHERE rowid = old.id;
    DELETE FROM search_pending WHERE post_id = old.id;
    INSERT INTO search_fts(rowid, title, summary, headings, prose, code)
        VALUES (new.id, new.title, new.summary, '', new.content, '');
    INSERT OR IGNORE INTO search_pending(post_id) VALUES (new.id);
    UPDATE search_state SET value = value + 1 WHERE key = 'generation';
END;

-- Filters and listings change without touching the text: the cache of post metadata
-- (title, category, series, ...) follows them through the same counter.
CREATE TRIGGER search_posts_meta AFTER UPDATE OF permalink, category_id, pub_order, missing ON posts
BEGIN
    UPDATE search_state SET value = value + 1 WHERE key = 'generation';
END;

-- A library upgraded from version 1 already has posts.
INSERT INTO search_fts(rowid, title, summary, headings, prose, code)
    SELECT id, title, summary, '', content, '' FROM posts;
INSERT INTO search_pending(post_id) SELECT id FROM posts;
