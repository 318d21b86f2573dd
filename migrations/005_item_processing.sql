-- Items are stored and then read for moves; a crash between the two must not lose the reading.
ALTER TABLE items ADD COLUMN alertable INTEGER NOT NULL DEFAULT 0;
ALTER TABLE items ADD COLUMN processed_at TEXT;
UPDATE items SET processed_at = first_seen_at;
CREATE INDEX items_unprocessed ON items(processed_at) WHERE processed_at IS NULL;
