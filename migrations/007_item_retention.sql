-- Old items keep their dedup keys (so they never come back as new) but not their text.
CREATE INDEX items_first_seen ON items(first_seen_at);
