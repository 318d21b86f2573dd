-- The optional language-model reader: which reader found each move, and each answer the model gave,
-- cached by what it was asked (model and prompt), so an item read again costs no second call.
ALTER TABLE moves ADD COLUMN read_by TEXT NOT NULL DEFAULT 'rules';
CREATE TABLE model_answers (
  key TEXT PRIMARY KEY,
  model TEXT NOT NULL,
  answer TEXT NOT NULL,
  created_at TEXT NOT NULL
);
