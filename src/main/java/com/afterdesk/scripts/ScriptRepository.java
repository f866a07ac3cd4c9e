package com.afterdesk.scripts;

import com.afterdesk.domain.Category;
import com.afterdesk.domain.Emotion;
import com.afterdesk.domain.Platform;
import com.afterdesk.domain.Stage;
import com.afterdesk.storage.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The SQL of the script library (tables of migration 003). Every method runs on the caller's connection. */
final class ScriptRepository {

    /** A script as stored: with its place in the library order and when it was created. */
    record Stored(Script script, long position, long createdAt) {
    }

    private static final String COLUMNS =
            "id, category, stage, variant, platforms, emotions, code, tags, title, text, position, created_at";

    List<Script> all(Connection c) throws SQLException {
        List<Script> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM script ORDER BY position, id")) {
            while (rs.next()) {
                out.add(script(rs));
            }
        }
        return out;
    }

    Optional<Stored> find(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM script WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Stored(script(rs), rs.getLong("position"), rs.getLong("created_at")))
                        : Optional.empty();
            }
        }
    }

    Map<String, Stored> findAll(Connection c) throws SQLException {
        Map<String, Stored> out = new LinkedHashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM script ORDER BY position, id")) {
            while (rs.next()) {
                Script s = script(rs);
                out.put(s.id(), new Stored(s, rs.getLong("position"), rs.getLong("created_at")));
            }
        }
        return out;
    }

    long count(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM script")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    long nextPosition(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(position), 0) + 1 FROM script")) {
            return rs.next() ? rs.getLong(1) : 1;
        }
    }

    /** Inserts or replaces a script; on replace the creation time is kept. */
    void upsert(Connection c, Script s, long position, long createdAt, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO script(" + COLUMNS + ", updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                + "category = excluded.category, stage = excluded.stage, variant = excluded.variant, "
                + "platforms = excluded.platforms, emotions = excluded.emotions, code = excluded.code, "
                + "tags = excluded.tags, title = excluded.title, text = excluded.text, position = excluded.position, "
                + "updated_at = excluded.updated_at")) {
            ps.setString(1, s.id());
            if (s.isGeneral()) {
                ps.setNull(2, Types.VARCHAR);
            } else {
                ps.setString(2, s.category().name());
            }
            ps.setString(3, s.stage().name());
            ps.setString(4, s.variant().name());
            ps.setString(5, s.platforms().stream().sorted().map(Platform::id).collect(Collectors.joining(",")));
            ps.setString(6, s.emotions().stream().sorted().map(Emotion::name).collect(Collectors.joining(",")));
            if (s.code() == null) {
                ps.setNull(7, Types.VARCHAR);
            } else {
                ps.setString(7, s.code());
            }
            ps.setString(8, String.join(",", s.tags()));
            ps.setString(9, s.title());
            ps.setString(10, s.text());
            ps.setLong(11, position);
            ps.setLong(12, createdAt);
            ps.setLong(13, now);
            ps.executeUpdate();
        }
    }

    /** The script other than {@code id} that uses this short code. */
    Optional<Script> codeOwner(Connection c, String code, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM script WHERE code = ? AND id <> ?")) {
            ps.setString(1, code);
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(script(rs)) : Optional.empty();
            }
        }
    }

    void delete(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM script WHERE id = ?")) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
    }

    /** Frees the short codes of these scripts first, so a batch can move codes between scripts. */
    void clearCodes(Connection c, Iterable<String> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE script SET code = NULL WHERE id = ?")) {
            for (String id : ids) {
                ps.setString(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static Script script(ResultSet rs) throws SQLException {
        String category = rs.getString("category");
        return new Script(rs.getString("id"), category == null ? null : Category.valueOf(category),
                Stage.valueOf(rs.getString("stage")), Script.Variant.valueOf(rs.getString("variant")),
                split(rs.getString("platforms")).stream().map(Platform::fromId).collect(Collectors.toSet()),
                split(rs.getString("emotions")).stream().map(Emotion::valueOf).collect(Collectors.toSet()),
                rs.getString("code"), split(rs.getString("tags")), rs.getString("title"), rs.getString("text"));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    // State

    /** When the default library was loaded, or null if never. */
    Long seededAt(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT seeded_at FROM script_library_state WHERE id = 1")) {
            if (rs.next()) {
                long v = rs.getLong(1);
                return rs.wasNull() ? null : v;
            }
            return null;
        }
    }

    void markSeeded(Connection c, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE script_library_state SET seeded_at = ?, revision = revision + 1 WHERE id = 1")) {
            ps.setLong(1, now);
            ps.executeUpdate();
        }
    }

    long revision(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT revision FROM script_library_state WHERE id = 1")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    void bumpRevision(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE script_library_state SET revision = revision + 1 WHERE id = 1");
        }
    }

    // Undo

    /** Records a change with the rows as they were before it (absent = the script did not exist). */
    void pushUndo(Connection c, UndoEntry.Operation op, String label, long now, Map<String, Optional<Stored>> before,
                  int keep) throws SQLException {
        long seq;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO script_undo(operation, label, done_at) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, op.name());
            ps.setString(2, label == null ? "" : label);
            ps.setLong(3, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                seq = keys.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO script_undo_row(seq, script_id, before_json) VALUES (?, ?, ?)")) {
            for (var e : before.entrySet()) {
                ps.setLong(1, seq);
                ps.setString(2, e.getKey());
                if (e.getValue().isPresent()) {
                    ps.setString(3, toJson(e.getValue().get()));
                } else {
                    ps.setNull(3, Types.VARCHAR);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM script_undo WHERE seq <= ?")) {
            ps.setLong(1, seq - keep);
            if (ps.executeUpdate() > 0) {
                forgetUnreachableUsage(c);
            }
        }
    }

    /** Usage of scripts that are gone and can no longer come back by undo. */
    private static void forgetUnreachableUsage(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM script_usage WHERE script_id NOT IN (SELECT id FROM script) "
                    + "AND script_id NOT IN (SELECT script_id FROM script_undo_row)");
        }
    }

    List<UndoEntry> history(Connection c) throws SQLException {
        List<UndoEntry> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT u.seq, u.operation, u.label, u.done_at, "
                     + "(SELECT count(*) FROM script_undo_row r WHERE r.seq = u.seq) FROM script_undo u "
                     + "ORDER BY u.seq DESC")) {
            while (rs.next()) {
                out.add(new UndoEntry(rs.getLong(1), UndoEntry.Operation.valueOf(rs.getString(2)), rs.getString(3),
                        Instant.ofEpochMilli(rs.getLong(4)), rs.getInt(5)));
            }
        }
        return out;
    }

    /** The rows recorded for a change: id to the row before it (empty = did not exist). */
    Map<String, Optional<Stored>> undoRows(Connection c, long seq) throws SQLException {
        Map<String, Optional<Stored>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT script_id, before_json FROM script_undo_row WHERE seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String json = rs.getString(2);
                    out.put(rs.getString(1), json == null ? Optional.empty() : Optional.of(fromJson(json)));
                }
            }
        }
        return out;
    }

    void dropUndo(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM script_undo WHERE seq = ?")) {
            ps.setLong(1, seq);
            ps.executeUpdate();
        }
    }

    private static String toJson(Stored s) {
        ObjectNode o = ScriptJson.node(s.script(), Json.mapper().createObjectNode());
        o.put("position", s.position());
        o.put("createdAt", s.createdAt());
        try {
            return Json.mapper().writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stored fromJson(String json) {
        try {
            JsonNode n = Json.mapper().readTree(json);
            List<ScriptFileException.Problem> problems = new ArrayList<>();
            Script s = ScriptJson.parse(n, 0, problems);
            if (s == null) {
                throw new IllegalStateException("undo row unreadable: " + problems);
            }
            return new Stored(s, n.path("position").asLong(), n.path("createdAt").asLong());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // Usage

    void recordUse(Connection c, String id, boolean edited, double ratio, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO script_usage(script_id, times_used, times_edited, "
                + "edit_ratio_sum, last_used_at) VALUES (?, 1, ?, ?, ?) ON CONFLICT(script_id) DO UPDATE SET "
                + "times_used = times_used + 1, times_edited = times_edited + excluded.times_edited, "
                + "edit_ratio_sum = edit_ratio_sum + excluded.edit_ratio_sum, "
                + "last_used_at = max(coalesce(last_used_at, 0), excluded.last_used_at)")) {
            ps.setString(1, id);
            ps.setInt(2, edited ? 1 : 0);
            ps.setDouble(3, edited ? ratio : 0);
            ps.setLong(4, now);
            ps.executeUpdate();
        }
    }

    Map<String, ScriptUsage> usage(Connection c) throws SQLException {
        Map<String, ScriptUsage> out = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT script_id, times_used, last_used_at, times_edited, edit_ratio_sum FROM script_usage")) {
            while (rs.next()) {
                int edited = rs.getInt(4);
                long last = rs.getLong(3);
                Instant lastUsed = rs.wasNull() ? null : Instant.ofEpochMilli(last);
                out.put(rs.getString(1), new ScriptUsage(rs.getInt(2), lastUsed, edited,
                        edited == 0 ? 0 : rs.getDouble(5) / edited));
            }
        }
        return out;
    }
}
