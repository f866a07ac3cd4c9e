-- Scripts: the reply-script library, its usage statistics and the undo history of library changes
-- One row per script. category NULL = a general script for any category. platforms and emotions are
-- comma-separated ids/names (empty = all), tags comma-separated. position keeps the library's stable order.
CREATE TABLE script (
    id         TEXT PRIMARY KEY,
    category   TEXT,
    stage      TEXT NOT NULL,
    variant    TEXT NOT NULL,
    platforms  TEXT NOT NULL DEFAULT '',
    emotions   TEXT NOT NULL DEFAULT '',
    code       TEXT UNIQUE,
    tags       TEXT NOT NULL DEFAULT '',
    title      TEXT NOT NULL DEFAULT '',
    text       TEXT NOT NULL,
    position   INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE INDEX script_category_stage ON script(category, stage);

-- Usage statistics, kept apart from the script so a deleted and restored script keeps its history.
-- edit_ratio_sum / times_edited = how much of the text the agent changed on average when editing it.
CREATE TABLE script_usage (
    script_id      TEXT PRIMARY KEY,
    times_used     INTEGER NOT NULL DEFAULT 0,
    times_edited   INTEGER NOT NULL DEFAULT 0,
    edit_ratio_sum REAL NOT NULL DEFAULT 0,
    last_used_at   INTEGER
);

-- The library's state: seeded_at is set once the default library was loaded (or the user had scripts),
-- so emptying the library never brings the defaults back; revision changes with every library change.
CREATE TABLE script_library_state (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    seeded_at INTEGER,
    revision  INTEGER NOT NULL DEFAULT 0
);

INSERT INTO script_library_state(id, seeded_at, revision) VALUES (1, NULL, 0);

-- Undo: each change of the library (create, edit, duplicate, delete, import) with the rows as they were
-- before it. Undoing puts those rows back (before_json NULL = the script did not exist: remove it).
CREATE TABLE script_undo (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    operation TEXT NOT NULL,
    label     TEXT NOT NULL DEFAULT '',
    done_at   INTEGER NOT NULL
);

CREATE TABLE script_undo_row (
    seq         INTEGER NOT NULL REFERENCES script_undo(seq) ON DELETE CASCADE,
    script_id   TEXT NOT NULL,
    before_json TEXT,
    PRIMARY KEY (seq, script_id)
);
