package com.afterdesk.chat;

import com.afterdesk.domain.Platform;
import com.afterdesk.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL for conversations, their messages and evidence references. Every multi-row write is one transaction. */
public final class ConversationRepository {

    private static final String CONVERSATION_COLUMNS =
            "c.id, c.case_id, c.platform, c.buyer_nick, c.created_at, c.updated_at";
    private static final String MESSAGE_COLUMNS =
            "m.id, m.conversation_id, m.role, m.text, m.sent_at, m.source, m.script_id, m.edit_ratio";

    private final Database db;

    public ConversationRepository(Database db) {
        this.db = db;
    }

    Database database() {
        return db;
    }

    public Conversation create(Platform platform, String buyerNick, Long caseId, Instant now) {
        return db.transaction(c -> create(c, platform, buyerNick, caseId, now));
    }

    /**
     * Writes a sample conversation with its messages (times as given) in one transaction, marked as demo data.
     */
    public Conversation createDemo(Platform platform, String buyerNick, Long caseId, List<ChatMessage> messages) {
        return db.transaction(c -> {
            Instant first = messages.isEmpty() ? Instant.EPOCH : messages.get(0).sentAt();
            Conversation conv = create(c, platform, buyerNick, caseId, first, true);
            for (ChatMessage m : messages) {
                add(c, new ChatMessage(0, conv.id(), m.role(), m.text(), m.sentAt(), m.source(), m.scriptId(),
                        m.editRatio(), m.evidence()), true);
            }
            return conv;
        });
    }

    static Conversation create(Connection c, Platform platform, String buyerNick, Long caseId, Instant now)
            throws SQLException {
        return create(c, platform, buyerNick, caseId, now, false);
    }

