package com.afterdesk.customers;

import com.afterdesk.domain.Platform;
import com.afterdesk.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for the customer table. */
public final class CustomerRepository {

    private final Database db;

    public CustomerRepository(Database db) {
        this.db = db;
    }

    /** Finds or creates the customer inside the caller's transaction; returns its id. */
    public static long findOrCreate(Connection c, Platform platform, String nick, Instant now, boolean demo)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM customer WHERE platform = ? AND nick = ?")) {
            ps.setString(1, platform.id());
            ps.setString(2, nick);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO customer(platform, nick, created_at, demo) VALUES (?, ?, ?, ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, platform.id());
            ps.setString(2, nick);
            ps.setLong(3, now.toEpochMilli());
            ps.setInt(4, demo ? 1 : 0);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public Customer findOrCreate(Platform platform, String nick, Instant now) {
        long id = db.transaction(c -> findOrCreate(c, platform, nick, now, false));
        return find(id).orElseThrow();
    }

    public Optional<Customer> find(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, platform, nick, created_at, notes FROM customer WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(map(rs)) : Optional.empty();
                }
            }
        });
    }

    public Optional<Customer> find(Platform platform, String nick) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, platform, nick, created_at, notes FROM customer WHERE platform = ? AND nick = ?")) {
                ps.setString(1, platform.id());
                ps.setString(2, nick);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(map(rs)) : Optional.empty();
                }
            }
        });
    }

    /** A page of customers by nick. */
    public List<Customer> list(int offset, int limit) {
        return db.read(c -> {
            List<Customer> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, platform, nick, created_at, notes FROM customer "
                    + "ORDER BY nick, platform LIMIT ? OFFSET ?")) {
                ps.setInt(1, limit);
                ps.setInt(2, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(map(rs));
                    }
                }
            }
            return out;
        });
    }

    public long count() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM customer");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    private static Customer map(ResultSet rs) throws SQLException {
        return new Customer(rs.getLong(1), Platform.fromId(rs.getString(2)), rs.getString(3),
                Instant.ofEpochMilli(rs.getLong(4)), rs.getString(5));
    }
}
