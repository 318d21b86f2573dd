-- Sources, the items they carried, and the watchlist.
CREATE TABLE sources (
  id              INTEGER PRIMARY KEY,
  url             TEXT NOT NULL UNIQUE,
  name            TEXT,
  language        TEXT,
  origin          TEXT NOT NULL DEFAULT 'config',   -- config | cli | chat
  enabled         INTEGER NOT NULL DEFAULT 1,
  interval_ms     INTEGER,                          -- null: the configured default
  etag            TEXT,
  last_modified   TEXT,
  last_polled_at  TEXT,
  last_success_at TEXT,
  last_error      TEXT,
  failures        INTEGER NOT NULL DEFAULT 0,
  next_poll_at    TEXT,
  disabled_reason TEXT,
  item_count      INTEGER NOT NULL DEFAULT 0,
  created_at      TEXT NOT NULL
);

CREATE TABLE items (
  id            INTEGER PRIMARY KEY,
  source_id     INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  dedup_key     TEXT NOT NULL,          -- guid, else link, else hash of title+date
  canonical_url TEXT,
  fingerprint   TEXT,
  title         TEXT NOT NULL,
  url           TEXT,
  publisher     TEXT,
  published_at  TEXT,
  language      TEXT,
  text          TEXT NOT NULL,
  first_seen_at TEXT NOT NULL,
  duplicate_of  INTEGER REFERENCES items(id) ON DELETE SET NULL,
  UNIQUE (source_id, dedup_key)
);
CREATE INDEX items_canonical_url ON items(canonical_url);
CREATE INDEX items_fingerprint ON items(fingerprint);

CREATE TABLE watches (
  id         INTEGER PRIMARY KEY,
  kind       TEXT NOT NULL CHECK (kind IN ('person', 'org')),
  name       TEXT NOT NULL,
  aliases    TEXT NOT NULL DEFAULT '[]',   -- JSON array
  orgs       TEXT NOT NULL DEFAULT '[]',   -- JSON array (people only)
  strict     INTEGER NOT NULL DEFAULT 0,
  scope      TEXT NOT NULL DEFAULT 'config', -- 'config' routes to the config's sinks; 'slack:C…' / 'discord:…' to a channel
  origin     TEXT NOT NULL DEFAULT 'cli',    -- config | cli | chat
  created_at TEXT NOT NULL,
  UNIQUE (kind, name, scope)
);
