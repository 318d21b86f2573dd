-- An item whose reading keeps failing is given up after a few cycles instead of forever.
ALTER TABLE items ADD COLUMN read_attempts INTEGER NOT NULL DEFAULT 0;
