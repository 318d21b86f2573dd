-- Tenancy: a channel owns its watchlist, its chat-added sources and its digest settings.
-- The operator (config and CLI watches, routed to the config's sinks) is channel 1.

-- A Slack workspace or Discord guild the app is installed in.
CREATE TABLE installs (
  id             INTEGER PRIMARY KEY,
  platform       TEXT NOT NULL CHECK (platform IN ('slack', 'discord')),
  workspace      TEXT NOT NULL,                 -- Slack team id / Discord guild id
  bot_token      TEXT,                          -- null: the token from the environment (single-workspace install)
  bot_user_id    TEXT,
  data           TEXT NOT NULL DEFAULT '{}',    -- the platform's install record, as JSON
  installed_by   TEXT,
  installed_at   TEXT NOT NULL,
  uninstalled_at TEXT,                          -- set by an uninstall event; cleared by a reinstall
  UNIQUE (platform, workspace)
);

-- A watchlist's owner and an alert destination.
CREATE TABLE channels (
  id          INTEGER PRIMARY KEY,
  platform    TEXT NOT NULL CHECK (platform IN ('operator', 'slack', 'discord')),
  workspace   TEXT NOT NULL,
  channel     TEXT NOT NULL,
  name        TEXT,
  digest_days INTEGER NOT NULL DEFAULT 7,       -- the period /recent shows when none is given
  created_at  TEXT NOT NULL,
  UNIQUE (platform, workspace, channel)
);
INSERT INTO channels (id, platform, workspace, channel, name, created_at)
  VALUES (1, 'operator', '', 'config', 'the config''s sinks', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
-- A scope other than 'config' routed to the config sink of that name: it stays an operator channel.
INSERT INTO channels (platform, workspace, channel, name, created_at)
  SELECT DISTINCT 'operator', '', scope, scope, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM watches WHERE scope <> 'config';

CREATE TABLE watches_by_channel (
  id         INTEGER PRIMARY KEY,
  channel_id INTEGER NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
  kind       TEXT NOT NULL CHECK (kind IN ('person', 'org')),
  name       TEXT NOT NULL,
  aliases    TEXT NOT NULL DEFAULT '[]',   -- JSON array
  orgs       TEXT NOT NULL DEFAULT '[]',   -- JSON array (people only)
  strict     INTEGER NOT NULL DEFAULT 0,
  origin     TEXT NOT NULL DEFAULT 'cli',  -- config | cli | chat
  created_by TEXT,                         -- the chat user who added it
  created_at TEXT NOT NULL,
  UNIQUE (channel_id, kind, name)
);
INSERT INTO watches_by_channel (id, channel_id, kind, name, aliases, orgs, strict, origin, created_at)
  SELECT w.id, c.id, w.kind, w.name, w.aliases, w.orgs, w.strict, w.origin, w.created_at
    FROM watches w JOIN channels c ON c.platform = 'operator' AND c.channel = w.scope;
DROP TABLE watches;
ALTER TABLE watches_by_channel RENAME TO watches;
CREATE INDEX watches_channel ON watches(channel_id, kind, name);

-- Sources a channel added from chat; the source row itself is shared (one poll serves every channel).
CREATE TABLE channel_sources (
  channel_id INTEGER NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
  source_id  INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  added_by   TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (channel_id, source_id)
);

-- Which channels' watches a move matched (and which watches): what /recent in a channel shows.
CREATE TABLE move_channels (
  move_id    TEXT NOT NULL REFERENCES moves(id) ON DELETE CASCADE,
  channel_id INTEGER NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
  watched    TEXT NOT NULL DEFAULT '[]',   -- JSON [{kind, name}]
  created_at TEXT NOT NULL,
  PRIMARY KEY (channel_id, move_id)
);
-- Every move so far was routed by the operator's watches.
INSERT INTO move_channels (move_id, channel_id, created_at) SELECT id, 1, created_at FROM moves;

-- A chat destination the platform refuses (uninstalled, not in channel, missing access) is paused,
-- not dead: its queue stays and it resumes when the app is re-added or the channel watches again.
ALTER TABLE destinations ADD COLUMN paused_reason TEXT;
