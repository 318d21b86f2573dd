-- Watches are looked up by name regardless of case ("labwatch watch remove chi-hao wu"): without an
-- index in that collation, every lookup scanned the table, and syncing 50,000 watches took minutes.
CREATE INDEX watches_name_nocase ON watches(channel_id, kind, name COLLATE NOCASE);
