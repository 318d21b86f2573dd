-- A source removed by the operator keeps its row (so its items' keys stay, and adding it back
-- never re-alerts what it already carried); it is hidden and not polled.
ALTER TABLE sources ADD COLUMN removed_at TEXT;
