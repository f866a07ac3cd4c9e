-- Suggestion engine: the buyer's emotion as the agent corrected it (never leaves the machine). A bounded log like
-- script_choice: a similar message later reads with the corrected emotion, so this shop's reading wins.
CREATE TABLE emotion_choice (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    chosen_at   INTEGER NOT NULL,
    emotion     TEXT    NOT NULL,
    message     TEXT    NOT NULL
);
