package com.afterdesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.afterdesk.common.UserException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    @Test
    void aFreshFolderGetsADatabaseWithWalForeignKeysAndTheLatestSchema() {
        DataFolder folder = DataFolder.open(home.resolve("new/AfterDesk"));
        try (Database db = Database.open(folder, CLOCK)) {
            assertThat(folder.databaseFile()).exists();
            assertThat(pragma(db, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(db, "foreign_keys")).isEqualTo("1");
            assertThat(Integer.parseInt(pragma(db, "busy_timeout"))).isGreaterThanOrEqualTo(1000);
            assertThat(db.schemaVersion()).isEqualTo(Migrations.fromClasspath().latest());
            assertThat(Migrations.applied(db)).contains(1);
        }
        assertThat(folder.backups()).as("no backup for a brand-new database").doesNotExist();
    }

    @Test
    void migratingAnExistingDatabaseTakesABackupFirstAndRunsInOrder() throws IOException {
        Path file = home.resolve("afterdesk.db");
        TreeMap<Integer, String> v1 = new TreeMap<>();
        v1.put(1, "-- one\nCREATE TABLE a (x INTEGER);\nINSERT INTO a VALUES (41);");
        try (Database db = Database.open(file, home.resolve("backups"), CLOCK, new Migrations(v1))) {
            assertThat(db.schemaVersion()).isEqualTo(1);
        }
        TreeMap<Integer, String> v3 = new TreeMap<>(v1);
        v3.put(3, "-- three\nUPDATE a SET x = x + 1;\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                + "  UPDATE a SET x = x * 10 WHERE rowid = new.rowid;\nEND;\nINSERT INTO a VALUES (5);");
        try (Database db = Database.open(file, home.resolve("backups"), CLOCK, new Migrations(v3))) {
            assertThat(db.schemaVersion()).isEqualTo(3);
            String values = db.read(c -> {
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT group_concat(x) FROM (SELECT x FROM a ORDER BY x)")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(values).isEqualTo("42,50");
            assertThat(Migrations.applied(db)).containsExactly(1, 3);
        }
        try (Stream<Path> backups = Files.list(home.resolve("backups"))) {
            List<Path> files = backups.toList();
            assertThat(files).hasSize(1);
            assertThat(files.get(0).getFileName().toString()).startsWith("afterdesk-v1-before-v3-");
        }
    }

    @Test
    void aFailingMigrationChangesNothing() {
        Path file = home.resolve("afterdesk.db");
        TreeMap<Integer, String> v1 = new TreeMap<>();
        v1.put(1, "CREATE TABLE a (x INTEGER);");
        new Migrations(v1).latest();
        Database.open(file, home.resolve("backups"), CLOCK, new Migrations(v1)).close();
        TreeMap<Integer, String> broken = new TreeMap<>(v1);
        broken.put(2, "CREATE TABLE b (y INTEGER);\nTHIS IS NOT SQL;");
        assertThatThrownBy(() -> Database.open(file, home.resolve("backups"), CLOCK, new Migrations(broken)))
                .isInstanceOf(RuntimeException.class);
        try (Database db = Database.open(file, home.resolve("backups"), CLOCK, new Migrations(v1))) {
            assertThat(db.schemaVersion()).isEqualTo(1);
            boolean tableB = db.read(c -> {
                try (ResultSet rs = c.getMetaData().getTables(null, null, "b", null)) {
                    return rs.next();
                }
            });
            assertThat(tableB).as("table b of the failed migration").isFalse();
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        DataFolder folder = DataFolder.open(home);
        try (Database db = Database.open(folder, CLOCK)) {
            db.write(c -> c.createStatement().execute("PRAGMA user_version = 999"));
            db.read(c -> c.createStatement().execute("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        String before = digest(folder.databaseFile());
        List<String> filesBefore = listing(home);
        assertThatThrownBy(() -> Database.open(folder, CLOCK))
                .isInstanceOfSatisfying(UserException.class, e -> {
                    assertThat(e.key()).isEqualTo("storage.db.newer");
                    assertThat(e.args()).contains(999);
                });
        assertThat(digest(folder.databaseFile())).isEqualTo(before);
        assertThat(listing(home)).isEqualTo(filesBefore);
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftUntouched() throws Exception {
        DataFolder folder = DataFolder.open(home);
        Files.writeString(folder.databaseFile(), "这不是数据库 — just some text that happens to be here\n".repeat(20));
        String before = digest(folder.databaseFile());
        assertThatThrownBy(() -> Database.open(folder, CLOCK))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("storage.db.corrupt"));
        assertThat(digest(folder.databaseFile())).isEqualTo(before);
        assertThat(listing(home)).containsExactly("afterdesk.db");
    }

    @Test
    void aDatabaseWithAValidHeaderButDamagedPagesIsRefused() throws Exception {
        DataFolder folder = DataFolder.open(home);
        Database.open(folder, CLOCK).close();
        byte[] bytes = Files.readAllBytes(folder.databaseFile());
        // keep the 100-byte header, scribble over the schema page
        for (int i = 100; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(folder.databaseFile(), bytes);
        String before = digest(folder.databaseFile());
        assertThatThrownBy(() -> Database.open(folder, CLOCK))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("storage.db.corrupt"));
        assertThat(digest(folder.databaseFile())).isEqualTo(before);
    }

    @Test
    void theHeaderCheckReadsTheSchemaVersion() throws IOException {
        Path f = home.resolve("h.db");
        byte[] header = new byte[100];
        System.arraycopy("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII), 0, header, 0, 16);
        ByteBuffer.wrap(header).putInt(60, 7);
        Files.write(f, header);
        assertThat(DatabaseFile.inspect(f)).isEqualTo(7);
        assertThat(DatabaseFile.inspect(home.resolve("missing.db"))).isZero();
    }

    @Test
    void aTransactionIsAllOrNothing() {
        try (Database db = Database.open(DataFolder.open(home), CLOCK)) {
            SettingsStore settings = new SettingsStore(db, CLOCK);
            settings.put("a", "1");
            assertThatThrownBy(() -> db.write(c -> {
                c.createStatement().execute("UPDATE setting SET value = '2' WHERE key = 'a'");
                c.createStatement().execute("INSERT INTO setting(key, value, updated_at) VALUES ('a', 'dup', 0)");
            })).isInstanceOf(RuntimeException.class);
            assertThat(settings.get("a")).contains("1");
        }
    }

    @Test
    void aTransactionInsideATransactionJoinsItSoTheWholeIsAllOrNothing() {
        try (Database db = Database.open(DataFolder.open(home), CLOCK)) {
            SettingsStore settings = new SettingsStore(db, CLOCK);
            assertThatThrownBy(() -> db.write(c -> {
                settings.put("outer", "1");
                assertThat(settings.get("outer")).as("reads see the open transaction").contains("1");
                throw new IllegalStateException("fails after the inner write");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(settings.get("outer")).isEmpty();
            db.write(c -> settings.putAll(java.util.Map.of("a", "1", "b", "2")));
            assertThat(settings.all()).containsEntry("a", "1").containsEntry("b", "2");
        }
    }

    @Test
    void twoProcessesCanShareTheDatabaseAndSeeEachOthersChanges() {
        DataFolder folder = DataFolder.open(home);
        try (Database window = Database.open(folder, CLOCK); Database commandLine = Database.open(folder, CLOCK)) {
            long before = window.dataVersion();
            new SettingsStore(commandLine, CLOCK).put("shop", "小店");
            assertThat(window.dataVersion()).isNotEqualTo(before);
            assertThat(new SettingsStore(window, CLOCK).get("shop")).contains("小店");
        }
    }

    @Test
    void aWriterBlockedTooLongGetsAClearMessageAndChangesNothing() throws Exception {
        DataFolder folder = DataFolder.open(home);
        try (Database db = Database.open(folder, CLOCK);
             var other = new org.sqlite.SQLiteConfig().createConnection("jdbc:sqlite:" + folder.databaseFile())) {
            other.createStatement().execute("PRAGMA busy_timeout = 0");
            other.setAutoCommit(false);
            other.createStatement().execute("INSERT INTO setting(key, value, updated_at) VALUES ('held', 'x', 0)");
            SettingsStore settings = new SettingsStore(db, CLOCK);
            long start = System.nanoTime();
            assertThatThrownBy(() -> settings.put("b", "2"))
                    .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("storage.db.busy"));
            assertThat((System.nanoTime() - start) / 1_000_000).as("waited for the busy timeout")
                    .isGreaterThanOrEqualTo(Database.BUSY_TIMEOUT_MILLIS - 500L);
            other.rollback();
            assertThat(settings.get("b")).isEmpty();
        }
    }

    @Test
    void theSplitterKeepsTriggerBodiesWhole() {
        List<String> statements = Migrations.split("-- c\nCREATE TABLE a(x);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                + "  UPDATE a SET x = 1;\n  UPDATE a SET x = 2;\nEND;\nDROP TABLE z;\n");
        assertThat(statements).hasSize(3);
        assertThat(statements.get(1)).startsWith("CREATE TRIGGER").endsWith("END;");
    }

    private static String pragma(Database db, String name) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    static String digest(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
