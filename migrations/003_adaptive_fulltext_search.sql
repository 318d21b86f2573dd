-- Adaptive polling, article full text, and news-search sources.
ALTER TABLE sources ADD COLUMN unchanged_polls INTEGER NOT NULL DEFAULT 0;  -- polls in a row with nothing new
ALTER TABLE sources ADD COLUMN search_query TEXT;                           -- set for news-search sources
ALTER TABLE items ADD COLUMN full_text TEXT;                                -- the article page's main text, when fetched
ALTER TABLE items ADD COLUMN full_text_error TEXT;                          -- why it could not be fetched (never retried)