    static Conversation create(Connection c, Platform platform, String buyerNick, Long caseId, Instant now,
                               boolean demo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO conversation(case_id, platform, buyer_nick, "
                + "created_at, updated_at, demo) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            setLong(ps, 1, caseId);
            ps.setString(2, platform.id());
            ps.setString(3, buyerNick);
            ps.setLong(4, now.toEpochMilli());
            ps.setLong(5, now.toEpochMilli());
            ps.setInt(6, demo ? 1 : 0);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new Conversation(keys.getLong(1), caseId, platform, buyerNick, now, now);
            }
        }
    }

    public Optional<Conversation> find(long id) {
        return db.read(c -> find(c, id));
    }

    static Optional<Conversation> find(Connection c, long id) throws SQLException {
        return one(c, "SELECT " + CONVERSATION_COLUMNS + " FROM conversation c WHERE c.id = ?", id);
    }

    /** The conversation of a case (the newest one if there were several). */
    public Optional<Conversation> findByCase(long caseId) {
        return db.read(c -> findByCaseInTransaction(c, caseId));
    }

    static Optional<Conversation> findByCaseInTransaction(Connection c, long caseId) throws SQLException {
        return one(c, "SELECT " + CONVERSATION_COLUMNS
                + " FROM conversation c WHERE c.case_id = ? ORDER BY c.id DESC LIMIT 1", caseId);
    }

    /** The newest conversation with this buyer on this platform. */
    public Optional<Conversation> findByBuyer(Platform platform, String buyerNick) {
        return db.read(c -> findByBuyer(c, platform, buyerNick));
    }

    static Optional<Conversation> findByBuyer(Connection c, Platform platform, String buyerNick)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + CONVERSATION_COLUMNS + " FROM conversation c "
                + "WHERE c.platform = ? AND c.buyer_nick = ? ORDER BY c.id DESC LIMIT 1")) {
            ps.setString(1, platform.id());
            ps.setString(2, buyerNick);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(conversation(rs)) : Optional.empty();
            }
        }
    }

    private static Optional<Conversation> one(Connection c, String sql, long arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(conversation(rs)) : Optional.empty();
            }
        }
    }

    /** Attaches a conversation to the case opened for it. */
    public void attachCase(long conversationId, long caseId, Instant now) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE conversation SET case_id = ?, updated_at = ? WHERE id = ?")) {
                ps.setLong(1, caseId);
                ps.setLong(2, now.toEpochMilli());
                ps.setLong(3, conversationId);
                ps.executeUpdate();
            }
        });
    }

    /** Number of conversations (for the status bar). */
    public long count() {
        return db.read(c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM conversation WHERE archived = 0")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** The conversation list: those with a waiting buyer first (longest wait first), then the most recent. */
    public List<ConversationSummary> summaries() {
        return db.read(c -> {
            Map<Long, Conversation> conversations = new LinkedHashMap<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT " + CONVERSATION_COLUMNS
                    + " FROM conversation c WHERE c.archived = 0 ORDER BY c.updated_at DESC, c.id DESC")) {
                while (rs.next()) {
                    Conversation conv = conversation(rs);
                    conversations.put(conv.id(), conv);
                }
            }
            Map<Long, ChatMessage> last = new LinkedHashMap<>();
            Map<Long, Instant> waiting = new LinkedHashMap<>();
            Map<Long, Integer> counts = new LinkedHashMap<>();
            // one pass over the messages ordered by time gives the last message and the first unanswered one
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT " + MESSAGE_COLUMNS
                    + " FROM chat_message m JOIN conversation c ON c.id = m.conversation_id WHERE c.archived = 0 "
                    + "ORDER BY m.conversation_id, m.sent_at, m.id")) {
                while (rs.next()) {
                    ChatMessage m = message(rs, List.of());
                    long conv = m.conversationId();
                    last.put(conv, m);
                    counts.merge(conv, 1, Integer::sum);
                    if (m.role() == Role.AGENT) {
                        waiting.remove(conv);
                    } else {
                        waiting.putIfAbsent(conv, m.sentAt());
                    }
                }
            }
            List<ConversationSummary> out = new ArrayList<>();
            for (Conversation conv : conversations.values()) {
                out.add(new ConversationSummary(conv, Optional.ofNullable(last.get(conv.id())),
                        Optional.ofNullable(waiting.get(conv.id())), counts.getOrDefault(conv.id(), 0)));
            }
            out.sort((a, b) -> {
                if (a.waitingSince().isPresent() != b.waitingSince().isPresent()) {
                    return a.waitingSince().isPresent() ? -1 : 1;
                }
                if (a.waitingSince().isPresent()) {
                    return a.waitingSince().get().compareTo(b.waitingSince().get());
                }
                return 0; // keep most recently updated first
            });
            return out;
        });
    }

    /** The messages of a conversation in the order they were sent. */
    public List<ChatMessage> messages(long conversationId) {
        return db.read(c -> messages(c, conversationId));
    }

    static List<ChatMessage> messages(Connection c, long conversationId) throws SQLException {
        Map<Long, List<String>> evidence = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.message_id, e.file_name FROM chat_evidence e "
                + "JOIN chat_message m ON m.id = e.message_id WHERE m.conversation_id = ? ORDER BY e.file_name")) {
            ps.setLong(1, conversationId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    evidence.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        List<ChatMessage> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + MESSAGE_COLUMNS
                + " FROM chat_message m WHERE m.conversation_id = ? ORDER BY m.sent_at, m.id")) {
            ps.setLong(1, conversationId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(message(rs, evidence.getOrDefault(rs.getLong(1), List.of())));
                }
            }
        }
        return out;
    }

    /**
     * Every message of the conversations that had any message in {@code [from, to)}, grouped by conversation
     * (all of their messages, so a round that began before the window is still seen whole).
     */
    public Map<Long, List<ChatMessage>> conversationsActiveBetween(Instant from, Instant to) {
        return db.read(c -> {
            Map<Long, List<ChatMessage>> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + MESSAGE_COLUMNS + " FROM chat_message m "
                    + "WHERE m.conversation_id IN (SELECT conversation_id FROM chat_message "
                    + "WHERE sent_at >= ? AND sent_at < ?) ORDER BY m.conversation_id, m.sent_at, m.id")) {
                ps.setLong(1, from.toEpochMilli());
                ps.setLong(2, to.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ChatMessage m = message(rs, List.of());
                        out.computeIfAbsent(m.conversationId(), k -> new ArrayList<>()).add(m);
                    }
                }
            }
            return out;
        });
    }

    /** Stores a message (with its evidence references) and marks the conversation as updated. */
    public ChatMessage add(ChatMessage m) {
        return db.transaction(c -> add(c, m));
    }

    static ChatMessage add(Connection c, ChatMessage m) throws SQLException {
        return add(c, m, false);
    }

    static ChatMessage add(Connection c, ChatMessage m, boolean demo) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO chat_message(conversation_id, role, text, "
                + "sent_at, source, script_id, edit_ratio, created_at, demo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, m.conversationId());
            ps.setString(2, m.role().name());
            ps.setString(3, m.text());
            ps.setLong(4, m.sentAt().toEpochMilli());
            ps.setString(5, m.source().name());
            ps.setString(6, m.scriptId());
            if (m.editRatio() == null) {
                ps.setNull(7, Types.REAL);
            } else {
                ps.setDouble(7, m.editRatio());
            }
            ps.setLong(8, m.sentAt().toEpochMilli());
            ps.setInt(9, demo ? 1 : 0);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        if (!m.evidence().isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR IGNORE INTO chat_evidence(message_id, file_name) VALUES (?, ?)")) {
                for (String file : m.evidence()) {
                    ps.setLong(1, id);
                    ps.setString(2, file);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE conversation SET updated_at = max(updated_at, ?) WHERE id = ?")) {
            ps.setLong(1, m.sentAt().toEpochMilli());
            ps.setLong(2, m.conversationId());
            ps.executeUpdate();
        }
        return new ChatMessage(id, m.conversationId(), m.role(), m.text(), m.sentAt(), m.source(), m.scriptId(),
                m.editRatio(), m.evidence());
    }

    /** True when the conversation already holds this exact message (same author, time and text). */
    static boolean exists(Connection c, long conversationId, Role role, Instant sentAt, String text)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM chat_message WHERE conversation_id = ? "
                + "AND role = ? AND sent_at = ? AND text = ?")) {
            ps.setLong(1, conversationId);
            ps.setString(2, role.name());
            ps.setLong(3, sentAt.toEpochMilli());
            ps.setString(4, text);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Removes a message (the clipboard watch's undo). True when it existed. */
    public boolean delete(long messageId) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM chat_message WHERE id = ?")) {
                ps.setLong(1, messageId);
                return ps.executeUpdate() > 0;
            }
        });
    }

    private static Conversation conversation(ResultSet rs) throws SQLException {
        long caseId = rs.getLong(2);
        Long caseRef = rs.wasNull() ? null : caseId;
        return new Conversation(rs.getLong(1), caseRef, Platform.fromId(rs.getString(3)), rs.getString(4),
                Instant.ofEpochMilli(rs.getLong(5)), Instant.ofEpochMilli(rs.getLong(6)));
    }

    private static ChatMessage message(ResultSet rs, List<String> evidence) throws SQLException {
        double ratio = rs.getDouble(8);
        Double editRatio = rs.wasNull() ? null : ratio;
        return new ChatMessage(rs.getLong(1), rs.getLong(2), Role.valueOf(rs.getString(3)), rs.getString(4),
                Instant.ofEpochMilli(rs.getLong(5)), MessageSource.valueOf(rs.getString(6)), rs.getString(7),
                editRatio, evidence);
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }
}
