-- One poller/dispatcher per database: a second would resend what the first has in flight.
CREATE TABLE instance_lock (
  id           INTEGER PRIMARY KEY CHECK (id = 1),
  pid          INTEGER NOT NULL,
  host         TEXT NOT NULL,
  command      TEXT NOT NULL,
  heartbeat_at TEXT NOT NULL
);
