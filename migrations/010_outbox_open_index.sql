-- The dispatcher reads each destination's oldest open row; a partial index keeps that one walk
-- however many alerts are queued (a correlated min(id) per row was quadratic in the backlog).
CREATE INDEX deliveries_open ON deliveries(destination, id) WHERE state IN ('pending', 'sending');
