package com.afterdesk.cases;

import com.afterdesk.deadlines.Actor;
import com.afterdesk.deadlines.CaseClock;
import com.afterdesk.deadlines.CaseState;
import com.afterdesk.deadlines.ClockKind;
import com.afterdesk.deadlines.ClockSource;
import com.afterdesk.deadlines.Outcome;
import com.afterdesk.deadlines.RequestType;
import com.afterdesk.deadlines.TimeoutAction;
import com.afterdesk.deadlines.Urgency;
import com.afterdesk.deadlines.UrgencyPolicy;
import com.afterdesk.domain.Category;
import com.afterdesk.domain.Emotion;
import com.afterdesk.domain.Platform;
import com.afterdesk.domain.Remedy;
import com.afterdesk.storage.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * SQL for cases, their clocks, history, evidence and follow-ups. Methods taking a {@link Connection} run inside
 * the caller's transaction. The head clock columns of case_file are rewritten with every clock change.
 */
public final class CaseRepository {

    static final String CASE_COLUMNS = "id, platform, shop, order_no, customer_id, buyer_nick, product, sku, "
            + "amount_fen, postage_fen, request_type, shipped, category, secondary_categories, emotion, state, "
            + "opened_at, updated_at, notes, outcome, remedy_offered, remedy_accepted, intervened, demo";
    static final String CLOCK_COLUMNS = "id, kind, actor, started_at, due_at, length_ms, on_timeout, source, rule_id, "
            + "computed_due, paused_at, paused_total, done_at, done_reason";

    private final Database db;

    public CaseRepository(Database db) {
        this.db = db;
    }

    public Database database() {
        return db;
    }

    // ---- cases

    static long insertCase(Connection c, NewCase n, Long customerId, String buyerNick, CaseState state,
                           Instant openedAt, Instant now, boolean demo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_file(platform, shop, order_no, customer_id, "
                + "buyer_nick, product, sku, amount_fen, postage_fen, request_type, shipped, category, "
                + "secondary_categories, emotion, state, opened_at, updated_at, notes, demo) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, n.platform().id());
            ps.setString(2, nz(n.shop()));
            ps.setString(3, n.orderNo());
            if (customerId == null) {
                ps.setNull(4, Types.INTEGER);
            } else {
                ps.setLong(4, customerId);
            }
            ps.setString(5, nz(buyerNick));
            ps.setString(6, nz(n.product()));
            ps.setString(7, nz(n.sku()));
            ps.setLong(8, n.amountFen());
            ps.setLong(9, n.postageFen());
            ps.setString(10, n.type().name());
            ps.setInt(11, n.shipped() ? 1 : 0);
            ps.setString(12, (n.category() == null ? Category.OTHER : n.category()).name());
            ps.setString(13, joinCategories(n.secondaryCategories()));
            ps.setString(14, n.emotion() == null ? null : n.emotion().name());
            ps.setString(15, state.name());
            ps.setLong(16, openedAt.toEpochMilli());
            ps.setLong(17, now.toEpochMilli());
            ps.setString(18, nz(n.notes()));
            ps.setInt(19, demo ? 1 : 0);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static Optional<CaseRecord> findCase(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + CASE_COLUMNS + " FROM case_file WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(mapCase(rs)) : Optional.empty();
            }
        }
    }

