package com.afterdesk.storage;

import com.afterdesk.common.UserException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Numbered schema migrations: {@code db/migration/NNN.sql} on the class path, applied in order at start-up in
 * one transaction. The schema version lives in SQLite's {@code user_version}; each applied step is also
 * recorded in {@code schema_history}. Before migrating an existing database, a backup copy is written to the
 * data folder's {@code backups/}. Numbers only ever grow; a gap is allowed.
 */
public final class Migrations {

    /** Highest number looked for on the class path. */
    static final int MAX_NUMBER = 999;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final SortedMap<Integer, String> scripts;

    Migrations(SortedMap<Integer, String> scripts) {
        this.scripts = scripts;
    }

    /** The migrations shipped with this version of AfterDesk. */
    public static Migrations fromClasspath() {
        SortedMap<Integer, String> found = new TreeMap<>();
        ClassLoader loader = Migrations.class.getClassLoader();
        for (int n = 1; n <= MAX_NUMBER; n++) {
            String name = String.format("db/migration/%03d.sql", n);
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in != null) {
                    found.put(n, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Migrations(found);
    }

    /** The schema version this build of AfterDesk writes. */
    public int latest() {
        return scripts.isEmpty() ? 0 : scripts.lastKey();
    }

    void migrate(Database db, Path backups, Clock clock) {
        int current = db.schemaVersion();
        if (current > latest()) {
            throw new UserException("storage.db.newer", db.file(), current, latest());
        }
        if (current == latest()) {
            return;
        }
        if (current > 0) {
            Path backup = backups.resolve("afterdesk-v" + current + "-before-v" + latest() + "-"
                    + STAMP.format(clock.instant()) + ".db");
            db.backupTo(backup);
        }
        db.write(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS schema_history ("
                        + "version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL, description TEXT NOT NULL)");
                for (var entry : scripts.tailMap(current + 1).entrySet()) {
                    for (String statement : split(entry.getValue())) {
                        st.execute(statement);
                    }
                    try (PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO schema_history(version, applied_at, description) VALUES (?, ?, ?)")) {
                        ps.setInt(1, entry.getKey());
                        ps.setLong(2, clock.millis());
                        ps.setString(3, describe(entry.getValue()));
                        ps.executeUpdate();
                    }
                }
                st.execute("PRAGMA user_version = " + latest());
            }
        });
        checkApplied(db);
    }

    private void checkApplied(Database db) {
        int now = db.schemaVersion();
        if (now != latest()) {
            throw new StorageException("schema version " + now + " after migrating to " + latest(), null);
        }
    }

    /** The first comment line of a script describes it. */
    static String describe(String script) {
        for (String line : script.split("\n")) {
            String t = line.trim();
            if (t.startsWith("--")) {
                return t.substring(2).trim();
            }
        }
        return "";
    }

    /**
     * Splits a script into statements at semicolons that end a line, keeping trigger bodies
     * ({@code CREATE TRIGGER ... BEGIN ... END;}) whole. Comment lines are dropped.
     */
    static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        for (String raw : script.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("--")) {
                continue;
            }
            if (current.length() == 0 && line.toUpperCase().startsWith("CREATE TRIGGER")) {
                inTrigger = true;
            }
            current.append(raw).append('\n');
            boolean ends = line.endsWith(";");
            if (ends && (!inTrigger || line.toUpperCase().matches("END\\s*;"))) {
                out.add(current.toString().trim());
                current.setLength(0);
                inTrigger = false;
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().trim());
        }
        return out;
    }

    /** Applied versions, for diagnostics. */
    public static List<Integer> applied(Database db) {
        return db.read(c -> {
            List<Integer> versions = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT version FROM schema_history ORDER BY version")) {
                while (rs.next()) {
                    versions.add(rs.getInt(1));
                }
            } catch (SQLException e) {
                if (!String.valueOf(e.getMessage()).contains("no such table")) {
                    throw e;
                }
            }
            return versions;
        });
    }

}
