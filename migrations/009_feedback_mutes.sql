-- What chat users say about an alert: "Not a move", "Wrong person" (shown by explain, counted by status).
CREATE TABLE feedback (
  id         INTEGER PRIMARY KEY,
  move_id    TEXT NOT NULL REFERENCES moves(id) ON DELETE CASCADE,
  channel_id INTEGER NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
  kind       TEXT NOT NULL CHECK (kind IN ('not-a-move', 'wrong-person')),
  user_id    TEXT NOT NULL,
  user_name  TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (move_id, channel_id, kind, user_id)
);

-- "Mute NAME here": a channel stops hearing about a person, whatever its watches match.
CREATE TABLE mutes (
  channel_id INTEGER NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
  person_key TEXT NOT NULL,
  name       TEXT NOT NULL,
  created_by TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (channel_id, person_key)
);