    static void updateState(Connection c, long id, CaseState state, Outcome outcome, boolean intervened,
                            boolean shipped, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE case_file SET state = ?, outcome = ?, "
                + "intervened = max(intervened, ?), shipped = ?, updated_at = ? WHERE id = ?")) {
            ps.setString(1, state.name());
            ps.setString(2, outcome == null ? null : outcome.name());
            ps.setInt(3, intervened ? 1 : 0);
            ps.setInt(4, shipped ? 1 : 0);
            ps.setLong(5, now.toEpochMilli());
            ps.setLong(6, id);
            ps.executeUpdate();
        }
    }

    /** Updates one editable text/enum column (whitelisted names only). */
    static void updateColumn(Connection c, long id, String column, String value, Instant now) throws SQLException {
        if (!Set.of("notes", "category", "secondary_categories", "emotion", "product", "sku", "shop", "outcome",
                "remedy_offered", "remedy_accepted").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE case_file SET " + column + " = ?, updated_at = ? "
                + "WHERE id = ?")) {
            ps.setString(1, value);
            ps.setLong(2, now.toEpochMilli());
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    private static CaseRecord mapCase(ResultSet rs) throws SQLException {
        long customer = rs.getLong(5);
        Long customerId = rs.wasNull() ? null : customer;
        return new CaseRecord(rs.getLong(1), Platform.fromId(rs.getString(2)), rs.getString(3), rs.getString(4),
                customerId, rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9), rs.getLong(10),
                RequestType.valueOf(rs.getString(11)), rs.getInt(12) == 1, Category.valueOf(rs.getString(13)),
                splitCategories(rs.getString(14)), rs.getString(15) == null ? null : Emotion.valueOf(rs.getString(15)),
                CaseState.valueOf(rs.getString(16)), Instant.ofEpochMilli(rs.getLong(17)),
                Instant.ofEpochMilli(rs.getLong(18)), rs.getString(19),
                rs.getString(20) == null ? null : Outcome.valueOf(rs.getString(20)),
                rs.getString(21) == null ? null : Remedy.valueOf(rs.getString(21)),
                rs.getString(22) == null ? null : Remedy.valueOf(rs.getString(22)), rs.getInt(23) == 1,
                rs.getInt(24) == 1);
    }

    static String joinCategories(Set<Category> set) {
        if (set == null || set.isEmpty()) {
            return "";
        }
        return set.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<Category> splitCategories(String text) {
        Set<Category> out = EnumSet.noneOf(Category.class);
        if (text != null && !text.isBlank()) {
            for (String s : text.split(",")) {
                out.add(Category.valueOf(s.trim()));
            }
        }
        return out;
    }

    // ---- clocks

    static List<CaseClock> clocks(Connection c, long caseId) throws SQLException {
        List<CaseClock> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + CLOCK_COLUMNS
                + " FROM case_clock WHERE case_id = ? ORDER BY id")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mapClock(rs));
                }
            }
        }
        return out;
    }

    private static CaseClock mapClock(ResultSet rs) throws SQLException {
        return new CaseClock(rs.getLong(1), ClockKind.valueOf(rs.getString(2)), Actor.valueOf(rs.getString(3)),
                Instant.ofEpochMilli(rs.getLong(4)), Instant.ofEpochMilli(rs.getLong(5)),
                Duration.ofMillis(rs.getLong(6)), TimeoutAction.valueOf(rs.getString(7)),
                ClockSource.valueOf(rs.getString(8)), rs.getString(9), instant(rs, 10), instant(rs, 11),
                Duration.ofMillis(rs.getLong(12)), instant(rs, 13), rs.getString(14));
    }

    /** Inserts new clocks (id 0) and updates the others; returns the list with ids; rewrites the head columns. */
    static List<CaseClock> saveClocks(Connection c, long caseId, List<CaseClock> clocks) throws SQLException {
        List<CaseClock> out = new ArrayList<>();
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO case_clock(case_id, kind, actor, started_at, "
                + "due_at, length_ms, on_timeout, source, rule_id, computed_due, paused_at, paused_total, done_at, "
                + "done_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS);
             PreparedStatement upd = c.prepareStatement("UPDATE case_clock SET kind = ?, actor = ?, started_at = ?, "
                     + "due_at = ?, length_ms = ?, on_timeout = ?, source = ?, rule_id = ?, computed_due = ?, "
                     + "paused_at = ?, paused_total = ?, done_at = ?, done_reason = ? WHERE id = ? AND case_id = ?")) {
            for (CaseClock k : clocks) {
                if (k.id() == 0) {
                    ins.setLong(1, caseId);
                    bindClock(ins, 2, k);
                    ins.executeUpdate();
                    try (ResultSet rs = ins.getGeneratedKeys()) {
                        rs.next();
                        out.add(k.withId(rs.getLong(1)));
                    }
                } else {
                    bindClock(upd, 1, k);
                    upd.setLong(14, k.id());
                    upd.setLong(15, caseId);
                    upd.executeUpdate();
                    out.add(k);
                }
            }
        }
        updateHead(c, caseId, out);
        return out;
    }

    private static void bindClock(PreparedStatement ps, int i, CaseClock k) throws SQLException {
        ps.setString(i, k.kind().name());
        ps.setString(i + 1, k.actor().name());
        ps.setLong(i + 2, k.startedAt().toEpochMilli());
        ps.setLong(i + 3, k.dueAt().toEpochMilli());
        ps.setLong(i + 4, k.length().toMillis());
        ps.setString(i + 5, k.onTimeout().name());
        ps.setString(i + 6, k.source().name());
        ps.setString(i + 7, k.ruleId());
        setInstant(ps, i + 8, k.computedDue());
        setInstant(ps, i + 9, k.pausedAt());
        ps.setLong(i + 10, k.pausedTotal().toMillis());
        setInstant(ps, i + 11, k.doneAt());
        ps.setString(i + 12, k.doneReason());
    }

    /** The clock the case log shows: running before paused, seller before platform before buyer, soonest due. */
    static Optional<CaseClock> head(List<CaseClock> clocks) {
        return clocks.stream().filter(CaseClock::running)
                .min(Comparator.<CaseClock, Boolean>comparing(CaseClock::paused)
                        .thenComparing(CaseClock::actor)
                        .thenComparing(k -> k.paused() ? Duration.between(k.pausedAt(), k.dueAt()).toMillis()
                                : k.dueAt().toEpochMilli()));
    }

    private static void updateHead(Connection c, long caseId, List<CaseClock> clocks) throws SQLException {
        Optional<CaseClock> head = head(clocks);
        try (PreparedStatement ps = c.prepareStatement("UPDATE case_file SET head_clock_id = ?, head_kind = ?, "
                + "head_actor = ?, head_actor_rank = ?, head_due = ?, head_len = ?, head_paused_at = ?, "
                + "head_on_timeout = ?, head_source = ? WHERE id = ?")) {
            if (head.isPresent()) {
                CaseClock h = head.get();
                ps.setLong(1, h.id());
                ps.setString(2, h.kind().name());
                ps.setString(3, h.actor().name());
                ps.setInt(4, h.actor().ordinal());
                ps.setLong(5, h.dueAt().toEpochMilli());
                ps.setLong(6, h.length().toMillis());
                setInstant(ps, 7, h.pausedAt());
                ps.setString(8, h.onTimeout().name());
                ps.setString(9, h.source().name());
            } else {
                for (int i = 1; i <= 9; i++) {
                    ps.setNull(i, Types.NULL);
                }
            }
            ps.setLong(10, caseId);
            ps.executeUpdate();
        }
    }

    // ---- history

    static void appendHistory(Connection c, long caseId, Instant at, String actor, String event, String details,
                              CaseState from, CaseState to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_history(case_id, at, actor, event, details, "
                + "from_state, to_state) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, caseId);
            ps.setLong(2, at.toEpochMilli());
            ps.setString(3, actor);
            ps.setString(4, event);
            ps.setString(5, details == null ? "" : details);
            ps.setString(6, from == null ? null : from.name());
            ps.setString(7, to == null ? null : to.name());
            ps.executeUpdate();
        }
    }

    static List<HistoryEntry> history(Connection c, long caseId) throws SQLException {
        List<HistoryEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, case_id, at, actor, event, details, from_state, "
                + "to_state FROM case_history WHERE case_id = ? ORDER BY id")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new HistoryEntry(rs.getLong(1), rs.getLong(2), Instant.ofEpochMilli(rs.getLong(3)),
                            rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7) == null ? null : CaseState.valueOf(rs.getString(7)),
                            rs.getString(8) == null ? null : CaseState.valueOf(rs.getString(8))));
                }
            }
        }
        return out;
    }

    /** The time of the latest event-like history entry (events must not go back before it). */
    static Optional<Instant> lastEventAt(Connection c, long caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT max(at) FROM case_history WHERE case_id = ? AND to_state IS NOT NULL")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    long v = rs.getLong(1);
                    return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v));
                }
                return Optional.empty();
            }
        }
    }

    // ---- evidence

    static Set<String> checkedEvidence(Connection c, long caseId, List<Instant> times, List<String> keys)
            throws SQLException {
        Set<String> out = new java.util.LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT item, checked_at FROM case_evidence WHERE case_id = ? ORDER BY item")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                    keys.add(rs.getString(1));
                    times.add(Instant.ofEpochMilli(rs.getLong(2)));
                }
            }
        }
        return out;
    }

    static void setEvidenceChecked(Connection c, long caseId, String item, boolean checked, Instant now)
            throws SQLException {
        String sql = checked
                ? "INSERT INTO case_evidence(case_id, item, checked_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"
                : "DELETE FROM case_evidence WHERE case_id = ? AND item = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, caseId);
            ps.setString(2, item);
            if (checked) {
                ps.setLong(3, now.toEpochMilli());
            }
            ps.executeUpdate();
        }
    }

    static long insertEvidenceFile(Connection c, long caseId, String item, String fileName, String stored, long size,
                                   Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_evidence_file(case_id, item, file_name, stored, "
                + "size, added_at) VALUES (?, ?, ?, ?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, caseId);
            ps.setString(2, item);
            ps.setString(3, fileName);
            ps.setString(4, stored);
            ps.setLong(5, size);
            ps.setLong(6, now.toEpochMilli());
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static List<EvidenceFile> evidenceFiles(Connection c, long caseId, Path attachmentsRoot) throws SQLException {
        List<EvidenceFile> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, case_id, item, file_name, stored, size, added_at "
                + "FROM case_evidence_file WHERE case_id = ? ORDER BY id")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new EvidenceFile(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            attachmentsRoot.resolve(rs.getString(5)), rs.getLong(6),
                            Instant.ofEpochMilli(rs.getLong(7))));
                }
            }
        }
        return out;
    }

    // ---- follow-ups

    static long insertFollowUp(Connection c, long caseId, Instant due, FollowUpReason reason, String note, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO follow_up(case_id, due_at, reason, note, created_at) "
                + "VALUES (?, ?, ?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, caseId);
            ps.setLong(2, due.toEpochMilli());
            ps.setString(3, reason.name());
            ps.setString(4, note == null ? "" : note);
            ps.setLong(5, now.toEpochMilli());
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static List<FollowUp> followUps(Connection c, String where, Object... args) throws SQLException {
        List<FollowUp> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, case_id, due_at, reason, note, created_at, done_at "
                + "FROM follow_up WHERE " + where)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new FollowUp(rs.getLong(1), rs.getLong(2), Instant.ofEpochMilli(rs.getLong(3)),
                            FollowUpReason.valueOf(rs.getString(4)), rs.getString(5),
                            Instant.ofEpochMilli(rs.getLong(6)), instant(rs, 7)));
                }
            }
        }
        return out;
    }

    static void updateFollowUp(Connection c, long id, Instant due, Instant doneAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE follow_up SET due_at = ?, done_at = ? WHERE id = ?")) {
            ps.setLong(1, due.toEpochMilli());
            setInstant(ps, 2, doneAt);
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    // ---- the case log

    /** One page of the log, filtered, most urgent seller clock first; reads only the page's rows. */
    public CaseLogPage log(CaseLogQuery q, Instant now, UrgencyPolicy policy) {
        List<Object> params = new ArrayList<>();
        String inner = innerQuery(q, now, policy, params);
        String outerWhere = urgencyFilter(q.urgencies());
        return db.read(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM (" + inner + ")" + outerWhere)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    total = rs.next() ? rs.getLong(1) : 0;
                }
            }
            List<CaseLogRow> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM (" + inner + ")" + outerWhere
                    + " ORDER BY lvl, head_actor_rank, sort_key, opened_at DESC, id DESC LIMIT ? OFFSET ?")) {
                List<Object> all = new ArrayList<>(params);
                all.add(q.limit());
                all.add(q.offset());
                bind(ps, all);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(mapRow(rs));
                    }
                }
            }
            return new CaseLogPage(rows, total, q.offset(), q.limit());
        });
    }

    private static String innerQuery(CaseLogQuery q, Instant now, UrgencyPolicy policy, List<Object> params) {
        long n = now.toEpochMilli();
        StringBuilder sql = new StringBuilder("SELECT id, platform, order_no, buyer_nick, product, amount_fen, "
                + "request_type, shipped, category, emotion, state, opened_at, head_clock_id, head_kind, head_actor, "
                + "head_due, head_len, head_on_timeout, head_source, head_paused_at, head_actor_rank, "
                + "CASE WHEN head_due IS NULL THEN 5 WHEN head_paused_at IS NOT NULL THEN 4 "
                + "WHEN head_due <= " + n + " THEN 0 "
                + "WHEN head_due - " + n + " < " + policy.critical().toMillis() + " OR head_due - " + n
                + " < head_len * " + policy.criticalShare() + " THEN 1 "
                + "WHEN head_due - " + n + " < " + policy.warning().toMillis() + " OR head_due - " + n
                + " < head_len * " + policy.warningShare() + " THEN 2 ELSE 3 END AS lvl, "
                + "CASE WHEN head_paused_at IS NULL THEN head_due ELSE head_due - head_paused_at END AS sort_key, "
                + "secondary_categories FROM case_file WHERE 1 = 1");
        if (!q.platforms().isEmpty()) {
            sql.append(" AND platform IN (").append(placeholders(q.platforms().size())).append(')');
            q.platforms().forEach(p -> params.add(p.id()));
        }
        if (!q.states().isEmpty()) {
            sql.append(" AND state IN (").append(placeholders(q.states().size())).append(')');
            q.states().forEach(s -> params.add(s.name()));
        }
        if (!q.categories().isEmpty()) {
            // a case is about a category when it is its primary or one of its secondary ones ("A,B", see joinCategories)
            sql.append(" AND (category IN (").append(placeholders(q.categories().size())).append(')');
            q.categories().forEach(s -> params.add(s.name()));
            for (Category cat : q.categories()) {
                sql.append(" OR ',' || secondary_categories || ',' LIKE ? ESCAPE '\\'");
                params.add("%," + cat.name().replace("_", "\\_") + ",%");
            }
            sql.append(')');
        }
        if (q.text() != null) {
            String like = "%" + q.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            sql.append(" AND (order_no LIKE ? ESCAPE '\\' OR buyer_nick LIKE ? ESCAPE '\\' OR product LIKE ? ESCAPE '\\')");
            params.add(like);
            params.add(like);
            params.add(like);
        }
        if (q.dueWithin() != null) {
            sql.append(" AND head_due IS NOT NULL AND head_paused_at IS NULL AND head_due <= ?");
            params.add(n + q.dueWithin().toMillis());
        }
        return sql.toString();
    }

    private static String urgencyFilter(Set<Urgency> urgencies) {
        if (urgencies.isEmpty()) {
            return "";
        }
        return " WHERE lvl IN (" + urgencies.stream().map(u -> switch (u) {
            case OVERDUE -> "0";
            case CRITICAL -> "1";
            case WARNING -> "2";
            case OK -> "3";
            case PAUSED -> "4";
            case DONE -> "5";
        }).collect(Collectors.joining(",")) + ")";
    }

    private static CaseLogRow mapRow(ResultSet rs) throws SQLException {
        HeadClock head = null;
        long clockId = rs.getLong(13);
        if (!rs.wasNull()) {
            head = new HeadClock(clockId, ClockKind.valueOf(rs.getString(14)), Actor.valueOf(rs.getString(15)),
                    Instant.ofEpochMilli(rs.getLong(16)), Duration.ofMillis(rs.getLong(17)),
                    TimeoutAction.valueOf(rs.getString(18)), ClockSource.valueOf(rs.getString(19)), instant(rs, 20));
        }
        return new CaseLogRow(rs.getLong(1), Platform.fromId(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getLong(6), RequestType.valueOf(rs.getString(7)), rs.getInt(8) == 1,
                Category.valueOf(rs.getString(9)), rs.getString(10) == null ? null : Emotion.valueOf(rs.getString(10)),
                CaseState.valueOf(rs.getString(11)), Instant.ofEpochMilli(rs.getLong(12)), head,
                splitCategories(rs.getString("secondary_categories")));
    }

    /** Running clocks (paused ones included) due before {@code until} (null = all), soonest first. */
    public List<DueClock> runningClocks(Instant now, Instant until, UrgencyPolicy policy) {
        return db.read(c -> {
            List<DueClock> out = new ArrayList<>();
            String sql = "SELECT k.case_id, f.order_no, k." + CLOCK_COLUMNS.replace(", ", ", k.")
                    + " FROM case_clock k JOIN case_file f ON f.id = k.case_id WHERE k.done_at IS NULL"
                    + (until == null ? "" : " AND k.due_at <= ?") + " ORDER BY k.due_at";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (until != null) {
                    ps.setLong(1, until.toEpochMilli());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        CaseClock k = mapClock(rs, 3);
                        out.add(new DueClock(rs.getLong(1), rs.getString(2), k.id(), k.kind(), k.actor(), k.dueAt(),
                                k.length(), k.onTimeout(), k.source(), k.paused(), policy.of(k, now),
                                k.remaining(now)));
                    }
                }
            }
            return out;
        });
    }

    private static CaseClock mapClock(ResultSet rs, int o) throws SQLException {
        int b = o - 1;
        return new CaseClock(rs.getLong(b + 1), ClockKind.valueOf(rs.getString(b + 2)),
                Actor.valueOf(rs.getString(b + 3)), Instant.ofEpochMilli(rs.getLong(b + 4)),
                Instant.ofEpochMilli(rs.getLong(b + 5)), Duration.ofMillis(rs.getLong(b + 6)),
                TimeoutAction.valueOf(rs.getString(b + 7)), ClockSource.valueOf(rs.getString(b + 8)),
                rs.getString(b + 9), instant(rs, b + 10), instant(rs, b + 11), Duration.ofMillis(rs.getLong(b + 12)),
                instant(rs, b + 13), rs.getString(b + 14));
    }

    /** The soonest running, not paused seller clock. */
    public Optional<DueClock> nextSellerDeadline(Instant now, UrgencyPolicy policy) {
        return db.read(c -> {
            String sql = "SELECT k.case_id, f.order_no, k." + CLOCK_COLUMNS.replace(", ", ", k.")
                    + " FROM case_clock k JOIN case_file f ON f.id = k.case_id WHERE k.done_at IS NULL"
                    + " AND k.paused_at IS NULL AND k.actor = 'SELLER' ORDER BY k.due_at LIMIT 1";
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                CaseClock k = mapClock(rs, 3);
                return Optional.of(new DueClock(rs.getLong(1), rs.getString(2), k.id(), k.kind(), k.actor(),
                        k.dueAt(), k.length(), k.onTimeout(), k.source(), false, policy.of(k, now), k.remaining(now)));
            }
        });
    }

    public long count() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM case_file");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    // ---- helpers

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    static Instant instant(ResultSet rs, int col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    static void setInstant(PreparedStatement ps, int i, Instant v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setLong(i, v.toEpochMilli());
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
