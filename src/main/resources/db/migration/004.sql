-- Suggestion engine: local learning from the scripts the agent chose (never leaves the machine).
-- A bounded log: the engine keeps the most recent rows and deletes older ones when it records a choice.
CREATE TABLE script_choice (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    chosen_at  INTEGER NOT NULL,
    script_id  TEXT    NOT NULL,
    category   TEXT    NOT NULL,
    message    TEXT    NOT NULL
);
CREATE INDEX script_choice_script ON script_choice (script_id);
