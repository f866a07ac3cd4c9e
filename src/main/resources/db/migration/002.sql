-- Cases, clocks, customers, rule edits, alerts, evidence and follow-ups (issue 3)
CREATE TABLE customer (
    id         INTEGER PRIMARY KEY,
    platform   TEXT NOT NULL,
    nick       TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    notes      TEXT NOT NULL DEFAULT '',
    demo       INTEGER NOT NULL DEFAULT 0,
    UNIQUE (platform, nick)
);
-- One after-sales case. head_* = its most urgent running clock (seller first), kept in step with case_clock by
-- the repository so the case log can sort and page 100,000 cases without touching case_clock.
CREATE TABLE case_file (
    id                   INTEGER PRIMARY KEY,
    platform             TEXT NOT NULL,
    shop                 TEXT NOT NULL DEFAULT '',
    order_no             TEXT NOT NULL,
    customer_id          INTEGER REFERENCES customer (id),
    buyer_nick           TEXT NOT NULL DEFAULT '',
    product              TEXT NOT NULL DEFAULT '',
    sku                  TEXT NOT NULL DEFAULT '',
    amount_fen           INTEGER NOT NULL DEFAULT 0 CHECK (amount_fen >= 0),
    postage_fen          INTEGER NOT NULL DEFAULT 0 CHECK (postage_fen >= 0),
    request_type         TEXT NOT NULL,
    shipped              INTEGER NOT NULL DEFAULT 0,
    category             TEXT NOT NULL DEFAULT 'OTHER',
    secondary_categories TEXT NOT NULL DEFAULT '',
    emotion              TEXT,
    state                TEXT NOT NULL,
    opened_at            INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL,
    notes                TEXT NOT NULL DEFAULT '',
    outcome              TEXT,
    remedy_offered       TEXT,
    remedy_accepted      TEXT,
    intervened           INTEGER NOT NULL DEFAULT 0,
    head_clock_id        INTEGER,
    head_kind            TEXT,
    head_actor           TEXT,
    head_actor_rank      INTEGER,
    head_due             INTEGER,
    head_len             INTEGER,
    head_paused_at       INTEGER,
    head_on_timeout      TEXT,
    head_source          TEXT,
    demo                 INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX case_file_head_due ON case_file (head_due) WHERE head_due IS NOT NULL;
CREATE INDEX case_file_order ON case_file (order_no);
CREATE INDEX case_file_customer ON case_file (customer_id);
CREATE INDEX case_file_opened ON case_file (opened_at);
CREATE TABLE case_clock (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL,
    actor        TEXT NOT NULL,
    started_at   INTEGER NOT NULL,
    due_at       INTEGER NOT NULL,
    length_ms    INTEGER NOT NULL,
    on_timeout   TEXT NOT NULL,
    source       TEXT NOT NULL,
    rule_id      TEXT,
    computed_due INTEGER,
    paused_at    INTEGER,
    paused_total INTEGER NOT NULL DEFAULT 0,
    done_at      INTEGER,
    done_reason  TEXT
);
CREATE INDEX case_clock_case ON case_clock (case_id);
CREATE INDEX case_clock_running_due ON case_clock (due_at) WHERE done_at IS NULL;
-- Append-only: the repository only ever inserts here.
CREATE TABLE case_history (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    at         INTEGER NOT NULL,
    actor      TEXT NOT NULL,
    event      TEXT NOT NULL,
    details    TEXT NOT NULL DEFAULT '',
    from_state TEXT,
    to_state   TEXT
);
CREATE INDEX case_history_case ON case_history (case_id, id);
CREATE TABLE case_evidence (
    case_id    INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    item       TEXT NOT NULL,
    checked_at INTEGER NOT NULL,
    PRIMARY KEY (case_id, item)
);
CREATE TABLE case_evidence_file (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    item      TEXT,
    file_name TEXT NOT NULL,
    stored    TEXT NOT NULL,
    size      INTEGER NOT NULL,
    added_at  INTEGER NOT NULL
);
CREATE INDEX case_evidence_file_case ON case_evidence_file (case_id);
CREATE TABLE follow_up (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    due_at     INTEGER NOT NULL,
    reason     TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    done_at    INTEGER,
    demo       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX follow_up_open_due ON follow_up (due_at) WHERE done_at IS NULL;
CREATE INDEX follow_up_case ON follow_up (case_id);
-- This shop's duration edits of preset (or imported) rules.
CREATE TABLE rule_override (
    platform   TEXT NOT NULL,
    rule_id    TEXT NOT NULL,
    duration   TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (platform, rule_id)
);
-- An imported rule file replaces the preset of its platform (validated before it is stored).
CREATE TABLE rule_file (
    platform    TEXT PRIMARY KEY,
    content     TEXT NOT NULL,
    imported_at INTEGER NOT NULL
);
-- Which alert thresholds each clock has already been alerted for (never twice).
CREATE TABLE clock_alert (
    clock_id   INTEGER NOT NULL REFERENCES case_clock (id) ON DELETE CASCADE,
    threshold  TEXT NOT NULL,
    alerted_at INTEGER NOT NULL,
    PRIMARY KEY (clock_id, threshold)
);
