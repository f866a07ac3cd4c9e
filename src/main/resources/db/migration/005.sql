-- Chat: one conversation per case (the case is attached later when the first buyer message arrives before it),
-- its buyer and agent messages with their times (service metrics are computed from sent_at), and the evidence
-- images a message refers to (file names under the data folder's attachments/).
CREATE TABLE conversation (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER REFERENCES case_file(id) ON DELETE SET NULL,
    platform    TEXT    NOT NULL,
    buyer_nick  TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    archived    INTEGER NOT NULL DEFAULT 0,
    demo        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX conversation_case ON conversation(case_id);
CREATE INDEX conversation_buyer ON conversation(platform, buyer_nick);

CREATE TABLE chat_message (
    id              INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
    role            TEXT    NOT NULL CHECK (role IN ('BUYER', 'AGENT')),
    text            TEXT    NOT NULL,
    sent_at         INTEGER NOT NULL,
    source          TEXT    NOT NULL CHECK (source IN ('PASTE', 'CLIPBOARD', 'IMPORT', 'COMPOSER')),
    script_id       TEXT,
    edit_ratio      REAL,
    created_at      INTEGER NOT NULL,
    demo            INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX chat_message_conversation ON chat_message(conversation_id, sent_at);
CREATE INDEX chat_message_sent ON chat_message(sent_at);

CREATE TABLE chat_evidence (
    message_id INTEGER NOT NULL REFERENCES chat_message(id) ON DELETE CASCADE,
    file_name  TEXT    NOT NULL,
    PRIMARY KEY (message_id, file_name)
);
