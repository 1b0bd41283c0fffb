-- Lectern library schema, version 4: sources that refresh themselves (lib/sources), feeds,
-- fetched article pages and Markdown folders (lib/ingest).
--
-- A source's secret (password, token) is never stored here: only whether the keychain holds
-- one (has_secret). Times are Unix seconds (UTC).

-- kind: 'hugo-index', 'rss', 'atom', 'jsonfeed', 'markdown-folder' (and 'sample' for the bundled
-- library). location: the URL fetched (a feed URL after discovery from an HTML page) or the
-- folder's absolute path.
ALTER TABLE sources ADD COLUMN name TEXT NOT NULL DEFAULT '';         -- the user's name for it
ALTER TABLE sources ADD COLUMN site_url TEXT NOT NULL DEFAULT '';     -- the site's home page
ALTER TABLE sources ADD COLUMN refresh_minutes INTEGER NOT NULL DEFAULT 0; -- 0: only by hand
ALTER TABLE sources ADD COLUMN auth_kind TEXT NOT NULL DEFAULT 'none'
    CHECK (auth_kind IN ('none', 'basic', 'bearer'));
ALTER TABLE sources ADD COLUMN has_secret INTEGER NOT NULL DEFAULT 0; -- 1: the keychain has one
ALTER TABLE sources ADD COLUMN include_drafts INTEGER NOT NULL DEFAULT 0; -- Markdown folders
-- Validators of the last successful download, for conditional requests (a 304 costs nothing).
ALTER TABLE sources ADD COLUMN etag TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN last_modified TEXT NOT NULL DEFAULT '';
-- The last refresh attempt, successful or not: status 'ok', 'unchanged', 'failed',
-- 'needs-credentials', 'cancelled' ('' = never refreshed), and what it changed.
ALTER TABLE sources ADD COLUMN last_refresh INTEGER;
ALTER TABLE sources ADD COLUMN last_status TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN last_error TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN last_added INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sources ADD COLUMN last_updated INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sources ADD COLUMN last_unchanged INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sources ADD COLUMN last_gone INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sources ADD COLUMN last_duration_ms INTEGER NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX sources_name ON sources(name COLLATE NOCASE) WHERE name <> '';

-- What feeds and Markdown front matter say about a post (the index has neither).
ALTER TABLE posts ADD COLUMN published_at INTEGER;
ALTER TABLE posts ADD COLUMN author TEXT NOT NULL DEFAULT '';

-- A post's rich body: sanitized HTML (lib/render/htmlsanitizer allowlist) whose code blocks
-- were re-highlighted into ksh-* spans (lib/render/codehighlighter). posts.content holds its
-- plain text, so search covers it.
--   origin   'feed' (the feed's content or summary), 'article' (the fetched permalink page),
--            'markdown' (a Markdown folder, rendered with cmark-gfm)
--   complete 1: the whole post; 0: only a summary (an article fetch can replace it)
--   source_hash  posts.content_hash when this body was made: when they differ the post was
--            updated at its source since, and the body is stale
CREATE TABLE posts_rich (
    post_id       INTEGER PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE,
    html          TEXT NOT NULL,
    origin        TEXT NOT NULL CHECK (origin IN ('feed', 'article', 'markdown')),
    complete      INTEGER NOT NULL DEFAULT 1,
    source_hash   TEXT NOT NULL,
    fetched_at    INTEGER NOT NULL,
    etag          TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT ''
);

-- The last failed article fetch of a post, so "Fetch all" reports it and a later run retries.
CREATE TABLE article_failures (
    post_id      INTEGER PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE,
    attempted_at INTEGER NOT NULL,
    error        TEXT NOT NULL
);
