-- Moves, the reports that carry them, and the delivery outbox.
CREATE TABLE moves (
  id           TEXT PRIMARY KEY,
  person       TEXT NOT NULL,
  person_key   TEXT NOT NULL,          -- normalised name, for clustering
  event        TEXT NOT NULL,
  from_org     TEXT,
  from_unit    TEXT,
  to_org       TEXT,
  to_unit      TEXT,
  role         TEXT,
  tenure       TEXT,
  status       TEXT NOT NULL DEFAULT 'reported',   -- reported | rumoured | denied
  discovered   INTEGER NOT NULL DEFAULT 0,
  confidence   REAL NOT NULL,
  evidence     TEXT NOT NULL,
  first_item_id INTEGER REFERENCES items(id) ON DELETE SET NULL,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);
CREATE INDEX moves_person ON moves(person_key, created_at);

CREATE TABLE move_reports (
  move_id    TEXT NOT NULL REFERENCES moves(id) ON DELETE CASCADE,
  item_id    INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  evidence   TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (move_id, item_id)
);

CREATE TABLE deliveries (
  id              INTEGER PRIMARY KEY,
  move_id         TEXT NOT NULL REFERENCES moves(id) ON DELETE CASCADE,
  destination     TEXT NOT NULL,
  followup        INTEGER NOT NULL DEFAULT 0,
  payload         TEXT NOT NULL,          -- the alert as JSON, frozen when queued
  state           TEXT NOT NULL DEFAULT 'pending',  -- pending | sending | sent | dead
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  message_id      TEXT,                   -- the platform's id of the posted message
  last_error      TEXT,
  created_at      TEXT NOT NULL,
  sent_at         TEXT
);
CREATE INDEX deliveries_due ON deliveries(state, next_attempt_at);
CREATE INDEX deliveries_move ON deliveries(move_id, destination);

CREATE TABLE destinations (
  name         TEXT PRIMARY KEY,
  dead         INTEGER NOT NULL DEFAULT 0,
  dead_reason  TEXT,
  client_errors INTEGER NOT NULL DEFAULT 0,
  updated_at   TEXT NOT NULL
);
