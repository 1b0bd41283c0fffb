-- Lectern library schema, version 6: the reader's notes and highlights are searchable.
--
-- One row per post that has a note or a highlight: the post's note, then its highlighted passages
-- in text order, each followed by its note, joined by ' · ' (what a search snippet shows).
-- lib/search matches it beside search_fts (has:notes, and a post whose notes match a query is a
-- result with the note as its snippet). Same tokenizer as search_fts.
-- Triggers keep it current on every write to notes and highlights, so no refresh step is needed.
CREATE VIRTUAL TABLE notes_fts USING fts5(
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE notes_fts_dirty (post_id INTEGER PRIMARY KEY);

-- Rebuilds the rows of the posts named in notes_fts_dirty, then empties it. Triggers cannot
-- share a subroutine, so each one marks its post and fires this one.
CREATE TRIGGER notes_fts_rebuild AFTER INSERT ON notes_fts_dirty BEGIN
    DELETE FROM notes_fts WHERE rowid = NEW.post_id;
    INSERT INTO notes_fts(rowid, body)
        SELECT NEW.post_id, b FROM (
            SELECT group_concat(t, ' · ') AS b FROM (
                SELECT 1 AS k, 0 AS o, body AS t FROM notes
                    WHERE post_id = NEW.post_id AND coalesce(highlight_id, 0) = 0
                UNION ALL
                SELECT 2, h.start_pos, h.quote || coalesce(' · ' || n.body, '')
                    FROM highlights h LEFT JOIN notes n ON n.highlight_id = h.id
                    WHERE h.post_id = NEW.post_id
                ORDER BY 1, 2))
        WHERE b IS NOT NULL;
    DELETE FROM notes_fts_dirty WHERE post_id = NEW.post_id;
END;

CREATE TRIGGER notes_fts_note_insert AFTER INSERT ON notes BEGIN
    INSERT OR IGNORE INTO notes_fts_dirty(post_id) VALUES (NEW.post_id);
END;
CREATE TRIGGER notes_fts_note_update AFTER UPDATE OF body, post_id, highlight_id ON notes BEGIN
    INSERT OR IGNORE INTO notes_fts_dirty(post_id) VALUES (OLD.post_id);
    INSERT OR IGNORE INTO notes_fts_dirty(post_id) VALUES (NEW.post_id);
END;
CREATE TRIGGER notes_fts_note_delete AFTER DELETE ON notes BEGIN
    INSERT OR IGNORE INTO notes_fts_dirty(post_id) VALUES (OLD.post_id);
END;
CREATE TRIGGER notes_fts_highlight_insert AFTER INSERT ON highlights BEGIN
    INSERT OR IGNORE INTO notes_fts_dirty(post_id) VALUES (NEW.post_id);
END;
CREATE TRIGGER notes_fts_highlight_update AFTER UPDATE OF quote, post_id, start_pos ON highlights
BEGIN
    INSERT OR IGNORE INTO notes_fts_dirty(post_id) VALUES (OLD.post_id);
    INSERT OR IGNORE INTO notes_fts_dirty(post_id) VALUES (NEW.post_id);
END;
CREATE TRIGGER notes_fts_highlight_delete AFTER DELETE ON highlights BEGIN
    INSERT OR IGNORE INTO notes_fts_dirty(post_id) VALUES (OLD.post_id);
END;

-- What libraries of an older schema already hold.
INSERT OR IGNORE INTO notes_fts_dirty(post_id)
    SELECT post_id FROM notes UNION SELECT post_id FROM highlights;
